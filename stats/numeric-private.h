/* numeric-private.h - small numeric helpers the measures of stats/ share (not installed) */
#pragma once

#include <math.h>

/* x y - z w by Kahan's algorithm: the rounding error of z w is recovered with fma and added
 * back, so the result is within 2 ulps (Jeannerod, Louvet & Muller 2013, Math. Comp. 82,
 * 2245-2264). The cross product a d - b c of a 2x2 table needs it: the two products are close. */
static inline double
mz_diff_of_products(double x, double y, double z, double w)
{
  double zw = z * w;
  double err = fma(-z, w, zw);
  return fma(x, y, -zw) + err;
}
