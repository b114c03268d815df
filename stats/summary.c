/* summary.c - a measure summarized over the documents of a group: n, mean, sd, Student's t CI
 *
 * The mean and the sum of squared deviations are computed in two passes
 * (mean first, then the deviations from it), which keeps the variance
 * accurate when the values are large and close together (a one-pass sum
 * of squares would cancel catastrophically).
 */
#include "stats/mizan-stats.h"

#include <math.h>

#include <gsl/gsl_cdf.h>

/* The mean of the values that are not NaN, and how many there are. */
static double
mean_of(const double *values, gsize n_values, guint64 *n)
{
  double sum = 0;
  *n = 0;
  for (gsize i = 0; i < n_values; i++)
    if (!isnan(values[i])) {
      sum += values[i];
      (*n)++;
    }
  return *n > 0 ? sum / (double)*n : NAN;
}

/* Sum of (x - mean)^2 over the values that are not NaN. */
static double
squared_deviations(const double *values, gsize n_values, double mean)
{
  double sum = 0;
  for (gsize i = 0; i < n_values; i++)
    if (!isnan(values[i]))
      sum += (values[i] - mean) * (values[i] - mean);
  return sum;
}

/**
 * mz_summary_compute:
 * @s: (out caller-allocates): the summary
 * @values: (array length=n_values): one value per document; NaN is NA and
 *   is skipped (not counted in @s->n)
 * @n_values: their number (may be 0)
 * @level: the confidence level of the interval, 0 < level < 1 (0.95)
 *
 * Summarizes @values: their number, mean, sample standard deviation (n - 1
 * in the denominator, as R's sd()) and the Student's t confidence interval
 * of the mean, mean -/+ t((1 + level)/2, n - 1) sd / sqrt(n), as R's
 * t.test(x, conf.level = level)$conf.int; the quantile is GSL's
 * gsl_cdf_tdist_Pinv(). The mean is NaN when n = 0; sd and the interval
 * are NaN when n < 2.
 */
void
mz_summary_compute(MzSummary *s, const double *values, gsize n_values, double level)
{
  double half;
  g_return_if_fail(s != NULL);
  g_return_if_fail(values != NULL || n_values == 0);
  g_return_if_fail(level > 0 && level < 1);

  s->mean = mean_of(values, n_values, &s->n);
  s->sd = s->ci_low = s->ci_high = NAN;
  if (s->n < 2)
    return;
  s->sd = sqrt(squared_deviations(values, n_values, s->mean) / (double)(s->n - 1));
  /* Student's t interval of a mean (R t.test): the (1 + level)/2 quantile of t(n - 1) */
  half = gsl_cdf_tdist_Pinv((1 + level) / 2, (double)(s->n - 1)) * s->sd / sqrt((double)s->n);
  s->ci_low = s->mean - half;
  s->ci_high = s->mean + half;
}
