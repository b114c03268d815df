/* mizan-colloc - collocations: adjacent bigrams, window co-occurrence, or one node's collocates */
#include "tools/colloc.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  MzTool tool;
  MzCollocOptions colloc;
  MzCoocOptions cooc;
  gboolean window_given;
  char *node, *from_table;
  gboolean sort_given;
} Run;

static Run *
run_of(gpointer data)
{
  return data;
}

static gboolean
opt_window(const char *name, const char *value, gpointer data, GError **error)
{
  Run *run = run_of(data);
  unsigned l = 0, r = 0;
  char extra = 0;
  if (sscanf(value, "%u,%u%c", &l, &r, &extra) != 2 || l + r == 0 || l > 100 || r > 100) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "--window takes L,R: tokens to the left and to the right, 0..100 each, not both "
                "0 (such as 5,5), not '%s'",
                value);
    return FALSE;
  }
  run->cooc.mode = MZ_COOC_WINDOW;
  run->cooc.left = l;
  run->cooc.right = r;
  run->window_given = TRUE;
  return TRUE;
}

static gboolean
opt_measures(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_colloc_parse_measures(&run_of(data)->colloc, value, error);
}

static gboolean
opt_sort(const char *name, const char *value, gpointer data, GError **error)
{
  run_of(data)->sort_given = TRUE;
  return mz_colloc_parse_sort(&run_of(data)->colloc, value, error);
}

static gboolean
opt_log_base(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_colloc_parse_log_base(&run_of(data)->colloc, value, error);
}

static gboolean
parse_count(const char *name, const char *value, guint64 min, guint64 *out, GError **error)
{
  guint64 v;
  if (!g_ascii_string_to_unsigned(value, 10, min, G_MAXUINT64, &v, NULL)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "%s takes a whole number >= %" G_GUINT64_FORMAT ", not '%s'", name, min, value);
    return FALSE;
  }
  *out = v;
  return TRUE;
}

static gboolean
opt_number(const char *name, const char *value, gpointer data, GError **error)
{
  MzCollocOptions *o = &run_of(data)->colloc;
  if (strcmp(name, "--top") == 0)
    return parse_count(name, value, 1, &o->top, error);
  return parse_count(name, value, 1,
                     strcmp(name, "--min-f1") == 0   ? &o->min_f1
                     : strcmp(name, "--min-f2") == 0 ? &o->min_f2
                                                     : &o->min_freq,
                     error);
}

static const char summary[] =
    "Collocations of a corpus: pairs of words with their 2x2 contingency tables and\n"
    "association measures.";

static const char description_head[] =
    "Counting (spec: Evert 2004, 2008):\n"
    "  bigrams (default)  (w1, w2) = adjacent counted tokens. N = the number of bigram\n"
    "                     positions; o11 + o12 = bigrams with w1 first, o11 + o21 = bigrams\n"
    "                     with w2 second (positional marginals, not unigram frequencies as\n"
    "                     NLTK uses: NLTK's numbers differ, see the README).\n"
    "  windows (--window L,R)  w2 within L tokens before or R after w1 (surface\n"
    "                     co-occurrence): o11 + o12 = R1 = the tokens in the union of w1's\n"
    "                     windows (each counted once, w1's own occurrences left out),\n"
    "                     o11 + o21 = C1 = w2's corpus frequency, N = the corpus size\n"
    "                     (tokens counted), so e11 = R1 * C1 / N, about\n"
    "                     (L + R) * f(w1) * f(w2) / N.\n"
    "  one node (--node WORD)  only the pairs with w1 = WORD (its normalized form, or its\n"
    "                     stem with --unit=stem), in window mode (--window 5,5 unless\n"
    "                     given).\n"
    "Bigrams and windows stay inside a sentence unless --cross-sentences, and never cross a\n"
    "document. Counted tokens are word, latin and number tokens (--types, --stopwords).\n"
    "\n"
    "Columns: w1, w2, o11, o12, o21, o22 (the observed cells), e11 = (o11 + o12) *\n"
    "(o11 + o21) / N, then the measures of --measures (default: mi, mi3, t, z, ll, p_ll,\n"
    "chi2, fisher_p, dice, logdice, delta_p21; 'all' for every one):\n";

static const char description_tail[] =
    "Conventions: the MI family (mi, mi2, mi3, local_mi, average_mi) in --log-base (default\n"
    "2); ll, chi2, z, t and simple_ll are signed (negative = the pair occurs less often than\n"
    "expected); p-values are one-sided (upper tail: attraction); a p-value too small for a\n"
    "double is written as 0 and its statistic kept; NA where a measure is undefined.\n"
    "Rows are sorted by --sort (default ll; p-values ascending, other measures descending,\n"
    "ties by o11, then by the words' bytes), then cut by --top.\n"
    "\n"
    "--from-table FILE adds e11 and the measures to a CSV (TSV if named *.tsv) whose header\n"
    "names f, f1, f2 and n (any case): frequency signatures counted by another tool. Its\n"
    "columns are kept; rows stay in file order unless --sort is given.\n"
    "\n"
    "Examples:\n"
    "  mizan-colloc --top 20 corpus/samples\n"
    "  mizan-colloc --window 5,5 --min-freq 3 --measures=all -o colloc.csv corpus/\n"
    "  mizan-colloc --node WORD --sort logdice --top 30 corpus/samples\n"
    "  mizan-colloc --from-table signatures.csv --measures mi,ll,fisher_p\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

/* The node's type in the word table; MZ_VOCAB_NONE (and a warning) when it never occurs. */
static gboolean
find_node(Run *run, const MzCounts *words, GError **error)
{
  g_autofree char *form = mz_tool_query_form(&run->tool, run->node, error);
  if (form == NULL) {
    g_prefix_error(error, "--node: ");
    return FALSE;
  }
  run->cooc.node = mz_vocab_lookup(mz_counts_vocab(words), form, strlen(form));
  if (run->cooc.node == MZ_VOCAB_NONE)
    mz_tool_warn(&run->tool, "the node '%s' does not occur in the corpus", form);
  return TRUE;
}

static int
run_text(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzCountFile) file = mz_tool_count(&run->tool, 1, 1, FALSE, FALSE, &error);
  g_autoptr(MzOutput) out = NULL;
  g_autoptr(MzCooc) cooc = NULL;
  g_autoptr(MzTableWriter) w = NULL;
  const MzCounts *words;
  if (file == NULL)
    return error != NULL ? mz_tool_fail(&run->tool, error) : mz_tool_interrupted();
  words = mz_count_file_table(file, 1);
  if (run->node != NULL && !find_node(run, words, &error))
    return mz_tool_fail(&run->tool, error);
  if ((out = mz_tool_open_output(&run->tool, &error)) == NULL)
    return mz_tool_fail(&run->tool, error);
  w = mz_colloc_writer_new(&run->colloc, &run->tool, mz_output_stream(out));
  if (run->node == NULL || run->cooc.node != MZ_VOCAB_NONE) {
    run->cooc.n_threads = (guint)run->tool.n_threads;
    run->cooc.stop = mz_tool_interrupted;
    cooc = mz_cooc_count(words, &run->cooc);
    if (mz_tool_interrupted()) /* the count stopped early: incomplete */
      return mz_tool_interrupted();
    if (!mz_colloc_write(&run->colloc, &run->tool, words, cooc, mz_output_stream(out)))
      return mz_tool_interrupted();
  }
  if (!mz_table_writer_finish(w, &error) || !mz_output_commit(out, &error))
    return mz_tool_fail(&run->tool, error);
  return mz_tool_exit_status(&run->tool);
}

static int
run_from_table(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzTable) table = mz_colloc_read_table(&run->colloc, run->from_table, &error);
  g_autoptr(MzOutput) out = NULL;
  g_autoptr(MzTableWriter) w = NULL;
  g_autofree MzColumn *cols = NULL;
  guint n;
  if (table == NULL || (out = mz_tool_open_output(&run->tool, &error)) == NULL)
    return mz_tool_fail(&run->tool, error);
  n = mz_table_n_columns(table);
  cols = g_new(MzColumn, n);
  for (guint i = 0; i < n; i++)
    cols[i] = *mz_table_column(table, i);
  w = mz_table_writer_new(mz_output_stream(out), run->tool.format, cols, n, run->tool.bom);
  if (!mz_table_write(table, w, &error) || !mz_output_commit(out, &error))
    return mz_tool_fail(&run->tool, error);
  return MZ_EXIT_OK;
}

/* Option combinations that make no sense; 0 if none. */
static int
check_usage(Run *run)
{
  const char *clash = NULL;
  if (run->from_table != NULL && (run->tool.paths != NULL || run->tool.from_counts != NULL ||
                                  run->node != NULL || run->window_given))
    clash = "--from-table reads frequency signatures: give no text, --from-counts, --node or "
            "--window";
  if (clash == NULL && run->from_table == NULL && run->tool.from_counts == NULL) {
    g_autoptr(GError) error = NULL;
    if (!mz_tool_default_input(&run->tool, &error))
      clash = g_intern_string(error->message);
  }
  if (clash == NULL)
    return 0;
  fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", run->tool.prog, clash,
          run->tool.prog);
  return MZ_EXIT_USAGE;
}

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {
      {"window", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_window),
       "Window co-occurrence, L tokens left and R right of w1 (default: adjacent bigrams)", "L,R"},
      {"node", 0, 0, G_OPTION_ARG_STRING, &run.node, "Only the collocates of WORD (window mode)",
       "WORD"},
      {"cross-sentences", 0, 0, G_OPTION_ARG_NONE, &run.cooc.cross_sentences,
       "Let bigrams and windows cross sentence boundaries", NULL},
      {"measures", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_measures),
       "Measure columns: default, all, or names separated by commas", "LIST"},
      {"log-base", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_log_base),
       "Logarithm of the MI family: 2 (default), e or 10", "B"},
      {"sort", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_sort),
       "Sort on a measure or o11 (default ll)", "MEASURE"},
      {"top", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_number), "At most N rows", "N"},
      {"min-freq", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_number),
       "Leave out pairs with o11 below N (default 1)", "N"},
      {"min-f1", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_number),
       "Leave out pairs with o11 + o12 (R1) below N", "N"},
      {"min-f2", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_number),
       "Leave out pairs with o11 + o21 (C1) below N", "N"},
      {"from-table", 0, 0, G_OPTION_ARG_FILENAME, &run.from_table,
       "Add the measures to the frequency signatures (f, f1, f2, n) of a CSV/TSV", "FILE"},
      G_OPTION_ENTRY_NULL};
  g_autofree char *measures = mz_colloc_measures_help();
  g_autofree char *description = g_strconcat(description_head, measures, description_tail, NULL);
  int status;
  mz_tool_init(&run.tool, "mizan-colloc",
               MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_COUNT | MZ_TOOL_OUTPUT);
  run.tool.paths_optional = TRUE;
  mz_colloc_options_init(&run.colloc);
  mz_cooc_options_init(&run.cooc);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0 && (status = check_usage(&run)) == 0) {
    run.colloc.sort_table = run.sort_given;
    if (run.node != NULL && !run.window_given) {
      run.cooc.mode = MZ_COOC_WINDOW;
      run.cooc.left = run.cooc.right = 5;
    }
    mz_tool_install_signals();
    status = run.from_table != NULL ? run_from_table(&run) : run_text(&run);
  }
  g_free(run.node);
  g_free(run.from_table);
  mz_colloc_options_clear(&run.colloc);
  mz_tool_clear(&run.tool);
  return status;
}
