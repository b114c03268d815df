/* test-translit.c - Buckwalter transliteration (spec/arabic-text.md section 1.1) */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <string.h>

#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

typedef struct {
  gunichar cp;
  char bw;
} BwRow;

/* Spec 1.1: the letters "identical in all four schemes" and the "BW" column
 * of the table of differences, transcribed code point by code point. */
static BwRow spec_table[] = {
    {0x0627, 'A'}, {0x0628, 'b'}, {0x062A, 't'}, {0x062C, 'j'},  {0x062D, 'H'}, {0x062E, 'x'},
    {0x062F, 'd'}, {0x0631, 'r'}, {0x0632, 'z'}, {0x0633, 's'},  {0x0635, 'S'}, {0x0636, 'D'},
    {0x0637, 'T'}, {0x0640, '_'}, {0x0641, 'f'}, {0x0642, 'q'},  {0x0643, 'k'}, {0x0644, 'l'},
    {0x0645, 'm'}, {0x0646, 'n'}, {0x0647, 'h'}, {0x0648, 'w'},  {0x064A, 'y'}, {0x064E, 'a'},
    {0x064F, 'u'}, {0x0650, 'i'}, {0x0651, '~'}, {0x0621, '\''}, {0x0622, '|'}, {0x0623, '>'},
    {0x0624, '&'}, {0x0625, '<'}, {0x0626, '}'}, {0x0629, 'p'},  {0x062B, 'v'}, {0x0630, '*'},
    {0x0634, '$'}, {0x0638, 'Z'}, {0x0639, 'E'}, {0x063A, 'g'},  {0x0649, 'Y'}, {0x064B, 'F'},
    {0x064C, 'N'}, {0x064D, 'K'}, {0x0652, 'o'}, {0x0670, '`'},  {0x0671, '{'}, {0x067E, 'P'},
    {0x0686, 'J'}, {0x06A4, 'V'}, {0x06AF, 'G'},
};

static char *
translit(gboolean to_bw, const char *s, gssize len)
{
  GString *out = g_string_new("keep:");
  gsize n = len < 0 ? strlen(s) : (gsize)len;
  if (to_bw)
    mz_translit_to_buckwalter(out, s, n);
  else
    mz_translit_from_buckwalter(out, s, n);
  /* the function appends: what was there must stay */
  cr_assert(g_str_has_prefix(out->str, "keep:"), "output not appended");
  g_string_erase(out, 0, 5);
  return g_string_free(out, FALSE);
}

ParameterizedTestParameters(translit, maps_spec_table_both_ways)
{
  return cr_make_param_array(BwRow, spec_table, G_N_ELEMENTS(spec_table));
}

ParameterizedTest(BwRow *row, translit, maps_spec_table_both_ways)
{
  char arabic[8] = {0}, bw[2] = {row->bw, 0};
  g_unichar_to_utf8(row->cp, arabic);
  g_autofree char *got_bw = translit(TRUE, arabic, -1);
  g_autofree char *got_ar = translit(FALSE, bw, -1);
  cr_assert_str_eq(got_bw, bw, "U+%04X -> '%s', expected '%c'", row->cp, got_bw, row->bw);
  cr_assert_str_eq(got_ar, arabic, "'%c' -> wrong code point", row->bw);
}

Test(translit, spec_table_is_a_bijection)
{
  /* 51 distinct code points and 51 distinct symbols: the inverse is exact */
  cr_assert_eq(G_N_ELEMENTS(spec_table), 51);
  for (gsize i = 0; i < G_N_ELEMENTS(spec_table); i++)
    for (gsize j = i + 1; j < G_N_ELEMENTS(spec_table); j++) {
      cr_assert_neq(spec_table[i].cp, spec_table[j].cp);
      cr_assert_neq(spec_table[i].bw, spec_table[j].bw);
    }
}

/* Criterion copies parameters into the test process: no pointers inside. */
typedef struct {
  char arabic[64];
  char bw[48];
} WordRow;

/* Arabic test table: words and mixed text, transliterated by hand letter by
 * letter with the spec 1.1 table; digits, Arabic punctuation, Latin
 * punctuation and unmapped Arabic code points (U+0660 digits, U+060C comma,
 * U+061F question mark, U+06CC Farsi yeh) pass through unchanged. */
static WordRow words[] = {
    {"كتب", "ktb"},
    {"مَكْتَبَةٌ", "makotabapN"},
    {"ٱلْحَمْدُ لِلَّهِ", "{loHamodu lila~hi"},
    {"هَٰذَا", "ha`*aA"},
    {"سُؤَالٌ، إِجَابَةٌ؟", "su&aAlN، <ijaAbapN؟"},
    {"مسئول ١٢ 34.5!", "ms}wl ١٢ 34.5!"},
    {"شيءٍ آخر", "$y'K |xr"},
    {"علىً", "ElYF"},
    {"ظـل غزة", "Z_l gzp"},
    {"پ چ ڤ گ ی", "P J V G ی"},
};

ParameterizedTestParameters(translit, transliterates_words)
{
  return cr_make_param_array(WordRow, words, G_N_ELEMENTS(words));
}

ParameterizedTest(WordRow *row, translit, transliterates_words)
{
  g_autofree char *bw = translit(TRUE, row->arabic, -1);
  g_autofree char *ar = translit(FALSE, row->bw, -1);
  cr_assert_str_eq(bw, row->bw);
  cr_assert_str_eq(ar, row->arabic, "from '%s'", row->bw);
}

Test(translit, leaves_non_symbols_unchanged)
{
  /* the printable ASCII characters that the BW column does not use */
  const char *others = "cBCILMOQRUWXe 0123456789!\"#%()+,-./:;=?@[\\]^";
  g_autofree char *ar = translit(FALSE, others, -1);
  g_autofree char *bw = translit(TRUE, others, -1);
  cr_assert_str_eq(ar, others);
  cr_assert_str_eq(bw, others);
}

Test(translit, copies_invalid_bytes_through)
{
  /* a lone Arabic lead byte at the end, and one before an ASCII byte */
  const char in[] = {'b', (char)0xD8, 'x', (char)0xD9};
  g_autoptr(GString) out = g_string_new(NULL);
  mz_translit_to_buckwalter(out, in, sizeof in);
  cr_assert_eq(out->len, sizeof in);
  cr_assert(memcmp(out->str, in, sizeof in) == 0);
}

Test(translit, round_trips_arabic_text)
{
  /* every mapped code point, separated by spaces, digits and a newline */
  GString *text = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(spec_table); i++) {
    g_string_append_unichar(text, spec_table[i].cp);
    g_string_append(text, i % 7 == 0 ? " 2024\n" : (i % 3 == 0 ? " " : ""));
  }
  g_autofree char *arabic = g_string_free(text, FALSE);
  g_autofree char *bw = translit(TRUE, arabic, -1);
  g_autofree char *back = translit(FALSE, bw, -1);
  cr_assert_str_eq(back, arabic);
  for (const char *p = bw; *p != '\0'; p++)
    cr_assert_lt((guchar)*p, 0x80, "non-ASCII left in '%s'", bw);
}

Test(translit, round_trips_buckwalter_text)
{
  /* every BW symbol, plus spaces and digits */
  const char *bw = "wa>aEoTaYo 1999 {l|n Al$~amos }'&< ^ PJVG `_*F|N|K xvzDZgqHpuiy";
  g_autofree char *ar = translit(FALSE, bw, -1);
  g_autofree char *back = translit(TRUE, ar, -1);
  cr_assert_str_eq(back, bw);
}

/* Does the line contain an ASCII letter or a BW symbol? Then BW -> Arabic
 * would change it and the round trip is not expected to hold. */
static gboolean
has_ascii_letter_or_symbol(const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    if (g_ascii_isalpha(*p) || strchr("'|>&<}*$_~`{", *p) != NULL)
      return TRUE;
  return FALSE;
}

Test(translit, round_trips_diacritised_wikinews)
{
  MZ_TEST_REQUIRE_SHARED();
  g_autofree char *path = mz_test_shared_path("corpus/wikinews/WikiNewsTruth.txt");
  g_autofree char *data = mz_test_read_file(path, NULL);
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  gsize checked = 0;
  for (char **l = lines; *l != NULL; l++) {
    if (has_ascii_letter_or_symbol(*l))
      continue;
    g_autofree char *bw = translit(TRUE, *l, -1);
    g_autofree char *back = translit(FALSE, bw, -1);
    cr_assert_str_eq(back, *l, "line %td does not round-trip", l - lines + 1);
    checked++;
  }
  cr_assert_gt(checked, 100, "only %zu lines checked", checked);
}

Test(translit, parses_names)
{
  MzTranslit t = MZ_TRANSLIT_NONE;
  GError *error = NULL;
  cr_assert(mz_translit_parse("buckwalter", &t, &error));
  cr_assert_eq(t, MZ_TRANSLIT_BUCKWALTER);
  cr_assert(mz_translit_parse("none", &t, &error));
  cr_assert_eq(t, MZ_TRANSLIT_NONE);
  cr_assert_null(error);
  cr_assert_not(mz_translit_parse("safebw", &t, &error));
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT));
  cr_assert(strstr(error->message, "buckwalter") != NULL, "%s", error->message);
  g_error_free(error);
}
