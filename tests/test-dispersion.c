/* test-dispersion.c - range, Juilland's D, DP, DPnorm, ARF against published and independent values
 *
 * Expected values come from two places:
 * - spec/statistics.md 4 (R/tlda on Lyne's ALLEMAND data, and the ARF examples), printed there
 *   to 7 significant digits: checked with expect_printed(), which accepts exactly the numbers
 *   that round to the printed digits (|got - printed| <= half a unit in the 7th digit);
 * - /usr/bin/python3 3.11.2 with exact rationals (fractions.Fraction, square roots in 40-digit
 *   decimal) and numpy 1.24.2 as a second opinion (np.std(ddof=0)); the script is in the comment
 *   above each table. Printed to 17 digits; checked to a relative 1e-12 (double rounding in our
 *   sums is far below that, a wrong formula far above).
 */
#include "stats/mizan-stats.h"
#include "tests/helpers/test-helpers.h"

#include <math.h>

#define MAX_PARTS 64

/* |got - want| <= rel |want| + abs_tol */
static void
expect_close(double got, double want, double rel, double abs_tol, const char *what)
{
  cr_expect(fabs(got - want) <= rel * fabs(want) + abs_tol, "%s: got %.17g, expected %.17g", what,
            got, want);
}

/* got rounds to @printed at @digits significant digits */
static void
expect_printed(double got, double printed, int digits, const char *what)
{
  double unit = pow(10.0, floor(log10(fabs(printed))) - digits + 1);
  cr_expect(fabs(got - printed) <= 0.5 * unit * (1 + 1e-9), "%s: got %.17g, printed %.*g", what,
            got, digits, printed);
}

static void
expect_nan(double got, const char *what)
{
  cr_expect(isnan(got), "%s: got %.17g, expected NaN", what, got);
}

typedef struct {
  const char *name;
  guint n;
  double v[MAX_PARTS];
  double s[MAX_PARTS];
  guint64 range;
  double d, dp, dp_norm;
} Case;

static double
case_total(const Case *c)
{
  double total = 0;
  for (guint i = 0; i < c->n; i++)
    total += c->s[i];
  return total;
}

static double
case_min_share(const Case *c)
{
  double min = c->s[0];
  for (guint i = 1; i < c->n; i++)
    min = MIN(min, c->s[i]);
  return min / case_total(c);
}

/* Adds the parts in the order @order (NULL: 0 .. n-1); parts with v = 0 are skipped unless
 * @with_zeros (adding them must change nothing). */
static void
case_run(const Case *c, MzDispersion *d, const guint *order, gboolean with_zeros)
{
  double f = 0;
  for (guint i = 0; i < c->n; i++)
    f += c->v[i];
  mz_dispersion_init(d, c->n, case_total(c), f);
  for (guint k = 0; k < c->n; k++) {
    guint i = order != NULL ? order[k] : k;
    if (c->v[i] > 0 || with_zeros)
      mz_dispersion_add(d, c->v[i], c->s[i]);
  }
}

/* A permutation of 0 .. n-1: reversed, or shuffled (Fisher-Yates, fixed seed). */
static void
make_order(guint *order, guint n, gboolean shuffle, guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed(seed);
  for (guint i = 0; i < n; i++)
    order[i] = n - 1 - i;
  for (guint i = n - 1; shuffle && i > 0; i--) {
    guint j = (guint)g_rand_int_range(rand, 0, (gint32)i + 1);
    guint t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

static void
check_case(const Case *c, const MzDispersion *d, const char *order)
{
  g_autofree char *what = g_strdup_printf("%s (%s)", c->name, order);
  g_autofree char *what_d = g_strconcat(what, " D", NULL);
  g_autofree char *what_dp = g_strconcat(what, " DP", NULL);
  g_autofree char *what_norm = g_strconcat(what, " DPnorm", NULL);
  cr_expect_eq(mz_dispersion_range(d), c->range, "%s range", what);
  expect_close(mz_dispersion_juilland_d(d), c->d, 1e-12, 1e-14, what_d);
  expect_close(mz_dispersion_dp(d), c->dp, 1e-12, 1e-14, what_dp);
  expect_close(mz_dispersion_dp_norm(d, case_min_share(c)), c->dp_norm, 1e-12, 1e-14, what_norm);
}

/* Independent values, /usr/bin/python3 with fractions.Fraction (exact), for each row:
 *   r = [F(a, b) for a, b in zip(v, s)]; m = sum(r)/n; var = sum((x-m)**2 for x in r)/n
 *   D = 1 - (Decimal(var).sqrt()/Decimal(m))/Decimal(n-1).sqrt()     (40-digit decimal)
 *   DP = F(1,2)*sum(abs(F(a,f) - F(b,S)) for a, b in zip(v, s)); DPnorm = DP/(1 - F(min(s),S))
 * and numpy agreed to 15 digits (rr = v/s; 1 - rr.std(ddof=0)/rr.mean()/sqrt(n-1)). */
static const Case cases[] = {
    /* the spec's ALLEMAND row, here to 17 digits */
    {"allemand",
     10,
     {2, 0, 1, 1, 3, 0, 3, 0, 0, 0},
     {8143, 8058, 8271, 8125, 7959, 7941, 8146, 8001, 8003, 7930},
     5,
     0.60387972877491303,
     0.49907045434801494,
     0.55354797858135918},
    /* the word in a single part: D = 0 */
    {"single_part",
     6,
     {0, 0, 7, 0, 0, 0},
     {120, 95, 300, 80, 150, 55},
     1,
     0.0,
     0.625,
     0.67114093959731544},
    /* the word in every part, unequal sizes */
    {"every_part",
     7,
     {4, 9, 1, 6, 2, 3, 5},
     {1000, 2500, 400, 1800, 700, 900, 1300},
     7,
     0.94004691227383210,
     0.041860465116279070,
     0.043902439024390244},
    /* some parts, unequal sizes */
    {"mixed",
     9,
     {0, 12, 3, 0, 0, 1, 7, 0, 2},
     {5120, 13000, 2200, 800, 4100, 950, 7300, 3050, 1999},
     5,
     0.67596469474744785,
     0.33931306627897921,
     0.34650971658845675},
};

Test(dispersion, spec_reference_values_allemand)
{
  /* spec/statistics.md 4, Lyne 1985 ALLEMAND (R/tlda), 7 significant digits */
  const Case *c = &cases[0];
  MzDispersion d;
  case_run(c, &d, NULL, FALSE);
  cr_expect_eq(mz_dispersion_range(&d), 5);
  expect_printed(mz_dispersion_juilland_d(&d), 0.6038797, 7, "D");
  expect_printed(mz_dispersion_dp(&d), 0.4990705, 7, "DP");
  expect_printed(mz_dispersion_dp_norm(&d, case_min_share(c)), 0.5535480, 7, "DPnorm");
}

Test(dispersion, spec_reference_values_equal_parts)
{
  /* spec/statistics.md 4: the same v over equal parts (Wordless' equal-part formulas):
   * DP 0.5, DPnorm 0.5555556 (= 0.5 / (1 - 1/10)); D on raw counts 0.6055947 */
  Case c = cases[0];
  MzDispersion d;
  for (guint i = 0; i < c.n; i++)
    c.s[i] = 8000;
  case_run(&c, &d, NULL, FALSE);
  cr_expect_eq(mz_dispersion_range(&d), 5);
  expect_printed(mz_dispersion_dp(&d), 0.5, 7, "DP");
  expect_printed(mz_dispersion_dp_norm(&d, 0.1), 0.5555556, 7, "DPnorm");
  expect_printed(mz_dispersion_juilland_d(&d), 0.6055947, 7, "D");
}

Test(dispersion, agrees_with_exact_python)
{
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    MzDispersion d;
    case_run(&cases[i], &d, NULL, FALSE);
    check_case(&cases[i], &d, "in order");
  }
}

Test(dispersion, order_of_parts_does_not_matter)
{
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    const Case *c = &cases[i];
    MzDispersion d;
    guint order[MAX_PARTS];
    make_order(order, c->n, FALSE, 0);
    case_run(c, &d, order, FALSE);
    check_case(c, &d, "reversed");
    for (guint32 seed = 1; seed <= 3; seed++) {
      make_order(order, c->n, TRUE, seed);
      case_run(c, &d, order, FALSE);
      check_case(c, &d, "shuffled");
      case_run(c, &d, order, TRUE);
      check_case(c, &d, "shuffled, v = 0 parts added too");
    }
  }
}

/* n = 50, v_i = 100 + i % 3, s_i = 10000 + 37 i; same python as the table above:
 * D 0.99291423748013108, DP 0.021364342005082416, DPnorm 0.021763433062011990 */
Test(dispersion, agrees_with_exact_python_on_fifty_parts)
{
  Case c = {"fifty_parts",       50, {0}, {0}, 50, 0.99291423748013108, 0.021364342005082416,
            0.021763433062011990};
  MzDispersion d;
  guint order[MAX_PARTS];
  for (guint i = 0; i < c.n; i++) {
    c.v[i] = 100 + i % 3;
    c.s[i] = 10000 + 37 * i;
  }
  make_order(order, c.n, TRUE, 50);
  case_run(&c, &d, order, FALSE);
  check_case(&c, &d, "shuffled");
}

/* A nearly even word: v_i = 1000000 + i % 2, s_i = 10000000 + 7 i, n = 40. Exact python (as above)
 * gives 1 - D = 1.2928870720688937e-06; the textbook n sum(x^2)/(sum x)^2 - 1 in doubles gives
 * 1.292889466574174e-06 (relative error 2e-6), so this checks the care against cancellation. */
Test(dispersion, nearly_even_word_keeps_its_variance)
{
  MzDispersion d;
  double total = 0, f = 0;
  for (guint i = 0; i < 40; i++) {
    total += 10000000 + 7 * i;
    f += 1000000 + i % 2;
  }
  mz_dispersion_init(&d, 40, total, f);
  for (guint i = 0; i < 40; i++)
    mz_dispersion_add(&d, 1000000 + i % 2, 10000000 + 7 * i);
  expect_close(1.0 - mz_dispersion_juilland_d(&d), 1.2928870720688937e-06, 1e-8, 0, "1 - D");
}

Test(dispersion, single_part_corpus)
{
  /* n = 1: the population sd over one part is 0 and sqrt(n - 1) = 0, so D is 0/0; DP = 1/2 |1 - 1|
   * = 0; DPnorm divides by 1 - w_1 = 0 */
  MzDispersion d;
  mz_dispersion_init(&d, 1, 500, 7);
  mz_dispersion_add(&d, 7, 500);
  cr_expect_eq(mz_dispersion_range(&d), 1);
  expect_nan(mz_dispersion_juilland_d(&d), "D");
  expect_close(mz_dispersion_dp(&d), 0.0, 0, 1e-15, "DP");
  expect_nan(mz_dispersion_dp_norm(&d, 1.0), "DPnorm");
}

Test(dispersion, perfectly_even_word)
{
  /* equal rates in every part: sd = 0 so D = 1, and t_i = w_i so DP = 0, by the definitions.
   * Checked for exact equality on purpose: the rates and K = f/S are then the same double and
   * the missing share is 0, so the implementation owes exact values, and a residue would reach
   * the CSV as 5.55e-17 or 0.99999999. The textbook sum(x^2) - (sum x)^2/n in doubles gives
   * D = 0.99999999247 for "sevenths" (/usr/bin/python3, same IEEE operations), and summing the
   * shares 1/10 ten times leaves 1 - 0.9999999999999999 = 1.1e-16 for "tenths". */
  static const struct {
    const char *name;
    guint n;
    double v[10], s[10];
  } rows[] = {
      {"equal parts",
       8,
       {3, 3, 3, 3, 3, 3, 3, 3},
       {1250, 1250, 1250, 1250, 1250, 1250, 1250, 1250}},
      {"unequal parts, equal rates", 5, {2, 4, 1, 8, 6}, {1000, 2000, 500, 4000, 3000}},
      {"sevenths", 3, {1, 1, 1}, {7, 7, 7}},
      {"tenths", 10, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, {13, 13, 13, 13, 13, 13, 13, 13, 13, 13}},
  };
  for (guint r = 0; r < G_N_ELEMENTS(rows); r++) {
    MzDispersion d;
    double total = 0, f = 0, min = G_MAXDOUBLE;
    for (guint i = 0; i < rows[r].n; i++) {
      total += rows[r].s[i];
      f += rows[r].v[i];
      min = MIN(min, rows[r].s[i]);
    }
    mz_dispersion_init(&d, rows[r].n, total, f);
    for (guint i = 0; i < rows[r].n; i++)
      mz_dispersion_add(&d, rows[r].v[i], rows[r].s[i]);
    cr_expect_eq(mz_dispersion_range(&d), rows[r].n, "%s", rows[r].name);
    expect_close(mz_dispersion_juilland_d(&d), 1.0, 0, 0, rows[r].name);
    expect_close(mz_dispersion_dp(&d), 0.0, 0, 0, rows[r].name);
    expect_close(mz_dispersion_dp_norm(&d, min / total), 0.0, 0, 0, rows[r].name);
  }
}

Test(dispersion, word_in_one_part_has_d_zero)
{
  /* x = (r, 0, ..., 0): mean r/n, population sd r sqrt(n - 1)/n, so D = 1 - sqrt(n - 1)/sqrt(n - 1)
   * = 0 for any r and n (exact python, as above, prints 0 for "single_part"); DP = 1/2 (|1 - w_j|
   * + 1 - w_j) = 1 - w_j. Checked exactly: without care, rounding leaves D = -1e-16 or 1e-16 in
   * about half of such words (/usr/bin/python3, same IEEE operations, 20000 random rows). */
  static const struct {
    guint n, part;
    double v, s[6];
  } rows[] = {
      {6, 2, 7, {120, 95, 300, 80, 150, 55}},
      {2, 0, 1, {1, 1}},
      {5, 4, 3, {7, 11, 13, 17, 19}},
      {3, 1, 999, {1000, 1000000, 3}},
  };
  for (guint r = 0; r < G_N_ELEMENTS(rows); r++) {
    MzDispersion d;
    double total = 0;
    for (guint i = 0; i < rows[r].n; i++)
      total += rows[r].s[i];
    mz_dispersion_init(&d, rows[r].n, total, rows[r].v);
    mz_dispersion_add(&d, rows[r].v, rows[r].s[rows[r].part]);
    cr_expect_eq(mz_dispersion_range(&d), 1);
    cr_expect(mz_dispersion_juilland_d(&d) == 0.0, "row %u: D = %.17g", r,
              mz_dispersion_juilland_d(&d));
    expect_close(mz_dispersion_dp(&d), 1.0 - rows[r].s[rows[r].part] / total, 1e-15, 1e-16, "DP");
  }
}

Test(dispersion, word_without_occurrences_is_undefined)
{
  /* f = 0: t_i = v_i/f and mean(x) = 0 make DP and D 0/0 */
  MzDispersion d;
  mz_dispersion_init(&d, 4, 1000, 0);
  cr_expect_eq(mz_dispersion_range(&d), 0);
  expect_nan(mz_dispersion_juilland_d(&d), "D");
  expect_nan(mz_dispersion_dp(&d), "DP");
  expect_nan(mz_dispersion_dp_norm(&d, 0.25), "DPnorm");
}

/* ARF rows. The spec's two (1-based there; ARF does not depend on the origin) are checked to their
 * printed digits in arf_spec_reference_values; the values here are from /usr/bin/python3, exact:
 *   f = len(p); v = F(N, f); d = [p[i]-p[i-1] for i in range(1, f)] + [p[0] + N - p[-1]]
 *   ARF = sum(min(F(x), v) for x in d) / v
 * f = 1 gives 1 by hand too: d_1 = p + N - p = N = v, so ARF = min(N, N)/N = 1. */
static const struct {
  guint64 n;
  guint f;
  guint64 pos[10];
  double arf;
} arf_rows[] = {
    {100, 4, {1, 2, 3, 50}, 2.08},
    {100, 4, {1, 26, 51, 76}, 4.0},
    {100, 1, {37}, 1.0},
    {100, 1, {0}, 1.0},
    {10, 2, {0, 9}, 1.2}, /* both ends: d = 9 (reduced to v = 5) and the cyclic 0 + 10 - 9 = 1 */
    {120, 2, {0, 119}, 1.0166666666666667},
    {120, 8, {3, 4, 17, 18, 19, 60, 61, 95}, 4.1333333333333333},
    {10, 10, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10.0}, /* every position: ARF = f */
};

static double
arf_of(guint r, guint64 shift)
{
  MzArf a;
  mz_arf_init(&a, arf_rows[r].n, arf_rows[r].f);
  for (guint i = 0; i < arf_rows[r].f; i++)
    mz_arf_add(&a, arf_rows[r].pos[i] - shift);
  return mz_arf_value(&a);
}

Test(dispersion, arf_spec_reference_values)
{
  /* spec/statistics.md 4: ARF(1, 2, 3, 50; N = 100) = 2.08, ARF(1, 26, 51, 76; N = 100) = 4.0,
   * given with 1-based positions; here as they stand and moved to 0-based */
  expect_printed(arf_of(0, 0), 2.08, 7, "ARF(1, 2, 3, 50)");
  expect_printed(arf_of(0, 1), 2.08, 7, "ARF(0, 1, 2, 49)");
  expect_printed(arf_of(1, 0), 4.0, 7, "ARF(1, 26, 51, 76)");
  expect_printed(arf_of(1, 1), 4.0, 7, "ARF(0, 25, 50, 75)");
}

Test(dispersion, arf_agrees_with_exact_python)
{
  for (guint r = 0; r < G_N_ELEMENTS(arf_rows); r++) {
    g_autofree char *what = g_strdup_printf("ARF row %u (f = %u, N = %" G_GUINT64_FORMAT ")", r,
                                            arf_rows[r].f, arf_rows[r].n);
    expect_close(arf_of(r, 0), arf_rows[r].arf, 1e-12, 0, what);
  }
}

Test(dispersion, arf_value_does_not_change_the_state)
{
  /* reading the value after every position must not disturb the final value */
  guint r = 6;
  MzArf a;
  mz_arf_init(&a, arf_rows[r].n, arf_rows[r].f);
  expect_nan(mz_arf_value(&a), "ARF before any position");
  for (guint i = 0; i < arf_rows[r].f; i++) {
    mz_arf_add(&a, arf_rows[r].pos[i]);
    cr_expect(isfinite(mz_arf_value(&a)), "ARF after %u positions", i + 1);
  }
  expect_close(mz_arf_value(&a), arf_rows[r].arf, 1e-12, 0, "ARF, first read");
  expect_close(mz_arf_value(&a), arf_rows[r].arf, 1e-12, 0, "ARF, second read");
}
