/* lexdiv.h - lexical diversity of one document's token sequence (spec/statistics.md 5, 10.4) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzLexdivMeasure:
 *
 * The measures of mz_lexdiv_compute(), in the order of mizan-lexdiv's
 * columns; mz_lexdiv_measure_name() gives each column's name. N is the
 * number of tokens, V of types, V_i of types that occur i times, M2 =
 * sum of i^2 V_i; "log" is in the options' base (10 by default) where
 * said, "ln" is natural. Every value is NaN (NA) where it is undefined;
 * none is ever infinite.
 */
typedef enum {
  MZ_LEXDIV_TOKENS,    /* N */
  MZ_LEXDIV_TYPES,     /* V */
  MZ_LEXDIV_TTR,       /* V/N */
  MZ_LEXDIV_R,         /* Guiraud: V/sqrt(N) */
  MZ_LEXDIV_CTTR,      /* Carroll: V/sqrt(2N) */
  MZ_LEXDIV_C,         /* Herdan: log V/log N */
  MZ_LEXDIV_U,         /* Dugast: (log N)^2/(log N - log V) */
  MZ_LEXDIV_S,         /* Summer: log log V/log log N */
  MZ_LEXDIV_K,         /* Yule: 10^4 (M2 - N)/N^2 */
  MZ_LEXDIV_I,         /* Yule, quanteda's form: V^2/(M2 - V) */
  MZ_LEXDIV_D,         /* Simpson: sum V_i i(i-1)/(N(N-1)) */
  MZ_LEXDIV_VM,        /* Herdan: sqrt(M2/N^2 - 1/V) */
  MZ_LEXDIV_MAAS_A2,   /* Maas: (log N - log V)/(log N)^2 */
  MZ_LEXDIV_MAAS_LGV0, /* Maas: log V/sqrt(1 - (log V/log N)^2) */
  MZ_LEXDIV_HONORE_H,  /* Honore: 100 ln N/(1 - V_1/V) */
  MZ_LEXDIV_SICHEL_S,  /* Sichel: V_2/V */
  MZ_LEXDIV_MATTR,     /* moving-average TTR, window W */
  MZ_LEXDIV_MSTTR,     /* mean segmental TTR, segments of S */
  MZ_LEXDIV_MTLD,      /* McCarthy & Jarvis, koRpus' '<' rule */
  MZ_LEXDIV_HDD,       /* HD-D as koRpus: sum of p over the types (0 .. sample) */
  MZ_LEXDIV_HDD_ATTR,  /* HD-D as an average TTR: that sum / sample */
  MZ_LEXDIV_VOCD_D,    /* vocd-D, seeded random samples */
  MZ_LEXDIV_N_MEASURES
} MzLexdivMeasure;

const char *mz_lexdiv_measure_name(MzLexdivMeasure m);
gboolean mz_lexdiv_measures_parse(const char *spec, guint32 *mask, GError **error);

/**
 * MzLexdivOptions:
 * @log_base: the base of the logarithms of C, U, S, Maas a^2 and lg V0
 *   (10, quanteda's and koRpus' default; > 0 and != 1)
 * @window: MATTR's window W in tokens (100, quanteda and koRpus)
 * @segment: MSTTR's segment S in tokens (100, quanteda and koRpus)
 * @mtld_threshold: MTLD's factor threshold (0.72; 0 < t < 1)
 * @hdd_sample: HD-D's sample size (42, McCarthy & Jarvis 2007)
 * @seed: the seed of vocd-D's random samples (GSL's MT19937, whose seed 0
 *   is its default 4357), set anew for each document so that a document's
 *   value does not depend on the others
 * @measures: the measures to compute, a bit (1 << #MzLexdivMeasure) each
 *   (%MZ_LEXDIV_ALL); the others are NaN, and the passes that only they
 *   need (MATTR, MSTTR, MTLD, HD-D, vocd-D: the slow ones) are skipped
 */
typedef struct {
  double log_base;
  guint window;
  guint segment;
  double mtld_threshold;
  guint hdd_sample;
  guint32 seed;
  guint32 measures;
} MzLexdivOptions;

#define MZ_LEXDIV_ALL ((1u << MZ_LEXDIV_N_MEASURES) - 1)

#define MZ_LEXDIV_DEFAULT_SEED 42

/* vocd-D (Malvern et al. 2004; McKee et al. 2000): sample sizes 35..50,
 * 100 samples of each, the fit repeated 3 times and its D averaged */
#define MZ_VOCD_N_MIN 35
#define MZ_VOCD_N_MAX 50
#define MZ_VOCD_SAMPLES 100
#define MZ_VOCD_TRIALS 3

void mz_lexdiv_options_init(MzLexdivOptions *opts);

/**
 * MzLexdiv:
 *
 * Computes every measure of one document at a time, keeping its scratch
 * buffers from one document to the next (no allocation per token).
 */
typedef struct _MzLexdiv MzLexdiv;

MzLexdiv *mz_lexdiv_new(const MzLexdivOptions *opts, GError **error);
void mz_lexdiv_free(MzLexdiv *ld);
void mz_lexdiv_compute(MzLexdiv *ld, const guint32 *tokens, gsize n_tokens, guint32 n_types,
                       double values[MZ_LEXDIV_N_MEASURES]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzLexdiv, mz_lexdiv_free)

G_END_DECLS
