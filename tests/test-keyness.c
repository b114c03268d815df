/* test-keyness.c - keyness measures (spec/statistics.md 3, 10.2) and multiple testing
 *
 * Expected values come from:
 * - the spec's reference table K1-K3 (base R 4.2.2, key.R in spec 9), printed there to 10
 *   significant digits (p-values to 6): checked to 1e-9 relative (p: to the printed digits);
 * - R 4.2.2 (Debian r-base-core 4.2.2.20221110-2) running the spec's key.R, extended with
 *   X2 = chisq.test(O, correct = FALSE)$statistic, p = pchisq(x, 1, lower.tail = FALSE),
 *   SimpleMaths with k = 100 and sign(nf1 - nf2), printed with sprintf("%.17g"); the script is
 *   in the comment above the table;
 * - /usr/bin/python3 3.11.2 with exact rationals for the cells and 60-digit decimal.Decimal
 *   logarithms, for counts past 2^32 and nearly equal relative frequencies (where R's
 *   textbook sum of four o ln(o/e) loses digits);
 * - R's p.adjust() for the corrections, on vectors including Benjamini & Hochberg's (1995)
 *   own example of 15 p-values.
 * All are checked to 1e-9 relative (the brief's tolerance).
 */
#include "stats/mizan-stats.h"
#include "tests/helpers/test-helpers.h"

#include <math.h>
#include <string.h>

#define REL 1e-9

/* NaN expects NaN, an infinity the same infinity, 0 exactly 0, else |got - want| <= rel |want| */
static void
expect_value(double got, double want, double rel, const char *what, const MzKeynessCounts *k)
{
  gboolean ok;
  if (isnan(want))
    ok = isnan(got);
  else if (isinf(want))
    ok = got == want;
  else
    ok = fabs(got - want) <= rel * fabs(want);
  cr_expect(ok, "%s (a=%.17g b=%.17g c=%.17g d=%.17g): got %.17g, expected %.17g", what,
            k ? k->a : 0, k ? k->b : 0, k ? k->c : 0, k ? k->d : 0, got, want);
}

/* got rounds to @printed at @digits significant digits */
static void
expect_printed(double got, double printed, int digits, const char *what)
{
  double unit = pow(10.0, floor(log10(fabs(printed))) - digits + 1);
  cr_expect(fabs(got - printed) <= 0.5 * unit * (1 + 1e-9), "%s: got %.17g, printed %.*g", what,
            got, digits, printed);
}

/* One row: the counts {a, b, c, d}, then ll (2-term), ll (4-term), chi2; their p-values
 * (-1: not checked), pct_diff; log ratio Hardie, Walter, bic, ell; simple maths k = 1, k = 100,
 * direction. */
typedef struct {
  MzKeynessCounts k;
  double ll2, g2, x2, p_g2, p_x2, pct_diff, lr_hardie, lr_walter, bic, ell, sm1, sm100, dir;
} KeyCase;

/* Checks every measure of @c (the p-values only where they are >= 0). */
static void
check_case(const KeyCase *c, double rel)
{
  const MzKeynessCounts *k = &c->k;
  double g2 = mz_keyness_ll(k, MZ_LL_FULL), x2 = mz_keyness_chi2(k);
  expect_value(mz_keyness_ll(k, MZ_LL_RAYSON2), c->ll2, rel, "ll rayson2", k);
  expect_value(g2, c->g2, rel, "ll full", k);
  expect_value(x2, c->x2, rel, "chi2", k);
  if (c->p_g2 >= 0)
    expect_value(mz_keyness_p_chi2_1(g2), c->p_g2, rel, "p_ll", k);
  if (c->p_x2 >= 0)
    expect_value(mz_keyness_p_chi2_1(x2), c->p_x2, rel, "p_chi2", k);
  expect_value(mz_keyness_pct_diff(k), c->pct_diff, rel, "pct_diff", k);
  expect_value(mz_keyness_log_ratio(k, MZ_LOG_RATIO_HARDIE), c->lr_hardie, rel, "lr hardie", k);
  expect_value(mz_keyness_log_ratio(k, MZ_LOG_RATIO_WALTER), c->lr_walter, rel, "lr walter", k);
  expect_value(mz_keyness_bic(k), c->bic, rel, "bic", k);
  expect_value(mz_keyness_ell(k), c->ell, rel, "ell", k);
  expect_value(mz_keyness_simple_maths(k, 1), c->sm1, rel, "simple_maths k=1", k);
  expect_value(mz_keyness_simple_maths(k, 100), c->sm100, rel, "simple_maths k=100", k);
  cr_expect_eq(mz_keyness_direction(k), (int)c->dir, "direction (a=%g b=%g): got %d", k->a, k->b,
               mz_keyness_direction(k));
}

/* The spec's table (spec 3, "Reference values"), as printed. K2's %DIFF is 5e+16 there under
 * the wizard's 1e-18 rule; spec 10.2 and the brief make it +inf. */
Test(keyness, spec_reference_values_k1_to_k3)
{
  static const KeyCase spec[] = {
      {{50, 20, 10000, 20000},
       42.32209079,
       42.42905465,
       45.82120185,
       -1,
       -1,
       400,
       2.321928095,
       2.300623412,
       32.01313813,
       0.0004478694544,
       4.996003996,
       4.636363636,
       1},
      {{5, 0, 10000, 20000},
       10.98612289,
       10.98778992,
       10.00166694,
       -1,
       -1,
       INFINITY,
       4.321928095,
       4.459395553,
       0.677170226,
       0.000716886701,
       501,
       6,
       1},
      {{10, 200, 10000, 20000},
       103.7517746,
       104.2950361,
       77.68666379,
       -1,
       -1,
       -90,
       -3.321928095,
       -3.25517707,
       93.44282193,
       0.0008140276238,
       0.100089991,
       0.1089108911,
       -1},
  };
  /* G2's p, printed to 6 digits */
  static const double p_printed[] = {7.32931e-11, 0.000917141, 1.74325e-24};
  for (gsize i = 0; i < G_N_ELEMENTS(spec); i++) {
    check_case(&spec[i], REL);
    expect_printed(mz_keyness_p_chi2_1(mz_keyness_ll(&spec[i].k, MZ_LL_FULL)), p_printed[i], 6,
                   "p of G2 (spec 3)");
  }
}

/* R 4.2.2, the spec's key.R extended (see the top of the file):
 *   X2 <- unname(suppressWarnings(chisq.test(O, correct=FALSE))$statistic)
 *   c(LL2, G2, X2, pG2=pchisq(G2,1,lower.tail=FALSE), pX2=pchisq(X2,1,lower.tail=FALSE),
 *     pdiff=if (nf2==0) Inf else (nf1-nf2)*100/nf2, LR_hardie, LR_walter, BIC,
 *     ELL=if (min(E1,E2) <= 1) NA else LL2/((c+d)*log(min(E1,E2))), SM1, SM100, sign(nf1-nf2))
 * Rows: the spec's K1-K3; a = 0; the word makes up the whole target (c - a = 0; its X2 has
 * p below 1e-308, which R and GSL both give as 0); small expectations (BIC < 0); min E < 1 and
 * min E = 1 exactly, with equal rates and with ll > 0 (ELL NA, not 0/0 or 1/0); equal relative
 * frequencies; counts past 2^32; b = 0 with large corpora; the smallest corpora. */
/* clang-format off */
static const KeyCase r_cases[] = {
    {{50, 20, 10000, 20000},
     42.322090789201525, 42.429054651890894, 45.821201851940245,
     7.329312010998221e-11, 1.2955374167496566e-11, 400,
     2.3219280948873622, 2.3006234121101627, 32.01313812855723, 0.00044786945436359551,
     4.9960039960039957, 4.6363636363636367, 1},
    {{5, 0, 10000, 20000},
     10.986122886681098, 10.987789923816255, 10.001666944490747,
     0.00091714113718164496, 0.0015639859434231249, INFINITY,
     4.3219280948873626, 4.4593955526137492, 0.67717022603680554, 0.00071688670102904126,
     501, 6, 1},
    {{10, 200, 10000, 20000},
     103.75177459438669, 104.29503607507314, 77.68666378938282,
     1.7432521515569853e-24, 1.2075391181321478e-18, -90.000000000000014,
     -3.3219280948873622, -3.255177069699708, 93.442821933742394, 0.00081402762376905035,
     0.10008999100089991, 0.10891089108910891, -1},
    {{0, 37, 15000, 40000},
     23.565576102771558, 23.574915167787445, 13.884340374433712,
     1.2014359818464648e-06, 0.00019441156812535957, -100,
     -4.7944158663501062, -4.8138112466749519, 12.650487638556951, 0.00018535150804536036,
     0.0010799136069114472, 0.097560975609756101, -1},
    {{100, 3, 100, 5000},
     759.35548166296417, 957.26293886098438, 4948.4854368932047,
     3.4991768717005777e-210, 0, 166566.66666666669,
     10.702749878828293, 10.480501719782939, 750.81848584425177, 0.21182603629994429,
     1663.8951747088186, 1428.7142857142858, 1},
    {{3, 7, 123457, 98765},
     2.662488025476101, 2.662607057636607, 2.6451518674982966,
     0.10273222716608593, 0.10386623082033611, -65.714493999645924,
     -1.5443292806079059, -1.4214710720584129, -9.6489441357113996, 8.0321764712766145e-06,
     0.35199790668162506, 0.72743077178471749, -1},
    {{1, 0, 1000, 2000},
     2.1972245773362196, 2.1978915404604411, 2.0006668889629879,
     0.13819965547402499, 0.1572300167023202, INFINITY,
     2, 2.5846019621610168, -5.8091429903140259, NAN,
     1001, 11, 1},
    {{1, 2, 1000, 2000},
     0, 0, 0,
     1, 1, 0,
     0, 0.26267386727365505, -8.0063675676502459, NAN,
     1, 1, 0},
    {{2, 1, 1000, 2000},
     1.3862943611198906, 1.387796113310523, 1.5015015015015014,
     0.23877763614536174, 0.22044047586420501, 300,
     2, 1.7366050556060664, -6.6200732065303551, NAN,
     3.9940119760479043, 3.5, 1},
    {{17, 17, 50000, 50000},
     0, 0, 0,
     1, 1, 0,
     0, 0, -11.512925464970229, 0,
     1, 1, 0},
    {{1234567, 2345678, 98765432109, 123456789012},
     147126.36698264163, 147128.68530166661, 143893.45994753574,
     0, 0, -34.210546547868674,
     -0.60407176733747792, -0.60407149056907627, 147100.24003892744, 4.6363313570468081e-08,
     0.67499981466211678, 0.94537813835374396, -1},
    {{250, 0, 4000000, 9000000},
     589.32749817082311, 589.33831577233946, 562.51081751572156,
     3.4900740934192113e-130, 2.3901982855210594e-124, INFINITY,
     10.135709286104399, 10.138591694450373, 572.94703825539727, 1.0438616252693543e-05,
     63.5, 1.625, 1},
    {{0, 1, 1, 1},
     1.3862943611198906, 2.7725887222397811, 2,
     0.095890967142465477, 0.15729920705028447, -100,
     -1, -1.5849625007211563, 0.69314718055994529, NAN,
     9.9999900000100006e-07, 9.9990000999900015e-05, -1},
};
/* clang-format on */

Test(keyness, measures_match_r)
{
  for (gsize i = 0; i < G_N_ELEMENTS(r_cases); i++)
    check_case(&r_cases[i], REL);
}

/* /usr/bin/python3, exact rationals and 60-digit Decimal logarithms:
 *   t = lambda o, e: o * (o / e).ln() if o > 0 else 0; E1 = c(a+b)/N ...; ll2 = 2(t(a,E1) +
 *   t(b,E2)); g2 = ll2 + 2(t(c-a,E3) + t(d-b,E4)); x2 = N(ad-bc)^2/(cd(a+b)(N-a-b));
 *   lr = ln(nf1/nf2)/ln 2; pct = (nf1-nf2)100/nf2; bic = ll2 - ln N; ell = ll2/(N ln min E)
 *   sm = (10**6 nf1 + k)/(10**6 nf2 + k) for k = 1, 100; direction = the sign of pct
 * Rows 1 and 3 have nearly equal relative frequencies with counts past 2^32: G2 ~ 1e-10 is
 * what is left of four cell terms of about 1e9 each. p-values are not checked here (rel 1e-9
 * on p needs more than a double's digits of the statistic when the statistic is large). */
Test(keyness, huge_counts_match_exact_arithmetic)
{
  /* clang-format off */
  static const KeyCase cases[] = {
      {{1000000001, 2000000000, 1e12, 2e12},
       6.6666666637037034e-10, 6.6733400037103801e-10, 6.6733400044511203e-10,
       -1, -1, 9.9999999999999995e-08,
       1.442695040167616e-09, 1.8030081257730344e-09, -28.729633403929991, 1.0723320535882628e-23,
       1.0000000009990011, 1.0000000009090908, 1},
      {{5e9, 3e9, 7e10, 9e10},
       1133958790.7383375, 1194213913.0013008, 1203007518.7969925,
       -1, -1, 114.28571428571429,
       1.0995356735509145, 1.0995356734524449, 1133958764.9398978, 0.00032249877832157017,
       2.1428228581713977, 2.1394388263780089, 1},
      {{4294967297, 8589934592, 1e13, 2e13},
       1.552204290865175e-10, 1.5528712439860258e-10, 1.5528712440261815e-10,
       -1, -1, 2.3283064365386963e-08,
       3.3590361492731876e-10, 4.1984345124646594e-10, -31.032218497435483, 2.3326639925728361e-25,
       1.0000000002322897, 1.0000000001888585, 1},
      {{123456789, 987654321, 1099511627776, 3298534883328},
       135373354.45513725, 135402240.30089319, 114340730.82095589,
       -1, -1, -62.500000341718753,
       -1.4150375124254024, -1.4150375073132893, 135373325.34295568, 1.583160763565235e-06,
       0.37708040262948972, 0.53147605681927668, -1},
  };
  /* clang-format on */
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
    check_case(&cases[i], REL);
}

/* Zero cells worked by hand from the definitions (spec 3, 10.2), c = 1000, d = 3000:
 * - a = b = 0: every cell equals its expectation (E1 = E2 = 0), so ll = chi2 = 0, p = 1,
 *   direction 0; %DIFF = 0/0 is NaN; Hardie replaces both zeros by 0.5: log2((.5/1000) /
 *   (.5/3000)) = log2(3); Walter: log2((.5/1000.5)/(.5/3000.5)) = log2(3000.5/1000.5);
 *   min E = 0 <= 1: ELL NaN; BIC = 0 - ln 4000; SimpleMaths (0 + k)/(0 + k) = 1;
 * - a = 0 < b: %DIFF = (0 - nf2) 100/nf2 = -100 exactly; Hardie: log2((.5/1000)/(6/3000)) =
 *   log2(1/4) = -2;
 * - b = 0 < a = 4: %DIFF = +inf; SimpleMaths with k = 0 is the relative risk: +inf;
 *   E1 = 1000 * 4/4000 = 1, so the 2-term LL is 2 * 4 ln(4/1) = 8 ln 4;
 * - a = c, b = d: the other row is empty: ll = chi2 = 0, %DIFF 0, direction 0. */
Test(keyness, zero_frequencies)
{
  MzKeynessCounts none = {0, 0, 1000, 3000}, absent_t = {0, 6, 1000, 3000},
                  absent_r = {4, 0, 1000, 3000}, all = {1000, 3000, 1000, 3000};
  expect_value(mz_keyness_ll(&none, MZ_LL_FULL), 0, 0, "ll full", &none);
  expect_value(mz_keyness_ll(&none, MZ_LL_RAYSON2), 0, 0, "ll rayson2", &none);
  expect_value(mz_keyness_chi2(&none), 0, 0, "chi2", &none);
  expect_value(mz_keyness_p_chi2_1(mz_keyness_chi2(&none)), 1, 0, "p", &none);
  cr_expect_eq(mz_keyness_direction(&none), 0);
  expect_value(mz_keyness_pct_diff(&none), NAN, 0, "pct_diff", &none);
  expect_value(mz_keyness_log_ratio(&none, MZ_LOG_RATIO_HARDIE), log2(3.0), 1e-15, "lr", &none);
  expect_value(mz_keyness_log_ratio(&none, MZ_LOG_RATIO_WALTER), log2(3000.5 / 1000.5), 1e-15,
               "lr walter", &none);
  expect_value(mz_keyness_ell(&none), NAN, 0, "ell", &none);
  expect_value(mz_keyness_bic(&none), -log(4000.0), 1e-15, "bic", &none);
  expect_value(mz_keyness_simple_maths(&none, 1), 1, 0, "simple_maths", &none);
  expect_value(mz_keyness_simple_maths(&none, 0), NAN, 0, "simple_maths k=0", &none);
  expect_value(mz_keyness_pct_diff(&absent_t), -100, 1e-15, "pct_diff", &absent_t);
  expect_value(mz_keyness_log_ratio(&absent_t, MZ_LOG_RATIO_HARDIE), -2, 1e-15, "lr", &absent_t);
  cr_expect_eq(mz_keyness_direction(&absent_t), -1);
  expect_value(mz_keyness_pct_diff(&absent_r), INFINITY, 0, "pct_diff", &absent_r);
  expect_value(mz_keyness_simple_maths(&absent_r, 0), INFINITY, 0, "relative risk", &absent_r);
  cr_expect_eq(mz_keyness_direction(&absent_r), 1);
  expect_value(mz_keyness_ll(&absent_r, MZ_LL_RAYSON2), 8 * log(4.0), 1e-15, "ll2", &absent_r);
  /* the word is every token of both corpora: the other row is empty, o = e everywhere */
  expect_value(mz_keyness_ll(&all, MZ_LL_FULL), 0, 0, "ll full", &all);
  expect_value(mz_keyness_chi2(&all), 0, 0, "chi2", &all);
  expect_value(mz_keyness_pct_diff(&all), 0, 0, "pct_diff", &all);
  cr_expect_eq(mz_keyness_direction(&all), 0);
}

/* Swapping target and reference (a <-> b, c <-> d) leaves the unsigned ll and chi2 alone
 * (they are symmetric in the corpora, spec 1), negates the log ratio and flips the direction,
 * which is where the sign lives. */
Test(keyness, statistics_are_unsigned_and_direction_carries_the_sign)
{
  for (gsize i = 0; i < G_N_ELEMENTS(r_cases); i++) {
    const MzKeynessCounts *k = &r_cases[i].k;
    MzKeynessCounts s = {k->b, k->a, k->d, k->c};
    double g2 = mz_keyness_ll(k, MZ_LL_FULL);
    cr_expect(g2 >= 0 && mz_keyness_ll(k, MZ_LL_RAYSON2) >= 0 && mz_keyness_chi2(k) >= 0);
    expect_value(mz_keyness_ll(&s, MZ_LL_FULL), g2, 1e-12, "swapped ll", k);
    expect_value(mz_keyness_chi2(&s), mz_keyness_chi2(k), 1e-12, "swapped chi2", k);
    expect_value(-mz_keyness_log_ratio(&s, MZ_LOG_RATIO_WALTER),
                 mz_keyness_log_ratio(k, MZ_LOG_RATIO_WALTER), 1e-12, "swapped lr", k);
    cr_expect_eq(mz_keyness_direction(&s), -mz_keyness_direction(k), "row %zu", (size_t)i);
  }
}

/* R 4.2.2: sprintf("%.17g", pchisq(x, 1, lower.tail=FALSE)) for x = qchisq(1 - alpha, 1) at
 * alpha = .05, .01, .001 (to 16 digits), 0.5, 1e-10, 700 and 1500 (underflows to 0 in R). */
Test(keyness, p_chi2_1_matches_r)
{
  static const double x[] = {
      3.841458820694124, 6.6348966010212145, 10.827566170662733, 0.5, 1e-10, 700, 1500};
  static const double p[] = {0.049999999999999975,
                             0.010000000000000005,
                             0.0010000000000000011,
                             0.47950012218695348,
                             0.99999202115439212,
                             2.9902269751246203e-154,
                             0};
  for (gsize i = 0; i < G_N_ELEMENTS(x); i++)
    expect_value(mz_keyness_p_chi2_1(x[i]), p[i], REL, "p_chi2_1", NULL);
  /* as gsl_cdf_chisq_Q: a statistic <= 0 has p = 1; +inf has p = 0; NaN (NA) stays NaN */
  expect_value(mz_keyness_p_chi2_1(0), 1, 0, "p(0)", NULL);
  expect_value(mz_keyness_p_chi2_1(-2), 1, 0, "p(-2)", NULL);
  expect_value(mz_keyness_p_chi2_1(INFINITY), 0, 0, "p(inf)", NULL);
  expect_value(mz_keyness_p_chi2_1(NAN), NAN, 0, "p(nan)", NULL);
}

static void
count_critical(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  (*(guint *)data)++;
}

/* c = 0, d = 0, a > c, b > d, a negative count, NaN: the caller's bug (g_return_val_if_fail):
 * one critical per call and NaN (direction 0). */
Test(keyness, invalid_counts_are_criticals)
{
  static const MzKeynessCounts bad[] = {
      {0, 1, 0, 10},   {1, 0, 10, 0},    {11, 1, 10, 10},      {1, 11, 10, 10},
      {-1, 1, 10, 10}, {NAN, 1, 10, 10}, {1, 1, INFINITY, 10},
  };
  guint criticals = 0;
  guint id = g_log_set_handler(G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, count_critical, &criticals);
  guint nan_results = 0, zero_dirs = 0;
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    const MzKeynessCounts *k = &bad[i];
    double v[] = {mz_keyness_ll(k, MZ_LL_FULL),
                  mz_keyness_ll(k, MZ_LL_RAYSON2),
                  mz_keyness_chi2(k),
                  mz_keyness_log_ratio(k, MZ_LOG_RATIO_HARDIE),
                  mz_keyness_pct_diff(k),
                  mz_keyness_bic(k),
                  mz_keyness_ell(k),
                  mz_keyness_simple_maths(k, 1)};
    for (gsize j = 0; j < G_N_ELEMENTS(v); j++)
      nan_results += isnan(v[j]);
    zero_dirs += mz_keyness_direction(k) == 0;
  }
  cr_expect(isnan(mz_keyness_simple_maths(&r_cases[0].k, -1)), "negative smoothing gives NaN");
  g_log_remove_handler(G_LOG_DOMAIN, id);
  cr_expect_eq(nan_results, 8 * G_N_ELEMENTS(bad));
  cr_expect_eq(zero_dirs, G_N_ELEMENTS(bad));
  cr_expect_eq(criticals, 9 * G_N_ELEMENTS(bad) + 1);
}

#define MAX_P 16

/* @x rounded to @digits decimals (makes ties) */
static double
round_to(double x, int digits)
{
  double scale = pow(10.0, digits);
  return round(x * scale) / scale;
}

typedef struct {
  const char *name;
  gsize n;
  double p[MAX_P], bonferroni[MAX_P], bh[MAX_P];
} AdjustCase;

/* R 4.2.2: f <- function(x) sprintf("%.17g", x); f(p.adjust(p, "bonferroni")); f(p.adjust(p,
 * "BH")) (NA shown as NAN; p.adjust(p, "fdr") is identical to "BH"). "bh1995" is the example
 * of 15 p-values in Benjamini & Hochberg (1995), section 4. */
/* clang-format off */
static const AdjustCase adjust_cases[] = {
    {"equal steps", 5, {0.01, 0.02, 0.03, 0.04, 0.05},
     {0.05, 0.1, 0.15, 0.2, 0.25},
     {0.05, 0.05, 0.05, 0.05, 0.05}},
    {"ties", 8, {0.04, 0.01, 0.04, 0.2, 0.01, 0.5, 0.04, 0.9},
     {0.32, 0.08, 0.32, 1, 0.08, 1, 0.32, 1},
     {0.064, 0.04, 0.064, 0.26666666666666666, 0.04, 0.5714285714285714, 0.064, 0.9}},
    {"NA not counted", 7, {0.02, NAN, 0.001, 0.03, NAN, 0.6, 0.0004},
     {0.1, NAN, 0.005, 0.15, NAN, 1, 0.002},
     {0.033333333333333333, NAN, 0.0025, 0.0375, NAN, 0.6, 0.002}},
    {"clamped at 1", 4, {0.9, 0.8, 0.95, 0.7},
     {1, 1, 1, 1},
     {0.95, 0.95, 0.95, 0.95}},
    {"bh1995", 15, {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
                    0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000},
     {0.0015, 0.006, 0.0285, 0.1425, 0.3015, 0.417, 0.447, 0.516, 0.6885, 1, 1, 1, 1, 1, 1},
     {0.0015, 0.003, 0.0095, 0.035624999999999997, 0.0603, 0.063857142857142862,
      0.063857142857142862, 0.0645, 0.076500000000000012, 0.486, 0.58118181818181813,
      0.71487499999999993, 0.75323076923076926, 0.81321428571428567, 1}},
    {"one value", 1, {0.03}, {0.03}, {0.03}},
    {"zeros and tiny", 5, {0, 1e-300, 0.5, 0, 1},
     {0, 5e-300, 1, 0, 1},
     {0, 1.6666666666666669e-300, 0.625, 0, 1}},
    {"all NA", 2, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};
/* clang-format on */

static void
check_adjusted(const AdjustCase *c, MzCorrection corr, const double *want, const char *what)
{
  double p[MAX_P];
  memcpy(p, c->p, c->n * sizeof *p);
  mz_p_adjust(p, c->n, corr);
  for (gsize i = 0; i < c->n; i++) {
    g_autofree char *label = g_strdup_printf("%s %s [%zu]", c->name, what, (size_t)i);
    expect_value(p[i], want[i], 1e-14, label, NULL);
  }
}

Test(keyness, p_adjust_matches_r)
{
  for (gsize i = 0; i < G_N_ELEMENTS(adjust_cases); i++) {
    const AdjustCase *c = &adjust_cases[i];
    check_adjusted(c, MZ_CORRECT_BONFERRONI, c->bonferroni, "bonferroni");
    check_adjusted(c, MZ_CORRECT_BH, c->bh, "bh");
    check_adjusted(c, MZ_CORRECT_NONE, c->p, "none");
  }
  mz_p_adjust(NULL, 0, MZ_CORRECT_BH); /* nothing to do, no critical */
}

/* Brute force from the step-up definition (Benjamini & Hochberg 1995; R's p.adjust): with m
 * non-NaN values, q_i = min(1, min over j with p_j >= p_i of m p_j / r_j), r_j = the number of
 * values <= p_j. O(m^2), independent of the sort in the library. */
static double
bh_brute_force(const double *p, gsize n, gsize i)
{
  double best = 1;
  gsize m = 0;
  for (gsize j = 0; j < n; j++)
    m += !isnan(p[j]);
  for (gsize j = 0; j < n; j++) {
    gsize rank = 0;
    if (isnan(p[j]) || p[j] < p[i])
      continue;
    for (gsize l = 0; l < n; l++)
      rank += !isnan(p[l]) && p[l] <= p[j];
    best = MIN(best, (double)m / (double)rank * p[j]);
  }
  return best;
}

/* Random p-values (some rounded to two decimals to make ties, some NaN): the BH values keep
 * the order of the raw p-values, are >= the raw p and <= 1, are <= Bonferroni's, leave NaN
 * alone, and agree with the brute-force definition. */
Test(keyness, bh_is_monotone_in_raw_p_and_not_below_it)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(20240611);
  for (guint round = 0; round < 200; round++) {
    gsize n = (gsize)g_rand_int_range(rand, 1, 120);
    g_autofree double *raw = g_new(double, n);
    g_autofree double *bh = g_new(double, n);
    g_autofree double *bonf = g_new(double, n);
    for (gsize i = 0; i < n; i++) {
      double u = pow(g_rand_double(rand), 3);
      guint kind = (guint)g_rand_int_range(rand, 0, 10);
      raw[i] = kind == 0 ? NAN : kind < 4 ? round_to(u, 2) : u;
    }
    memcpy(bh, raw, n * sizeof *bh);
    memcpy(bonf, raw, n * sizeof *bonf);
    mz_p_adjust(bh, n, MZ_CORRECT_BH);
    mz_p_adjust(bonf, n, MZ_CORRECT_BONFERRONI);
    for (gsize i = 0; i < n; i++) {
      if (isnan(raw[i])) {
        cr_expect(isnan(bh[i]) && isnan(bonf[i]), "NaN stays NaN");
        continue;
      }
      cr_expect(bh[i] >= raw[i] && bh[i] <= 1 && bh[i] <= bonf[i], "p %.17g -> %.17g", raw[i],
                bh[i]);
      expect_value(bh[i], bh_brute_force(raw, n, i), 1e-15, "brute force", NULL);
      for (gsize j = 0; j < n; j++)
        cr_expect(isnan(raw[j]) || raw[j] > raw[i] || bh[j] <= bh[i],
                  "raw %.17g <= %.17g but bh %.17g > %.17g", raw[j], raw[i], bh[j], bh[i]);
    }
  }
}

/* All m values equal to p: every q = min over ranks of (m / j) p = p (j = m). A large input,
 * in reverse order, also exercises the sort (O(n log n); a quadratic one would time out). */
Test(keyness, bh_large_inputs)
{
  const gsize n = 200000;
  g_autofree double *p = g_new(double, n);
  gsize wrong = 0;
  for (gsize i = 0; i < n; i++)
    p[i] = 0.25;
  mz_p_adjust(p, n, MZ_CORRECT_BH);
  for (gsize i = 0; i < n; i++)
    wrong += p[i] != 0.25;
  cr_expect_eq(wrong, 0, "%zu of all-equal p changed", (size_t)wrong);
  /* p = n/n, (n-1)/n, ..., 1/n: (n / rank) p = 1 for each, so every q is 1 */
  for (gsize i = 0; i < n; i++)
    p[i] = (double)(n - i) / (double)n;
  mz_p_adjust(p, n, MZ_CORRECT_BH);
  wrong = 0;
  for (gsize i = 0; i < n; i++)
    wrong += fabs(p[i] - 1) > 1e-15;
  cr_expect_eq(wrong, 0, "%zu of the reversed p are not 1", (size_t)wrong);
}

Test(keyness, correction_names_parse_and_unknown_ones_list_the_choices)
{
  static const struct {
    const char *name;
    MzCorrection c;
  } good[] = {{"none", MZ_CORRECT_NONE}, {"bonferroni", MZ_CORRECT_BONFERRONI},
              {"bh", MZ_CORRECT_BH},     {"BH", MZ_CORRECT_BH},
              {"fdr", MZ_CORRECT_BH},    {"Bonferroni", MZ_CORRECT_BONFERRONI}};
  static const char *const bad[] = {"", "holm", "BY", "bh ", "bonf", "fdr2"};
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) {
    MzCorrection c = good[i].c == MZ_CORRECT_NONE ? MZ_CORRECT_BH : MZ_CORRECT_NONE;
    g_autoptr(GError) error = NULL;
    cr_expect(mz_correction_parse(good[i].name, &c, &error), "%s", good[i].name);
    cr_expect_null(error);
    cr_expect_eq(c, good[i].c, "%s", good[i].name);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    MzCorrection c = MZ_CORRECT_BONFERRONI;
    g_autoptr(GError) error = NULL;
    cr_expect_not(mz_correction_parse(bad[i], &c, &error), "\"%s\"", bad[i]);
    cr_expect(g_error_matches(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT), "\"%s\"",
              bad[i]);
    cr_expect(error != NULL && strstr(error->message, "none, bonferroni, bh") != NULL,
              "message names the valid values: %s", error ? error->message : "(none)");
    cr_expect_eq(c, MZ_CORRECT_BONFERRONI, "unchanged on error");
  }
}
