/* test-kwic.c - concordance: node matching (four modes) and context cutting
 *
 * Expected values are worked by hand from the rules in corpus/kwic.h (and
 * the README): the normalization mappings of DESIGN.md, Light10 as in spec
 * 5.2 and T49, the diacritics-optional rules, and the token lists given in
 * the comments of the tables. Diacritized words come from
 * ../shared/corpus/wikinews (WikiNewsTruth.txt; in Buckwalter: >an~a, >ano,
 * fiylomu, fiylomi, fiylomN, Alofiylomu, qad~ama, qadamK, taro$iyHFA), the
 * Quran (spec T41: {lr~aHoma_`ni) and tests/data/cli/two-sentences.txt.
 * Arabic appears only in the test tables (marked) and their comments.
 * Collation orders were checked with python3 ctypes over libicui18n
 * (ucol_open("ar"), ucol_strcollUTF8), ICU parse error offsets likewise
 * (uregex_open, UParseError.offset).
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

static MzDocument *
document(const char *id, const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new(text, strlen(text));
  return mz_document_new(id, id, bytes);
}

static void
analyzer_options(MzAnalyzerOptions *opts, guint norm, MzStemmer stemmer)
{
  mz_analyzer_options_init(opts);
  opts->norm_flags = norm;
  opts->stemmer = stemmer;
  opts->types = MZ_TOKEN_MASK_WORDS; /* what the statistics count */
}

/* ---- matching ---- */

typedef struct {
  const char *text;
  const char *query;
  MzKwicMode mode;
  guint norm;
  MzStemmer stemmer;
  guint flags;
  const char *expected; /* 1-based positions of the matching tokens, comma-separated */
} MatchCase;

/* The positions (among word, latin and number tokens) that the query matches. */
static char *
matched_positions(const MatchCase *c)
{
  MzAnalyzerOptions opts;
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzKwicMatcher) m = NULL;
  g_autoptr(MzDocument) doc = document("t", c->text);
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new(NULL);
  MzTokenInfo t;
  guint i = 0;
  analyzer_options(&opts, c->norm, c->stemmer);
  an = mz_analyzer_new(&opts, NULL);
  m = mz_kwic_matcher_new(c->query, c->mode, mz_analyzer_get_normalizer(an), c->stemmer, c->flags,
                          &error);
  cr_assert_not_null(m, "query '%s': %s", c->query, error != NULL ? error->message : "?");
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  while (mz_analyzer_next(an, &t))
    if (++i, mz_kwic_matcher_match(m, &t))
      g_string_append_printf(out, "%s%u", out->len > 0 ? "," : "", i);
  return g_string_free(out, FALSE);
}

#define N MZ_KWIC_MATCH_NORM
#define F MZ_KWIC_MATCH_FORM
#define S MZ_KWIC_MATCH_STEM
#define R MZ_KWIC_MATCH_REGEX
#define LIGHT MZ_NORM_LIGHT
#define AGGR MZ_NORM_AGGRESSIVE
#define NOSTEM MZ_STEM_NONE

/* Arabic test table. */
static const MatchCase norm_cases[] = {
    /* tokens: 1 ذهبتُ 2 إلى 3 السوقِ 4 اشتريتُ 5 خبزاً 6 من 7 السوق; the query's kasra goes */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "السوقِ", N, LIGHT, NOSTEM, 0, "3,7"},
    /* tatweel in the query is dropped like in tokens */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "الســوق", N, LIGHT, NOSTEM, 0, "3,7"},
    /* خبزاً -> خبزا (tanwin dropped) */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "خبزا", N, LIGHT, NOSTEM, 0, "5"},
    /* light keeps hamza-alef and alef maksura: الى is not إلى */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "الى", N, LIGHT, NOSTEM, 0, ""},
    /* aggressive: إلى -> الي (alef, yeh) and الى -> الي */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "الى", N, AGGR, NOSTEM, 0, "2"},
    /* presentation forms ﺍﻟﺴﻮﻖ, NFKC -> السوق (python3 unicodedata.normalize('NFKC')) */
    {"ذهبتُ إلى السوقِ. اشتريتُ خبزاً من السوق", "\uFE8D\uFEDF\uFEB4\uFEEE\uFED6", N, LIGHT, NOSTEM, 0,
     "3,7"},
    /* the node is compared whole: من is not a prefix match of anything else */
    {"من منزل من", "من", N, LIGHT, NOSTEM, 0, "1,3"},
};

/* Arabic test table. */
static const MatchCase stem_cases[] = {
    /* Light10: وبالكتاب -> كتاب (spec T49), كتاب stays, الكتب -> كتب; query الكتاب -> كتاب */
    {"وبالكتاب كتاب الكتب", "الكتاب", S, LIGHT, MZ_STEM_LIGHT, 0, "1,2"},
    /* query كتابها: suffix ها -> كتاب */
    {"وبالكتاب كتاب الكتب", "كتابها", S, LIGHT, MZ_STEM_LIGHT, 0, "1,2"},
    /* query الكتب -> كتب */
    {"وبالكتاب كتاب الكتب", "الكتب", S, LIGHT, MZ_STEM_LIGHT, 0, "3"},
};

/* Arabic test table. */
static const MatchCase regex_cases[] = {
    /* whole token by default */
    {"كازاخستان قازاقستان باكستان ستان", "ستان", R, LIGHT, NOSTEM, 0, "4"},
    {"كازاخستان قازاقستان باكستان ستان", "ستان", R, LIGHT, NOSTEM, MZ_KWIC_REGEX_SEARCH, "1,2,3,4"},
    {"كازاخستان قازاقستان باكستان ستان", "(كا|قا).*ستان", R, LIGHT, NOSTEM, 0, "1,2"},
    {"كازاخستان قازاقستان باكستان ستان", "^ستان", R, LIGHT, NOSTEM, MZ_KWIC_REGEX_SEARCH, "4"},
    /* over the normalized token: the harakat of كَتَبَ are gone, so كتب matches it whole */
    {"كَتَبَ كتبت", "كتب", R, LIGHT, NOSTEM, 0, "1"},
    /* the pattern is normalized too: under aggressive أح.* is اح.*, which matches all three */
    {"أحمد احمد إحسان", "أح.*", R, AGGR, NOSTEM, 0, "1,2,3"},
    {"أحمد احمد إحسان", "أح.*", R, LIGHT, NOSTEM, 0, "1"},
    {"Python python PYTHON", "python", R, LIGHT, NOSTEM, 0, "2"},
    {"Python python PYTHON", "python", R, LIGHT, NOSTEM, MZ_KWIC_IGNORE_CASE, "1,2,3"},
};

/* Diacritics optional (form mode). Arabic test table. */
static const MatchCase form_cases[] = {
    /* 1 أَنَّ 2 أَنْ 3 أن 4 إن. A bare query matches every diacritization, not other letters */
    {"أَنَّ أَنْ أن إن", "أن", F, LIGHT, NOSTEM, 0, "1,2,3"},
    /* shadda on nun: contradicts the sukun of 2 (rule 2), not the fatha+shadda of 1 */
    {"أَنَّ أَنْ أن إن", "أنّ", F, LIGHT, NOSTEM, 0, "1,3"},
    /* sukun on nun: 1 has fatha there (rule 1; and shadda, rule 2) */
    {"أَنَّ أَنْ أن إن", "أَنْ", F, LIGHT, NOSTEM, 0, "2,3"},
    /* damma on alef-hamza: 1 and 2 have fatha there */
    {"أَنَّ أَنْ أن إن", "أُن", F, LIGHT, NOSTEM, 0, "3"},
    /* shadda typed before fatha: NFC puts them in one order, the marks are a set */
    {"أَنَّ أَنْ أن إن", "أَنَّ", F, LIGHT, NOSTEM, 0, "1,3"},
    {"أَنَّ أَنْ أن إن", "أَنّ\u064E", F, LIGHT, NOSTEM, 0, "1,3"},
    /* 1 فِيلْمُ 2 فِيلْمِ 3 فِيلْمٌ 4 فيلم 5 فيلـم 6 الْفِيلْمُ: damma vs kasra, damma vs dammatan
     * contradict; tatweel is skipped; ال are other letters */
    {"فِيلْمُ فِيلْمِ فِيلْمٌ فيلم فيلـم الْفِيلْمُ", "فِيلْمُ", F, LIGHT, NOSTEM, 0, "1,4,5"},
    {"فِيلْمُ فِيلْمِ فِيلْمٌ فيلم فيلـم الْفِيلْمُ", "فيلم", F, LIGHT, NOSTEM, 0, "1,2,3,4,5"},
    {"فِيلْمُ فِيلْمِ فِيلْمٌ فيلم فيلـم الْفِيلْمُ", "فِيلْمٌ", F, LIGHT, NOSTEM, 0, "3,4,5"},
    /* fathatan written on the alef (ترشيحاً) or before it (تَرْشِيحًا): no letter contradicts */
    {"تَرْشِيحًا ترشيحاً تَرْشِيحٌ", "ترشيحاً", F, LIGHT, NOSTEM, 0, "1,2"},
    /* a missing shadda never contradicts: قدّم matches قَدَمٍ too; قَدَمٍ's kasratan
     * on mim contradicts the fatha of قَدَّمَ */
    {"قَدَّمَ قَدَمٍ", "قدّم", F, LIGHT, NOSTEM, 0, "1,2"},
    {"قَدَّمَ قَدَمٍ", "قَدَمٍ", F, LIGHT, NOSTEM, 0, "2"},
    /* letters are not folded: alef wasla is not alef; tatweel and dagger alef are skipped */
    {"ٱلرَّحْمَـٰنِ الرحمن", "ٱلرحمن", F, LIGHT, NOSTEM, 0, "1"},
    {"ٱلرَّحْمَـٰنِ الرحمن", "الرحمن", F, LIGHT, NOSTEM, 0, "2"},
    /* whatever --normalize says: form looks at the surface */
    {"أَنَّ أَنْ أن إن", "أنّ", F, AGGR, NOSTEM, 0, "1,3"},
};

static void
check_cases(const MatchCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++) {
    g_autofree char *got = matched_positions(&cases[i]);
    cr_expect_str_eq(got, cases[i].expected, "text '%s', query '%s' (case %zu)", cases[i].text,
                     cases[i].query, i);
  }
}

Test(kwic, norm_mode_normalizes_the_query_like_the_tokens)
{
  check_cases(norm_cases, G_N_ELEMENTS(norm_cases));
}

Test(kwic, stem_mode_stems_the_query_like_the_tokens)
{
  check_cases(stem_cases, G_N_ELEMENTS(stem_cases));
}

Test(kwic, regex_mode_matches_the_normalized_token)
{
  check_cases(regex_cases, G_N_ELEMENTS(regex_cases));
}

Test(kwic, form_mode_makes_diacritics_optional)
{
  check_cases(form_cases, G_N_ELEMENTS(form_cases));
}

typedef struct {
  const char *query;
  MzKwicMode mode;
  const char *message_part;
} BadQuery;

/* Arabic test table. */
static const BadQuery bad_queries[] = {
    {"", N, "the query is empty"},
    {"كتب قرأ", N, "is more than one word"},
    {"ـــ", N, "is empty after normalization"},    /* only tatweel */
    {"\u064E", F, "is empty after normalization"}, /* only a fatha */
    {"\xff", N, "not valid UTF-8"},
    {"(", R, "bad regular expression '(': U_REGEX_MISMATCHED_PAREN"},
    {"[ا", R, "'[ا': U_REGEX_MISSING_CLOSE_BRACKET at the end of the pattern"},
    /* ICU's parse error offset is 4 UTF-16 units (the "}", character 5), and 3 (the end)
     * for the second: python3 ctypes over libicui18n uregex_open, UParseError.offset */
    {"اب{x}", R, "'اب{x}': U_REGEX_BAD_INTERVAL at character 5"},
    {"ك**", R, "'ك**': U_REGEX_RULE_SYNTAX at the end of the pattern"},
    /* the message shows the pattern as normalized when it differs */
    {"كَ(", R, "'كَ(' (normalized: 'ك('): U_REGEX_MISMATCHED_PAREN"},
};

Test(kwic, bad_queries_are_usage_errors_that_say_why)
{
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(MZ_NORM_LIGHT);
  for (gsize i = 0; i < G_N_ELEMENTS(bad_queries); i++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(MzKwicMatcher) m = mz_kwic_matcher_new(bad_queries[i].query, bad_queries[i].mode,
                                                     norm, MZ_STEM_NONE, 0, &error);
    cr_expect_null(m, "case %zu", i);
    if (error == NULL)
      continue;
    cr_expect(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT));
    cr_expect(strstr(error->message, bad_queries[i].message_part) != NULL,
              "case %zu: '%s' lacks '%s'", i, error->message, bad_queries[i].message_part);
  }
}

/* ---- cleaning cells ---- */

typedef struct {
  const char *in, *out;
} CleanCase;

/* Arabic test table. */
static const CleanCase clean_cases[] = {
    {"  a \n\n b\t", "a b"},
    {"\u200Fكتب\u200E \u061Cقرأ", "كتب قرأ"},             /* RLM, LRM, ALM dropped */
    {"\u202Bجيدا\u202C \u2067اليوم\u2069", "جيدا اليوم"}, /* RLE/PDF, RLI/PDI dropped */
    {"ا\u00A0ب\u200Bج", "ا ب ج"},                         /* NBSP and ZWSP are spaces */
    {"می\u200Cخواهم", "می\u200Cخواهم"},                   /* ZWNJ is kept */
    {"السوقِ. اشتريتُ", "السوقِ. اشتريتُ"},                   /* marks and punctuation as written */
    {" \u200F ", ""},
};

Test(kwic, cells_collapse_whitespace_and_drop_bidi_controls)
{
  for (gsize i = 0; i < G_N_ELEMENTS(clean_cases); i++) {
    g_autoptr(GString) s = g_string_new("x");
    mz_kwic_append_clean(s, clean_cases[i].in, strlen(clean_cases[i].in));
    cr_expect_str_eq(s->str + 1, clean_cases[i].out, "case %zu", i);
  }
}

/* ---- context ---- */

/* Appends "doc|sent|position|left|node|right\n" per ready line. */
static void
drain(MzKwic *k, GString *out)
{
  MzKwicLine l;
  while (mz_kwic_next_line(k, &l))
    g_string_append_printf(out, "%s|%u|%" G_GUINT64_FORMAT "|%s|%s|%s\n", l.doc, l.sentence,
                           l.position, l.left, l.node, l.right);
}

/* Feeds one document and drains the lines that are ready. */
static void
feed(MzKwic *k, MzAnalyzer *an, const char *id, const char *text, GString *out)
{
  g_autoptr(MzDocument) doc = document(id, text);
  MzTokenInfo t;
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  mz_kwic_begin(k, doc->id, mz_analyzer_text(an, NULL));
  while (mz_analyzer_next(an, &t))
    mz_kwic_add(k, &t);
  mz_kwic_end(k);
  drain(k, out);
}

/* After the last document. */
static void
finish(MzKwic *k, GString *out)
{
  mz_kwic_finish(k);
  drain(k, out);
}

static char *
concordance(const char *text, const char *query, guint width, gboolean within, MzKwicSort sort)
{
  MzAnalyzerOptions aopts;
  MzKwicOptions kopts;
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzKwicMatcher) m = NULL;
  g_autoptr(MzKwic) k = NULL;
  GString *out = g_string_new(NULL);
  analyzer_options(&aopts, MZ_NORM_LIGHT, MZ_STEM_NONE);
  an = mz_analyzer_new(&aopts, NULL);
  m = mz_kwic_matcher_new(query, N, mz_analyzer_get_normalizer(an), MZ_STEM_NONE, 0, NULL);
  mz_kwic_options_init(&kopts);
  kopts.width = width;
  kopts.within_sentence = within;
  kopts.sort = sort;
  k = mz_kwic_new(&kopts, m, NULL);
  cr_assert_not_null(k);
  feed(k, an, "d", text, out);
  finish(k, out);
  return g_string_free(out, FALSE);
}

typedef struct {
  const char *text, *query;
  guint width;
  gboolean within;
  MzKwicSort sort;
  const char *expected;
} ContextCase;

/* tests/data/cli/two-sentences.txt; counted tokens: sentence 1: 1 ذهبتُ 2 إلى 3 السوقِ,
 * sentence 2: 4 اشتريتُ 5 خبزاً 6 بـ 7 3.5 8 دينار ("." and "!" are not counted) */
#define TWO "ذهبتُ إلى السوقِ. اشتريتُ خبزاً بـ 3.5 دينار!"
/* counted tokens 1 ثم 2 قرأ 3 ب 4 قرأ 5 أحمد 6 قرأ 7 ابن 8 قرأ 9 ا 10 قرأ, five sentences.
 * Arabic alphabetical order (ICU "ar", checked with python3 ctypes over
 * libicui18n ucol_strcollUTF8): ا < ابن < أحمد < ب < ثم (code points would put أحمد first) */
#define FIVE "ثم قرأ. ب قرأ. أحمد قرأ. ابن قرأ. ا قرأ"

/* Arabic test table. */
static const ContextCase context_cases[] = {
    /* left is the text read before the node (logical order), right the text after it */
    {TWO, "خبزا", 2, FALSE, MZ_KWIC_SORT_DOC, "d|2|5|السوقِ. اشتريتُ|خبزاً|بـ 3.5\n"},
    {TWO, "خبزا", 2, TRUE, MZ_KWIC_SORT_DOC, "d|2|5|اشتريتُ|خبزاً|بـ 3.5\n"},
    {TWO, "السوق", 2, FALSE, MZ_KWIC_SORT_DOC, "d|1|3|ذهبتُ إلى|السوقِ|. اشتريتُ خبزاً\n"},
    /* within the sentence nothing counted follows السوقِ: the right cell is empty */
    {TWO, "السوق", 2, TRUE, MZ_KWIC_SORT_DOC, "d|1|3|ذهبتُ إلى|السوقِ|\n"},
    {TWO, "دينار", 5, FALSE, MZ_KWIC_SORT_DOC, "d|2|8|السوقِ. اشتريتُ خبزاً بـ 3.5|دينار|\n"},
    {TWO, "ذهبت", 0, FALSE, MZ_KWIC_SORT_DOC, "d|1|1||ذهبتُ|\n"},
    /* nodes next to each other are each other's context: 1 ب 2 ا 3 ب 4 ب 5 ج */
    {"ب ا ب ب ج", "ب", 1, FALSE, MZ_KWIC_SORT_DOC, "d|1|1||ب|ا\nd|1|3|ا|ب|ب\nd|1|4|ب|ب|ج\n"},
    /* whitespace runs and newlines become one space, bidi controls go (RLM after كتب,
     * RLE/PDF around جيدا); the blank line ends sentence 1 */
    {"كتب\u200F  الولد\n\nالدرس \u202Bجيدا\u202C اليوم", "الدرس", 2, FALSE, MZ_KWIC_SORT_DOC,
     "d|2|3|كتب الولد|الدرس|جيدا اليوم\n"},
    /* sort on L1: ا, ابن, أحمد, ب, ثم */
    {FIVE, "قرأ", 1, FALSE, MZ_KWIC_SORT_L1,
     "d|5|10|ا|قرأ|\nd|4|8|ابن|قرأ|. ا\nd|3|6|أحمد|قرأ|. ابن\nd|2|4|ب|قرأ|. أحمد\nd|1|2|ثم|قرأ|. "
     "ب\n"},
    /* sort on R1: none (line 10) first, then ا, ابن, أحمد, ب */
    {FIVE, "قرأ", 1, FALSE, MZ_KWIC_SORT_R1,
     "d|5|10|ا|قرأ|\nd|4|8|ابن|قرأ|. ا\nd|3|6|أحمد|قرأ|. ابن\nd|2|4|ب|قرأ|. أحمد\nd|1|2|ثم|قرأ|. "
     "ب\n"},
    /* the sort key needs no context shown: --width 0 still sorts on L1 */
    {FIVE, "قرأ", 0, FALSE, MZ_KWIC_SORT_L1,
     "d|5|10||قرأ|\nd|4|8||قرأ|\nd|3|6||قرأ|\nd|2|4||قرأ|\nd|1|2||قرأ|\n"},
    /* within sentences the R1 of every line is missing: corpus order */
    {FIVE, "قرأ", 1, TRUE, MZ_KWIC_SORT_R1,
     "d|1|2|ثم|قرأ|\nd|2|4|ب|قرأ|\nd|3|6|أحمد|قرأ|\nd|4|8|ابن|قرأ|\nd|5|10|ا|قرأ|\n"},
    /* L1 ties (ب) are broken by L2 (ا before ج): 1 ج 2 ب 3 قرأ 4 ا 5 ب 6 قرأ */
    {"ج ب قرأ ا ب قرأ", "قرأ", 2, FALSE, MZ_KWIC_SORT_L1, "d|1|6|ا ب|قرأ|\nd|1|3|ج ب|قرأ|ا ب\n"},
    /* equal keys keep corpus order */
    {"ج ب قرأ ج ب قرأ ج ب قرأ", "قرأ", 2, FALSE, MZ_KWIC_SORT_L1,
     "d|1|3|ج ب|قرأ|ج ب\nd|1|6|ج ب|قرأ|ج ب\nd|1|9|ج ب|قرأ|\n"},
};

Test(kwic, context_is_cut_in_logical_order_by_counted_tokens)
{
  for (gsize i = 0; i < G_N_ELEMENTS(context_cases); i++) {
    const ContextCase *c = &context_cases[i];
    g_autofree char *got = concordance(c->text, c->query, c->width, c->within, c->sort);
    cr_expect_str_eq(got, c->expected, "case %zu", i);
  }
}

Test(kwic, context_never_crosses_documents)
{
  /* the same concordancer over two documents: ا ب | ب ج */
  MzAnalyzerOptions aopts;
  MzKwicOptions kopts;
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzKwicMatcher) m = NULL;
  g_autoptr(MzKwic) k = NULL;
  g_autoptr(GString) out = g_string_new(NULL);
  analyzer_options(&aopts, MZ_NORM_LIGHT, MZ_STEM_NONE);
  an = mz_analyzer_new(&aopts, NULL);
  m = mz_kwic_matcher_new("\u0628", N, mz_analyzer_get_normalizer(an), MZ_STEM_NONE, 0, NULL);
  mz_kwic_options_init(&kopts);
  k = mz_kwic_new(&kopts, m, NULL);
  feed(k, an, "A", "\u0627 \u0628", out);
  feed(k, an, "B", "\u0628 \u062C", out);
  finish(k, out);
  cr_expect_str_eq(out->str, "A|1|2|\u0627|\u0628|\nB|1|1||\u0628|\u062C\n");
}

/* Token p of the long document: the node n, or t<p>. */
static gboolean
is_node(guint p)
{
  return p % 997 == 0 || p == 4096 || p == 4098 || p == 8194;
}

static void
append_token(GString *s, guint p)
{
  if (is_node(p))
    g_string_append(s, "n");
  else
    g_string_append_printf(s, "t%u", p);
}

Test(kwic, long_documents_keep_the_right_context)
{
  /* 20000 tokens t1 t2 ...; every 997th is the node n instead, and so are the
   * 4096th, 4098th and 8194th, next to where the concordancer drops old history
   * (after the tokens 4097, 8193 ...), so a wrong cut loses their context */
  g_autoptr(GString) text = g_string_new(NULL);
  g_autoptr(GString) want = g_string_new(NULL);
  g_autofree char *got = NULL;
  for (guint p = 1; p <= 20000; p++) {
    append_token(text, p);
    g_string_append_c(text, ' ');
  }
  for (guint p = 1; p <= 20000; p++) {
    if (!is_node(p))
      continue;
    g_string_append_printf(want, "d|1|%u|", p);
    for (guint q = p - 3; q < p + 4; q++) {
      append_token(want, q);
      g_string_append_c(want, q == p - 1 || q == p ? '|' : q == p + 3 ? '\n' : ' ');
    }
  }
  got = concordance(text->str, "n", 3, FALSE, MZ_KWIC_SORT_DOC);
  cr_expect_str_eq(got, want->str);
}

Test(kwic, corpus_order_lines_come_as_soon_as_their_context_is_known)
{
  /* 1 ب 2 ا 3 ج 4 د, width 1: the line of ب is ready once ا has been added */
  MzAnalyzerOptions aopts;
  MzKwicOptions kopts;
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzKwicMatcher) m = NULL;
  g_autoptr(MzKwic) k = NULL;
  g_autoptr(MzDocument) doc = document("d", "\u0628 \u0627 \u062C \u062F");
  MzTokenInfo t;
  MzKwicLine l;
  analyzer_options(&aopts, MZ_NORM_LIGHT, MZ_STEM_NONE);
  an = mz_analyzer_new(&aopts, NULL);
  m = mz_kwic_matcher_new("\u0628", N, mz_analyzer_get_normalizer(an), MZ_STEM_NONE, 0, NULL);
  mz_kwic_options_init(&kopts);
  kopts.width = 1;
  k = mz_kwic_new(&kopts, m, NULL);
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  mz_kwic_begin(k, doc->id, mz_analyzer_text(an, NULL));
  cr_assert(mz_analyzer_next(an, &t));
  mz_kwic_add(k, &t);
  cr_expect_not(mz_kwic_next_line(k, &l));
  cr_assert(mz_analyzer_next(an, &t));
  mz_kwic_add(k, &t);
  cr_assert(mz_kwic_next_line(k, &l));
  cr_expect_str_eq(l.right, "\u0627");
  cr_expect_eq(l.position, 1);
  cr_expect_not(mz_kwic_next_line(k, &l));
  mz_kwic_end(k);
}

Test(kwic, a_regex_that_backtracks_forever_stops_with_an_error)
{
  /* (ا*)*ب on 20,000 alefs and no beh: exponential backtracking in ICU's engine (it never
   * finishes without a limit); the same pattern on a short token and a plain pattern on the
   * long one finish and match as usual */
  MzAnalyzerOptions opts;
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzKwicMatcher) slow = NULL, plain = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new("اب ");
  MzTokenInfo t;
  guint hits_slow = 0, hits_plain = 0;
  for (guint i = 0; i < 20000; i++)
    g_string_append(text, "ا");
  g_autoptr(MzDocument) doc = document("t", text->str);
  analyzer_options(&opts, MZ_NORM_LIGHT, MZ_STEM_NONE);
  an = mz_analyzer_new(&opts, NULL);
  slow = mz_kwic_matcher_new("(ا*)*ب", R, mz_analyzer_get_normalizer(an), MZ_STEM_NONE, 0, NULL);
  plain = mz_kwic_matcher_new("^ا+$", R, mz_analyzer_get_normalizer(an), MZ_STEM_NONE, 0, NULL);
  cr_assert(slow != NULL && plain != NULL);
  cr_assert(mz_analyzer_begin(an, doc, NULL));
  while (mz_analyzer_next(an, &t)) {
    hits_slow += mz_kwic_matcher_match(slow, &t);
    hits_plain += mz_kwic_matcher_match(plain, &t);
  }
  cr_expect_eq(hits_slow, 1, "the short token اب matches: %u", hits_slow);
  cr_expect_eq(hits_plain, 1, "the long token matches a plain pattern: %u", hits_plain);
  cr_expect(mz_kwic_matcher_check(plain, NULL));
  cr_assert(!mz_kwic_matcher_check(slow, &error));
  cr_expect_eq(error->code, MZ_CORPUS_ERROR_INVALID_ARGUMENT);
  cr_expect(strstr(error->message, "'(ا*)*ب' takes too long on the token 'اااا") != NULL, "%s",
            error->message);
}
