/* test-summary.c - mean, sample sd and Student's t interval of a group's values
 *
 * Expected values: /usr/bin/python3 3.11 with numpy 1.24.2 for the mean and sd
 * (x.mean(), x.std(ddof=1)) and, for the t quantile, the closed forms of the Student t
 * distribution function (Abramowitz & Stegun 26.7.3 for odd, 26.7.4 for even degrees of
 * freedom) solved by 200 bisection steps; then mean -/+ q sd / sqrt(n). The script:
 *   def A(t, nu):  # P(|T| < t)
 *       th = atan(t / sqrt(nu)); c = cos(th); s = sin(th)
 *       if nu % 2:
 *           if nu == 1: return 2 * th / pi
 *           term = tot = c
 *           for k in range(3, nu - 1, 2): term *= (k - 1) / k * c * c; tot += term
 *           return 2 / pi * (th + s * tot)
 *       term = tot = 1.0
 *       for k in range(2, nu - 1, 2): term *= (k - 1) / k * c * c; tot += term
 *       return s * tot
 *   q(p, nu) = the t with (1 + A(t, nu)) / 2 = p, by bisection on [0, 1e4]
 * printed with repr() (17 digits); compared to a relative 1e-12. (scipy 1.10.1's
 * stats.t.ppf was not used: it is off by up to 6e-10 here, e.g. 2.3646242510102993 for
 * t(0.975, 7), whose closed-form value is 2.3646242515927844; for 1 and 2 degrees of
 * freedom the exact tan(pi (p - 1/2)) and (2p - 1) sqrt(2 / (4p(1 - p))) agree with the
 * bisection to the last digit.)
 */
#include "stats/mizan-stats.h"
#include "tests/helpers/test-helpers.h"

#include <math.h>

#define MAX_VALUES 8

static void
expect_close(double got, double want, const char *what, const char *name)
{
  cr_expect(fabs(got - want) <= 1e-12 * fabs(want) + 1e-12, "%s, %s: got %.17g, expected %.17g",
            name, what, got, want);
}

typedef struct {
  const char *name;
  gsize n;
  double x[MAX_VALUES];
  double level;
  double mean, sd, lo, hi;
} Case;

/* numpy and the A&S closed forms (see the header) */
/* clang-format off */
static const Case cases[] = {
  /* name, n, x, level, mean, sd, ci_low, ci_high */
  {"eight values", 8, {2, 4, 4, 4, 5, 5, 7, 9}, 0.95,
   5.0, 2.138089935299395, 3.2125120817637907, 6.787487918236209},
  {"two values", 2, {0.5, 0.25}, 0.95,
   0.375, 0.1767766952966369, -1.2132755920218345, 1.9632755920218345},
  {"large and close (two passes)", 3, {1e9 + 1, 1e9 + 2, 1e9 + 3}, 0.95,
   1000000002.0, 1.0, 999999999.5158623, 1000000004.4841377},
  {"level 0.99", 5, {3.1, 2.7, 4.4, 5.0, 1.2}, 0.99,
   3.2800000000000002, 1.492313639956427, 0.20730558940726374, 6.352694410592736},
  {"level 0.90, negative values", 4, {-1.5, 2.25, 0.0, 7.125}, 0.90,
   1.96875, 3.7671482914799093, -2.4639845213224856, 6.401484521322486},
};
/* clang-format on */

Test(summary, matches_scipy_mean_sd_and_t_interval)
{
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    const Case *c = &cases[i];
    MzSummary s;
    mz_summary_compute(&s, c->x, c->n, c->level);
    cr_expect_eq(s.n, c->n, "%s: n = %" G_GUINT64_FORMAT, c->name, s.n);
    expect_close(s.mean, c->mean, "mean", c->name);
    expect_close(s.sd, c->sd, "sd", c->name);
    expect_close(s.ci_low, c->lo, "ci_low", c->name);
    expect_close(s.ci_high, c->hi, "ci_high", c->name);
  }
}

Test(summary, skips_nan_values_as_na)
{
  /* the "eight values" case with NA cells in between: the same summary */
  const double x[] = {NAN, 2, 4, 4, NAN, 4, 5, 5, 7, 9, NAN};
  MzSummary s;
  mz_summary_compute(&s, x, G_N_ELEMENTS(x), 0.95);
  cr_expect_eq(s.n, 8);
  expect_close(s.mean, 5.0, "mean", "with NaN");
  expect_close(s.sd, 2.138089935299395, "sd", "with NaN");
  expect_close(s.ci_low, 3.2125120817637907, "ci_low", "with NaN");
  expect_close(s.ci_high, 6.787487918236209, "ci_high", "with NaN");
}

typedef struct {
  const char *name;
  gsize n;
  double x[MAX_VALUES];
  guint64 want_n;
  gboolean mean_is_na;
} NaCase;

/* the contract in stats/summary.h: mean NaN when n = 0; sd and CI NaN when n < 2 */
static const NaCase na_cases[] = {
    {"no values", 0, {0}, 0, TRUE},
    {"only NA", 3, {NAN, NAN, NAN}, 0, TRUE},
    {"one value", 1, {42.5}, 1, FALSE},
    {"one value and NA", 3, {NAN, 42.5, NAN}, 1, FALSE},
};

Test(summary, too_few_values_give_na)
{
  for (gsize i = 0; i < G_N_ELEMENTS(na_cases); i++) {
    const NaCase *c = &na_cases[i];
    MzSummary s;
    mz_summary_compute(&s, c->n > 0 ? c->x : NULL, c->n, 0.95);
    cr_expect_eq(s.n, c->want_n, "%s: n = %" G_GUINT64_FORMAT, c->name, s.n);
    if (c->mean_is_na)
      cr_expect(isnan(s.mean), "%s: mean %g, expected NaN", c->name, s.mean);
    else
      cr_expect_eq(s.mean, 42.5, "%s: mean %g", c->name, s.mean);
    cr_expect(isnan(s.sd) && isnan(s.ci_low) && isnan(s.ci_high), "%s: sd/CI not NaN", c->name);
  }
}

Test(summary, equal_values_give_zero_sd_and_a_point_interval)
{
  /* sd of equal values is 0 by definition, and so is the half-width of the interval */
  const double x[] = {0.25, 0.25, 0.25, 0.25};
  MzSummary s;
  mz_summary_compute(&s, x, G_N_ELEMENTS(x), 0.95);
  cr_expect_eq(s.n, 4);
  cr_expect_eq(s.mean, 0.25);
  cr_expect_eq(s.sd, 0.0);
  cr_expect_eq(s.ci_low, 0.25);
  cr_expect_eq(s.ci_high, 0.25);
}
