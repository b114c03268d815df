/* kwic-match.c - concordance: matching the node (the rules of each match mode are in kwic.h);
 * kwic.c cuts the lines */
#include "corpus/mizan-corpus.h"
#include "corpus/cptable.h"
#include "corpus/kwic-private.h"

#include <string.h>

#include <unicode/uregex.h>
#include <unicode/ustring.h>

#define MZ_CP_FATHATAN 0x064B
#define MZ_CP_KASRA 0x0650
#define MZ_CP_SHADDA 0x0651
#define MZ_CP_SUKUN 0x0652
#define MZ_CP_MARKS_END 0x065F
#define MZ_CP_DAGGER_ALEF 0x0670
#define MZ_CP_QURANIC_FIRST 0x06D6
#define MZ_CP_QURANIC_LAST 0x06ED
#define MZ_CP_TATWEEL 0x0640
#define MZ_CP_ALM 0x061C
#define MZ_CP_ZWSP 0x200B

/* Mark bits of one letter in form mode: vowels in the low seven, shadda on top. */
enum { MARK_SUKUN = 0x40, MARK_VOWELS = 0x7f, MARK_SHADDA = 0x80 };

typedef enum { CP_BASE, CP_MARK, CP_SKIP } CpKind;

struct _MzKwicMatcher {
  MzKwicMode mode;
  char *norm; /* the normalized query (the pattern for regex) */
  char *key;  /* what tokens are compared with (norm or stem modes) */
  gsize key_len;
  guint32 *letters; /* form: code point | mark bits << 24; 0 is an empty letter in front */
  guint n_letters;
  URegularExpression *re;
  gboolean search;
  char *slow_token; /* regex: the first token the match ran out of time on */
  MzBuf16 text16;   /* regex: the token, for uregex_setText() */
};

/* mz_buf16_set: Returns: the length of @s in UTF-16 units, now in b->buf (0 on failure). */
int32_t
mz_buf16_set(MzBuf16 *b, const char *s, gsize len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n16 = 0;
  if (b->cap < (int32_t)len + 1) { /* UTF-16 never needs more units than UTF-8 bytes */
    b->cap = MAX((int32_t)len + 1, 2 * b->cap);
    b->buf = g_renew(UChar, b->buf, b->cap);
  }
  u_strFromUTF8(b->buf, b->cap, &n16, s, (int32_t)len, &status);
  return U_SUCCESS(status) ? n16 : 0;
}

/* Bidi controls: LRM, RLM, ALM, U+202A-202E, U+2066-2069, and U+FEFF. */
static gboolean
is_bidi_control(gunichar c)
{
  return c == 0x200E || c == 0x200F || c == MZ_CP_ALM || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Marks are the diacritics of --normalize=diacritics: U+064B-065F, U+0670, U+06D6-06ED. */
static CpKind
classify(gunichar c, guint8 *bit)
{
  *bit = 0;
  if (c == MZ_CP_TATWEEL || is_bidi_control(c))
    return CP_SKIP;
  if (c >= MZ_CP_FATHATAN && c <= MZ_CP_KASRA)
    *bit = (guint8)(1u << (c - MZ_CP_FATHATAN));
  else if (c == MZ_CP_SUKUN || c == MZ_CP_SHADDA)
    *bit = c == MZ_CP_SUKUN ? MARK_SUKUN : MARK_SHADDA;
  else if (c < MZ_CP_FATHATAN || (c > MZ_CP_MARKS_END && c != MZ_CP_DAGGER_ALEF &&
                                  (c < MZ_CP_QURANIC_FIRST || c > MZ_CP_QURANIC_LAST)))
    return CP_BASE;
  return CP_MARK;
}

/* Rules (1) and (2) of MZ_KWIC_MATCH_FORM (kwic.h). */
static gboolean
contradicts(guint8 q, guint8 t)
{
  guint qv = q & MARK_VOWELS, tv = t & MARK_VOWELS;
  return (qv != 0 && tv != 0 && qv != tv) || ((q & MARK_SHADDA) && (tv & MARK_SUKUN)) ||
         ((t & MARK_SHADDA) && (qv & MARK_SUKUN));
}

void
mz_kwic_matcher_free(MzKwicMatcher *m)
{
  if (m == NULL)
    return;
  g_free(m->norm);
  g_free(m->key);
  g_free(m->letters);
  g_clear_pointer(&m->re, uregex_close);
  g_free(m->slow_token);
  g_free(m->text16.buf);
  g_free(m);
}

/* Form mode: the query in NFC/NFKC, like the text, as letters and marks. */
static gboolean
build_form(MzKwicMatcher *m, MzNormalizer *norm, const char *query, GError **error)
{
  g_autoptr(GBytes) in = g_bytes_new(query, strlen(query));
  g_autoptr(GBytes) q = mz_normalizer_prepare_text(norm, in, error);
  gsize len = 0;
  const guchar *u = q != NULL ? g_bytes_get_data(q, &len) : NULL;
  if (q == NULL)
    return FALSE;
  m->letters = g_new0(guint32, len + 1);
  m->n_letters = 1;
  for (gsize i = 0; i < len;) {
    gunichar c;
    guint8 bit;
    CpKind kind;
    i += mz_utf8_decode(u + i, &c);
    kind = classify(c, &bit);
    if (kind == CP_MARK)
      m->letters[m->n_letters - 1] |= (guint32)bit << 24;
    else if (kind == CP_BASE)
      m->letters[m->n_letters++] = c;
  }
  return TRUE;
}

static gboolean
build_regex(MzKwicMatcher *m, const char *query, guint flags, GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe = {0};
  MzBuf16 pat = {0};
  int32_t n16 = mz_buf16_set(&pat, m->norm, strlen(m->norm));
  g_autofree UChar *pattern = pat.buf;
  m->re = uregex_open(pat.buf, n16, (flags & MZ_KWIC_IGNORE_CASE) ? UREGEX_CASE_INSENSITIVE : 0,
                      &pe, &status);
  if (U_FAILURE(status)) {
    /* ICU's offset is in UTF-16 units: say which character, from 1 */
    g_autofree char *place =
        pe.offset >= 0 && pe.offset < n16
            ? g_strdup_printf("at character %d", (int)u_countChar32(pat.buf, pe.offset) + 1)
            : g_strdup("at the end of the pattern");
    g_autofree char *shown = strcmp(query, m->norm) == 0
                                 ? g_strdup_printf("'%s'", query)
                                 : g_strdup_printf("'%s' (normalized: '%s')", query, m->norm);
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "bad regular expression %s: %s %s", shown, u_errorName(status), place);
    return FALSE;
  }
  /* a pattern with nested repetition, (a+)+, backtracks exponentially on a long token: bound
   * each match (MZ_KWIC_REGEX_STEPS) rather than hang */
  uregex_setTimeLimit(m->re, MZ_KWIC_REGEX_STEPS, &status);
  m->search = (flags & MZ_KWIC_REGEX_SEARCH) != 0;
  return TRUE;
}

/* Valid UTF-8, not empty, and one word (outside regex mode). */
static gboolean
check_query(const char *query, MzKwicMode mode, GError **error)
{
  const char *why = g_utf8_validate(query, -1, NULL) ? NULL : "the query is not valid UTF-8";
  for (const char *p = query; why == NULL && mode != MZ_KWIC_MATCH_REGEX && *p != '\0';
       p = g_utf8_next_char(p))
    if (g_unichar_isspace(g_utf8_get_char(p)))
      why = "the query is more than one word (a node is one token)";
  if (why == NULL && *query == '\0')
    why = "the query is empty";
  if (why != NULL)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT, "%s", why);
  return why == NULL;
}

/**
 * mz_kwic_matcher_new:
 * @query: one token, or an ICU regular expression (valid UTF-8)
 * @mode: how tokens are compared with it (#MzKwicMode)
 * @norm: the analyzer's normalizer (mz_analyzer_get_normalizer()), whose
 *   NFC/NFKC and token-level flags the query goes through (borrowed)
 * @stemmer: the analyzer's stemmer (stem mode)
 * @flags: #MzKwicFlags
 *
 * A query that is not valid UTF-8, empty, more than one word (outside
 * regex mode), empty after normalization, or a bad pattern (the message
 * names it, ICU's error and where) is %MZ_CORPUS_ERROR_INVALID_ARGUMENT.
 *
 * Returns: (transfer full): a matcher (one per thread), or %NULL on error.
 */
MzKwicMatcher *
mz_kwic_matcher_new(const char *query, MzKwicMode mode, MzNormalizer *norm, MzStemmer stemmer,
                    guint flags, GError **error)
{
  g_autoptr(MzKwicMatcher) m = g_new0(MzKwicMatcher, 1);
  gsize start = 0, len;
  g_return_val_if_fail(query != NULL && norm != NULL, NULL);
  m->mode = mode;
  if (!check_query(query, mode, error) ||
      (m->norm = mz_normalizer_normalize_string(norm, query, -1, error)) == NULL)
    return NULL;
  if (m->norm[0] == '\0') {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "the query '%s' is empty after normalization", query);
    return NULL;
  }
  if (mode == MZ_KWIC_MATCH_FORM)
    return build_form(m, norm, query, error) ? g_steal_pointer(&m) : NULL;
  if (mode == MZ_KWIC_MATCH_REGEX)
    return build_regex(m, query, flags, error) ? g_steal_pointer(&m) : NULL;
  len = strlen(m->norm);
  if (mode == MZ_KWIC_MATCH_STEM && stemmer != MZ_STEM_NONE)
    mz_stem(stemmer, m->norm, len, &start, &len);
  m->key = g_strndup(m->norm + start, len);
  m->key_len = len;
  return g_steal_pointer(&m);
}

static gboolean
match_form(const MzKwicMatcher *m, const char *s, gsize len)
{
  const guchar *u = (const guchar *)s;
  guint pos = 0;
  guint8 marks = 0, bit;
  for (gsize i = 0; i < len;) {
    gunichar c;
    CpKind kind;
    i += mz_utf8_decode(u + i, &c);
    kind = classify(c, &bit);
    marks |= bit;
    if (kind != CP_BASE)
      continue;
    if (contradicts(m->letters[pos] >> 24, marks) || ++pos >= m->n_letters ||
        (m->letters[pos] & 0xffffff) != c)
      return FALSE;
    marks = 0;
  }
  return pos + 1 == m->n_letters && !contradicts(m->letters[pos] >> 24, marks);
}

static gboolean
match_regex(const MzKwicMatcher *m, const char *s, gsize len)
{
  MzBuf16 *text16 = (MzBuf16 *)&m->text16; /* scratch: the matcher itself is not changed */
  UErrorCode status = U_ZERO_ERROR;
  int32_t n16 = mz_buf16_set(text16, s, len);
  gboolean hit;
  uregex_setText(m->re, text16->buf, n16, &status); /* on failure, find/matches say no */
  hit = m->search ? uregex_find(m->re, 0, &status) : uregex_matches(m->re, 0, &status);
  if (status == U_REGEX_TIME_OUT && m->slow_token == NULL)
    ((MzKwicMatcher *)m)->slow_token = g_strndup(s, len); /* mz_kwic_matcher_check() says */
  return hit && U_SUCCESS(status);
}

/**
 * mz_kwic_matcher_check:
 *
 * Returns: %TRUE, or %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT once a
 * regular-expression match has run out of time (%MZ_KWIC_REGEX_STEPS) on a
 * token: its lines would be missing, so the run must stop.
 */
gboolean
mz_kwic_matcher_check(const MzKwicMatcher *m, GError **error)
{
  if (G_LIKELY(m->slow_token == NULL))
    return TRUE;
  glong n = g_utf8_strlen(m->slow_token, -1);
  g_autofree char *shown = g_utf8_substring(m->slow_token, 0, MIN(n, 40));
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "the regular expression '%s' takes too long on the token '%s%s' (nested "
              "repetition such as (a+)+ backtracks exponentially): simplify it",
              m->norm, shown, n > 40 ? "..." : "");
  return FALSE;
}

/**
 * mz_kwic_matcher_match:
 * @info: a token from mz_analyzer_next()
 *
 * Returns: whether @info is the node. No allocation (regex mode reuses one
 * buffer: a matcher is not shared between threads).
 */
gboolean
mz_kwic_matcher_match(const MzKwicMatcher *m, const MzTokenInfo *info)
{
  switch (m->mode) {
  case MZ_KWIC_MATCH_NORM:
    return info->norm_len == m->key_len && memcmp(info->norm, m->key, m->key_len) == 0;
  case MZ_KWIC_MATCH_STEM:
    return info->stem_len == m->key_len && memcmp(info->stem, m->key, m->key_len) == 0;
  case MZ_KWIC_MATCH_FORM:
    return match_form(m, info->surface, info->surface_len);
  case MZ_KWIC_MATCH_REGEX:
    return match_regex(m, info->norm, info->norm_len);
  }
  return FALSE;
}

/**
 * mz_kwic_append_clean:
 * @out: where to append
 * @s: valid UTF-8; @len: its length in bytes
 *
 * Appends @s with whitespace runs (White_Space, and ZWSP, a space for the
 * tokenizer) made one space, whitespace at both ends dropped, and bidi
 * controls (LRM, RLM, ALM, U+202A-202E, U+2066-2069, U+FEFF) dropped: a
 * cell cut inside an embedding or isolate must not reorder a CSV row.
 */
void
mz_kwic_append_clean(GString *out, const char *s, gsize len)
{
  const guchar *u = (const guchar *)s;
  gsize start = out->len;
  gboolean space = FALSE;
  for (gsize i = 0; i < len;) {
    gunichar c;
    guint n = mz_utf8_decode(u + i, &c);
    if (g_unichar_isspace(c) || c == MZ_CP_ZWSP) {
      space = TRUE;
    } else if (!is_bidi_control(c)) {
      if (space && out->len > start)
        g_string_append_c(out, ' ');
      space = FALSE;
      g_string_append_len(out, s + i, n);
    }
    i += n;
  }
}
