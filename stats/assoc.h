/* assoc.h - association measures of a 2x2 contingency table (spec/statistics.md 1, 2, 8, 10) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzContingency:
 *
 * The observed cells of a pair (w1, w2) (Evert's layout, spec 1): o11 = f,
 * o12 = f1 - f, o21 = f2 - f, o22 = N - f1 - f2 + f. Doubles, so counts past
 * 2^32 work (exact to 2^53).
 */
typedef struct {
  double o11, o12, o21, o22;
} MzContingency;

void mz_contingency_from_signature(MzContingency *t, double f, double f1, double f2, double n);
double mz_contingency_e11(const MzContingency *t);

/* Every measure mizan-colloc can write; the names are the column names. */
typedef enum {
  MZ_ASSOC_MI,
  MZ_ASSOC_MI2,
  MZ_ASSOC_MI3,
  MZ_ASSOC_LOCAL_MI,
  MZ_ASSOC_T,
  MZ_ASSOC_P_T,
  MZ_ASSOC_Z,
  MZ_ASSOC_P_Z,
  MZ_ASSOC_Z_CORR,
  MZ_ASSOC_LL,
  MZ_ASSOC_P_LL,
  MZ_ASSOC_SIMPLE_LL,
  MZ_ASSOC_CHI2,
  MZ_ASSOC_P_CHI2,
  MZ_ASSOC_CHI2_CORR,
  MZ_ASSOC_FISHER_P,
  MZ_ASSOC_POISSON_P,
  MZ_ASSOC_POISSON_STIRLING,
  MZ_ASSOC_DICE,
  MZ_ASSOC_LOGDICE,
  MZ_ASSOC_JACCARD,
  MZ_ASSOC_GMEAN,
  MZ_ASSOC_MS,
  MZ_ASSOC_ODDS_RATIO,
  MZ_ASSOC_LOG_ODDS_RATIO,
  MZ_ASSOC_RELATIVE_RISK,
  MZ_ASSOC_DELTA_P21,
  MZ_ASSOC_DELTA_P12,
  MZ_ASSOC_AVERAGE_MI,
  MZ_ASSOC_N_MEASURES
} MzAssocMeasure;

const char *mz_assoc_name(MzAssocMeasure m);
const char *mz_assoc_description(MzAssocMeasure m);
gboolean mz_assoc_parse(const char *name, MzAssocMeasure *m, GError **error);

double mz_assoc_value(MzAssocMeasure m, const MzContingency *t, double log_base);

/* Added by the assoc module (not in the lead's first draft of this header). */

/* Every measure of @ms for one table, sharing E11, G2 etc.: out[i] = value of ms[i]. */
void mz_assoc_values(const MzAssocMeasure *ms, guint n, const MzContingency *t, double log_base,
                     double *out);

/* "all", "default" (mi, mi3, t, z, ll, p_ll, chi2, fisher_p, dice, logdice, delta_p21) or a
 * comma list of column names, which may include "all" and "default"; duplicates refused.
 * *out is (transfer full), g_free() it. */
gboolean mz_assoc_parse_list(const char *spec, MzAssocMeasure **out, guint *n, GError **error);

G_END_DECLS
