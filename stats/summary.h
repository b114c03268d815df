/* summary.h - a measure summarized over the documents of a group: mean, sd, 95% CI (spec 10) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzSummary:
 * @n: the values summarized (NaN values, i.e. NA, are skipped and not counted)
 * @mean: their mean (NaN when n = 0)
 * @sd: the sample standard deviation, n - 1 in the denominator (NaN when n < 2)
 * @ci_low, @ci_high: mean -/+ t(0.975, n - 1) * sd / sqrt(n), Student's t
 *   from GSL (NaN when n < 2)
 */
typedef struct {
  guint64 n;
  double mean, sd, ci_low, ci_high;
} MzSummary;

void mz_summary_compute(MzSummary *s, const double *values, gsize n_values, double level);

G_END_DECLS
