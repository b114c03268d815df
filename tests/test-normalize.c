/* test-normalize.c - normalization flags, text-level NFC/NFKC, token-level maps
 *
 * Expected values follow the mappings of DESIGN.md "Normalization flags" and
 * spec/arabic-text.md section 2 (N1-N17) and the test strings T01-T54 of its
 * section 8; NFC/NFKC results were checked with Python's unicodedata
 * (normalize('NFC'/'NFKC', s)), an implementation independent of ICU.
 * Strings are written with \u escapes; the comments show them in Arabic.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static char *
normalize(guint flags, const char *s)
{
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(flags);
  GError *error = NULL;
  char *out = mz_normalizer_normalize_string(norm, s, -1, &error);
  cr_assert_not_null(out, "normalize failed: %s", error ? error->message : "?");
  return out;
}

typedef struct {
  const char *flags;
  const char *in;
  const char *out;
} Case;

/* Each row: flags, input, expected output (spec section 2, section 8 T-numbers). */
/* clang-format off */
static const Case cases[] = {
  /* T02 kataba with full harakat -> ktb */
  {"diacritics", "\u0643\u064E\u062A\u064E\u0628\u064E", "\u0643\u062A\u0628"},
  /* T03 tanwin fath before alef */
  {"diacritics", "\u0634\u0643\u0631\u064B\u0627", "\u0634\u0643\u0631\u0627"},
  /* T05 dagger alef U+0670 is a diacritic here (N7) */
  {"diacritics", "\u0647\u0670\u0630\u0627", "\u0647\u0630\u0627"},
  /* Quranic marks U+06D6-06ED, extended marks up to U+065F */
  {"diacritics", "\u0631\u06D6\u0628\u065F", "\u0631\u0628"},
  /* T06 tatweel inside a word */
  {"tatweel", "\u0627\u0644\u0639\u0640\u0640\u0640\u0631\u0628\u064A\u0629",
   "\u0627\u0644\u0639\u0631\u0628\u064A\u0629"},
  /* tatweel is not a diacritic */
  {"diacritics", "\u0639\u0640\u0631", "\u0639\u0640\u0631"},
  /* T08 alef variants, wasla included (N10, N11) */
  {"alef", "\u0625\u0633\u0644\u0627\u0645 \u0623\u062D\u0645\u062F \u0622\u0645\u0646 \u0671\u0644",
   "\u0627\u0633\u0644\u0627\u0645 \u0627\u062D\u0645\u062F \u0627\u0645\u0646 \u0627\u0644"},
  /* T09 alef maksura -> yeh */
  {"yeh", "\u0639\u0644\u0649", "\u0639\u0644\u064A"},
  /* T10 teh marbuta -> heh */
  {"teh", "\u0645\u062F\u0631\u0633\u0629", "\u0645\u062F\u0631\u0633\u0647"},
  /* T11 hamza seats: waw and yeh hamza fold, bare hamza stays */
  {"hamza", "\u0645\u0624\u062A\u0645\u0631 \u0631\u0626\u064A\u0633 \u0633\u0645\u0627\u0621",
   "\u0645\u0648\u062A\u0645\u0631 \u0631\u064A\u064A\u0633 \u0633\u0645\u0627\u0621"},
  /* T19, T23 Arabic-Indic and extended digits -> ASCII */
  {"digits", "\u0662\u0660\u0662\u0664\u0645 \u06F1\u06F2\u06F3", "2024\u0645 123"},
  /* T48 Persian yeh and keheh */
  {"persian", "\u0627\u06CC\u0631\u0627\u0646 \u06A9\u062A\u0627\u0628",
   "\u0627\u064A\u0631\u0627\u0646 \u0643\u062A\u0627\u0628"},
  /* T31, T53 bidi controls: RLM and ALM dropped, ZWNJ kept (N4 note) */
  {"bidi", "abc\u200F\u0639\u0631\u0628\u064A \u061C\u0661 \u0645\u06CC\u200C\u062E",
   "abc\u0639\u0631\u0628\u064A \u0661 \u0645\u06CC\u200C\u062E"},
  {"bidi", "\u202B\u0639\u202C\u2067\u0628\u2069\uFEFF", "\u0639\u0628"},
  /* T04 NFC puts shadda after fatha (ccc 30 < 33), even with no flag */
  {"none", "\u0645\u062D\u0645\u0651\u064E\u062F", "\u0645\u062D\u0645\u064E\u0651\u062F"},
  /* T12, T13, T14 decomposed hamza and madda compose under NFC */
  {"none", "\u0627\u0653\u0645\u0646", "\u0622\u0645\u0646"},
  {"none", "\u0627\u0654\u062D\u0645\u062F", "\u0623\u062D\u0645\u062F"},
  {"none", "\u0627\u0655\u0633\u0644\u0627\u0645", "\u0625\u0633\u0644\u0627\u0645"},
  /* ... and then fold with alef */
  {"alef", "\u0627\u0654\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F"},
  /* a mark after an ASCII letter composes with it (the segment starts before it) */
  {"none", "cafe\u0301 x", "caf\u00E9 x"},
  /* T15, T16, T17 presentation forms and ligatures under NFKC */
  {"nfkc", "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", "\u0645\u0631\u062D\u0628\u0627"},
  {"nfkc", "\uFEFB \uFDF2", "\u0644\u0627 \u0627\u0644\u0644\u0647"},
  /* NFC leaves presentation forms alone */
  {"none", "\uFEFB", "\uFEFB"},
  /* T18 rial sign: NFKC gives Farsi yeh, persian folds it */
  {"nfkc", "\uFDFC", "\u0631\u06CC\u0627\u0644"},
  {"nfkc,persian", "\uFDFC", "\u0631\u064A\u0627\u0644"},
  /* U+FDFA expands to four words */
  {"nfkc", "\uFDFA",
   "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645"},
  /* T41 Quranic word under light: wasla kept, dagger alef and tatweel gone */
  {"light", "\u0671\u0644\u0631\u0651\u064E\u062D\u0652\u0645\u064E\u0640\u0670\u0646\u0650",
   "\u0671\u0644\u0631\u062D\u0645\u0646"},
  /* aggressive folds wasla, maksura, teh, hamza, digits too */
  {"aggressive", "\u0671\u0644\u0645\u062F\u0631\u0633\u0629 \u0639\u0644\u0649 \u0663",
   "\u0627\u0644\u0645\u062F\u0631\u0633\u0647 \u0639\u0644\u064A 3"},
  /* light leaves letters and digits alone */
  {"light", "\u0623\u0649\u0629\u0624\u0663", "\u0623\u0649\u0629\u0624\u0663"},
  /* "-flag" takes one out of a preset */
  {"light,-diacritics", "\u0643\u064E\u0640\u062A", "\u0643\u064E\u062A"},
};
/* clang-format on */

Test(normalize, mappings_follow_the_spec)
{
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    guint flags = 0;
    g_autofree char *out = NULL;
    cr_assert(mz_norm_flags_parse(cases[i].flags, &flags, NULL), "row %zu", i);
    out = normalize(flags, cases[i].in);
    cr_expect_str_eq(out, cases[i].out, "row %zu (%s): '%s' gave '%s', expected '%s'", i,
                     cases[i].flags, cases[i].in, out, cases[i].out);
  }
}

Test(normalize, presets_expand_to_their_flags)
{
  guint flags = 0;
  g_autofree char *light = NULL, *aggressive = NULL, *none = NULL;
  cr_assert(mz_norm_flags_parse("light", &flags, NULL));
  light = mz_norm_flags_to_string(flags);
  cr_expect_str_eq(light, "nfkc,bidi,tatweel,diacritics");
  cr_assert(mz_norm_flags_parse("aggressive", &flags, NULL));
  aggressive = mz_norm_flags_to_string(flags);
  cr_expect_str_eq(aggressive, "nfkc,bidi,tatweel,diacritics,alef,yeh,teh,hamza,digits");
  cr_assert(mz_norm_flags_parse("none", &flags, NULL));
  none = mz_norm_flags_to_string(flags);
  cr_expect_str_eq(none, "none");
}

Test(normalize, flag_strings_round_trip)
{
  for (guint flags = 0; flags <= MZ_NORM_ALL; flags += 37) {
    g_autofree char *s = mz_norm_flags_to_string(flags);
    guint back = 0;
    cr_assert(mz_norm_flags_parse(s, &back, NULL), "%s", s);
    cr_expect_eq(back, flags, "%s", s);
  }
}

Test(normalize, bad_flag_names_are_usage_errors)
{
  static const char *const bad[] = {"ligth", "", " , ", "light,x", "-"};
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    guint flags = 0;
    GError *error = NULL;
    cr_expect_not(mz_norm_flags_parse(bad[i], &flags, &error), "'%s' accepted", bad[i]);
    cr_expect(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT));
    g_clear_error(&error);
  }
}

Test(normalize, unchanged_text_is_not_copied)
{
  /* plain Arabic and ASCII are NFC and NFKC already: the same bytes come back */
  static const char text[] = "\u0643\u062A\u0628 \u0627\u0644\u0637\u0627\u0644\u0628 2024.";
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(MZ_NORM_LIGHT);
  g_autoptr(GBytes) in = g_bytes_new_static(text, sizeof text - 1);
  g_autoptr(GBytes) out = mz_normalizer_prepare_text(norm, in, NULL);
  gsize len = 0;
  const char *s = "\u0643\u062A\u0628";
  cr_expect_eq(out, in);
  cr_expect_eq(mz_normalizer_apply(norm, s, strlen(s), &len), s);
  cr_expect_eq(len, strlen(s));
}

Test(normalize, quran_text_loses_every_diacritic)
{
  /* Issue: "diacritics on the Quran text leaves no code point of U+064B-U+065F,
   * U+0670, U+06D6-U+06ED" (Tanzil Uthmani text, ../shared/corpus/quran) */
  g_autofree char *path = NULL, *text = NULL, *out = NULL;
  gsize marks_before = 0;
  MZ_TEST_REQUIRE_SHARED();
  path = mz_test_shared_path("corpus/quran/quran-uthmani.txt");
  text = mz_test_read_file(path, NULL);
  for (const char *p = text; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    marks_before += (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
  }
  cr_assert_gt(marks_before, 100000, "the Quran text should be heavily diacritised");
  out = normalize(MZ_NORM_DIACRITICS, text);
  for (const char *p = out; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    cr_assert_not((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED),
                  "U+%04X left at byte %td", c, p - out);
  }
}
