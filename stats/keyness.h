/* keyness.h - keyness of a word in a target corpus against a reference corpus (spec 3) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzKeynessCounts:
 * @a: the word's frequency in the target corpus; @b: in the reference
 * @c: the size of the target corpus; @d: of the reference (spec 3 notation)
 */
typedef struct {
  double a, b, c, d;
} MzKeynessCounts;

typedef enum {
  MZ_LL_FULL,    /* G2 over the four cells (Dunning 1993): the default */
  MZ_LL_RAYSON2, /* the two cells of the word's row (Rayson's wizard, WordSmith) */
} MzLLForm;

typedef enum {
  MZ_LOG_RATIO_HARDIE, /* a zero frequency becomes 0.5 (Hardie 2014, CQPweb, the wizard) */
  MZ_LOG_RATIO_WALTER, /* +0.5 on every frequency and size (Walter 1975, Evert's corpora) */
} MzLogRatioForm;

double mz_keyness_ll(const MzKeynessCounts *k, MzLLForm form);
double mz_keyness_chi2(const MzKeynessCounts *k);
double mz_keyness_p_chi2_1(double statistic);
double mz_keyness_log_ratio(const MzKeynessCounts *k, MzLogRatioForm form);
double mz_keyness_pct_diff(const MzKeynessCounts *k);
double mz_keyness_bic(const MzKeynessCounts *k);
double mz_keyness_ell(const MzKeynessCounts *k);
double mz_keyness_simple_maths(const MzKeynessCounts *k, double smoothing);
int mz_keyness_direction(const MzKeynessCounts *k);

/* Multiple testing over a list of p-values (in place: adjusted p-values). */
typedef enum {
  MZ_CORRECT_NONE,
  MZ_CORRECT_BONFERRONI,
  MZ_CORRECT_BH, /* Benjamini & Hochberg 1995, R's p.adjust(method = "BH") */
} MzCorrection;

gboolean mz_correction_parse(const char *name, MzCorrection *c, GError **error);
void mz_p_adjust(double *p, gsize n, MzCorrection c);

G_END_DECLS
