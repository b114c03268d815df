/* test-readability.c - the readability formulas against the spec's values
 *
 * Expected values come from:
 * - spec/readability.md 1.6: OSMAN's Java run on its four test texts (counts W, S, SYL, CW,
 *   LW, FW from the same table; reference mode), and the "Wordless-logic" column for the
 *   published definitions (paper mode), whose counts were made by
 *   tests/data/cli/readability-check.py (an independent /usr/bin/python3 implementation of the
 *   spec's rules; the easy text's are also worked by hand below);
 * - spec 2: the other formulas of OSMAN's Java on the easy text (printed to 2 decimals);
 * - spec 3: the unit checks from Wordless' tests (W=12, S=3, T=5, L=45, alnum=46);
 * - hand arithmetic from the formulas, worked in comments.
 * A value printed to d decimals must round to it (expect_printed); where the spec
 * writes "...", round to it or start with its digits (expect_truncated).
 */
#include "stats/mizan-stats.h"
#include "tests/helpers/test-helpers.h"

#include <math.h>
#include <string.h>

static void
expect_printed(double got, double printed, int decimals, const char *what)
{
  double half = 0.5 * pow(10.0, -decimals) * (1 + 1e-9);
  cr_expect(fabs(got - printed) <= half, "%s: got %.17g, printed %.*f", what, got, decimals,
            printed);
}

/* got rounds to @printed or starts with its digits: the spec's "161.3217..." is rounded
 * (161.321667), its "3.0850..." truncated (3.085052); for got > 0 */
static void
expect_truncated(double got, double printed, int decimals, const char *what)
{
  double unit = pow(10.0, -decimals);
  cr_expect(got >= printed - 0.5 * unit && got < printed + unit, "%s: got %.17g, printed %.*f...",
            what, got, decimals, printed);
}

static double
score(MzReadabilityFormula f, const MzReadabilityCounts *c, MzOsmanMode mode)
{
  return mz_readability_compute(f, c, mode);
}

typedef struct {
  const char *name;
  MzReadabilityCounts counts;
  double osman;
} OsmanRow;

/* words, sentences, letters, types, syllables, long, complex, faseeh, lix_long
 * (letters and types play no part in OSMAN) */
static const OsmanRow reference_rows[] = {
    {"easy", {9, 2, 0, 0, 33, 4, 0, 0, 4}, 96.8109},
    {"harder", {22, 1, 0, 0, 78, 11, 0, 0, 11}, 80.6361},
    {"hard", {50, 1, 0, 0, 207, 30, 0, 6, 30}, 32.5192},
    {"tashkeel", {5, 1, 0, 0, 19, 4, 2, 0, 4}, 74.8088},
};

/* Paper-mode counts of the same texts. The easy text by hand: SYL per word (no harakat, so
 * max(0, letters other than alef/maksura - 2)) = 1+1+3+0+4+1+1+2+5 = 18; long (> 5 letters):
 * almadrasa, walmutalaa = 2; complex (> 4 syllables): walmutalaa (5) = 1; Faseeh: none. */
static const OsmanRow paper_rows[] = {
    {"easy", {9, 2, 0, 0, 18, 2, 1, 0, 2}, 139.801},
    {"harder", {22, 1, 0, 0, 36, 6, 0, 0, 3}, 132.297},
    {"hard", {50, 1, 0, 0, 113, 22, 4, 1, 16}, 82.334},
    {"tashkeel", {5, 1, 0, 0, 19, 2, 1, 0, 1}, 89.320},
};

Test(readability, osman_reference_mode_reproduces_the_java_vectors)
{
  for (guint i = 0; i < G_N_ELEMENTS(reference_rows); i++)
    expect_printed(score(MZ_READABILITY_OSMAN, &reference_rows[i].counts, MZ_OSMAN_REFERENCE),
                   reference_rows[i].osman, 4, reference_rows[i].name);
}

Test(readability, osman_paper_mode_matches_the_published_definitions)
{
  for (guint i = 0; i < G_N_ELEMENTS(paper_rows); i++)
    expect_printed(score(MZ_READABILITY_OSMAN, &paper_rows[i].counts, MZ_OSMAN_PAPER),
                   paper_rows[i].osman, 3, paper_rows[i].name);
}

/* The constants differ in the 5th significant digit of K: 24.18143403 vs 24.181. Easy text:
 * K's share is 37/9 = 4.1111, so the scores differ by 0.00043403 * 4.1111 = 0.0017843. */
Test(readability, osman_modes_differ_by_their_constant)
{
  const MzReadabilityCounts *c = &reference_rows[0].counts;
  double diff = score(MZ_READABILITY_OSMAN, c, MZ_OSMAN_PAPER) -
                score(MZ_READABILITY_OSMAN, c, MZ_OSMAN_REFERENCE);
  cr_expect(fabs(diff - 0.00043403 * 37.0 / 9.0) < 1e-12, "difference %.17g", diff);
}

/* spec 2, easy text: chars (countChars) = 42, SYL = 33, LW = 4, W = 9, S = 2 */
Test(readability, java_forms_of_the_other_formulas)
{
  MzReadabilityCounts c = {9, 2, 42, 8, 33, 4, 0, 0, 4};
  expect_printed(score(MZ_READABILITY_FLESCH, &c, MZ_OSMAN_REFERENCE), -107.93, 2, "flesch");
  expect_printed(score(MZ_READABILITY_FLESCH_KINCAID, &c, MZ_OSMAN_REFERENCE), 29.43, 2, "fk");
  expect_printed(score(MZ_READABILITY_ARI, &c, MZ_OSMAN_REFERENCE), 2.80, 2, "ari");
  expect_printed(score(MZ_READABILITY_LIX, &c, MZ_OSMAN_REFERENCE), 48.94, 2, "lix");
  /* RIX = LW/S = 4/2 */
  cr_expect_float_eq(score(MZ_READABILITY_RIX, &c, MZ_OSMAN_PAPER), 2.0, 1e-15);
}

/* spec 3: Wordless' unit checks, W = 12, S = 3, T = 5, L = 45 (AARI takes the alnum count 46),
 * written there as "161.3217...", "11.2239...", "3.0850..." */
Test(readability, arabic_formulas_match_the_unit_checks)
{
  MzReadabilityCounts letters = {12, 3, 45, 5, 0, 0, 0, 0, 0};
  MzReadabilityCounts alnum = {12, 3, 46, 5, 0, 0, 0, 0, 0};
  expect_truncated(score(MZ_READABILITY_AARI, &alnum, MZ_OSMAN_PAPER), 161.3217, 4, "aari");
  expect_truncated(score(MZ_READABILITY_DAWOOD, &letters, MZ_OSMAN_PAPER), 11.2239, 4, "dawood");
  expect_truncated(score(MZ_READABILITY_AL_HEETI, &letters, MZ_OSMAN_PAPER), 3.0850, 4, "al_heeti");
  /* policy two by hand: 0.97569509 * 3.75 + 0.37237998 * 4 - 0.90451827 * 2.4 - 1.06000414
   * = 3.6588565875 + 1.48951992 - 2.170843848 - 1.06000414 = 1.9175285195 */
  cr_expect_float_eq(score(MZ_READABILITY_AL_HEETI_2, &letters, MZ_OSMAN_PAPER), 1.9175285195,
                     1e-12);
}

Test(readability, no_words_means_na_for_every_formula)
{
  MzReadabilityCounts empty = {0};
  for (guint f = 0; f < MZ_READABILITY_N_FORMULAS; f++)
    for (int mode = MZ_OSMAN_PAPER; mode <= MZ_OSMAN_REFERENCE; mode++)
      cr_expect(isnan(score((MzReadabilityFormula)f, &empty, (MzOsmanMode)mode)), "%s is %g",
                mz_readability_formula_name((MzReadabilityFormula)f),
                score((MzReadabilityFormula)f, &empty, (MzOsmanMode)mode));
}

/* One word, one sentence: every formula is defined (hand: LIX = 1/1 + 100 * 0/1 = 1). */
Test(readability, one_word_is_a_score_not_na)
{
  MzReadabilityCounts one = {1, 1, 4, 1, 1, 0, 0, 0, 0};
  for (guint f = 0; f < MZ_READABILITY_N_FORMULAS; f++)
    cr_expect(isfinite(score((MzReadabilityFormula)f, &one, MZ_OSMAN_PAPER)), "%s",
              mz_readability_formula_name((MzReadabilityFormula)f));
  cr_expect_float_eq(score(MZ_READABILITY_LIX, &one, MZ_OSMAN_PAPER), 1.0, 1e-15);
}

typedef struct {
  const char *spec;
  gboolean ok;
  guint mask;
} FormulasRow;

#define BIT(f) (1u << (f))

static const FormulasRow formulas_rows[] = {
    {"osman,lix", TRUE, BIT(MZ_READABILITY_OSMAN) | BIT(MZ_READABILITY_LIX)},
    {"all", TRUE, MZ_READABILITY_ALL},
    {"none", TRUE, 0},
    {" rix , flesch_kincaid", TRUE, BIT(MZ_READABILITY_RIX) | BIT(MZ_READABILITY_FLESCH_KINCAID)},
    {"osman,fog", FALSE, 0},
    {"", FALSE, 0},
};

Test(readability, formulas_parse_names_all_and_none)
{
  for (guint i = 0; i < G_N_ELEMENTS(formulas_rows); i++) {
    GError *error = NULL;
    guint mask = 0;
    gboolean ok = mz_readability_formulas_parse(formulas_rows[i].spec, &mask, &error);
    cr_expect_eq(ok, formulas_rows[i].ok, "'%s'", formulas_rows[i].spec);
    if (ok)
      cr_expect_eq(mask, formulas_rows[i].mask, "'%s': %#x", formulas_rows[i].spec, mask);
    else
      cr_expect(g_error_matches(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT), "'%s'",
                formulas_rows[i].spec);
    g_clear_error(&error);
  }
}

Test(readability, formula_names_are_the_columns)
{
  static const char *const names[] = {"osman",      "aari",   "dawood",         "al_heeti",
                                      "al_heeti_2", "flesch", "flesch_kincaid", "ari",
                                      "lix",        "rix"};
  cr_assert_eq(G_N_ELEMENTS(names), MZ_READABILITY_N_FORMULAS);
  for (guint f = 0; f < MZ_READABILITY_N_FORMULAS; f++)
    cr_expect_str_eq(mz_readability_formula_name((MzReadabilityFormula)f), names[f]);
}

Test(readability, osman_modes_parse)
{
  MzOsmanMode mode = MZ_OSMAN_PAPER;
  GError *error = NULL;
  cr_expect(mz_osman_mode_parse("reference", &mode, NULL) && mode == MZ_OSMAN_REFERENCE);
  cr_expect(mz_osman_mode_parse("paper", &mode, NULL) && mode == MZ_OSMAN_PAPER);
  cr_expect_str_eq(mz_osman_mode_name(MZ_OSMAN_REFERENCE), "reference");
  cr_expect_not(mz_osman_mode_parse("java", &mode, &error));
  cr_expect(g_error_matches(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT));
  g_clear_error(&error);
}

/* Words at 100, 10, 1 and 0 (missing) per million, rare below 10: by hand, found 3, rare 2
 * (1 and 0), mean log10 = (2 + 1 + 0)/3 = 1, rare share 2/4, oov share 1/4. */
Test(readability, reference_frequencies_give_mean_log_rare_and_oov)
{
  static const double pm[] = {100, 10, 1, 0};
  MzRefFreqCounts c = {0};
  for (guint i = 0; i < G_N_ELEMENTS(pm); i++)
    mz_ref_freq_counts_add(&c, pm[i], 10);
  cr_expect_float_eq(mz_ref_freq_mean_log(&c), 1.0, 1e-15);
  cr_expect_float_eq(mz_ref_freq_rare_share(&c), 0.5, 1e-15);
  cr_expect_float_eq(mz_ref_freq_oov_share(&c), 0.25, 1e-15);
}

Test(readability, reference_frequencies_of_no_words_are_na)
{
  MzRefFreqCounts none = {0}, missing = {0};
  cr_expect(isnan(mz_ref_freq_mean_log(&none)));
  cr_expect(isnan(mz_ref_freq_rare_share(&none)));
  cr_expect(isnan(mz_ref_freq_oov_share(&none)));
  mz_ref_freq_counts_add(&missing, 0, 10); /* a word not on the list: no mean, all rare */
  cr_expect(isnan(mz_ref_freq_mean_log(&missing)));
  cr_expect_float_eq(mz_ref_freq_oov_share(&missing), 1.0, 1e-15);
}
