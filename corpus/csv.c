/* csv.c - reading tables other programs wrote: CSV (RFC 4180) and TSV
 *
 * CSV: records end with CRLF or LF; fields are separated by ','; a field in double quotes may
 * hold ',', newlines and "" (one quote). TSV: fields are separated by tabs and never quoted;
 * \t \n \r \\ stand for a tab, a newline, a carriage return and a backslash (as Mizan's and
 * R's writers escape them). Empty lines are skipped in both.
 */
#include "corpus/mizan-corpus.h"
#include "corpus/source-private.h"

#include <string.h>

#define MZ_UTF8_BOM "\xEF\xBB\xBF"

struct _MzCsvReader {
  const char *s;
  gsize len;
  gsize pos;
  gsize line;        /* the line at pos */
  gsize record_line; /* where the last record started */
  char separator;
  GPtrArray *fields; /* GString, reused */
  GPtrArray *view;   /* their strings, NULL-terminated */
};

static void
gstring_free_all(gpointer s)
{
  g_string_free(s, TRUE);
}

/**
 * mz_csv_reader_new:
 * @data: the text (valid UTF-8), which must outlive the reader; @len: its length
 * @separator: ',' for CSV, '\t' for TSV
 *
 * Returns: (transfer full): a reader at the first record.
 */
MzCsvReader *
mz_csv_reader_new(const char *data, gsize len, char separator)
{
  MzCsvReader *r = g_new0(MzCsvReader, 1);
  g_return_val_if_fail(separator == ',' || separator == '\t', NULL);
  r->s = data;
  r->len = len;
  r->line = 1;
  r->separator = separator;
  r->fields = g_ptr_array_new_with_free_func(gstring_free_all);
  r->view = g_ptr_array_new();
  if (len >= 3 && memcmp(data, MZ_UTF8_BOM, 3) == 0)
    r->pos = 3;
  return r;
}

void
mz_csv_reader_free(MzCsvReader *r)
{
  if (r == NULL)
    return;
  g_ptr_array_unref(r->fields);
  g_ptr_array_unref(r->view);
  g_free(r);
}

static gboolean
read_quoted(MzCsvReader *r, GString *field, GError **error)
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

/* At r->pos: the end of a field. Returns: 1 after a separator, 0 at the end of the record, -1
 * if neither (only after a closing quote: unquoted fields stop only at separators and newlines). */
static int
field_end(MzCsvReader *r)
{
  if (r->pos >= r->len)
    return 0;
  if (r->s[r->pos] == r->separator) {
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

/* TSV's escapes, decoded; an unknown escape is kept as it is. */
static void
append_tsv(GString *field, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++) {
    const char *at = memchr(s + i, '\\', len - i);
    gsize plain = at != NULL ? (gsize)(at - (s + i)) : len - i;
    g_string_append_len(field, s + i, (gssize)plain);
    i += plain;
    if (i + 1 >= len) {
      if (i < len)
        g_string_append_c(field, '\\');
      break;
    }
    switch (s[++i]) {
    case 't':
      g_string_append_c(field, '\t');
      break;
    case 'n':
      g_string_append_c(field, '\n');
      break;
    case 'r':
      g_string_append_c(field, '\r');
      break;
    case '\\':
      g_string_append_c(field, '\\');
      break;
    default:
      g_string_append_c(field, '\\');
      g_string_append_c(field, s[i]);
    }
  }
}

static void
read_unquoted(MzCsvReader *r, GString *field)
{
  gsize start = r->pos;
  while (r->pos < r->len && r->s[r->pos] != r->separator && r->s[r->pos] != '\n')
    r->pos++;
  gsize end = r->pos;
  if (end > start && r->s[end - 1] == '\r' && (end == r->len || r->s[end] == '\n')) {
    end--;
    r->pos--;
  }
  if (r->separator == '\t')
    append_tsv(field, r->s + start, end - start);
  else
    g_string_append_len(field, r->s + start, (gssize)(end - start));
}

static gboolean
read_fields(MzCsvReader *r, GError **error)
{
  int more = 1;
  while (more > 0) {
    GString *field = g_string_new(NULL);
    g_ptr_array_add(r->fields, field);
    if (r->separator == ',' && r->pos < r->len && r->s[r->pos] == '"') {
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

/**
 * mz_csv_reader_next:
 * @fields: (out) (transfer none): the fields of the next non-empty record, valid until the
 *   next call
 * @n_fields: (out): their number
 *
 * Returns: %TRUE with a record; %FALSE at the end (@error unset) or on an error.
 */
gboolean
mz_csv_reader_next(MzCsvReader *r, const char *const **fields, guint *n_fields, GError **error)
{
  g_ptr_array_set_size(r->fields, 0);
  g_ptr_array_set_size(r->view, 0);
  while (r->pos < r->len && (r->s[r->pos] == '\n' || r->s[r->pos] == '\r')) {
    r->line += r->s[r->pos] == '\n';
    r->pos++;
  }
  if (r->pos >= r->len)
    return FALSE;
  r->record_line = r->line;
  if (!read_fields(r, error))
    return FALSE;
  for (guint i = 0; i < r->fields->len; i++)
    g_ptr_array_add(r->view, ((GString *)r->fields->pdata[i])->str);
  g_ptr_array_add(r->view, NULL);
  *fields = (const char *const *)r->view->pdata;
  *n_fields = r->fields->len;
  return TRUE;
}

/* Returns: the line (1-based) where the last record read started. */
gsize
mz_csv_reader_line(const MzCsvReader *r)
{
  return r->record_line;
}

/* Returns: '\t' for a name ending in .tsv or .tab (any case), ',' otherwise. */
char
mz_csv_separator_for_path(const char *path)
{
  g_autofree char *lower = g_ascii_strdown(path, -1);
  return g_str_has_suffix(lower, ".tsv") || g_str_has_suffix(lower, ".tab") ? '\t' : ',';
}

/* Returns: the index of the header field named @name (ASCII case and surrounding spaces
 * ignored), or -1. */
int
mz_csv_find_column(const char *const *header, guint n_fields, const char *name)
{
  for (guint i = 0; i < n_fields; i++) {
    g_autofree char *h = g_strstrip(g_strdup(header[i]));
    if (g_ascii_strcasecmp(h, name) == 0)
      return (int)i;
  }
  return -1;
}
