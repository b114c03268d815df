/* dispersion.h - how evenly a word spreads over the parts of a corpus (spec/statistics.md 4) */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzDispersion:
 *
 * Accumulates one word over the parts of a corpus, visiting only the parts
 * where it occurs: a corpus of n parts of sizes s_i (S = sum of s_i), a
 * word with sub-frequencies v_i (f = sum of v_i), shares w_i = s_i/S,
 * t_i = v_i/f and rates r_i = v_i/s_i. Parts where the word does not occur
 * contribute through n and S only. Initialize with the word's total f (so
 * this is a second pass over its occurrences), add each part where v_i > 0
 * once, then read the measures. Plain struct, no allocation.
 */
typedef struct {
  /*< private >*/
  guint64 n_parts;
  double total; /* S */
  double f;
  guint64 range;              /* parts with v_i > 0 */
  double sum_rate, sum_rate2; /* sums of r_i - K and (r_i - K)^2 over those parts, K = f/S */
  double sum_abs, sum_share;  /* sums of |t_i - w_i| and w_i over those parts */
} MzDispersion;

void mz_dispersion_init(MzDispersion *d, guint64 n_parts, double total_size, double f);
void mz_dispersion_add(MzDispersion *d, double v, double part_size);
guint64 mz_dispersion_range(const MzDispersion *d);
double mz_dispersion_juilland_d(const MzDispersion *d);
double mz_dispersion_dp(const MzDispersion *d);
double mz_dispersion_dp_norm(const MzDispersion *d, double min_share);

/**
 * MzArf:
 *
 * Average reduced frequency (Savicky & Hlavacova 2002) of a word with f
 * occurrences in a corpus of N positions, from its positions given in
 * ascending order, one at a time. Plain struct, no allocation.
 */
typedef struct {
  /*< private >*/
  double v; /* N / f */
  guint64 corpus_size;
  guint64 first, last;
  guint64 seen;
  double sum; /* sum of min(d_i, v) over the distances seen */
} MzArf;

void mz_arf_init(MzArf *a, guint64 corpus_size, guint64 f);
void mz_arf_add(MzArf *a, guint64 position);
double mz_arf_value(const MzArf *a);

G_END_DECLS
