/* colloc.c - the rows of mizan-colloc: pairs with their contingency tables and measures */
#include "tools/colloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const MzColumn pair_columns[] = {
    {"w1", MZ_COLUMN_STRING},  {"w2", MZ_COLUMN_STRING}, {"o11", MZ_COLUMN_INT},
    {"o12", MZ_COLUMN_INT},    {"o21", MZ_COLUMN_INT},   {"o22", MZ_COLUMN_INT},
    {"e11", MZ_COLUMN_DOUBLE},
};

void
mz_colloc_options_init(MzCollocOptions *opts)
{
  memset(opts, 0, sizeof *opts);
  mz_assoc_parse_list("default", &opts->measures, &opts->n_measures, NULL);
  opts->log_base = 2;
  opts->sort = MZ_ASSOC_LL;
  opts->min_freq = opts->min_f1 = opts->min_f2 = 1;
}

void
mz_colloc_options_clear(MzCollocOptions *opts)
{
  g_clear_pointer(&opts->measures, g_free);
}

/* "default", "all", or measure names separated by commas (mz_assoc_parse_list()). */
gboolean
mz_colloc_parse_measures(MzCollocOptions *opts, const char *spec, GError **error)
{
  MzAssocMeasure *list;
  guint n;
  if (!mz_assoc_parse_list(spec, &list, &n, error)) {
    g_prefix_error(error, "--measures: ");
    return FALSE;
  }
  g_free(opts->measures);
  opts->measures = list;
  opts->n_measures = n;
  return TRUE;
}

/* "o11" or a measure name. */
gboolean
mz_colloc_parse_sort(MzCollocOptions *opts, const char *name, GError **error)
{
  MzAssocMeasure m;
  if (g_ascii_strcasecmp(name, "o11") == 0 || g_ascii_strcasecmp(name, "freq") == 0) {
    opts->sort = -1;
    return TRUE;
  }
  if (!mz_assoc_parse(name, &m, error)) {
    g_prefix_error(error, "--sort: ");
    return FALSE;
  }
  opts->sort = (int)m;
  return TRUE;
}

/* "2", "e" or "10". */
gboolean
mz_colloc_parse_log_base(MzCollocOptions *opts, const char *name, GError **error)
{
  if (strcmp(name, "2") == 0 || strcmp(name, "10") == 0 || strcmp(name, "e") == 0) {
    opts->log_base = name[0] == '2' ? 2 : name[0] == 'e' ? G_E : 10;
    return TRUE;
  }
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
              "--log-base: takes 2, e or 10, not '%s'", name);
  return FALSE;
}

/* Returns: (transfer full): one line per measure, "  name  description", for --help. */
char *
mz_colloc_measures_help(void)
{
  GString *s = g_string_new(NULL);
  for (MzAssocMeasure m = 0; m < MZ_ASSOC_N_MEASURES; m++) {
    g_auto(GStrv) words = g_strsplit(mz_assoc_description(m), " ", -1);
    gsize line = s->len;
    g_string_append_printf(s, "  %-17s", mz_assoc_name(m));
    for (guint i = 0; words[i] != NULL; i++) { /* wrapped at 88 columns, hanging indent */
      if (s->len - line + 1 + strlen(words[i]) > 88 && s->len - line > 20) {
        g_string_append(s, "\n                   ");
        line = s->len - 19;
      }
      g_string_append_printf(s, " %s", words[i]);
    }
    g_string_append_c(s, '\n');
  }
  return g_string_free(s, FALSE);
}

/* p-values sort ascending (small = strong), every other measure descending. */
static gboolean
is_p_value(MzAssocMeasure m)
{
  return m == MZ_ASSOC_P_T || m == MZ_ASSOC_P_Z || m == MZ_ASSOC_P_LL || m == MZ_ASSOC_P_CHI2 ||
         m == MZ_ASSOC_FISHER_P || m == MZ_ASSOC_POISSON_P;
}

typedef struct {
  guint32 w1, w2;
  guint64 f;
  double key;
} Row;

typedef struct {
  const MzVocab *vocab;
  gboolean ascending;
} SortData;

static int
compare_strings(const MzVocab *v, guint32 a, guint32 b)
{
  gsize la, lb;
  const char *sa = mz_vocab_string(v, a, &la), *sb = mz_vocab_string(v, b, &lb);
  int c = memcmp(sa, sb, MIN(la, lb));
  return c != 0 ? c : (la > lb) - (la < lb);
}

/* The key (NaN last), then o11 descending, then w1 and w2 by their bytes. */
static int
compare_rows(gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Row *a = pa, *b = pb;
  const SortData *sd = data;
  int c;
  if (isnan(a->key) != isnan(b->key))
    return isnan(a->key) ? 1 : -1;
  if (a->key != b->key && !isnan(a->key))
    return (a->key < b->key) == sd->ascending ? -1 : 1;
  if (a->f != b->f)
    return a->f > b->f ? -1 : 1;
  c = compare_strings(sd->vocab, a->w1, b->w1);
  return c != 0 ? c : compare_strings(sd->vocab, a->w2, b->w2);
}

static void
table_of(const MzCooc *cooc, const Row *r, MzContingency *t)
{
  mz_contingency_from_signature(t, (double)r->f, (double)mz_cooc_f1(cooc, r->w1),
                                (double)mz_cooc_f2(cooc, r->w2), (double)mz_cooc_n(cooc));
}

/* --top K: a heap of the K best rows so far, the worst of them at the root. */
static void
heap_sift_down(Row *heap, guint n, guint i, const SortData *sd)
{
  for (;;) {
    guint worst = i, l = 2 * i + 1, r = l + 1;
    if (l < n && compare_rows(&heap[l], &heap[worst], (gpointer)sd) > 0)
      worst = l;
    if (r < n && compare_rows(&heap[r], &heap[worst], (gpointer)sd) > 0)
      worst = r;
    if (worst == i)
      return;
    Row tmp = heap[i];
    heap[i] = heap[worst];
    heap[worst] = tmp;
    i = worst;
  }
}

/* Keeps @r if it is among the best @k of the rows seen (@rows a heap once it holds @k). */
static void
keep_best(GArray *rows, const Row *r, guint64 k, const SortData *sd)
{
  Row *heap = (Row *)rows->data;
  if (rows->len < k) {
    g_array_append_val(rows, *r);
    if (rows->len == k) /* heapify once full */
      for (guint i = rows->len / 2; i-- > 0;)
        heap_sift_down((Row *)rows->data, rows->len, i, sd);
  } else if (compare_rows(r, &heap[0], (gpointer)sd) < 0) {
    heap[0] = *r;
    heap_sift_down(heap, rows->len, 0, sd);
  }
}

/* The pairs that pass the filters, with their sort keys, sorted; only the --top best when it
 * is given (kept in a heap, so a top 20 of millions of pairs is not a sort of millions). */
static GArray *
sorted_rows(const MzCollocOptions *opts, const MzCounts *words, const MzCooc *cooc)
{
  gsize n_pairs;
  g_autofree MzCoocPair *pairs = mz_cooc_pairs(cooc, &n_pairs);
  guint64 k = opts->top > 0 ? MIN(opts->top, (guint64)n_pairs) : n_pairs;
  GArray *rows = g_array_sized_new(FALSE, FALSE, sizeof(Row), (guint)MIN(k, G_MAXUINT));
  SortData sd = {mz_counts_vocab(words), opts->sort >= 0 && is_p_value(opts->sort)};
  for (gsize i = 0; i < n_pairs; i++) {
    Row r = {pairs[i].w1, pairs[i].w2, pairs[i].f, 0};
    MzContingency t;
    if (r.f < opts->min_freq || mz_cooc_f1(cooc, r.w1) < opts->min_f1 ||
        mz_cooc_f2(cooc, r.w2) < opts->min_f2)
      continue;
    table_of(cooc, &r, &t);
    r.key = opts->sort < 0 ? (double)r.f : mz_assoc_value(opts->sort, &t, opts->log_base);
    if (k < n_pairs)
      keep_best(rows, &r, k, &sd);
    else
      g_array_append_val(rows, r);
  }
  g_qsort_with_data(rows->data, (gint)rows->len, sizeof(Row), compare_rows, &sd);
  return rows;
}

/* Returns: (transfer full): the columns: the pair's, then the measures. */
static MzColumn *
columns_of(const MzCollocOptions *opts, guint *n)
{
  MzColumn *cols = g_new(MzColumn, G_N_ELEMENTS(pair_columns) + opts->n_measures);
  memcpy(cols, pair_columns, sizeof pair_columns);
  for (guint i = 0; i < opts->n_measures; i++)
    cols[G_N_ELEMENTS(pair_columns) + i] =
        (MzColumn){mz_assoc_name(opts->measures[i]), MZ_COLUMN_DOUBLE};
  *n = G_N_ELEMENTS(pair_columns) + opts->n_measures;
  return cols;
}

/* One block of rows, formatted on its own thread into memory (translit needs its own
 * scratch string there: mz_tool_form() shares the tool's). */
typedef struct {
  const MzCollocOptions *opts;
  const MzTool *tool;
  const MzColumn *columns;
  guint n_columns;
  const MzVocab *vocab;
  const MzCooc *cooc;
  const Row *rows;
  guint n_rows;
  char *text;
  size_t len;
} Block;

static void
put_word(MzTableWriter *w, const Block *b, GString *scratch, guint32 id)
{
  gsize len;
  const char *s = mz_vocab_string(b->vocab, id, &len);
  if (b->tool->translit == MZ_TRANSLIT_NONE) {
    mz_table_writer_add_string(w, s, (gssize)len);
    return;
  }
  g_string_truncate(scratch, 0);
  mz_translit_to_buckwalter(scratch, s, len);
  mz_table_writer_add_string(w, scratch->str, (gssize)scratch->len);
}

static gpointer
format_block(gpointer data)
{
  Block *b = data;
  FILE *f = open_memstream(&b->text, &b->len);
  MzTableWriter *w = mz_table_writer_new_rows(f, b->tool->format, b->columns, b->n_columns);
  g_autoptr(GString) scratch = g_string_new(NULL);
  g_autofree double *values = g_new(double, b->opts->n_measures + 1);
  for (guint i = 0; i < b->n_rows; i++) {
    const Row *r = &b->rows[i];
    MzContingency t;
    table_of(b->cooc, r, &t);
    mz_assoc_values(b->opts->measures, b->opts->n_measures, &t, b->opts->log_base, values);
    put_word(w, b, scratch, r->w1);
    put_word(w, b, scratch, r->w2);
    mz_table_writer_add_int(w, (gint64)t.o11);
    mz_table_writer_add_int(w, (gint64)t.o12);
    mz_table_writer_add_int(w, (gint64)t.o21);
    mz_table_writer_add_int(w, (gint64)t.o22);
    mz_table_writer_add_double(w, mz_contingency_e11(&t));
    for (guint k = 0; k < b->opts->n_measures; k++)
      mz_table_writer_add_double(w, values[k]);
    mz_table_writer_end_row(w);
  }
  mz_table_writer_free(w);
  fclose(f);
  return NULL;
}

/* Returns: (transfer full): the writer of mizan-colloc's columns on @stream. */
MzTableWriter *
mz_colloc_writer_new(const MzCollocOptions *opts, MzTool *tool, FILE *stream)
{
  guint n;
  g_autofree MzColumn *cols = columns_of(opts, &n);
  return mz_table_writer_new(stream, tool->format, cols, n, tool->bom);
}

#define MZ_COLLOC_BLOCK 4096 /* rows a thread formats at a time */

/* Formats blocks [0, n) of @blocks, block 0 on this thread, then writes them in order. */
static void
write_round(Block *blocks, guint n, FILE *stream)
{
  GThread *threads[64];
  for (guint i = 1; i < n; i++)
    threads[i] = g_thread_new("mizan-colloc", format_block, &blocks[i]);
  format_block(&blocks[0]);
  for (guint i = 1; i < n; i++)
    g_thread_join(threads[i]);
  for (guint i = 0; i < n; i++) {
    fwrite(blocks[i].text, 1, blocks[i].len, stream);
    free(blocks[i].text);
  }
}

/**
 * mz_colloc_write:
 * @words: the word table @cooc was counted from (for the types' strings)
 * @cooc: the pairs
 * @stream: where @w (a writer made by mz_colloc_writer_new()) writes
 *
 * Writes the pairs that pass the filters, sorted, at most --top of them: blocks of rows are
 * formatted on -j threads and written in order, so the output is the same for any -j.
 *
 * Returns: %FALSE when interrupted.
 */
gboolean
mz_colloc_write(const MzCollocOptions *opts, MzTool *tool, const MzCounts *words,
                const MzCooc *cooc, FILE *stream)
{
  g_autoptr(GArray) rows = sorted_rows(opts, words, cooc);
  guint n = opts->top > 0 ? (guint)MIN(opts->top, rows->len) : rows->len, n_cols;
  guint n_threads = CLAMP((guint)tool->n_threads, 1, 64);
  g_autofree MzColumn *cols = columns_of(opts, &n_cols);
  g_autofree Block *blocks = g_new0(Block, n_threads);
  for (guint first = 0; first < n;) {
    guint k = 0;
    if (mz_tool_interrupted())
      return FALSE;
    for (; k < n_threads && first < n; k++, first += blocks[k - 1].n_rows)
      blocks[k] = (Block){opts,
                          tool,
                          cols,
                          n_cols,
                          mz_counts_vocab(words),
                          cooc,
                          &g_array_index(rows, Row, first),
                          MIN(MZ_COLLOC_BLOCK, n - first),
                          NULL,
                          0};
    write_round(blocks, k, stream);
  }
  return TRUE;
}

/* ---- --from-table: measures for frequency signatures made elsewhere ---- */

typedef struct {
  const char *path;
  int col[4]; /* f, f1, f2, n */
  guint n_fields;
} Signature;

static const char *const signature_names[] = {"f", "f1", "f2", "n"};

static gboolean
read_header(Signature *sig, MzCsvReader *r, const char *const **fields, GError **error)
{
  if (!mz_csv_reader_next(r, fields, &sig->n_fields, error)) {
    if (error != NULL && *error == NULL)
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line 1: no header (it must name the columns f, f1, f2 and n)");
    return FALSE;
  }
  for (guint k = 0; k < G_N_ELEMENTS(signature_names); k++)
    if ((sig->col[k] = mz_csv_find_column(*fields, sig->n_fields, signature_names[k])) < 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line 1: no column '%s' (the header must name f, f1, f2 and n, in any case)",
                  signature_names[k]);
      return FALSE;
    }
  return TRUE;
}

/* The columns: the file's (as strings), then e11 and the measures. */
static MzTable *
table_for(const MzCollocOptions *opts, const char *const *header, guint n_fields, GError **error)
{
  guint n = n_fields + 1 + opts->n_measures;
  g_autofree MzColumn *cols = g_new(MzColumn, n);
  for (guint i = 0; i < n_fields; i++)
    cols[i] = (MzColumn){header[i], MZ_COLUMN_STRING};
  cols[n_fields] = (MzColumn){"e11", MZ_COLUMN_DOUBLE};
  for (guint i = 0; i < opts->n_measures; i++)
    cols[n_fields + 1 + i] = (MzColumn){mz_assoc_name(opts->measures[i]), MZ_COLUMN_DOUBLE};
  for (guint i = n_fields; i < n; i++)
    if (mz_csv_find_column(header, n_fields, cols[i].name) >= 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line 1: the file already has a column '%s' (rename it, or leave that measure "
                  "out of --measures)",
                  cols[i].name);
      return NULL;
    }
  return mz_table_new(cols, n);
}

/* f, f1, f2, n of a record: numbers >= 0 that make a 2x2 table with no negative cell. */
static gboolean
read_signature(const Signature *sig, const char *const *fields, gsize line, MzContingency *t,
               GError **error)
{
  double v[4];
  for (guint k = 0; k < 4; k++) {
    const char *s = fields[sig->col[k]];
    char *end;
    v[k] = g_ascii_strtod(s, &end);
    while (*end == ' ')
      end++;
    if (*s == '\0' || *end != '\0' || !isfinite(v[k]) || v[k] < 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: %s is '%s', not a number >= 0", line, signature_names[k], s);
      return FALSE;
    }
  }
  if (v[0] > v[1] || v[0] > v[2] || v[1] + v[2] - v[0] > v[3] || v[3] <= 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: f = %s, f1 = %s, f2 = %s, n = %s is not a frequency signature (it "
                "needs f <= f1, f <= f2, f1 + f2 - f <= n and n > 0)",
                line, fields[sig->col[0]], fields[sig->col[1]], fields[sig->col[2]],
                fields[sig->col[3]]);
    return FALSE;
  }
  mz_contingency_from_signature(t, v[0], v[1], v[2], v[3]);
  return TRUE;
}

static void
add_row(const MzCollocOptions *opts, MzTable *table, const char *const *fields, guint n_fields,
        const MzContingency *t, double *values)
{
  guint row = mz_table_add_row(table);
  mz_assoc_values(opts->measures, opts->n_measures, t, opts->log_base, values);
  for (guint i = 0; i < n_fields; i++)
    mz_table_set_string(table, row, i, fields[i], -1);
  mz_table_set_double(table, row, n_fields, mz_contingency_e11(t));
  for (guint i = 0; i < opts->n_measures; i++)
    mz_table_set_double(table, row, n_fields + 1 + i, values[i]);
}

static MzTable *
read_records(const MzCollocOptions *opts, MzCsvReader *r, GError **error)
{
  Signature sig = {0};
  const char *const *fields;
  g_autoptr(MzTable) table = NULL;
  g_autofree double *values = g_new(double, opts->n_measures + 1);
  guint n;
  GError *local = NULL;
  if (!read_header(&sig, r, &fields, error) ||
      (table = table_for(opts, fields, sig.n_fields, error)) == NULL)
    return NULL;
  while (mz_csv_reader_next(r, &fields, &n, &local)) {
    MzContingency t;
    gsize line = mz_csv_reader_line(r);
    if (n != sig.n_fields) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: %u fields, but the header has %u", line, n, sig.n_fields);
      return NULL;
    }
    if (!read_signature(&sig, fields, line, &t, error))
      return NULL;
    add_row(opts, table, fields, n, &t, values);
  }
  if (local != NULL) {
    g_propagate_error(error, local);
    return NULL;
  }
  return g_steal_pointer(&table);
}

typedef struct {
  const MzTable *table;
  guint col;
  gboolean ascending;
} ColumnSort;

/* The sort column (NaN = NA last), ties in file order (the sort is stable). */
static int
compare_cells(gconstpointer pa, gconstpointer pb, gpointer data)
{
  const ColumnSort *cs = data;
  double a = mz_table_get_double(cs->table, *(const guint *)pa, cs->col);
  double b = mz_table_get_double(cs->table, *(const guint *)pb, cs->col);
  if (isnan(a) || isnan(b))
    return isnan(a) - isnan(b);
  if (a == b)
    return 0;
  return (a < b) == cs->ascending ? -1 : 1;
}

static gboolean
sort_table(const MzCollocOptions *opts, MzTable *table, GError **error)
{
  int col = opts->sort >= 0 ? mz_table_column_index(table, mz_assoc_name(opts->sort)) : -1;
  ColumnSort cs = {table, (guint)col, opts->sort >= 0 && is_p_value(opts->sort)};
  if (col < 0) {
    g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
                "with --from-table, --sort takes one of the --measures");
    return FALSE;
  }
  mz_table_sort(table, compare_cells, &cs);
  return TRUE;
}

/**
 * mz_colloc_read_table:
 * @path: a CSV (or, named *.tsv or *.tab, TSV) file whose header names f, f1, f2 and n (any
 *   case; other columns are kept)
 *
 * Returns: (transfer full): the file's rows with e11 and the measures added (sorted if
 * @opts says so, and cut to its top), or %NULL with @error naming the file and line.
 */
MzTable *
mz_colloc_read_table(const MzCollocOptions *opts, const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len;
  const char *bad;
  g_autoptr(MzCsvReader) r = NULL;
  MzTable *table;
  if (!g_file_get_contents(path, &data, &len, error))
    return NULL;
  if (!g_utf8_validate_len(data, len, &bad)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "%s: byte offset %zu: not UTF-8", path, (gsize)(bad - data));
    return NULL;
  }
  r = mz_csv_reader_new(data, len, mz_csv_separator_for_path(path));
  table = read_records(opts, r, error);
  if (table == NULL) {
    g_prefix_error(error, "%s: ", path);
    return NULL;
  }
  if (opts->sort_table && !sort_table(opts, table, error)) {
    mz_table_free(table);
    return NULL;
  }
  if (opts->top > 0)
    mz_table_truncate(table, (guint)MIN(opts->top, G_MAXUINT));
  return table;
}
