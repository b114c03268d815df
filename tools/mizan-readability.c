/* mizan-readability - Arabic readability per document or per group
 *
 * The counts come from corpus/syllables (word by word, or OSMAN's Java on
 * the whole text), the formulas from stats/readability, the group summary
 * from tools/docstats, the reference frequency list of the lexical columns
 * from corpus/reflist.
 */
#include "tools/common.h"
#include "tools/docstats.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MZ_RARE_BELOW_DEFAULT 10.0 /* per million: Zipf 4 (van Heuven et al. 2014) */
#define MZ_LOW_DIACRITIZED 0.5     /* below: syllables are mostly estimates (spec 9.2) */

/* The count columns (diacritized_ratio last); the formulas and the lexical columns follow. */
#define N_COUNTS 13
static const char *const count_names[N_COUNTS] = {
    "words",
    "sentences",
    "letters",
    "syllables",
    "short_syllables",
    "long_syllables",
    "stress_syllables",
    "long_words",
    "complex_words",
    "faseeh_words",
    "lix_long_words",
    "types",
    "diacritized_ratio",
};
enum { LEX_MEAN_LOG, LEX_RARE, LEX_OOV, N_LEX };
static const char *const lex_names[N_LEX] = {"mean_log_ref_freq", "rare_word_share", "oov_share"};

typedef struct {
  MzTool tool;
  MzOsmanMode mode;
  guint formulas;
  char *reference;
  double rare_below;
  MzRefList *list;
  MzUnit unit;
  MzDocStats *stats;
  guint n_low, n_scored; /* documents less than half diacritized, documents with words */
} Run;

static const char summary[] =
    "Arabic readability of each document or group: OSMAN, AARI, Dawood, Al-Heeti,\n"
    "Flesch, Flesch-Kincaid, ARI, LIX and RIX, from syllables read off the harakat,\n"
    "and lexical difficulty against a reference frequency list.";

static const char description[] =
    "Words are the tokens of type word (Arabic script; --types adds others) as written:\n"
    "syllables and letters are read from them, marks in canonical order (a vowel\n"
    "before shadda), whatever --normalize says. --normalize and --stem shape only the\n"
    "forms counted as types and looked up in the reference list. Sentences are the\n"
    "tokenizer's (. ! ? U+061F U+061B U+06D4, blank lines) that hold a word.\n"
    "\n"
    "Columns: doc, then the counts, the formulas (--formulas), the lexical columns\n"
    "(--reference). With --group-by FIELD: group, measure, documents, mean, sd, ci_low,\n"
    "ci_high per group and column (95% Student t interval, GSL); --by-doc: doc, group.\n"
    "  words             W, the words;  sentences: S, sentences with a word\n"
    "  letters           L, letters of the words (Unicode letters, not tatweel)\n"
    "  syllables         SYL = short + 2 long + 2 stress, OSMAN's weighted count\n"
    "  short_syllables   fatha, damma, kasra not followed by alef, waw, yeh; a word\n"
    "                    with none gets the estimate max(0, letters other than alef\n"
    "                    and alef maksura - 2) (El-Haj & Rayson's Java, per word)\n"
    "  long_syllables    fatha, damma, kasra followed by alef, waw or yeh\n"
    "  stress_syllables  tanwin and shadda\n"
    "  long_words        more than 5 letters (OSMAN's hard words)\n"
    "  complex_words     more than 4 syllables (SYL of the word)\n"
    "  faseeh_words      complex words with hamza, waw or yeh hamza, thal or zah, or\n"
    "                    ending in waw+alef or waw+noon\n"
    "  lix_long_words    more than 6 letters (Bjornsson's long words, LIX and RIX)\n"
    "  types             T, distinct word forms (after --normalize, --stem)\n"
    "  diacritized_ratio letters carrying a haraka (U+064B-U+0652) / letters: near 0,\n"
    "                    the syllables are estimates; fully vowelled text stays below\n"
    "                    1, as long-vowel letters carry no mark\n"
    "  osman             200.791 - 1.015 W/S - K (complex + SYL + faseeh + long)/W,\n"
    "                    higher = easier (El-Haj & Rayson 2016, LREC, pp. 250-255)\n"
    "  aari              3.28 L + 1.43 L/W + 1.24 W/S, higher = harder (Al-Tamimi et\n"
    "                    al. 2014, IAJIT 11(4)); L is a raw count: grows with length\n"
    "  dawood            -0.0533 L/W - 0.2066 W/S + 5.5543 W/T - 1.0801 (Dawood 1977)\n"
    "  al_heeti          4.41434307 L/W - 13.46873475 (Al-Heeti 1984, policy one)\n"
    "  al_heeti_2        0.97569509 L/W + 0.37237998 W/S - 0.90451827 W/T - 1.06000414\n"
    "                    (Al-Heeti 1984, policy two)\n"
    "  flesch            206.835 - 1.015 W/S - 84.6 SYL/W, higher = easier (Flesch\n"
    "                    1948's English constants on Arabic syllables, as OSMAN's\n"
    "                    Java computes it; mostly negative for Arabic)\n"
    "  flesch_kincaid    0.39 W/S + 11.8 SYL/W - 15.59, a grade (Kincaid et al. 1975)\n"
    "  ari               4.71 L/W + 0.5 W/S - 21.43, a grade (Smith & Senter 1967)\n"
    "  lix               W/S + 100 lix_long_words/W (Bjornsson 1968)\n"
    "  rix               lix_long_words/S (Anderson 1983)\n"
    "  mean_log_ref_freq mean log10 of the frequency per million in the reference\n"
    "                    list, over the words on it (the Zipf scale minus 3)\n"
    "  rare_word_share   share of words below --rare-below per million in it (words\n"
    "                    missing from the list included)\n"
    "  oov_share         share of words missing from the list\n"
    "A document without words gets 0 counts and NA everywhere else; NA is never\n"
    "\"nan\". The coefficients of aari, dawood and al_heeti come from secondary\n"
    "sources (Wordless; Cavalli-Sforza et al. 2018), not the papers, and their\n"
    "scales (level bands) are unverified, as are OSMAN's bands.\n"
    "\n"
    "--osman=paper (default): the counts above, the published definitions and the\n"
    "estimate per word; K = 24.181 (textstat, Wordless). --osman=reference: OSMAN's\n"
    "reference Java code (github.com/drelhaj/OsmanReadability, HEAD): K = 24.18143403\n"
    "and its counts of the whole text in every column but types and diacritized_ratio:\n"
    "words split at whitespace once ASCII digits and punctuation are removed,\n"
    "sentences split at newlines and ASCII '.', complex words with 4 or more harakat,\n"
    "long words of 5 or more characters, Faseeh words of 4 or more syllables with a\n"
    "Faseeh letter, letters = its characters (punctuation included), lix_long_words =\n"
    "its long words, and one syllable estimate for the whole text when it has no\n"
    "short vowel (it can be negative). It reproduces the Java's numbers on its test\n"
    "texts, except that marks are read in canonical order.\n"
    "\n"
    "Reference list: --reference=ant (default) is bundled: mizan-freq's list of the\n"
    "whole ANT Corpus v1.1 (10,161 Tunisian news articles, 1.13 M tokens; Apache-2.0;\n"
    "Chouigui et al. 2017), made with --normalize=light --stem=none. --reference=FILE\n"
    "takes a Mizan count file (mizan-freq --save-counts) or a CSV/TSV with type and\n"
    "freq columns (mizan-freq's list); lines \"# normalize: ...\", \"# stem: ...\",\n"
    "\"# unit: ...\" and \"# tokens: N\" at its top record how it was made. A list made\n"
    "with other --normalize/--stem than the run is refused; one that records nothing\n"
    "is used with a warning. --reference=none leaves the lexical columns out.\n"
    "Rare: below --rare-below per million (default 10, Zipf 4: van Heuven et al. 2014\n"
    "call Zipf 4 to 7 high frequency); logarithms are base 10.\n"
    "\n"
    "Examples:\n"
    "  mizan-readability corpus/samples/ant\n"
    "  mizan-readability --group-by cat --formulas=osman,aari,lix corpus/samples/ant\n"
    "  mizan-readability --osman=reference --reference=none text.txt\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

/* The options */

static gboolean
opt_osman(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_osman_mode_parse(value, &((Run *)data)->mode, error);
}

static gboolean
opt_formulas(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_readability_formulas_parse(value, &((Run *)data)->formulas, error);
}

static gboolean
opt_rare_below(const char *name, const char *value, gpointer data, GError **error)
{
  char *end = NULL;
  double v = g_ascii_strtod(value, &end);
  if (end == value || *end != '\0' || !(v > 0) || !isfinite(v)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "--rare-below needs a number of words per million above 0, not '%s'", value);
    return FALSE;
  }
  ((Run *)data)->rare_below = v;
  return TRUE;
}

/* The measure columns after doc, in order; *n gets their number. */
static const char **
measure_names(const Run *run, guint *n)
{
  const char **names = g_new0(const char *, N_COUNTS + MZ_READABILITY_N_FORMULAS + N_LEX + 1);
  *n = 0;
  for (guint i = 0; i < N_COUNTS; i++)
    names[(*n)++] = count_names[i];
  for (guint f = 0; f < MZ_READABILITY_N_FORMULAS; f++)
    if (run->formulas & (1u << f))
      names[(*n)++] = mz_readability_formula_name((MzReadabilityFormula)f);
  for (guint i = 0; run->list != NULL && i < N_LEX; i++)
    names[(*n)++] = lex_names[i];
  return names;
}

/* The document loop */

/* One document's row: counts, ratio, formulas, lexical columns. */
static void
add_row(Run *run, const MzDocument *doc, const MzTextCounts *tc, guint types,
        const MzRefFreqCounts *rf)
{
  double v[N_COUNTS + MZ_READABILITY_N_FORMULAS + N_LEX];
  MzReadabilityCounts c = {(double)tc->words,
                           (double)tc->sentences,
                           (double)tc->letters,
                           (double)types,
                           (double)mz_text_counts_syllables(tc),
                           (double)tc->long_words,
                           (double)tc->complex_words,
                           (double)tc->faseeh_words,
                           (double)tc->lix_long_words};
  double ratio =
      tc->word_letters > 0 ? (double)tc->diacritized_letters / (double)tc->word_letters : NAN;
  const double counts[N_COUNTS] = {c.words,
                                   c.sentences,
                                   c.letters,
                                   c.syllables,
                                   (double)tc->short_syllables,
                                   (double)tc->long_syllables,
                                   (double)tc->stress_syllables,
                                   c.long_words,
                                   c.complex_words,
                                   c.faseeh_words,
                                   c.lix_long_words,
                                   c.types,
                                   ratio};
  guint n = 0;
  for (guint i = 0; i < N_COUNTS; i++)
    v[n++] = counts[i];
  for (guint f = 0; f < MZ_READABILITY_N_FORMULAS; f++)
    if (run->formulas & (1u << f))
      v[n++] = mz_readability_compute((MzReadabilityFormula)f, &c, run->mode);
  if (run->list != NULL) {
    v[n++] = mz_ref_freq_mean_log(rf);
    v[n++] = mz_ref_freq_rare_share(rf);
    v[n++] = mz_ref_freq_oov_share(rf);
  }
  if (tc->words > 0) {
    run->n_scored++;
    run->n_low += ratio < MZ_LOW_DIACRITIZED;
  }
  mz_doc_stats_add(run->stats, doc->id,
                   run->tool.group_by ? mz_document_get_meta(doc, run->tool.group_by) : NULL, v);
}

static gboolean
read_document(Run *run, MzAnalyzer *an, MzDocument *doc, GError **error)
{
  g_autoptr(MzVocab) types = mz_vocab_new();
  MzTextCounts tc;
  MzRefFreqCounts rf = {0};
  MzTokenInfo t;
  if (!mz_analyzer_begin(an, doc, error)) {
    g_prefix_error(error, "%s: ", doc->id);
    return FALSE;
  }
  mz_text_counts_init(&tc);
  while (mz_analyzer_next(an, &t)) {
    const char *s;
    gsize len;
    mz_text_counts_add_word(&tc, t.surface, t.surface_len, t.token.sentence);
    mz_unit_form(run->unit, &t, &s, &len);
    mz_vocab_intern(types, s, len);
    if (run->list != NULL)
      mz_ref_freq_counts_add(
          &rf, (double)mz_ref_list_lookup(run->list, s, len) * 1e6 / (double)run->list->tokens,
          run->rare_below);
  }
  if (run->mode == MZ_OSMAN_REFERENCE) {
    gsize len;
    const char *text = mz_analyzer_text(an, &len);
    mz_text_counts_set_osman_reference(&tc, text, len);
  }
  add_row(run, doc, &tc, mz_vocab_size(types), &rf);
  return TRUE;
}

static int
read_all(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzAnalyzer) an = mz_analyzer_new(&run->tool.analyzer, &error);
  g_autoptr(MzSource) src = an != NULL ? mz_tool_open_source(&run->tool, &error) : NULL;
  MzDocument *doc;
  if (src == NULL)
    return mz_tool_fail(&run->tool, error);
  while ((doc = mz_tool_next_document(&run->tool, src, &error)) != NULL) {
    gboolean ok = read_document(run, an, doc, &error);
    mz_document_free(doc);
    if (!ok || mz_tool_interrupted())
      break;
  }
  if (mz_tool_interrupted())
    return mz_tool_interrupted();
  if (error != NULL || !mz_tool_finish_input(&run->tool, &error))
    return mz_tool_fail(&run->tool, error);
  if (run->n_low > 0)
    fprintf(stderr,
            "%s: note: %u of %u documents are less than half diacritized: their syllables "
            "(and osman, flesch, flesch_kincaid) are estimates (see diacritized_ratio)\n",
            run->tool.prog, run->n_low, run->n_scored);
  return mz_doc_stats_write(run->stats, &run->tool);
}

/* The reference list of the run, or none; checks its settings. */
static int
open_reference(Run *run)
{
  GError *error = NULL;
  const char *spec = run->reference != NULL ? run->reference : "ant";
  run->unit = run->tool.analyzer.stemmer != MZ_STEM_NONE ? MZ_UNIT_STEM : MZ_UNIT_NORM;
  if (strcmp(spec, "none") == 0)
    return -1;
  run->list = mz_ref_list_load(spec, &error);
  if (run->list == NULL || !mz_ref_list_check(run->list, run->tool.analyzer.norm_flags,
                                              run->tool.analyzer.stemmer, run->unit, &error)) {
    if (run->list != NULL) { /* made with other settings */
      GError *hint = g_error_new(error->domain, error->code,
                                 "%s; give the same options, a list made with these, or "
                                 "--reference=none",
                                 error->message);
      g_error_free(error);
      error = hint;
    }
    g_prefix_error(&error, "--reference: ");
    return mz_tool_fail(&run->tool, error);
  }
  if (!run->list->has_settings)
    mz_tool_warn(&run->tool,
                 "--reference: %s does not say how it was made (lines \"# normalize: ...\" and "
                 "\"# unit: ...\"): its forms are taken to match this run's",
                 run->list->origin);
  if (run->tool.verbose)
    fprintf(stderr, "%s: reference list %s: %u forms, %" G_GUINT64_FORMAT " tokens\n",
            run->tool.prog, run->list->origin, mz_vocab_size(run->list->forms), run->list->tokens);
  return -1;
}

int
main(int argc, char **argv)
{
  Run run = {
      .mode = MZ_OSMAN_PAPER, .formulas = MZ_READABILITY_ALL, .rare_below = MZ_RARE_BELOW_DEFAULT};
  const GOptionEntry entries[] = {
      {"osman", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_osman),
       "OSMAN's counts: paper (default) or reference (its Java code)", "MODE"},
      {"formulas", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_formulas),
       "Formula columns: a list of names, all (default) or none", "LIST"},
      {"reference", 0, 0, G_OPTION_ARG_FILENAME, &run.reference,
       "Reference frequency list: ant (bundled, default), FILE or none", "LIST"},
      {"rare-below", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_rare_below),
       "Rare words: below N per million in the list (default 10)", "N"},
      {"group-by", 0, 0, G_OPTION_ARG_STRING, &run.tool.group_by,
       "Summarize per value of a metadata field (mean, sd, 95% CI)", "FIELD"},
      {"by-doc", 0, 0, G_OPTION_ARG_NONE, &run.tool.list.by_doc,
       "With --group-by: one row per document with its group", NULL},
      G_OPTION_ENTRY_NULL};
  int status;
  g_autofree const char **names = NULL;
  guint n_names;
  mz_tool_init(&run.tool, "mizan-readability", MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_OUTPUT);
  run.tool.analyzer.types = MZ_TOKEN_MASK(MZ_TOKEN_WORD);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0)
    status = open_reference(&run);
  if (status < 0) {
    names = measure_names(&run, &n_names);
    run.stats = mz_doc_stats_new(names, n_names, run.tool.group_by);
    mz_tool_install_signals();
    status = read_all(&run);
  }
  mz_doc_stats_free(run.stats);
  mz_ref_list_free(run.list);
  g_free(run.reference);
  mz_tool_clear(&run.tool);
  return status;
}
