/* test-sentences.c - sentence boundaries (spec/arabic-text.md section 7)
 *
 * Rows S01-S14 are the spec's strings. Where ICU 72's UBRK_SENTENCE result
 * (spec 7.2) is what README "Sentences" documents, the expectation is ICU's;
 * rows marked "Mizan:" differ from ICU on purpose: the Arabic semicolon ends
 * a sentence (the list), the abbreviation list keeps "d." and "Dr."
 * inside a sentence, and a single line break (U+2028 too) joins
 * hard-wrapped lines unless --sentence-per-line. Output: tokens separated by
 * spaces, sentences by " | ".
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static char *
sentences_of(MzSentenceMode mode, const char *text)
{
  g_autoptr(MzTokenizer) tok = mz_tokenizer_new(MZ_ENGINE_FAST, NULL);
  GString *out = g_string_new(NULL);
  MzToken t;
  guint last = 0;
  mz_tokenizer_set_sentence_mode(tok, mode);
  mz_tokenizer_reset(tok, text, strlen(text));
  while (mz_tokenizer_next(tok, &t)) {
    if (out->len > 0)
      g_string_append(out, t.sentence != last ? " | " : " ");
    cr_assert(t.sentence == last || t.sentence == last + 1, "sentence numbers skip");
    g_string_append_len(out, text + t.start, (gssize)t.len);
    last = t.sentence;
  }
  return g_string_free(out, FALSE);
}

typedef struct {
  MzSentenceMode mode;
  const char *in;
  const char *expected;
} Case;

/* clang-format off */
static const Case cases[] = {
  /* S01 (= ICU) */
  {MZ_SENTENCES_SPLIT,
   "\u0630\u0647\u0628\u062A \u0627\u0644\u0633\u0648\u0642. \u0627\u0634\u062A\u0631\u064A\u062A "
   "\u062E\u0628\u0632\u0627\u061F \u0646\u0639\u0645! \u062D\u0633\u0646\u0627",
   "\u0630\u0647\u0628\u062A \u0627\u0644\u0633\u0648\u0642 . | \u0627\u0634\u062A\u0631\u064A\u062A "
   "\u062E\u0628\u0632\u0627 \u061F | \u0646\u0639\u0645 ! | \u062D\u0633\u0646\u0627"},
  /* S02 Mizan: the Arabic semicolon ends a sentence; the Arabic comma does not */
  {MZ_SENTENCES_SPLIT, "\u0642\u0627\u0644\u060C \u062B\u0645 \u0630\u0647\u0628\u061B \u0648\u0639\u0627\u062F.",
   "\u0642\u0627\u0644 \u060C \u062B\u0645 \u0630\u0647\u0628 \u061B | \u0648\u0639\u0627\u062F ."},
  /* S03 Urdu full stop U+06D4 (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u06CC\u06C1 \u06C1\u06D2\u06D4 \u0648\u06C1 \u06C1\u06D2\u06D4",
   "\u06CC\u06C1 \u06C1\u06D2 \u06D4 | \u0648\u06C1 \u06C1\u06D2 \u06D4"},
  /* S04 Mizan: d. and Dr. are abbreviations */
  {MZ_SENTENCES_SPLIT,
   "\u0642\u0627\u0644 \u062F. \u0623\u062D\u0645\u062F Dr. Smith \u0648\u0635\u0644. \u062B\u0645",
   "\u0642\u0627\u0644 \u062F . \u0623\u062D\u0645\u062F Dr . Smith \u0648\u0635\u0644 . | \u062B\u0645"},
  /* S05 full stops inside numbers (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0627\u0644\u0646\u0633\u0628\u0629 3.5 \u0648\u0663.\u0665 \u0628\u0627\u0644\u0645\u0626\u0629. \u0627\u0646\u062A\u0647\u0649",
   "\u0627\u0644\u0646\u0633\u0628\u0629 3.5 \u0648\u0663.\u0665 \u0628\u0627\u0644\u0645\u0626\u0629 . | \u0627\u0646\u062A\u0647\u0649"},
  /* S06 "..." ends a sentence, U+2026 does not (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0627\u0646\u062A\u0638\u0631... \u062B\u0645 \u0630\u0647\u0628\u2026 \u0648\u0639\u0627\u062F",
   "\u0627\u0646\u062A\u0638\u0631 ... | \u062B\u0645 \u0630\u0647\u0628 \u2026 \u0648\u0639\u0627\u062F"},
  /* S07 question and exclamation marks together (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u062D\u0642\u0627\u061F! \u0644\u0627 \u0623\u0635\u062F\u0642",
   "\u062D\u0642\u0627 \u061F ! | \u0644\u0627 \u0623\u0635\u062F\u0642"},
  /* S08 closing guillemet stays with its sentence (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0642\u0627\u0644: \u00AB\u0647\u0644 \u0623\u0646\u062A \u0628\u062E\u064A\u0631\u061F\u00BB \u0641\u0623\u062C\u0627\u0628.",
   "\u0642\u0627\u0644 : \u00AB \u0647\u0644 \u0623\u0646\u062A \u0628\u062E\u064A\u0631 \u061F \u00BB | \u0641\u0623\u062C\u0627\u0628 ."},
  /* S09 a full stop before lower-case Latin does not break (= ICU) */
  {MZ_SENTENCES_SPLIT, "He said \"Hello.\" \u062B\u0645 \u0631\u062D\u0644. it was late.",
   "He said \" Hello . \" | \u062B\u0645 \u0631\u062D\u0644 . it was late ."},
  /* S10 the end-of-ayah sign is no sentence break (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0631\u064A\u0628 \u0641\u064A\u0647 \u06DD\u0662 \u0647\u062F\u0649",
   "\u0631\u064A\u0628 \u0641\u064A\u0647 \u06DD \u0662 \u0647\u062F\u0649"},
  /* S11 Arabic triple dot U+061E (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0633\u0624\u0627\u0644\u061E \u062C\u0648\u0627\u0628",
   "\u0633\u0624\u0627\u0644 \u061E | \u062C\u0648\u0627\u0628"},
  /* S12 Mizan: a line separator joins by default, splits with --sentence-per-line */
  {MZ_SENTENCES_SPLIT, "\u0623\u0648\u0644\u2028\u062B\u0627\u0646", "\u0623\u0648\u0644 \u062B\u0627\u0646"},
  {MZ_SENTENCES_LINES, "\u0623\u0648\u0644\u2028\u062B\u0627\u0646", "\u0623\u0648\u0644 | \u062B\u0627\u0646"},
  /* S13 time then full stop (= ICU) */
  {MZ_SENTENCES_SPLIT, "\u0627\u0644\u0633\u0627\u0639\u0629 \u0661\u0660:\u0663\u0660. \u0627\u0644\u062A\u0627\u0644\u064A",
   "\u0627\u0644\u0633\u0627\u0639\u0629 \u0661\u0660 : \u0663\u0660 . | \u0627\u0644\u062A\u0627\u0644\u064A"},
  /* S14 Mizan: e.g., a. and d. are abbreviations */
  {MZ_SENTENCES_SPLIT, "see e.g. the book. \u0648\u0643\u0630\u0644\u0643 \u0623. \u062F. \u0645\u062D\u0645\u062F",
   "see e.g . the book . | \u0648\u0643\u0630\u0644\u0643 \u0623 . \u062F . \u0645\u062D\u0645\u062F"},
  /* q.m. (BC): the first stop follows an abbreviation, the second ends the sentence */
  {MZ_SENTENCES_SPLIT, "\u0639\u0627\u0645 300 \u0642.\u0645. \u062B\u0645",
   "\u0639\u0627\u0645 300 \u0642 . \u0645 . | \u062B\u0645"},
  /* an initial is an abbreviation */
  {MZ_SENTENCES_SPLIT, "J. Smith came. Then", "J . Smith came . | Then"},
  /* a blank line ends a sentence; one line break does not; CRLF counts once */
  {MZ_SENTENCES_SPLIT, "\u0623\n\u0628\n\n\u062C\r\n\r\n\u062F\u2029\u0647",
   "\u0623 \u0628 | \u062C | \u062F | \u0647"},
  {MZ_SENTENCES_LINES, "\u0623\n\u0628\r\n\u062C", "\u0623 | \u0628 | \u062C"},
  /* no splitting at all */
  {MZ_SENTENCES_NONE, "\u0623. \u0628\n\n\u062C", "\u0623 . \u0628 \u062C"},
};
/* clang-format on */

Test(sentences, spec_strings)
{
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *got = sentences_of(cases[i].mode, cases[i].in);
    cr_expect_str_eq(got, cases[i].expected, "row %zu\n got      %s\n expected %s", i, got,
                     cases[i].expected);
  }
}

Test(sentences, numbering_restarts_on_reset)
{
  g_autoptr(MzTokenizer) tok = mz_tokenizer_new(MZ_ENGINE_FAST, NULL);
  MzToken t;
  static const char a[] = "\u0623\u0628. \u062C\u062F. \u0647\u0648"; /* three Arabic sentences */
  mz_tokenizer_reset(tok, a, strlen(a));
  while (mz_tokenizer_next(tok, &t))
    ;
  cr_expect_eq(t.sentence, 2);
  mz_tokenizer_reset(tok, a, strlen(a));
  cr_assert(mz_tokenizer_next(tok, &t));
  cr_expect_eq(t.sentence, 0);
}
