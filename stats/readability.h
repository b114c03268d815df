/* readability.h - readability formulas from text counts (spec/readability.md sections 1-4, 6) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only the folder's public header can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzOsmanMode:
 * @MZ_OSMAN_PAPER: the published definitions (complex words have more than
 *   4 syllables, long words more than 5 letters) and K = 24.181, the
 *   constant of textstat's and Wordless' osman()
 * @MZ_OSMAN_REFERENCE: OSMAN's reference Java implementation (HEAD),
 *   K = 24.18143403
 *
 * The two modes of OSMAN (spec 1.2, 9.1). They differ in how the counts
 * are made (corpus/syllables.h) and in the constant K.
 */
typedef enum {
  MZ_OSMAN_PAPER,
  MZ_OSMAN_REFERENCE,
} MzOsmanMode;

gboolean mz_osman_mode_parse(const char *name, MzOsmanMode *mode, GError **error);
const char *mz_osman_mode_name(MzOsmanMode mode);

/**
 * MzReadabilityCounts:
 * @words: W; @sentences: S; @letters: L (ARI's and AARI's characters);
 * @types: T, distinct word forms; @syllables: SYL, OSMAN's weighted count
 * @long_words: OSMAN's hard words; @complex_words: its complex words;
 * @faseeh_words: its Faseeh words; @lix_long_words: LIX's and RIX's long words
 *
 * The counts of one text the formulas take (whole numbers held as doubles;
 * only the reference mode can make @syllables negative).
 */
typedef struct {
  double words, sentences, letters, types, syllables;
  double long_words, complex_words, faseeh_words, lix_long_words;
} MzReadabilityCounts;

/**
 * MzReadabilityFormula:
 *
 * The formulas, in the order of mizan-readability's columns;
 * mz_readability_formula_name() gives each column's name.
 */
typedef enum {
  MZ_READABILITY_OSMAN,
  MZ_READABILITY_AARI,
  MZ_READABILITY_DAWOOD,
  MZ_READABILITY_AL_HEETI,
  MZ_READABILITY_AL_HEETI_2,
  MZ_READABILITY_FLESCH,
  MZ_READABILITY_FLESCH_KINCAID,
  MZ_READABILITY_ARI,
  MZ_READABILITY_LIX,
  MZ_READABILITY_RIX,
  MZ_READABILITY_N_FORMULAS
} MzReadabilityFormula;

#define MZ_READABILITY_ALL ((1u << MZ_READABILITY_N_FORMULAS) - 1)

const char *mz_readability_formula_name(MzReadabilityFormula f);
gboolean mz_readability_formulas_parse(const char *spec, guint *mask, GError **error);
double mz_readability_compute(MzReadabilityFormula f, const MzReadabilityCounts *c,
                              MzOsmanMode mode);

/**
 * MzRefFreqCounts:
 * @tokens: the words looked up in a reference frequency list
 * @found: those on the list
 * @rare: those below the rare threshold (words not on the list included)
 * @log_sum: the sum of log10 of the per-million frequency of those found
 *
 * A text's words against a reference frequency list (lexical difficulty).
 */
typedef struct {
  double tokens, found, rare, log_sum;
} MzRefFreqCounts;

void mz_ref_freq_counts_add(MzRefFreqCounts *c, double per_million, double rare_below);
double mz_ref_freq_mean_log(const MzRefFreqCounts *c);
double mz_ref_freq_rare_share(const MzRefFreqCounts *c);
double mz_ref_freq_oov_share(const MzRefFreqCounts *c);

G_END_DECLS
