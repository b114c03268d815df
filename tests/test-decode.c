/* test-decode.c - corpus/decode.c: BOMs, UTF-8 validation, UTF-16, legacy Arabic code pages
 *
 * Where the expected values come from:
 * - tests/data/encodings/ (see its README.md): real Windows-1256 / ISO-8859-6 files and their
 *   UTF-8 twins; the twins and the UTF-16/UTF-32 files were made with glibc iconv 2.36.
 * - Positions (line, column, byte offset) of invalid bytes were computed with /usr/bin/python3:
 *   b.decode("utf-8") raises UnicodeDecodeError with .start = the byte offset; the line is
 *   1 + the count of b"\n" before it, the column 1 + the code points after the last newline.
 * - Replacement counts: the examples of the Unicode Standard 15.0 ch. 3, "U+FFFD Substitution
 *   of Maximal Subparts" (Tables 3-8 to 3-12); Python's b.decode("utf-8", "replace") agrees.
 * - Arabic text appears in the test tables marked "Arabic"; its bytes are plain UTF-8. */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <criterion/parameterized.h>
#include <string.h>

/* Criterion runs each parameterized case in a new process, so the case structs below hold
 * their strings in arrays (a pointer into this binary's data would not survive the trip).
 * BYTES gives a literal and its length (it may hold NUL bytes); an empty encoding means NULL
 * (detect). */
#define BYTES(s) s, sizeof(s) - 1

static const char *
enc(const char *encoding)
{
  return encoding[0] != '\0' ? encoding : NULL;
}

static GBytes *
decode_with(const char *data, gsize len, const char *encoding, MzOnInvalid on_invalid,
            MzDecodeInfo *info, GError **error)
{
  MzDecodeOptions opts;
  mz_decode_options_init(&opts);
  opts.encoding = encoding;
  opts.on_invalid = on_invalid;
  return mz_decode((const guint8 *)data, len, &opts, info, error);
}

static GBytes *
decode_file(const char *name, const char *encoding, MzDecodeInfo *info, GError **error)
{
  g_autofree char *path = g_build_filename("encodings", name, NULL);
  g_autofree char *full = mz_test_data_path(path);
  gsize len = 0;
  g_autofree char *data = mz_test_read_file(full, &len);
  return decode_with(data, len, encoding, MZ_ON_INVALID_ERROR, info, error);
}

/* out holds exactly the bytes of tests/data/encodings/twin, and a NUL after them. */
static void
assert_equals_file(GBytes *out, const char *twin, const char *what)
{
  g_autofree char *path = g_build_filename("encodings", twin, NULL);
  g_autofree char *full = mz_test_data_path(path);
  gsize len = 0, size = 0;
  g_autofree char *want = mz_test_read_file(full, &len);
  const char *got = g_bytes_get_data(out, &size);
  cr_assert_eq(size, len, "%s: %zu bytes, expected %zu (as %s)", what, size, len, twin);
  cr_assert(memcmp(got, want, len) == 0, "%s: text differs from %s", what, twin);
  cr_assert_eq(got[size], '\0', "%s: no NUL after the text", what);
}

static void
assert_error(GError *error, MzCorpusError code, const char *message, const char *what)
{
  cr_assert_not_null(error, "%s: no error, expected \"%s\"", what, message);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, (int)code), "%s: error code %d (%s)", what,
            error->code, error->message);
  cr_assert_str_eq(error->message, message, "%s", what);
}

Test(decode, options_init_sets_defaults)
{
  MzDecodeOptions opts = {"x", MZ_ON_INVALID_REPLACE, 7};
  mz_decode_options_init(&opts);
  cr_assert_null(opts.encoding);
  cr_assert_eq(opts.on_invalid, MZ_ON_INVALID_ERROR);
  cr_assert_eq(opts.min_confidence, MZ_DECODE_MIN_CONFIDENCE);
}

typedef struct {
  char input[64];
  char option[16]; /* --encoding; "" = detect */
  char twin[64];
  char encoding[16];
  char how[10];
} FileCase;

/* Every file decodes to its UTF-8 twin: maghreb-wikipedia.utf8.txt is the published twin of
 * the Windows-1256 file (and the source of the UTF-16/UTF-32 files), the other twins are
 * iconv -f CP1256 / ISO-8859-6 -t UTF-8 output (tests/data/encodings/README.md). */
static FileCase file_cases[] = {
    /* legacy code pages, detected by ucsdet */
    {"maghreb-wikipedia.cp1256.txt", "", "maghreb-wikipedia.utf8.txt", "windows-1256", "detected"},
    {"news-paragraph.cp1256.html", "", "news-paragraph.cp1256.iconv-utf8.html", "windows-1256",
     "detected"},
    {"news-paragraph.iso-8859-6.html", "", "news-paragraph.iso-8859-6.iconv-utf8.html",
     "ISO-8859-6", "detected"},
    {"udhr-arabic.cp1256.txt", "", "udhr-arabic.cp1256.iconv-utf8.txt", "windows-1256", "detected"},
    {"maghreb-wikipedia.cp1256.txt", "auto", "maghreb-wikipedia.utf8.txt", "windows-1256",
     "detected"},
    /* byte order marks decide and are stripped */
    {"maghreb-wikipedia.utf8-bom.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-8", "bom"},
    {"maghreb-wikipedia.utf16le-bom.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-16LE", "bom"},
    {"maghreb-wikipedia.utf16be-bom.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-16BE", "bom"},
    {"maghreb-wikipedia.utf32le-bom.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-32LE", "bom"},
    {"maghreb-wikipedia.utf32be-bom.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-32BE", "bom"},
    /* UTF-16 without a BOM */
    {"maghreb-wikipedia.utf16le.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-16LE", "detected"},
    {"maghreb-wikipedia.utf16be.txt", "", "maghreb-wikipedia.utf8.txt", "UTF-16BE", "detected"},
    /* --encoding, with and without a BOM of that encoding (stripped) */
    {"maghreb-wikipedia.cp1256.txt", "windows-1256", "maghreb-wikipedia.utf8.txt", "windows-1256",
     "override"},
    {"maghreb-wikipedia.cp1256.txt", "cp1256", "maghreb-wikipedia.utf8.txt", "windows-1256",
     "override"},
    {"news-paragraph.iso-8859-6.html", "ISO-8859-6", "news-paragraph.iso-8859-6.iconv-utf8.html",
     "ISO-8859-6", "override"},
    {"maghreb-wikipedia.utf8.txt", "utf8", "maghreb-wikipedia.utf8.txt", "UTF-8", "override"},
    {"maghreb-wikipedia.utf8-bom.txt", "UTF-8", "maghreb-wikipedia.utf8.txt", "UTF-8", "override"},
    {"maghreb-wikipedia.utf16le.txt", "UTF-16LE", "maghreb-wikipedia.utf8.txt", "UTF-16LE",
     "override"},
    {"maghreb-wikipedia.utf16le-bom.txt", "UTF-16LE", "maghreb-wikipedia.utf8.txt", "UTF-16LE",
     "override"},
    {"maghreb-wikipedia.utf16be-bom.txt", "UTF-16", "maghreb-wikipedia.utf8.txt", "UTF-16BE",
     "override"},
    {"maghreb-wikipedia.utf16le-bom.txt", "UTF-16", "maghreb-wikipedia.utf8.txt", "UTF-16LE",
     "override"},
    {"maghreb-wikipedia.utf16be.txt", "UTF-16BE", "maghreb-wikipedia.utf8.txt", "UTF-16BE",
     "override"},
    {"maghreb-wikipedia.utf32le-bom.txt", "UTF-32", "maghreb-wikipedia.utf8.txt", "UTF-32LE",
     "override"},
};

ParameterizedTestParameters(decode, files_decode_to_their_utf8_twins)
{
  return cr_make_param_array(FileCase, file_cases, G_N_ELEMENTS(file_cases));
}

ParameterizedTest(FileCase *c, decode, files_decode_to_their_utf8_twins)
{
  MzDecodeInfo info;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = decode_file(c->input, enc(c->option), &info, &error);
  cr_assert_not_null(out, "%s (%s): %s", c->input, c->option, error ? error->message : "?");
  assert_equals_file(out, c->twin, c->input);
  cr_assert_str_eq(info.encoding, c->encoding, "%s (%s)", c->input, c->option);
  cr_assert_str_eq(info.how, c->how, "%s (%s)", c->input, c->option);
  if (strcmp(c->how, "detected") == 0 && strncmp(c->encoding, "UTF", 3) != 0)
    cr_assert(info.confidence >= MZ_DECODE_MIN_CONFIDENCE && info.confidence <= 100, "%d",
              info.confidence);
  else if (strcmp(c->how, "detected") != 0)
    cr_assert_eq(info.confidence, 100, "%s: %d", c->input, info.confidence);
  cr_assert_eq(info.n_replaced, 0);
}

/* The two news-paragraph files differ only in their <title> (the encoding's name). */
Test(decode, news_paragraph_code_pages_give_the_same_body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) a = decode_file("news-paragraph.cp1256.html", NULL, NULL, &error);
  g_autoptr(GBytes) b = decode_file("news-paragraph.iso-8859-6.html", NULL, NULL, &error);
  cr_assert(a != NULL && b != NULL, "%s", error ? error->message : "?");
  const char *body_a = strstr(g_bytes_get_data(a, NULL), "<body");
  cr_assert(body_a != NULL && strlen(body_a) > 500);
  cr_assert_str_eq(body_a, strstr(g_bytes_get_data(b, NULL), "<body"));
}

/* An odd length cuts the last UTF-16 unit (Python: "truncated data" at position 1812; the
 * text has 6 newlines, so the end is on line 7). */
Test(decode, utf16_without_bom_of_odd_length_is_truncated)
{
  g_autofree char *path = mz_test_data_path("encodings/maghreb-wikipedia.utf16le.txt");
  gsize len = 0;
  g_autofree char *data = mz_test_read_file(path, &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) odd = g_string_new_len(data, (gssize)len);
  g_string_append_c(odd, 'x');
  g_autoptr(GBytes) out = decode_with(odd->str, odd->len, NULL, MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(out);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA,
               "truncated UTF-16LE sequence at end of data (line 7, byte offset 1812)",
               "odd UTF-16LE");
}

/* FF FE, 'a', a lone lead surrogate U+D800, 'b' (Python: "illegal UTF-16 surrogate" at byte 2
 * of the data after the BOM, i.e. 4 from the start; "a\uFFFDb" with "replace"). */
Test(decode, utf16_lone_surrogate_is_an_error_or_replaced)
{
  static const char data[] = "\377\376a\0\0\330b\0"; /* FF FE 61 00 00 D8 62 00 */
  g_autoptr(GError) error = NULL;
  MzDecodeInfo info;
  g_autoptr(GBytes) bad =
      decode_with(data, sizeof data - 1, NULL, MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(bad);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA,
               "cannot convert from UTF-16LE at line 1, column 2, byte offset 4 (byte 0x00)",
               "lone surrogate");
  g_autoptr(GBytes) out =
      decode_with(data, sizeof data - 1, NULL, MZ_ON_INVALID_REPLACE, &info, NULL);
  cr_assert_not_null(out);
  cr_assert_str_eq(g_bytes_get_data(out, NULL), "a\357\277\275b");
  cr_assert_eq(info.n_replaced, 1);
}

/* "a" then 40,000 x U+1F600 (a surrogate pair each) in UTF-16LE made by g_convert (iconv): the
 * pairs straddle the decoder's internal chunk boundaries and must come out whole. */
Test(decode, utf16_surrogate_pairs_survive_long_input)
{
  g_autoptr(GString) utf8 = g_string_new("a");
  MzDecodeInfo info;
  g_autoptr(GError) error = NULL;
  gsize n16 = 0;
  for (int i = 0; i < 40000; i++)
    g_string_append(utf8, "\xf0\x9f\x98\x80");
  g_autofree char *utf16 =
      g_convert(utf8->str, (gssize)utf8->len, "UTF-16LE", "UTF-8", NULL, &n16, &error);
  cr_assert_not_null(utf16, "g_convert: %s", error ? error->message : "?");
  g_autoptr(GBytes) out = decode_with(utf16, n16, "UTF-16LE", MZ_ON_INVALID_ERROR, &info, &error);
  cr_assert_not_null(out, "%s", error ? error->message : "?");
  cr_assert_eq(g_bytes_get_size(out), utf8->len);
  cr_assert(memcmp(g_bytes_get_data(out, NULL), utf8->str, utf8->len) == 0);
  cr_assert_eq(info.n_replaced, 0);
}

Test(decode, override_contradicting_the_bom_is_an_error)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out =
      decode_file("maghreb-wikipedia.utf16le-bom.txt", "UTF-16BE", NULL, &error);
  cr_assert_null(out);
  assert_error(error, MZ_CORPUS_ERROR_ENCODING,
               "the data starts with a UTF-16LE byte order mark, but the encoding given is "
               "UTF-16BE",
               "UTF-16BE");
}

/* 0xA1 has no mapping in ISO-8859-6 (iconv: "illegal input sequence at position 4"; Python's
 * iso8859_6 codec gives U+FFFD with "replace"). */
Test(decode, override_unmappable_byte_is_an_error_or_replaced)
{
  static const char data[] = "abc\n\xa1";
  MzDecodeInfo info;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bad =
      decode_with(data, sizeof data - 1, "ISO-8859-6", MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(bad);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA,
               "cannot convert from ISO-8859-6 at line 2, column 1, byte offset 4 (byte 0xA1)",
               "ISO-8859-6");
  g_autoptr(GBytes) out =
      decode_with(data, sizeof data - 1, "ISO-8859-6", MZ_ON_INVALID_REPLACE, &info, NULL);
  cr_assert_not_null(out);
  cr_assert_str_eq(g_bytes_get_data(out, NULL), "abc\n\xef\xbf\xbd");
  cr_assert_eq(info.n_replaced, 1);
}

typedef struct {
  char name[32];
  gboolean null_name;
  gboolean known;
} NameCase;

static NameCase name_cases[] = {
    {"(null)", TRUE, TRUE},      {"auto", FALSE, TRUE},         {"AUTO", FALSE, TRUE},
    {"UTF-8", FALSE, TRUE},      {"windows-1256", FALSE, TRUE}, {"cp1256", FALSE, TRUE},
    {"ISO-8859-6", FALSE, TRUE}, {"UTF-16LE", FALSE, TRUE},     {"no-such-encoding", FALSE, FALSE},
    {"", FALSE, FALSE},
};

ParameterizedTestParameters(decode, encoding_names_are_checked_with_icu)
{
  return cr_make_param_array(NameCase, name_cases, G_N_ELEMENTS(name_cases));
}

ParameterizedTest(NameCase *c, decode, encoding_names_are_checked_with_icu)
{
  g_autoptr(GError) error = NULL;
  const char *name = c->null_name ? NULL : c->name;
  gboolean known = mz_decode_encoding_is_known(name, &error);
  cr_assert_eq(known, c->known, "'%s'", c->name);
  cr_assert_eq(error == NULL, known, "'%s'", c->name);
  if (!known) {
    g_autofree char *want =
        g_strdup_printf("unknown encoding '%s' (uconv -l lists ICU's names)", c->name);
    assert_error(error, MZ_CORPUS_ERROR_INVALID_ARGUMENT, want, c->name);
  }
}

Test(decode, unknown_encoding_name_is_an_invalid_argument)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out =
      decode_with(BYTES("abc"), "no-such-encoding", MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(out);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
               "unknown encoding 'no-such-encoding' (uconv -l lists ICU's names)", "decode");
}

typedef struct {
  char data[64];
  gsize len;
  char encoding[16];
  char message[96];
} InvalidCase;

/* Arabic test strings (UTF-8) with invalid bytes; positions from Python (see the top). */
static InvalidCase invalid_cases[] = {
    {BYTES("سلام عليكم\nمرحبا \xff بكم\n"), "",
     "invalid UTF-8 at line 2, column 7, byte offset 31 (byte 0xFF)"},
    {BYTES("كتاب \xc0\xaf كتب"), "",
     "invalid UTF-8 at line 1, column 6, byte offset 9 (byte 0xC0)"},
    {BYTES("كتاب كتب\n\nقلم \xed\xa0\x80"), "",
     "invalid UTF-8 at line 3, column 5, byte offset 24 (byte 0xED)"},
    {BYTES("مرحبا بكم \xd9"), "",
     "truncated UTF-8 sequence at end of data (line 1, byte offset 18)"},
    {BYTES("كتاب\n\xe2\x80"), "",
     "truncated UTF-8 sequence at end of data (line 2, byte offset 9)"},
    /* the BOM is not text (no column) but counts in the byte offset */
    {BYTES("\357\273\277abc\377"), "",
     "invalid UTF-8 at line 1, column 4, byte offset 6 (byte 0xFF)"},
    /* named UTF-8: never taken for a legacy code page */
    {BYTES("abc\n\xff"), "UTF-8", "invalid UTF-8 at line 2, column 1, byte offset 4 (byte 0xFF)"},
};

ParameterizedTestParameters(decode, invalid_utf8_error_names_the_place)
{
  return cr_make_param_array(InvalidCase, invalid_cases, G_N_ELEMENTS(invalid_cases));
}

ParameterizedTest(InvalidCase *c, decode, invalid_utf8_error_names_the_place)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out =
      decode_with(c->data, c->len, enc(c->encoding), MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(out, "%s", c->message);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA, c->message, c->message);
}

typedef struct {
  char data[64];
  gsize len;
  char encoding[16];
  char expected[64];
  gsize n_replaced;
} ReplaceCase;

#define FFFD "\xef\xbf\xbd"

static ReplaceCase replace_cases[] = {
    /* Unicode 15.0 Table 3-8 */
    {BYTES("\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64"), "UTF-8",
     "a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d", 6},
    /* Table 3-9: non-shortest forms */
    {BYTES("\xc0\xaf\xe0\x80\xbf\xf0\x81\x82\x41"), "UTF-8",
     FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD "A", 8},
    /* Table 3-10: surrogates */
    {BYTES("\xed\xa0\x80\xed\xbf\xbf\xed\xaf\x41"), "UTF-8",
     FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD "A", 8},
    /* Table 3-11: other ill-formed sequences */
    {BYTES("\xf4\x91\x92\x93\xff\x41\x80\xbf\x42"), "UTF-8",
     FFFD FFFD FFFD FFFD FFFD "A" FFFD FFFD "B", 7},
    /* Table 3-12: truncated sequences */
    {BYTES("\xe1\x80\xe2\xf0\x91\x92\xf1\xbf\x41"), "UTF-8", FFFD FFFD FFFD FFFD "A", 4},
    /* detected as UTF-8 with errors (Arabic test strings) */
    {BYTES("سلام \xff\xfe عليكم"), "", "سلام " FFFD FFFD " عليكم", 2},
    {BYTES("مرحبا بكم \xe2\x80"), "", "مرحبا بكم " FFFD, 1},
};

ParameterizedTestParameters(decode, replace_counts_maximal_subparts)
{
  return cr_make_param_array(ReplaceCase, replace_cases, G_N_ELEMENTS(replace_cases));
}

ParameterizedTest(ReplaceCase *c, decode, replace_counts_maximal_subparts)
{
  MzDecodeInfo info;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out =
      decode_with(c->data, c->len, enc(c->encoding), MZ_ON_INVALID_REPLACE, &info, &error);
  cr_assert_not_null(out, "%s: %s", c->expected, error ? error->message : "?");
  cr_assert_str_eq(g_bytes_get_data(out, NULL), c->expected);
  cr_assert_eq(g_bytes_get_size(out), strlen(c->expected));
  cr_assert_eq(info.n_replaced, c->n_replaced, "%s: %zu replaced", c->expected, info.n_replaced);
  cr_assert_str_eq(info.encoding, "UTF-8");
}

static InvalidCase binary_cases[] = {
    {BYTES("abc\ndef\0ghi"), "", "binary data: NUL byte at line 2, byte offset 7"},
    {BYTES("\357\273\277ab\0"), "", "binary data: NUL byte at line 1, byte offset 5"},
    {BYTES("\377\376a\0\0\0"), "",
     "binary data: U+0000 at line 1, column 2 of the text decoded from UTF-16LE"},
    /* PNG signature and IHDR chunk header (PNG spec, 5.2 and 11.2.2) */
    {BYTES("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10"), "", "binary file (PNG image), not text"},
    /* the first 20 bytes of /bin/true on Debian 12 x86-64 (od -An -tx1) */
    {BYTES("\177ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0"), "",
     "binary file (ELF executable), not text"},
    {BYTES("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "", "binary file (PDF document), not text"},
    {BYTES("\x1f\x8b\x08\0\0\0\0\0\0\x03"), "", "binary file (gzip data), not text"},
    {BYTES("PK\x03\x04\x14\0\0\0\x08\0"), "", "binary file (ZIP archive), not text"},
    {BYTES("\xff\xd8\xff\xe0\0\x10JFIF\0"), "", "binary file (JPEG image), not text"},
};

ParameterizedTestParameters(decode, binary_data_is_refused)
{
  return cr_make_param_array(InvalidCase, binary_cases, G_N_ELEMENTS(binary_cases));
}

ParameterizedTest(InvalidCase *c, decode, binary_data_is_refused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out =
      decode_with(c->data, c->len, enc(c->encoding), MZ_ON_INVALID_REPLACE, NULL, &error);
  cr_assert_null(out, "%s", c->message);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA, c->message, c->message);
}

Test(decode, empty_input_decodes_to_empty_text)
{
  static const char *const encodings[] = {NULL, "windows-1256", "UTF-16LE", "UTF-8"};
  for (gsize i = 0; i < G_N_ELEMENTS(encodings); i++) {
    MzDecodeInfo info;
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) a = decode_with(NULL, 0, encodings[i], MZ_ON_INVALID_ERROR, &info, &error);
    g_autoptr(GBytes) b = decode_with("", 0, encodings[i], MZ_ON_INVALID_ERROR, NULL, &error);
    cr_assert(a != NULL && b != NULL, "%s: %s", encodings[i], error ? error->message : "?");
    cr_assert_eq(g_bytes_get_size(a), 0);
    cr_assert_eq(g_bytes_get_size(b), 0);
    cr_assert_eq(((const char *)g_bytes_get_data(a, NULL))[0], '\0');
    cr_assert_str_eq(info.how, encodings[i] == NULL ? "utf-8" : "override");
  }
}

Test(decode, undetectable_bytes_ask_for_an_encoding)
{
  g_autoptr(GString) high = g_string_new(NULL);
  g_autoptr(GError) error = NULL;
  for (int round = 0; round < 4; round++)
    for (int b = 0x80; b <= 0xff; b++)
      g_string_append_c(high, (char)b);
  g_autoptr(GBytes) out =
      decode_with(high->str, high->len, NULL, MZ_ON_INVALID_ERROR, NULL, &error);
  cr_assert_null(out);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING));
  cr_assert(g_str_has_prefix(error->message, "cannot tell the encoding (not UTF-8; best guess "),
            "%s", error->message);
  cr_assert(g_str_has_suffix(error->message, "); name it with --encoding"), "%s", error->message);
}

/* A confidence no guess can reach makes even a clear Windows-1256 file undecidable. */
Test(decode, confidence_threshold_is_applied)
{
  g_autofree char *path = mz_test_data_path("encodings/maghreb-wikipedia.cp1256.txt");
  gsize len = 0;
  g_autofree char *data = mz_test_read_file(path, &len);
  g_autoptr(GError) error = NULL;
  MzDecodeOptions opts;
  mz_decode_options_init(&opts);
  opts.min_confidence = 101;
  g_autoptr(GBytes) out = mz_decode((const guint8 *)data, len, &opts, NULL, &error);
  cr_assert_null(out);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING));
  cr_assert(g_str_has_prefix(error->message,
                             "cannot tell the encoding (not UTF-8; best guess windows-1256, "),
            "%s", error->message);
}

typedef struct {
  char data[128];
  gsize len;
} TextCase;

/* Valid UTF-8 (ASCII, Arabic test strings, 3- and 4-byte sequences). */
static TextCase valid_cases[] = {
    {BYTES("plain ASCII text, long enough for the eight-byte skip\n")},
    {BYTES("بالموازاة مع ذلك وللإشارة إلى المنطقة المغاربية")},
    {BYTES("\xe2\x82\xac 5 \xf0\x9f\x98\x80 \xef\xb7\xb2 \xd8\xa8")},
    {BYTES("\xf4\x8f\xbf\xbf \xef\xbf\xbd")},
};

ParameterizedTestParameters(decode, valid_utf8_is_copied)
{
  return cr_make_param_array(TextCase, valid_cases, G_N_ELEMENTS(valid_cases));
}

ParameterizedTest(TextCase *c, decode, valid_utf8_is_copied)
{
  MzDecodeInfo info;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = decode_with(c->data, c->len, NULL, MZ_ON_INVALID_ERROR, &info, &error);
  gsize size = 0;
  cr_assert_not_null(out, "%s: %s", c->data, error ? error->message : "?");
  const char *got = g_bytes_get_data(out, &size);
  cr_assert_eq(size, c->len);
  cr_assert(memcmp(got, c->data, size) == 0 && got[size] == '\0');
  cr_assert_str_eq(info.encoding, "UTF-8");
  cr_assert_str_eq(info.how, "utf-8");
  cr_assert_eq(info.n_replaced, 0);
}

/* 11,650,845 copies of the Arabic word "kitab" and a space (9 bytes, 5 code points):
 * 104,857,605 bytes on one line. Replacing the last space by 0xFF puts the error at byte
 * offset 104,857,604, column 11,650,845 * 5 = 58,254,225. */
Test(decode, hundred_megabyte_line_is_linear, .timeout = 60)
{
  static const char word[] = "\xd9\x83\xd8\xaa\xd8\xa7\xd8\xa8 "; /* U+0643 062A 0627 0628 */
  const gsize n_words = 11650845, len = n_words * 9;
  g_autofree char *data = g_malloc(len);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time();
  for (gsize i = 0; i < n_words; i++)
    memcpy(data + i * 9, word, 9);
  g_autoptr(GBytes) out = mz_decode((const guint8 *)data, len, NULL, NULL, &error);
  cr_assert_not_null(out, "%s", error ? error->message : "?");
  cr_assert_eq(g_bytes_get_size(out), len);
  cr_assert(memcmp(g_bytes_get_data(out, NULL), data, len) == 0);
  data[len - 1] = '\xff';
  g_autoptr(GBytes) bad = mz_decode((const guint8 *)data, len, NULL, NULL, &error);
  cr_assert_null(bad);
  assert_error(error, MZ_CORPUS_ERROR_INVALID_DATA,
               "invalid UTF-8 at line 1, column 58254225, byte offset 104857604 (byte 0xFF)",
               "100 MB");
  cr_assert_lt(g_get_monotonic_time() - start, 20 * G_USEC_PER_SEC, "too slow");
}

typedef struct {
  char data[32];
  gsize len;
  gboolean invalid;
  gsize offset;
} FindCase;

/* Unicode 15.0 Table 3-7 decides what is well-formed. */
static FindCase find_cases[] = {
    {BYTES(""), FALSE, 0},
    {BYTES("abc"), FALSE, 0},
    {BYTES("a\0b"), FALSE, 0},
    {BYTES("\xe2\x82\xac\xf0\x9f\x98\x80"), FALSE, 0},
    {BYTES("\xf4\x8f\xbf\xbf"), FALSE, 0},
    {BYTES("ab\xff"), TRUE, 2},
    {BYTES("a\xe2\x82"), TRUE, 1},
    {BYTES("\xc0\x80"), TRUE, 0},
    {BYTES("\xc1\xbf"), TRUE, 0},
    {BYTES("\xe0\x9f\xbf"), TRUE, 0},
    {BYTES("\xed\xa0\x80"), TRUE, 0},
    {BYTES("\xf0\x8f\xbf\xbf"), TRUE, 0},
    {BYTES("\xf4\x90\x80\x80"), TRUE, 0},
    {BYTES("\xd8\xa8\xd8"), TRUE, 2},
    {BYTES("\xd8\xa8\xd8\x41"), TRUE, 2},
    {BYTES("aaaaaaaaaaaaaaaaa\200aa"), TRUE, 17},
};

ParameterizedTestParameters(decode, utf8_find_invalid_finds_the_first_bad_sequence)
{
  return cr_make_param_array(FindCase, find_cases, G_N_ELEMENTS(find_cases));
}

ParameterizedTest(FindCase *c, decode, utf8_find_invalid_finds_the_first_bad_sequence)
{
  gsize offset = 12345;
  gboolean invalid = mz_utf8_find_invalid(c->data, c->len, &offset);
  cr_assert_eq(invalid, c->invalid, "case at offset %zu", c->offset);
  if (c->invalid)
    cr_assert_eq(offset, c->offset);
  else
    cr_assert_eq(offset, 12345, "offset written although all is valid");
}

typedef struct {
  char data[32];
  gsize offset;
  gsize line;
  gsize column;
} PositionCase;

/* Lines count '\n'; columns count code points (U+0628 is 2 bytes), an invalid byte as one. */
static PositionCase position_cases[] = {
    {"abc", 0, 1, 1},
    {"ab\ncd\330\250e", 3, 2, 1},
    {"ab\ncd\330\250e", 7, 2, 4},
    {"a\377\376b", 3, 1, 4},
    {"\n\n\n\xd8\xa8\xd8\xa8", 7, 4, 3},
    {"0123456789abcdef0123\n", 20, 1, 21},
};

ParameterizedTestParameters(decode, text_position_counts_lines_and_code_points)
{
  return cr_make_param_array(PositionCase, position_cases, G_N_ELEMENTS(position_cases));
}

ParameterizedTest(PositionCase *c, decode, text_position_counts_lines_and_code_points)
{
  gsize line = 0, column = 0;
  mz_text_position(c->data, c->offset, &line, &column);
  cr_assert_eq(line, c->line, "offset %zu: line %zu", c->offset, line);
  cr_assert_eq(column, c->column, "offset %zu: column %zu", c->offset, column);
}
