/* test-stopwords.c - stop lists, normalized like the tokens they filter */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <gio/gio.h>
#include <string.h>

#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

TestSuite(stopwords, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown);

/* Normalizations the tests load lists with; NONE means a NULL normalizer. */
enum { COL_NONE, COL_LIGHT, COL_LIGHT_ALEF, COL_AGGRESSIVE, N_COLS };
static const guint col_flags[N_COLS] = {0, MZ_NORM_LIGHT, MZ_NORM_LIGHT | MZ_NORM_ALEF,
                                        MZ_NORM_AGGRESSIVE};

static MzStopwords *
load_data(const char *data, int col)
{
  g_autoptr(MzNormalizer) norm = col == COL_NONE ? NULL : mz_normalizer_new(col_flags[col]);
  GError *error = NULL;
  MzStopwords *stop = mz_stopwords_new_from_data(data, strlen(data), "test", norm, &error);
  cr_assert_not_null(stop, "cannot load: %s", error ? error->message : "?");
  return stop;
}

static gboolean
contains(const MzStopwords *stop, const char *token)
{
  return mz_stopwords_contains(stop, token, strlen(token));
}

/* Arabic test list, written with hamza, diacritics, tatweel, a decomposed
 * hamza and a presentation form, as users write lists. */
static const char hamza_list[] = "# a list as a user writes it\n"
                                 "مِنْ\n"                       /* min with kasra and sukun */
                                 "أن\n"                       /* alef with hamza above */
                                 "إلى\n"                      /* hamza below, alef maksura */
                                 "مسؤول\n"                    /* waw with hamza */
                                 "\u0627\u0655\u0630\u0627\n" /* alef + hamza below, decomposed */
                                 "عـلى\n"                     /* tatweel */
                                 "مرّة\n"                      /* shadda, teh marbuta */
                                 "\uFEFB\n";                  /* lam-alef ligature (presentation) */

typedef struct {
  char token[32];
  gboolean expected[N_COLS];
} HamzaRow;

/* Arabic test table: the normalized tokens and whether each is on the list
 * above, worked by hand from the flag table of DESIGN.md (light = nfkc,
 * bidi, tatweel, diacritics; aggressive = light + alef, yeh, teh, hamza,
 * digits) and NFC composition (spec 2, N1: U+0627 U+0655 -> U+0625) and
 * NFKC (spec 2, N16: U+FEFB -> U+0644 U+0627). Columns: no normalizer,
 * light, light+alef, aggressive. */
static HamzaRow hamza_rows[] = {
    {"من", {FALSE, TRUE, TRUE, TRUE}},   /* diacritics dropped */
    {"مِنْ", {TRUE, FALSE, FALSE, FALSE}}, /* only as written */
    {"أن", {TRUE, TRUE, FALSE, FALSE}},  /* alef folds only with alef */
    {"ان", {FALSE, FALSE, TRUE, TRUE}},
    {"إلى", {TRUE, TRUE, FALSE, FALSE}},
    {"الى", {FALSE, FALSE, TRUE, FALSE}}, /* alef folded, maksura kept */
    {"الي", {FALSE, FALSE, FALSE, TRUE}}, /* and maksura -> yeh */
    {"مسؤول", {TRUE, TRUE, TRUE, FALSE}},
    {"مسوول", {FALSE, FALSE, FALSE, TRUE}}, /* hamza flag */
    {"إذا", {FALSE, TRUE, FALSE, FALSE}},   /* composed by NFC; not without a normalizer */
    {"اذا", {FALSE, FALSE, TRUE, TRUE}},
    {"على", {FALSE, TRUE, TRUE, FALSE}}, /* tatweel dropped */
    {"عـلى", {TRUE, FALSE, FALSE, FALSE}},
    {"علي", {FALSE, FALSE, FALSE, TRUE}},
    {"مرة", {FALSE, TRUE, TRUE, FALSE}},
    {"مره", {FALSE, FALSE, FALSE, TRUE}}, /* teh marbuta -> heh */
    {"لا", {FALSE, TRUE, TRUE, TRUE}},    /* NFKC of the ligature */
};

ParameterizedTestParameters(stopwords, normalizes_entries_like_tokens)
{
  return cr_make_param_array(HamzaRow, hamza_rows, G_N_ELEMENTS(hamza_rows));
}

ParameterizedTest(HamzaRow *row, stopwords, normalizes_entries_like_tokens)
{
  static const char *const names[N_COLS] = {"none", "light", "light+alef", "aggressive"};
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "list.txt", NULL);
  mz_test_write_file(path, hamza_list, -1);
  for (int col = 0; col < N_COLS; col++) {
    g_autoptr(MzNormalizer) norm = col == COL_NONE ? NULL : mz_normalizer_new(col_flags[col]);
    GError *error = NULL;
    g_autoptr(MzStopwords) stop = mz_stopwords_load(path, norm, &error);
    cr_assert_not_null(stop, "%s", error ? error->message : "?");
    cr_expect_eq(contains(stop, row->token), row->expected[col], "'%s' under %s: expected %s",
                 row->token, names[col], row->expected[col] ? "a stop word" : "not one");
    cr_expect_eq(mz_stopwords_n_skipped(stop), 0);
  }
}

Test(stopwords, ignores_comments_and_blank_lines)
{
  /* Arabic test data: two entries among comments, blank lines, CR LF line
   * ends, surrounding tabs and no-break spaces, no final newline */
  const char *data = "# comment في\n\n   \t\n في\r\n\u00A0 على \t\n  # indented #على\n#من\nعن";
  g_autoptr(MzStopwords) stop = load_data(data, COL_NONE);
  cr_assert_eq(mz_stopwords_size(stop), 3);
  cr_assert(contains(stop, "في"));
  cr_assert(contains(stop, "على"));
  cr_assert(contains(stop, "عن"));
  cr_assert_not(contains(stop, "من"));
  cr_assert_not(contains(stop, "# comment في"));
  cr_assert_not(contains(stop, "#على"));
  cr_assert_not(contains(stop, "#"));
  cr_assert_eq(mz_stopwords_n_skipped(stop), 0);
}

typedef struct {
  int col;
  guint size;
  guint skipped;
} SkipRow;

/* Arabic test data: a phrase (two words), a lone fathatan, a lone tatweel,
 * U+FDFA (NFKC gives a four-word phrase, spec 0.6) and one real word.
 * Without a normalizer only the phrase has whitespace; light and aggressive
 * drop the fathatan and the tatweel (empty) and expand U+FDFA (spaces). */
static const char skip_list[] = "لا سيما\n\u064B\n\u0640\n\uFDFA\nمن\n";
static SkipRow skip_rows[] = {
    {COL_NONE, 4, 1},
    {COL_LIGHT, 1, 4},
    {COL_AGGRESSIVE, 1, 4},
};

ParameterizedTestParameters(stopwords, counts_skipped_entries)
{
  return cr_make_param_array(SkipRow, skip_rows, G_N_ELEMENTS(skip_rows));
}

ParameterizedTest(SkipRow *row, stopwords, counts_skipped_entries)
{
  g_autoptr(MzStopwords) stop = load_data(skip_list, row->col);
  cr_assert_eq(mz_stopwords_size(stop), row->size);
  cr_assert_eq(mz_stopwords_n_skipped(stop), row->skipped);
  cr_assert(contains(stop, "من"));
  cr_assert_not(contains(stop, "لا سيما"));
  cr_assert_not(contains(stop, ""));
}

Test(stopwords, merges_entries_equal_after_normalization)
{
  /* Arabic test data: three alef spellings of one word */
  const char *data = "أن\nان\nإن\nأن\n";
  g_autoptr(MzStopwords) light = load_data(data, COL_LIGHT);
  g_autoptr(MzStopwords) aggressive = load_data(data, COL_AGGRESSIVE);
  cr_assert_eq(mz_stopwords_size(light), 3, "the repeated entry counts once");
  cr_assert_eq(mz_stopwords_size(aggressive), 1, "alef folding makes them one");
  cr_assert_eq(mz_stopwords_n_skipped(aggressive), 0);
}

Test(stopwords, looks_up_a_token_by_length)
{
  /* Arabic test data: the token is a prefix of a longer buffer */
  g_autoptr(MzStopwords) stop = load_data("في\n", COL_LIGHT);
  const char *buffer = "فيها";
  cr_assert(mz_stopwords_contains(stop, buffer, strlen("في")));
  cr_assert_not(mz_stopwords_contains(stop, buffer, strlen(buffer)));
  cr_assert_not(mz_stopwords_contains(stop, buffer, 0));
}

Test(stopwords, holds_many_entries)
{
  GString *data = g_string_new(NULL);
  for (int i = 0; i < 5000; i++)
    g_string_append_printf(data, "w%d\n", i);
  g_autoptr(MzStopwords) stop = load_data(data->str, COL_NONE);
  g_string_free(data, TRUE);
  cr_assert_eq(mz_stopwords_size(stop), 5000);
  for (int i = 0; i < 5000; i++) {
    char word[16];
    g_snprintf(word, sizeof word, "w%d", i);
    cr_assert(contains(stop, word), "%s missing", word);
  }
  cr_assert_not(contains(stop, "w5000"));
  cr_assert_not(contains(stop, "w"));
}

Test(stopwords, reads_a_file_with_bom)
{
  /* Arabic test data: a UTF-8 file that starts with a byte order mark */
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "bom.txt", NULL);
  GError *error = NULL;
  mz_test_write_file(path,
                     "\xEF\xBB\xBF"
                     "في\nمن\n",
                     -1);
  g_autoptr(MzStopwords) stop = mz_stopwords_load(path, NULL, &error);
  cr_assert_not_null(stop, "%s", error ? error->message : "?");
  cr_assert_eq(mz_stopwords_size(stop), 2);
  cr_assert(contains(stop, "في"), "the BOM stayed in the first entry");
}

Test(stopwords, decodes_a_utf16_file)
{
  /* the bundled list converted to UTF-16LE by GLib's iconv, with a byte
   * order mark: the file is decoded (mz_decode) before it is parsed */
  GError *error = NULL;
  g_autoptr(GBytes) utf8 = g_resources_lookup_data("/org/mizan/corpus/stopwords/arabic.txt",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  cr_assert_not_null(utf8, "%s", error ? error->message : "?");
  gsize n = 0;
  g_autofree char *utf16 = g_convert(g_bytes_get_data(utf8, NULL), (gssize)g_bytes_get_size(utf8),
                                     "UTF-16LE", "UTF-8", NULL, &n, &error);
  cr_assert_not_null(utf16, "iconv: %s", error ? error->message : "?");
  g_autoptr(GByteArray) file = g_byte_array_new();
  g_byte_array_append(file, (const guint8 *)"\xFF\xFE", 2);
  g_byte_array_append(file, (const guint8 *)utf16, (guint)n);
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "utf16.txt", NULL);
  mz_test_write_file(path, file->data, (gssize)file->len);
  g_autoptr(MzStopwords) decoded = mz_stopwords_load(path, NULL, &error);
  cr_assert_not_null(decoded, "%s", error ? error->message : "?");
  g_autoptr(MzStopwords) bundled = mz_stopwords_load("arabic", NULL, &error);
  cr_assert_not_null(bundled, "%s", error ? error->message : "?");
  cr_assert_eq(mz_stopwords_size(decoded), mz_stopwords_size(bundled));
  /* Arabic test word: "from" */
  cr_assert(contains(decoded, "من"));
}

Test(stopwords, fails_on_missing_file_naming_it)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "no-such-list.txt", NULL);
  GError *error = NULL;
  MzStopwords *stop = mz_stopwords_load(path, NULL, &error);
  cr_assert_null(stop);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_NOT_FOUND), "%s",
            error ? error->message : "no error");
  cr_assert(strstr(error->message, path) != NULL, "'%s' does not name the file", error->message);
  g_error_free(error);
}

Test(stopwords, fails_on_directory_naming_it)
{
  GError *error = NULL;
  MzStopwords *stop = mz_stopwords_load(mz_test_tmpdir, NULL, &error);
  cr_assert_null(stop);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO), "%s",
            error ? error->message : "no error");
  cr_assert(g_str_has_prefix(error->message, mz_test_tmpdir), "%s", error->message);
  g_error_free(error);
}

Test(stopwords, fails_on_invalid_utf8_naming_line)
{
  const char data[] = "ok\nbad \xFF here\n";
  GError *error = NULL;
  MzStopwords *stop = mz_stopwords_new_from_data(data, sizeof data - 1, "my.txt", NULL, &error);
  cr_assert_null(stop);
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA));
  cr_assert(g_str_has_prefix(error->message, "my.txt: line 2, byte offset 7"), "%s",
            error->message);
  g_error_free(error);
}

Test(stopwords, loads_an_empty_list)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "empty.txt", NULL);
  GError *error = NULL;
  mz_test_write_file(path, "", 0);
  g_autoptr(MzStopwords) stop = mz_stopwords_load(path, NULL, &error);
  cr_assert_not_null(stop, "%s", error ? error->message : "?");
  cr_assert_eq(mz_stopwords_size(stop), 0);
  cr_assert_not(contains(stop, "x"));
}

typedef struct {
  int col;
  char word[16];
} BundledRow;

/* Arabic test table: common function words (from, in, on, that, about, to,
 * this), checked by hand to be on the bundled list, as the tokens look
 * after light normalization (hamza kept) and after aggressive (alef folded,
 * alef maksura -> yeh). */
static BundledRow bundled_rows[] = {
    {COL_LIGHT, "من"},       {COL_LIGHT, "في"},       {COL_LIGHT, "على"},
    {COL_LIGHT, "أن"},       {COL_LIGHT, "عن"},       {COL_LIGHT, "إلى"},
    {COL_LIGHT, "هذا"},      {COL_LIGHT, "إن"},       {COL_AGGRESSIVE, "من"},
    {COL_AGGRESSIVE, "ان"},  {COL_AGGRESSIVE, "الي"}, {COL_AGGRESSIVE, "علي"},
    {COL_AGGRESSIVE, "هذه"},
};

ParameterizedTestParameters(stopwords, bundled_list_has_common_words)
{
  return cr_make_param_array(BundledRow, bundled_rows, G_N_ELEMENTS(bundled_rows));
}

ParameterizedTest(BundledRow *row, stopwords, bundled_list_has_common_words)
{
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(col_flags[row->col]);
  GError *error = NULL;
  g_autoptr(MzStopwords) stop = mz_stopwords_load("arabic", norm, &error);
  cr_assert_not_null(stop, "%s", error ? error->message : "?");
  cr_assert(contains(stop, row->word), "'%s' missing", row->word);
  cr_assert_not(contains(stop, "كتاب"), "a content word (book) is on the list");
  cr_assert_gt(mz_stopwords_size(stop), 500);
  cr_assert_eq(mz_stopwords_n_skipped(stop), 0);
}

/* A clean entry: Arabic-script letters (gc=Lo) and combining marks of the
 * Arabic block (gc=Mn; the harakat are Script=Inherited), starting with a
 * letter; this rejects '?', Latin, digits, punctuation, spaces and tatweel
 * (gc=Lm). Judged with GLib's Unicode tables. */
static gboolean
is_clean_entry(const char *entry)
{
  for (const char *p = entry; *p != '\0'; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    GUnicodeType t = g_unichar_type(c);
    gboolean letter =
        t == G_UNICODE_OTHER_LETTER && g_unichar_get_script(c) == G_UNICODE_SCRIPT_ARABIC;
    gboolean mark = t == G_UNICODE_NON_SPACING_MARK && c >= 0x0600 && c <= 0x06FF && p != entry;
    if (!letter && !mark)
      return FALSE;
  }
  return *entry != '\0';
}

Test(stopwords, bundled_list_has_no_junk)
{
  GError *error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data("/org/mizan/corpus/stopwords/arabic.txt",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  cr_assert_not_null(bytes, "%s", error ? error->message : "?");
  g_autofree char *text = g_strndup(g_bytes_get_data(bytes, NULL), g_bytes_get_size(bytes));
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  const char *prev = "";
  guint n = 0;
  cr_assert(strstr(text, "CC BY 4.0") && strstr(text, "MIT"), "licences not in the header");
  for (char **l = lines; *l != NULL; l++) {
    g_autofree char *nfc = NULL;
    if ((*l)[0] == '#' || (**l == '\0' && l[1] == NULL))
      continue;
    cr_assert(is_clean_entry(*l), "junk entry '%s'", *l);
    nfc = g_utf8_normalize(*l, -1, G_NORMALIZE_NFC);
    cr_assert_str_eq(nfc, *l, "'%s' is not in NFC", *l);
    /* UTF-8 byte order is code point order */
    cr_assert_gt(strcmp(*l, prev), 0, "'%s' after '%s': not sorted or a duplicate", *l, prev);
    prev = *l;
    n++;
  }
  cr_assert_gt(n, 500);
}
