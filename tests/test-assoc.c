/* test-assoc.c - association measures against the spec, R/SciPy, exact sums and the UCS gold file
 *
 * Where every expected value comes from (none is our own output pasted back):
 * - SPEC: spec/statistics.md 2.4 (tables T1-T3, R 4.2.2 and SciPy 1.10.1) and 8 (GSL p-values),
 *   kept as the printed strings and checked at the printed precision (expect_printed()).
 * - PY: the script gen.py below, run with /usr/bin/python3 3.11.2 and SciPy 1.10.1: the
 *   formulas of spec 2.1 in 50-digit decimal arithmetic (so that counts of 1e12 lose nothing),
 *   the limits the spec states for zero cells, p-values from scipy.stats, Fisher's p from exact
 *   integer sums. Printed with %.17g, checked to 1e-9 relative (1e-12 absolute near 0).
 * - EXACT: Fisher's p as an exact rational (exact.py below), checked to 1e-12 relative.
 * - BIG: Fisher's p for counts past 2^32, a 40-digit decimal sum (big.py below), which R's
 *   phyper() matches to 1e-11 (printed beside each value).
 * - UCS: rows of the UCS gold file, pandas-association-measures tests/ucs-gold-100.ds (UCS is
 *   Evert's own toolkit; log10 scale, -log10 p), checked to 1e-9 relative.
 *
 * gen.py:
 *   from decimal import Decimal as D, getcontext
 *   from math import comb, inf, nan
 *   from fractions import Fraction
 *   from scipy.stats import chi2, norm, poisson
 *   import sys
 *   getcontext().prec = 50
 *   def ln(x): return D(x).ln() if x > 0 else D('-Infinity')
 *   def xlnx(o, e): return o*(o/e).ln() if o > 0 else D(0)          # 0 ln 0 = 0
 *   def sgn(d, x): return x if d > 0 else -x if d < 0 else D(0)
 *   def fisher(f, f1, f2, N):
 *       if f1 > 10**5 and f2 > 10**5: return None
 *       num = sum(comb(f2, k)*comb(N - f2, f1 - k) for k in range(f, min(f1, f2) + 1))
 *       fr = Fraction(num, comb(N, f1)); return float(D(fr.numerator)/D(fr.denominator))
 *   def measures(f, f1, f2, N, base=2):
 *       o11, o12, o21, o22 = (D(x) for x in (f, f1 - f, f2 - f, N - f1 - f2 + f))
 *       R1, R2, C1, C2, n = o11 + o12, o21 + o22, o11 + o21, o12 + o22, D(N)
 *       E = [R1*C1/n, R1*C2/n, R2*C1/n, R2*C2/n]; O = [o11, o12, o21, o22]
 *       d = o11 - E[0]; lb = ln(base); y = max(abs(d) - D('0.5'), D(0))
 *       G2 = 2*sum(xlnx(o, e) - (o - e) for o, e in zip(O, E))
 *       X2 = sum(d*d/e for e in E); X2y = sum(y*y/e for e in E)
 *       t = d/o11.sqrt() if o11 > 0 else None; z = d/E[0].sqrt()
 *       h = D('0.5'); dice = 2*o11/(R1 + C1)
 *       v = [ln(o11/E[0])/lb, ln(o11**2/E[0])/lb, ln(o11**3/E[0])/lb, xlnx(o11, E[0])/lb,
 *            t, None, z, None, sgn(d, y/E[0].sqrt()), sgn(d, G2), None,
 *            sgn(d, 2*(xlnx(o11, E[0]) - d)), sgn(d, X2), None, sgn(d, X2y), None, None,
 *            xlnx(o11, E[0]) - o11, dice, 14 + ln(dice)/ln(2), o11/(o11 + o12 + o21),
 *            o11/(R1*C1).sqrt(), min(o11/R1, o11/C1),
 *            o11*o22/(o12*o21) if o12*o21 > 0 else D('Infinity'),
 *            ((o11 + h)*(o22 + h)/((o12 + h)*(o21 + h))).ln(),
 *            o11*C2/(o12*C1) if o12 > 0 else D('Infinity'), o11/R1 - o21/R2, o11/C1 - o12/C2,
 *            sgn(d, G2/(2*lb))]
 *       v = [nan if x is None else float(x) for x in v]
 *       v[5] = nan if t is None else norm.sf(float(t)); v[7] = norm.sf(float(z))
 *       v[10] = chi2.sf(float(G2), 1); v[13] = chi2.sf(float(X2), 1)
 *       fp = fisher(f, f1, f2, N); v[15] = nan if fp is None else fp
 *       v[16] = poisson.sf(f - 1, float(E[0]))
 *       return v
 *   for a in sys.argv[1:]:      # "f,f1,f2,N[,base]"
 *       p = a.split(','); base = float(p[4]) if len(p) > 4 else 2
 *       print(a, ['%.17g' % x for x in measures(*(int(float(x)) for x in p[:4]), base=base)])
 *
 * exact.py (Fisher's one-sided p as an exact rational, printed to 30 digits):
 *   from math import comb; from fractions import Fraction; from decimal import Decimal, getcontext
 *   getcontext().prec = 30
 *   def upper(f, f1, f2, N):
 *       num = sum(comb(f2, k)*comb(N - f2, f1 - k) for k in range(f, min(f1, f2) + 1))
 *       q = Fraction(num, comb(N, f1)); return Decimal(q.numerator)/Decimal(q.denominator)
 *
 * big.py (P(X >= k0), X hypergeometric, for counts past 2^32: ln n! by Stirling's series to
 * 1/(1260 n^5), exact to 1e-40 for n >= 1e5; terms by the exact ratio recurrence):
 *   getcontext().prec = 40; PI = D('3.141592653589793238462643383279502884197')
 *   def lnfact(n):
 *       n = D(n); return ((n + D('0.5'))*n.ln() - n + (2*PI).ln()/2 + 1/(12*n)
 *                         - 1/(360*n**3) + 1/(1260*n**5))
 *   def upper(k0, R1, C1, N):
 *       lp = (lnfact(R1) + lnfact(N-R1) + lnfact(C1) + lnfact(N-C1) - lnfact(N) - lnfact(k0)
 *             - lnfact(R1-k0) - lnfact(C1-k0) - lnfact(N-R1-C1+k0))
 *       term = s = D(1); k = k0
 *       while term >= s*D('1e-40'):
 *           term *= D((R1-k)*(C1-k))/D((k+1)*(N-R1-C1+k+1)); k += 1; s += term
 *       return lp.exp()*s
 */
#include "stats/mizan-stats.h"
#include "tests/helpers/test-helpers.h"

#include <math.h>
#include <string.h>

#define REL 1e-9    /* the brief: reference values to 1e-9 relative */
#define ABS_0 1e-12 /* absolute, where the expected value is 0 */

/* got = want: NaN and infinities exactly, 0 to ABS_0, otherwise to @rel relative */
static void
expect_value(double got, double want, double rel, const char *label, const char *what)
{
  if (isnan(want) || isinf(want))
    cr_expect((isnan(want) && isnan(got)) || got == want, "%s %s: got %.17g, expected %g", label,
              what, got, want);
  else if (want == 0)
    cr_expect(fabs(got) <= ABS_0, "%s %s: got %.17g, expected 0", label, what, got);
  else
    cr_expect(fabs(got - want) <= rel * fabs(want), "%s %s: got %.17g, expected %.17g (rel %.2g)",
              label, what, got, want, fabs(got - want) / fabs(want));
}

/* got rounds to the printed string @printed (half a unit in its last significant digit) */
static void
expect_printed(double got, const char *printed, const char *label, const char *what)
{
  double want = g_ascii_strtod(printed, NULL);
  int digits = 0, exponent;
  gboolean leading = TRUE;
  if (isinf(want)) {
    cr_expect(got == want, "%s %s: got %.17g, printed %s", label, what, got, printed);
    return;
  }
  for (const char *p = printed; *p != '\0' && *p != 'e'; p++) {
    if (!g_ascii_isdigit(*p))
      continue;
    if (*p != '0')
      leading = FALSE;
    if (!leading)
      digits++;
  }
  exponent = (int)floor(log10(fabs(want)));
  cr_expect(fabs(got - want) <= 0.5 * pow(10, exponent - digits + 1) * (1 + 1e-9),
            "%s %s: got %.17g, printed %s", label, what, got, printed);
}

static double
measure(MzAssocMeasure m, double f, double f1, double f2, double n, double log_base)
{
  MzContingency t;
  mz_contingency_from_signature(&t, f, f1, f2, n);
  return mz_assoc_value(m, &t, log_base);
}

static void
measure_all(double *out, double f, double f1, double f2, double n, double log_base)
{
  MzAssocMeasure all[MZ_ASSOC_N_MEASURES];
  MzContingency t;
  for (guint i = 0; i < MZ_ASSOC_N_MEASURES; i++)
    all[i] = (MzAssocMeasure)i;
  mz_contingency_from_signature(&t, f, f1, f2, n);
  mz_assoc_values(all, MZ_ASSOC_N_MEASURES, &t, log_base, out);
}

/* spec 2.4: T1, T2, T3 as frequency signatures (f, f1, f2, N) */
static const double spec_tables[3][4] = {
    {8, 30, 20, 10000},
    {100, 1000, 2000, 100000},
    {2, 15334, 2, 191998},
};

Test(assoc, cells_from_signature)
{
  /* spec 1: O11 = f, O12 = f1 - f, O21 = f2 - f, O22 = N - f1 - f2 + f; E11 = R1 C1 / N */
  static const struct {
    double f, f1, f2, n, o11, o12, o21, o22, e11;
  } cases[] = {
      {8, 30, 20, 10000, 8, 22, 12, 9958, 0.06},
      {100, 1000, 2000, 100000, 100, 900, 1900, 97100, 20},
      {2, 15334, 2, 191998, 2, 15332, 0, 176664, 30668.0 / 191998},
      /* past 2^32: 5e9 * 6e9 / 1e12 = 3e7 */
      {30010918, 5e9, 6e9, 1e12, 30010918, 4969989082, 5969989082, 989030010918, 3e7},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    MzContingency t;
    mz_contingency_from_signature(&t, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n);
    cr_expect(t.o11 == cases[i].o11 && t.o12 == cases[i].o12 && t.o21 == cases[i].o21 &&
                  t.o22 == cases[i].o22,
              "case %u: cells %.17g %.17g %.17g %.17g", i, t.o11, t.o12, t.o21, t.o22);
    expect_value(mz_contingency_e11(&t), cases[i].e11, 1e-15, "e11", "");
  }
  /* spec 2.4 prints E11 of T3 as 0.1597308305 */
  {
    MzContingency t3;
    mz_contingency_from_signature(&t3, 2, 15334, 2, 191998);
    expect_printed(mz_contingency_e11(&t3), "0.1597308305", "T3", "e11");
  }
}

Test(assoc, spec_reference_values)
{
  /* spec 2.4 (R 4.2.2 = SciPy 1.10.1) and spec 8 (GSL, checked there against SciPy), exactly as
   * printed, for T1, T2, T3 (NULL: not printed). "ln OR_disc" is log_odds_ratio, "OR: sample"
   * odds_ratio, "Poisson-Stirling ln" poisson_stirling; spec 8's ugaussian value is p_t */
  static const struct {
    MzAssocMeasure m;
    const char *printed[3];
  } cases[] = {
      {MZ_ASSOC_MI, {"7.058893689", "2.321928095", "3.646285293"}},
      {MZ_ASSOC_MI2, {"10.05889369", "8.965784285", "4.646285293"}},
      {MZ_ASSOC_MI3, {"13.05889369", "15.60964047", "5.646285293"}},
      {MZ_ASSOC_LOCAL_MI, {"56.47114951", "232.1928095", "7.292570585"}},
      {MZ_ASSOC_T, {"2.807213921", "8", "1.301266809"}},
      {MZ_ASSOC_Z, {"32.41491426", "17.88854382", "4.60454769"}},
      {MZ_ASSOC_SIMPLE_LL, {"62.40563614", "161.8875825", "6.429111142"}},
      {MZ_ASSOC_LL, {"68.42553497", "171.9462327", "10.10988952"}},
      {MZ_ASSOC_P_LL, {"1.3176e-16", "2.78038e-39", "0.00147476"}},
      {MZ_ASSOC_CHI2, {"1056.000332", "329.8289013", "23.04236863"}},
      {MZ_ASSOC_CHI2_CORR, {"927.1903888", "325.7189239", "12.22217435"}},
      {MZ_ASSOC_FISHER_P, {"2.91181e-16", "2.3973e-39", "0.0063781"}},
      {MZ_ASSOC_POISSON_STIRLING, {"31.14281807", "60.94379124", "3.05482474"}},
      {MZ_ASSOC_DICE, {"0.32", "0.06666666667", "0.0002608242045"}},
      {MZ_ASSOC_LOGDICE, {"12.35614381", "10.0931094", "2.095365378"}},
      {MZ_ASSOC_JACCARD, {"0.1904761905", "0.03448275862", "0.0001304291118"}},
      {MZ_ASSOC_MS, {"0.2666666667", "0.05", "0.0001304291118"}},
      {MZ_ASSOC_DELTA_P21, {"0.2654630558", "0.08080808081", "0.0001304291118"}},
      {MZ_ASSOC_DELTA_P12, {"0.3977955912", "0.04081632653", "0.9201441697"}},
      {MZ_ASSOC_LOG_ODDS_RATIO, {"5.707003947", "1.740837078", "4.053715608"}},
      {MZ_ASSOC_ODDS_RATIO, {"301.758", "5.67836", "inf"}},
      {MZ_ASSOC_P_CHI2, {"1.2082e-231", NULL, NULL}},
      {MZ_ASSOC_P_Z, {"8.45972e-231", NULL, NULL}},
      {MZ_ASSOC_POISSON_P, {"3.94943e-15", NULL, NULL}},
      {MZ_ASSOC_P_T, {"0.0024986", NULL, NULL}},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    for (int k = 0; k < 3; k++) {
      const double *s = spec_tables[k];
      char label[8];
      if (cases[i].printed[k] == NULL)
        continue;
      g_snprintf(label, sizeof label, "T%d", k + 1);
      expect_printed(measure(cases[i].m, s[0], s[1], s[2], s[3], 2), cases[i].printed[k], label,
                     mz_assoc_name(cases[i].m));
    }
  }
}

typedef struct {
  const char *label; /* "f,f1,f2,N[,log base]" as given to gen.py */
  double f, f1, f2, n, log_base;
  double v[MZ_ASSOC_N_MEASURES]; /* in the order of MzAssocMeasure */
} PyTable;

/* gen.py (see the top). T1-T3 of the spec; 7,15334,120 (UCS row 2) is a repelled pair;
 * 52,15334,658 is where R, SciPy and UCS lose digits in G2 (they print 0.0063305896821, the
 * 50-digit value is 0.0063305896993); 1,15334,8 has |O11 - E11| < 0.5 (Yates clamps to 0) and
 * Fisher's lower-tail branch; 0,30,20 has O11 = 0; 50,50,50 is perfect association (O12 = O21
 * = 0); 2,20,10,100 has O11 = E11 exactly; the last three have N = 1e12 and margins past
 * 2^32, the very last O11 - E11 = -0.2333 with E11 = 1e11 (O11 - E11 taken as a difference of
 * doubles would be off by 3e-5 there). Fisher for those two is big.py's (R phyper:
 * 0.022525007095627148, 0.5000013132435438). */
/* clang-format off */
static const PyTable py_tables[] = {
    {"8,30,20,10000", 8, 30, 20, 10000, 2, {
      7.0588936890535683, 10.058893689053569, 13.058893689053569, 56.471149512428546,
      2.8072139213105936, 0.0024986022054941273, 32.41491426283072, 8.4597236958989682e-231,
      30.373672810511408, 68.425534970602968, 1.3176030304675717e-16, 62.405636135037959,
      1056.0003323263043, 1.2082008332912892e-231, 927.19038880167557, 2.9118141984620528e-16,
      3.9494339029388422e-15, 31.142818067518977, 0.32000000000000001, 12.356143810225275,
      0.19047619047619047, 0.32659863237109044, 0.26666666666666666, 301.75757575757575,
      5.7070039468049645, 181.45454545454547, 0.26546305583416918, 0.39779559118236474,
      49.358589986131619}},
    {"100,1000,2000,100000", 100, 1000, 2000, 100000, 2, {
      2.3219280948873622, 8.965784284662087, 15.609640474436812, 232.19280948873623, 8,
      6.2209605742717405e-16, 17.888543819998318, 7.2422121863682641e-72, 17.776740421123328,
      171.9462327014202, 2.780376822045199e-39, 161.88758248682007, 329.82890125747269,
      1.0472561537104207e-73, 325.71892393320962, 2.3972979204894837e-39, 3.4888786696895529e-37,
      60.94379124341004, 0.066666666666666666, 10.093109404391482, 0.034482758620689655,
      0.070710678118654752, 0.050000000000000003, 5.6783625730994149, 1.7408370780505618,
      5.4444444444444446, 0.080808080808080815, 0.040816326530612242, 124.03298860893932}},
    {"2,15334,2,191998", 2, 15334, 2, 191998, 2, {
      3.6462852927259086, 4.6462852927259082, 5.6462852927259082, 7.2925705854518172,
      1.3012668089411372, 0.0965835720394288, 4.6045476904505724, 2.0668164309591949e-06,
      3.3534949187043068, 10.109889516623408, 0.0014747580441200824, 6.429111141739603,
      23.042368630277728, 1.5847027501839295e-06, 12.222174346959262, 0.006378101804998486,
      0.011476531360167177, 3.0548247403403166, 0.0002608242044861763, 2.0953653783318495,
      0.00013042911177774878, 0.011420556544133424, 0.00013042911177774878, INFINITY,
      4.0537156075680079, 12.522567179754761, 0.00013042911177774878, 0.92014416967020152,
      7.2927437347839552}},
    {"7,15334,120,191998", 7, 15334, 120, 191998, 2, {
      -0.45325038082500591, 2.3541045412325983, 5.1614594632902024, -3.1727526657750413,
      -0.9766034399995811, 0.83561724229533141, -0.83463630097357844, 0.79803874163541355,
      -0.6731260826335812, -0.82980248895857778, 0.36232964759383668, -0.76933053374612104,
      -0.75755593734987392, 0.38409446968515482, -0.49273453840449905, 0.85235163811625037,
      0.84136017624706672, -9.1991845648960204, 0.00090591432638799016, 3.8916622394422,
      0.00045316242636110572, 0.0051603562849823698, 0.00045650189122212079, 0.71356348996016628,
      -0.27293579851887495, 0.73027228637915664, -0.0001831304051144277, -0.021545548039205466,
      -0.59857596786892941}},
    {"52,15334,658,191998", 52, 15334, 658, 191998, 2, {
      -0.015218762868240804, 5.6852209552728512, 11.385660673413943, -0.79137566914852175,
      -0.076471418941268091, 0.53047797412189268, -0.076069138292779379, 0.53031795347371791,
      -0.0070963663050906903, -0.0063305896992890262, 0.93658323051428283, -0.0058068607328448686,
      -0.0063103954200537729, 0.9366842466200932, -5.4917610267880165e-05, 0.55241385930234477,
      0.54871218818706735, -52.54853981383404, 0.0065032516258129065, 6.7353769613964642,
      0.0032622333751568381, 0.016370527260955788, 0.0033911569062214687, 0.98856740797754683,
      -0.0027836155335916849, 0.98947089549299905, -3.9083550238251513e-05,
      -0.00084094164877175626, -0.004566555182533516}},
    {"1,15334,8,191998", 1, 15334, 8, 191998, 2, {
      0.64628529272590851, 0.64628529272590851, 0.64628529272590851, 0.64628529272590851,
      0.36107667788206127, 0.35902106359207892, 0.4517259786772862, 0.32573320033675079, 0,
      0.19180604746892757, 0.66141769169096909, 0.17378830121652231, 0.22177718997688262,
      0.63768911247453852, 0, 0.48618670227407201, 0.47213954612890319, -0.55202917150967756,
      0.00013036110024768608, 1.0948010540371951, 6.5184798904895382e-05, 0.002855139136033356,
      6.521455588887439e-05, 1.6459084514259628, 0.83473493997820902, 1.5651698949977173,
      2.5591316292805023e-05, 0.04513646544090838, 0.13835881674796746}},
    {"0,30,20,10000", 0, 30, 20, 10000, 2, {
      -INFINITY, -INFINITY, -INFINITY, 0, NAN, NAN, -0.2449489742783178, 0.59675202974633001, 0,
      -0.12030088285992424, 0.72870838669630134, -0.12, -0.060301143912700021,
      0.80602060189121416, 0, 1, 1, 0, 0, -INFINITY, 0, 0, 0, 0, 2.0740793298286939, 0,
      -0.0020060180541624875, -0.0030060120240480962, -0.086778743558288393}},
    {"50,50,50,1000", 50, 50, 50, 1000, 2, {
      4.3219280948873626, 9.965784284662087, 15.609640474436812, 216.09640474436813,
      6.7175144212722016, 9.2425238607426591e-12, 30.041637771599603, 1.4038529364085892e-198,
      29.725410005582766, 397.03048669174512, 2.43986794634672e-88, 204.5732273553991, 1000,
      1.7958327848007363e-219, 979.05817174515232, 1.0570309397620138e-85, 2.2386989282289475e-46,
      99.786613677699549, 1, 14, 1, 1, 1, INFINITY, 12.165255859329688, INFINITY, 1, 1,
      286.39695711595613}},
    {"2,20,10,100", 2, 20, 10, 100, 2, {
      0, 1, 2, 0, 0, 0.5, 0, 0.5, 0, 0, 1, 0, 0, 1, 0, 0.63695056579234277, 0.59399415029016156,
      -2, 0.13333333333333333, 11.093109404391482, 0.071428571428571425, 0.1414213562373095,
      0.10000000000000001, 1, 0.14204039815423425, 1, 0, 0, 0}},
    {"8,30,20,10000,10", 8, 30, 20, 10000, 10, {
      2.1249387366082999, 3.0280287236002437, 3.931118710592187, 16.999509892866399,
      2.8072139213105936, 0.0024986022054941273, 32.41491426283072, 8.4597236958989682e-231,
      30.373672810511408, 68.425534970602968, 1.3176030304675717e-16, 62.405636135037959,
      1056.0003323263043, 1.2082008332912892e-231, 927.19038880167557, 2.9118141984620528e-16,
      3.9494339029388422e-15, 31.142818067518977, 0.32000000000000001, 12.356143810225275,
      0.19047619047619047, 0.32659863237109044, 0.26666666666666666, 301.75757575757575,
      5.7070039468049645, 181.45454545454547, 0.26546305583416918, 0.39779559118236474,
      14.858416129505427}},
    {"8,30,20,10000,2.718281828459045", 8, 30, 20, 10000, M_E, {
      4.8928522584398726, 6.9722938001197088, 9.0517353417995441, 39.142818067518981,
      2.8072139213105936, 0.0024986022054941273, 32.41491426283072, 8.4597236958989682e-231,
      30.373672810511408, 68.425534970602968, 1.3176030304675717e-16, 62.405636135037959,
      1056.0003323263043, 1.2082008332912892e-231, 927.19038880167557, 2.9118141984620528e-16,
      3.9494339029388422e-15, 31.142818067518977, 0.32000000000000001, 12.356143810225275,
      0.19047619047619047, 0.32659863237109044, 0.26666666666666666, 301.75757575757575,
      5.7070039468049645, 181.45454545454547, 0.26546305583416918, 0.39779559118236474,
      34.212767485301484}},
    {"1000,2000,3000,1e12", 1000, 2000, 3000, 1e12, 2, {
      27.312390353265105, 37.278174637927194, 47.243958922589279, 27312.390353265106,
      31.622776411947132, 8.9792178529162439e-220, 408248.28801437328, 0, 408044.16386914137,
      36854.857944884163, 0, 35863.012747436711, 166666665500, 0, 166500040500.16687, 0, 0,
      17931.506367718357, 0.40000000000000002, 12.678071905112638, 0.25, 0.40824829046386302,
      0.33333333333333331, 499999998, 20.029868683631758, 333333332.33333331, 0.499999998,
      0.33333333233333334, 26585.160394875798}},
    {"30010918,5e9,6e9,1e12", 30010918, 5e9, 6e9, 1e12, 2, {
      0.00052494929773327567, 24.839509063528158, 49.678493177758583, 15754.210328430923,
      1.9929823375841198, 0.023131690590022583, 1.9933449609471345, 0.023111843139834682,
      1.993253673854217, 4.0170141620985875, 0.045043391142777126, 3.9729422005293178,
      4.0174960651682285, 0.04503052142005811, 4.0171281036301565, 0.022525007095630574,
      0.023121788402803913, -29999998.013528898, 0.0054565305454545455, 6.4821996416068677,
      0.0027357290673372795, 0.0054792189200126079, 0.0050018196666666665, 1.0003679714451379,
      0.00036792023700180787, 1.0003661309183267, 2.1945728643216082e-06, 1.8306505700871897e-06,
      2.8976632054201836}},
    {"100000000000,333333333333,300000000001,1e12", 100000000000, 333333333333, 300000000001, 1e12, 2, {
      -3.3662884287321784e-12, 36.541209043757618, 73.082418087518604, -0.33662884287321782,
      -7.3786478737156775e-07, 0.5000002943654609, -7.3786478737070695e-07, 0.5000002943654609, 0,
      -1.1666666666619536e-12, 0.9999991381861757, -5.4444444444204199e-13,
      -1.1666666666616945e-12, 0.9999991381861757, 0, 0.50000131324011322, 0.50000071489268128,
      -100000000000.23334, 0.31578947368387811, 12.337034987276052, 0.18749999999976563,
      0.31622776601646901, 0.30000000000030003, 0.999999999995, -3.571428571412755e-12,
      0.99999999999666667, -1.049999999999025e-12, -1.1111111111074074e-12,
      -8.4157210718182898e-13}},
};
/* clang-format on */

Test(assoc, all_measures_match_python_reference)
{
  for (guint i = 0; i < G_N_ELEMENTS(py_tables); i++) {
    const PyTable *p = &py_tables[i];
    double got[MZ_ASSOC_N_MEASURES];
    measure_all(got, p->f, p->f1, p->f2, p->n, p->log_base);
    for (guint m = 0; m < MZ_ASSOC_N_MEASURES; m++)
      expect_value(got[m], p->v[m], REL, p->label, mz_assoc_name((MzAssocMeasure)m));
  }
}

Test(assoc, values_equal_value_in_any_order)
{
  /* mz_assoc_values() shares E11, G2 ... between measures: asking for them one at a time, or
   * in reverse order (p_ll before ll, so G2 is first computed for a p-value), gives the same
   * numbers bit for bit */
  for (guint i = 0; i < G_N_ELEMENTS(py_tables); i++) {
    const PyTable *p = &py_tables[i];
    MzAssocMeasure rev[MZ_ASSOC_N_MEASURES];
    double got[MZ_ASSOC_N_MEASURES];
    MzContingency t;
    mz_contingency_from_signature(&t, p->f, p->f1, p->f2, p->n);
    for (guint m = 0; m < MZ_ASSOC_N_MEASURES; m++)
      rev[m] = (MzAssocMeasure)(MZ_ASSOC_N_MEASURES - 1 - m);
    mz_assoc_values(rev, MZ_ASSOC_N_MEASURES, &t, p->log_base, got);
    for (guint m = 0; m < MZ_ASSOC_N_MEASURES; m++) {
      double one = mz_assoc_value(rev[m], &t, p->log_base);
      cr_expect(memcmp(&one, &got[m], sizeof one) == 0, "%s %s: %.17g alone, %.17g in a list",
                p->label, mz_assoc_name(rev[m]), one, got[m]);
    }
  }
}

/* UCS gold rows (ucs-gold-100.ds, N = 191998, f1 = 15334): UCS's columns are log10 where ours
 * are not, and -log10 for p; odds.ratio is 1e7 for an infinite ratio (UCS's inf()) */
typedef struct {
  int row;
  double f, f2;
  double mi, mi2, mi3, local_mi, average_mi, t, z, ll, simple_ll, chi2, chi2_corr, z_corr;
  double fisher_pv, poisson_pv, poisson_stirling, dice, jaccard, ms, gmean, odds_ratio_disc;
  double relative_risk, odds_ratio;
} UcsRow;

/* clang-format off */
static const UcsRow ucs_rows[] = {
    {2, 7, 120,
     -0.136441960174449, 0.708656079839807, 1.55375411985406, -0.955093721221146,
     0.180189321005741, -0.976603439999581, -0.834636300973578, -0.829802488929075,
     -0.76933053374612, -0.757555937349874, -0.492734538404499, -0.673126082633581,
     0.06938119984837125275856, 0.07501804811347852208758, -3.99515509454391,
     0.00090591432638799, 0.000453162426361106, 0.000456501891222121, 0.00516035628498237,
     -0.118534511210605, -0.136515180395085, -0.146567379083828},
    {5, 2, 5,
     0.699701237186881, 1.00073123285086, 1.30176122851484, 1.39940247437376,
     0.842341596170308, 1.1318466787932, 2.53301767020394, 3.87912640510113, 3.24314070583144,
     6.97326860448976, 3.29721876625307, 1.74178242384695, 1.2660687275743098823,
     1.212032575622798979964, 0.530813510567258, 0.000260773192515809, 0.000130403599139336,
     0.000130429111777749, 0.00722299416524058, 0.915400904592594, 0.69974657550757,
     0.885450614819354},
    {13, 2, 2,
     1.09764124585892, 1.3986712415229, 1.69970123718688, 2.19528249171784, 2.19533461486986,
     1.30126680894114, 4.60454769045057, 10.1098895166663, 6.4291111417396, 23.0423686302777,
     12.2221743469593, 3.35349491870431, 2.195308552983274097414, 1.940189352248430809667,
     1.32669352791133, 0.000260824204486176, 0.000130429111777749, 0.000130429111777749,
     0.0114205565441334, 1.76050631957187, 1.09769337022528, 10000000},
};
/* clang-format on */

Test(assoc, ucs_gold_rows)
{
  for (guint i = 0; i < G_N_ELEMENTS(ucs_rows); i++) {
    const UcsRow *u = &ucs_rows[i];
    double v[MZ_ASSOC_N_MEASURES], or10;
    char label[16];
    g_snprintf(label, sizeof label, "UCS row %d", u->row);
    measure_all(v, u->f, 15334, u->f2, 191998, 10);
    expect_value(v[MZ_ASSOC_MI], u->mi, REL, label, "mi");
    expect_value(v[MZ_ASSOC_MI2], u->mi2, REL, label, "mi2");
    expect_value(v[MZ_ASSOC_MI3], u->mi3, REL, label, "mi3");
    expect_value(v[MZ_ASSOC_LOCAL_MI], u->local_mi, REL, label, "local_mi");
    expect_value(fabs(v[MZ_ASSOC_AVERAGE_MI]), u->average_mi, REL, label, "average_mi");
    expect_value(v[MZ_ASSOC_T], u->t, REL, label, "t");
    expect_value(v[MZ_ASSOC_Z], u->z, REL, label, "z");
    expect_value(v[MZ_ASSOC_LL], u->ll, REL, label, "ll");
    expect_value(v[MZ_ASSOC_SIMPLE_LL], u->simple_ll, REL, label, "simple_ll");
    expect_value(v[MZ_ASSOC_CHI2], u->chi2, REL, label, "chi2");
    /* |O11 - E11| > 0.5 in these rows, so UCS's unclamped Yates equals ours */
    expect_value(v[MZ_ASSOC_CHI2_CORR], u->chi2_corr, REL, label, "chi2_corr");
    expect_value(v[MZ_ASSOC_Z_CORR], u->z_corr, REL, label, "z_corr");
    expect_value(-log10(v[MZ_ASSOC_FISHER_P]), u->fisher_pv, REL, label, "fisher_p");
    expect_value(-log10(v[MZ_ASSOC_POISSON_P]), u->poisson_pv, REL, label, "poisson_p");
    expect_value(v[MZ_ASSOC_POISSON_STIRLING] / G_LN10, u->poisson_stirling, REL, label,
                 "poisson_stirling");
    expect_value(v[MZ_ASSOC_DICE], u->dice, REL, label, "dice");
    expect_value(v[MZ_ASSOC_JACCARD], u->jaccard, REL, label, "jaccard");
    expect_value(v[MZ_ASSOC_MS], u->ms, REL, label, "ms");
    expect_value(v[MZ_ASSOC_GMEAN], u->gmean, REL, label, "gmean");
    expect_value(v[MZ_ASSOC_LOG_ODDS_RATIO] / G_LN10, u->odds_ratio_disc, REL, label,
                 "log_odds_ratio");
    expect_value(log10(v[MZ_ASSOC_RELATIVE_RISK]), u->relative_risk, REL, label, "relative_risk");
    or10 = isinf(v[MZ_ASSOC_ODDS_RATIO]) ? 1e7 : log10(v[MZ_ASSOC_ODDS_RATIO]);
    expect_value(or10, u->odds_ratio, REL, label, "odds_ratio");
  }
}

Test(assoc, fisher_matches_exact_rationals)
{
  /* exact.py: P(X >= O11) as an exact rational; the 1,15334,8 and 7,15334,120 cases take the
   * lower-tail branch (p = 1 - P(X < O11)); 5,2000,3000,1e12 has N past 2^32 */
  static const struct {
    double f, f1, f2, n, p;
  } cases[] = {
      {8, 30, 20, 10000, 2.91181419846205289900891453779e-16},
      {100, 1000, 2000, 100000, 2.39729792048948383793835159664e-39},
      {2, 15334, 2, 191998, 0.00637810180499848599491547859402},
      {7, 15334, 120, 191998, 0.852351638116250390378992727220},
      {52, 15334, 658, 191998, 0.552413859302344819184225446141},
      {1, 15334, 8, 191998, 0.486186702274072040806136967547},
      {50, 50, 50, 1000, 1.05703093976201378075080356557e-85},
      {2, 20, 10, 100, 0.636950565792342802762391538310},
      {5, 2000, 3000, 1e12, 6.42615753587036954439625347513e-29},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    char label[64];
    g_snprintf(label, sizeof label, "%g,%g,%g,%g", cases[i].f, cases[i].f1, cases[i].f2,
               cases[i].n);
    expect_value(measure(MZ_ASSOC_FISHER_P, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n, 2),
                 cases[i].p, 1e-12, label, "fisher_p");
  }
}

Test(assoc, counts_beyond_2_32_are_exact_and_fast)
{
  /* N = 1e12 and margins past 2^32. Fisher: big.py (R phyper 4.2.2 beside). Poisson: SciPy
   * poisson.sf(O11 - 1, E11) (R ppois beside). The last two have R1 = C1 = N/2, so the tail
   * spans ~2e6 terms around the mode: it must stay exact and take well under a second (a sum
   * over all of X's 2.5e11 values would not end) */
  static const struct {
    double f, f1, f2, n, fisher, poisson;
  } cases[] = {
      /* R: 0.022525007095627148, 0.023121788402803892 */
      {30010918, 5e9, 6e9, 1e12, 0.02252500709563057393, 0.023121788402803913},
      /* lower-tail branch; R: 0.96682131641064695, 0.9660676509443219 */
      {29990000, 5e9, 6e9, 1e12, 0.96682131641064200756, 0.9660676509443219},
      /* R: 0.50000079788854146, 0.50000026596152025 */
      {250000000000, 5e11, 5e11, 1e12, 0.50000079788456080227, 0.5000002659615203},
      /* R: 0.022750239930131262, 0.1586554959021009 */
      {250000500000, 5e11, 5e11, 1e12, 0.02275023993030120217, 0.158655495902101},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    char label[64];
    gint64 start = g_get_monotonic_time();
    double p;
    g_snprintf(label, sizeof label, "%.17g,%g,%g,%g", cases[i].f, cases[i].f1, cases[i].f2,
               cases[i].n);
    p = measure(MZ_ASSOC_FISHER_P, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n, 2);
    expect_value(p, cases[i].fisher, REL, label, "fisher_p");
    expect_value(measure(MZ_ASSOC_POISSON_P, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n, 2),
                 cases[i].poisson, REL, label, "poisson_p");
    cr_expect(g_get_monotonic_time() - start < 5 * G_USEC_PER_SEC, "%s: took %.3f s", label,
              (g_get_monotonic_time() - start) / 1e6);
  }
}

Test(assoc, p_underflow_is_zero_and_statistic_kept)
{
  /* p below the doubles: 0 (never NaN), while the statistic is still there. Expected
   * statistics: gen.py (1000,2000,3000,1e12: ll 36854.857944884163, chi2 166666665500, z
   * 408248.28801437328; 5000,5000,5000,1e6: ll 62958.131894333485, chi2 1e6, z 995); exact
   * Fisher p of the first is 2.56e-8005 (exact.py) */
  static const struct {
    double f, f1, f2, n, ll, chi2, z;
  } cases[] = {
      {1000, 2000, 3000, 1e12, 36854.857944884163, 166666665500, 408248.28801437328},
      {5000, 5000, 5000, 1e6, 62958.131894333485, 1e6, 995},
  };
  static const MzAssocMeasure p_values[] = {MZ_ASSOC_P_LL, MZ_ASSOC_P_CHI2, MZ_ASSOC_P_Z,
                                            MZ_ASSOC_FISHER_P, MZ_ASSOC_POISSON_P};
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    double v[MZ_ASSOC_N_MEASURES];
    measure_all(v, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n, 2);
    for (guint k = 0; k < G_N_ELEMENTS(p_values); k++)
      cr_expect(v[p_values[k]] == 0, "case %u %s: got %.17g, expected 0", i,
                mz_assoc_name(p_values[k]), v[p_values[k]]);
    expect_value(v[MZ_ASSOC_LL], cases[i].ll, REL, "underflow", "ll");
    expect_value(v[MZ_ASSOC_CHI2], cases[i].chi2, REL, "underflow", "chi2");
    expect_value(v[MZ_ASSOC_Z], cases[i].z, REL, "underflow", "z");
    for (guint m = 0; m < MZ_ASSOC_N_MEASURES; m++)
      cr_expect(!isnan(v[m]), "case %u %s is NaN", i, mz_assoc_name((MzAssocMeasure)m));
  }
}

Test(assoc, repulsion_is_negative)
{
  /* O11 < E11 (UCS rows 2 and 27, and a pair seen 3 times where 30 are expected): every
   * signed measure is negative (UCS's signs agree for ll, chi2, z, t, simple_ll), the
   * one-sided p-values are above 1/2 */
  static const double cases[][4] = {
      {7, 15334, 120, 191998}, {52, 15334, 658, 191998}, {3, 3000, 1000, 100000}};
  static const MzAssocMeasure negative[] = {
      MZ_ASSOC_MI,         MZ_ASSOC_LOCAL_MI,
      MZ_ASSOC_T,          MZ_ASSOC_Z,
      MZ_ASSOC_Z_CORR,     MZ_ASSOC_LL,
      MZ_ASSOC_SIMPLE_LL,  MZ_ASSOC_CHI2,
      MZ_ASSOC_CHI2_CORR,  MZ_ASSOC_DELTA_P21,
      MZ_ASSOC_DELTA_P12,  MZ_ASSOC_LOG_ODDS_RATIO,
      MZ_ASSOC_AVERAGE_MI, MZ_ASSOC_POISSON_STIRLING,
  };
  static const MzAssocMeasure above_half[] = {MZ_ASSOC_P_T, MZ_ASSOC_P_Z, MZ_ASSOC_FISHER_P,
                                              MZ_ASSOC_POISSON_P};
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    double v[MZ_ASSOC_N_MEASURES];
    measure_all(v, cases[i][0], cases[i][1], cases[i][2], cases[i][3], 2);
    for (guint k = 0; k < G_N_ELEMENTS(negative); k++)
      cr_expect(v[negative[k]] < 0, "case %u %s: %.17g is not negative", i,
                mz_assoc_name(negative[k]), v[negative[k]]);
    for (guint k = 0; k < G_N_ELEMENTS(above_half); k++)
      cr_expect(v[above_half[k]] > 0.5 && v[above_half[k]] <= 1, "case %u %s: %.17g", i,
                mz_assoc_name(above_half[k]), v[above_half[k]]);
    cr_expect(v[MZ_ASSOC_ODDS_RATIO] < 1 && v[MZ_ASSOC_RELATIVE_RISK] < 1, "case %u ratios", i);
  }
}

Test(assoc, yates_correction_clamps_at_zero)
{
  /* UCS row 3 (1, 15334, 8, 191998): |O11 - E11| = 0.361 < 0.5. R 4.2.2 chisq.test(correct =
   * TRUE) gives 4.5e-27 (rounding of 0) and SciPy chi2_contingency(correction=True) 0.0; UCS,
   * which does not clamp, prints chi.squared.corr 0.0328298063301833 and z.score.corr
   * -0.173800407195846. Ours clamps: both 0 */
  double v[MZ_ASSOC_N_MEASURES];
  measure_all(v, 1, 15334, 8, 191998, 2);
  cr_expect(v[MZ_ASSOC_CHI2_CORR] == 0 && !signbit(v[MZ_ASSOC_CHI2_CORR]), "chi2_corr %.17g",
            v[MZ_ASSOC_CHI2_CORR]);
  cr_expect(v[MZ_ASSOC_Z_CORR] == 0 && !signbit(v[MZ_ASSOC_Z_CORR]), "z_corr %.17g",
            v[MZ_ASSOC_Z_CORR]);
  /* gen.py: the uncorrected statistics are not 0 */
  expect_value(v[MZ_ASSOC_CHI2], 0.22177718997688262, REL, "UCS row 3", "chi2");
  expect_value(v[MZ_ASSOC_Z], 0.4517259786772862, REL, "UCS row 3", "z");
}

Test(assoc, independence_gives_plus_zero)
{
  /* 2,20,10,100: O11 = E11 = 2 exactly, so O11 O22 = O12 O21 (2 * 72 = 18 * 8). The signed
   * statistics are +0 (no "-0" in a CSV), the chi2 p-values 1, the normal ones 1/2 */
  static const MzAssocMeasure zero[] = {
      MZ_ASSOC_MI,        MZ_ASSOC_LOCAL_MI,  MZ_ASSOC_T,         MZ_ASSOC_Z,
      MZ_ASSOC_Z_CORR,    MZ_ASSOC_LL,        MZ_ASSOC_SIMPLE_LL, MZ_ASSOC_CHI2,
      MZ_ASSOC_CHI2_CORR, MZ_ASSOC_DELTA_P21, MZ_ASSOC_DELTA_P12, MZ_ASSOC_AVERAGE_MI,
  };
  double v[MZ_ASSOC_N_MEASURES];
  measure_all(v, 2, 20, 10, 100, 2);
  for (guint k = 0; k < G_N_ELEMENTS(zero); k++)
    cr_expect(v[zero[k]] == 0 && !signbit(v[zero[k]]), "%s: %.17g", mz_assoc_name(zero[k]),
              v[zero[k]]);
  cr_expect(v[MZ_ASSOC_P_LL] == 1 && v[MZ_ASSOC_P_CHI2] == 1, "chi2(1) tails at 0");
  cr_expect(v[MZ_ASSOC_P_Z] == 0.5 && v[MZ_ASSOC_P_T] == 0.5, "normal tails at 0");
  cr_expect(v[MZ_ASSOC_ODDS_RATIO] == 1 && v[MZ_ASSOC_RELATIVE_RISK] == 1, "ratios");
}

Test(assoc, undefined_values_follow_the_spec_or_are_na)
{
  /* spec 2.1's limits: MI-family and logDice log(0) = -inf, local-MI and Poisson-Stirling 0,
   * simple-ll 2 E11 (signed: -0.12 for E11 = 0.06), odds ratio inf when O12 O21 = 0. NA (NaN)
   * where nothing is defined: t with O11 = 0, a margin of 0 under a division, Fisher and
   * Poisson with counts that are not whole. P(X >= 0) = 1. */
  static const struct {
    double f, f1, f2, n;
    MzAssocMeasure m;
    double want;
  } cases[] = {
      {0, 30, 20, 10000, MZ_ASSOC_MI, -INFINITY},
      {0, 30, 20, 10000, MZ_ASSOC_MI3, -INFINITY},
      {0, 30, 20, 10000, MZ_ASSOC_LOGDICE, -INFINITY},
      {0, 30, 20, 10000, MZ_ASSOC_LOCAL_MI, 0},
      {0, 30, 20, 10000, MZ_ASSOC_POISSON_STIRLING, 0},
      {0, 30, 20, 10000, MZ_ASSOC_SIMPLE_LL, -0.12},
      {0, 30, 20, 10000, MZ_ASSOC_T, NAN},
      {0, 30, 20, 10000, MZ_ASSOC_P_T, NAN},
      {0, 30, 20, 10000, MZ_ASSOC_FISHER_P, 1},
      {0, 30, 20, 10000, MZ_ASSOC_POISSON_P, 1},
      {0, 30, 20, 10000, MZ_ASSOC_ODDS_RATIO, 0},
      {2, 15334, 2, 191998, MZ_ASSOC_ODDS_RATIO, INFINITY},
      {2, 15334, 2, 191998, MZ_ASSOC_RELATIVE_RISK, 12.522567179754761}, /* gen.py */
      {50, 50, 50, 1000, MZ_ASSOC_RELATIVE_RISK, INFINITY},
      {0, 0, 0, 10, MZ_ASSOC_ODDS_RATIO, NAN}, /* 0 * 10 / (0 * 0) */
      {0, 0, 5, 100, MZ_ASSOC_MI, NAN},        /* f1 = 0: E11 = 0, 0/0 */
      {0, 0, 5, 100, MZ_ASSOC_Z, NAN},
      {0, 0, 5, 100, MZ_ASSOC_CHI2, NAN},
      {0, 0, 5, 100, MZ_ASSOC_P_CHI2, NAN},
      {0, 0, 5, 100, MZ_ASSOC_GMEAN, NAN},
      {0, 0, 5, 100, MZ_ASSOC_MS, NAN},
      {0, 0, 5, 100, MZ_ASSOC_DELTA_P21, NAN},
      {0, 0, 5, 100, MZ_ASSOC_DICE, 0},
      {0, 0, 5, 100, MZ_ASSOC_FISHER_P, 1},
      {0, 0, 5, 100, MZ_ASSOC_POISSON_P, 1},
      {2.5, 30, 20, 10000, MZ_ASSOC_FISHER_P, NAN},
      {2.5, 30, 20, 10000, MZ_ASSOC_POISSON_P, NAN},
      /* 40-digit decimal: log2(2.5/0.06) */
      {2.5, 30, 20, 10000, MZ_ASSOC_MI, 5.380821783940930862},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    char label[64];
    g_snprintf(label, sizeof label, "%g,%g,%g,%g", cases[i].f, cases[i].f1, cases[i].f2,
               cases[i].n);
    expect_value(measure(cases[i].m, cases[i].f, cases[i].f1, cases[i].f2, cases[i].n, 2),
                 cases[i].want, REL, label, mz_assoc_name(cases[i].m));
  }
}

static void
count_critical(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  (*(int *)data)++;
}

Test(assoc, invalid_table_is_a_programming_error)
{
  /* a negative cell, N = 0, NaN, or a log base of 1: g_return_val_if_fail (a critical), NaN */
  static const MzContingency bad[] = {
      {-1, 5, 5, 100}, {0, 0, 0, 0}, {NAN, 1, 1, 1}, {1, 1, 1, INFINITY}};
  int criticals = 0;
  MzContingency ok = {8, 22, 12, 9958};
  g_log_set_handler(G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, count_critical, &criticals);
  for (guint i = 0; i < G_N_ELEMENTS(bad); i++)
    cr_expect(isnan(mz_assoc_value(MZ_ASSOC_MI, &bad[i], 2)), "table %u", i);
  cr_expect(isnan(mz_assoc_value(MZ_ASSOC_MI, &ok, 1)), "log base 1");
  cr_expect(isnan(mz_assoc_value(MZ_ASSOC_N_MEASURES, &ok, 2)), "measure out of range");
  cr_expect_eq(criticals, (int)G_N_ELEMENTS(bad) + 2);
}

Test(assoc, names_parse_case_insensitively)
{
  static const struct {
    const char *name;
    MzAssocMeasure m;
  } cases[] = {
      {"mi", MZ_ASSOC_MI},
      {"MI3", MZ_ASSOC_MI3},
      {"P_LL", MZ_ASSOC_P_LL},
      {"LogDice", MZ_ASSOC_LOGDICE},
      {"delta_p21", MZ_ASSOC_DELTA_P21},
      {"Fisher_P", MZ_ASSOC_FISHER_P},
      {"average_MI", MZ_ASSOC_AVERAGE_MI},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    MzAssocMeasure m = MZ_ASSOC_N_MEASURES;
    cr_expect(mz_assoc_parse(cases[i].name, &m, NULL) && m == cases[i].m, "%s", cases[i].name);
  }
  /* every column name parses back to its measure; names are lower_snake_case and distinct */
  for (guint i = 0; i < MZ_ASSOC_N_MEASURES; i++) {
    const char *name = mz_assoc_name((MzAssocMeasure)i);
    MzAssocMeasure m = MZ_ASSOC_N_MEASURES;
    cr_expect(mz_assoc_parse(name, &m, NULL) && m == i, "%s", name);
    cr_expect(strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_") == strlen(name), "%s", name);
  }
}

Test(assoc, descriptions_are_single_ascii_lines)
{
  for (guint i = 0; i < MZ_ASSOC_N_MEASURES; i++) {
    const char *d = mz_assoc_description((MzAssocMeasure)i);
    cr_assert_not_null(d);
    cr_expect(strlen(d) > 20 && strlen(d) < 120, "%s: \"%s\"", mz_assoc_name(i), d);
    for (const char *p = d; *p != '\0'; p++)
      cr_expect(*p >= ' ' && *p <= '~', "%s: character %d", mz_assoc_name(i), *p);
  }
}

Test(assoc, unknown_names_are_refused_with_the_valid_ones)
{
  static const char *const bad[] = {"pmi", "", "mi ", "chi-squared", "log-likelihood", "g2"};
  for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
    g_autoptr(GError) error = NULL;
    MzAssocMeasure m = MZ_ASSOC_N_MEASURES;
    cr_expect(!mz_assoc_parse(bad[i], &m, &error), "\"%s\" accepted", bad[i]);
    cr_expect(m == MZ_ASSOC_N_MEASURES, "\"%s\": *m written", bad[i]);
    cr_expect(g_error_matches(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT), "%s",
              bad[i]);
    cr_expect(error != NULL && strstr(error->message, "mi, mi2, mi3") != NULL &&
                  strstr(error->message, "average_mi") != NULL,
              "message: %s", error != NULL ? error->message : "(none)");
  }
}

Test(assoc, measure_lists)
{
  /* the default set is DESIGN.md's mizan-colloc columns */
  static const MzAssocMeasure defaults[] = {MZ_ASSOC_MI,      MZ_ASSOC_MI3,      MZ_ASSOC_T,
                                            MZ_ASSOC_Z,       MZ_ASSOC_LL,       MZ_ASSOC_P_LL,
                                            MZ_ASSOC_CHI2,    MZ_ASSOC_FISHER_P, MZ_ASSOC_DICE,
                                            MZ_ASSOC_LOGDICE, MZ_ASSOC_DELTA_P21};
  static const MzAssocMeasure three[] = {MZ_ASSOC_MI, MZ_ASSOC_T, MZ_ASSOC_LL};
  g_autofree MzAssocMeasure *list = NULL;
  guint n = 0;
  cr_assert(mz_assoc_parse_list("default", &list, &n, NULL));
  cr_assert_eq(n, G_N_ELEMENTS(defaults));
  cr_expect(memcmp(list, defaults, sizeof defaults) == 0, "default set");
  g_clear_pointer(&list, g_free);
  cr_assert(mz_assoc_parse_list("ALL", &list, &n, NULL));
  cr_assert_eq(n, MZ_ASSOC_N_MEASURES);
  for (guint i = 0; i < n; i++)
    cr_expect_eq(list[i], (MzAssocMeasure)i);
  g_clear_pointer(&list, g_free);
  cr_assert(mz_assoc_parse_list(" mi, T ,ll", &list, &n, NULL));
  cr_assert_eq(n, 3);
  cr_expect(memcmp(list, three, sizeof three) == 0, "mi, t, ll");
  g_clear_pointer(&list, g_free);
  cr_assert(mz_assoc_parse_list("default,jaccard", &list, &n, NULL));
  cr_expect(n == G_N_ELEMENTS(defaults) + 1 && list[n - 1] == MZ_ASSOC_JACCARD, "default + 1");
}

Test(assoc, measure_list_errors)
{
  static const struct {
    const char *spec, *in_message;
  } cases[] = {
      {"mi,mi", "\"mi\" is given twice"},
      {"default,logdice", "\"logdice\" is given twice"},
      {"all,default", "given twice"},
      {"mi,,t", "empty"},
      {"", "empty"},
      {"mi,", "empty"},
      {"mi,pmi", "\"pmi\""},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autoptr(GError) error = NULL;
    MzAssocMeasure *list = (MzAssocMeasure *)&cases[i];
    guint n = 12345;
    cr_expect(!mz_assoc_parse_list(cases[i].spec, &list, &n, &error), "\"%s\" accepted",
              cases[i].spec);
    cr_expect(list == (MzAssocMeasure *)&cases[i] && n == 12345, "\"%s\": out written",
              cases[i].spec);
    cr_expect(g_error_matches(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT), "%s",
              cases[i].spec);
    cr_expect(error != NULL && strstr(error->message, cases[i].in_message) != NULL,
              "\"%s\": message %s", cases[i].spec, error != NULL ? error->message : "(none)");
  }
}
