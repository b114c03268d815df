/* writer.c - streaming table writers: CSV (RFC 4180), TSV and JSON Lines
 *
 * Rows go out as cells are added, straight into the caller's FILE*: a cell is escaped while it
 * is written, so adding one allocates nothing. A writer owns its stream exclusively while it is
 * in use (the unlocked stdio calls assume no other thread writes to it).
 */
#include "reports/format-double.h"
#include "reports/mizan-reports.h"

#include <errno.h>
#include <math.h>
#include <string.h>

/* UTF-8 encoding of U+FEFF, which Excel wants at the start of a CSV. */
#define MZ_UTF8_BOM "\xEF\xBB\xBF"
/* U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are E2 80 A8 / E2 80 A9 in UTF-8; they
 * are legal raw in JSON but break JavaScript and line-oriented readers, so they are escaped. */
#define MZ_UTF8_LS_PS_LEAD 0xE2
#define MZ_UTF8_LS_PS_MID 0x80
#define MZ_UTF8_LS_LAST 0xA8
#define MZ_UTF8_PS_LAST 0xA9

/* How the writers spell missing and non-finite values: what R's read.csv and read.delim read
 * back as NA, Inf and -Inf; JSON has only null, so infinities are strings there. */
#define MZ_TEXT_NA "NA"
#define MZ_TEXT_POS_INF "Inf"
#define MZ_TEXT_NEG_INF "-Inf"

struct _MzTableWriter {
  FILE *stream;
  MzTableFormat format;
  guint n_columns;
  guint col;   /* cells added to the current row */
  char **keys; /* JSONL: each column's "name": escaped once, NULL otherwise */
  gsize *key_lens;
};

static const char *const format_names[] = {"csv", "tsv", "jsonl"};

/**
 * mz_table_format_parse:
 * @name: "csv", "tsv" or "jsonl" (ASCII case is ignored)
 * @format: (out): the format
 * @error: return location for a MZ_REPORTS_ERROR_INVALID_ARGUMENT error
 *
 * Returns: TRUE if @name is a format, FALSE with @error set (listing the
 * choices) otherwise
 */
gboolean
mz_table_format_parse(const char *name, MzTableFormat *format, GError **error)
{
  g_return_val_if_fail(name != NULL, FALSE);
  g_return_val_if_fail(format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS(format_names); i++) {
    if (g_ascii_strcasecmp(name, format_names[i]) == 0) {
      *format = (MzTableFormat)i;
      return TRUE;
    }
  }
  g_set_error(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_INVALID_ARGUMENT,
              "unknown table format '%s' (choose csv, tsv or jsonl)", name);
  return FALSE;
}

/**
 * mz_table_format_name:
 * @format: a table format
 *
 * Returns: (transfer none): the name mz_table_format_parse() accepts for it
 */
const char *
mz_table_format_name(MzTableFormat format)
{
  g_return_val_if_fail((guint)format < G_N_ELEMENTS(format_names), NULL);
  return format_names[format];
}

static inline void
put_bytes(FILE *f, const char *s, gsize n)
{
  if (n > 0)
    fwrite_unlocked(s, 1, n, f);
}

static inline void
put_str(FILE *f, const char *s)
{
  fputs_unlocked(s, f);
}

/* RFC 4180 2.6: fields containing line breaks, double quotes and commas are quoted. An empty
 * string and the string "NA" are quoted too, to tell them from a missing value. */
static gboolean
csv_needs_quotes(const char *s, gsize len)
{
  if (len == 0 || (len == 2 && memcmp(s, MZ_TEXT_NA, 2) == 0))
    return TRUE;
  for (gsize i = 0; i < len; i++) {
    if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
      return TRUE;
  }
  return FALSE;
}

/* RFC 4180 2.7: a double quote inside a quoted field is written twice. */
static void
write_csv_string(FILE *f, const char *s, gsize len)
{
  gsize start = 0;

  if (!csv_needs_quotes(s, len)) {
    put_bytes(f, s, len);
    return;
  }
  putc_unlocked('"', f);
  for (gsize i = 0; i < len; i++) {
    if (s[i] == '"') {
      put_bytes(f, s + start, i + 1 - start);
      putc_unlocked('"', f);
      start = i + 1;
    }
  }
  put_bytes(f, s + start, len - start);
  putc_unlocked('"', f);
}

static char
tsv_escape(char c)
{
  switch (c) {
  case '\\':
    return '\\';
  case '\t':
    return 't';
  case '\n':
    return 'n';
  case '\r':
    return 'r';
  default:
    return 0;
  }
}

static void
write_tsv_string(FILE *f, const char *s, gsize len)
{
  gsize start = 0;

  for (gsize i = 0; i < len; i++) {
    char esc = tsv_escape(s[i]);
    if (esc != 0) {
      put_bytes(f, s + start, i - start);
      putc_unlocked('\\', f);
      putc_unlocked(esc, f);
      start = i + 1;
    }
  }
  put_bytes(f, s + start, len - start);
}

/* RFC 8259 section 7: " and \ and the controls below U+0020 must be escaped. */
static void
put_json_escape(FILE *f, guchar c)
{
  static const char hex[] = "0123456789abcdef";

  putc_unlocked('\\', f);
  switch (c) {
  case '"':
  case '\\':
    putc_unlocked((char)c, f);
    break;
  case '\n':
    putc_unlocked('n', f);
    break;
  case '\t':
    putc_unlocked('t', f);
    break;
  case '\r':
    putc_unlocked('r', f);
    break;
  case '\b':
    putc_unlocked('b', f);
    break;
  case '\f':
    putc_unlocked('f', f);
    break;
  default:
    put_str(f, "u00");
    putc_unlocked(hex[c >> 4], f);
    putc_unlocked(hex[c & 0xF], f);
  }
}

/* The length of a U+2028/U+2029 sequence at s[i] (3), or 0. */
static inline gsize
json_line_separator_at(const char *s, gsize len, gsize i)
{
  const guchar *u = (const guchar *)s;
  if (u[i] != MZ_UTF8_LS_PS_LEAD || i + 2 >= len || u[i + 1] != MZ_UTF8_LS_PS_MID)
    return 0;
  return u[i + 2] == MZ_UTF8_LS_LAST || u[i + 2] == MZ_UTF8_PS_LAST ? 3 : 0;
}

static void
write_json_string(FILE *f, const char *s, gsize len)
{
  gsize start = 0;

  putc_unlocked('"', f);
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar)s[i];
    if (c == MZ_UTF8_LS_PS_LEAD && json_line_separator_at(s, len, i) != 0) {
      put_bytes(f, s + start, i - start);
      put_str(f, (guchar)s[i + 2] == MZ_UTF8_LS_LAST ? "\\u2028" : "\\u2029");
      i += 2;
      start = i + 1;
    } else if (c < 0x20 || c == '"' || c == '\\') {
      put_bytes(f, s + start, i - start);
      put_json_escape(f, c);
      start = i + 1;
    }
  }
  put_bytes(f, s + start, len - start);
  putc_unlocked('"', f);
}

static void
write_string(MzTableWriter *w, const char *s, gsize len)
{
  switch (w->format) {
  case MZ_TABLE_CSV:
    write_csv_string(w->stream, s, len);
    break;
  case MZ_TABLE_TSV:
    write_tsv_string(w->stream, s, len);
    break;
  case MZ_TABLE_JSONL:
    write_json_string(w->stream, s, len);
    break;
  }
}

/* "name": for each column, JSON-escaped once here rather than per row. */
static void
make_json_keys(MzTableWriter *w, const MzColumn *columns)
{
  w->keys = g_new0(char *, w->n_columns + 1);
  w->key_lens = g_new0(gsize, w->n_columns);
  for (guint i = 0; i < w->n_columns; i++) {
    FILE *mem = open_memstream(&w->keys[i], &w->key_lens[i]);
    g_assert(mem != NULL);
    write_json_string(mem, columns[i].name, strlen(columns[i].name));
    putc(':', mem);
    fclose(mem);
  }
}

static void
write_header(MzTableWriter *w, const MzColumn *columns, gboolean bom)
{
  if (bom)
    put_str(w->stream, MZ_UTF8_BOM);
  for (guint i = 0; i < w->n_columns; i++) {
    if (i > 0)
      putc_unlocked(w->format == MZ_TABLE_CSV ? ',' : '\t', w->stream);
    write_string(w, columns[i].name, strlen(columns[i].name));
  }
  putc_unlocked('\n', w->stream);
}

/**
 * mz_table_writer_new:
 * @stream: (transfer none): where rows go; it must outlive the writer,
 *   which never closes it
 * @format: CSV, TSV or JSON Lines
 * @columns: (array length=n_columns): the columns; names are used here
 *   and not kept
 * @n_columns: how many, at least one
 * @bom: start a CSV or TSV with a UTF-8 byte order mark (for Excel);
 *   ignored for JSON Lines
 *
 * Makes a streaming writer and writes the header row of column names
 * (CSV, TSV). Each row is then added cell by cell, left to right, with
 * mz_table_writer_add_*() and closed with mz_table_writer_end_row(); call
 * mz_table_writer_finish() at the end to learn about write errors.
 *
 * In CSV and TSV a missing value and NaN are written as NA, infinities as
 * Inf and -Inf (what R reads back); in JSON Lines as null, "Inf" and "-Inf".
 * The column types do not constrain the writer: each cell is written as
 * what it was added as.
 *
 * Returns: (transfer full): the writer
 */
MzTableWriter *
mz_table_writer_new(FILE *stream, MzTableFormat format, const MzColumn *columns, guint n_columns,
                    gboolean bom)
{
  MzTableWriter *w = mz_table_writer_new_rows(stream, format, columns, n_columns);
  if (w != NULL && format != MZ_TABLE_JSONL)
    write_header(w, columns, bom);
  return w;
}

/**
 * mz_table_writer_new_rows:
 *
 * As mz_table_writer_new(), for rows that continue a table whose header is
 * written elsewhere: no header, no byte order mark. Programs that format
 * blocks of rows on several threads give each thread one, on a memory
 * stream, and write the blocks in order after the header.
 *
 * Returns: (transfer full): the writer
 */
MzTableWriter *
mz_table_writer_new_rows(FILE *stream, MzTableFormat format, const MzColumn *columns,
                         guint n_columns)
{
  g_return_val_if_fail(stream != NULL, NULL);
  g_return_val_if_fail((guint)format < G_N_ELEMENTS(format_names), NULL);
  g_return_val_if_fail(columns != NULL && n_columns > 0, NULL);
  for (guint i = 0; i < n_columns; i++)
    g_return_val_if_fail(columns[i].name != NULL, NULL);

  MzTableWriter *w = g_new0(MzTableWriter, 1);
  w->stream = stream;
  w->format = format;
  w->n_columns = n_columns;
  if (format == MZ_TABLE_JSONL)
    make_json_keys(w, columns);
  return w;
}

/**
 * mz_table_writer_free:
 * @w: (nullable): a writer
 *
 * Frees the writer; its stream is left open (and is not flushed).
 */
void
mz_table_writer_free(MzTableWriter *w)
{
  if (w == NULL)
    return;
  if (w->keys != NULL) {
    for (guint i = 0; i < w->n_columns; i++)
      free(w->keys[i]); /* allocated by open_memstream() */
    g_free(w->keys);
  }
  g_free(w->key_lens);
  g_free(w);
}

/**
 * mz_table_writer_n_columns:
 * @w: a writer
 *
 * Returns: the number of cells in each of its rows
 */
guint
mz_table_writer_n_columns(const MzTableWriter *w)
{
  g_return_val_if_fail(w != NULL, 0);
  return w->n_columns;
}

/* Writes what goes before the next cell; FALSE (and a critical) if the row is full. */
static inline gboolean
begin_cell(MzTableWriter *w)
{
  if (G_UNLIKELY(w->col >= w->n_columns)) {
    g_critical("MzTableWriter: a cell beyond the %u columns of the row was dropped", w->n_columns);
    return FALSE;
  }
  switch (w->format) {
  case MZ_TABLE_CSV:
    if (w->col > 0)
      putc_unlocked(',', w->stream);
    break;
  case MZ_TABLE_TSV:
    if (w->col > 0)
      putc_unlocked('\t', w->stream);
    break;
  case MZ_TABLE_JSONL:
    putc_unlocked(w->col == 0 ? '{' : ',', w->stream);
    put_bytes(w->stream, w->keys[w->col], w->key_lens[w->col]);
    break;
  }
  w->col++;
  return TRUE;
}

/**
 * mz_table_writer_add_na:
 * @w: a writer
 *
 * Adds a missing value: NA in CSV and TSV, null in JSON Lines.
 */
void
mz_table_writer_add_na(MzTableWriter *w)
{
  g_return_if_fail(w != NULL);

  if (!begin_cell(w))
    return;
  put_str(w->stream, w->format == MZ_TABLE_JSONL ? "null" : MZ_TEXT_NA);
}

/**
 * mz_table_writer_add_string:
 * @w: a writer
 * @s: (nullable): UTF-8 text, written unchanged apart from the format's
 *   escaping; NULL adds a missing value
 * @len: its length in bytes, or -1 if it is NUL-terminated
 *
 * Adds a text cell. In CSV an empty string is written as "" and the text
 * NA as "NA", so neither reads back as a missing value.
 */
void
mz_table_writer_add_string(MzTableWriter *w, const char *s, gssize len)
{
  g_return_if_fail(w != NULL);

  if (s == NULL) {
    mz_table_writer_add_na(w);
    return;
  }
  if (!begin_cell(w))
    return;
  write_string(w, s, len < 0 ? strlen(s) : (gsize)len);
}

/**
 * mz_table_writer_add_int:
 * @w: a writer
 * @value: the number, written exactly in decimal
 *
 * Adds an integer cell.
 */
void
mz_table_writer_add_int(MzTableWriter *w, gint64 value)
{
  g_return_if_fail(w != NULL);

  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = value < 0 ? -(guint64)value : (guint64)value;

  if (!begin_cell(w))
    return;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (value < 0)
    *--p = '-';
  put_bytes(w->stream, p, (gsize)(buf + sizeof buf - p));
}

/**
 * mz_table_writer_add_double:
 * @w: a writer
 * @value: the number
 *
 * Adds a floating-point cell, written by mz_format_double(). NaN is a
 * missing value; infinities are Inf and -Inf (strings in JSON Lines).
 */
void
mz_table_writer_add_double(MzTableWriter *w, double value)
{
  g_return_if_fail(w != NULL);

  char buf[MZ_FORMAT_DOUBLE_SIZE];
  gboolean json = w->format == MZ_TABLE_JSONL;

  if (isnan(value)) {
    mz_table_writer_add_na(w);
    return;
  }
  if (!begin_cell(w))
    return;
  mz_format_double(buf, sizeof buf, value);
  if (json && isinf(value)) {
    write_json_string(w->stream, buf, strlen(buf));
    return;
  }
  put_str(w->stream, buf);
}

/**
 * mz_table_writer_end_row:
 * @w: a writer
 *
 * Ends the current row, which must have one cell per column. Ending a row
 * early is a programming error: a critical is logged and the missing cells
 * are written as missing values, so the output stays rectangular.
 */
void
mz_table_writer_end_row(MzTableWriter *w)
{
  g_return_if_fail(w != NULL);

  if (G_UNLIKELY(w->col < w->n_columns)) {
    g_critical("MzTableWriter: a row ended after %u of its %u cells; the rest are written as NA",
               w->col, w->n_columns);
    while (w->col < w->n_columns)
      mz_table_writer_add_na(w);
  }
  if (w->format == MZ_TABLE_JSONL)
    putc_unlocked('}', w->stream);
  putc_unlocked('\n', w->stream);
  w->col = 0;
}

/**
 * mz_table_writer_finish:
 * @w: a writer
 * @error: return location for a MZ_REPORTS_ERROR_IO error
 *
 * Flushes the stream and checks it for write errors (a full disk, a closed
 * pipe). A row left open is a programming error: it is ended as
 * mz_table_writer_end_row() does. The stream stays open; more rows may
 * follow, and finish may be called again.
 *
 * Returns: TRUE if everything was written, FALSE with @error set otherwise
 */
gboolean
mz_table_writer_finish(MzTableWriter *w, GError **error)
{
  g_return_val_if_fail(w != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

  if (w->col != 0)
    mz_table_writer_end_row(w);
  errno = 0;
  if (fflush(w->stream) != 0 && errno != 0) {
    g_set_error(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_IO, "cannot write the table: %s",
                g_strerror(errno));
    return FALSE;
  }
  if (ferror(w->stream)) { /* stdio keeps the flag, not the errno */
    g_set_error_literal(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_IO,
                        "cannot write the table: an earlier write failed");
    return FALSE;
  }
  return TRUE;
}
