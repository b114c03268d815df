/* keyness.c - a word's keyness in a target against a reference corpus (spec/statistics.md 3)
 *
 * Measures as spec 3 defines them, with the defaults of spec 10.2; multiple testing as R's
 * p.adjust().
 *
 * Notation (Rayson's, spec 3): a = f_target, b = f_ref, c = N_target, d = N_ref, N = c + d,
 * E1 = c(a+b)/N, E2 = d(a+b)/N. The four cells are a, b (the word's row) and c - a, d - b.
 *
 * Signs: ll and chi2 are returned UNSIGNED. Spec 3 shows the wizard's LL with "sign shown
 * separately", spec 10.2 gives keyness its own direction column, and the reference values K3
 * (an underused word) are printed positive; so the direction column carries the sign here
 * (the signed G2 of spec 1/10.1 is for collocations, stats/assoc.c).
 *
 * Accuracy: every cell deviates from its expectation by the same amount, +-D with
 * D = (ad - bc)/N, and ad - bc is taken with one rounding (fma). Both LL forms are sums of
 * o ln(o/e) - (o - e) >= 0 over their cells (the (o - e) add up to 0 over the word's row and
 * over the whole table), each term computed without cancellation, so G2 stays accurate when
 * the two relative frequencies are nearly equal and the counts pass 2^32, where the textbook
 * sum of four large o ln(o/e) loses most of its digits.
 *
 * Zero cells: a = 0 or b = 0 are normal (0 ln 0 = 0). c = 0, d = 0, a > c or b > d are a
 * caller's bug (g_return_val_if_fail, NaN). A table with a zero margin (a + b = 0, or the word
 * makes up both corpora) has o = e in every cell: ll = chi2 = 0.
 */
#include "stats/mizan-stats.h"
#include "stats/numeric-private.h"

#include <gsl/gsl_cdf.h>
#include <math.h>

/* below this |o - e|/e a term is summed as a series (see g2_term) */
#define MZ_KEYNESS_SERIES_LIMIT 0.1
/* Kilgarriff 2009 counts per million words */
#define MZ_KEYNESS_PER_MILLION 1e6
/* Hardie 2014: the frequency that stands for a zero; Walter 1975: added to every cell */
#define MZ_KEYNESS_HALF 0.5

static gboolean
counts_valid(const MzKeynessCounts *k)
{
  return k != NULL && k->c > 0 && k->d > 0 && isfinite(k->c) && isfinite(k->d) && k->a >= 0 &&
         k->b >= 0 && k->a <= k->c && k->b <= k->d;
}

/* D = (ad - bc)/N, the deviation o - e of the cells a and d - b (b and c - a have -D) */
static double
cell_deviation(const MzKeynessCounts *k)
{
  return mz_diff_of_products(k->a, k->d, k->b, k->c) / (k->c + k->d);
}

/* (1 + x) ln(1 + x) - x = sum_{j >= 2} (-1)^j x^j / (j (j - 1)), for |x| < 0.1 */
static double
h_series(double x)
{
  double power = x * x, sum = 0;
  for (int j = 2; j < 40; j++) {
    double term = power / ((double)j * (j - 1));
    sum += (j % 2 == 0) ? term : -term;
    if (fabs(term) <= 1e-18 * fabs(sum))
      break;
    power *= x;
  }
  return sum;
}

/* o ln(o/e) - (o - e), with @dev = o - e; 0 ln 0 = 0 (Dunning 1993; wizard note 2) */
static double
g2_term(double o, double e, double dev)
{
  double x;
  if (o <= 0)
    return e; /* 0 ln 0 = 0; e = 0 too on a zero margin */
  x = dev / e;
  if (fabs(x) < MZ_KEYNESS_SERIES_LIMIT)
    return e * h_series(x);
  return o * log(o / e) - dev;
}

/**
 * mz_keyness_ll:
 * @k: the counts (0 <= a <= c, 0 <= b <= d, c > 0, d > 0)
 * @form: MZ_LL_FULL for G2 over the four cells (Dunning 1993; quanteda, corpora, Wordless),
 *   MZ_LL_RAYSON2 for the two cells of the word's row (Rayson's LL wizard, WordSmith)
 *
 * The log-likelihood statistic, unsigned (mz_keyness_direction() gives the sign).
 *
 * Returns: G2 >= 0 (chi2 with 1 df under H0), or NaN for invalid counts.
 */
double
mz_keyness_ll(const MzKeynessCounts *k, MzLLForm form)
{
  double n, rest, dev, sum;
  g_return_val_if_fail(counts_valid(k), NAN);
  n = k->c + k->d;
  rest = (k->c - k->a) + (k->d - k->b);
  dev = cell_deviation(k);
  /* spec 3: G2 = 2 [a ln(a/E1) + b ln(b/E2)] (+ the cells c - a and d - b for the full form) */
  sum = g2_term(k->a, k->c * ((k->a + k->b) / n), dev) +
        g2_term(k->b, k->d * ((k->a + k->b) / n), -dev);
  if (form == MZ_LL_FULL)
    sum += g2_term(k->c - k->a, k->c * (rest / n), -dev) +
           g2_term(k->d - k->b, k->d * (rest / n), dev);
  return 2 * sum;
}

/**
 * mz_keyness_chi2:
 * @k: the counts
 *
 * Pearson's X2 over the four cells, without Yates' correction (spec 3; R's
 * chisq.test(correct = FALSE)), unsigned: N (ad - bc)^2 / (c d (a+b) (N-a-b)).
 *
 * Returns: X2 >= 0 (0 for a table with a zero margin), or NaN for invalid counts.
 */
double
mz_keyness_chi2(const MzKeynessCounts *k)
{
  double n, rest, diff;
  g_return_val_if_fail(counts_valid(k), NAN);
  n = k->c + k->d;
  rest = (k->c - k->a) + (k->d - k->b);
  if (k->a + k->b <= 0 || rest <= 0)
    return 0;
  diff = mz_diff_of_products(k->a, k->d, k->b, k->c);
  /* Pearson 1900, the 2x2 shortcut of sum (o - e)^2 / e */
  return (diff / (k->a + k->b)) * (diff / rest) * (n / k->c) / k->d;
}

/**
 * mz_keyness_p_chi2_1:
 * @statistic: an ll or chi2 value
 *
 * The upper tail of the chi-squared distribution with 1 degree of freedom (spec 8:
 * gsl_cdf_chisq_Q(x, 1)). As in GSL, a statistic <= 0 gives 1. Below about 1e-308 the
 * p-value underflows to 0 (spec 8).
 *
 * Returns: p in [0, 1]; NaN (NA) for a NaN statistic.
 */
double
mz_keyness_p_chi2_1(double statistic)
{
  if (isnan(statistic))
    return NAN;
  if (statistic <= 0)
    return 1.0;
  if (isinf(statistic))
    return 0.0;
  return gsl_cdf_chisq_Q(statistic, 1.0);
}

/**
 * mz_keyness_log_ratio:
 * @k: the counts
 * @form: MZ_LOG_RATIO_HARDIE: log2((a/c)/(b/d)) with a zero frequency replaced by 0.5
 *   (Hardie 2014, CQPweb, the LL wizard; the default); MZ_LOG_RATIO_WALTER:
 *   log2(((a+.5)/(c+.5))/((b+.5)/(d+.5))) always (Walter 1975, Evert's corpora)
 *
 * Hardie's log ratio: one unit is a doubling of the relative frequency. Both forms are
 * finite for every valid count; with a = b = 0 they give log2(d/c) and
 * log2((d+.5)/(c+.5)), as the formulas say (such a word has no row in a keyness table).
 *
 * Returns: the log ratio, or NaN for invalid counts.
 */
double
mz_keyness_log_ratio(const MzKeynessCounts *k, MzLogRatioForm form)
{
  double a, b, c, d;
  g_return_val_if_fail(counts_valid(k), NAN);
  a = k->a;
  b = k->b;
  c = k->c;
  d = k->d;
  if (form == MZ_LOG_RATIO_WALTER) {
    a += MZ_KEYNESS_HALF;
    b += MZ_KEYNESS_HALF;
    c += MZ_KEYNESS_HALF;
    d += MZ_KEYNESS_HALF;
  } else {
    a = a > 0 ? a : MZ_KEYNESS_HALF;
    b = b > 0 ? b : MZ_KEYNESS_HALF;
  }
  /* Hardie 2014: LR = log2(nf1 / nf2) = log2(1 + (ad - bc)/(bc)), exact near 0 */
  return log1p(mz_diff_of_products(a, d, b, c) / (b * c)) / M_LN2;
}

/**
 * mz_keyness_pct_diff:
 * @k: the counts
 *
 * %DIFF (Gabrielatos & Marchi 2011): (nf1 - nf2) 100 / nf2, nf1 = a/c, nf2 = b/d, taken as
 * 100 (ad - bc)/(bc). A word absent from the reference (b = 0, a > 0) gives +INFINITY (the
 * tool prints "inf"; the wizard's 1e-18 divisor is not used). A word absent from both
 * corpora has no relative difference: NaN.
 *
 * Returns: %DIFF, +INFINITY, or NaN (a = b = 0, or invalid counts).
 */
double
mz_keyness_pct_diff(const MzKeynessCounts *k)
{
  g_return_val_if_fail(counts_valid(k), NAN);
  if (k->b <= 0)
    return k->a > 0 ? INFINITY : NAN;
  return 100.0 * (mz_diff_of_products(k->a, k->d, k->b, k->c) / k->b) / k->c;
}

/**
 * mz_keyness_bic:
 * @k: the counts
 *
 * The Bayes factor approximation of Wilson 2013: BIC = LL - df ln N with df = 1 and N = c + d
 * (spec 10.2). As spec 3 says (KeynessMeasures' bic_calculator, after the LL wizard), LL here
 * is the unsigned two-term wizard LL, whatever form the ll column uses.
 *
 * Returns: BIC (negative: evidence for H0), or NaN for invalid counts.
 */
double
mz_keyness_bic(const MzKeynessCounts *k)
{
  g_return_val_if_fail(counts_valid(k), NAN);
  return mz_keyness_ll(k, MZ_LL_RAYSON2) - log(k->c + k->d);
}

/**
 * mz_keyness_ell:
 * @k: the counts
 *
 * Effect size for log-likelihood (Johnston, Berry & Mielke 2006, in the LL wizard's form):
 * ELL = LL / (N ln(min(E1, E2))) with the two-term LL (spec 3, key.R). ln(min E) is 0 at
 * min E = 1 and negative below it, so ELL is NA there (spec 10.2).
 *
 * Returns: ELL, or NaN when min(E1, E2) <= 1 or for invalid counts.
 */
double
mz_keyness_ell(const MzKeynessCounts *k)
{
  double n, min_e;
  g_return_val_if_fail(counts_valid(k), NAN);
  n = k->c + k->d;
  /* min E > 1 <=> min(c, d) (a + b) > N, exact for integer counts: min E = 1 is NA, not 1/0 */
  if (!(MIN(k->c, k->d) * (k->a + k->b) > n))
    return NAN;
  min_e = MIN(k->c, k->d) * ((k->a + k->b) / n);
  return mz_keyness_ll(k, MZ_LL_RAYSON2) / (n * log(min_e));
}

/**
 * mz_keyness_simple_maths:
 * @k: the counts
 * @smoothing: k >= 0, added to both frequencies per million (the tool's default is 1;
 *   larger values favour frequent words)
 *
 * Kilgarriff's "simple maths" (2009): (10^6 a/c + k) / (10^6 b/d + k). Finite for k > 0;
 * with k = 0 it is the relative risk (+INFINITY for b = 0, NaN for a = b = 0).
 *
 * Returns: the ratio, or NaN for invalid counts or a negative @smoothing.
 */
double
mz_keyness_simple_maths(const MzKeynessCounts *k, double smoothing)
{
  g_return_val_if_fail(counts_valid(k), NAN);
  g_return_val_if_fail(smoothing >= 0 && isfinite(smoothing), NAN);
  /* Kilgarriff 2009: (fpm_target + k) / (fpm_reference + k) */
  return (MZ_KEYNESS_PER_MILLION * (k->a / k->c) + smoothing) /
         (MZ_KEYNESS_PER_MILLION * (k->b / k->d) + smoothing);
}

/**
 * mz_keyness_direction:
 * @k: the counts
 *
 * The sign of a/c - b/d, taken exactly as the sign of ad - bc.
 *
 * Returns: +1 when the word is overused in the target, -1 when underused, 0 for equal
 * relative frequencies (and for invalid counts).
 */
int
mz_keyness_direction(const MzKeynessCounts *k)
{
  double diff;
  g_return_val_if_fail(counts_valid(k), 0);
  diff = mz_diff_of_products(k->a, k->d, k->b, k->c);
  return (diff > 0) - (diff < 0);
}

/**
 * mz_correction_parse:
 * @name: "none", "bonferroni", "bh" or "fdr" (R's name for BH), in any case
 * @c: (out): the correction
 * @error: return location for a #GError
 *
 * Reads a --correction value.
 *
 * Returns: TRUE and sets @c, or FALSE with MZ_STATS_ERROR_INVALID_ARGUMENT naming the valid
 *   values (@c unchanged).
 */
gboolean
mz_correction_parse(const char *name, MzCorrection *c, GError **error)
{
  static const struct {
    const char *name;
    MzCorrection value;
  } names[] = {{"none", MZ_CORRECT_NONE},
               {"bonferroni", MZ_CORRECT_BONFERRONI},
               {"bh", MZ_CORRECT_BH},
               {"fdr", MZ_CORRECT_BH}};
  g_return_val_if_fail(name != NULL && c != NULL, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
    if (g_ascii_strcasecmp(name, names[i].name) == 0) {
      *c = names[i].value;
      return TRUE;
    }
  }
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
              "unknown correction \"%s\" (valid: none, bonferroni, bh, fdr)", name);
  return FALSE;
}

typedef struct {
  double p;
  gsize index;
} MzRankedP;

/* ascending p; equal p by position (their adjusted values come out equal anyway) */
static int
ranked_p_compare(const void *x, const void *y)
{
  const MzRankedP *u = x, *v = y;
  if (u->p != v->p)
    return u->p < v->p ? -1 : 1;
  return (u->index > v->index) - (u->index < v->index);
}

/* R's p.adjust counts n over the non-NA values only (n defaults to length(p) after the NAs
 * are dropped) */
static gsize
count_valid(const double *p, gsize n)
{
  gsize m = 0;
  for (gsize i = 0; i < n; i++)
    m += !isnan(p[i]);
  return m;
}

/* Benjamini & Hochberg 1995, as R's p.adjust(method = "BH"): with the m p-values sorted,
 * q_(i) = min(1, min_{j >= i} (m / j) p_(j)), the cumulative minimum from the largest p */
static void
adjust_bh(double *p, gsize n, gsize m)
{
  g_autofree MzRankedP *ranked = g_new(MzRankedP, m);
  double running = INFINITY;
  gsize r = 0;
  for (gsize i = 0; i < n; i++) {
    if (!isnan(p[i]))
      ranked[r++] = (MzRankedP){p[i], i};
  }
  qsort(ranked, m, sizeof *ranked, ranked_p_compare);
  for (gsize j = m; j > 0; j--) {
    /* R: n/i * p[o], in this order of operations */
    double q = ((double)m / (double)j) * ranked[j - 1].p;
    running = MIN(running, q);
    p[ranked[j - 1].index] = MIN(1.0, running);
  }
}

/**
 * mz_p_adjust:
 * @p: (inout) (array length=n): p-values in [0, 1]; NaN stands for NA
 * @n: the number of values
 * @c: the correction
 *
 * Adjusts p-values for multiple testing in place, as R's p.adjust(): Bonferroni
 * min(1, m p); Benjamini-Hochberg step-up (R's "BH"/"fdr"), in O(n log n). NaN values stay
 * NaN and are not counted: m is the number of non-NaN values, as in R.
 */
void
mz_p_adjust(double *p, gsize n, MzCorrection c)
{
  gsize m;
  g_return_if_fail(p != NULL || n == 0);
  if (c == MZ_CORRECT_NONE || n == 0)
    return;
  m = count_valid(p, n);
  if (m == 0)
    return;
  if (c == MZ_CORRECT_BH) {
    adjust_bh(p, n, m);
    return;
  }
  g_return_if_fail(c == MZ_CORRECT_BONFERRONI);
  /* Bonferroni: R's pmin(1, n * p) */
  for (gsize i = 0; i < n; i++) {
    if (!isnan(p[i]))
      p[i] = MIN(1.0, (double)m * p[i]);
  }
}
