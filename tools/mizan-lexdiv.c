/* mizan-lexdiv - lexical diversity per document or per group (stats/lexdiv.h) */
#include "tools/common.h"
#include "tools/docstats.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define NO_TOKEN G_MAXUINT32

typedef struct {
  MzTool tool;
  MzLexdivOptions opts;
} Run;

static gboolean
bad_value(GError **error, const char *name, const char *what, const char *value)
{
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s needs %s, not '%s'", name, what,
              value);
  return FALSE;
}

/* A whole number in [min, G_MAXUINT32], or a finite number; FALSE if @value is neither. */
static gboolean
parse_uint(const char *value, guint64 min, guint64 *out)
{
  char *end = NULL;
  *out = g_ascii_strtoull(value, &end, 10);
  return end != value && *end == '\0' && g_ascii_isdigit(value[0]) && *out >= min &&
         *out <= G_MAXUINT32;
}

static gboolean
parse_double(const char *value, double *out)
{
  char *end = NULL;
  *out = g_ascii_strtod(value, &end);
  return end != value && *end == '\0' && isfinite(*out);
}

static gboolean
opt_log_base(const char *name, const char *value, gpointer data, GError **error)
{
  MzLexdivOptions *o = &((Run *)data)->opts;
  if (strcmp(value, "e") == 0)
    o->log_base = G_E;
  else if (!parse_double(value, &o->log_base) || !(o->log_base > 1))
    return bad_value(error, name, "a number greater than 1, or e", value);
  return TRUE;
}

static gboolean
opt_measures(const char *name, const char *value, gpointer data, GError **error)
{
  MzLexdivOptions *o = &((Run *)data)->opts;
  if (!mz_lexdiv_measures_parse(value, &o->measures, error))
    return FALSE;
  if (o->measures == 0) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s names no measure", name);
    return FALSE;
  }
  return TRUE;
}

static gboolean
opt_threshold(const char *name, const char *value, gpointer data, GError **error)
{
  MzLexdivOptions *o = &((Run *)data)->opts;
  if (!parse_double(value, &o->mtld_threshold) || !(o->mtld_threshold > 0) ||
      !(o->mtld_threshold < 1))
    return bad_value(error, name, "a number between 0 and 1 (both excluded)", value);
  return TRUE;
}

/* --window, --segment, --hdd-sample (at least 1) and --seed (at least 0) */
static gboolean
opt_count(const char *name, const char *value, gpointer data, GError **error)
{
  MzLexdivOptions *o = &((Run *)data)->opts;
  gboolean seed = strcmp(name, "--seed") == 0;
  guint64 n = 0;
  if (!parse_uint(value, seed ? 0 : 1, &n))
    return bad_value(error, name,
                     seed ? "a whole number from 0 to 4294967295"
                          : "a whole number from 1 to 4294967295",
                     value);
  if (seed)
    o->seed = (guint32)n;
  else if (strcmp(name, "--window") == 0)
    o->window = (guint)n;
  else if (strcmp(name, "--segment") == 0)
    o->segment = (guint)n;
  else
    o->hdd_sample = (guint)n;
  return TRUE;
}

/* A document's counted tokens in text order, as the document's own type
 * numbers 0 .. types - 1, from its types' positions. Every position must be
 * below the document's size and be given once. */
static gboolean
rebuild_tokens(MzCounts *c, guint doc, GArray *seq, guint32 *n_types, GError **error)
{
  guint64 size = mz_counts_document_size(c, doc), count, pos, seen = 0;
  guint32 type, k = 0;
  MzCountsIter it;
  g_array_set_size(seq, (guint)size);
  if (size > 0) /* an empty array may have no data at all */
    memset(seq->data, 0xff, sizeof(guint32) * size);
  mz_counts_iter_init(&it, c, doc);
  for (; mz_counts_iter_next(&it, &type, &count); k++)
    while (mz_counts_iter_next_position(&it, &pos)) {
      if (pos >= size || g_array_index(seq, guint32, pos) != NO_TOKEN) {
        seen = G_MAXUINT64;
        break;
      }
      g_array_index(seq, guint32, pos) = k;
      seen++;
    }
  *n_types = k;
  if (seen == size)
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "document '%s': the positions of its counts are not its %" G_GUINT64_FORMAT
              " tokens (corrupt counts?)",
              mz_counts_document_id(c, doc), size);
  return FALSE;
}

/* The documents' measures, computed on -j threads: each takes the next
 * document (an atomic counter) and writes its row of @values; a document's
 * values do not depend on the thread or on the others (vocd-D reseeds). */
typedef struct {
  const MzLexdivOptions *opts;
  MzCounts *c;
  guint n_docs;
  gint next;      /* atomic: the next document to measure */
  gint stop;      /* atomic: a document failed */
  double *values; /* n_docs rows of MZ_LEXDIV_N_MEASURES */
  GMutex lock;
  GError *error; /* the failure of the first document that failed */
  guint error_doc;
} Job;

static void
job_fail(Job *job, guint doc, GError *error)
{
  g_mutex_lock(&job->lock);
  if (job->error == NULL || doc < job->error_doc) {
    g_clear_error(&job->error);
    job->error = error;
    job->error_doc = doc;
  } else {
    g_error_free(error);
  }
  g_mutex_unlock(&job->lock);
  g_atomic_int_set(&job->stop, 1);
}

static gpointer
measure_worker(gpointer data)
{
  Job *job = data;
  g_autoptr(MzLexdiv) ld = mz_lexdiv_new(job->opts, NULL); /* the options were checked */
  g_autoptr(GArray) seq = g_array_new(FALSE, FALSE, sizeof(guint32));
  for (;;) {
    guint d = (guint)g_atomic_int_add(&job->next, 1);
    guint32 n_types = 0;
    GError *error = NULL;
    if (d >= job->n_docs || g_atomic_int_get(&job->stop) || mz_tool_interrupted())
      return NULL;
    if (!rebuild_tokens(job->c, d, seq, &n_types, &error)) {
      job_fail(job, d, error);
      return NULL;
    }
    mz_lexdiv_compute(ld, (const guint32 *)seq->data, seq->len, n_types,
                      &job->values[(gsize)d * MZ_LEXDIV_N_MEASURES]);
  }
}

static void
measure_all(Job *job, guint n_threads)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new();
  n_threads = CLAMP(n_threads, 1, MAX(job->n_docs, 1));
  for (guint i = 1; i < n_threads; i++)
    g_ptr_array_add(threads, g_thread_new("mizan-lexdiv", measure_worker, job));
  measure_worker(job);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join(threads->pdata[i]);
}

/* Every document's measures into a per-document or per-group table. */
static int
measure_documents(Run *run, MzCounts *c)
{
  const char *names[MZ_LEXDIV_N_MEASURES];
  guint n_columns = 0;
  g_autoptr(MzDocStats) table = NULL;
  Job job = {&run->opts, c, mz_counts_n_documents(c), 0, 0, NULL, {0}, NULL, 0};
  g_autofree double *values = g_new(double, (gsize)job.n_docs *MZ_LEXDIV_N_MEASURES + 1);
  job.values = values;
  g_mutex_init(&job.lock);
  measure_all(&job, (guint)run->tool.n_threads);
  g_mutex_clear(&job.lock);
  if (job.error != NULL)
    return mz_tool_fail(&run->tool, job.error);
  if (mz_tool_interrupted())
    return mz_tool_interrupted();
  for (guint m = 0; m < MZ_LEXDIV_N_MEASURES; m++) /* the columns of --measures */
    if (run->opts.measures & (1u << m))
      names[n_columns++] = mz_lexdiv_measure_name((MzLexdivMeasure)m);
  table = mz_doc_stats_new(names, n_columns, run->tool.group_by);
  for (guint d = 0; d < job.n_docs; d++) {
    const char *group =
        run->tool.group_by != NULL ? mz_counts_document_meta(c, d, run->tool.group_by) : NULL;
    const double *all = &values[(gsize)d * MZ_LEXDIV_N_MEASURES];
    double row[MZ_LEXDIV_N_MEASURES];
    guint k = 0;
    for (guint m = 0; m < MZ_LEXDIV_N_MEASURES; m++)
      if (run->opts.measures & (1u << m))
        row[k++] = all[m];
    mz_doc_stats_add(table, mz_counts_document_id(c, d), group, row);
  }
  return mz_doc_stats_write(table, &run->tool);
}

static int
run_all(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzLexdiv) check = mz_lexdiv_new(&run->opts, &error);
  g_autoptr(MzCountFile) file = NULL;
  if (check == NULL)
    return mz_tool_fail(&run->tool, error);
  file = mz_tool_count(&run->tool, 1, 1, FALSE, FALSE, &error);
  if (file == NULL)
    return error != NULL ? mz_tool_fail(&run->tool, error) : mz_tool_interrupted();
  return measure_documents(run, mz_count_file_table(file, 1));
}

static const char summary[] = "Lexical diversity of each document of a corpus, or of groups.";

static const char description[] =
    "Columns: doc, tokens, types, ttr, r, cttr, c, u, s, k, i, d, vm, maas_a2, maas_lgv0,\n"
    "honore_h, sichel_s, mattr, msttr, mtld, hdd, hdd_attr, vocd_d; one row per document.\n"
    "--measures=LIST keeps the columns named (in this order whatever the order of LIST;\n"
    "all is the default): leaving out vocd_d, mtld, hdd, mattr and msttr saves their time.\n"
    "N = tokens, V = types, V_i = types seen i times, M2 = sum of i^2 V_i; log = log to\n"
    "--log-base (default 10, as quanteda and koRpus), ln = natural log. Definitions:\n"
    "quanteda's textstat_lexdiv and koRpus' lex.div where they agree; choices below.\n"
    "  tokens     N, the tokens counted (--types, --stopwords) in the --unit form\n"
    "  types      V, the distinct forms among them\n"
    "  ttr        V/N, type-token ratio\n"
    "  r          V/sqrt(N) (Guiraud 1954)\n"
    "  cttr       V/sqrt(2N) (Carroll 1964)\n"
    "  c          log V/log N (Herdan 1960; the same in any base)\n"
    "  u          (log N)^2/(log N - log V) (Dugast 1979)\n"
    "  s          log(log V)/log(log N) (Somers 1966; quanteda's S)\n"
    "  k          10^4 (M2 - N)/N^2 (Yule 1944)\n"
    "  i          V^2/(M2 - V), Yule's I as in quanteda (Wordless' index is 10^4/k)\n"
    "  d          sum of V_i i(i - 1)/(N(N - 1)) (Simpson 1949)\n"
    "  vm         sqrt(M2/N^2 - 1/V), Herdan's Vm (Tweedie & Baayen 1998 eq. 18)\n"
    "  maas_a2    (log N - log V)/(log N)^2 (Maas 1972; quanteda's Maas is its root)\n"
    "  maas_lgv0  log V/sqrt(1 - (log V/log N)^2) (Maas; quanteda's lgV0 in base 10)\n"
    "  honore_h   100 ln N/(1 - V_1/V) (Honore 1979; Tweedie & Baayen 1998), always ln\n"
    "  sichel_s   V_2/V (Sichel 1975)\n"
    "  mattr      mean TTR of the N - W + 1 windows of W = --window tokens\n"
    "             (Covington & McFall 2010)\n"
    "  msttr      mean TTR of the floor(N/S) segments of S = --segment tokens; the rest\n"
    "             is left out (Johnson 1944)\n"
    "  mtld       MTLD (McCarthy & Jarvis 2010): N/factors, averaged over a forward and\n"
    "             a backward pass; a factor ends at the token that takes the running TTR\n"
    "             below --mtld-threshold (strictly, as koRpus; Frens 2017 and Wordless\n"
    "             end at <=); the last part counts (1 - TTR)/(1 - threshold)\n"
    "  hdd        HD-D (McCarthy & Jarvis 2007) as koRpus: over the types, the sum of\n"
    "             1 - C(N - f, s)/C(N, s), f the type's frequency, s = --hdd-sample:\n"
    "             the types expected in s tokens drawn without replacement (0 .. s)\n"
    "  hdd_attr   hdd/s, HD-D as a TTR (koRpus' ATTR; the HD-D of Frens and Wordless)\n"
    "  vocd_d     vocd-D (Malvern, Richards, Chipere & Duran 2004): for n = 35 .. 50,\n"
    "             the mean TTR of 100 random samples of n tokens without replacement;\n"
    "             D of the least-squares fit of TTR(n) = (D/n)(sqrt(1 + 2n/D) - 1);\n"
    "             3 trials averaged. The samples come from GSL's MT19937 seeded with\n"
    "             --seed anew for each document: the same input gives the same D, with\n"
    "             any -j and any other documents. It is the slow column (about 2 ms a\n"
    "             document); -j N measures N documents at a time\n"
    "NA (null in JSON Lines; never nan or inf) where a measure is undefined: all but\n"
    "tokens and types for an empty document; c, u, s and maas_* when N = 1; u and\n"
    "maas_lgv0 when V = N; s unless V > 1 and log N > 1; i when no type occurs twice\n"
    "(quanteda writes 0); d when N < 2; honore_h when every type occurs once; mattr\n"
    "when N < W and msttr when N < S (as koRpus; quanteda shrinks W to the shortest\n"
    "document); mtld when V = N (koRpus: Inf); hdd when N < s (koRpus takes every p\n"
    "as 1); vocd_d when N < 50 or when the fit finds no finite D (all samples all new\n"
    "types). Short texts give unstable values: MTLD and HD-D are meant for 100 tokens\n"
    "or more. Numbers have 15 significant digits.\n"
    "\n"
    "With --group-by FIELD, one summary row per group and measure instead: group,\n"
    "measure, documents (the group's documents with a value; NA is skipped), mean, sd\n"
    "(sample, n - 1), ci_low, ci_high (95% interval of the mean, mean -/+ t(0.975,\n"
    "n - 1) sd/sqrt(n), Student's t as R's t.test; NA below 2 documents). Groups come\n"
    "in order of first appearance; documents without the field form the group NA.\n"
    "--by-doc with --group-by writes the document rows with a group column after doc.\n"
    "Counted by default: tokens of type word, latin and number (--types), in their\n"
    "normalized form (--unit). --save-counts and --from-counts keep and reuse the\n"
    "counts (with their token positions); the output is the same for any -j.\n"
    "\n"
    "Examples:\n"
    "  mizan-lexdiv corpus/samples\n"
    "  mizan-lexdiv --group-by cat --stem=light -o lexdiv.csv corpus/samples/ant\n"
    "  mizan-lexdiv --log-base=e --window 50 --seed 7 --from-counts ant.counts\n"
    "  mizan-lexdiv --measures=tokens,types,mtld,hdd -j2 big-corpus/\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {
      {"measures", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_measures),
       "Measure columns: names separated by commas, or all (default)", "LIST"},
      {"log-base", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_log_base),
       "Log base of u, s, maas_*: e or a number > 1 (default 10)", "BASE"},
      {"window", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "MATTR window in tokens (default 100)", "W"},
      {"segment", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "MSTTR segment in tokens (default 100)", "S"},
      {"mtld-threshold", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_threshold),
       "TTR that ends an MTLD factor (default 0.72)", "T"},
      {"hdd-sample", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "HD-D sample size in tokens (default 42)", "N"},
      {"seed", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "Seed of vocd-D's samples, 0 .. 2^32 - 1 (default 42)", "N"},
      {"group-by", 0, 0, G_OPTION_ARG_STRING, &run.tool.group_by,
       "Summarize per value of a metadata field (mean, sd, CI)", "FIELD"},
      {"by-doc", 0, 0, G_OPTION_ARG_NONE, &run.tool.list.by_doc,
       "With --group-by: document rows with a group column", NULL},
      G_OPTION_ENTRY_NULL};
  int status;
  mz_tool_init(&run.tool, "mizan-lexdiv",
               MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_COUNT | MZ_TOOL_OUTPUT);
  mz_lexdiv_options_init(&run.opts);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0) {
    mz_tool_install_signals();
    status = run_all(&run);
  }
  mz_tool_clear(&run.tool);
  return status;
}
