/* test-table.c - MzTableWriter (CSV, TSV, JSON Lines), mz_format_double and MzTable
 *
 * Expected bytes come from the format specifications (RFC 4180 for CSV, RFC 8259 section 7 for
 * JSON strings, the TSV escapes of the task), and written files are read back by independent
 * parsers: Python's csv and json modules (/usr/bin/python3, run through g_spawn).
 */
#include <criterion/criterion.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "reports/mizan-reports.h"
#include "tests/helpers/test-helpers.h"

#define PYTHON3 "/usr/bin/python3"

TestSuite(table, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown);

typedef void (*FillFunc)(MzTableWriter *w, gconstpointer data);

/* Everything a writer produces for @fill (NULL: no rows), as a NUL-terminated string. */
static char *
write_to_string(MzTableFormat format, gboolean bom, const MzColumn *columns, guint n_columns,
                FillFunc fill, gconstpointer data)
{
  char *buf = NULL;
  size_t len = 0;
  GError *error = NULL;
  FILE *f = open_memstream(&buf, &len);
  cr_assert_not_null(f);
  MzTableWriter *w = mz_table_writer_new(f, format, columns, n_columns, bom);
  if (fill != NULL)
    fill(w, data);
  cr_assert(mz_table_writer_finish(w, &error), "finish: %s", error ? error->message : "?");
  mz_table_writer_free(w);
  fclose(f);
  return buf;
}

/* What /usr/bin/python3 -c @script @path @arg prints; skips the test without python3. */
static char *
run_python(const char *script, const char *path, const char *arg)
{
  if (!g_file_test(PYTHON3, G_FILE_TEST_IS_EXECUTABLE))
    cr_skip_test(PYTHON3 " not found; skipping the independent reader");
  const char *argv[] = {PYTHON3, "-c", script, path, arg, NULL};
  char *out = NULL, *err = NULL;
  int status = 0;
  GError *error = NULL;
  gboolean ok = g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                             &status, &error);
  cr_assert(ok, "cannot run python3: %s", error ? error->message : "?");
  cr_assert(g_spawn_check_wait_status(status, NULL), "python3 failed on %s: %s", path, err);
  g_free(err);
  return out;
}

/* A line as the readers below print it: each cell's UTF-8 in hex, '-' if empty. */
static void
append_hex_row(GString *s, const char *const *cells, guint n)
{
  for (guint i = 0; i < n; i++) {
    if (i > 0)
      g_string_append_c(s, ' ');
    if (*cells[i] == '\0')
      g_string_append_c(s, '-');
    for (const char *p = cells[i]; *p != '\0'; p++)
      g_string_append_printf(s, "%02x", (guchar)*p);
  }
  g_string_append_c(s, '\n');
}

/* ---- CSV and TSV cells -------------------------------------------------- */

typedef struct {
  const char *cell; /* NULL: NA */
  const char *csv;  /* RFC 4180 2.5-2.7; "" and "NA" quoted to differ from a missing value */
  const char *tsv;  /* backslash, TAB, LF and CR escaped as \\ \t \n \r */
} CellCase;

/* Arabic test table: the Arabic rows (with the Arabic comma U+060C, which is not
 * a CSV separator) must come out byte for byte as they went in. */
static CellCase cell_cases[] = {
    {"plain", "plain", "plain"},
    {"a,b", "\"a,b\"", "a,b"},
    {"say \"hi\"", "\"say \"\"hi\"\"\"", "say \"hi\""},
    {"\"", "\"\"\"\"", "\""},
    {"a\nb", "\"a\nb\"", "a\\nb"},
    {"a\rb", "\"a\rb\"", "a\\rb"},
    {"a\r\nb", "\"a\r\nb\"", "a\\r\\nb"},
    {"tab\there", "tab\there", "tab\\there"},
    {"back\\slash", "back\\slash", "back\\\\slash"},
    {" spaced ", " spaced ", " spaced "},
    {"", "\"\"", ""},
    {NULL, "NA", "NA"},
    {"NA", "\"NA\"", "NA"},
    {"كتاب، قلم", "كتاب، قلم", "كتاب، قلم"},
    {"قال: \"نعم\"", "\"قال: \"\"نعم\"\"\"", "قال: \"نعم\""},
};

static const MzColumn one_column[] = {{"h", MZ_COLUMN_STRING}};

static void
fill_one_cell(MzTableWriter *w, gconstpointer data)
{
  const CellCase *c = data;
  mz_table_writer_add_string(w, c->cell, -1);
  mz_table_writer_end_row(w);
}

/* A plain loop, not a ParameterizedTest: Criterion copies parameters into its workers by
 * value, and here the workers' addresses differed from the runner's, so the strings crashed. */
Test(table, csv_and_tsv_cells_are_escaped)
{
  for (guint i = 0; i < G_N_ELEMENTS(cell_cases); i++) {
    const CellCase *c = &cell_cases[i];
    g_autofree char *csv = write_to_string(MZ_TABLE_CSV, FALSE, one_column, 1, fill_one_cell, c);
    g_autofree char *tsv = write_to_string(MZ_TABLE_TSV, FALSE, one_column, 1, fill_one_cell, c);
    g_autofree char *want_csv = g_strdup_printf("h\n%s\n", c->csv);
    g_autofree char *want_tsv = g_strdup_printf("h\n%s\n", c->tsv);
    cr_expect_str_eq(csv, want_csv, "CSV of '%s'", c->cell ? c->cell : "(NA)");
    cr_expect_str_eq(tsv, want_tsv, "TSV of '%s'", c->cell ? c->cell : "(NA)");
  }
}

static const MzColumn mixed_columns[] = {
    {"word", MZ_COLUMN_STRING}, {"freq", MZ_COLUMN_INT}, {"per,million", MZ_COLUMN_DOUBLE}};

typedef struct {
  double value;
  const char *text;
} DoubleCase;

/* Expected: /usr/bin/python3, the first of '%.15g', '%.16g', '%.17g' % x with
 * float(s) == x (an independent implementation of the rule); NaN/Inf/-0 by the task.
 * 2^53 = 9007199254740992; 2^53+1 is not a double and rounds to 2^53; 2^53+2 is one. */
/* Expected texts from Python 3: '%d' % v for whole numbers up to 2**53, else '%.15g' % v. */
static DoubleCase double_cases[] = {
    {0.1, "0.1"},
    {1.0 / 3, "0.333333333333333"},
    {0.1 + 0.2, "0.3"},
    {-1.0 / 7, "-0.142857142857143"},
    {1e-300, "1e-300"},
    {1e300, "1e+300"},
    {9007199254740992.0, "9007199254740992"},
    {9007199254740994.0, "9.00719925474099e+15"},
    {1e15, "1000000000000000"},
    {-42.0, "-42"},
    {123456789012345678.0, "1.23456789012346e+17"},
    {5e-324, "4.94065645841247e-324"},
    {2.2250738585072014e-308, "2.2250738585072e-308"},
    {1.7976931348623157e308, "1.79769313486232e+308"},
    {100.0, "100"},
    {0.000123, "0.000123"},
    {0.0, "0"},
    {-0.0, "0"},
    {NAN, "NaN"},
    {INFINITY, "Inf"},
    {-INFINITY, "-Inf"},
};

/* Row i of the mixed table takes this double: the last rows bring 0, -0, NaN, Inf, -Inf. */
static const DoubleCase *
mixed_double(guint i)
{
  return &double_cases[(i + 6) % G_N_ELEMENTS(double_cases)];
}

static void
fill_all_cells(MzTableWriter *w, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS(cell_cases); i++) {
    mz_table_writer_add_string(w, cell_cases[i].cell, -1);
    mz_table_writer_add_int(w, (gint64)i - 3);
    mz_table_writer_add_double(w, mixed_double(i)->value);
    mz_table_writer_end_row(w);
  }
}

/* Python's csv module reads each cell back; it prints the cells of a row as hex, '-' if empty. */
static const char csv_reader_py[] =
    "import csv, sys\n"
    "enc = 'utf-8-sig' if sys.argv[2] == 'bom' else 'utf-8'\n"
    "with open(sys.argv[1], newline='', encoding=enc) as f:\n"
    "    for row in csv.reader(f, strict=True):\n"
    "        print(' '.join(c.encode().hex() or '-' for c in row))\n";

static void
check_csv_with_python(gboolean bom)
{
  g_autofree char *csv = write_to_string(MZ_TABLE_CSV, bom, mixed_columns, 3, fill_all_cells, NULL);
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "cells.csv", NULL);
  mz_test_write_file(path, csv, -1);
  g_autofree char *got = run_python(csv_reader_py, path, bom ? "bom" : "plain");

  g_autoptr(GString) want = g_string_new(NULL);
  const char *header[] = {"word", "freq", "per,million"};
  append_hex_row(want, header, 3);
  for (guint i = 0; i < G_N_ELEMENTS(cell_cases); i++) {
    char num[32];
    const DoubleCase *d = mixed_double(i);
    snprintf(num, sizeof num, "%d", (int)i - 3);
    /* what went in: the text (NA for a missing one), the number, and the
     * double's text from the table above (NA for NaN, as R writes it) */
    const char *row[] = {cell_cases[i].cell ? cell_cases[i].cell : "NA", num,
                         isnan(d->value) ? "NA" : d->text};
    append_hex_row(want, row, 3);
  }
  cr_assert_str_eq(got, want->str, "python3 csv read back other cells (bom=%d)", bom);
}

Test(table, csv_reads_back_with_python_csv_module)
{
  check_csv_with_python(FALSE);
  check_csv_with_python(TRUE);
}

Test(table, bom_starts_csv_and_tsv_only_when_asked)
{
  static const struct {
    MzTableFormat format;
    gboolean bom;
    const char *want;
  } cases[] = {
      {MZ_TABLE_CSV, TRUE, "\xEF\xBB\xBFh\n"}, /* U+FEFF in UTF-8 */
      {MZ_TABLE_CSV, FALSE, "h\n"},
      {MZ_TABLE_TSV, TRUE, "\xEF\xBB\xBFh\n"},
      {MZ_TABLE_TSV, FALSE, "h\n"},
      {MZ_TABLE_JSONL, TRUE, ""}, /* JSON Lines: no header, no BOM */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *out =
        write_to_string(cases[i].format, cases[i].bom, one_column, 1, NULL, NULL);
    cr_expect_str_eq(out, cases[i].want, "case %u", i);
  }
}

/* ---- numbers ------------------------------------------------------------ */

static void
assert_double_cases(void)
{
  for (guint i = 0; i < G_N_ELEMENTS(double_cases); i++) {
    char buf[MZ_FORMAT_DOUBLE_SIZE];
    double v = double_cases[i].value;
    mz_format_double(buf, sizeof buf, v);
    cr_expect_str_eq(buf, double_cases[i].text, "mz_format_double(%.17g)", v);
    if (isfinite(v) && v != 0 && fabs(v) < 1e308) /* 15 digits: within half a unit of the 15th */
      cr_expect(fabs(g_ascii_strtod(buf, NULL) - v) <= 5e-15 * fabs(v), "%s is not %.17g", buf, v);
  }
}

Test(table, format_double_writes_15_significant_digits)
{
  assert_double_cases();
}

/* glibc's printf is the oracle: for every finite double that is not a whole number up to 2^53,
 * mz_format_double() must write exactly what printf("%.15g") writes in the C locale - random bit
 * patterns over the whole range, halfway cases (a 16th digit of 5 with nothing after it, where
 * printf rounds half to even), and numbers next to powers of ten. */
static void
expect_printf_agrees(double v)
{
  char want[64], got[MZ_FORMAT_DOUBLE_SIZE];
  if (!isfinite(v) || (v == trunc(v) && fabs(v) <= 9007199254740992.0))
    return;
  snprintf(want, sizeof want, "%.15g", v);
  mz_format_double(got, sizeof got, v);
  cr_expect_str_eq(got, want, "mz_format_double(%a)", v);
}

Test(table, format_double_agrees_with_printf)
{
  GRand *rand = g_rand_new_with_seed(20261124);
  for (guint i = 0; i < 300000; i++) {
    guint64 bits = ((guint64)g_rand_int(rand) << 32) | g_rand_int(rand);
    double v;
    memcpy(&v, &bits, sizeof v);
    expect_printf_agrees(v);
    expect_printf_agrees(g_rand_double_range(rand, -1e6, 1e6));
    expect_printf_agrees(g_rand_double_range(rand, 0, 1e-3));
  }
  for (int x = -300; x <= 300; x++) { /* powers of ten and their neighbours */
    double p = pow(10, x);
    expect_printf_agrees(p);
    expect_printf_agrees(nextafter(p, 0));
    expect_printf_agrees(nextafter(p, INFINITY));
    expect_printf_agrees(p * 9.999999999999995); /* rounds up to the next power */
  }
  /* exact halfway cases: a 16-digit D ending in 5 (or 25, 75) over 10 (or 100) is (D/5)/2 (or
   * (D/25)/4), a double, whose 16th significant digit is that final 5 */
  for (guint i = 0; i < 20000; i++) {
    guint64 d = 1000000000000000ULL + (guint64)g_rand_int_range(rand, 0, G_MAXINT32) * 4000;
    expect_printf_agrees((double)((d + 5) / 5) / 2);
    expect_printf_agrees((double)((d + 25) / 25) / 4);
    expect_printf_agrees((double)((d + 75) / 25) / -4);
  }
  expect_printf_agrees(0.5);
  expect_printf_agrees(1.0000000000000005);      /* 16th digit 5: half to even */
  expect_printf_agrees(2.2250738585072014e-308); /* smallest normal: printf's path */
  expect_printf_agrees(4.9406564584124654e-324); /* subnormal */
  g_rand_free(rand);
}

/* Sets LC_NUMERIC to a locale with a decimal comma: de_DE.UTF-8 if installed, else one built
 * with localedef into the test's directory (LOCPATH); skips the test if neither works. */
static void
require_comma_locale(void)
{
  if (setlocale(LC_NUMERIC, "de_DE.UTF-8") == NULL &&
      g_file_test("/usr/bin/localedef", G_FILE_TEST_IS_EXECUTABLE)) {
    g_autofree char *out = g_build_filename(mz_test_tmpdir, "de_DE.UTF-8", NULL);
    const char *argv[] = {"/usr/bin/localedef", "-i", "de_DE", "-f", "UTF-8", out, NULL};
    int status = 0;
    if (g_spawn_sync(NULL, (char **)argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, NULL)) {
      g_setenv("LOCPATH", mz_test_tmpdir, TRUE);
      setlocale(LC_NUMERIC, "de_DE.UTF-8");
    }
  }
  if (strcmp(localeconv()->decimal_point, ",") != 0)
    cr_skip_test("no de_DE.UTF-8 locale (and none could be built); skipping");
  char probe[16];
  snprintf(probe, sizeof probe, "%g", 0.5);
  cr_assert_str_eq(probe, "0,5", "the comma locale is not in effect");
}

static void
fill_doubles(MzTableWriter *w, gconstpointer data)
{
  mz_table_writer_add_double(w, 0.5);
  mz_table_writer_add_double(w, 1.0 / 3);
  mz_table_writer_end_row(w);
}

Test(table, format_double_ignores_a_comma_locale)
{
  static const MzColumn cols[] = {{"a", MZ_COLUMN_DOUBLE}, {"b", MZ_COLUMN_DOUBLE}};
  require_comma_locale();
  assert_double_cases();
  g_autofree char *csv = write_to_string(MZ_TABLE_CSV, FALSE, cols, 2, fill_doubles, NULL);
  cr_expect_str_eq(csv, "a,b\n0.5,0.333333333333333\n");
  setlocale(LC_NUMERIC, "C");
}

static void
fill_specials(MzTableWriter *w, gconstpointer data)
{
  static const double values[] = {NAN, INFINITY, -INFINITY, -0.0};
  for (guint i = 0; i < G_N_ELEMENTS(values); i++)
    mz_table_writer_add_double(w, values[i]);
  mz_table_writer_add_int(w, G_MININT64);
  mz_table_writer_add_int(w, G_MAXINT64);
  mz_table_writer_add_int(w, G_GINT64_CONSTANT(9007199254740993)); /* 2^53+1, exact */
  mz_table_writer_add_na(w);
  mz_table_writer_end_row(w);
}

Test(table, csv_and_tsv_write_na_inf_and_exact_integers)
{
  static const MzColumn cols[] = {{"nan", MZ_COLUMN_DOUBLE},  {"inf", MZ_COLUMN_DOUBLE},
                                  {"ninf", MZ_COLUMN_DOUBLE}, {"nzero", MZ_COLUMN_DOUBLE},
                                  {"min", MZ_COLUMN_INT},     {"max", MZ_COLUMN_INT},
                                  {"big", MZ_COLUMN_INT},     {"na", MZ_COLUMN_INT}};
  /* NA, Inf, -Inf as R's read.csv reads them; 2^63 bounds from limits.h */
  g_autofree char *csv = write_to_string(MZ_TABLE_CSV, FALSE, cols, 8, fill_specials, NULL);
  cr_expect_str_eq(csv, "nan,inf,ninf,nzero,min,max,big,na\n"
                        "NA,Inf,-Inf,0,-9223372036854775808,9223372036854775807,"
                        "9007199254740993,NA\n");
  g_autofree char *tsv = write_to_string(MZ_TABLE_TSV, FALSE, cols, 8, fill_specials, NULL);
  cr_expect_str_eq(tsv, "nan\tinf\tninf\tnzero\tmin\tmax\tbig\tna\n"
                        "NA\tInf\t-Inf\t0\t-9223372036854775808\t9223372036854775807\t"
                        "9007199254740993\tNA\n");
}

/* ---- JSON Lines --------------------------------------------------------- */

static const MzColumn json_columns[] = {{"s", MZ_COLUMN_STRING},
                                        {"i", MZ_COLUMN_INT},
                                        {"d", MZ_COLUMN_DOUBLE},
                                        {"q\"k", MZ_COLUMN_INT}};

typedef struct {
  const char *s; /* NULL: NA */
  gint64 i;
  double d;
  const char *python; /* the row as the reader below prints it */
} JsonRow;

/* Arabic test table: row 3 holds Arabic letters around U+2028 and U+2029.
 * Expected readings: the values themselves (Python's json module decodes
 * the escapes), str as UTF-8 hex computed by python3 '...'.encode().hex(). */
static const JsonRow json_rows[] = {
    {"a\"b\\c/", 0, 0.1, "s=str:6122625c632f i=int:0 d=float:0.1 q\"k=int:7"},
    {"\n\t\r\b\f\x01\x1f\x7f", -1, NAN, "s=str:0a090d080c011f7f i=int:-1 d=null q\"k=int:7"},
    {"سلام\xE2\x80\xA8عليكم\xE2\x80\xA9", G_MAXINT64, INFINITY,
     "s=str:d8b3d984d8a7d985e280a8d8b9d984d98ad983d985e280a9 i=int:9223372036854775807 "
     "d=str:496e66 q\"k=int:7"},
    {NULL, G_MININT64, -INFINITY, "s=null i=int:-9223372036854775808 d=str:2d496e66 q\"k=int:7"},
    {"", G_GINT64_CONSTANT(9007199254740993), 1e300,
     "s=str: i=int:9007199254740993 d=float:1e+300 q\"k=int:7"},
    {"x", 1, -0.0, "s=str:78 i=int:1 d=int:0 q\"k=int:7"},
};

static void
fill_json_rows(MzTableWriter *w, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS(json_rows); i++) {
    mz_table_writer_add_string(w, json_rows[i].s, -1);
    mz_table_writer_add_int(w, json_rows[i].i);
    mz_table_writer_add_double(w, json_rows[i].d);
    mz_table_writer_add_int(w, 7);
    mz_table_writer_end_row(w);
  }
}

/* Python's json module, strict: no NaN/Infinity literals, no raw control characters; members
 * in file order; one line per object, split on LF only. */
static const char json_reader_py[] =
    "import json, sys\n"
    "def bad(c): raise ValueError(c)\n"
    "data = open(sys.argv[1], 'rb').read()\n"
    "assert data.endswith(b'\\n')\n"
    "for line in data[:-1].split(b'\\n'):\n"
    "    out = []\n"
    "    for k, v in json.loads(line.decode(), parse_constant=bad, object_pairs_hook=list):\n"
    "        if v is None: out.append(k + '=null')\n"
    "        elif isinstance(v, str): out.append(k + '=str:' + v.encode().hex())\n"
    "        else: out.append(k + '=' + type(v).__name__ + ':' + repr(v))\n"
    "    print(' '.join(out))\n";

Test(table, jsonl_reads_back_with_python_json_module)
{
  g_autofree char *jsonl =
      write_to_string(MZ_TABLE_JSONL, FALSE, json_columns, 4, fill_json_rows, NULL);
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "rows.jsonl", NULL);
  mz_test_write_file(path, jsonl, -1);
  g_autofree char *got = run_python(json_reader_py, path, NULL);
  g_autoptr(GString) want = g_string_new(NULL);
  for (guint i = 0; i < G_N_ELEMENTS(json_rows); i++)
    g_string_append_printf(want, "%s\n", json_rows[i].python);
  cr_assert_str_eq(got, want->str);
}

Test(table, jsonl_escapes_are_the_short_forms)
{
  g_autofree char *jsonl =
      write_to_string(MZ_TABLE_JSONL, FALSE, json_columns, 4, fill_json_rows, NULL);
  g_auto(GStrv) lines = g_strsplit(jsonl, "\n", -1);
  cr_assert_eq(g_strv_length(lines), G_N_ELEMENTS(json_rows) + 1);
  /* RFC 8259 section 7: two-character escapes where they exist, \u00XX for other controls */
  cr_expect_str_eq(lines[0], "{\"s\":\"a\\\"b\\\\c/\",\"i\":0,\"d\":0.1,\"q\\\"k\":7}");
  cr_expect_str_eq(lines[1], "{\"s\":\"\\n\\t\\r\\b\\f\\u0001\\u001f\x7f\",\"i\":-1,\"d\":null,"
                             "\"q\\\"k\":7}");
  cr_expect_not_null(strstr(lines[2], "\\u2028"));
  cr_expect_not_null(strstr(lines[2], "\\u2029"));
  cr_expect_null(strstr(lines[2], "\xE2\x80\xA8"), "raw U+2028 left in the line");
  cr_expect_not_null(strstr(lines[2], "\"d\":\"Inf\""));
  cr_expect_not_null(strstr(lines[3], "\"s\":null"));
}

/* ---- misuse, errors, format names ---------------------------------------- */

static void
count_critical(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  (*(guint *)data)++;
}

static void
fill_misused_rows(MzTableWriter *w, gconstpointer data)
{
  mz_table_writer_add_string(w, "a", -1);
  mz_table_writer_add_int(w, 1);
  mz_table_writer_add_int(w, 2); /* one too many: dropped */
  mz_table_writer_end_row(w);
  mz_table_writer_add_string(w, "b", -1);
  mz_table_writer_end_row(w); /* one too few: padded */
}

Test(table, too_many_or_too_few_cells_are_criticals)
{
  static const MzColumn cols[] = {{"w", MZ_COLUMN_STRING}, {"n", MZ_COLUMN_INT}};
  guint criticals = 0;
  guint id = g_log_set_handler(G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, count_critical, &criticals);
  g_autofree char *csv = write_to_string(MZ_TABLE_CSV, FALSE, cols, 2, fill_misused_rows, NULL);
  g_log_remove_handler(G_LOG_DOMAIN, id);
  cr_expect_eq(criticals, 2);
  cr_expect_str_eq(csv, "w,n\na,1\nb,NA\n");
}

Test(table, format_names_parse_and_unknown_ones_list_the_choices)
{
  static const struct {
    const char *name;
    MzTableFormat format;
  } good[] = {{"csv", MZ_TABLE_CSV},
              {"tsv", MZ_TABLE_TSV},
              {"jsonl", MZ_TABLE_JSONL},
              {"CSV", MZ_TABLE_CSV}};
  for (guint i = 0; i < G_N_ELEMENTS(good); i++) {
    MzTableFormat f = good[i].format == MZ_TABLE_CSV ? MZ_TABLE_TSV : MZ_TABLE_CSV;
    cr_expect(mz_table_format_parse(good[i].name, &f, NULL), "%s", good[i].name);
    cr_expect_eq(f, good[i].format, "%s", good[i].name);
  }
  cr_expect_str_eq(mz_table_format_name(MZ_TABLE_JSONL), "jsonl");
  GError *error = NULL;
  MzTableFormat f = MZ_TABLE_CSV;
  cr_assert_not(mz_table_format_parse("xml", &f, &error));
  cr_assert(g_error_matches(error, MZ_REPORTS_ERROR, MZ_REPORTS_ERROR_INVALID_ARGUMENT));
  cr_expect_str_eq(error->message, "unknown table format 'xml' (choose csv, tsv or jsonl)");
  g_error_free(error);
}

/* ---- MzTable ------------------------------------------------------------- */

static const MzColumn freq_columns[] = {
    {"type", MZ_COLUMN_STRING}, {"freq", MZ_COLUMN_INT}, {"share", MZ_COLUMN_DOUBLE}};

Test(table, new_rows_are_na_and_getters_return_what_was_set)
{
  g_autoptr(MzTable) t = mz_table_new(freq_columns, 3);
  cr_assert_eq(mz_table_n_columns(t), 3);
  cr_assert_eq(mz_table_n_rows(t), 0);
  cr_expect_eq(mz_table_column_index(t, "freq"), 1);
  cr_expect_eq(mz_table_column_index(t, "nope"), -1);
  cr_expect_str_eq(mz_table_column(t, 2)->name, "share");
  cr_expect_eq(mz_table_column(t, 2)->type, MZ_COLUMN_DOUBLE);
  for (guint r = 0; r < 200; r++) /* past the first growth */
    cr_assert_eq(mz_table_add_row(t), r);
  for (guint c = 0; c < 3; c++)
    cr_expect(mz_table_is_na(t, 199, c));
  cr_expect_null(mz_table_get_string(t, 0, 0));
  cr_expect_eq(mz_table_get_int(t, 0, 1), 0);
  cr_expect(isnan(mz_table_get_double(t, 0, 2)));

  char word[] = "kitab";
  mz_table_set_string(t, 150, 0, word, 3);
  word[0] = 'X'; /* the table keeps its own copy */
  mz_table_set_int(t, 150, 1, G_MININT64);
  mz_table_set_double(t, 150, 2, 0.25);
  cr_expect_str_eq(mz_table_get_string(t, 150, 0), "kit");
  cr_expect_eq(mz_table_get_int(t, 150, 1), G_MININT64);
  cr_expect_eq(mz_table_get_double(t, 150, 2), 0.25);
  cr_expect_not(mz_table_is_na(t, 150, 0));
  mz_table_set_na(t, 150, 1);
  mz_table_set_string(t, 150, 0, NULL, -1);
  cr_expect(mz_table_is_na(t, 150, 1));
  cr_expect(mz_table_is_na(t, 150, 0));
  cr_expect(mz_table_is_na(t, 149, 0));
}

static gint
by_freq_desc(gconstpointer a, gconstpointer b, gpointer user_data)
{
  const MzTable *t = user_data;
  gint64 fa = mz_table_get_int(t, *(const guint *)a, 1);
  gint64 fb = mz_table_get_int(t, *(const guint *)b, 1);
  return (fa < fb) - (fa > fb);
}

Test(table, sort_is_stable)
{
  g_autoptr(MzTable) t = mz_table_new(freq_columns, 3);
  enum { N = 1000 };
  for (guint i = 0; i < N; i++) {
    guint r = mz_table_add_row(t);
    mz_table_set_int(t, r, 1, (gint64)((i * 7919) % 13)); /* many ties, scattered */
    mz_table_set_double(t, r, 2, (double)i);              /* the original position */
  }
  mz_table_sort(t, by_freq_desc, t);
  cr_assert_eq(mz_table_n_rows(t), N);
  for (guint r = 1; r < N; r++) {
    gint64 prev = mz_table_get_int(t, r - 1, 1), cur = mz_table_get_int(t, r, 1);
    cr_assert_geq(prev, cur, "row %u out of order", r);
    if (prev == cur) /* stable: equal keys keep their first order */
      cr_assert_lt(mz_table_get_double(t, r - 1, 2), mz_table_get_double(t, r, 2), "row %u", r);
    cr_assert(mz_table_is_na(t, r, 0));
  }
}

static MzTable *
make_small_table(void)
{
  /* Arabic test table: the types are Arabic words */
  static const char *types[] = {"في", "من", "على", "إلى"};
  static const gint64 freqs[] = {5, 9, 5, 9};
  MzTable *t = mz_table_new(freq_columns, 3);
  for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
    guint r = mz_table_add_row(t);
    mz_table_set_string(t, r, 0, types[i], -1);
    mz_table_set_int(t, r, 1, freqs[i]);
    if (i != 2)
      mz_table_set_double(t, r, 2, (double)freqs[i] / 28);
  }
  mz_table_sort(t, by_freq_desc, t);
  return t;
}

static void
fill_from_table(MzTableWriter *w, gconstpointer table)
{
  GError *error = NULL;
  cr_assert(mz_table_write(table, w, &error), "%s", error ? error->message : "?");
}

Test(table, sorted_table_writes_every_row_in_each_format)
{
  static const struct {
    MzTableFormat format;
    const char *want; /* the shares: python3 '%.15g' % (9/28), '%.15g' % (5/28) */
  } cases[] = {
      {MZ_TABLE_CSV, "type,freq,share\n"
                     "من,9,0.321428571428571\nإلى,9,0.321428571428571\n"
                     "في,5,0.178571428571429\nعلى,5,NA\n"},
      {MZ_TABLE_TSV, "type\tfreq\tshare\n"
                     "من\t9\t0.321428571428571\nإلى\t9\t0.321428571428571\n"
                     "في\t5\t0.178571428571429\nعلى\t5\tNA\n"},
      {MZ_TABLE_JSONL, "{\"type\":\"من\",\"freq\":9,\"share\":0.321428571428571}\n"
                       "{\"type\":\"إلى\",\"freq\":9,\"share\":0.321428571428571}\n"
                       "{\"type\":\"في\",\"freq\":5,\"share\":0.178571428571429}\n"
                       "{\"type\":\"على\",\"freq\":5,\"share\":null}\n"},
  };
  g_autoptr(MzTable) t = make_small_table();
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autofree char *out =
        write_to_string(cases[i].format, FALSE, freq_columns, 3, fill_from_table, t);
    cr_expect_str_eq(out, cases[i].want, "format %s", mz_table_format_name(cases[i].format));
  }
}
