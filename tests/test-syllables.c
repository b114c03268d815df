/* test-syllables.c - OSMAN's syllables of words, and the counts of texts in both modes
 *
 * Expected values come from spec/readability.md: the single words of 1.6 (Java SYL, with
 * the short/long/stress split it gives for two of them), the mark-order note of 1.6, the
 * four test texts of 1.6 (Java HEAD's W, S, SYL, CW, LW, FW), the splitting examples of 1.3;
 * from hand counts under the rules of 1.4 and section 0 (worked in comments); and, for the
 * WikiNews paragraph and the paper-mode counts of the test texts, from
 * tests/data/cli/readability-check.py, an independent /usr/bin/python3 implementation of
 * the spec's rules (regular-expression words, unicodedata for letters and NFC).
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static MzSyllables
count(const char *word)
{
  MzSyllables s;
  mz_syllables_count(word, strlen(word), &s);
  return s;
}

typedef struct {
  const char *word;
  guint weighted;
  guint shrt, lng, stress;
  gboolean estimated;
} WordRow;

/* Arabic test table (written as escapes; each word in its comment). Totals from spec 1.6;
 * the split by hand from spec 1.4 (short: a vowel not followed by alef/waw/yeh; long: one
 * that is; stress: tanwin, shadda; no short vowel: letters other than alef - 2). */
static const WordRow word_rows[] = {
    /* kataba: 3 short */
    {"\u0643\u064E\u062A\u064E\u0628\u064E", 3, 3, 0, 0, FALSE},
    /* kitaabun: ki short, ta+alef long, tanwin stress (spec: 1/1/1) */
    {"\u0643\u0650\u062A\u064E\u0627\u0628\u064C", 5, 1, 1, 1, FALSE},
    /* maktabun: ma, ta short; tanwin */
    {"\u0645\u064E\u0643\u0652\u062A\u064E\u0628\u064C", 4, 2, 0, 1, FALSE},
    /* shaddada typed shadda before fatha: 3 short, 1 stress either way */
    {"\u0634\u064E\u062F\u0651\u064E\u062F\u064E", 5, 3, 0, 1, FALSE},
    /* yaktubuuna: ya, tu, na short; bu+waw long (spec: 3/1) */
    {"\u064A\u064E\u0643\u0652\u062A\u064F\u0628\u064F\u0648\u0646\u064E", 5, 3, 1, 0, FALSE},
    /* madrasatun: ma, ra, sa short; tanwin */
    {"\u0645\u064E\u062F\u0652\u0631\u064E\u0633\u064E\u0629\u064C", 5, 3, 0, 1, FALSE},
    /* ktb undiacritized: 3 - 2 */
    {"\u0643\u062A\u0628", 1, 1, 0, 0, TRUE},
    /* ktab: alef left out, 3 - 2 */
    {"\u0643\u062A\u0627\u0628", 1, 1, 0, 0, TRUE},
    /* ystkhdmwn: 8 - 2 */
    {"\u064A\u0633\u062A\u062E\u062F\u0645\u0648\u0646", 6, 6, 0, 0, TRUE},
    /* kaan with fatha then shadda (canonical): spec 1.6 gives 3 */
    {"\u0643\u064E\u0651\u0627\u0646", 3, 1, 0, 1, FALSE},
    /* the same typed shadda then fatha: Java gives 6, Mizan reads the canonical order: 3 */
    {"\u0643\u0651\u064E\u0627\u0646", 3, 1, 0, 1, FALSE},
    /* min: 2 letters, the estimate is never below 0 */
    {"\u0645\u0646", 0, 0, 0, 0, TRUE},
    /* marra with shadda only: no short vowel, so the estimate (3 - 2) plus the stress */
    {"\u0645\u0631\u0651\u0629", 3, 1, 0, 1, TRUE},
};

Test(syllables, spec_single_words)
{
  for (guint i = 0; i < G_N_ELEMENTS(word_rows); i++) {
    const WordRow *r = &word_rows[i];
    MzSyllables s = count(r->word);
    cr_expect_eq(mz_syllables_weighted(&s), r->weighted, "row %u: SYL %u, expected %u", i,
                 mz_syllables_weighted(&s), r->weighted);
    cr_expect(s.short_syllables == r->shrt && s.long_syllables == r->lng &&
                  s.stress_syllables == r->stress && s.estimated == r->estimated,
              "row %u: %u/%u/%u estimated %d, expected %u/%u/%u %d", i, s.short_syllables,
              s.long_syllables, s.stress_syllables, s.estimated, r->shrt, r->lng, r->stress,
              r->estimated);
  }
}

/* kitaabun: letters k, t, alef, b = 4; k (kasra), t (fatha), b (dammatan) carry a haraka, the
 * alef none: 3. Tatweel is no letter. Java's complex-word marks U+064B-U+0651: 3. */
Test(syllables, letters_and_diacritized_letters)
{
  MzSyllables s = count("\u0643\u0650\u062A\u064E\u0627\u0628\u064C");
  MzSyllables t = count("\u0643\u0640\u062A\u0640\u0628"); /* k-t-b with tatweels */
  MzSyllables sukun = count("\u0645\u0650\u0646\u0652");   /* min with kasra and sukun */
  cr_expect(s.letters == 4 && s.diacritized == 3 && s.harakat == 3, "%u %u %u", s.letters,
            s.diacritized, s.harakat);
  cr_expect(t.letters == 3 && t.diacritized == 0 && t.estimated, "%u %u", t.letters, t.diacritized);
  /* both letters carry a mark; sukun is no Java complex-word mark */
  cr_expect(sukun.diacritized == 2 && sukun.harakat == 1, "%u %u", sukun.diacritized,
            sukun.harakat);
}

typedef struct {
  const char *word;
  gboolean letter, ending;
} FaseehRow;

/* Arabic test table: spec 0's Faseeh letters and word-final bigrams (marks ignored) */
static const FaseehRow faseeh_rows[] = {
    {"\u0630\u0647\u0628", TRUE, FALSE},                   /* dhahaba: thal */
    {"\u0645\u0633\u0624\u0648\u0644", TRUE, FALSE},       /* mas'uul: waw hamza */
    {"\u0643\u062A\u0628\u0648\u0627", FALSE, TRUE},       /* katabuu: waw alef */
    {"\u064A\u0643\u062A\u0628\u0648\u0646", FALSE, TRUE}, /* yaktubuun: waw noon */
    {"\u064A\u064E\u0643\u0652\u062A\u064F\u0628\u064F\u0648\u0646\u064E", FALSE, TRUE},
    {"\u0648\u0627\u0644\u0643\u062A\u0627\u0628", FALSE, FALSE}, /* walkitaab: waw alef first */
    {"\u0643\u062A\u0627\u0628", FALSE, FALSE},                   /* kitaab */
};

Test(syllables, faseeh_letters_and_endings)
{
  for (guint i = 0; i < G_N_ELEMENTS(faseeh_rows); i++) {
    MzSyllables s = count(faseeh_rows[i].word);
    cr_expect(s.faseeh_letter == faseeh_rows[i].letter && s.faseeh_ending == faseeh_rows[i].ending,
              "row %u: letter %d ending %d", i, s.faseeh_letter, s.faseeh_ending);
  }
}

Test(syllables, empty_word_counts_nothing)
{
  MzSyllables s;
  mz_syllables_count("", 0, &s);
  cr_expect(s.letters == 0 && mz_syllables_weighted(&s) == 0 && s.estimated);
}

/* spec 1.6's four test texts: OSMAN's Java HEAD counts. */
typedef struct {
  const char *file;
  gint64 words, sentences, shrt, lng, stress, complex, lng_words, faseeh;
} TextRow;

static const TextRow reference_rows[] = {
    {"readability-osman-easy.txt", 9, 2, 33, 0, 0, 0, 4, 0},
    {"readability-osman-harder.txt", 22, 1, 78, 0, 0, 0, 11, 0},
    {"readability-osman-hard.txt", 50, 1, 207, 0, 0, 0, 30, 6},
    {"readability-osman-tashkeel.txt", 5, 1, 13, 2, 1, 2, 4, 0},
};

static char *
read_cli_data(const char *name, gsize *len)
{
  g_autofree char *rel = g_strconcat("cli/", name, NULL);
  g_autofree char *path = mz_test_data_path(rel);
  return mz_test_read_file(path, len);
}

Test(syllables, reference_mode_counts_the_java_vectors)
{
  for (guint i = 0; i < G_N_ELEMENTS(reference_rows); i++) {
    const TextRow *r = &reference_rows[i];
    gsize len;
    g_autofree char *text = read_cli_data(r->file, &len);
    MzTextCounts c;
    mz_text_counts_init(&c);
    mz_text_counts_set_osman_reference(&c, text, len);
    cr_expect(c.words == r->words && c.sentences == r->sentences,
              "%s: W %" G_GINT64_FORMAT " S %" G_GINT64_FORMAT, r->file, c.words, c.sentences);
    cr_expect(c.short_syllables == r->shrt && c.long_syllables == r->lng &&
                  c.stress_syllables == r->stress,
              "%s: syllables %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, r->file,
              c.short_syllables, c.long_syllables, c.stress_syllables);
    cr_expect(c.complex_words == r->complex && c.long_words == r->lng_words &&
                  c.faseeh_words == r->faseeh,
              "%s: CW %" G_GINT64_FORMAT " LW %" G_GINT64_FORMAT " FW %" G_GINT64_FORMAT, r->file,
              c.complex_words, c.long_words, c.faseeh_words);
  }
}

/* spec 1.3: a free-standing Arabic comma or question mark is a word (W = 7); "..." gives
 * S = 4; "3.5" does not split; countChars keeps punctuation: the easy text has 41 letters
 * and one '.', 42 (spec 2's ARI 2.80 = 4.71 * 42/9 + 0.5 * 4.5 - 21.43). */
Test(syllables, reference_mode_splits_as_java_does)
{
  static const struct {
    const char *text;
    gint64 words, sentences;
  } rows[] = {
      /* dhahaba al-walad , thumma aad ? naam */
      {"\u0630\u0647\u0628 \u0627\u0644\u0648\u0644\u062F \u060C \u062B\u0645 \u0639\u0627\u062F "
       "\u061F \u0646\u0639\u0645",
       7, 1},
      /* jumla uula... jumla thaaniya */
      {"\u062C\u0645\u0644\u0629 \u0623\u0648\u0644\u0649... \u062C\u0645\u0644\u0629 "
       "\u062B\u0627\u0646\u064A\u0629",
       4, 4},
      /* nisba 3.5 bilmi'a */
      {"\u0646\u0633\u0628\u0629 3.5 \u0628\u0627\u0644\u0645\u0626\u0629", 2, 1},
  };
  gsize len;
  g_autofree char *easy = read_cli_data("readability-osman-easy.txt", &len);
  MzTextCounts c;
  for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
    mz_text_counts_init(&c);
    mz_text_counts_set_osman_reference(&c, rows[i].text, strlen(rows[i].text));
    cr_expect(c.words == rows[i].words && c.sentences == rows[i].sentences,
              "row %u: W %" G_GINT64_FORMAT " S %" G_GINT64_FORMAT, i, c.words, c.sentences);
  }
  mz_text_counts_init(&c);
  mz_text_counts_set_osman_reference(&c, easy, len);
  cr_expect_eq(c.letters, 42);
}

/* The two orders of kaan: Java would count 6 for shadda-then-fatha; canonical order gives 3. */
Test(syllables, reference_mode_reads_marks_in_canonical_order)
{
  static const char *const typed[] = {"\u0643\u064E\u0651\u0627\u0646",
                                      "\u0643\u0651\u064E\u0627\u0646"};
  for (guint i = 0; i < G_N_ELEMENTS(typed); i++) {
    MzTextCounts c;
    mz_text_counts_init(&c);
    mz_text_counts_set_osman_reference(&c, typed[i], strlen(typed[i]));
    cr_expect_eq(mz_text_counts_syllables(&c), 3, "order %u: %" G_GINT64_FORMAT, i,
                 mz_text_counts_syllables(&c));
  }
}

Test(syllables, reference_mode_without_words_counts_nothing)
{
  static const char *const texts[] = {"", " \n\t", "2014 - 15 ."};
  for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
    MzTextCounts c;
    mz_text_counts_init(&c);
    mz_text_counts_set_osman_reference(&c, texts[i], strlen(texts[i]));
    cr_expect(c.words == 0 && c.sentences == 0 && mz_text_counts_syllables(&c) == 0 &&
                  c.letters == 0,
              "text %u", i);
  }
}

/* Words of a file through the analyzer (fast engine, light normalization), as the tool does. */
static void
count_file(const char *name, MzTextCounts *c)
{
  GError *error = NULL;
  MzAnalyzerOptions opts;
  gsize len;
  char *text = read_cli_data(name, &len);
  g_autoptr(GBytes) bytes = g_bytes_new_take(text, len);
  g_autoptr(MzDocument) doc = mz_document_new(name, name, bytes);
  g_autoptr(MzAnalyzer) an = NULL;
  MzTokenInfo t;
  mz_analyzer_options_init(&opts);
  opts.types = MZ_TOKEN_MASK(MZ_TOKEN_WORD);
  an = mz_analyzer_new(&opts, &error);
  cr_assert(an != NULL && mz_analyzer_begin(an, doc, &error), "%s", error ? error->message : "?");
  mz_text_counts_init(c);
  while (mz_analyzer_next(an, &t))
    mz_text_counts_add_word(c, t.surface, t.surface_len, t.token.sentence);
}

/* Paper mode on the easy text, by hand: 9 words in 2 sentences, 41 letters; SYL per word
 * 1+1+3+0+4+1+1+2+5 = 18; long (> 5 letters) 2, LIX long (> 6) 2; complex (> 4) 1. */
Test(syllables, paper_mode_counts_word_by_word)
{
  MzTextCounts c;
  count_file("readability-osman-easy.txt", &c);
  cr_expect(c.words == 9 && c.sentences == 2 && c.letters == 41 && c.word_letters == 41);
  cr_expect(mz_text_counts_syllables(&c) == 18 && c.estimated_words == 9);
  cr_expect(c.long_words == 2 && c.lix_long_words == 2 && c.complex_words == 1 &&
            c.faseeh_words == 0);
}

/* A WikiNews paragraph fully diacritized and the same with U+064B-U+0652 removed
 * (readability-check.py): the same 47 words, 2 sentences, 243 letters; measured syllables
 * 96 short, 47 long, 19 stress (228) and 182 diacritized letters, against the estimate 114
 * with nothing diacritized. */
Test(syllables, wikinews_paragraph_diacritized_and_plain)
{
  MzTextCounts d, p;
  count_file("readability-wikinews-diacritized.txt", &d);
  count_file("readability-wikinews-plain.txt", &p);
  cr_expect(d.words == 47 && p.words == 47 && d.sentences == 2 && p.sentences == 2);
  cr_expect(d.letters == 243 && p.letters == 243);
  cr_expect(d.short_syllables == 96 && d.long_syllables == 47 && d.stress_syllables == 19,
            "%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, d.short_syllables,
            d.long_syllables, d.stress_syllables);
  cr_expect(d.diacritized_letters == 182 && p.diacritized_letters == 0);
  cr_expect(mz_text_counts_syllables(&p) == 114 && p.estimated_words == 47 &&
            p.long_syllables == 0);
}
