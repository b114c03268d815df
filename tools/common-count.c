/* common-count.c - count tables for the list programs: from text, or from a count file */
#include "tools/common.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MZ_PROGRESS_INTERVAL_US (250 * 1000)

typedef struct {
  const char *prog;
  gboolean on;
  gint64 start, last;
  guint64 total;
} Progress;

static void
progress_start(Progress *p, const MzTool *tool, guint64 total)
{
  p->prog = tool->prog;
  p->on = tool->progress == 1 || (tool->progress == -1 && isatty(STDERR_FILENO));
  p->start = p->last = g_get_monotonic_time();
  p->total = total;
}

/* "mizan-freq: 45.2 of 210.0 MB (21%), 98.4 MB/s, 0:02 left", at most four times a second. */
static void
progress_update(Progress *p, guint64 done)
{
  gint64 now = g_get_monotonic_time();
  double secs = (double)(now - p->start) / 1e6, rate;
  if (!p->on || now - p->last < MZ_PROGRESS_INTERVAL_US || secs <= 0)
    return;
  p->last = now;
  rate = (double)done / 1e6 / secs;
  fprintf(stderr, "\r%s: %.1f of %.1f MB (%d%%), %.1f MB/s", p->prog, (double)done / 1e6,
          (double)p->total / 1e6, p->total ? (int)(100.0 * (double)done / (double)p->total) : 100,
          rate);
  if (rate > 0 && done < p->total) {
    gint64 left = (gint64)((double)(p->total - done) / 1e6 / rate);
    fprintf(stderr, ", %" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT " left", left / 60, left % 60);
  }
  fputs("   ", stderr);
}

static void
progress_end(Progress *p)
{
  if (p->on && p->last != p->start)
    fputs("\r\033[K", stderr);
}

/* The settings the options describe. */
static void
settings_of(const MzTool *tool, gboolean cross_sentences, MzCountSettings *s)
{
  g_autofree char *digest = tool->stopwords ? mz_stopwords_digest(tool->stopwords) : NULL;
  s->norm_flags = tool->analyzer.norm_flags;
  s->stemmer = tool->analyzer.stemmer;
  s->unit = tool->unit;
  s->types = tool->analyzer.types;
  s->stopwords = digest ? g_strconcat("sha256:", digest, NULL) : g_strdup("none");
  s->cross_sentences = cross_sentences;
}

/* Returns: (transfer full): the tables counted from the input, or NULL (on
 * an error, or when interrupted: mz_tool_interrupted() tells). */
static MzCountFile *
count_text(MzTool *tool, guint n_min, guint n_max, gboolean cross, GError **error)
{
  MzCountOptions opts;
  g_autoptr(MzSource) src = mz_tool_open_source(tool, error);
  g_autoptr(MzCounter) counter = NULL;
  g_autoptr(MzCountFile) file = NULL;
  Progress progress;
  MzDocument *doc;
  mz_count_options_init(&opts);
  opts.analyzer = tool->analyzer;
  opts.unit = tool->unit;
  opts.n_min = n_min;
  opts.n_max = n_max;
  opts.cross_sentences = cross;
  opts.n_threads = (guint)tool->n_threads;
  if (src == NULL || (counter = mz_counter_new(&opts, error)) == NULL)
    return NULL;
  progress_start(&progress, tool, mz_source_total_bytes(src));
  while ((doc = mz_tool_next_document(tool, src, error)) != NULL) {
    if (!mz_counter_add(counter, doc, error) || mz_tool_interrupted())
      break;
    progress_update(&progress, mz_source_bytes_done(src));
  }
  progress_end(&progress);
  if ((error != NULL && *error != NULL) || mz_tool_interrupted() ||
      !mz_tool_finish_input(tool, error) || !mz_counter_finish(counter, error))
    return NULL;
  file = mz_count_file_new();
  settings_of(tool, cross, &file->settings);
  for (guint n = n_min; n <= n_max; n++)
    g_ptr_array_add(file->tables, mz_counter_steal_counts(counter, n));
  return g_steal_pointer(&file);
}

/* "word,latin,number" */
static char *
types_string(guint mask)
{
  GString *s = g_string_new(NULL);
  for (guint t = 0; t < MZ_TOKEN_N_TYPES; t++)
    if (mask & MZ_TOKEN_MASK(t))
      g_string_append_printf(s, "%s%s", s->len ? "," : "", mz_token_type_name((MzTokenType)t));
  return g_string_free(s, FALSE);
}

static gboolean
conflict(const MzTool *tool, const char *option, const char *given, const char *file_value,
         GError **error)
{
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "%s was counted with %s '%s', not '%s': leave the option out, or count the text "
              "again",
              tool->from_counts, option, file_value, given);
  return FALSE;
}

/* An option given with --from-counts must agree with the file's setting
 * (the settings of the counts cannot change after counting). */
static gboolean
check_given(const MzTool *tool, const MzCountSettings *file, gboolean cross_given, gboolean cross,
            GError **error)
{
  MzCountSettings want = {0};
  g_autofree char *a = NULL, *b = NULL;
  gboolean ok = TRUE;
  settings_of(tool, cross, &want);
  if (tool->normalize_given && want.norm_flags != file->norm_flags)
    ok = conflict(tool, "--normalize", a = mz_norm_flags_to_string(want.norm_flags),
                  b = mz_norm_flags_to_string(file->norm_flags), error);
  else if (tool->stem_given && want.stemmer != file->stemmer)
    ok = conflict(tool, "--stem", mz_stemmer_name(want.stemmer), mz_stemmer_name(file->stemmer),
                  error);
  else if ((tool->unit_given || tool->stem_given) && want.unit != file->unit)
    ok = conflict(tool, "--unit", mz_unit_name(want.unit), mz_unit_name(file->unit), error);
  else if (tool->types_given && want.types != file->types)
    ok = conflict(tool, "--types", a = types_string(want.types), b = types_string(file->types),
                  error);
  else if (tool->stopwords != NULL && g_strcmp0(want.stopwords, file->stopwords) != 0)
    ok = conflict(tool, "--stopwords", want.stopwords, file->stopwords, error);
  else if (cross_given && want.cross_sentences != file->cross_sentences)
    ok = conflict(tool, "--cross-sentences", "yes", "no", error);
  mz_count_settings_clear(&want);
  return ok;
}

/* The tables of n_min..n_max (0..0: every table of n >= 2, for n-grams). */
static gboolean
check_tables(const MzTool *tool, MzCountFile *file, guint n_min, guint n_max, GError **error)
{
  for (guint n = MAX(n_min, 1); n <= n_max; n++)
    if (mz_count_file_table(file, n) == NULL) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED, "%s has no counts of n = %u (%s)",
                  tool->from_counts, n,
                  n == 1 ? "made by mizan-ngrams? mizan-freq needs word counts"
                         : "count n-grams of that size with mizan-ngrams -n");
      return FALSE;
    }
  if (n_max == 0) { /* keep the n-gram tables */
    for (guint i = file->tables->len; i-- > 0;)
      if (mz_counts_n(file->tables->pdata[i]) < 2)
        g_ptr_array_remove_index(file->tables, i);
    if (file->tables->len == 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                  "%s holds word counts, no n-grams (made by mizan-freq?)", tool->from_counts);
      return FALSE;
    }
  }
  return TRUE;
}

static MzCountFile *
load_counts(MzTool *tool, guint n_min, guint n_max, gboolean cross_given, gboolean cross,
            GError **error)
{
  g_autoptr(MzCountFile) file = mz_count_file_read(tool->from_counts, error);
  if (file == NULL || !check_given(tool, &file->settings, cross_given, cross, error) ||
      !check_tables(tool, file, n_min, n_max, error))
    return NULL;
  /* from now on the text settings are the file's (for a query such as --node) */
  tool->analyzer.norm_flags = file->settings.norm_flags;
  tool->analyzer.stemmer = file->settings.stemmer;
  tool->analyzer.types = file->settings.types;
  tool->unit = file->settings.unit;
  if (n_max > 0) /* keep only the tables asked for, n ascending */
    for (guint i = file->tables->len; i-- > 0;) {
      guint n = mz_counts_n(file->tables->pdata[i]);
      if (n < n_min || n > n_max)
        g_ptr_array_remove_index(file->tables, i);
    }
  return g_steal_pointer(&file);
}

static gboolean
save_counts(const MzTool *tool, MzCountFile *file, GError **error)
{
  g_autoptr(MzOutput) out = mz_output_open(tool->save_counts, error);
  for (guint i = 0; i < file->tables->len; i++) /* count files hold the canonical form */
    mz_counts_canonicalize(file->tables->pdata[i]);
  return out != NULL && mz_count_file_write(file, mz_output_stream(out), error) &&
         mz_output_commit(out, error);
}

/**
 * mz_tool_count:
 * @tool: the tool state after mz_tool_parse()
 * @n_min, @n_max: the tables wanted (1, 1 for words; 0, 0 with --from-counts
 *   means every n-gram table of the file)
 * @cross_sentences: n-grams cross sentence boundaries (given explicitly when
 *   @cross_given)
 *
 * Counts the input, or reads --from-counts, and saves --save-counts.
 *
 * Returns: (transfer full): the count tables, or %NULL on error or when
 * interrupted (mz_tool_interrupted() tells which).
 */
MzCountFile *
mz_tool_count(MzTool *tool, guint n_min, guint n_max, gboolean cross_given,
              gboolean cross_sentences, GError **error)
{
  g_autoptr(MzCountFile) file = NULL;
  if (tool->from_counts != NULL)
    file = load_counts(tool, n_min, n_max, cross_given, cross_sentences, error);
  else
    file = count_text(tool, n_min, n_max, cross_sentences, error);
  if (file == NULL || (tool->save_counts != NULL && !save_counts(tool, file, error)))
    return NULL;
  return g_steal_pointer(&file);
}

/**
 * mz_tool_write_list:
 * @tool: the tool state
 * @file: (transfer none): count tables from mz_tool_count()
 *
 * Writes the frequency lists of @file's tables (tools/freqlist.h) to -o or
 * stdout in --format.
 *
 * Returns: the exit status.
 */
int
mz_tool_write_list(MzTool *tool, MzCountFile *file)
{
  GError *error = NULL;
  g_autoptr(MzOutput) out = mz_tool_open_output(tool, &error);
  g_autoptr(MzTableWriter) w = NULL;
  const MzColumn *columns;
  guint n_columns;
  if (out == NULL)
    return mz_tool_fail(tool, error);
  columns = mz_freq_columns(&tool->list, &n_columns);
  w = mz_table_writer_new(mz_output_stream(out), tool->format, columns, n_columns, tool->bom);
  if (!mz_freq_write((MzCounts *const *)file->tables->pdata, file->tables->len, &tool->list, w,
                     &error) ||
      !mz_table_writer_finish(w, &error) || !mz_output_commit(out, &error))
    return mz_tool_fail(tool, error);
  return mz_tool_exit_status(tool);
}

/**
 * mz_tool_query_form:
 * @tool: the tool state after mz_tool_parse()
 * @query: a word as the user typed it (--node)
 *
 * Runs @query through the same analysis as the text (normalization, stemming, the token
 * types and stop list counted) and takes the counted form (--unit), so a query matches the
 * types of a count table.
 *
 * Returns: (transfer full): the form, or %NULL with %MZ_CORPUS_ERROR_INVALID_ARGUMENT when
 * @query is not valid UTF-8 or not exactly one counted token.
 */
char *
mz_tool_query_form(MzTool *tool, const char *query, GError **error)
{
  if (!g_utf8_validate(query, -1, NULL)) { /* option values come as the bytes typed */
    g_set_error_literal(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                        "not valid UTF-8 (give the word in UTF-8)");
    return NULL;
  }
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new(query, strlen(query));
  g_autoptr(MzDocument) doc = mz_document_new("query", "query", bytes);
  g_autofree char *form = NULL;
  MzTokenInfo t;
  guint n = 0;
  an = mz_analyzer_new(&tool->analyzer, error);
  if (an == NULL || !mz_analyzer_begin(an, doc, error))
    return NULL;
  while (mz_analyzer_next(an, &t)) {
    const char *s;
    gsize len;
    mz_unit_form(tool->unit, &t, &s, &len);
    if (n++ == 0)
      form = g_strndup(s, len);
  }
  if (n != 1) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "'%s' is %u counted tokens, not one (see --types and --stopwords)", query, n);
    return NULL;
  }
  return g_steal_pointer(&form);
}
