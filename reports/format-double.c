/* format-double.c - numbers as text: 15 significant digits, exactly as printf's "%.15g" would
 * write them in the C locale, without going through printf
 *
 * A report of collocations writes tens of millions of numbers, and printf needs ~250 ns for
 * each. Here a double v = m * 2^e (m a 53-bit integer) is scaled to v * 10^k with k chosen so
 * that 10^14 <= v * 10^k < 10^15, as an exact fraction of two 128-bit integers; the quotient,
 * rounded half to even on the exact remainder (as glibc rounds), gives the 15 digits. Numbers
 * whose fraction does not fit 128 bits (|v| < ~1e-17 or > ~1e38) go to printf.
 * mz_format_double() (table.h), at the end, is the public entry: NaN, infinities, whole numbers. */
#include "reports/format-double.h"
#include "reports/mizan-reports.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define MZ_DIGITS 15

__extension__ typedef unsigned __int128 u128; /* GCC and Clang */

/* 10^i for i = 0..38 (10^38 < 2^128). */
static u128
pow10_u128(guint i)
{
  static u128 table[39];
  static gsize done = 0;
  if (g_once_init_enter(&done)) {
    table[0] = 1;
    for (guint j = 1; j < G_N_ELEMENTS(table); j++)
      table[j] = table[j - 1] * 10;
    g_once_init_leave(&done, 1);
  }
  return table[i];
}

static guint
bit_length(u128 x)
{
  guint64 hi = (guint64)(x >> 64), lo = (guint64)x;
  if (hi != 0)
    return 128 - (guint)__builtin_clzll(hi);
  return lo != 0 ? 64 - (guint)__builtin_clzll(lo) : 0;
}

/* round(m * 2^e * 10^k), half to even; FALSE when the fraction does not fit 126 bits.
 * *floor_q gets the quotient before rounding. */
static gboolean
scaled(guint64 m, int e, int k, guint64 *q, guint64 *floor_q)
{
  u128 num = m, den = 1;
  if (k > 38 || k < -38)
    return FALSE;
  if (k >= 0) {
    if (bit_length(num) + bit_length(pow10_u128((guint)k)) > 126)
      return FALSE;
    num *= pow10_u128((guint)k);
  } else {
    den = pow10_u128((guint)-k);
  }
  if (e >= 0) {
    if (bit_length(num) + (guint)e > 126)
      return FALSE;
    num <<= e;
  } else {
    if (bit_length(den) + (guint)-e > 126)
      return FALSE;
    den <<= -e;
  }
  u128 quo = num / den, rem = num - quo * den;
  if (quo >= ((u128)1 << 63))
    return FALSE;
  *floor_q = (guint64)quo;
  if (2 * rem > den || (2 * rem == den && (quo & 1)))
    quo++;
  *q = (guint64)quo;
  return TRUE;
}

#if LDBL_MANT_DIG >= 64
/* The quick way for 1e-13 < v < 1e15: v * 10^k in long double (10^k exact for k <= 27, one
 * rounding: a relative error below 2^-64, so below 6e-5 in q < 10^15). FALSE when q's fraction
 * is within 1e-4 of one half, where that error could change the rounding: the exact way decides. */
static gboolean
scaled_quick(double v, int k, guint64 *q, guint64 *floor_q)
{
  static const long double p10[] = {1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,
                                    1e7L,  1e8L,  1e9L,  1e10L, 1e11L, 1e12L, 1e13L,
                                    1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L,
                                    1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};
  long double x, f;
  if (k < -1 || k >= (int)G_N_ELEMENTS(p10))
    return FALSE;
  x = k < 0 ? (long double)v / 10 : (long double)v * p10[k];
  if (x >= 1e17L)
    return FALSE;
  /* nearest, then down one if above: llrintl() rounds in the current (nearest) mode, where a
   * cast would switch the x87 control word to truncation and back (slow: fldcw twice) */
  *floor_q = (guint64)llrintl(x);
  if ((long double)*floor_q > x)
    (*floor_q)--;
  f = x - (long double)*floor_q;
  if (f > 0.4999L && f < 0.5001L)
    return FALSE;
  *q = *floor_q + (f > 0.5L);
  return TRUE;
}
#else
static gboolean
scaled_quick(double v, int k, guint64 *q, guint64 *floor_q)
{
  return FALSE;
}
#endif

/* q < 10^15 as 15 digits, two at a time, in 32-bit halves. */
static void
put_digits(char digits[MZ_DIGITS], guint64 q)
{
  static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233"
                              "34353637383940414243444546474849505152535455565758596061626364656667"
                              "6869707172737475767778798081828384858687888990919293949596979899";
  guint32 hi = (guint32)(q / 100000000), lo = (guint32)(q % 100000000);
  for (int i = MZ_DIGITS - 2; i >= 7; i -= 2, lo /= 100)
    memcpy(digits + i, pairs + 2 * (lo % 100), 2);
  for (int i = 5; i >= 1; i -= 2, hi /= 100)
    memcpy(digits + i, pairs + 2 * (hi % 100), 2);
  digits[0] = (char)('0' + hi);
}

/* The 15 significant digits of |v| > 0 and its decimal exponent X (v = d.ddd * 10^X). */
static gboolean
digits_of(double v, char digits[MZ_DIGITS], int *exponent)
{
  static const guint64 low = 100000000000000ULL; /* 10^14 */
  guint64 bits, m, q, q0;
  int e, x;
  memcpy(&bits, &v, sizeof bits);
  e = (int)(bits >> 52) & 0x7ff;
  if (e == 0)
    return FALSE; /* subnormal: printf's way */
  m = (bits & ((G_GUINT64_CONSTANT(1) << 52) - 1)) | (G_GUINT64_CONSTANT(1) << 52);
  e -= 1075;                                      /* v = m * 2^e, 2^52 <= m < 2^53 */
  x = (int)floor((e + 52) * 0.30102999566398120); /* log10(2^(e+52)): X or X - 1 */
  for (int tries = 0; tries < 4; tries++) {
    if (!scaled_quick(v, MZ_DIGITS - 1 - x, &q, &q0) && !scaled(m, e, MZ_DIGITS - 1 - x, &q, &q0))
      return FALSE;
    if (q0 >= 10 * low)
      x++; /* log10 undershot */
    else if (q0 < low)
      x--; /* log10 overshot */
    else {
      if (q == 10 * low) { /* 9.99...95 rounds up to the next power of ten */
        q = low;
        x++;
      }
      put_digits(digits, q);
      *exponent = x;
      return TRUE;
    }
  }
  return FALSE;
}

/* Writes "%.15g" of a finite, nonzero @value into @buf (of at least MZ_FORMAT_DOUBLE_SIZE bytes);
 * FALSE when it is out of this method's range. */
gboolean
mz_format_double_fast(char *buf, double value)
{
  char d[MZ_DIGITS], *p = buf;
  int x, last = MZ_DIGITS - 1;
  if (!digits_of(fabs(value), d, &x))
    return FALSE;
  while (last > 0 && d[last] == '0')
    last--; /* %g drops trailing zeros of the fraction */
  if (value < 0)
    *p++ = '-';
  if (x >= -4 && x < MZ_DIGITS) { /* %f with 14 - x decimals */
    if (x < 0) {
      *p++ = '0';
      *p++ = '.';
      for (int i = -1; i > x; i--)
        *p++ = '0';
      memcpy(p, d, (gsize)last + 1);
      p += last + 1;
    } else {
      memcpy(p, d, (gsize)x + 1);
      p += x + 1;
      if (last > x) {
        *p++ = '.';
        memcpy(p, d + x + 1, (gsize)(last - x));
        p += last - x;
      }
    }
  } else { /* %e with 14 decimals, an exponent of at least two digits */
    *p++ = d[0];
    if (last > 0) {
      *p++ = '.';
      memcpy(p, d + 1, (gsize)last);
      p += last;
    }
    p += sprintf(p, "e%c%02d", x < 0 ? '-' : '+', abs(x));
  }
  *p = '\0';
  return TRUE;
}

/* A whole number in decimal, without printf. */
static void
format_integer(char *buf, gint64 value)
{
  char tmp[24];
  int n = 0;
  guint64 u = value < 0 ? (guint64)0 - (guint64)value : (guint64)value;
  do {
    tmp[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (value < 0)
    *buf++ = '-';
  while (n > 0)
    *buf++ = tmp[--n];
  *buf = '\0';
}

/**
 * mz_format_double:
 * @buf: where to write, at least MZ_FORMAT_DOUBLE_SIZE bytes
 * @size: the size of @buf
 * @value: the number
 *
 * Writes @value with 15 significant digits ("%.15g", as R's write.csv and
 * Excel show numbers: a relative error below 5e-16), and a whole number up
 * to 2^53 exactly, always with a '.' decimal point whatever the locale
 * (the digits are computed without printf, in exact integer arithmetic,
 * see format-double.c; the rare number outside its range goes through
 * g_ascii_formatd(), which works in the C locale).
 * -0 is written as "0"; NaN, +Inf and -Inf as "NaN", "Inf" and "-Inf".
 */
void
mz_format_double(char *buf, gsize size, double value)
{
  g_return_if_fail(buf != NULL && size >= MZ_FORMAT_DOUBLE_SIZE);

  if (isnan(value)) {
    g_strlcpy(buf, "NaN", size);
    return;
  }
  if (isinf(value)) {
    g_strlcpy(buf, value > 0 ? "Inf" : "-Inf", size);
    return;
  }
  if (value == 0) {
    g_strlcpy(buf, "0", size);
    return;
  }
  if (value == trunc(value) && fabs(value) <= 9007199254740992.0) /* 2^53: exact */
    format_integer(buf, (gint64)value);
  else if (!mz_format_double_fast(buf, value))
    g_ascii_formatd(buf, (int)size, "%.15g", value);
}
