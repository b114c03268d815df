/* readability.c - readability formulas from text counts (spec/readability.md sections 1-4)
 *
 * Every formula takes the counts of one text and is NaN (NA) when one of
 * its denominators is 0: a text without words or sentences has no score.
 * Nothing here knows Arabic: the counts come from corpus/syllables.
 */
#include "stats/mizan-stats.h"

#include <math.h>
#include <string.h>

/* OSMAN's constant K (spec 1.1) */
#define MZ_OSMAN_K_REFERENCE 24.18143403 /* Java, every version since bcd53de */
#define MZ_OSMAN_K_PAPER 24.181          /* textstat >= 0.7.2 and Wordless osman() */

/* the column names, in the order of MzReadabilityFormula; NULL-terminated */
static const char *const formula_names[MZ_READABILITY_N_FORMULAS + 1] = {
    "osman",          "aari", "dawood", "al_heeti", "al_heeti_2", "flesch",
    "flesch_kincaid", "ari",  "lix",    "rix",      NULL,
};

static const char *const mode_names[] = {"paper", "reference"};

/**
 * mz_osman_mode_parse:
 * @name: "paper" or "reference"
 *
 * Returns: %TRUE and *@mode, or %FALSE with %MZ_STATS_ERROR_INVALID_ARGUMENT.
 */
gboolean
mz_osman_mode_parse(const char *name, MzOsmanMode *mode, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS(mode_names); i++)
    if (strcmp(name, mode_names[i]) == 0) {
      *mode = (MzOsmanMode)i;
      return TRUE;
    }
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
              "unknown OSMAN mode '%s' (choose from paper, reference)", name);
  return FALSE;
}

/* Returns: (transfer none): "paper" or "reference". */
const char *
mz_osman_mode_name(MzOsmanMode mode)
{
  return mode_names[mode == MZ_OSMAN_REFERENCE];
}

/* Returns: (transfer none): the column name of @f ("osman", "flesch_kincaid" ...). */
const char *
mz_readability_formula_name(MzReadabilityFormula f)
{
  g_return_val_if_fail(f < MZ_READABILITY_N_FORMULAS, NULL);
  return formula_names[f];
}

/**
 * mz_readability_formulas_parse:
 * @spec: formula names separated by commas, or "all", or "none"
 * @mask: (out): one bit (1 << formula) per formula named
 *
 * Returns: %TRUE, or %FALSE with %MZ_STATS_ERROR_INVALID_ARGUMENT naming
 * the unknown name and the known ones.
 */
gboolean
mz_readability_formulas_parse(const char *spec, guint *mask, GError **error)
{
  guint64 m = 0;
  gboolean ok =
      mz_stats_names_parse(spec, formula_names, MZ_READABILITY_N_FORMULAS, "formula", &m, error);
  *mask = (guint)m;
  return ok;
}

/* a / b, NaN when b is 0 */
static double
ratio(double a, double b)
{
  return b != 0 ? a / b : NAN;
}

/* El-Haj & Rayson 2016 (LREC, pp. 250-255), spec 1.1:
 * 200.791 - 1.015 W/S - K (CW/W + SYL/W + FW/W + LW/W) */
static double
osman(const MzReadabilityCounts *c, MzOsmanMode mode)
{
  double k = mode == MZ_OSMAN_REFERENCE ? MZ_OSMAN_K_REFERENCE : MZ_OSMAN_K_PAPER;
  double hard = c->complex_words + c->syllables + c->faseeh_words + c->long_words;
  return 200.791 - 1.015 * ratio(c->words, c->sentences) - k * ratio(hard, c->words);
}

/* Al-Tamimi et al. 2014 (IAJIT 11(4):370-378), spec 3, coefficients from a
 * secondary source (Wordless aari()): 3.28 C + 1.43 C/W + 1.24 W/S */
static double
aari(const MzReadabilityCounts *c)
{
  return 3.28 * c->letters + 1.43 * ratio(c->letters, c->words) +
         1.24 * ratio(c->words, c->sentences);
}

/* Dawood 1977 (MA thesis, Baghdad), spec 3, secondary source (Wordless,
 * Cavalli-Sforza et al. 2018): -0.0533 L/W - 0.2066 W/S + 5.5543 W/T - 1.0801 */
static double
dawood(const MzReadabilityCounts *c)
{
  return -0.0533 * ratio(c->letters, c->words) - 0.2066 * ratio(c->words, c->sentences) +
         5.5543 * ratio(c->words, c->types) - 1.0801;
}

/* Al-Heeti 1984 (PhD, Univ. of Northern Colorado, p. 102), Policy One,
 * spec 3, secondary source (Wordless rd()): 4.41434307 L/W - 13.46873475 */
static double
al_heeti(const MzReadabilityCounts *c)
{
  return 4.41434307 * ratio(c->letters, c->words) - 13.46873475;
}

/* Al-Heeti 1984, Policy Two, spec 3, secondary source (Wordless rd()):
 * 0.97569509 L/W + 0.37237998 W/S - 0.90451827 W/T - 1.06000414 */
static double
al_heeti_2(const MzReadabilityCounts *c)
{
  return 0.97569509 * ratio(c->letters, c->words) + 0.37237998 * ratio(c->words, c->sentences) -
         0.90451827 * ratio(c->words, c->types) - 1.06000414;
}

/* Flesch 1948, as OSMAN's Java calculateArabicFlesch (spec 2):
 * 206.835 - 1.015 W/S - 84.6 SYL/W */
static double
flesch(const MzReadabilityCounts *c)
{
  return 206.835 - 1.015 * ratio(c->words, c->sentences) - 84.6 * ratio(c->syllables, c->words);
}

/* Kincaid et al. 1975, as OSMAN's Java calculateArabicKincaid (spec 2):
 * 0.39 W/S + 11.8 SYL/W - 15.59 */
static double
flesch_kincaid(const MzReadabilityCounts *c)
{
  return 0.39 * ratio(c->words, c->sentences) + 11.8 * ratio(c->syllables, c->words) - 15.59;
}

/* Smith & Senter 1967, as OSMAN's Java calculateArabicARI (spec 2, 4):
 * 4.71 C/W + 0.5 W/S - 21.43 */
static double
ari(const MzReadabilityCounts *c)
{
  return 4.71 * ratio(c->letters, c->words) + 0.5 * ratio(c->words, c->sentences) - 21.43;
}

/* Bjornsson 1968 (spec 4): W/S + 100 LW/W */
static double
lix(const MzReadabilityCounts *c)
{
  return ratio(c->words, c->sentences) + 100 * ratio(c->lix_long_words, c->words);
}

/* Anderson 1983 (Journal of Reading 26(6):490-496; spec 4): LW/S */
static double
rix(const MzReadabilityCounts *c)
{
  return ratio(c->lix_long_words, c->sentences);
}

/**
 * mz_readability_compute:
 * @f: the formula
 * @c: the counts of a text
 * @mode: OSMAN's mode (its constant K; the other formulas ignore it)
 *
 * Returns: the score, or NaN (NA) when the text has no word or sentence.
 */
double
mz_readability_compute(MzReadabilityFormula f, const MzReadabilityCounts *c, MzOsmanMode mode)
{
  g_return_val_if_fail(c != NULL && f < MZ_READABILITY_N_FORMULAS, NAN);
  switch (f) {
  case MZ_READABILITY_OSMAN:
    return osman(c, mode);
  case MZ_READABILITY_AARI:
    return aari(c);
  case MZ_READABILITY_DAWOOD:
    return dawood(c);
  case MZ_READABILITY_AL_HEETI:
    return al_heeti(c);
  case MZ_READABILITY_AL_HEETI_2:
    return al_heeti_2(c);
  case MZ_READABILITY_FLESCH:
    return flesch(c);
  case MZ_READABILITY_FLESCH_KINCAID:
    return flesch_kincaid(c);
  case MZ_READABILITY_ARI:
    return ari(c);
  case MZ_READABILITY_LIX:
    return lix(c);
  default:
    return rix(c);
  }
}

/**
 * mz_ref_freq_counts_add:
 * @c: a text's counts against a reference list
 * @per_million: the word's frequency per million words of the reference
 *   corpus (0: not on the list)
 * @rare_below: the per-million frequency below which a word is rare
 */
void
mz_ref_freq_counts_add(MzRefFreqCounts *c, double per_million, double rare_below)
{
  c->tokens++;
  c->rare += per_million < rare_below;
  if (per_million > 0) {
    c->found++;
    c->log_sum += log10(per_million);
  }
}

/* Returns: the mean of log10(per-million frequency) over the words found
 * on the list (the Zipf scale less 3; van Heuven et al. 2014); NaN when none is. */
double
mz_ref_freq_mean_log(const MzRefFreqCounts *c)
{
  return ratio(c->log_sum, c->found);
}

/* Returns: the share of the words that are rare; NaN without words. */
double
mz_ref_freq_rare_share(const MzRefFreqCounts *c)
{
  return ratio(c->rare, c->tokens);
}

/* Returns: the share of the words not on the list; NaN without words. */
double
mz_ref_freq_oov_share(const MzRefFreqCounts *c)
{
  return ratio(c->tokens - c->found, c->tokens);
}
