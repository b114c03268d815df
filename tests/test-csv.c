/* test-csv.c - MzCsvReader: CSV (RFC 4180) and TSV as Mizan and R write them */
#include <criterion/criterion.h>

#include <string.h>

#include "corpus/mizan-corpus.h"

/* Every record of @text, fields joined by '|', records by '/'. */
static char *
read_all(const char *text, char separator, GError **error)
{
  g_autoptr(MzCsvReader) r = mz_csv_reader_new(text, strlen(text), separator);
  GString *out = g_string_new(NULL);
  const char *const *fields;
  guint n;
  while (mz_csv_reader_next(r, &fields, &n, error)) {
    if (out->len > 0)
      g_string_append_c(out, '/');
    for (guint i = 0; i < n; i++)
      g_string_append_printf(out, "%s%s", i ? "|" : "", fields[i]);
    cr_assert_null(fields[n], "the field list ends with NULL");
  }
  return g_string_free(out, FALSE);
}

Test(csv, rfc4180_records)
{
  /* RFC 4180 section 2: CRLF or LF, quoted fields with commas, line breaks and "" */
  static const struct {
    const char *text, *want;
  } cases[] = {
      {"a,b\r\nc,d\r\n", "a|b/c|d"},
      {"a,b\nc,d", "a|b/c|d"},
      {"\xEF\xBB\xBF"
       "a,b\n",
       "a|b"}, /* BOM skipped */
      {"\"x,y\",\"say \"\"hi\"\"\"\n", "x,y|say \"hi\""},
      {"\"two\nlines\",z\n", "two\nlines|z"},
      {"a,,c\n\n\nd\n", "a||c/d"}, /* empty field kept, empty lines skipped */
      {"a,b\r", "a|b"},            /* a lone CR at the very end */
      {"ends,\n", "ends|"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    GError *error = NULL;
    g_autofree char *got = read_all(cases[i].text, ',', &error);
    cr_expect_null(error, "case %u: %s", i, error ? error->message : "");
    cr_expect_str_eq(got, cases[i].want, "case %u", i);
    g_clear_error(&error);
  }
}

Test(csv, tsv_escapes_are_decoded_and_quotes_are_plain)
{
  /* the escapes reports/writer.c writes (\t \n \r \\), and a quote is an ordinary character */
  GError *error = NULL;
  g_autofree char *got = read_all("type\tfreq\r\na\\tb\t\"3\"\nc\\\\d\\ne\t\\x\n", '\t', &error);
  cr_assert_null(error);
  cr_expect_str_eq(got, "type|freq/a\tb|\"3\"/c\\d\ne|\\x");
}

Test(csv, errors_name_the_line)
{
  static const struct {
    const char *text, *message;
  } cases[] = {
      {"a,b\nc,\"open\n\n", "line 2: unterminated quoted field"},
      {"a,b\n\"x\"y,z\n", "line 2: unexpected character after a closing quote"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    GError *error = NULL;
    g_autofree char *got = read_all(cases[i].text, ',', &error);
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT), "case %u", i);
    cr_expect(strstr(error->message, cases[i].message) != NULL, "'%s'", error->message);
    g_error_free(error);
  }
}

Test(csv, line_of_each_record)
{
  static const char text[] = "h\n\"a\nb\"\n\nc\n";
  g_autoptr(MzCsvReader) r = mz_csv_reader_new(text, strlen(text), ',');
  const char *const *f;
  guint n;
  static const gsize lines[] = {1, 2, 5}; /* the quoted field spans lines 2-3, line 4 is empty */
  for (guint i = 0; i < G_N_ELEMENTS(lines); i++) {
    cr_assert(mz_csv_reader_next(r, &f, &n, NULL));
    cr_expect_eq(mz_csv_reader_line(r), lines[i], "record %u", i);
  }
  cr_expect_not(mz_csv_reader_next(r, &f, &n, NULL));
}

Test(csv, columns_and_separators)
{
  static const char *const header[] = {"Type", " FREQ ", "f1"};
  cr_expect_eq(mz_csv_find_column(header, 3, "type"), 0);
  cr_expect_eq(mz_csv_find_column(header, 3, "freq"), 1);
  cr_expect_eq(mz_csv_find_column(header, 3, "F1"), 2);
  cr_expect_eq(mz_csv_find_column(header, 3, "n"), -1);
  cr_expect_eq(mz_csv_separator_for_path("list.TSV"), '\t');
  cr_expect_eq(mz_csv_separator_for_path("list.tab"), '\t');
  cr_expect_eq(mz_csv_separator_for_path("list.csv"), ',');
  cr_expect_eq(mz_csv_separator_for_path("list"), ',');
}
