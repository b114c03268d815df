/* metadata.c - the --metadata CSV: document id -> extra fields.
 *
 * CSV as csv.c reads it (RFC 4180). A header row is required: column 1 holds document
 * ids, the other columns name fields (trimmed). Empty lines are skipped.
 */
#include "corpus/source-private.h"

#include <string.h>

typedef struct {
  gsize line;   /* where the record starts */
  char **value; /* one per field column (columns 2..n), NUL-terminated array */
} Row;

static void
row_free(gpointer data)
{
  Row *row = data;
  g_strfreev(row->value);
  g_free(row);
}

struct _MzMetadata {
  GPtrArray *names; /* field names: columns 2..n */
  GHashTable *rows; /* id -> Row */
};

/**
 * mz_metadata_free:
 * @md: (nullable): metadata
 */
void
mz_metadata_free(MzMetadata *md)
{
  if (md == NULL)
    return;
  g_ptr_array_unref(md->names);
  g_hash_table_unref(md->rows);
  g_free(md);
}

/* A quoted field from the opening quote at r->pos; the reader ends after the closing quote. */
static gboolean
read_header(MzMetadata *md, MzCsvReader *r, GError **error)
{
  const char *const *fields;
  guint n_fields;
  gsize line;
  if (!mz_csv_reader_next(r, &fields, &n_fields, error)) {
    if (error == NULL || *error == NULL)
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line 1: empty header (a header row naming the columns is required)");
    return FALSE;
  }
  line = mz_csv_reader_line(r);
  for (guint i = 1; i < n_fields; i++) {
    char *name = g_strstrip(g_strdup(fields[i]));
    g_ptr_array_add(md->names, name);
    if (*name == '\0') {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: empty header: column %u has no name", line, i + 1);
      return FALSE;
    }
    for (guint j = 0; j + 1 < md->names->len; j++)
      if (strcmp(g_ptr_array_index(md->names, j), name) == 0) {
        g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                    "line %zu: column name '%s' appears twice in the header", line, name);
        return FALSE;
      }
  }
  return TRUE;
}

static gboolean
add_row(MzMetadata *md, const char *const *fields, guint n_fields, gsize line, GError **error)
{
  const char *id = fields[0];
  const Row *first;
  if (n_fields != md->names->len + 1) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: expected %u fields (as in the header), found %u", line,
                md->names->len + 1, n_fields);
    return FALSE;
  }
  if ((first = g_hash_table_lookup(md->rows, id)) != NULL) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: duplicate id '%s' (first at line %zu)", line, id, first->line);
    return FALSE;
  }
  Row *row = g_new(Row, 1);
  row->line = line;
  row->value = g_new(char *, n_fields);
  for (guint i = 1; i < n_fields; i++)
    row->value[i - 1] = g_strdup(fields[i]);
  row->value[n_fields - 1] = NULL;
  g_hash_table_insert(md->rows, g_strdup(id), row);
  return TRUE;
}

/**
 * mz_metadata_parse:
 * @data: the CSV text (valid UTF-8, as mz_decode() gives it); @len: its length
 * @error: return location for a %MZ_CORPUS_ERROR_FORMAT error naming the line
 *
 * Returns: (transfer full): the table, or %NULL with @error set.
 */
MzMetadata *
mz_metadata_parse(const char *data, gsize len, GError **error)
{
  g_autoptr(MzMetadata) md = g_new0(MzMetadata, 1);
  g_autoptr(MzCsvReader) r = mz_csv_reader_new(data, len, ',');
  g_autoptr(GError) local = NULL;
  const char *const *fields;
  guint n_fields;
  md->names = g_ptr_array_new_with_free_func(g_free);
  md->rows = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
  if (!read_header(md, r, error))
    return NULL;
  while (mz_csv_reader_next(r, &fields, &n_fields, &local))
    if (!add_row(md, fields, n_fields, mz_csv_reader_line(r), error))
      return NULL;
  if (local != NULL) {
    g_propagate_error(error, g_steal_pointer(&local));
    return NULL;
  }
  return g_steal_pointer(&md);
}

/* Returns: the number of rows (documents) in @md. */
guint
mz_metadata_size(const MzMetadata *md)
{
  return g_hash_table_size(md->rows);
}

/**
 * mz_metadata_apply:
 * @md: metadata
 * @doc: a document
 *
 * Adds the fields of the row whose id is @doc's id or else the part of it after the last '#'
 * (a TREC DOCNO, a JSONL id); they replace fields the document already has.
 */
void
mz_metadata_apply(const MzMetadata *md, MzDocument *doc)
{
  const Row *row = g_hash_table_lookup(md->rows, doc->id);
  const char *hash = strrchr(doc->id, '#');
  if (row == NULL && hash != NULL)
    row = g_hash_table_lookup(md->rows, hash + 1);
  if (row == NULL)
    return;
  for (guint i = 0; i < md->names->len; i++)
    g_hash_table_replace(doc->meta, g_strdup(g_ptr_array_index(md->names, i)),
                         g_strdup(row->value[i]));
}
