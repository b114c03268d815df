/* test-stem.c - Light10 light stemming (spec/arabic-text.md sections 5.2 and 5.4) */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <string.h>

#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

/* Criterion copies parameters into the test process: no pointers inside. */
typedef struct {
  char input[48];
  char stem[48];
} StemCase;

static void
assert_light_stem(const StemCase *c)
{
  gsize len = strlen(c->input), start = 99, stem_len = 99;
  mz_stem(MZ_STEM_LIGHT, c->input, len, &start, &stem_len);
  cr_assert_leq(start + stem_len, len, "stem of '%s' out of range", c->input);
  cr_assert(stem_len == strlen(c->stem) && memcmp(c->input + start, c->stem, stem_len) == 0,
            "stem of '%s': expected '%s', got '%.*s'", c->input, c->stem, (int)stem_len,
            c->input + start);
}

/* Arabic test table: every row of the "AraNLP Light10" column of spec 5.4,
 * inputs and stems exactly as written there (rows with "a / b" are split). */
static StemCase spec_rows[] = {
    {"والكتاب", "كتاب"},    {"وبالكتاب", "كتاب"},  {"بالمدرسة", "مدرس"},   {"كالأسد", "أسد"},
    {"فالقلم", "قلم"},      {"وحسن", "حسن"},       {"المعلمون", "معلم"},   {"المعلمات", "معلم"},
    {"مدرستها", "مدرست"},   {"كتابهم", "كتابهم"},  {"سيكتبون", "سيكتب"},   {"فسيكتبونها", "فسيكتب"},
    {"الطالبتان", "طالبت"}, {"مستشفيات", "مستشف"}, {"استعمال", "استعمال"}, {"وللمدرسة", "مدرس"},
    {"وزير", "زير"},        {"ولد", "ولد"},        {"الذين", "ذين"},       {"أمريكيين", "أمريك"},
};

ParameterizedTestParameters(stem, matches_spec_worked_examples)
{
  return cr_make_param_array(StemCase, spec_rows, G_N_ELEMENTS(spec_rows));
}

ParameterizedTest(StemCase *c, stem, matches_spec_worked_examples)
{
  assert_light_stem(c);
}

/* Arabic test table: thresholds, worked by hand from the rules of spec 5.2
 * (lengths in code points; each comment traces the steps). */
static StemCase edge_rows[] = {
    /* step 1 needs len >= 4: waw+3 letters loses waw (the spec's own rows
     * above have ولد, 3, kept) */
    {"وعد", "وعد"}, /* 3: too short for step 1; no suffix matches */
    {"وعدي", "عد"}, /* 4: step 1 -> عدي (3); suffix y: 3 >= 3 -> عد */
    /* step 2 needs len >= 4 */
    {"البر", "بر"}, /* 4: al -> بر */
    {"الم", "الم"}, /* 3: too short; no suffix */
    {"لله", "لل"},  /* 3: ll too short; suffix h: 3 >= 3 -> لل */
    {"للبن", "بن"}, /* 4: ll -> بن */
    /* step 3 needs len >= 5 */
    {"بالبر", "بر"},  /* 5: bal -> بر */
    {"بالي", "بال"},  /* 4: too short for bal; suffix y: 4 >= 3 -> بال */
    {"فالم", "فالم"}, /* 4: too short for fal; no suffix */
    /* two-letter suffixes need len >= 4 */
    {"فيها", "في"}, /* 4: ha -> في (2); h, p, y need 3 */
    {"مها", "مها"}, /* 3: ha too short; no one-letter suffix ends it */
    /* one-letter suffixes need len >= 3 */
    {"ابه", "اب"}, /* 3: h -> اب */
    {"به", "به"},  /* 2: too short */
    {"في", "في"},  /* 2: too short */
    /* the suffix list is one pass in order, each entry tried once */
    {"ساهدهات", "ساهد"},    /* spec 0.10: at -> ساهده, then h -> ساهد */
    {"كتابهاها", "كتابها"}, /* ha once -> كتابها (6); nothing later ends it */
    {"بيتية", "بيت"},       /* yp -> بيت (3); h, p, y do not match */
    {"قصصيه", "قصص"},       /* yh -> قصص (3) */
    /* the steps are cumulative: waw, then al, then the suffixes */
    {"والله", "له"},      /* 5: waw -> الله (4); al -> له (2) */
    {"وبالبيتين", "بيت"}, /* waw -> بالبيتين (8); bal -> بيتين (5); yn -> بيت */
};

ParameterizedTestParameters(stem, applies_length_thresholds)
{
  return cr_make_param_array(StemCase, edge_rows, G_N_ELEMENTS(edge_rows));
}

ParameterizedTest(StemCase *c, stem, applies_length_thresholds)
{
  assert_light_stem(c);
}

/* Non-Arabic input is returned unchanged unless an affix matches
 * (the last two rows: Arabic affixes around digits and Latin). */
static StemCase other_rows[] = {
    {"", ""},
    {"hello", "hello"},
    {"2024", "2024"},
    {"Ab", "Ab"},
    /* Arabic test rows: al + digits, and a Latin word with waw in front */
    {"ال2024", "2024"},
    {"وcat", "cat"},
};

ParameterizedTestParameters(stem, keeps_other_scripts)
{
  return cr_make_param_array(StemCase, other_rows, G_N_ELEMENTS(other_rows));
}

ParameterizedTest(StemCase *c, stem, keeps_other_scripts)
{
  assert_light_stem(c);
}

Test(stem, returns_byte_range_of_input)
{
  /* Arabic test string: wa+al+kitab; the stem starts after 3 letters of 2
   * bytes each and is 4 letters (8 bytes) long */
  const char *word = "والكتاب";
  gsize start = 0, len = 0;
  mz_stem(MZ_STEM_LIGHT, word, strlen(word), &start, &len);
  cr_assert_eq(start, 6);
  cr_assert_eq(len, 8);
}

Test(stem, stems_a_token_inside_a_longer_buffer)
{
  /* Arabic test string: the token is the first word only; the stemmer must
   * not look past len (the second word would add the suffix ha) */
  const char *text = "المعلمون ها";
  gsize start = 0, len = 0, token_len = strlen("المعلمون");
  mz_stem(MZ_STEM_LIGHT, text, token_len, &start, &len);
  cr_assert_eq(start, 4);
  cr_assert_eq(len, 8, "expected the 4 letters of معلم, got %zu bytes", len);
}

Test(stem, none_returns_whole_input)
{
  /* Arabic test string */
  const char *word = "وبالكتاب";
  gsize start = 99, len = 0;
  mz_stem(MZ_STEM_NONE, word, strlen(word), &start, &len);
  cr_assert_eq(start, 0);
  cr_assert_eq(len, strlen(word));
}

Test(stem, parses_names)
{
  static const struct {
    const char *name;
    MzStemmer stemmer;
  } rows[] = {{"none", MZ_STEM_NONE}, {"light", MZ_STEM_LIGHT}};
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    MzStemmer st = (MzStemmer)-1;
    GError *error = NULL;
    cr_assert(mz_stemmer_parse(rows[i].name, &st, &error), "%s", rows[i].name);
    cr_assert_null(error);
    cr_assert_eq(st, rows[i].stemmer);
    cr_assert_str_eq(mz_stemmer_name(st), rows[i].name);
  }
}

Test(stem, rejects_unknown_name_listing_choices)
{
  static const char *const bad[] = {"", "Light", "isri", "light10"};
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    MzStemmer st = MZ_STEM_LIGHT;
    GError *error = NULL;
    cr_assert_not(mz_stemmer_parse(bad[i], &st, &error), "'%s' accepted", bad[i]);
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT));
    cr_assert(strstr(error->message, "none") && strstr(error->message, "light"), "%s",
              error->message);
    cr_assert_eq(st, MZ_STEM_LIGHT, "output changed on error");
    g_error_free(error);
  }
}
