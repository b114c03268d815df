/* decode.c - bytes on disk to valid UTF-8. In order: an explicit encoding (ICU ucnv); a byte
 * order mark; a binary signature (refused); UTF-16 without a BOM (utf16_share); NUL bytes
 * (refused); valid UTF-8 (copied: the fast path); UTF-8 with errors (utf8_is_clear; an error or
 * U+FFFD per maximal subpart); else a legacy Arabic code page found by ICU ucsdet.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#define MZ_CP_REPLACEMENT 0xFFFD
#define MZ_UTF8_REPLACEMENT "\xEF\xBF\xBD"
#define MZ_UTF16_MIN_BYTES 16       /* UTF-16 without a BOM: at least this many bytes */
#define MZ_SAMPLE_BYTES (64 * 1024) /* what UTF-16 and ucsdet detection look at */
/* UTF-8 with errors: at least this many valid multibyte sequences, and more than invalid ones. */
#define MZ_UTF8_MIN_MULTIBYTE 3
#define MZ_CHUNK_UNITS 16384 /* UTF-16 code units per ucnv_toUnicode call */

G_DEFINE_AUTOPTR_CLEANUP_FUNC(UConverter, ucnv_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(UCharsetDetector, ucsdet_close)

typedef struct {
  const guint8 *data; /* the whole input: byte offsets in messages count from here */
  gsize len;
  const MzDecodeOptions *opts;
  MzDecodeInfo *info; /* never NULL here */
} DecodeJob;

typedef struct {
  const char *magic;
  guint len;
  const char *what;
} Signature;

/* clang-format off */
/* Signatures that cannot start a text file (a non-text byte or a long fixed string). */
static const Signature signatures[] = {
  {"\x89PNG\r\n\x1a\n", 8, "PNG image"}, {"\177ELF", 4, "ELF executable"},
  {"%PDF-", 5, "PDF document"}, {"PK\x03\x04", 4, "ZIP archive"}, {"\x1f\x8b", 2, "gzip data"},
  {"\xff\xd8\xff", 3, "JPEG image"}, {"GIF87a", 6, "GIF image"}, {"GIF89a", 6, "GIF image"},
  {"\3757zXZ\0", 6, "xz data"}, {"7z\xbc\xaf\x27\x1c", 6, "7-Zip archive"},
  {"\x28\xb5\x2f\xfd", 4, "Zstandard data"}, {"SQLite format 3\0", 16, "SQLite database"},
  {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "old Microsoft Office document"}};

/* Byte order marks, longest first (FF FE 00 00 is UTF-32LE, not UTF-16LE and U+0000). */
static const Signature boms[] = {
  {"\xff\xfe\0\0", 4, "UTF-32LE"}, {"\0\0\xfe\xff", 4, "UTF-32BE"}, {"\xef\xbb\xbf", 3, "UTF-8"},
  {"\xff\xfe", 2, "UTF-16LE"}, {"\xfe\xff", 2, "UTF-16BE"}};
/* clang-format on */

/* Unicode 15.0 ch. 3 Table 3-7 (well-formed UTF-8). *need: the length the byte at s announces
 * (0: none). Returns how many bytes from s are a well-formed sequence (== *need) or else the
 * "maximal subpart" of an ill-formed one (ch. 3, U+FFFD Substitution of Maximal Subparts). */
static inline guint
utf8_scan(const guint8 *s, gsize avail, guint *need)
{
  guint8 c = s[0];
  guint8 lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  guint8 hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  guint n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  guint k = 1;
  *need = n;
  if (n >= 2 && avail >= 2 && s[1] >= lo && s[1] <= hi)
    for (k = 2; k < n && k < avail && (s[k] & 0xC0) == 0x80; k++)
      ;
  return k;
}

/* End of the run of ASCII bytes starting at i, eight bytes at a time. */
static inline gsize
ascii_run_end(const guint8 *s, gsize i, gsize len)
{
  guint64 w;
  while (i + 8 <= len) {
    memcpy(&w, s + i, 8);
    if (w & G_GUINT64_CONSTANT(0x8080808080808080))
      break;
    i += 8;
  }
  while (i < len && s[i] < 0x80)
    i++;
  return i;
}

/* Length of the longest valid UTF-8 prefix of s (len when all of it is valid). */
static gsize
utf8_valid_prefix(const guint8 *s, gsize len)
{
  gsize i = 0;
  guint need, k;
  while (i < len) {
    guint8 c = s[i];
    if (c < 0x80) {
      i = (i + 1 < len && s[i + 1] >= 0x80) ? i + 1 : ascii_run_end(s, i, len); /* a space */
    } else if (c >= 0xC2 && c < 0xE0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
      i += 2; /* two-byte sequences (Arabic) without the general scanner */
    } else {
      k = utf8_scan(s + i, len - i, &need);
      if (k != need)
        return i;
      i += k;
    }
  }
  return len;
}

/**
 * mz_utf8_find_invalid:
 * @data: bytes (need not be NUL-terminated; NUL bytes count as valid UTF-8)
 * @len: their length
 * @offset: (out) (optional): the byte offset of the first ill-formed sequence
 *
 * Returns: %TRUE when @data holds an ill-formed UTF-8 sequence (a sequence cut by the end
 *   included), with its offset in @offset; %FALSE when all of @data is valid UTF-8.
 */
gboolean
mz_utf8_find_invalid(const char *data, gsize len, gsize *offset)
{
  g_return_val_if_fail(data != NULL || len == 0, FALSE);
  gsize valid = len == 0 ? 0 : utf8_valid_prefix((const guint8 *)data, len);
  if (offset != NULL && valid < len)
    *offset = valid;
  return valid < len;
}

/**
 * mz_text_position:
 * @data: UTF-8 text, possibly with invalid bytes; at least @offset bytes long
 * @offset: a byte offset into @data
 * @line: (out) (optional): 1-based line number (lines end with '\n')
 * @column: (out) (optional): 1-based column in code points; an invalid byte counts as one
 *
 * The position of byte @offset, for error messages. Linear in @offset.
 */
void
mz_text_position(const char *data, gsize offset, gsize *line, gsize *column)
{
  const guint8 *s = (const guint8 *)data, *p = s, *nl;
  gsize n_lines = 1, col = 1, i;
  guint need, k;
  g_return_if_fail(data != NULL || offset == 0);
  while (offset > 0 && (nl = memchr(p, '\n', offset - (gsize)(p - s))) != NULL) {
    n_lines++;
    p = nl + 1;
  }
  for (i = (gsize)(p - s); i < offset; col++) {
    if (s[i] < 0x80) {
      gsize end = ascii_run_end(s, i, offset);
      col += end - i - 1;
      i = end;
    } else {
      k = utf8_scan(s + i, offset - i, &need);
      i += k == need ? k : 1;
    }
  }
  if (line != NULL)
    *line = n_lines;
  if (column != NULL)
    *column = col;
}

/**
 * mz_decode_options_init:
 * @opts: options to fill
 *
 * Sets the defaults: detect the encoding, invalid UTF-8 is an error, and
 * %MZ_DECODE_MIN_CONFIDENCE.
 */
void
mz_decode_options_init(MzDecodeOptions *opts)
{
  g_return_if_fail(opts != NULL);
  opts->encoding = NULL;
  opts->on_invalid = MZ_ON_INVALID_ERROR;
  opts->min_confidence = MZ_DECODE_MIN_CONFIDENCE;
}

static gboolean
encoding_is_auto(const char *name)
{
  return name == NULL || g_ascii_strcasecmp(name, "auto") == 0;
}

static UConverter *
converter_open(const char *name, GError **error)
{
  UErrorCode err = U_ZERO_ERROR;
  /* ucnv_open("") would open the platform's default converter */
  UConverter *conv = *name != '\0' ? ucnv_open(name, &err) : NULL;
  if (conv != NULL && U_SUCCESS(err))
    return conv;
  if (conv != NULL)
    ucnv_close(conv);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "unknown encoding '%s' (uconv -l lists ICU's names)", name);
  return NULL;
}

/**
 * mz_decode_encoding_is_known:
 * @name: (nullable): an encoding name, "auto" or %NULL
 * @error: return location for a %MZ_CORPUS_ERROR_INVALID_ARGUMENT error
 *
 * Checks an --encoding value: %NULL and "auto" are accepted, anything else must
 * be a converter name or alias that ICU knows.
 *
 * Returns: %TRUE if @name can be used as #MzDecodeOptions.encoding.
 */
gboolean
mz_decode_encoding_is_known(const char *name, GError **error)
{
  g_autoptr(UConverter) conv = NULL;
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
  return encoding_is_auto(name) || (conv = converter_open(name, error)) != NULL;
}

/* The name reported in MzDecodeInfo: the MIME name, else the IANA one, else ICU's own. */
static const char *
converter_display_name(UConverter *conv)
{
  UErrorCode err = U_ZERO_ERROR;
  const char *name = ucnv_getName(conv, &err);
  const char *std = U_SUCCESS(err) ? ucnv_getStandardName(name, "MIME", &err) : NULL;
  if (std == NULL && U_SUCCESS(err))
    std = ucnv_getStandardName(name, "IANA", &err);
  return g_intern_string(U_FAILURE(err) ? "unknown" : std != NULL ? std : name);
}

static void
info_set(MzDecodeInfo *info, const char *encoding, const char *how, int confidence)
{
  info->encoding = g_intern_string(encoding);
  info->how = g_intern_static_string(how);
  info->confidence = confidence;
}

static GBytes *
bytes_copy(const guint8 *s, gsize n)
{
  char *buf = g_malloc(n + 1);
  memcpy(buf, s, n);
  buf[n] = '\0';
  return g_bytes_new_take(buf, n);
}

/* NUL in the input (decoded_from NULL; base: bytes stripped before s), or U+0000 in the text
 * decoded from a Unicode encoding; decoded text never holds either. */
static gboolean
check_no_nul(const char *s, gsize n, gsize base, const char *decoded_from, GError **error)
{
  const char *nul = memchr(s, '\0', n);
  gsize line, column;
  if (nul == NULL)
    return TRUE;
  mz_text_position(s, (gsize)(nul - s), &line, &column);
  if (decoded_from == NULL)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "binary data: NUL byte at line %zu, byte offset %zu", line,
                base + (gsize)(nul - s));
  else
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "binary data: U+0000 at line %zu, column %zu of the text decoded from %s", line,
                column, decoded_from);
  return FALSE;
}

/* s[pos] starts the first ill-formed sequence; base: the bytes stripped before s (a BOM). */
static void
set_utf8_error(const guint8 *s, gsize n, gsize pos, gsize base, GError **error)
{
  gsize line, column;
  guint need, k = utf8_scan(s + pos, n - pos, &need);
  mz_text_position((const char *)s, pos, &line, &column);
  if (pos + k == n && need >= 2)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "truncated UTF-8 sequence at end of data (line %zu, byte offset %zu)", line,
                base + pos);
  else
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "invalid UTF-8 at line %zu, column %zu, byte offset %zu (byte 0x%02X)", line,
                column, base + pos, s[pos]);
}

/* Walks UTF-8 by runs of valid text. Without out, counts valid multibyte sequences (by their
 * lead bytes) and ill-formed ones; with out, copies the text there with each maximal subpart
 * of an ill-formed sequence replaced by U+FFFD (Unicode 15.0 ch. 3, U+FFFD substitution). */
static gsize
utf8_walk(const guint8 *s, gsize n, GString *out, gsize *n_bad)
{
  gsize i = 0, valid, n_multi = 0;
  guint need;
  while (i < n) {
    valid = utf8_valid_prefix(s + i, n - i);
    if (out != NULL)
      g_string_append_len(out, (const char *)s + i, (gssize)valid);
    else
      for (gsize k = i; k < i + valid; k++)
        n_multi += s[k] >= 0xC0;
    i += valid;
    if (i == n)
      break;
    i += utf8_scan(s + i, n - i, &need);
    (*n_bad)++;
    if (out != NULL)
      g_string_append_len(out, MZ_UTF8_REPLACEMENT, 3);
  }
  return n_multi;
}

/* Invalid UTF-8 that still reads as UTF-8: a few valid multibyte sequences, and more of them
 * than ill-formed ones (8-bit legacy text has almost no valid multibyte sequences). */
static gboolean
utf8_is_clear(const guint8 *s, gsize n)
{
  gsize n_bad = 0, n_multi = utf8_walk(s, n, NULL, &n_bad);
  return n_multi >= MZ_UTF8_MIN_MULTIBYTE && n_multi > n_bad;
}

/* 8, 16 or 32 for the UTF-8, UTF-16 and UTF-32 families of ICU converter names, else 0. */
static guint
utf_family(const char *name)
{
  return strcmp(name, "UTF-8") == 0         ? 8
         : g_str_has_prefix(name, "UTF-16") ? 16
         : g_str_has_prefix(name, "UTF-32") ? 32
                                            : 0;
}

/* The first entry of table whose bytes start s (of the UTF family given, unless 0). */
static const Signature *
signature_find(const Signature *table, gsize n_table, const guint8 *s, gsize n, guint family)
{
  for (gsize i = 0; i < n_table; i++)
    if ((family == 0 || utf_family(table[i].what) == family) && n >= table[i].len &&
        memcmp(s, table[i].magic, table[i].len) == 0)
      return &table[i];
  return NULL;
}

/* UTF-16 without a BOM. In UTF-16 Arabic or ASCII text nearly every code unit lies in
 * U+0000-00FF or U+0600-06FF, so we ask that (a) >= 90% of the high bytes (odd bytes in LE, even
 * in BE) be 0x00 or 0x06, (b) <= 5% of the low bytes be 0x00 (ASCII has none; U+0000, U+0600 do
 * not occur in text), (c) <= 5% of the units be C0 controls other than tab, LF, CR. 8-bit text
 * (ASCII, UTF-8, windows-1256) has no 0x00 or 0x06 bytes at every other position, and binary
 * data full of zeros fails (b) or (c). Returns the share (a) in percent, or -1. */
static int
utf16_share(const guint8 *s, gsize n, guint hi_index)
{
  gsize units = n / 2, hi_ok = 0, lo_zero = 0, controls = 0;
  for (gsize i = 0; i + 1 < n; i += 2) {
    guint8 hi = s[i + hi_index], lo = s[i + 1 - hi_index];
    hi_ok += hi == 0x00 || hi == 0x06;
    lo_zero += lo == 0x00;
    controls += hi == 0x00 && lo < 0x20 && lo != '\t' && lo != '\n' && lo != '\r';
  }
  if (hi_ok * 10 < units * 9 || lo_zero * 20 > units || controls * 20 > units)
    return -1;
  return (int)(hi_ok * 100 / units);
}

/* ICU to-Unicode callback. context: NULL to stop at a bad sequence (the error stays set), or a
 * gsize counter: the sequence becomes U+FFFD and is counted. */
static void U_CALLCONV
substitute_cb(const void *context, UConverterToUnicodeArgs *args, const char *units, int32_t length,
              UConverterCallbackReason reason, UErrorCode *err)
{
  static const UChar replacement = MZ_CP_REPLACEMENT;
  if (reason > UCNV_IRREGULAR || context == NULL)
    return;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
  (*(gsize *)context)++;
}

static void
append_utf16(GString *out, const UChar *u, gsize n, gsize *n_replaced)
{
  gsize old = out->len;
  int32_t written = 0, n_sub = 0;
  UErrorCode err = U_ZERO_ERROR;
  if (n == 0)
    return;
  g_string_set_size(out, old + 3 * n);
  u_strToUTF8WithSub(out->str + old, (int32_t)(3 * n), &written, u, (int32_t)n, MZ_CP_REPLACEMENT,
                     &n_sub, &err);
  g_string_truncate(out, old + (U_SUCCESS(err) ? (gsize)written : 0));
  *n_replaced += (gsize)n_sub;
}

/* Conversion stopped at stop (just after the bad bytes); out holds the text before them. */
static void
set_convert_error(UConverter *conv, const DecodeJob *job, const char *stop, const GString *out,
                  UErrorCode status, GError **error)
{
  char bad[32];
  int8_t n_bad = (int8_t)sizeof bad;
  UErrorCode err = U_ZERO_ERROR;
  gsize line, column, offset = (gsize)(stop - (const char *)job->data);
  ucnv_getInvalidChars(conv, bad, &n_bad, &err);
  if (U_FAILURE(err) || n_bad <= 0 || (gsize)n_bad > offset) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING, "conversion from %s failed: %s",
                job->info->encoding, u_errorName(status));
    return;
  }
  offset -= (gsize)n_bad;
  mz_text_position(out->str, out->len, &line, &column);
  if (status == U_TRUNCATED_CHAR_FOUND)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "truncated %s sequence at end of data (line %zu, byte offset %zu)",
                job->info->encoding, line, offset);
  else
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "cannot convert from %s at line %zu, column %zu, byte offset %zu (byte 0x%02X)",
                job->info->encoding, line, column, offset, job->data[offset]);
}

/* Converts job->data from skip on with the converter named, in chunks of UTF-16 (a lead
 * surrogate at the end of a chunk waits for its trail at the start of the next one). */
static GBytes *
convert(const DecodeJob *job, const char *name, gsize skip, GError **error)
{
  UChar buf[MZ_CHUNK_UNITS];
  gsize n_sub = 0, held = 0, n;
  const char *src = (const char *)job->data + skip, *end = (const char *)job->data + job->len;
  g_autoptr(UConverter) conv = converter_open(name, error);
  g_autoptr(GString) out = g_string_sized_new(job->len + job->len / 2 + 16);
  gsize *counter = job->opts->on_invalid == MZ_ON_INVALID_REPLACE ? &n_sub : NULL;
  UErrorCode status = U_ZERO_ERROR;
  if (conv == NULL)
    return NULL;
  ucnv_setToUCallBack(conv, substitute_cb, counter, NULL, NULL, &status);
  do {
    UChar *target = buf + held;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv, &target, buf + MZ_CHUNK_UNITS, &src, end, NULL, TRUE, &status);
    n = (gsize)(target - buf);
    held = status == U_BUFFER_OVERFLOW_ERROR && n > 0 && U16_IS_LEAD(buf[n - 1]);
    append_utf16(out, buf, n - held, &n_sub);
    if (held)
      buf[0] = buf[n - 1];
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  if (U_FAILURE(status)) {
    set_convert_error(conv, job, src, out, status, error);
    return NULL;
  }
  job->info->n_replaced = n_sub;
  if (!check_no_nul(out->str, out->len, 0, job->info->encoding, error))
    return NULL;
  return g_string_free_to_bytes(g_steal_pointer(&out));
}

/* ICU ucsdet; its matches come sorted by confidence, so the first Arabic one is the best. */
static const char *
detect_codepage(const DecodeJob *job, int *confidence, GError **error)
{
  UErrorCode err = U_ZERO_ERROR;
  g_autoptr(UCharsetDetector) det = ucsdet_open(&err);
  const UCharsetMatch **matches = NULL;
  int32_t n_matches = 0;
  if (U_SUCCESS(err))
    ucsdet_enableInputFilter(det, TRUE); /* ignore HTML/XML markup */
  ucsdet_setText(det, (const char *)job->data, (int32_t)MIN(job->len, MZ_SAMPLE_BYTES), &err);
  matches = ucsdet_detectAll(det, &n_matches, &err);
  for (int32_t i = 0; U_SUCCESS(err) && i < n_matches; i++) {
    const char *name = ucsdet_getName(matches[i], &err);
    *confidence = ucsdet_getConfidence(matches[i], &err);
    if (U_SUCCESS(err) && (strcmp(name, "windows-1256") == 0 || strcmp(name, "ISO-8859-6") == 0)) {
      if (*confidence >= job->opts->min_confidence)
        return g_intern_string(name);
      break;
    }
  }
  n_matches = U_SUCCESS(err) ? n_matches : 0;
  err = U_ZERO_ERROR;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING,
              "cannot tell the encoding (not UTF-8; best guess %s, confidence %d); "
              "name it with --encoding",
              n_matches > 0 ? ucsdet_getName(matches[0], &err) : "none",
              n_matches > 0 ? ucsdet_getConfidence(matches[0], &err) : 0);
  return NULL;
}

/* UTF-8 after skip bytes (a BOM); may_be_legacy: invalid UTF-8 may mean another encoding. */
static GBytes *
decode_utf8(const DecodeJob *job, gsize skip, gboolean may_be_legacy, GError **error)
{
  const guint8 *s = job->data + skip;
  gsize n = job->len - skip, bad;
  const char *name;
  int confidence = 0;
  if (!check_no_nul((const char *)s, n, skip, NULL, error))
    return NULL;
  if ((bad = utf8_valid_prefix(s, n)) == n)
    return bytes_copy(s, n);
  if (may_be_legacy && !utf8_is_clear(s, n)) {
    if ((name = detect_codepage(job, &confidence, error)) == NULL)
      return NULL;
    info_set(job->info, name, "detected", confidence);
    return convert(job, name, 0, error);
  }
  if (job->opts->on_invalid == MZ_ON_INVALID_REPLACE) {
    GString *out = g_string_sized_new(n + n / 8 + 16);
    utf8_walk(s, n, out, &job->info->n_replaced);
    return g_string_free_to_bytes(out);
  }
  set_utf8_error(s, n, bad, skip, error);
  return NULL;
}

/* A BOM of the family of the encoding given is stripped, and picks the byte order of "UTF-16"
 * or "UTF-32"; a BOM of the other byte order contradicts the encoding given. */
static GBytes *
decode_override(const DecodeJob *job, GError **error)
{
  g_autoptr(UConverter) conv = converter_open(job->opts->encoding, error);
  UErrorCode err = U_ZERO_ERROR;
  const char *canonical = conv != NULL ? ucnv_getName(conv, &err) : NULL;
  const Signature *bom = NULL;
  if (canonical == NULL || U_FAILURE(err))
    return NULL;
  if (utf_family(canonical) != 0) /* family 0 would find any BOM */
    bom = signature_find(boms, G_N_ELEMENTS(boms), job->data, job->len, utf_family(canonical));
  info_set(job->info, converter_display_name(conv), "override", 100);
  if (bom != NULL && strcmp(canonical, bom->what) != 0 && strcmp(canonical, "UTF-16") != 0 &&
      strcmp(canonical, "UTF-32") != 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING,
                "the data starts with a %s byte order mark, but the encoding given is %s",
                bom->what, job->info->encoding);
    return NULL;
  }
  if (bom != NULL)
    info_set(job->info, bom->what, "override", 100);
  if (utf_family(canonical) == 8)
    return decode_utf8(job, bom != NULL ? bom->len : 0, FALSE, error);
  return convert(job, bom != NULL ? bom->what : canonical, bom != NULL ? bom->len : 0, error);
}

static GBytes *
decode_auto(const DecodeJob *job, GError **error)
{
  const Signature *sig =
      signature_find(signatures, G_N_ELEMENTS(signatures), job->data, job->len, 0);
  gsize sample = MIN(job->len, MZ_SAMPLE_BYTES) & ~(gsize)1;
  int le = sample >= MZ_UTF16_MIN_BYTES ? utf16_share(job->data, sample, 1) : -1;
  int be = sample >= MZ_UTF16_MIN_BYTES && le < 0 ? utf16_share(job->data, sample, 0) : -1;
  if (sig != NULL) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA, "binary file (%s), not text",
                sig->what);
    return NULL;
  }
  if (le < 0 && be < 0)
    return decode_utf8(job, 0, TRUE, error);
  /* an odd length is reported by ICU as a truncated sequence at the end */
  info_set(job->info, le >= 0 ? "UTF-16LE" : "UTF-16BE", "detected", MAX(le, be));
  return convert(job, job->info->encoding, 0, error);
}

/**
 * mz_decode:
 * @data: (array length=len): the bytes of a file
 * @len: their length
 * @opts: (nullable): options; %NULL for the defaults of mz_decode_options_init()
 * @info: (out) (optional): what was decided
 * @error: return location for a #MZ_CORPUS_ERROR
 *
 * Turns the bytes of a file into valid UTF-8, by the steps listed at the top of this file.
 * Lines are 1-based, byte offsets 0-based from the start of @data, columns 1-based in code
 * points. @data is not modified and not kept.
 *
 * Returns: (transfer full): valid UTF-8 without U+0000, followed in memory by one NUL byte
 *   that g_bytes_get_size() does not count; %NULL with @error set on failure.
 */
GBytes *
mz_decode(const guint8 *data, gsize len, const MzDecodeOptions *opts, MzDecodeInfo *info,
          GError **error)
{
  MzDecodeOptions defaults;
  MzDecodeInfo scratch;
  const Signature *bom;
  g_return_val_if_fail(data != NULL || len == 0, NULL);
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);
  if (opts == NULL)
    mz_decode_options_init(&defaults);
  DecodeJob job = {data != NULL ? data : (const guint8 *)"", len, opts != NULL ? opts : &defaults,
                   info != NULL ? info : &scratch};
  info_set(job.info, "UTF-8", "utf-8", 100);
  job.info->n_replaced = 0;
  if (!encoding_is_auto(job.opts->encoding))
    return decode_override(&job, error);
  bom = signature_find(boms, G_N_ELEMENTS(boms), job.data, len, 0);
  if (bom == NULL)
    return decode_auto(&job, error);
  info_set(job.info, bom->what, "bom", 100);
  if (strcmp(bom->what, "UTF-8") == 0)
    return decode_utf8(&job, bom->len, FALSE, error);
  return convert(&job, bom->what, bom->len, error);
}
