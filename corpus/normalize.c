/* normalize.c - Arabic normalization (spec/arabic-text.md section 2)
 *
 * Two levels. The text level puts a whole document in NFC (always) or NFKC
 * (flag nfkc) before tokenization, because NFKC can change token structure
 * (presentation forms, ligatures that expand to several words) and because
 * canonical mark order must not depend on how a word was typed (spec 0.5).
 * The token level maps code points one by one: bidi controls, tatweel and
 * diacritics are dropped and letters folded, in one pass over a table.
 */
#include "corpus/mizan-corpus.h"
#include "corpus/cptable.h"

#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#define MZ_CP_ALM 0x061C
#define MZ_CP_TATWEEL 0x0640
#define MZ_CP_ALEF 0x0627
#define MZ_CP_ALEF_MADDA 0x0622
#define MZ_CP_ALEF_HAMZA_ABOVE 0x0623
#define MZ_CP_ALEF_HAMZA_BELOW 0x0625
#define MZ_CP_ALEF_WASLA 0x0671
#define MZ_CP_ALEF_MAKSURA 0x0649
#define MZ_CP_YEH 0x064A
#define MZ_CP_TEH_MARBUTA 0x0629
#define MZ_CP_HEH 0x0647
#define MZ_CP_WAW_HAMZA 0x0624
#define MZ_CP_WAW 0x0648
#define MZ_CP_YEH_HAMZA 0x0626
#define MZ_CP_KEHEH 0x06A9
#define MZ_CP_KAF 0x0643
#define MZ_CP_FARSI_YEH 0x06CC
#define MZ_CP_DAGGER_ALEF 0x0670
#define MZ_CP_ARABIC_BLOCK 0x0600

/* In the Arabic block map: keep the code point, or drop it. */
#define MAP_KEEP 0
#define MAP_DROP (-1)

struct _MzNormalizer {
  guint flags;
  gint32 arabic[256]; /* U+0600-06FF: MAP_KEEP, MAP_DROP or the replacement */
  char *buf;
  gsize cap;
};

static const struct {
  const char *name;
  guint flags;
} flag_names[] = {
    {"nfkc", MZ_NORM_NFKC},       {"bidi", MZ_NORM_BIDI},
    {"tatweel", MZ_NORM_TATWEEL}, {"diacritics", MZ_NORM_DIACRITICS},
    {"alef", MZ_NORM_ALEF},       {"yeh", MZ_NORM_YEH},
    {"teh", MZ_NORM_TEH},         {"hamza", MZ_NORM_HAMZA},
    {"digits", MZ_NORM_DIGITS},   {"persian", MZ_NORM_PERSIAN},
};

static const struct {
  const char *name;
  guint flags;
} presets[] = {
    {"none", MZ_NORM_NONE},
    {"light", MZ_NORM_LIGHT},
    {"aggressive", MZ_NORM_AGGRESSIVE},
};

static gboolean
lookup_name(const char *name, guint *flags)
{
  for (gsize i = 0; i < G_N_ELEMENTS(presets); i++)
    if (strcmp(name, presets[i].name) == 0) {
      *flags = presets[i].flags;
      return TRUE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS(flag_names); i++)
    if (strcmp(name, flag_names[i].name) == 0) {
      *flags = flag_names[i].flags;
      return TRUE;
    }
  return FALSE;
}

/**
 * mz_norm_flags_parse:
 * @spec: comma-separated presets (none, light, aggressive) and flags; a
 *   flag written "-flag" is removed ("light,-diacritics")
 * @flags: (out): the #MzNormFlags
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT for an unknown name.
 */
gboolean
mz_norm_flags_parse(const char *spec, guint *flags, GError **error)
{
  g_auto(GStrv) items = g_strsplit(spec, ",", -1);
  guint result = 0;
  gboolean any = FALSE;
  for (char **p = items; *p != NULL; p++) {
    const char *item = g_strstrip(*p);
    gboolean remove = item[0] == '-';
    guint f;
    if (item[0] == '\0')
      continue;
    if (!lookup_name(remove ? item + 1 : item, &f)) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                  "unknown normalization '%s' (presets: none, light, aggressive; flags: nfkc, "
                  "bidi, tatweel, diacritics, alef, yeh, teh, hamza, digits, persian)",
                  item);
      return FALSE;
    }
    result = remove ? (result & ~f) : (result | f);
    any = TRUE;
  }
  if (!any) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "empty normalization (use 'none' for no normalization)");
    return FALSE;
  }
  *flags = result;
  return TRUE;
}

/**
 * mz_norm_flags_to_string:
 *
 * Returns: (transfer full): the flags in canonical order ("nfkc,bidi,...")
 * or "none"; parsing it gives the same flags back.
 */
char *
mz_norm_flags_to_string(guint flags)
{
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(flag_names); i++)
    if (flags & flag_names[i].flags)
      g_string_append_printf(s, "%s%s", s->len ? "," : "", flag_names[i].name);
  if (s->len == 0)
    g_string_append(s, "none");
  return g_string_free(s, FALSE);
}

static void
fill_arabic_map(gint32 *map, guint flags)
{
  for (int i = 0; i < 256; i++)
    map[i] = MAP_KEEP;
  if (flags & MZ_NORM_BIDI)
    map[MZ_CP_ALM - MZ_CP_ARABIC_BLOCK] = MAP_DROP;
  if (flags & MZ_NORM_TATWEEL)
    map[MZ_CP_TATWEEL - MZ_CP_ARABIC_BLOCK] = MAP_DROP;
  if (flags & MZ_NORM_DIACRITICS) {
    /* harakat and extended marks U+064B-065F, dagger alef, Quranic marks U+06D6-06ED */
    for (int i = 0x4B; i <= 0x5F; i++)
      map[i] = MAP_DROP;
    map[MZ_CP_DAGGER_ALEF - MZ_CP_ARABIC_BLOCK] = MAP_DROP;
    for (int i = 0xD6; i <= 0xED; i++)
      map[i] = MAP_DROP;
  }
  if (flags & MZ_NORM_ALEF) {
    map[MZ_CP_ALEF_MADDA - MZ_CP_ARABIC_BLOCK] = MZ_CP_ALEF;
    map[MZ_CP_ALEF_HAMZA_ABOVE - MZ_CP_ARABIC_BLOCK] = MZ_CP_ALEF;
    map[MZ_CP_ALEF_HAMZA_BELOW - MZ_CP_ARABIC_BLOCK] = MZ_CP_ALEF;
    map[MZ_CP_ALEF_WASLA - MZ_CP_ARABIC_BLOCK] = MZ_CP_ALEF;
  }
  if (flags & MZ_NORM_YEH)
    map[MZ_CP_ALEF_MAKSURA - MZ_CP_ARABIC_BLOCK] = MZ_CP_YEH;
  if (flags & MZ_NORM_TEH)
    map[MZ_CP_TEH_MARBUTA - MZ_CP_ARABIC_BLOCK] = MZ_CP_HEH;
  if (flags & MZ_NORM_HAMZA) {
    map[MZ_CP_WAW_HAMZA - MZ_CP_ARABIC_BLOCK] = MZ_CP_WAW;
    map[MZ_CP_YEH_HAMZA - MZ_CP_ARABIC_BLOCK] = MZ_CP_YEH;
  }
  if (flags & MZ_NORM_DIGITS)
    for (int i = 0; i < 10; i++) {
      map[0x60 + i] = '0' + i; /* Arabic-Indic digits */
      map[0xF0 + i] = '0' + i; /* Extended Arabic-Indic (Persian, Urdu) digits */
    }
  if (flags & MZ_NORM_PERSIAN) {
    map[MZ_CP_KEHEH - MZ_CP_ARABIC_BLOCK] = MZ_CP_KAF;
    map[MZ_CP_FARSI_YEH - MZ_CP_ARABIC_BLOCK] = MZ_CP_YEH;
  }
}

/**
 * mz_normalizer_new:
 * @flags: #MzNormFlags
 *
 * A normalizer keeps an output buffer: use one per thread.
 *
 * Returns: (transfer full): a new normalizer.
 */
MzNormalizer *
mz_normalizer_new(guint flags)
{
  MzNormalizer *norm = g_new0(MzNormalizer, 1);
  norm->flags = flags & MZ_NORM_ALL;
  fill_arabic_map(norm->arabic, norm->flags);
  norm->cap = 256;
  norm->buf = g_malloc(norm->cap);
  mz_cptable_bmp();
  return norm;
}

void
mz_normalizer_free(MzNormalizer *norm)
{
  if (norm == NULL)
    return;
  g_free(norm->buf);
  g_free(norm);
}

guint
mz_normalizer_get_flags(const MzNormalizer *norm)
{
  return norm->flags;
}

/* Bidi controls outside the Arabic block: LRM, RLM, U+202A-202E, U+2066-2069, BOM. */
static inline gboolean
is_bidi_control(gunichar c)
{
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* What happens to c: MAP_KEEP, MAP_DROP, or the replacement code point. */
static inline gint32
map_cp(const MzNormalizer *norm, gunichar c)
{
  if (c >= 0x0600 && c <= 0x06FF)
    return norm->arabic[c - MZ_CP_ARABIC_BLOCK];
  if ((norm->flags & MZ_NORM_BIDI) && is_bidi_control(c))
    return MAP_DROP;
  return MAP_KEEP;
}

static void
ensure_capacity(MzNormalizer *norm, gsize need)
{
  if (need <= norm->cap)
    return;
  while (norm->cap < need)
    norm->cap *= 2;
  norm->buf = g_realloc(norm->buf, norm->cap);
}

/* Offset of the first code point that the token-level map changes, or len. */
G_ALWAYS_INLINE static inline gsize
first_change(const MzNormalizer *norm, const guchar *s, gsize len)
{
  gsize i = 0;
  /* Arabic letters: lead byte 0xd8-0xdb (U+0600-06FF), one table lookup each */
  while (i + 1 < len && (s[i] & 0xfc) == 0xd8 &&
         norm->arabic[((s[i] & 0x03) << 6) | (s[i + 1] & 0x3f)] == MAP_KEEP)
    i += 2;
  while (i < len) {
    gunichar c;
    guint n;
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    if (s[i] >= 0xd8 && s[i] <= 0xdb) { /* U+0600-06FF */
      if (norm->arabic[((s[i] & 0x03) << 6) | (s[i + 1] & 0x3f)] != MAP_KEEP)
        return i;
      i += 2;
      continue;
    }
    n = mz_utf8_decode(s + i, &c);
    if (map_cp(norm, c) != MAP_KEEP)
      return i;
    i += n;
  }
  return len;
}

/**
 * mz_normalizer_apply:
 * @norm: a normalizer
 * @s: a token in valid UTF-8 (already in NFC or NFKC, see
 *   mz_normalizer_prepare_text()); @len: its length in bytes
 * @out_len: (out): the length of the result
 *
 * Applies the token-level flags (bidi, tatweel, diacritics, alef, yeh, teh,
 * hamza, digits, persian) in one pass. No allocation when nothing changes.
 *
 * Returns: (transfer none): @s itself when nothing changes, else the
 * normalizer's buffer, valid until the next call; not NUL-terminated.
 */
const char *
mz_normalizer_apply(MzNormalizer *norm, const char *s, gsize len, gsize *out_len)
{
  const guchar *u = (const guchar *)s;
  gsize i = first_change(norm, u, len);
  gsize o = i;
  if (i == len) {
    *out_len = len;
    return s;
  }
  ensure_capacity(norm, len);
  memcpy(norm->buf, s, i);
  while (i < len) {
    gunichar c;
    guint n = mz_utf8_decode(u + i, &c);
    gint32 m = map_cp(norm, c);
    if (m == MAP_KEEP) {
      memcpy(norm->buf + o, s + i, n);
      o += n;
    } else if (m != MAP_DROP) {
      o += mz_utf8_encode((gunichar)m, norm->buf + o); /* never longer than the input */
    }
    i += n;
  }
  *out_len = o;
  return norm->buf;
}

/* NFC or NFKC of one segment, appended to out. */
static gboolean
append_normalized(const UNormalizer2 *n2, const char *s, gsize len, GString *out, GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n16 = 0, cap = (int32_t)len * 4 + 16, got = 0;
  g_autofree UChar *src = g_new(UChar, len + 1);
  g_autofree UChar *dst = NULL;
  u_strFromUTF8(src, (int32_t)len + 1, &n16, s, (int32_t)len, &status);
  while (U_SUCCESS(status)) {
    g_free(dst);
    dst = g_new(UChar, cap);
    got = unorm2_normalize(n2, src, n16, dst, cap, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR)
      break;
    status = U_ZERO_ERROR;
    cap = got + 16;
  }
  if (U_SUCCESS(status)) {
    int32_t n8 = 0;
    gsize at = out->len;
    g_string_set_size(out, at + (gsize)got * 3 + 1);
    u_strToUTF8(out->str + at, got * 3 + 1, &n8, dst, got, &status);
    g_string_set_size(out, at + (gsize)n8);
  }
  if (U_FAILURE(status)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED, "Unicode normalization failed: %s",
                u_errorName(status));
    return FALSE;
  }
  return TRUE;
}

/* Past ASCII and the two-byte code points that pass the quick check on their
 * own with combining class 0 (all Arabic letters): the common case. */
static inline gsize
skip_trivial(const guchar *s, gsize i, gsize len, const guint8 *trivial, guint8 bit)
{
  while (i < len) {
    guchar b = s[i];
    if (b < 0x80) {
      i++;
    } else if ((b & 0xe0) == 0xc0 && (trivial[((b & 0x1f) << 6) | (s[i + 1] & 0x3f)] & bit)) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/* From *i, the code points that are not trivial: does one fail the quick check
 * of UAX #15 section 9 (not NFC/NFKC_QC=Yes, or combining marks out of
 * canonical order)? *i ends after them (or at the failing one). */
static gboolean
run_fails_quick_check(const MzCpInfo *bmp, guint check, const guchar *s, gsize *i, gsize len)
{
  guint8 last_ccc = 0;
  while (*i < len && s[*i] >= 0x80) {
    gunichar c;
    guint n = mz_utf8_decode(s + *i, &c);
    MzCpInfo info = mz_cptable_get(bmp, c);
    if ((info.bits & check) || (info.ccc != 0 && last_ccc > info.ccc))
      return TRUE;
    last_ccc = info.ccc;
    *i += n;
  }
  return FALSE;
}

/* Offset of the next ASCII byte at or after i (a normalization boundary). */
static gsize
next_ascii(const guchar *s, gsize i, gsize len)
{
  while (i < len && s[i] >= 0x80)
    i++;
  return i;
}

/**
 * mz_normalizer_prepare_text:
 * @norm: a normalizer
 * @text: a whole document in valid UTF-8
 *
 * Puts @text in NFC, or in NFKC when the normalizer has %MZ_NORM_NFKC. The
 * text is cut at ASCII characters (always normalization boundaries) and
 * only the runs that fail the quick check go through ICU, so text that is
 * already normalized costs one table lookup per code point.
 *
 * Returns: (transfer full): @text itself (a new reference) when it is
 * already normalized, else a new NUL-terminated text; %NULL on error.
 */
GBytes *
mz_normalizer_prepare_text(MzNormalizer *norm, GBytes *text, GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  gboolean nfkc = (norm->flags & MZ_NORM_NFKC) != 0;
  const UNormalizer2 *n2 = nfkc ? unorm2_getNFKCInstance(&status) : unorm2_getNFCInstance(&status);
  guint check = nfkc ? MZ_CPF_NFKC_CHECK : MZ_CPF_NFC_CHECK;
  const MzCpInfo *bmp = mz_cptable_bmp();
  const guint8 *trivial = mz_cptable_trivial2();
  guint8 trivial_bit = nfkc ? MZ_TRIVIAL_NFKC : MZ_TRIVIAL_NFC;
  gsize len = 0, i = 0, copied = 0;
  const guchar *s = g_bytes_get_data(text, &len);
  g_autoptr(GString) out = NULL;
  while ((i = skip_trivial(s, i, len, trivial, trivial_bit)) < len) {
    gsize run = i, seg;
    if (!run_fails_quick_check(bmp, check, s, &i, len))
      continue;
    /* normalize from the ASCII character before the run (a mark may compose
     * with it) to the next ASCII character */
    while (run > copied && s[run - 1] >= 0x80)
      run--;
    seg = run > copied ? run - 1 : copied;
    i = next_ascii(s, i, len);
    if (out == NULL)
      out = g_string_sized_new(len + 64);
    g_string_append_len(out, (const char *)s + copied, (gssize)(seg - copied));
    if (!append_normalized(n2, (const char *)s + seg, i - seg, out, error))
      return NULL;
    copied = i;
  }
  if (out == NULL)
    return g_bytes_ref(text);
  g_string_append_len(out, (const char *)s + copied, (gssize)(len - copied));
  return g_string_free_to_bytes(g_steal_pointer(&out));
}

/**
 * mz_normalizer_normalize_string:
 * @norm: a normalizer
 * @s: valid UTF-8; @len: its length, or -1 when NUL-terminated
 *
 * Both levels at once, for short strings such as stop-list entries or a
 * search node: NFC/NFKC, then the token-level flags.
 *
 * Returns: (transfer full): the normalized string, or %NULL on error.
 */
char *
mz_normalizer_normalize_string(MzNormalizer *norm, const char *s, gssize len, GError **error)
{
  gsize n = len < 0 ? strlen(s) : (gsize)len, out_len = 0;
  g_autoptr(GBytes) in = g_bytes_new(s, n);
  g_autoptr(GBytes) prepared = mz_normalizer_prepare_text(norm, in, error);
  const char *data, *res;
  if (prepared == NULL)
    return NULL;
  data = g_bytes_get_data(prepared, &n);
  res = mz_normalizer_apply(norm, data, n, &out_len);
  return g_strndup(res, out_len);
}
