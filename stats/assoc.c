/* assoc.c - association measures of a 2x2 contingency table (spec/statistics.md 1, 2, 8, 10.1)
 *
 * Notation of spec 1 (Evert): cells O11 O12 / O21 O22, margins R1 R2 (w1) and C1 C2 (w2),
 * E_ij = R_i C_j / N. The conventions (MI family in log_base, signs, one-sided upper-tail
 * p-values, NaN = NA, the limits -inf / 0 ln 0 = 0 / inf the spec gives) are stated per
 * measure in its description, which is the --help text.
 *
 * Accuracy with counts up to 2^53: O11 - E11 is (O11 O22 - O12 O21)/N with the cross
 * difference rounded once, and every O ln(O/E) is taken as bd0(O, E) = O ln(O/E) - (O - E)
 * >= 0 (a series near O = E), so G2 keeps its digits when N is large (the plain four-term
 * sum loses about log10(N) of them). Fisher's and the Poisson tail sum their terms from
 * the first, whose log comes from the same bd0 terms plus Stirling's series (Loader's
 * saddle-point form, 2000): exact to ~1e-14 at any N, where differences of ln N! (as in
 * gsl_sf_lnchoose, which also takes unsigned int) lose about log10(N ln N) digits.
 */
#include "stats/mizan-stats.h"
#include "stats/numeric-private.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>

#define MZ_LN_2PI 1.83787706640934548356 /* ln(2 pi) */
/* a tail sum stops once the rest is provably below this share of it (see tail_done()) */
#define MZ_TAIL_EPS 1e-17
/* counts up to this use ln k! from GSL's table, larger ones Stirling's series */
#define MZ_STIRLING_MIN 15.0
#define MZ_LOGDICE_OFFSET 14.0 /* Rychly 2008 */
#define MZ_YATES 0.5
#define MZ_HALDANE 0.5

/* Column name and --help line (definition, convention where peers differ, citation),
 * in the order of MzAssocMeasure. */
static const struct {
  const char *name, *description;
} measures[] = {
    {"mi", "log_b(O11/E11), b = the log base (default 2); -inf if O11 = 0 (Church & Hanks 1990)"},
    {"mi2", "log_b(O11^2/E11); -inf if O11 = 0 (Daille 1994)"},
    {"mi3", "log_b(O11^3/E11); -inf if O11 = 0 (Daille 1994; Evert 2008)"},
    {"local_mi", "O11 * log_b(O11/E11); 0 if O11 = 0 (Evert 2004)"},
    {"t", "t-score (O11 - E11)/sqrt(O11); NA if O11 = 0 (Church et al. 1991)"},
    {"p_t", "P(Z >= t), Z ~ N(0,1), as Evert 2004 (Wordless: t(N-1), other denominator)"},
    {"z", "z-score (O11 - E11)/sqrt(E11) (Dennis 1965; Evert 2004)"},
    {"p_z", "one-sided P(Z >= z), Z ~ N(0,1), as Evert 2004; 0 on underflow"},
    {"z_corr",
     "(|O11 - E11| - 0.5)/sqrt(E11), clamped at 0 as corpora (UCS does not), signed (Yates 1934)"},
    {"ll", "G2 = 2 sum O ln(O/E) over the 4 cells, 0 ln 0 = 0, signed by O11 - E11 (Dunning 1993)"},
    {"p_ll", "P(chi2(1) >= |G2|), as R pchisq and SciPy chi2.sf; 0 on underflow"},
    {"simple_ll", "2 (O11 ln(O11/E11) - (O11 - E11)), signed; 2 E11 if O11 = 0 (Evert 2008)"},
    {"chi2",
     "Pearson X2 = sum (O - E)^2/E, signed by O11 - E11; NA if a margin is 0 (Pearson 1900)"},
    {"p_chi2", "P(chi2(1) >= |X2|), as R chisq.test(correct = FALSE); 0 on underflow"},
    {"chi2_corr",
     "X2, |O - E| - 0.5 clamped at 0 as R chisq.test, SciPy (UCS does not), signed (Yates 1934)"},
    {"fisher_p", "one-sided P(X >= O11), X hypergeometric, as R fisher.test(alternative = "
                 "\"greater\"); NA if a count is not whole"},
    {"poisson_p", "P(X >= O11), X ~ Poisson(E11) (UCS Poisson.pv: -log10); NA if O11 not whole"},
    {"poisson_stirling",
     "O11 (ln O11 - ln E11 - 1) (Quasthoff & Wolff 2002; NLTK: log2); 0 if O11 = 0"},
    {"dice", "2 O11/(R1 + C1) (Dice 1945; Smadja et al. 1996)"},
    {"logdice", "14 + log2(dice), at most 14; -inf if O11 = 0 (Rychly 2008)"},
    {"jaccard", "O11/(O11 + O12 + O21) (Jaccard 1912)"},
    {"gmean", "O11/sqrt(R1 C1), geometric mean of P(w2|w1) and P(w1|w2) (Evert 2004)"},
    {"ms", "minimum sensitivity min(O11/R1, O11/C1) (Pedersen 1998)"},
    {"odds_ratio", "O11 O22/(O12 O21); inf if O12 O21 = 0, NA if O11 O22 = 0 too (Evert 2004)"},
    {"log_odds_ratio", "ln odds ratio, +0.5 on each cell: finite (Haldane 1956; quanteda lambda)"},
    {"relative_risk", "(O11/C1)/(O12/C2); inf if O12 = 0 (UCS relative.risk: its log10)"},
    {"delta_p21", "Delta P of w2 given w1: O11/R1 - O21/R2 (Gries 2013)"},
    {"delta_p12", "Delta P of w1 given w2: O11/C1 - O12/C2 (Gries 2013)"},
    {"average_mi",
     "sum O log_b(O/E) over the 4 cells = G2/(2 ln b), signed (UCS: log10, unsigned)"},
};
G_STATIC_ASSERT(G_N_ELEMENTS(measures) == MZ_ASSOC_N_MEASURES);

static const MzAssocMeasure default_measures[] = {
    MZ_ASSOC_MI,   MZ_ASSOC_MI3,     MZ_ASSOC_T,         MZ_ASSOC_Z,
    MZ_ASSOC_LL,   MZ_ASSOC_P_LL,    MZ_ASSOC_CHI2,      MZ_ASSOC_FISHER_P,
    MZ_ASSOC_DICE, MZ_ASSOC_LOGDICE, MZ_ASSOC_DELTA_P21,
};

/* What the measures of one table share; G2 is computed on first use. */
typedef struct {
  const MzContingency *t;
  double r1, r2, c1, c2, n;
  double e11, e12, e21, e22;
  double det, diff;   /* O11 O22 - O12 O21 = N diff; diff = O11 - E11 = O22 - E22 = ... */
  double ln_oe;       /* ln(O11/E11) = log1p(diff/E11), exact near independence */
  double yates;       /* |O - E| - 0.5 clamped at 0 (R chisq.test, SciPy, corpora) */
  double inv_e;       /* sum of 1/E_ij (X2 = diff^2 inv_e); NaN if a margin is 0 */
  double ln_base, g2; /* g2 unsigned, NaN until computed */
} MzAssocTable;

/**
 * mz_contingency_from_signature:
 * @t: (out caller-allocates): the table
 * @f: the pair's frequency O11
 * @f1: w1's marginal R1
 * @f2: w2's marginal C1
 * @n: the sample size N
 *
 * Fills the cells of spec 1: O11 = f, O12 = f1 - f, O21 = f2 - f, O22 = N - f1 - f2 + f.
 * A negative cell is a programming error (the table is filled; the measures refuse it).
 */
void
mz_contingency_from_signature(MzContingency *t, double f, double f1, double f2, double n)
{
  g_return_if_fail(t != NULL);
  t->o11 = f;
  t->o12 = f1 - f;
  t->o21 = f2 - f;
  t->o22 = (n - f1) - (f2 - f);
  g_return_if_fail(f >= 0 && t->o12 >= 0 && t->o21 >= 0 && t->o22 >= 0);
}

/* a valid table: finite, no negative cell, N > 0 */
static gboolean
table_valid(const MzContingency *t)
{
  double n = t->o11 + t->o12 + t->o21 + t->o22;
  return MIN(MIN(t->o11, t->o12), MIN(t->o21, t->o22)) >= 0 && n > 0 && isfinite(n);
}

/**
 * mz_contingency_e11:
 * @t: a table (no negative cell, N > 0)
 *
 * Returns: E11 = R1 C1 / N, the pair's expected frequency under independence.
 */
double
mz_contingency_e11(const MzContingency *t)
{
  g_return_val_if_fail(t != NULL && table_valid(t), NAN);
  return (t->o11 + t->o12) * (t->o11 + t->o21) / (t->o11 + t->o12 + t->o21 + t->o22);
}

static void
table_init(MzAssocTable *p, const MzContingency *t, double log_base)
{
  p->t = t;
  p->r1 = t->o11 + t->o12;
  p->r2 = t->o21 + t->o22;
  p->c1 = t->o11 + t->o21;
  p->c2 = t->o12 + t->o22;
  p->n = p->r1 + p->r2;
  p->e11 = p->r1 * p->c1 / p->n;
  p->e12 = p->r1 * p->c2 / p->n;
  p->e21 = p->r2 * p->c1 / p->n;
  p->e22 = p->r2 * p->c2 / p->n;
  p->det = mz_diff_of_products(t->o11, t->o22, t->o12, t->o21);
  p->diff = p->det / p->n;
  p->ln_oe = log1p(p->diff / p->e11);
  p->yates = MAX(0.0, fabs(p->diff) - MZ_YATES);
  p->inv_e =
      p->r1 * p->r2 * p->c1 * p->c2 == 0 ? NAN : 1 / p->e11 + 1 / p->e12 + 1 / p->e21 + 1 / p->e22;
  p->ln_base = log(log_base);
  p->g2 = NAN;
}

/* stat with the sign of O11 - E11 (0 when they are equal); NaN stays NaN */
static double
signed_by_diff(const MzAssocTable *p, double stat)
{
  if (isnan(stat) || p->diff > 0)
    return stat;
  return p->diff < 0 ? -stat : 0.0;
}

/* bd0(x, m) = x ln(x/m) - (x - m) >= 0, given diff = x - m exactly (Loader 2000). Near
 * x = m, with v = diff/(x + m): x ln(x/m) = 2x atanh(v) = 2x (v + v^3/3 + v^5/5 ...) and
 * 2xv - diff = v diff, so bd0 = v diff + 2x (v^3/3 + v^5/5 + ...): every term is v^2 times
 * the last, so |v| < 0.1 gives full precision in about 8 terms. */
static double
bd0(double x, double m, double diff)
{
  if (x == 0)
    return m;
  if (fabs(diff) < 0.1 * (x + m)) {
    double v = diff / (x + m), v2 = v * v, sum = diff * v, term = 2 * x * v;
    for (int j = 3; j < 60; j += 2) {
      double next;
      term *= v2;
      next = sum + term / j;
      if (next == sum)
        break;
      sum = next;
    }
    return sum;
  }
  return x * log(x / m) - diff;
}

static double
table_g2(MzAssocTable *p)
{
  const MzContingency *t = p->t;
  if (isnan(p->g2))
    p->g2 = 2 * (bd0(t->o11, p->e11, p->diff) + bd0(t->o12, p->e12, -p->diff) +
                 bd0(t->o21, p->e21, -p->diff) + bd0(t->o22, p->e22, p->diff));
  return p->g2;
}

/* ln k! - (k ln k - k): ln sqrt(2 pi k) plus the error of Stirling's formula; 0 for k = 0.
 * Above 15 the series 1/12k - 1/360k^3 + 1/1260k^5 - 1/1680k^7 + 1/1188k^9 is exact to
 * 1e-16 (the next term, 691/360360k^11, is 1.1e-16 at k = 16). */
static double
ln_factorial_rest(double k)
{
  double k2;
  if (k <= MZ_STIRLING_MIN)
    return k == 0 ? 0.0 : gsl_sf_lnfact((unsigned int)k) - k * log(k) + k;
  k2 = 1 / (k * k);
  return 0.5 * (MZ_LN_2PI + log(k)) +
         (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - k2 / 1188) * k2) * k2) * k2) / k;
}

/* Stopping rule of the tail sums. The hypergeometric and Poisson pmfs are log-concave, so
 * the ratio r of a term to the one before does not grow along a tail: after a term T whose
 * next ratio is r < 1, the rest is at most T (r + r^2 + ...) = T r/(1 - r). Stopping when
 * that bound is below MZ_TAIL_EPS of the running sum leaves an error under 1e-17 relative,
 * below the rounding of the sum itself (plain "stop when a term is below 1e-17 of the sum"
 * could stop early where r is close to 1). */
static gboolean
tail_done(double term, double r, double sum)
{
  return r < 1 && term * r < MZ_TAIL_EPS * sum * (1 - r);
}

/* A walk over the values k of X: the hypergeometric's table at X = k (O11 = k), or for the
 * Poisson (k, lambda); diff = k - E11 (k - lambda), kept exact from the table's. */
typedef struct {
  double cell[4], diff;
  gboolean poisson;
} MzTailWalk;

/* P(X = k + step)/P(X = k), step = +-1; 0 past the end of the support */
static double
walk_ratio(const MzTailWalk *w, double step)
{
  const double *c = w->cell;
  if (w->poisson)
    return step > 0 ? c[1] / (c[0] + 1) : c[0] / c[1];
  return step > 0 ? c[1] * c[2] / ((c[0] + 1) * (c[3] + 1))
                  : c[0] * c[3] / ((c[1] + 1) * (c[2] + 1));
}

static void
walk_move(MzTailWalk *w, double step)
{
  static const double up[4] = {1, -1, -1, 1}; /* O11, O22 grow; O12, O21 shrink */
  w->diff += step;
  for (int i = 0; i < (w->poisson ? 1 : 4); i++)
    w->cell[i] += up[i] * step;
}

/* ln P(X = k). Poisson: -bd0(k, lambda) - (ln k! - k ln k + k). Hypergeometric: the sum of
 * ln(margin!) - ln N! - sum ln(cell!), whose k ln k - k parts add up to
 * -sum bd0(cell, E_cell), the G2/2 of the table at k (Loader 2000). */
static double
walk_ln_pmf(const MzAssocTable *p, const MzTailWalk *w)
{
  const double *c = w->cell;
  double margins, cells, dev;
  if (w->poisson)
    return -bd0(c[0], c[1], w->diff) - ln_factorial_rest(c[0]);
  margins = ln_factorial_rest(p->r1) + ln_factorial_rest(p->r2) + ln_factorial_rest(p->c1) +
            ln_factorial_rest(p->c2) - ln_factorial_rest(p->n);
  cells = ln_factorial_rest(c[0]) + ln_factorial_rest(c[1]) + ln_factorial_rest(c[2]) +
          ln_factorial_rest(c[3]);
  dev = bd0(c[0], p->e11, w->diff) + bd0(c[1], p->e12, -w->diff) + bd0(c[2], p->e21, -w->diff) +
        bd0(c[3], p->e22, w->diff);
  return margins - cells - dev;
}

/* P(X >= k) for the walk's k, which is not the least value of the support. Past the mode
 * the terms are summed from k up; before it, P(X <= k - 1) from k - 1 down and p is 1 minus
 * that (p is then about 1/2 or more, so nothing cancels). Terms are summed relative to the
 * first, whose log is exact, so no term underflows before the sum is scaled. */
static double
walk_upper_tail(const MzAssocTable *p, MzTailWalk w)
{
  double step = walk_ratio(&w, 1) < 1 ? 1 : -1;
  double term = 1, sum = 1, ln_first, tail;
  if (step < 0)
    walk_move(&w, -1);
  ln_first = walk_ln_pmf(p, &w);
  for (double r; (r = walk_ratio(&w, step)) > 0 && !tail_done(term, r, sum); walk_move(&w, step)) {
    term *= r;
    sum += term;
  }
  tail = exp(ln_first + log(sum));
  return step > 0 ? tail : MAX(0.0, 1.0 - tail);
}

/* Fisher's exact test, one-sided: P(X >= O11), X ~ Hypergeometric(N, R1 drawn, C1 white),
 * for whole counts; 1 if O11 = 0 or O22 = 0 (O11 is then the least value X takes) */
static double
fisher_p(const MzAssocTable *p)
{
  const MzContingency *t = p->t;
  MzTailWalk w = {{t->o11, t->o12, t->o21, t->o22}, p->diff, FALSE};
  for (int i = 0; i < 4; i++)
    if (floor(w.cell[i]) != w.cell[i])
      return NAN;
  return t->o11 == 0 || t->o22 == 0 ? 1.0 : walk_upper_tail(p, w);
}

/* P(X >= O11), X ~ Poisson(E11), for a whole O11 */
static double
poisson_p(const MzAssocTable *p)
{
  double o = p->t->o11;
  MzTailWalk w = {{o, p->e11, 0, 0}, o - p->e11, TRUE};
  if (floor(o) != o)
    return NAN;
  if (o == 0 || p->e11 == 0)
    return o == 0 ? 1.0 : 0.0;
  return walk_upper_tail(p, w);
}

/* upper tail of N(0,1) at stat, or of chi2(1) at |stat| = 2 Q(sqrt |stat|) (chi2(1) is Z^2:
 * GSL's routine of spec 8 at a tenth of gsl_cdf_chisq_Q's time); NaN stays NaN */
static double
p_value(double stat, gboolean chi2)
{
  if (isnan(stat))
    return NAN;
  return chi2 ? 2 * gsl_cdf_ugaussian_Q(sqrt(fabs(stat))) : gsl_cdf_ugaussian_Q(stat);
}

static double
ratio_or_inf(double num, double den)
{
  if (den == 0)
    return num > 0 ? INFINITY : NAN;
  return num / den;
}

/* the MI family, the tests and the p-values */
static double
value_stat(MzAssocTable *p, MzAssocMeasure m)
{
  double o = p->t->o11, e = p->e11;
  switch (m) {
  case MZ_ASSOC_MI:
    return p->ln_oe / p->ln_base;
  case MZ_ASSOC_MI2:
    return (log(o) + p->ln_oe) / p->ln_base;
  case MZ_ASSOC_MI3:
    return (2 * log(o) + p->ln_oe) / p->ln_base;
  case MZ_ASSOC_LOCAL_MI:
    return o == 0 ? (e > 0 ? 0.0 : NAN) : o * p->ln_oe / p->ln_base;
  case MZ_ASSOC_T:
    return o == 0 ? NAN : p->diff / sqrt(o);
  case MZ_ASSOC_P_T:
    return p_value(o == 0 ? NAN : p->diff / sqrt(o), FALSE);
  case MZ_ASSOC_Z:
    return e == 0 ? NAN : p->diff / sqrt(e);
  case MZ_ASSOC_P_Z:
    return p_value(e == 0 ? NAN : p->diff / sqrt(e), FALSE);
  case MZ_ASSOC_Z_CORR:
    return e == 0 ? NAN : signed_by_diff(p, p->yates / sqrt(e));
  case MZ_ASSOC_SIMPLE_LL:
    return e == 0 ? NAN : signed_by_diff(p, 2 * bd0(o, e, p->diff));
  case MZ_ASSOC_POISSON_STIRLING:
    return o == 0 ? (e > 0 ? 0.0 : NAN) : o * (p->ln_oe - 1);
  case MZ_ASSOC_POISSON_P:
    return poisson_p(p);
  case MZ_ASSOC_LL:
    return signed_by_diff(p, table_g2(p));
  case MZ_ASSOC_P_LL:
    return p_value(table_g2(p), TRUE);
  case MZ_ASSOC_AVERAGE_MI:
    return signed_by_diff(p, table_g2(p) / (2 * p->ln_base));
  case MZ_ASSOC_CHI2:
    return signed_by_diff(p, p->diff * p->diff * p->inv_e);
  case MZ_ASSOC_P_CHI2:
    return p_value(p->diff * p->diff * p->inv_e, TRUE);
  case MZ_ASSOC_CHI2_CORR:
    return signed_by_diff(p, p->yates * p->yates * p->inv_e);
  case MZ_ASSOC_FISHER_P:
    return fisher_p(p);
  default:
    g_return_val_if_reached(NAN);
  }
}

/* the effect sizes of conditional probabilities and ratios */
static double
value(MzAssocTable *p, MzAssocMeasure m)
{
  const MzContingency *t = p->t;
  double o = t->o11;
  switch (m) {
  case MZ_ASSOC_DICE:
    return 2 * o / (p->r1 + p->c1);
  case MZ_ASSOC_LOGDICE:
    return MZ_LOGDICE_OFFSET + log2(2 * o / (p->r1 + p->c1));
  case MZ_ASSOC_JACCARD:
    return o / (o + t->o12 + t->o21);
  case MZ_ASSOC_GMEAN:
    return p->r1 * p->c1 == 0 ? NAN : o / sqrt(p->r1 * p->c1);
  case MZ_ASSOC_MS:
    return p->r1 == 0 || p->c1 == 0 ? NAN : MIN(o / p->r1, o / p->c1);
  case MZ_ASSOC_ODDS_RATIO:
    return ratio_or_inf(o * t->o22, t->o12 * t->o21);
  case MZ_ASSOC_LOG_ODDS_RATIO:
    return log1p(mz_diff_of_products(o + MZ_HALDANE, t->o22 + MZ_HALDANE, t->o12 + MZ_HALDANE,
                                     t->o21 + MZ_HALDANE) /
                 ((t->o12 + MZ_HALDANE) * (t->o21 + MZ_HALDANE)));
  case MZ_ASSOC_RELATIVE_RISK:
    return ratio_or_inf(o * p->c2, t->o12 * p->c1);
  case MZ_ASSOC_DELTA_P21:
    return p->r1 == 0 || p->r2 == 0 ? NAN : p->det / (p->r1 * p->r2);
  case MZ_ASSOC_DELTA_P12:
    return p->c1 == 0 || p->c2 == 0 ? NAN : p->det / (p->c1 * p->c2);
  default:
    return value_stat(p, m);
  }
}

/**
 * mz_assoc_values:
 * @ms: (array length=n): the measures wanted
 * @n: how many
 * @t: the table (no negative cell, N > 0)
 * @log_base: the base of the MI family (2, M_E or 10; any positive base but 1 works)
 * @out: (array length=n) (out caller-allocates): out[i] gets the value of ms[i]
 *
 * Computes several measures of one table, sharing E_ij, O11 - E11 and G2 between them.
 * Nothing is allocated. Values follow the conventions in mz_assoc_description(); NaN is
 * NA. An invalid table or base is a programming error: every out[i] is then NaN.
 */
void
mz_assoc_values(const MzAssocMeasure *ms, guint n, const MzContingency *t, double log_base,
                double *out)
{
  MzAssocTable p;
  g_return_if_fail(n == 0 || (ms != NULL && out != NULL));
  for (guint i = 0; i < n; i++)
    out[i] = NAN;
  g_return_if_fail(t != NULL && table_valid(t));
  g_return_if_fail(log_base > 0 && log_base != 1 && isfinite(log_base));
  table_init(&p, t, log_base);
  for (guint i = 0; i < n; i++) {
    g_return_if_fail(ms[i] < MZ_ASSOC_N_MEASURES);
    out[i] = value(&p, ms[i]);
  }
}

/**
 * mz_assoc_value:
 * @m: a measure
 * @t: the table (no negative cell, N > 0)
 * @log_base: the base of the MI family (2, M_E or 10); the other measures ignore it
 *
 * One measure of one table; see mz_assoc_values() to compute several at once.
 *
 * Returns: the value (NaN for NA, see mz_assoc_description()).
 */
double
mz_assoc_value(MzAssocMeasure m, const MzContingency *t, double log_base)
{
  double out = NAN;
  mz_assoc_values(&m, 1, t, log_base, &out);
  return out;
}

/**
 * mz_assoc_name:
 * @m: a measure
 *
 * Returns: (transfer none): its column name ("mi", "p_ll", "logdice" ...).
 */
const char *
mz_assoc_name(MzAssocMeasure m)
{
  g_return_val_if_fail(m < MZ_ASSOC_N_MEASURES, NULL);
  return measures[m].name;
}

/**
 * mz_assoc_description:
 * @m: a measure
 *
 * Returns: (transfer none): one line for --help: the definition, the convention chosen
 * where peers differ (sign, tail, log base, zero cells) and a citation.
 */
const char *
mz_assoc_description(MzAssocMeasure m)
{
  g_return_val_if_fail(m < MZ_ASSOC_N_MEASURES, NULL);
  return measures[m].description;
}

/**
 * mz_assoc_parse:
 * @name: a column name, in any case ("mi", "P_LL" ...)
 * @m: (out): the measure
 * @error: MZ_STATS_ERROR_INVALID_ARGUMENT for an unknown name, with the valid ones
 *
 * Returns: TRUE if @name is a measure.
 */
gboolean
mz_assoc_parse(const char *name, MzAssocMeasure *m, GError **error)
{
  g_autoptr(GString) names = NULL;
  g_return_val_if_fail(name != NULL && m != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  for (guint i = 0; i < MZ_ASSOC_N_MEASURES; i++) {
    if (g_ascii_strcasecmp(name, measures[i].name) == 0) {
      *m = (MzAssocMeasure)i;
      return TRUE;
    }
  }
  names = g_string_new(NULL);
  for (guint i = 0; i < MZ_ASSOC_N_MEASURES; i++)
    g_string_append_printf(names, "%s%s", i > 0 ? ", " : "", measures[i].name);
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
              "unknown association measure \"%s\" (valid: %s)", name, names->str);
  return FALSE;
}

/* appends an item of the list, "all", "default" or a name; a measure given twice is an error */
static gboolean
list_add(GArray *list, gboolean *seen, const char *item, GError **error)
{
  const MzAssocMeasure *group = &default_measures[0];
  guint n = G_N_ELEMENTS(default_measures);
  MzAssocMeasure one;
  if (g_ascii_strcasecmp(item, "all") == 0) {
    group = NULL;
    n = MZ_ASSOC_N_MEASURES;
  } else if (g_ascii_strcasecmp(item, "default") != 0) {
    if (!mz_assoc_parse(item, &one, error))
      return FALSE;
    group = &one;
    n = 1;
  }
  for (guint i = 0; i < n; i++) {
    MzAssocMeasure m = group != NULL ? group[i] : (MzAssocMeasure)i;
    if (seen[m]) {
      g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
                  "association measure \"%s\" is given twice", measures[m].name);
      return FALSE;
    }
    seen[m] = TRUE;
    g_array_append_val(list, m);
  }
  return TRUE;
}

/**
 * mz_assoc_parse_list:
 * @spec: "all", "default" or a comma-separated list of column names (case-insensitive,
 *   blanks around names ignored), which may itself contain "all" or "default"
 * @out: (out) (transfer full) (array length=n): the measures in the order given; g_free()
 * @n: (out): how many
 * @error: MZ_STATS_ERROR_INVALID_ARGUMENT for an unknown or empty name, or one given twice
 *
 * "default": mi, mi3, t, z, ll, p_ll, chi2, fisher_p, dice, logdice, delta_p21 (DESIGN.md);
 * "all": every measure in the order of MzAssocMeasure.
 *
 * Returns: TRUE on success (*out and *n untouched on error).
 */
gboolean
mz_assoc_parse_list(const char *spec, MzAssocMeasure **out, guint *n, GError **error)
{
  g_autoptr(GArray) list = g_array_new(FALSE, FALSE, sizeof(MzAssocMeasure));
  g_auto(GStrv) items = NULL;
  gboolean seen[MZ_ASSOC_N_MEASURES] = {FALSE};
  g_return_val_if_fail(spec != NULL && out != NULL && n != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  items = g_strsplit(spec, ",", -1);
  for (guint i = 0; items[i] != NULL || i == 0; i++) {
    const char *item = items[i] != NULL ? g_strstrip(items[i]) : "";
    if (*item == '\0') {
      g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
                  "empty association measure name in \"%s\"", spec);
      return FALSE;
    }
    if (!list_add(list, seen, item, error))
      return FALSE;
  }
  *n = list->len;
  *out = (MzAssocMeasure *)(void *)g_array_free(g_steal_pointer(&list), FALSE);
  return TRUE;
}
