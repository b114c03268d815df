/* keywords.c - the keyword list of mizan-keyness: two frequency lists in, one table out */
#include "tools/keywords.h"

#include <math.h>
#include <string.h>

enum {
  COL_TYPE,
  COL_FREQ_T,
  COL_FREQ_R,
  COL_PM_T,
  COL_PM_R,
  COL_LL,
  COL_P_LL,
  COL_CHI2,
  COL_P_CHI2,
  COL_LOG_RATIO,
  COL_PCT_DIFF,
  COL_BIC,
  COL_ELL,
  COL_SIMPLE_MATHS,
  COL_DIRECTION,
  COL_P_LL_ADJ,
  COL_SIGNIFICANT,
  N_COLUMNS
};

static const MzColumn columns[N_COLUMNS] = {
    {"type", MZ_COLUMN_STRING},          {"freq_t", MZ_COLUMN_INT},
    {"freq_r", MZ_COLUMN_INT},           {"per_million_t", MZ_COLUMN_DOUBLE},
    {"per_million_r", MZ_COLUMN_DOUBLE}, {"ll", MZ_COLUMN_DOUBLE},
    {"p_ll", MZ_COLUMN_DOUBLE},          {"chi2", MZ_COLUMN_DOUBLE},
    {"p_chi2", MZ_COLUMN_DOUBLE},        {"log_ratio", MZ_COLUMN_DOUBLE},
    {"pct_diff", MZ_COLUMN_DOUBLE},      {"bic", MZ_COLUMN_DOUBLE},
    {"ell", MZ_COLUMN_DOUBLE},           {"simple_maths", MZ_COLUMN_DOUBLE},
    {"direction", MZ_COLUMN_INT},        {"p_ll_adj", MZ_COLUMN_DOUBLE},
    {"significant", MZ_COLUMN_INT},
};

void
mz_freq_side_init(MzFreqSide *side)
{
  side->vocab = mz_vocab_new();
  side->freq = g_array_new(FALSE, TRUE, sizeof(guint64));
  side->size = 0;
}

void
mz_freq_side_clear(MzFreqSide *side)
{
  g_clear_pointer(&side->vocab, mz_vocab_free);
  g_clear_pointer(&side->freq, g_array_unref);
}

/* Adds @freq to @type (the size is the caller's). */
void
mz_freq_side_add(MzFreqSide *side, const char *type, gsize len, guint64 freq)
{
  guint32 id = mz_vocab_intern(side->vocab, type, len);
  if (id >= side->freq->len)
    g_array_set_size(side->freq, id + 1);
  g_array_index(side->freq, guint64, id) += freq;
}

/**
 * mz_freq_side_add_documents:
 * @c: a word count table
 * @keep: (nullable): which of its documents to add (%NULL: all)
 *
 * Adds the frequencies and sizes of the documents.
 */
void
mz_freq_side_add_documents(MzFreqSide *side, const MzCounts *c, const gboolean *keep)
{
  const MzVocab *v = mz_counts_vocab(c);
  g_autofree guint64 *sum = g_new0(guint64, mz_vocab_size(v) + 1);
  for (guint d = 0; d < mz_counts_n_documents(c); d++) {
    MzCountsIter it;
    guint32 type;
    guint64 count;
    if (keep != NULL && !keep[d])
      continue;
    mz_counts_iter_init(&it, c, d);
    while (mz_counts_iter_next(&it, &type, &count))
      sum[type] += count;
    side->size += mz_counts_document_size(c, d);
  }
  for (guint32 t = 0; t < mz_vocab_size(v); t++)
    if (sum[t] > 0) {
      gsize len;
      const char *s = mz_vocab_string(v, t, &len);
      mz_freq_side_add(side, s, len, sum[t]);
    }
}

void
mz_keywords_options_init(MzKeywordsOptions *opts)
{
  memset(opts, 0, sizeof *opts);
  opts->ll_form = MZ_LL_FULL;
  opts->log_ratio_form = MZ_LOG_RATIO_HARDIE;
  opts->smoothing = 1;
  opts->correction = MZ_CORRECT_BH;
  opts->alpha = 0.05;
  opts->min_freq = 1;
  opts->sort = COL_LL;
}

/* p-values sort ascending, every other column descending. */
static gboolean
ascending(int col)
{
  return col == COL_P_LL || col == COL_P_CHI2 || col == COL_P_LL_ADJ;
}

/* A numeric column's name. */
gboolean
mz_keywords_parse_sort(MzKeywordsOptions *opts, const char *name, GError **error)
{
  for (int c = COL_FREQ_T; c < N_COLUMNS; c++)
    if (g_ascii_strcasecmp(name, columns[c].name) == 0) {
      opts->sort = c;
      return TRUE;
    }
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
              "--sort takes a column name such as ll, log_ratio, pct_diff, freq_t; not '%s'", name);
  return FALSE;
}

typedef struct {
  const char *type;
  gsize len;
  double v[N_COLUMNS]; /* COL_TYPE unused */
} Row;

static guint64
freq_of(const MzFreqSide *side, const char *s, gsize len)
{
  guint32 id = mz_vocab_lookup(side->vocab, s, len);
  return id == MZ_VOCAB_NONE || id >= side->freq->len ? 0 : g_array_index(side->freq, guint64, id);
}

/* Every measure of one type but the adjusted p-value (spec 3: a, b, c, d). */
static void
measure(const MzKeywordsOptions *opts, Row *r, guint64 a, guint64 b, guint64 c, guint64 d)
{
  MzKeynessCounts k = {(double)a, (double)b, (double)c, (double)d};
  r->v[COL_FREQ_T] = k.a;
  r->v[COL_FREQ_R] = k.b;
  r->v[COL_PM_T] = k.a / k.c * 1e6;
  r->v[COL_PM_R] = k.b / k.d * 1e6;
  r->v[COL_LL] = mz_keyness_ll(&k, opts->ll_form);
  r->v[COL_P_LL] = mz_keyness_p_chi2_1(r->v[COL_LL]);
  r->v[COL_CHI2] = mz_keyness_chi2(&k);
  r->v[COL_P_CHI2] = mz_keyness_p_chi2_1(r->v[COL_CHI2]);
  r->v[COL_LOG_RATIO] = mz_keyness_log_ratio(&k, opts->log_ratio_form);
  r->v[COL_PCT_DIFF] = mz_keyness_pct_diff(&k);
  r->v[COL_BIC] = mz_keyness_bic(&k);
  r->v[COL_ELL] = mz_keyness_ell(&k);
  r->v[COL_SIMPLE_MATHS] = mz_keyness_simple_maths(&k, opts->smoothing);
  r->v[COL_DIRECTION] = mz_keyness_direction(&k);
}

static void
add_row(const MzKeywordsOptions *opts, GArray *rows, const char *s, gsize len, guint64 a, guint64 b,
        const MzFreqSide *t, const MzFreqSide *r)
{
  Row row = {s, len, {0}};
  if (a + b < opts->min_freq)
    return;
  measure(opts, &row, a, b, t->size, r->size);
  if ((opts->only == MZ_KEYWORDS_POSITIVE && row.v[COL_DIRECTION] <= 0) ||
      (opts->only == MZ_KEYWORDS_NEGATIVE && row.v[COL_DIRECTION] >= 0))
    return;
  g_array_append_val(rows, row);
}

/* The union of the two vocabularies: the target's types, then the reference's others. */
static GArray *
rows_of(const MzKeywordsOptions *opts, const MzFreqSide *t, const MzFreqSide *r)
{
  GArray *rows = g_array_new(FALSE, FALSE, sizeof(Row));
  for (guint32 id = 0; id < mz_vocab_size(t->vocab); id++) {
    gsize len;
    const char *s = mz_vocab_string(t->vocab, id, &len);
    guint64 a = id < t->freq->len ? g_array_index(t->freq, guint64, id) : 0;
    if (a > 0)
      add_row(opts, rows, s, len, a, freq_of(r, s, len), t, r);
  }
  for (guint32 id = 0; id < mz_vocab_size(r->vocab); id++) {
    gsize len;
    const char *s = mz_vocab_string(r->vocab, id, &len);
    guint64 b = id < r->freq->len ? g_array_index(r->freq, guint64, id) : 0;
    if (b > 0 && freq_of(t, s, len) == 0)
      add_row(opts, rows, s, len, 0, b, t, r);
  }
  return rows;
}

/* The adjusted p-values of LL over the rows tested, and whether each is below alpha. */
static void
adjust(const MzKeywordsOptions *opts, GArray *rows)
{
  g_autofree double *p = g_new(double, rows->len + 1);
  for (guint i = 0; i < rows->len; i++)
    p[i] = g_array_index(rows, Row, i).v[COL_P_LL];
  mz_p_adjust(p, rows->len, opts->correction);
  for (guint i = 0; i < rows->len; i++) {
    Row *r = &g_array_index(rows, Row, i);
    r->v[COL_P_LL_ADJ] = p[i];
    r->v[COL_SIGNIFICANT] = !isnan(p[i]) && p[i] < opts->alpha;
  }
}

static int
compare_rows(gconstpointer pa, gconstpointer pb, gpointer data)
{
  const Row *a = pa, *b = pb;
  int col = GPOINTER_TO_INT(data), c;
  double x = a->v[col], y = b->v[col];
  if (isnan(x) != isnan(y))
    return isnan(x) ? 1 : -1;
  if (x != y && !isnan(x))
    return (x < y) == ascending(col) ? -1 : 1;
  if (a->v[COL_FREQ_T] != b->v[COL_FREQ_T])
    return a->v[COL_FREQ_T] > b->v[COL_FREQ_T] ? -1 : 1;
  c = memcmp(a->type, b->type, MIN(a->len, b->len));
  return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

static void
put_row(MzTool *tool, MzTableWriter *w, const Row *r)
{
  gsize n;
  const char *s = mz_tool_form(tool, r->type, r->len, &n);
  mz_table_writer_add_string(w, s, (gssize)n);
  for (int c = COL_FREQ_T; c < N_COLUMNS; c++)
    if (columns[c].type == MZ_COLUMN_INT)
      mz_table_writer_add_int(w, (gint64)r->v[c]);
    else
      mz_table_writer_add_double(w, r->v[c]);
  mz_table_writer_end_row(w);
}

/**
 * mz_keywords_write:
 * @target: the target corpus's frequencies (a, c in spec 3)
 * @reference: the reference corpus's (b, d)
 *
 * Writes the keyword list to -o or stdout: one row per type of either side (after
 * --min-freq and --only), the adjusted p-values over those rows, sorted, cut to --top.
 *
 * Returns: %FALSE on an error.
 */
gboolean
mz_keywords_write(const MzKeywordsOptions *opts, MzTool *tool, const MzFreqSide *target,
                  const MzFreqSide *reference, GError **error)
{
  g_autoptr(GArray) rows = rows_of(opts, target, reference);
  g_autoptr(MzOutput) out = NULL;
  g_autoptr(MzTableWriter) w = NULL;
  guint n;
  adjust(opts, rows);
  g_qsort_with_data(rows->data, (gint)rows->len, sizeof(Row), compare_rows,
                    GINT_TO_POINTER(opts->sort));
  if ((out = mz_tool_open_output(tool, error)) == NULL)
    return FALSE;
  w = mz_table_writer_new(mz_output_stream(out), tool->format, columns, N_COLUMNS, tool->bom);
  n = opts->top > 0 ? (guint)MIN(opts->top, rows->len) : rows->len;
  for (guint i = 0; i < n; i++)
    put_row(tool, w, &g_array_index(rows, Row, i));
  return mz_table_writer_finish(w, error) && mz_output_commit(out, error);
}
