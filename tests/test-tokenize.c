/* test-tokenize.c - token boundaries and types (spec/arabic-text.md sections 4 and 8)
 *
 * Each row is a test string of the spec (T-number) or an edge case of a rule
 * in README "Tokens", with the tokens our documented decisions give, written
 * "type:text | type:text". Where the spec's peers agree (ICU72, Lucene) the
 * expectation is theirs; where they differ the row follows the spec's
 * "Suggestion" column. Inputs use \u escapes; comments show the Arabic.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static char *
tokens_of(MzEngine engine, const char *text)
{
  g_autoptr(MzTokenizer) tok = mz_tokenizer_new(engine, NULL);
  GString *out = g_string_new(NULL);
  MzToken t;
  cr_assert_not_null(tok);
  mz_tokenizer_reset(tok, text, strlen(text));
  while (mz_tokenizer_next(tok, &t)) {
    cr_assert_gt(t.len, 0, "empty token at %zu", t.start);
    g_string_append_printf(out, "%s%s:%.*s", out->len ? " | " : "", mz_token_type_name(t.type),
                           (int)t.len, text + t.start);
  }
  return g_string_free(out, FALSE);
}

typedef struct {
  const char *in;
  const char *expected;
  gboolean icu_differs; /* the ICU engine splits punctuation runs finer */
} Case;

/* clang-format off */
static const Case cases[] = {
  /* T01 ktb altalib aldars */
  {"\u0643\u062A\u0628 \u0627\u0644\u0637\u0627\u0644\u0628",
   "word:\u0643\u062A\u0628 | word:\u0627\u0644\u0637\u0627\u0644\u0628", FALSE},
  /* T02 harakat stay inside the word */
  {"\u0643\u064E\u062A\u064E\u0628\u064E", "word:\u0643\u064E\u062A\u064E\u0628\u064E", FALSE},
  /* T06 tatweel inside; T07 tatweel alone is punctuation, never an empty word */
  {"\u0627\u0644\u0639\u0640\u0640\u0631\u0628\u064A\u0629 \u0640\u0640\u0640",
   "word:\u0627\u0644\u0639\u0640\u0640\u0631\u0628\u064A\u0629 | punct:\u0640\u0640\u0640", FALSE},
  /* T19 digits + meem: one token (all peers) */
  {"\u0639\u0627\u0645 \u0662\u0660\u0662\u0664\u0645",
   "word:\u0639\u0627\u0645 | word:\u0662\u0660\u0662\u0664\u0645", FALSE},
  /* T43 ASCII digits + meem */
  {"2024\u0645", "word:2024\u0645", FALSE},
  /* T20, T21, T54 decimal and thousands separators: one number (ICU72, Lucene) */
  {"\u0663\u066B\u0661\u0664 \u0661\u066C\u0660\u0660\u0660 3.5 \u0663,\u0665",
   "number:\u0663\u066B\u0661\u0664 | number:\u0661\u066C\u0660\u0660\u0660 | number:3.5 | "
   "number:\u0663,\u0665", FALSE},
  /* T22 percent sign */
  {"\u0665\u0660\u066A", "number:\u0665\u0660 | punct:\u066A", FALSE},
  /* T24 Arabic comma between digits splits (spec suggestion, unlike UAX #29) */
  {"\u0661\u060C\u0662", "number:\u0661 | punct:\u060C | number:\u0662", FALSE},
  /* T25, T26 Arabic comma and question mark */
  {"\u0646\u0639\u0645\u060C\u0644\u0627 \u062D\u0627\u0644\u0643\u061F",
   "word:\u0646\u0639\u0645 | punct:\u060C | word:\u0644\u0627 | word:\u062D\u0627\u0644\u0643 | "
   "punct:\u061F", FALSE},
  /* T29 ZWNJ and T30 ZWJ stay inside */
  {"\u0645\u06CC\u200C\u062E\u0648 \u0644\u200D\u0627",
   "word:\u0645\u06CC\u200C\u062E\u0648 | word:\u0644\u200D\u0627", FALSE},
  /* T31 a script change splits; the RLM between belongs to neither */
  {"abc\u200F\u0639\u0631\u0628\u064A", "latin:abc | word:\u0639\u0631\u0628\u064A", FALSE},
  /* T32 ZWSP and T33 NBSP split */
  {"\u0643\u0644\u0645\u0629\u200B\u0623\u062E\u0631\u0649\u00A0\u0628",
   "word:\u0643\u0644\u0645\u0629 | word:\u0623\u062E\u0631\u0649 | word:\u0628", FALSE},
  /* T34 Latin word and version number */
  {"\u0627\u0633\u062A\u062E\u062F\u0645 Python 3.11 \u0641\u064A",
   "word:\u0627\u0633\u062A\u062E\u062F\u0645 | latin:Python | number:3.11 | word:\u0641\u064A",
   FALSE},
  /* T35 URL, trailing full stop left out */
  {"\u0632\u0648\u0631\u0648\u0627 https://example.com/ar?q=1.",
   "word:\u0632\u0648\u0631\u0648\u0627 | url:https://example.com/ar?q=1 | punct:.", FALSE},
  /* T36 e-mail */
  {"\u0631\u0627\u0633\u0644\u0646\u0627 info@example.org",
   "word:\u0631\u0627\u0633\u0644\u0646\u0627 | email:info@example.org", FALSE},
  /* T37 hashtag with underscore, T38 mention */
  {"#\u0645\u0635\u0631_\u0627\u0644\u064A\u0648\u0645 @user_1",
   "hashtag:#\u0645\u0635\u0631_\u0627\u0644\u064A\u0648\u0645 | mention:@user_1", FALSE},
  /* T39 emoji with skin tone right after a word */
  {"\u0631\u0627\u0626\u0639\U0001F44D\U0001F3FD",
   "word:\u0631\u0627\u0626\u0639 | emoji:\U0001F44D\U0001F3FD", FALSE},
  /* T40 guillemets, T41 ornate parentheses around a Quranic word */
  {"\u00AB\u0645\u0631\u062D\u0628\u0627\u00BB \uFD3F\u0671\u0644\u0631\u0651\u064E\u0640\u0670\u0646\uFD3E",
   "punct:\u00AB | word:\u0645\u0631\u062D\u0628\u0627 | punct:\u00BB | punct:\uFD3F | "
   "word:\u0671\u0644\u0631\u0651\u064E\u0640\u0670\u0646 | punct:\uFD3E", FALSE},
  /* T42 a stray Quranic mark is "other", the end-of-ayah sign a symbol */
  {"\u0631\u064E\u064A\u0652\u0628\u064E \u06D6 \u06DD\u0662",
   "word:\u0631\u064E\u064A\u0652\u0628\u064E | other:\u06D6 | symbol:\u06DD | number:\u0662",
   FALSE},
  /* T44 hyphen, T45 year range, T46 time, T47 date */
  {"\u062B\u0646\u0627\u0626\u064A-\u0627\u0644\u0644\u063A\u0629 \u0661\u0669-\u0662\u0660 "
   "\u0661\u0660:\u0663\u0660 \u0662\u0660/\u0660\u0661",
   "word:\u062B\u0646\u0627\u0626\u064A | punct:- | word:\u0627\u0644\u0644\u063A\u0629 | "
   "number:\u0661\u0669 | punct:- | number:\u0662\u0660 | number:\u0661\u0660 | punct:: | "
   "number:\u0663\u0660 | number:\u0662\u0660 | punct:/ | number:\u0660\u0661", FALSE},
  /* T53 ALM before digits is not part of the number */
  {"\u061C\u0661\u0662\u0663", "number:\u0661\u0662\u0663", FALSE},
  /* T15 presentation forms are Arabic letters; T18 bismillah and rial signs are symbols */
  {"\uFEE3\uFEAE\uFEA3\uFE92\uFE8E \uFDFD \uFDFC",
   "word:\uFEE3\uFEAE\uFEA3\uFE92\uFE8E | symbol:\uFDFD | symbol:\uFDFC", FALSE},
  /* a missing space after an Arabic full stop still splits (Mizan refinement of WB6) */
  {"\u0627\u0644\u0633\u0648\u0642.\u0627\u0634\u062A\u0631\u064A\u062A",
   "word:\u0627\u0644\u0633\u0648\u0642 | punct:. | word:\u0627\u0634\u062A\u0631\u064A\u062A",
   FALSE},
  /* Latin MidLetter joins (UAX #29 WB6/7) */
  {"l'Aube e.g. don\u2019t", "latin:l'Aube | latin:e.g | punct:. | latin:don\u2019t", FALSE},
  /* runs of one punctuation character are one token */
  {"\u0644\u0627... \u061F\u061F", "word:\u0644\u0627 | punct:... | punct:\u061F\u061F", TRUE},
  {"COVID-19 v1.2 _x", "latin:COVID | punct:- | number:19 | latin:v1.2 | latin:_x", FALSE},
  /* www URL with a trailing comma; a bracket that is part of the URL */
  {"www.example.com/a, (https://x.org/a_(b))",
   "url:www.example.com/a | punct:, | punct:( | url:https://x.org/a_(b) | punct:)", FALSE},
  /* flags, ZWJ sequences, a pictograph with and without VS16 */
  {"\U0001F1F9\U0001F1F3 \U0001F468\u200D\U0001F469\u200D\U0001F467 \u2764\uFE0F \u00A9",
   "emoji:\U0001F1F9\U0001F1F3 | emoji:\U0001F468\u200D\U0001F469\u200D\U0001F467 | "
   "emoji:\u2764\uFE0F | symbol:\u00A9", FALSE},
  /* marks with no base letter: one "other" token, not a word */
  {"\u064B\u064C \u0628", "other:\u064B\u064C | word:\u0628", FALSE},
  /* a lone # or @ is punctuation */
  {"# @ \u0628", "punct:# | punct:@ | word:\u0628", FALSE},
  /* Cyrillic letters are "other" and split from Arabic */
  {"\u043C\u0438\u0440\u0633\u0644\u0627\u0645", "other:\u043C\u0438\u0440 | word:\u0633\u0644\u0627\u0645",
   FALSE},
};
/* clang-format on */

Test(tokenize, spec_strings_fast_engine)
{
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *got = tokens_of(MZ_ENGINE_FAST, cases[i].in);
    cr_expect_str_eq(got, cases[i].expected, "row %zu: '%s'\n got      %s\n expected %s", i,
                     cases[i].in, got, cases[i].expected);
  }
}

Test(tokenize, spec_strings_icu_engine)
{
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *got = tokens_of(MZ_ENGINE_ICU, cases[i].in);
    if (cases[i].icu_differs)
      continue;
    cr_expect_str_eq(got, cases[i].expected, "row %zu: '%s'\n got      %s\n expected %s", i,
                     cases[i].in, got, cases[i].expected);
  }
}

Test(tokenize, icu_engine_splits_punctuation_runs)
{
  /* UAX #29 gives each punctuation character its own segment (WB999) */
  g_autofree char *got = tokens_of(MZ_ENGINE_ICU, "\u0644\u0627...");
  cr_expect_str_eq(got, "word:\u0644\u0627 | punct:. | punct:. | punct:.");
}

Test(tokenize, offsets_are_bytes_of_the_text)
{
  /* " ab \u0643\u062A\u0628" : ab at 1..3, ktb at 4..10 (3 letters x 2 bytes) */
  static const char text[] = " ab \u0643\u062A\u0628";
  g_autoptr(MzTokenizer) tok = mz_tokenizer_new(MZ_ENGINE_FAST, NULL);
  MzToken t;
  mz_tokenizer_reset(tok, text, strlen(text));
  cr_assert(mz_tokenizer_next(tok, &t));
  cr_expect_eq(t.start, 1);
  cr_expect_eq(t.len, 2);
  cr_assert(mz_tokenizer_next(tok, &t));
  cr_expect_eq(t.start, 4);
  cr_expect_eq(t.len, 6);
  cr_expect_not(mz_tokenizer_next(tok, &t));
}

Test(tokenize, pretokenized_lines_are_tokens)
{
  /* vertical input: each line is one token whatever it contains */
  static const char text[] = "\u0641\u064A\n3.5%\n\nNew York\r\n\u061F";
  g_autoptr(MzTokenizer) tok = mz_tokenizer_new(MZ_ENGINE_FAST, NULL);
  g_autoptr(GString) got = g_string_new(NULL);
  MzToken t;
  mz_tokenizer_set_pretokenized(tok, TRUE);
  mz_tokenizer_reset(tok, text, strlen(text));
  while (mz_tokenizer_next(tok, &t))
    g_string_append_printf(got, "%s:%.*s|", mz_token_type_name(t.type), (int)t.len, text + t.start);
  cr_expect_str_eq(got->str, "word:\u0641\u064A|number:3.5%|latin:New York|punct:\u061F|");
}

Test(tokenize, type_lists_parse)
{
  guint mask = 0;
  GError *error = NULL;
  cr_assert(mz_token_types_parse("word, number", &mask, NULL));
  cr_expect_eq(mask, MZ_TOKEN_MASK(MZ_TOKEN_WORD) | MZ_TOKEN_MASK(MZ_TOKEN_NUMBER));
  cr_assert(mz_token_types_parse("all", &mask, NULL));
  cr_expect_eq(mask, MZ_TOKEN_MASK_ALL);
  cr_expect_not(mz_token_types_parse("words", &mask, &error));
  cr_expect(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT));
  g_clear_error(&error);
}
