/* dispersion.c - how evenly a word spreads over the parts of a corpus (spec/statistics.md 4)
 *
 * MzDispersion sees only the parts where the word occurs; the others enter
 * through n and S. Juilland's D needs the variance of the rates over all n
 * parts: the sums are kept shifted by the overall rate K = f/S (the rate of
 * a perfectly even word), so a word with equal rates in every part gives
 * D = 1 exactly, and a nearly even word does not lose its variance to
 * cancellation in sum(x^2) - (sum x)^2/n. DP's share of the parts without
 * the word is 1 - sum(w_i), which is exactly 0 when the word is in every
 * part (the rounded sum of the shares need not be).
 *
 * MzArf takes positions in ascending order; the cyclic distance from the
 * last position back to the first is added when the value is read.
 */
#include "stats/mizan-stats.h"

#include <math.h>

/**
 * mz_dispersion_init:
 * @d: the accumulator to (re)initialize
 * @n_parts: n, the number of parts of the corpus (all of them, with or
 *   without the word)
 * @total_size: S, the sum of the sizes of all parts
 * @f: the word's total frequency (sum of the v_i that will be added)
 *
 * Starts a word. The measures are defined for f > 0 and S > 0; with f = 0
 * (nothing added) they are NaN, and the range is 0.
 */
void
mz_dispersion_init(MzDispersion *d, guint64 n_parts, double total_size, double f)
{
  g_return_if_fail(d != NULL);
  g_return_if_fail(total_size >= 0 && f >= 0);
  d->n_parts = n_parts;
  d->total = total_size;
  d->f = f;
  d->range = 0;
  d->sum_rate = 0;
  d->sum_rate2 = 0;
  d->sum_abs = 0;
  d->sum_share = 0;
}

/* K = f/S, the shift of the rate sums (see the top of the file). */
static double
overall_rate(const MzDispersion *d)
{
  return d->total > 0 ? d->f / d->total : 0;
}

/**
 * mz_dispersion_add:
 * @d: an accumulator set up by mz_dispersion_init()
 * @v: v_i, the word's frequency in this part
 * @part_size: s_i, the size of this part (> 0)
 *
 * Adds one part where the word occurs; each part is added at most once, in
 * any order. A part with @v = 0 changes nothing (it may be passed or left
 * out).
 */
void
mz_dispersion_add(MzDispersion *d, double v, double part_size)
{
  double rate, dev;
  g_return_if_fail(d != NULL);
  g_return_if_fail(v >= 0 && part_size > 0);
  if (v == 0)
    return;
  rate = v / part_size;
  dev = rate - overall_rate(d);
  d->range++;
  d->sum_rate += dev;
  d->sum_rate2 += dev * dev;
  /* Gries 2008: the term |t_i - w_i| of DP, t_i = v_i/f, w_i = s_i/S */
  d->sum_abs += fabs(v / d->f - part_size / d->total);
  d->sum_share += part_size / d->total;
}

/**
 * mz_dispersion_range:
 * @d: an accumulator
 *
 * Returns: the range, the number of parts where the word occurs (v_i > 0).
 */
guint64
mz_dispersion_range(const MzDispersion *d)
{
  g_return_val_if_fail(d != NULL, 0);
  return d->range;
}

/**
 * mz_dispersion_juilland_d:
 * @d: an accumulator with all of the word's parts added
 *
 * Juilland's D over the rates r_i = v_i/s_i of all n parts (zeros for the
 * parts without the word), with the population standard deviation, as
 * tlda's disp() computes it. Direction: 1 = perfectly even, 0 = all in one
 * part.
 *
 * Returns: D in [0, 1], or NaN when it is undefined (n < 2, or f = 0).
 */
double
mz_dispersion_juilland_d(const MzDispersion *d)
{
  double n, k, zeros, dev_sum, dev_sum2, mean, var, d_value;
  g_return_val_if_fail(d != NULL, NAN);
  if (d->n_parts < 2 || !(d->f > 0) || !(d->total > 0) || d->range == 0)
    return NAN;
  /* one part: x = (r, 0, ..., 0) has sd/mean = sqrt(n - 1) whatever r is, so D = 0 exactly */
  if (d->range == 1)
    return 0.0;
  n = (double)d->n_parts;
  k = overall_rate(d);
  zeros = (double)(d->n_parts - MIN(d->range, d->n_parts));
  /* sums of (x_i - K) and (x_i - K)^2 over all n parts: a zero part adds -K and K^2 */
  dev_sum = d->sum_rate - zeros * k;
  dev_sum2 = d->sum_rate2 + zeros * k * k;
  mean = k + dev_sum / n;
  /* population variance from shifted sums: (sum (x-K)^2 - (sum (x-K))^2 / n) / n */
  var = MAX(0.0, (dev_sum2 - dev_sum * dev_sum / n) / n);
  /* Juilland & Chang-Rodriguez 1964, as tlda disp(): D = 1 - (sd(x) / mean(x)) / sqrt(n - 1) */
  d_value = 1.0 - sqrt(var) / mean / sqrt(n - 1.0);
  return CLAMP(d_value, 0.0, 1.0);
}

/**
 * mz_dispersion_dp:
 * @d: an accumulator with all of the word's parts added
 *
 * Gries' DP (Gries 2008), with part shares w_i = s_i/S. Direction: 0 =
 * perfectly even (the word's share of each part matches the part's share
 * of the corpus), approaching 1 as the word gathers in one small part.
 *
 * Returns: DP in [0, 1 - min w_i], or NaN when f = 0 or S = 0.
 */
double
mz_dispersion_dp(const MzDispersion *d)
{
  double missing;
  g_return_val_if_fail(d != NULL, NAN);
  if (!(d->f > 0) || !(d->total > 0) || d->range == 0)
    return NAN;
  /* the parts without the word have t_i = 0, so each adds |0 - w_i| = w_i */
  missing = d->range >= d->n_parts ? 0.0 : MAX(0.0, 1.0 - d->sum_share);
  /* Gries 2008: DP = 1/2 sum_i |t_i - w_i| over all n parts */
  return 0.5 * (d->sum_abs + missing);
}

/**
 * mz_dispersion_dp_norm:
 * @d: an accumulator with all of the word's parts added
 * @min_share: min_i w_i = min_i s_i/S over ALL parts of the corpus (the
 *   accumulator cannot know it from the parts where the word occurs)
 *
 * DP normalized to [0, 1] (Lijffijt & Gries 2012). Direction as DP: 0 =
 * perfectly even, 1 = all in the smallest part.
 *
 * Returns: DPnorm, or NaN when it is undefined (@min_share >= 1, i.e. a
 * single part, or DP undefined).
 */
double
mz_dispersion_dp_norm(const MzDispersion *d, double min_share)
{
  g_return_val_if_fail(d != NULL, NAN);
  g_return_val_if_fail(!(min_share < 0), NAN);
  if (!(min_share < 1))
    return NAN;
  /* Lijffijt & Gries 2012: DPnorm = DP / (1 - min_i w_i) */
  return mz_dispersion_dp(d) / (1.0 - min_share);
}

/**
 * mz_arf_init:
 * @a: the accumulator to (re)initialize
 * @corpus_size: N, the number of positions in the corpus
 * @f: the word's number of occurrences (positions that will be added)
 *
 * Starts a word for the average reduced frequency.
 */
void
mz_arf_init(MzArf *a, guint64 corpus_size, guint64 f)
{
  g_return_if_fail(a != NULL);
  a->v = f > 0 ? (double)corpus_size / (double)f : NAN;
  a->corpus_size = corpus_size;
  a->first = 0;
  a->last = 0;
  a->seen = 0;
  a->sum = 0;
}

/**
 * mz_arf_add:
 * @a: an accumulator set up by mz_arf_init()
 * @position: the next position of the word, 0-based, < N, not below the
 *   previous one
 *
 * Adds one occurrence: the distance from the previous position counts
 * (reduced to at most v = N/f).
 */
void
mz_arf_add(MzArf *a, guint64 position)
{
  g_return_if_fail(a != NULL);
  g_return_if_fail(position < a->corpus_size);
  g_return_if_fail(a->seen == 0 || position >= a->last);
  if (a->seen == 0)
    a->first = position;
  else /* Savicky & Hlavacova 2002: d_i = p_i - p_{i-1}, reduced to min(d_i, v) */
    a->sum += MIN((double)(position - a->last), a->v);
  a->last = position;
  a->seen++;
}

/**
 * mz_arf_value:
 * @a: an accumulator with the word's positions added
 *
 * The average reduced frequency (Savicky & Hlavacova 2002): f for a word
 * spread at equal distances over the corpus, down to 1 for a word whose
 * occurrences stand together (and 1 for f = 1). Reading it does not change
 * @a, so it can be read before all positions are in.
 *
 * Returns: ARF in [1, f], or NaN when no position was added.
 */
double
mz_arf_value(const MzArf *a)
{
  double cyclic;
  g_return_val_if_fail(a != NULL, NAN);
  if (a->seen == 0 || !(a->v > 0))
    return NAN;
  /* Savicky & Hlavacova 2002: the cyclic distance d_1 = p_1 + N - p_f */
  cyclic = (double)(a->first + a->corpus_size - a->last);
  /* Savicky & Hlavacova 2002: ARF = (1/v) sum_i min(d_i, v), v = N/f */
  return (a->sum + MIN(cyclic, a->v)) / a->v;
}
