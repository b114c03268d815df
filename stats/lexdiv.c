/* lexdiv.c - lexical diversity of one document's token sequence
 *
 * Definitions: spec/statistics.md 5 (quanteda's textstat_lexdiv and koRpus'
 * lex.div where they agree; where they differ, the choice is said at the
 * measure) and 10.4 (log base 10, MTLD's '<' rule, HD-D both as koRpus' sum
 * and as an average TTR). A document is an array of type ids 0 .. V - 1.
 * Every pass is linear in N (MATTR slides its window, HD-D multiplies
 * min(f, sample) factors per distinct frequency f, vocd-D draws its samples
 * by partial Fisher-Yates shuffles); the scratch arrays live in MzLexdiv and
 * are reused from one document to the next.
 */
#include "stats/mizan-stats.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_rng.h>

/* vocd-D's fit searches D on a log grid over [MZ_VOCD_D_MIN, MZ_VOCD_D_MAX]:
 * the least possible TTR (one type, 1/n) already gives D of about 0.015,
 * and D = 1e7 gives TTR 0.999998 at n = 50 */
#define MZ_VOCD_D_MIN 1e-3
#define MZ_VOCD_D_MAX 1e7
#define MZ_VOCD_GRID 241
#define MZ_VOCD_N_SIZES (MZ_VOCD_N_MAX - MZ_VOCD_N_MIN + 1)

struct _MzLexdiv {
  MzLexdivOptions opts;
  double ln_base;
  guint32 *freq;     /* by type: its frequency */
  guint32 *work;     /* by type: MATTR's window counts, then generation stamps */
  guint32 *spectrum; /* by frequency i: V_i */
  guint32 *pool;     /* vocd-D: the tokens, shuffled in place */
  gsize types_cap, tokens_cap;
  guint32 gen; /* the current generation of work[] as stamps */
  gsl_rng *rng;
};

static const char *const measure_names[MZ_LEXDIV_N_MEASURES] = {
    "tokens", "types", "ttr",  "r",   "cttr",     "c",         "u",        "s",
    "k",      "i",     "d",    "vm",  "maas_a2",  "maas_lgv0", "honore_h", "sichel_s",
    "mattr",  "msttr", "mtld", "hdd", "hdd_attr", "vocd_d",
};

/**
 * mz_lexdiv_measure_name:
 * @m: a measure
 *
 * Returns: (transfer none): its column name ("ttr", "maas_a2" ...).
 */
const char *
mz_lexdiv_measure_name(MzLexdivMeasure m)
{
  g_return_val_if_fail(m < MZ_LEXDIV_N_MEASURES, NULL);
  return measure_names[m];
}

/**
 * mz_lexdiv_measures_parse:
 * @spec: measure names separated by commas, "all" or "none"
 * @mask: (out): a bit (1 << #MzLexdivMeasure) per measure named
 *
 * Returns: %TRUE, or %FALSE with %MZ_STATS_ERROR_INVALID_ARGUMENT naming
 * the unknown name and the known ones.
 */
gboolean
mz_lexdiv_measures_parse(const char *spec, guint32 *mask, GError **error)
{
  guint64 m = 0;
  gboolean ok =
      mz_stats_names_parse(spec, measure_names, MZ_LEXDIV_N_MEASURES, "measure", &m, error);
  *mask = (guint32)m;
  return ok;
}

/**
 * mz_lexdiv_options_init:
 * @opts: (out caller-allocates): options
 *
 * The defaults of spec/statistics.md 10.4: log base 10, window and segment
 * 100, MTLD threshold 0.72, HD-D sample 42, seed %MZ_LEXDIV_DEFAULT_SEED;
 * every measure.
 */
void
mz_lexdiv_options_init(MzLexdivOptions *opts)
{
  opts->log_base = 10;
  opts->window = 100;
  opts->segment = 100;
  opts->mtld_threshold = 0.72;
  opts->hdd_sample = 42;
  opts->seed = MZ_LEXDIV_DEFAULT_SEED;
  opts->measures = MZ_LEXDIV_ALL;
}

static gboolean
invalid(GError **error, const char *what)
{
  g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT, "%s", what);
  return FALSE;
}

static gboolean
options_valid(const MzLexdivOptions *o, GError **error)
{
  if (!(o->log_base > 1) || isinf(o->log_base))
    return invalid(error, "the log base must be a number greater than 1");
  if (o->window == 0 || o->segment == 0 || o->hdd_sample == 0)
    return invalid(error, "the MATTR window, MSTTR segment and HD-D sample must be at least 1");
  if (!(o->mtld_threshold > 0 && o->mtld_threshold < 1))
    return invalid(error, "the MTLD threshold must lie strictly between 0 and 1");
  return TRUE;
}

/**
 * mz_lexdiv_new:
 * @opts: the options (copied)
 * @error: an MZ_STATS_ERROR_INVALID_ARGUMENT error for a value out of range
 *
 * Returns: (transfer full): a calculator, or %NULL with @error set.
 */
MzLexdiv *
mz_lexdiv_new(const MzLexdivOptions *opts, GError **error)
{
  MzLexdiv *ld;
  g_return_val_if_fail(opts != NULL, NULL);
  if (!options_valid(opts, error))
    return NULL;
  ld = g_new0(MzLexdiv, 1);
  ld->opts = *opts;
  ld->ln_base = log(opts->log_base);
  ld->rng = gsl_rng_alloc(gsl_rng_mt19937);
  return ld;
}

void
mz_lexdiv_free(MzLexdiv *ld)
{
  if (ld == NULL)
    return;
  g_free(ld->freq);
  g_free(ld->work);
  g_free(ld->spectrum);
  g_free(ld->pool);
  gsl_rng_free(ld->rng);
  g_free(ld);
}

static void
reserve(MzLexdiv *ld, gsize n_tokens, guint32 n_types)
{
  if (n_types > ld->types_cap) {
    ld->types_cap = MAX((gsize)n_types, 2 * ld->types_cap);
    ld->freq = g_renew(guint32, ld->freq, ld->types_cap);
    ld->work = g_renew(guint32, ld->work, ld->types_cap);
  }
  if (n_tokens > ld->tokens_cap) {
    ld->tokens_cap = MAX(n_tokens, 2 * ld->tokens_cap);
    ld->spectrum = g_renew(guint32, ld->spectrum, ld->tokens_cap + 1);
    ld->pool = g_renew(guint32, ld->pool, ld->tokens_cap);
  }
}

/* A fresh generation of stamps in work[]: a type is in the current set when
 * its stamp equals ld->gen. */
static guint32
next_gen(MzLexdiv *ld, guint32 n_types)
{
  if (ld->gen == G_MAXUINT32) {
    memset(ld->work, 0, sizeof(guint32) * n_types);
    ld->gen = 0;
  }
  return ++ld->gen;
}

/* The statistics of the frequency spectrum (V_i, M2 = sum i^2 V_i). */
typedef struct {
  guint64 n, v;
  guint64 v1, v2;
  double m2;     /* exact below 2^53 */
  guint32 max_f; /* spectrum[1 .. max_f] is filled */
} Spectrum;

static void
count_types(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types, Spectrum *sp)
{
  memset(ld->freq, 0, sizeof(guint32) * n_types);
  memset(sp, 0, sizeof *sp);
  sp->n = n;
  for (gsize i = 0; i < n; i++)
    ld->freq[tokens[i]]++;
  for (guint32 t = 0; t < n_types; t++)
    sp->max_f = MAX(sp->max_f, ld->freq[t]);
  memset(ld->spectrum, 0, sizeof(guint32) * ((gsize)sp->max_f + 1));
  for (guint32 t = 0; t < n_types; t++)
    if (ld->freq[t] > 0) {
      ld->spectrum[ld->freq[t]]++;
      sp->v++;
      sp->m2 += (double)ld->freq[t] * (double)ld->freq[t];
    }
  sp->v1 = sp->max_f >= 1 ? ld->spectrum[1] : 0;
  sp->v2 = sp->max_f >= 2 ? ld->spectrum[2] : 0;
}

static double
log_in_base(const MzLexdiv *ld, double x)
{
  return log(x) / ld->ln_base;
}

/* TTR, R, CTTR, C, U, S: functions of N and V (spec 5, quanteda's textstat_lexdiv). */
static void
size_measures(const MzLexdiv *ld, const Spectrum *sp, double *out)
{
  double n = (double)sp->n, v = (double)sp->v, log_n, log_v, log_nv;
  out[MZ_LEXDIV_TOKENS] = n;
  out[MZ_LEXDIV_TYPES] = v;
  if (sp->n == 0)
    return;
  log_n = log_in_base(ld, n);
  log_v = log_in_base(ld, v);
  log_nv = log_in_base(ld, n / v); /* log N - log V, without the cancellation */
  /* TTR = V/N; Guiraud (1954) R = V/sqrt(N); Carroll (1964) CTTR = V/sqrt(2N) */
  out[MZ_LEXDIV_TTR] = v / n;
  out[MZ_LEXDIV_R] = v / sqrt(n);
  out[MZ_LEXDIV_CTTR] = v / sqrt(2 * n);
  if (sp->n < 2)
    return; /* log N = 0 */
  /* Herdan (1960) C = log V/log N (any base) */
  out[MZ_LEXDIV_C] = log(v) / log(n);
  /* Dugast (1979) U = (log N)^2/(log N - log V): NA when V = N */
  if (sp->v < sp->n)
    out[MZ_LEXDIV_U] = log_n * log_n / log_nv;
  /* Somers (1966) S = log log V/log log N: NA unless V > 1 and log N > 1 (spec 5) */
  if (sp->v > 1 && log_n > 1)
    out[MZ_LEXDIV_S] = log_in_base(ld, log_v) / log_in_base(ld, log_n);
  /* Maas (1972) a^2 = (log N - log V)/(log N)^2 (quanteda's Maas is its square root) */
  out[MZ_LEXDIV_MAAS_A2] = log_nv / (log_n * log_n);
  /* Maas lg V0 = log V/sqrt(1 - (log V/log N)^2): NA when V = N */
  if (sp->v < sp->n)
    out[MZ_LEXDIV_MAAS_LGV0] = log_v / sqrt(1 - (log_v / log_n) * (log_v / log_n));
}

/* K, I, D, Vm, H, S: functions of the spectrum (spec 5). */
static void
spectrum_measures(const Spectrum *sp, double *out)
{
  double n = (double)sp->n, v = (double)sp->v, vm2;
  if (sp->n == 0)
    return;
  /* Yule (1944) K = 10^4 (M2 - N)/N^2 */
  out[MZ_LEXDIV_K] = 1e4 * (sp->m2 - n) / (n * n);
  /* Yule's I as quanteda: V^2/(M2 - V); NA (quanteda: 0) when every type is a hapax */
  if (sp->m2 > v)
    out[MZ_LEXDIV_I] = v * v / (sp->m2 - v);
  /* Simpson (1949) D = sum V_i i(i - 1)/(N(N - 1)) = (M2 - N)/(N(N - 1)) */
  if (sp->n >= 2)
    out[MZ_LEXDIV_D] = (sp->m2 - n) / (n * (n - 1));
  /* Herdan Vm = sqrt(sum V_i (i/N)^2 - 1/V) (Tweedie & Baayen 1998 eq. 18, quanteda);
   * M2 V >= N^2 (Cauchy-Schwarz), so the difference is taken over a common denominator */
  vm2 = (sp->m2 * v - n * n) / (n * n * v);
  out[MZ_LEXDIV_VM] = sqrt(MAX(vm2, 0));
  /* Honore (1979) H = 100 ln N/(1 - V_1/V) (Tweedie & Baayen 1998), as 100 ln N V/(V - V_1)
   * (exact in the denominator): NA when V_1 = V */
  if (sp->v1 < sp->v)
    out[MZ_LEXDIV_HONORE_H] = 100 * log(n) * v / (double)(sp->v - sp->v1);
  /* Sichel (1975) S = V_2/V */
  out[MZ_LEXDIV_SICHEL_S] = (double)sp->v2 / v;
}

/* Covington & McFall (2010) MATTR: the mean TTR of the N - W + 1 windows of
 * W tokens, one window sliding by a token (work[] counts the window's
 * types). NA when N < W (koRpus: NA; quanteda shrinks W to the shortest
 * document). */
static double
mattr(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types)
{
  gsize w = ld->opts.window;
  guint64 distinct = 0, sum = 0;
  if (n < w)
    return NAN;
  for (gsize i = 0; i < n; i++) {
    if (ld->work[tokens[i]]++ == 0)
      distinct++;
    if (i >= w && --ld->work[tokens[i - w]] == 0)
      distinct--;
    if (i + 1 >= w)
      sum += distinct;
  }
  memset(ld->work, 0, sizeof(guint32) * n_types); /* back to no stamps */
  return (double)sum / ((double)w * (double)(n - w + 1));
}

/* Johnson (1944) MSTTR: the mean TTR of the floor(N/S) segments of S
 * tokens; the rest is left out. NA when N < S (koRpus). */
static double
msttr(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types)
{
  gsize s = ld->opts.segment, k = n / s;
  guint64 sum = 0;
  if (k == 0)
    return NAN;
  for (gsize seg = 0; seg < k; seg++) {
    guint32 gen = next_gen(ld, n_types);
    for (gsize i = seg * s; i < (seg + 1) * s; i++)
      if (ld->work[tokens[i]] != gen) {
        ld->work[tokens[i]] = gen;
        sum++;
      }
  }
  return (double)sum / ((double)s * (double)k);
}

/* One MTLD pass (McCarthy & Jarvis 2010), forward or backward: a factor
 * ends at the token after which the running TTR is below the threshold
 * (koRpus' '<'); the last, partial factor counts (1 - TTR)/(1 - threshold).
 * Returns N/factors, NaN for no factor (every token a new type). */
static double
mtld_pass(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types, gboolean backward)
{
  double thr = ld->opts.mtld_threshold, factors = 0, ttr = 1;
  guint64 types = 0, len = 0;
  guint32 gen = next_gen(ld, n_types);
  for (gsize k = 0; k < n; k++) {
    guint32 t = backward ? tokens[n - 1 - k] : tokens[k];
    len++;
    if (ld->work[t] != gen) {
      ld->work[t] = gen;
      types++;
    }
    ttr = (double)types / (double)len;
    if (ttr < thr) {
      factors++;
      gen = next_gen(ld, n_types);
      types = len = 0;
      ttr = 1;
    }
  }
  if (len > 0)
    factors += (1 - ttr) / (1 - thr);
  return factors > 0 ? (double)n / factors : NAN;
}

/* MTLD = the mean of the forward and the backward pass; NA when V = N. */
static double
mtld(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types)
{
  double fwd, bwd;
  if (n == 0)
    return NAN;
  fwd = mtld_pass(ld, tokens, n, n_types, FALSE);
  bwd = mtld_pass(ld, tokens, n, n_types, TRUE);
  return (fwd + bwd) / 2;
}

/* P(a type of frequency f is in a sample of s of N tokens drawn without
 * replacement) = 1 - C(N - f, s)/C(N, s). The ratio is the product of
 * min(f, s) factors, C(N - s, f)/C(N, f) = prod_{j<f} (1 - s/(N - j)) or
 * prod_{j<s} (1 - f/(N - j)), summed as logs (log1p) and taken back with
 * expm1, so that a small p keeps its digits; exact to a few ulps where
 * gsl_sf_lnchoose() differences lose about 1e-9 at N = 10^6. */
static double
hdd_p(guint64 n, guint64 f, guint64 s)
{
  guint64 m = MIN(f, s);
  double take = (double)(f <= s ? s : f), log_ratio = 0;
  if (n - f < s)
    return 1; /* every sample of s holds the type */
  for (guint64 j = 0; j < m; j++)
    log_ratio += log1p(-take / (double)(n - j));
  return -expm1(log_ratio);
}

/* HD-D (McCarthy & Jarvis 2007): the sum over the types of hdd_p(), as
 * koRpus' HDD (0 .. s), and that sum / s (koRpus' ATTR; Frens and Wordless'
 * HD-D). Summed by frequency class: linear in N. NA when N < s (koRpus sets
 * every p to 1, Wordless shrinks s to N). */
static void
hdd(const MzLexdiv *ld, const Spectrum *sp, double *out)
{
  guint64 s = ld->opts.hdd_sample;
  double sum = 0;
  if (sp->n < s)
    return;
  for (guint32 f = 1; f <= sp->max_f; f++)
    if (ld->spectrum[f] > 0)
      sum += (double)ld->spectrum[f] * hdd_p(sp->n, f, s);
  out[MZ_LEXDIV_HDD] = sum;
  out[MZ_LEXDIV_HDD_ATTR] = sum / (double)s;
}

/* vocd's model (Malvern et al. 2004): TTR(n) = (D/n)(sqrt(1 + 2n/D) - 1),
 * written as 2/(1 + sqrt(1 + 2n/D)) (no cancellation at large D). */
static double
vocd_model(double d, double n)
{
  return 2 / (1 + sqrt(1 + 2 * n / d));
}

/* The sum of squared residuals of the mean TTRs at D. */
static double
vocd_sse(const double *ttr, double d)
{
  double sse = 0;
  for (int k = 0; k < MZ_VOCD_N_SIZES; k++) {
    double r = ttr[k] - vocd_model(d, MZ_VOCD_N_MIN + k);
    sse += r * r;
  }
  return sse;
}

/* d SSE/dD up to the factor 2: sum (model - ttr) dmodel/dD, where
 * dmodel/dD = 2n/(s D^2 (1 + s)^2), s = sqrt(1 + 2n/D). */
static double
vocd_slope(const double *ttr, double d)
{
  double g = 0;
  for (int k = 0; k < MZ_VOCD_N_SIZES; k++) {
    double n = MZ_VOCD_N_MIN + k, s = sqrt(1 + 2 * n / d);
    g += (vocd_model(d, n) - ttr[k]) * 2 * n / (s * d * d * (1 + s) * (1 + s));
  }
  return g;
}

/* The least-squares D: the best point of a log grid, then bisection of the
 * slope between its neighbours (a root of the slope is exact to the last
 * digits, where a search on the flat SSE would stop at sqrt(epsilon)).
 * NaN when the best D lies at an end of the grid (all TTRs 1: D unbounded). */
static double
vocd_fit(const double *ttr)
{
  double step = log(MZ_VOCD_D_MAX / MZ_VOCD_D_MIN) / (MZ_VOCD_GRID - 1), best = INFINITY;
  double lo, hi;
  int at = 0;
  for (int i = 0; i < MZ_VOCD_GRID; i++) {
    double sse = vocd_sse(ttr, MZ_VOCD_D_MIN * exp(step * i));
    if (sse < best) {
      best = sse;
      at = i;
    }
  }
  if (at == 0 || at == MZ_VOCD_GRID - 1)
    return NAN;
  lo = log(MZ_VOCD_D_MIN) + step * (at - 1);
  hi = log(MZ_VOCD_D_MIN) + step * (at + 1);
  for (int it = 0; it < 200 && lo < hi; it++) {
    double mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi)
      break;
    if (vocd_slope(ttr, exp(mid)) < 0)
      lo = mid;
    else
      hi = mid;
  }
  return exp((lo + hi) / 2);
}

/* The number of types in a uniform sample of n tokens without replacement:
 * the first n of ld->pool after a partial Fisher-Yates shuffle. */
static guint64
vocd_sample(MzLexdiv *ld, gsize total, gsize n, guint32 n_types)
{
  guint32 gen = next_gen(ld, n_types);
  guint64 types = 0;
  for (gsize i = 0; i < n; i++) {
    gsize j = i + gsl_rng_uniform_int(ld->rng, total - i);
    guint32 t = ld->pool[j];
    ld->pool[j] = ld->pool[i];
    ld->pool[i] = t;
    if (ld->work[t] != gen) {
      ld->work[t] = gen;
      types++;
    }
  }
  return types;
}

/* vocd-D (Malvern et al. 2004; McKee, Malvern & Richards 2000): for n = 35
 * .. 50, the mean TTR of 100 random samples of n tokens without replacement;
 * the least-squares D of the model; 3 trials, D averaged. The RNG (GSL
 * MT19937) is seeded for each document. NA when N < 50 or a fit fails. */
static double
vocd_d(MzLexdiv *ld, const guint32 *tokens, gsize n, guint32 n_types)
{
  double ttr[MZ_VOCD_N_SIZES], sum_d = 0;
  if (n < MZ_VOCD_N_MAX || n > gsl_rng_max(ld->rng))
    return NAN;
  memcpy(ld->pool, tokens, sizeof(guint32) * n);
  gsl_rng_set(ld->rng, ld->opts.seed);
  for (int trial = 0; trial < MZ_VOCD_TRIALS; trial++) {
    for (int k = 0; k < MZ_VOCD_N_SIZES; k++) {
      gsize size = (gsize)(MZ_VOCD_N_MIN + k);
      guint64 types = 0;
      for (int r = 0; r < MZ_VOCD_SAMPLES; r++)
        types += vocd_sample(ld, n, size, n_types);
      ttr[k] = (double)types / ((double)size * MZ_VOCD_SAMPLES);
    }
    sum_d += vocd_fit(ttr);
  }
  return sum_d / MZ_VOCD_TRIALS; /* NaN if a fit failed */
}

/**
 * mz_lexdiv_compute:
 * @ld: the calculator
 * @tokens: (array length=n_tokens): the document's tokens in text order,
 *   as type ids below @n_types (the ids need not all occur)
 * @n_tokens: N (may be 0); below 2^32
 * @n_types: the bound of the ids
 * @values: (out caller-allocates): one value per #MzLexdivMeasure
 *
 * Computes the measures of the options of one document (the others are
 * NaN). A value is NaN (NA) where its
 * measure is undefined, never infinite: with N = 0 all but tokens and
 * types; with N = 1 also C, U, S, D, Maas and lg V0; the rest as said at
 * each measure (U and lg V0 need V < N, S needs V > 1 and log N > 1, I
 * needs a type seen twice, Honore H a type seen twice, MATTR N >= window,
 * MSTTR N >= segment, MTLD V < N, HD-D N >= sample, vocd-D N >= 50).
 */
void
mz_lexdiv_compute(MzLexdiv *ld, const guint32 *tokens, gsize n_tokens, guint32 n_types,
                  double values[MZ_LEXDIV_N_MEASURES])
{
  Spectrum sp;
  guint32 want;
  g_return_if_fail(ld != NULL && values != NULL && (tokens != NULL || n_tokens == 0));
  want = ld->opts.measures;
  g_return_if_fail(n_tokens < G_MAXUINT32);
  for (guint m = 0; m < MZ_LEXDIV_N_MEASURES; m++)
    values[m] = NAN;
  for (gsize i = 0; i < n_tokens; i++)
    g_return_if_fail(tokens[i] < n_types);
  reserve(ld, MAX(n_tokens, 1), MAX(n_types, 1));
  memset(ld->work, 0, sizeof(guint32) * MAX(n_types, 1)); /* counts of MATTR, then stamps */
  ld->gen = 0;
  count_types(ld, tokens, n_tokens, n_types, &sp);
  size_measures(ld, &sp, values);
  spectrum_measures(&sp, values);
  if (want & (1u << MZ_LEXDIV_MATTR))
    values[MZ_LEXDIV_MATTR] = mattr(ld, tokens, n_tokens, n_types);
  if (want & (1u << MZ_LEXDIV_MSTTR))
    values[MZ_LEXDIV_MSTTR] = msttr(ld, tokens, n_tokens, n_types);
  if (want & (1u << MZ_LEXDIV_MTLD))
    values[MZ_LEXDIV_MTLD] = mtld(ld, tokens, n_tokens, n_types);
  if (want & (1u << MZ_LEXDIV_HDD | 1u << MZ_LEXDIV_HDD_ATTR))
    hdd(ld, &sp, values);
  if (want & (1u << MZ_LEXDIV_VOCD_D))
    values[MZ_LEXDIV_VOCD_D] = vocd_d(ld, tokens, n_tokens, n_types);
  for (guint m = 0; m < MZ_LEXDIV_N_MEASURES; m++)
    if (!(want & (1u << m)))
      values[m] = NAN;
}
