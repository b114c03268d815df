/* metadata.c - the --metadata CSV: document id -> extra fields.
 *
 * RFC 4180: records end with CRLF or LF; fields are separated by ','; a field in double quotes
 * may hold ',', newlines and "" (one quote). A header row is required: column 1 holds document
 * ids, the other columns name fields (trimmed). Empty lines are skipped.
 */
#include "corpus/source-private.h"

#include <string.h>

#define MZ_UTF8_BOM "\xEF\xBB\xBF"

typedef struct {
  gsize line;   /* where the record starts */
  char **value; /* one per field column (columns 2..n), NUL-terminated array */
} Row;

struct _MzMetadata {
  GPtrArray *names; /* field names: columns 2..n */
  GHashTable *rows; /* id -> Row */
};

typedef struct {
  const char *s;
  gsize len;
  gsize pos;
  gsize line;
} CsvReader;

static void
row_free(gpointer data)
{
  Row *row = data;
  g_strfreev(row->value);
  g_free(row);
}

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
read_quoted(CsvReader *r, GString *field, GError **error)
{
  gsize open_line = r->line;
  r->pos++;
  for (;;) {
    const char *p = r->s + r->pos;
    const char *q = memchr(p, '"', r->len - r->pos);
    if (q == NULL) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: unterminated quoted field", open_line);
      return FALSE;
    }
    g_string_append_len(field, p, q - p);
    r->line += mz_count_newlines(p, (gsize)(q - p));
    r->pos = (gsize)(q - r->s) + 1;
    if (r->pos >= r->len || r->s[r->pos] != '"')
      return TRUE;
    g_string_append_c(field, '"');
    r->pos++;
  }
}

/* At r->pos: the end of a field. Returns: 1 after ',', 0 at the end of the record, -1 if neither
 * (only after a closing quote: unquoted fields stop only at ',' and newlines). */
static int
field_end(CsvReader *r)
{
  if (r->pos >= r->len)
    return 0;
  if (r->s[r->pos] == ',') {
    r->pos++;
    return 1;
  }
  if (r->s[r->pos] == '\r' && r->pos + 1 < r->len && r->s[r->pos + 1] == '\n')
    r->pos++;
  if (r->s[r->pos] == '\n') {
    r->pos++;
    r->line++;
    return 0;
  }
  if (r->s[r->pos] == '\r' && r->pos + 1 == r->len) {
    r->pos++;
    return 0;
  }
  return -1;
}

static void
read_unquoted(CsvReader *r, GString *field)
{
  gsize start = r->pos;
  while (r->pos < r->len && r->s[r->pos] != ',' && r->s[r->pos] != '\n')
    r->pos++;
  gsize end = r->pos;
  if (end > start && r->s[end - 1] == '\r' && (end == r->len || r->s[end] == '\n')) {
    end--;
    r->pos--;
  }
  g_string_append_len(field, r->s + start, (gssize)(end - start));
}

/* The next non-empty record into @fields. Returns: %FALSE at the end (@error unset) or on error. */
static gboolean
read_record(CsvReader *r, GPtrArray *fields, gsize *line, GError **error)
{
  int more = 1;
  g_ptr_array_set_size(fields, 0);
  while (r->pos < r->len && (r->s[r->pos] == '\n' || r->s[r->pos] == '\r')) {
    r->line += r->s[r->pos] == '\n';
    r->pos++;
  }
  if (r->pos >= r->len)
    return FALSE;
  *line = r->line;
  while (more > 0) {
    GString *field = g_string_new(NULL);
    g_ptr_array_add(fields, field);
    if (r->pos < r->len && r->s[r->pos] == '"') {
      if (!read_quoted(r, field, error))
        return FALSE;
    } else {
      read_unquoted(r, field);
    }
    more = field_end(r);
  }
  if (more < 0)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: unexpected character after a closing quote", r->line);
  return more == 0;
}

static const char *
field_str(GPtrArray *fields, guint i)
{
  return ((GString *)g_ptr_array_index(fields, i))->str;
}

static gboolean
read_header(MzMetadata *md, CsvReader *r, GPtrArray *fields, GError **error)
{
  gsize line = 1;
  if (!read_record(r, fields, &line, error)) {
    if (error == NULL || *error == NULL)
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line 1: empty header (a header row naming the columns is required)");
    return FALSE;
  }
  for (guint i = 1; i < fields->len; i++) {
    char *name = g_strstrip(g_strdup(field_str(fields, i)));
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
add_row(MzMetadata *md, GPtrArray *fields, gsize line, GError **error)
{
  const char *id = field_str(fields, 0);
  const Row *first;
  if (fields->len != md->names->len + 1) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: expected %u fields (as in the header), found %u", line,
                md->names->len + 1, fields->len);
    return FALSE;
  }
  if ((first = g_hash_table_lookup(md->rows, id)) != NULL) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: duplicate id '%s' (first at line %zu)", line, id, first->line);
    return FALSE;
  }
  Row *row = g_new(Row, 1);
  row->line = line;
  row->value = g_new(char *, fields->len);
  for (guint i = 1; i < fields->len; i++)
    row->value[i - 1] = g_strdup(field_str(fields, i));
  row->value[fields->len - 1] = NULL;
  g_hash_table_insert(md->rows, g_strdup(id), row);
  return TRUE;
}

static void
gstring_free_all(gpointer s)
{
  g_string_free(s, TRUE);
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
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func(gstring_free_all);
  g_autoptr(GError) local = NULL;
  CsvReader r = {data, len, 0, 1};
  gsize line = 0;
  md->names = g_ptr_array_new_with_free_func(g_free);
  md->rows = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
  if (len >= 3 && memcmp(data, MZ_UTF8_BOM, 3) == 0)
    r.pos = 3;
  if (!read_header(md, &r, fields, error))
    return NULL;
  while (read_record(&r, fields, &line, &local))
    if (!add_row(md, fields, line, error))
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
