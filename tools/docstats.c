/* docstats.c - per-document measures, written per document or summarized per metadata group
 *
 * The table keeps, for each document added, its id, the index of its group
 * and one double per measure (a flat array, row after row). Groups are
 * numbered in order of first appearance, the documents without the field
 * (group NULL) forming one more group, written as NA, at its own first
 * appearance. Written per group, each (group, measure) is one
 * mz_summary_compute() over the group's documents.
 */
#include "tools/docstats.h"

#include <math.h>
#include <string.h>

#define MZ_DOC_STATS_LEVEL 0.95
#define NO_GROUP G_MAXUINT

struct _MzDocStats {
  char **measures; /* n_measures names, owned */
  guint n_measures;
  char *group_by;        /* the field, or NULL */
  GStringChunk *strings; /* document ids and group values */
  GPtrArray *ids;        /* of const char * in strings */
  GArray *doc_group;     /* guint: the document's group */
  GArray *values;        /* double: n_measures per document */
  GPtrArray *groups;     /* of const char * in strings (NULL: NA), by group index */
  GHashTable *group_of;  /* value -> group index + 1 */
  guint na_group;        /* the index of the NA group, or NO_GROUP */
  gboolean any_field;    /* some document had the field */
};

/**
 * mz_doc_stats_new:
 * @measures: (array length=n_measures): the measures' column names (copied)
 * @n_measures: how many
 * @group_by: (nullable): the --group-by field (copied); %NULL for no groups
 *
 * Returns: (transfer full): an empty table.
 */
MzDocStats *
mz_doc_stats_new(const char *const *measures, guint n_measures, const char *group_by)
{
  MzDocStats *s;
  g_return_val_if_fail(measures != NULL || n_measures == 0, NULL);
  s = g_new0(MzDocStats, 1);
  s->measures = g_new0(char *, n_measures + 1);
  for (guint i = 0; i < n_measures; i++)
    s->measures[i] = g_strdup(measures[i]);
  s->n_measures = n_measures;
  s->group_by = g_strdup(group_by);
  s->strings = g_string_chunk_new(4096);
  s->ids = g_ptr_array_new();
  s->doc_group = g_array_new(FALSE, FALSE, sizeof(guint));
  s->values = g_array_new(FALSE, FALSE, sizeof(double));
  s->groups = g_ptr_array_new();
  s->group_of = g_hash_table_new(g_str_hash, g_str_equal);
  s->na_group = NO_GROUP;
  return s;
}

void
mz_doc_stats_free(MzDocStats *s)
{
  if (s == NULL)
    return;
  g_strfreev(s->measures);
  g_free(s->group_by);
  g_string_chunk_free(s->strings);
  g_ptr_array_unref(s->ids);
  g_array_unref(s->doc_group);
  g_array_unref(s->values);
  g_ptr_array_unref(s->groups);
  g_hash_table_unref(s->group_of);
  g_free(s);
}

/* The index of @group's group, made at its first appearance. */
static guint
group_index(MzDocStats *s, const char *group)
{
  gpointer found;
  char *key;
  if (group == NULL) {
    if (s->na_group == NO_GROUP) {
      s->na_group = s->groups->len;
      g_ptr_array_add(s->groups, NULL);
    }
    return s->na_group;
  }
  s->any_field = TRUE;
  found = g_hash_table_lookup(s->group_of, group);
  if (found != NULL)
    return GPOINTER_TO_UINT(found) - 1;
  key = g_string_chunk_insert_const(s->strings, group);
  g_hash_table_insert(s->group_of, key, GUINT_TO_POINTER(s->groups->len + 1));
  g_ptr_array_add(s->groups, key);
  return s->groups->len - 1;
}

/**
 * mz_doc_stats_add:
 * @s: the table
 * @doc_id: the document's id (copied)
 * @group: (nullable): its value of the group field, %NULL when it lacks
 *   the field (ignored when the table has no group field)
 * @values: (array): one value per measure, in the order of the measures
 *   given to mz_doc_stats_new(); NaN is NA (copied)
 *
 * Adds a document's row.
 */
void
mz_doc_stats_add(MzDocStats *s, const char *doc_id, const char *group, const double *values)
{
  guint g = 0;
  g_return_if_fail(s != NULL && doc_id != NULL);
  g_return_if_fail(values != NULL || s->n_measures == 0);
  if (s->group_by != NULL)
    g = group_index(s, group);
  g_ptr_array_add(s->ids, g_string_chunk_insert(s->strings, doc_id));
  g_array_append_val(s->doc_group, g);
  g_array_append_vals(s->values, values, s->n_measures);
}

static const double *
row_values(const MzDocStats *s, guint doc)
{
  return &g_array_index(s->values, double, (gsize)doc * s->n_measures);
}

/* A group value, transliterated with --translit; NA for the documents without the field. */
static void
add_group_cell(MzTableWriter *w, MzTool *tool, const char *group)
{
  const char *form;
  gsize len;
  if (group == NULL) {
    mz_table_writer_add_na(w);
    return;
  }
  form = mz_tool_form(tool, group, strlen(group), &len);
  mz_table_writer_add_string(w, form, (gssize)len);
}

/* Columns doc, [group], measures... (the group column when @with_group). */
static MzTableWriter *
per_document_writer(const MzDocStats *s, MzTool *tool, FILE *stream, gboolean with_group)
{
  g_autofree MzColumn *columns = g_new(MzColumn, s->n_measures + 2);
  guint n = 0;
  columns[n++] = (MzColumn){"doc", MZ_COLUMN_STRING};
  if (with_group)
    columns[n++] = (MzColumn){"group", MZ_COLUMN_STRING};
  for (guint m = 0; m < s->n_measures; m++)
    columns[n++] = (MzColumn){s->measures[m], MZ_COLUMN_DOUBLE};
  return mz_table_writer_new(stream, tool->format, columns, n, tool->bom);
}

static void
write_documents(const MzDocStats *s, MzTool *tool, MzTableWriter *w, gboolean with_group)
{
  for (guint d = 0; d < s->ids->len; d++) {
    const double *v = row_values(s, d);
    mz_table_writer_add_string(w, s->ids->pdata[d], -1);
    if (with_group)
      add_group_cell(w, tool, s->groups->pdata[g_array_index(s->doc_group, guint, d)]);
    for (guint m = 0; m < s->n_measures; m++)
      mz_table_writer_add_double(w, v[m]);
    mz_table_writer_end_row(w);
  }
}

static const MzColumn summary_columns[] = {
    {"group", MZ_COLUMN_STRING},   {"measure", MZ_COLUMN_STRING}, {"documents", MZ_COLUMN_INT},
    {"mean", MZ_COLUMN_DOUBLE},    {"sd", MZ_COLUMN_DOUBLE},      {"ci_low", MZ_COLUMN_DOUBLE},
    {"ci_high", MZ_COLUMN_DOUBLE},
};

/* The documents of each group, in document order. */
static GPtrArray *
group_members(const MzDocStats *s)
{
  GPtrArray *members = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
  for (guint g = 0; g < s->groups->len; g++)
    g_ptr_array_add(members, g_array_new(FALSE, FALSE, sizeof(guint)));
  for (guint d = 0; d < s->ids->len; d++)
    g_array_append_val(members->pdata[g_array_index(s->doc_group, guint, d)], d);
  return members;
}

static void
write_groups(const MzDocStats *s, MzTool *tool, MzTableWriter *w)
{
  g_autoptr(GPtrArray) members = group_members(s);
  g_autofree double *column = g_new(double, s->ids->len + 1);
  for (guint g = 0; g < s->groups->len; g++) {
    GArray *docs = members->pdata[g];
    for (guint m = 0; m < s->n_measures; m++) {
      MzSummary sum;
      for (guint i = 0; i < docs->len; i++)
        column[i] = row_values(s, g_array_index(docs, guint, i))[m];
      mz_summary_compute(&sum, column, docs->len, MZ_DOC_STATS_LEVEL);
      add_group_cell(w, tool, s->groups->pdata[g]);
      mz_table_writer_add_string(w, s->measures[m], -1);
      mz_table_writer_add_int(w, (gint64)sum.n);
      mz_table_writer_add_double(w, sum.mean);
      mz_table_writer_add_double(w, sum.sd);
      mz_table_writer_add_double(w, sum.ci_low);
      mz_table_writer_add_double(w, sum.ci_high);
      mz_table_writer_end_row(w);
    }
  }
}

/**
 * mz_doc_stats_write:
 * @s: the table
 * @tool: the program (-o, --format, --bom; tool->list.by_doc)
 *
 * Writes the table through mz_tool_open_output(). Without a group field:
 * one row per document (doc, measures...). With one: the long summary
 * (group, measure, documents, mean, sd, ci_low, ci_high), where documents
 * is the number of the group's documents with a value (NA skipped) and the
 * rest come from mz_summary_compute() at level 0.95; or, when the program
 * set tool->list.by_doc (a --by-doc option), one row per document with its
 * group (doc, group, measures...). A group value the documents lack is NA.
 * It is an error (exit 1) that no document has the group field. Group
 * values are written with --translit (mz_tool_form()); document ids as
 * they are.
 *
 * Returns: the exit status (mz_tool_exit_status() on success).
 */
int
mz_doc_stats_write(MzDocStats *s, MzTool *tool)
{
  GError *error = NULL;
  g_autoptr(MzOutput) out = NULL;
  g_autoptr(MzTableWriter) w = NULL;
  gboolean grouped = s->group_by != NULL, by_doc = grouped && tool->list.by_doc;
  if (grouped && !s->any_field && s->ids->len > 0)
    return mz_tool_fail(tool, g_error_new(MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                                          "--group-by=%s: no document has that metadata field",
                                          s->group_by));
  if ((out = mz_tool_open_output(tool, &error)) == NULL)
    return mz_tool_fail(tool, error);
  if (grouped && !by_doc) {
    w = mz_table_writer_new(mz_output_stream(out), tool->format, summary_columns,
                            G_N_ELEMENTS(summary_columns), tool->bom);
    write_groups(s, tool, w);
  } else {
    w = per_document_writer(s, tool, mz_output_stream(out), by_doc);
    write_documents(s, tool, w, by_doc);
  }
  if (mz_tool_interrupted())
    return mz_tool_interrupted();
  if (!mz_table_writer_finish(w, &error) || !mz_output_commit(out, &error))
    return mz_tool_fail(tool, error);
  return mz_tool_exit_status(tool);
}
