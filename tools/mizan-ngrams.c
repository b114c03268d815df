/* mizan-ngrams - n-gram frequency lists with dispersion */
#include "tools/common.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  MzTool tool;
  guint n_min, n_max;
  gboolean cross_sentences;
} Run;

static gboolean
opt_n(const char *name, const char *value, gpointer data, GError **error)
{
  Run *run = data;
  unsigned lo = 0, hi = 0;
  char extra = 0;
  int got = sscanf(value, "%u-%u%c", &lo, &hi, &extra);
  if (got == 1 && strchr(value, '-') == NULL && sscanf(value, "%u%c", &lo, &extra) == 1)
    hi = lo;
  else if (got != 2)
    lo = hi = 0;
  if (lo < 2 || hi > 5 || lo > hi) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "-n takes a size from 2 to 5, or a range such as 2-4, not '%s'", value);
    return FALSE;
  }
  run->n_min = lo;
  run->n_max = hi;
  return TRUE;
}

static const char summary[] = "N-gram frequency lists of a corpus, with their dispersion.";

static const char description[] =
    "Columns: n, rank, ngram, freq, per_million, docs, range_pct, juilland_d, dp, dp_norm,\n"
    "arf: as in mizan-freq (see its --help), with n the n-gram's size and ngram its words\n"
    "joined by a space. Rank, N (the n-grams of that size) and the parts are per n; rows\n"
    "come by n, then frequency, ties by bytes.\n"
    "An n-gram is n consecutive counted tokens (after --types and --stopwords: tokens left\n"
    "out are skipped, as in quanteda's tokens_remove then tokens_ngrams). It never crosses\n"
    "a document boundary, and not a sentence boundary unless --cross-sentences.\n"
    "\n"
    "Examples:\n"
    "  mizan-ngrams -n 2 --top 20 corpus/samples\n"
    "  mizan-ngrams -n 2-4 --min-freq 3 --save-counts ngrams.counts -o ngrams.csv corpus/\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

static int
run_all(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzCountFile) file = mz_tool_count(&run->tool, run->n_min, run->n_max,
                                              run->cross_sentences, run->cross_sentences, &error);
  if (file == NULL)
    return error != NULL ? mz_tool_fail(&run->tool, error) : mz_tool_interrupted();
  return mz_tool_write_list(&run->tool, file);
}

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {{"n", 'n', 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_n),
                                   "N-gram size 2..5, or a range such as 2-4 (default 2)", "N"},
                                  {"cross-sentences", 0, 0, G_OPTION_ARG_NONE, &run.cross_sentences,
                                   "Let n-grams cross sentence boundaries", NULL},
                                  G_OPTION_ENTRY_NULL};
  int status;
  mz_tool_init(&run.tool, "mizan-ngrams",
               MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_LIST | MZ_TOOL_COUNT | MZ_TOOL_OUTPUT);
  run.tool.list.ngrams = TRUE;
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0) {
    if (run.n_min == 0 && run.tool.from_counts == NULL)
      run.n_min = run.n_max = 2;
    mz_tool_install_signals();
    status = run_all(&run);
  }
  mz_tool_clear(&run.tool);
  return status;
}
