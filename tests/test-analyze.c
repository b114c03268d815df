/* test-analyze.c - the pipeline from a document to filtered, normalized, stemmed tokens
 *
 * Expected values follow the documented order of steps (README "How Arabic
 * text is processed"), the normalization mappings of DESIGN.md, and the
 * Light10 rules of spec 5.2 worked by hand in the comments.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static MzDocument *
document(const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new(text, strlen(text));
  return mz_document_new("test", "test", bytes);
}

/* "type:norm/stem" of each token the analyzer gives, with " | " between
 * sentences and " " between tokens. */
static char *
analyze(const MzAnalyzerOptions *opts, MzDocument *doc)
{
  g_autoptr(MzAnalyzer) an = mz_analyzer_new(opts, NULL);
  GString *out = g_string_new(NULL);
  MzTokenInfo t;
  guint last = 0;
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  while (mz_analyzer_next(an, &t)) {
    if (out->len > 0)
      g_string_append(out, t.token.sentence != last ? " | " : " ");
    g_string_append_printf(out, "%s:%.*s/%.*s", mz_token_type_name(t.token.type), (int)t.norm_len,
                           t.norm, (int)t.stem_len, t.stem);
    last = t.token.sentence;
  }
  return g_string_free(out, FALSE);
}

Test(analyze, stems_word_tokens_only)
{
  /* wbalktab -> ktab (Light10 steps 1 and 3); 2024 is a number: no stemming */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("\u0648\u0628\u0627\u0644\u0643\u062A\u0627\u0628 2024");
  g_autofree char *got = NULL;
  mz_analyzer_options_init(&opts);
  opts.stemmer = MZ_STEM_LIGHT;
  got = analyze(&opts, doc);
  cr_expect_str_eq(got,
                   "word:\u0648\u0628\u0627\u0644\u0643\u062A\u0627\u0628/\u0643\u062A\u0627\u0628 "
                   "number:2024/2024");
}

Test(analyze, stop_list_written_with_hamza_and_harakat_matches)
{
  /* the list has an entry written with alef-hamza and a fatha; under aggressive
   * normalization it is bare alef, as is the token written with madda */
  static const char list[] = "# a test list\n\u0623\u064E\u0646\n";
  MzAnalyzerOptions opts;
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(MZ_NORM_AGGRESSIVE);
  g_autoptr(MzStopwords) stop = mz_stopwords_new_from_data(list, strlen(list), "list", norm, NULL);
  g_autoptr(MzDocument) doc = document("\u0622\u0646 \u0643\u062A\u0628");
  g_autofree char *got = NULL;
  cr_assert_not_null(stop);
  mz_analyzer_options_init(&opts);
  opts.norm_flags = MZ_NORM_AGGRESSIVE;
  opts.stopwords = stop;
  got = analyze(&opts, doc);
  cr_expect_str_eq(got, "word:\u0643\u062A\u0628/\u0643\u062A\u0628");
}

Test(analyze, tokens_never_become_empty)
{
  /* a tatweel used as a dash keeps its surface form as its norm */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("\u062A\u0648\u0646\u0633 \u0640 \u0648\u0627\u062A");
  g_autofree char *got = NULL;
  mz_analyzer_options_init(&opts);
  got = analyze(&opts, doc);
  cr_expect_str_eq(got,
                   "word:\u062A\u0648\u0646\u0633/\u062A\u0648\u0646\u0633 punct:\u0640/\u0640 "
                   "word:\u0648\u0627\u062A/\u0648\u0627\u062A");
}

Test(analyze, nfkc_expands_a_ligature_into_words)
{
  /* U+FDFA is "salla allahu alayhi wa sallam": four word tokens under light */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("\uFDFA");
  g_autofree char *got = NULL;
  mz_analyzer_options_init(&opts);
  opts.types = MZ_TOKEN_MASK(MZ_TOKEN_WORD);
  got = analyze(&opts, doc);
  cr_expect_str_eq(
      got, "word:\u0635\u0644\u0649/\u0635\u0644\u0649 word:\u0627\u0644\u0644\u0647/"
           "\u0627\u0644\u0644\u0647 word:\u0639\u0644\u064A\u0647/\u0639\u0644\u064A\u0647 "
           "word:\u0648\u0633\u0644\u0645/\u0648\u0633\u0644\u0645");
}

Test(analyze, given_sentences_are_kept_and_put_in_nfc)
{
  /* two sentences given by the input (as CoNLL-U does): no splitting at the
   * full stop inside the first; shadda+fatha (typed in that order) comes out
   * in canonical order, then the diacritics go */
  static const char text[] = "\u0623. \u0628\n\u0645\u062D\u0645\u0651\u064E\u062F";
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document(text);
  g_autoptr(MzAnalyzer) an = NULL;
  MzTokenInfo t;
  g_autofree char *got = NULL;
  mz_document_add_sentence(doc, 0, 6, "s1");
  mz_document_add_sentence(doc, 7, strlen(text) - 7, "s2");
  mz_analyzer_options_init(&opts);
  got = analyze(&opts, doc);
  cr_expect_str_eq(got, "word:\u0623/\u0623 punct:./. word:\u0628/\u0628 | "
                        "word:\u0645\u062D\u0645\u062F/\u0645\u062D\u0645\u062F");
  an = mz_analyzer_new(&opts, NULL);
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  while (mz_analyzer_next(an, &t))
    cr_expect_str_eq(t.sentence_id, t.token.sentence == 0 ? "s1" : "s2");
  cr_expect_eq(mz_analyzer_n_sentences(an), 2);
}

Test(analyze, offsets_point_into_the_prepared_text)
{
  /* after NFKC, U+FEFB (lam-alef ligature) is two letters: the offsets and
   * the surface form refer to the prepared text */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("x \uFEFB");
  g_autoptr(MzAnalyzer) an = NULL;
  MzTokenInfo t;
  gsize len = 0;
  const char *text;
  mz_analyzer_options_init(&opts);
  an = mz_analyzer_new(&opts, NULL);
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  cr_assert(mz_analyzer_next(an, &t));
  cr_assert(mz_analyzer_next(an, &t));
  text = mz_analyzer_text(an, &len);
  cr_expect_eq(t.token.start, 2);
  cr_expect_eq(t.token.len, 4);
  cr_expect(memcmp(text + t.token.start, "\u0644\u0627", 4) == 0);
  cr_expect_eq(t.surface, text + t.token.start);
}

Test(analyze, words_are_counted_before_filters)
{
  /* --types=punct keeps only the full stop, but the document has two words */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("\u0623 \u0628.");
  g_autoptr(MzAnalyzer) an = NULL;
  MzTokenInfo t;
  guint n = 0;
  mz_analyzer_options_init(&opts);
  opts.types = MZ_TOKEN_MASK(MZ_TOKEN_PUNCT);
  an = mz_analyzer_new(&opts, NULL);
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  while (mz_analyzer_next(an, &t))
    n++;
  cr_expect_eq(n, 1);
  cr_expect_eq(mz_analyzer_n_words(an), 2);
}

Test(analyze, pretokenized_documents_keep_their_tokens)
{
  /* vertical input: "New York" stays one token */
  MzAnalyzerOptions opts;
  g_autoptr(MzDocument) doc = document("New York\n\u0641\u064A");
  g_autofree char *got = NULL;
  doc->pretokenized = TRUE;
  mz_analyzer_options_init(&opts);
  got = analyze(&opts, doc);
  cr_expect_str_eq(got, "latin:New York/New York word:\u0641\u064A/\u0641\u064A");
}
