/* test-source.c - corpus/source.c: paths, directories, stdin, format choice, decoding, metadata
 *
 * Where the expected values come from:
 * - Directory order: strcmp order of the names at each level, as the sources task states it
 *   (ASCII: "A.txt" < "a.txt" < "b.txt" < "sub"); ids and messages as the task states them.
 * - tests/data/formats/trec/news.cp1256.trec was made from news.utf8.trec with glibc iconv 2.36
 *   (iconv -f UTF-8 -t CP1256), so both must give the same documents.
 * - Invalid UTF-8: /usr/bin/python3 b.decode("utf-8") fails at byte offset 43, line 3, column
 *   5 of the bytes in decode_error_skips_the_whole_file; b.decode("utf-8", "replace") gives 2
 *   U+FFFD for the bytes in replaced_bytes_are_reported.
 * - tests/data/formats/metadata.csv: Python's csv.reader (encoding "utf-8-sig") reads its rows
 *   as [id, "source ", " cat", note], [AR-1, 'Agency, "A"', arts, "two\r\nlines"],
 *   ["trec/two-docs.trec#2", Radio, "", plain], ["2", WRONG x3], [unused, x, y, z].
 * - Buckwalter: ../shared/spec/arabic-text.md section 1.1: k U+0643, t U+062A, b U+0628,
 *   A U+0627, l U+0644, w U+0648, d U+062F.
 * - ../shared/corpus/ant/technology: 83 files (ls | wc -l); each file's DOCNO is its name
 *   without ".txt" (checked with /usr/bin/python3 for all 83); LC_ALL=C ls lists
 *   JA-technology-1-20170121.txt first and JA-technology-9-20161215.txt last.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <criterion/parameterized.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define COLS "\t_\t_\t_\t_\t0\tdep\t_\t_\n" /* columns 3-10 of a CoNLL-U token line */

TestSuite(source, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown);

/* Writes mz_test_tmpdir/@relative (making its directories). Returns: (transfer full): its path. */
static char *
tmp_file(const char *relative, const char *content)
{
  char *path = g_build_filename(mz_test_tmpdir, relative, NULL);
  g_autofree char *dir = g_path_get_dirname(path);
  cr_assert_eq(g_mkdir_with_parents(dir, 0755), 0);
  mz_test_write_file(path, content, -1);
  return path;
}

typedef struct {
  GPtrArray *messages; /* "I message" or "W message" */
} Notes;

static void
collect_note(MzNotifyLevel level, const char *message, gpointer user_data)
{
  Notes *notes = user_data;
  g_ptr_array_add(notes->messages,
                  g_strdup_printf("%c %s", level == MZ_NOTIFY_INFO ? 'I' : 'W', message));
}

static MzSource *
open_paths(const char *const *paths, const MzSourceOptions *opts)
{
  GError *error = NULL;
  MzSource *src = mz_source_new(paths, opts, &error);
  cr_assert_not_null(src, "%s: %s", paths[0], error != NULL ? error->message : "?");
  return src;
}

/* All documents of @src; the test fails on any error. */
static GPtrArray *
read_all(MzSource *src)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)mz_document_free);
  GError *error = NULL;
  MzDocument *doc;
  while ((doc = mz_source_next(src, &error)) != NULL)
    g_ptr_array_add(docs, doc);
  cr_assert_null(error, "%s", error != NULL ? error->message : "");
  return docs;
}

static GPtrArray *
read_paths(const char *const *paths, const MzSourceOptions *opts)
{
  MzSource *src = open_paths(paths, opts);
  GPtrArray *docs = read_all(src);
  mz_source_free(src);
  return docs;
}

static MzDocument *
doc_at(GPtrArray *docs, guint i)
{
  cr_assert_lt(i, docs->len, "only %u documents", docs->len);
  return g_ptr_array_index(docs, i);
}

/* mz_source_new() on @paths fails with @code and the message @want. */
static void
assert_new_fails(const char *const *paths, const MzSourceOptions *opts, int code, const char *want)
{
  GError *error = NULL;
  MzSource *src = mz_source_new(paths, opts, &error);
  cr_assert_null(src);
  cr_assert_not_null(error);
  cr_assert_eq(error->domain, MZ_CORPUS_ERROR);
  cr_assert_eq(error->code, code, "code %d, expected %d (%s)", error->code, code, error->message);
  cr_assert_str_eq(error->message, want);
  g_error_free(error);
}

Test(source, options_init_sets_the_defaults)
{
  MzSourceOptions opts;
  memset(&opts, 0x5a, sizeof opts);
  mz_source_options_init(&opts);
  cr_assert_eq(opts.format, MZ_FORMAT_AUTO);
  cr_assert_null(opts.decode.encoding);
  cr_assert_eq(opts.decode.on_invalid, MZ_ON_INVALID_ERROR);
  cr_assert_eq(opts.decode.min_confidence, MZ_DECODE_MIN_CONFIDENCE);
  cr_assert_str_eq(opts.text_field, "text");
  cr_assert_str_eq(opts.id_field, "id");
  cr_assert_eq(opts.trec_fields, MZ_TREC_TEXT);
  cr_assert_null(opts.metadata_path);
  cr_assert_not(opts.buckwalter_input);
}

Test(source, input_format_names_parse_and_print)
{
  static const struct {
    const char *name;
    MzInputFormat format;
  } cases[] = {{"auto", MZ_FORMAT_AUTO},     {"text", MZ_FORMAT_TEXT},
               {"trec", MZ_FORMAT_TREC},     {"jsonl", MZ_FORMAT_JSONL},
               {"conllu", MZ_FORMAT_CONLLU}, {"vertical", MZ_FORMAT_VERTICAL}};
  GError *error = NULL;
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    MzInputFormat format = MZ_FORMAT_AUTO;
    cr_assert(mz_input_format_parse(cases[i].name, &format, NULL), "%s", cases[i].name);
    cr_assert_eq(format, cases[i].format, "%s", cases[i].name);
    cr_assert_str_eq(mz_input_format_name(cases[i].format), cases[i].name);
  }
  MzInputFormat format = MZ_FORMAT_TEXT;
  cr_assert_not(mz_input_format_parse("xml", &format, &error));
  cr_assert_eq(error->code, MZ_CORPUS_ERROR_INVALID_ARGUMENT);
  cr_assert_str_eq(error->message,
                   "unknown input format 'xml' (choose from auto, text, trec, jsonl, conllu, "
                   "vertical)");
  cr_assert_eq(format, MZ_FORMAT_TEXT);
  g_error_free(error);
}

Test(source, trec_fields_parse_lists)
{
  static const struct {
    const char *spec;
    guint fields; /* 0: an error */
  } cases[] = {{"text", MZ_TREC_TEXT},
               {"title,abstract", MZ_TREC_TITLE | MZ_TREC_ABSTRACT},
               {" text , title ,text", MZ_TREC_TEXT | MZ_TREC_TITLE},
               {"abstract", MZ_TREC_ABSTRACT},
               {"body", 0},
               {"text,", 0},
               {"", 0}};
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    GError *error = NULL;
    guint fields = 0;
    gboolean ok = mz_trec_fields_parse(cases[i].spec, &fields, &error);
    cr_assert_eq(ok, cases[i].fields != 0, "[%s]", cases[i].spec);
    if (ok) {
      cr_assert_eq(fields, cases[i].fields, "[%s]: %u", cases[i].spec, fields);
      continue;
    }
    cr_assert_eq(error->code, MZ_CORPUS_ERROR_INVALID_ARGUMENT);
    cr_assert(strstr(error->message, "(choose from text, title, abstract)") != NULL, "%s",
              error->message);
    g_error_free(error);
  }
}

/* mz_test_tmpdir/corpus: files at two levels, hidden ones, a symlink to a file, a loop, a dangling
 * link and a FIFO. */
static char *
make_tree(void)
{
  static const char *const files[] = {"b.txt",     "a.txt",          "A.txt",     ".hidden.txt",
                                      "sub/c.txt", "sub/.git/x.txt", ".dir/y.txt"};
  for (guint i = 0; i < G_N_ELEMENTS(files); i++) {
    g_autofree char *rel = g_build_filename("corpus", files[i], NULL);
    g_autofree char *path = tmp_file(rel, files[i]);
  }
  char *root = g_build_filename(mz_test_tmpdir, "corpus", NULL);
  g_autofree char *loop = g_build_filename(root, "sub", "loop", NULL);
  g_autofree char *link = g_build_filename(root, "sub", "link.txt", NULL);
  g_autofree char *dangling = g_build_filename(root, "dangling", NULL);
  g_autofree char *fifo = g_build_filename(root, "sub", "fifo", NULL);
  cr_assert_eq(symlink("..", loop), 0);
  cr_assert_eq(symlink("../a.txt", link), 0);
  cr_assert_eq(symlink("nowhere", dangling), 0);
  cr_assert_eq(mkfifo(fifo, 0644), 0);
  return root;
}

static const char *const tree_ids[] = {"A.txt", "a.txt", "b.txt", "sub/c.txt", "sub/link.txt"};
static const char *const tree_texts[] = {"A.txt", "a.txt", "b.txt", "sub/c.txt", "a.txt"};

static void
assert_tree(GPtrArray *docs, const char *prefix, const char *dir)
{
  cr_assert_eq(docs->len, G_N_ELEMENTS(tree_ids), "%u documents", docs->len);
  for (guint i = 0; i < G_N_ELEMENTS(tree_ids); i++) {
    MzDocument *doc = doc_at(docs, i);
    g_autofree char *id = g_strconcat(prefix, tree_ids[i], NULL);
    g_autofree char *path = g_build_filename(dir, tree_ids[i], NULL);
    cr_expect_str_eq(doc->id, id);
    cr_expect_str_eq(doc->path, path);
    cr_expect_str_eq(doc->data, tree_texts[i]);
    cr_expect_eq(doc->format, MZ_FORMAT_TEXT);
  }
}

Test(source, directory_walk_is_sorted_recursive_and_skips_hidden)
{
  g_autofree char *root = make_tree();
  g_autofree char *slash = g_strconcat(root, "/", NULL);
  const char *paths[] = {root, NULL};
  const char *slash_paths[] = {slash, NULL};
  g_autoptr(GPtrArray) docs = read_paths(paths, NULL);
  assert_tree(docs, "corpus/", root);
  g_autoptr(GPtrArray) again = read_paths(slash_paths, NULL);
  assert_tree(again, "corpus/", root);
}

Test(source, dot_directory_and_dot_slash_ids_are_relative)
{
  g_autofree char *root = make_tree();
  const char *dot[] = {".", NULL};
  const char *file[] = {"./a.txt", "sub//c.txt", NULL};
  cr_assert_eq(chdir(root), 0);
  g_autoptr(GPtrArray) docs = read_paths(dot, NULL);
  assert_tree(docs, "", ".");
  g_autoptr(GPtrArray) files = read_paths(file, NULL);
  cr_assert_eq(files->len, 2);
  cr_assert_str_eq(doc_at(files, 0)->id, "a.txt");
  cr_assert_str_eq(doc_at(files, 0)->path, "./a.txt");
  cr_assert_str_eq(doc_at(files, 1)->id, "sub//c.txt");
}

Test(source, nonexistent_path_is_not_found)
{
  g_autofree char *good = tmp_file("good.txt", "x");
  g_autofree char *missing = g_build_filename(mz_test_tmpdir, "missing.txt", NULL);
  g_autofree char *want = g_strdup_printf("cannot open '%s': No such file or directory", missing);
  const char *paths[] = {good, missing, NULL};
  assert_new_fails(paths, NULL, MZ_CORPUS_ERROR_NOT_FOUND, want);
}

Test(source, directory_without_files_is_empty)
{
  g_autofree char *hidden = tmp_file("empty/.hidden", "x");
  g_autofree char *dir = g_build_filename(mz_test_tmpdir, "empty", NULL);
  g_autofree char *sub = g_build_filename(dir, "sub", NULL);
  g_autofree char *want = g_strdup_printf("'%s': no documents (no files in the directory)", dir);
  const char *paths[] = {dir, NULL};
  cr_assert_eq(g_mkdir(sub, 0755), 0);
  assert_new_fails(paths, NULL, MZ_CORPUS_ERROR_EMPTY, want);
}

typedef struct {
  char file[16];
  char content[96];
  MzInputFormat format;
  char why[48];
} AutoCase;

ParameterizedTestParameters(source, auto_format_by_extension_then_content)
{
  /* The choice rules of the sources task (extension first, then the first non-blank line). */
  static AutoCase cases[] = {
      {"a.jsonl", "{\"text\": \"x\"}\n", MZ_FORMAT_JSONL, "extension .jsonl"},
      {"a.ndjson", "{\"text\": \"x\"}\n", MZ_FORMAT_JSONL, "extension .ndjson"},
      {"B.JSONL", "{\"text\": \"x\"}\n", MZ_FORMAT_JSONL, "extension .jsonl"},
      {"a.conllu", "1\tx" COLS, MZ_FORMAT_CONLLU, "extension .conllu"},
      {"a.vrt", "x\n", MZ_FORMAT_VERTICAL, "extension .vrt"},
      {"a.vert", "x\n", MZ_FORMAT_VERTICAL, "extension .vert"},
      {"a.trec", "<DOC>\n<TEXT>x</TEXT>\n</DOC>\n", MZ_FORMAT_TREC, "extension .trec"},
      {"a.txt", "\n  <DOC>\n<TEXT>x</TEXT>\n</DOC>\n", MZ_FORMAT_TREC, "starts with <DOC>"},
      {"b", "<DOC id=\"1\">\n<TEXT>x</TEXT>\n</DOC>\n", MZ_FORMAT_TREC, "starts with <DOC>"},
      {"c.txt", "<doc id=\"1\">\nx\n</doc>\n", MZ_FORMAT_VERTICAL, "starts with <doc>"},
      {"d.txt", "<text>\nx\n</text>\n", MZ_FORMAT_VERTICAL, "starts with <text>"},
      {"e.txt", "{\"text\": \"x\"}\n", MZ_FORMAT_JSONL, "first line starts with {"},
      {"f.txt", "# newdoc id = a\n1\tx" COLS, MZ_FORMAT_CONLLU, "first line is a CoNLL-U comment"},
      {"g.txt", "# sent_id = 1\n1\tx" COLS, MZ_FORMAT_CONLLU, "first line is a CoNLL-U comment"},
      {"h.txt", "# text = x\n1\tx" COLS, MZ_FORMAT_CONLLU, "first line is a CoNLL-U comment"},
      {"i.txt", "1\tx" COLS, MZ_FORMAT_CONLLU, "first line has 10 tab-separated columns"},
      {"j.txt", "# a comment\nx\n", MZ_FORMAT_TEXT, "no other format recognized"},
      {"k.txt", "<DOCUMENT>x\n", MZ_FORMAT_TEXT, "no other format recognized"},
      {"l.txt", "a\tb\tc\n", MZ_FORMAT_TEXT, "no other format recognized"},
      {"m.json", " x {\n", MZ_FORMAT_TEXT, "no other format recognized"},
  };
  return cr_make_param_array(AutoCase, cases, G_N_ELEMENTS(cases));
}

ParameterizedTest(AutoCase *c, source, auto_format_by_extension_then_content)
{
  g_autofree char *path = tmp_file(c->file, c->content);
  g_autofree char *want =
      g_strdup_printf("I %s: format %s (auto: %s)", path, mz_input_format_name(c->format), c->why);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
  Notes notes = {messages};
  const char *paths[] = {path, NULL};
  GError *error = NULL;
  MzSource *src = open_paths(paths, NULL);
  mz_source_set_notify(src, collect_note, &notes);
  MzDocument *doc = mz_source_next(src, &error);
  cr_assert_not_null(doc, "%s: %s", c->file, error != NULL ? error->message : "no document");
  cr_expect_eq(doc->format, c->format, "%s: %s", c->file, mz_input_format_name(doc->format));
  cr_assert_eq(messages->len, 1, "%s: %u messages", c->file, messages->len);
  cr_expect_str_eq(g_ptr_array_index(messages, 0), want);
  mz_document_free(doc);
  mz_source_free(src);
}

Test(source, explicit_format_is_not_announced)
{
  g_autofree char *path = tmp_file("a.jsonl", "{\"text\": \"x\"}\n");
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
  Notes notes = {messages};
  const char *paths[] = {path, NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.format = MZ_FORMAT_TEXT;
  MzSource *src = open_paths(paths, &opts);
  mz_source_set_notify(src, collect_note, &notes);
  g_autoptr(GPtrArray) docs = read_all(src);
  cr_assert_eq(docs->len, 1);
  cr_assert_eq(doc_at(docs, 0)->format, MZ_FORMAT_TEXT);
  cr_assert_str_eq(doc_at(docs, 0)->data, "{\"text\": \"x\"}\n");
  cr_assert_str_eq(doc_at(docs, 0)->id, path);
  cr_assert_eq(messages->len, 0);
  mz_source_free(src);
}

Test(source, cp1256_trec_is_decoded_like_its_utf8_twin)
{
  g_autofree char *cp1256 = mz_test_data_path("formats/trec/news.cp1256.trec");
  g_autofree char *utf8 = mz_test_data_path("formats/trec/news.utf8.trec");
  g_autofree char *want =
      g_strdup_printf("I %s: encoding windows-1256 (detected, confidence ", cp1256);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
  Notes notes = {messages};
  const char *paths[] = {cp1256, NULL};
  const char *twin_paths[] = {utf8, NULL};
  MzSource *src = open_paths(paths, NULL);
  mz_source_set_notify(src, collect_note, &notes);
  g_autoptr(GPtrArray) docs = read_all(src);
  g_autoptr(GPtrArray) twins = read_paths(twin_paths, NULL);
  mz_source_free(src);
  cr_assert_eq(docs->len, 2);
  cr_assert_eq(twins->len, 2);
  for (guint i = 0; i < docs->len; i++) {
    MzDocument *doc = doc_at(docs, i), *twin = doc_at(twins, i);
    cr_assert_str_eq(doc->id + strlen(cp1256), twin->id + strlen(utf8));
    cr_assert_str_eq(doc->data, twin->data);
    cr_assert_str_eq(doc->encoding, "windows-1256");
    cr_assert_str_eq(twin->encoding, "UTF-8");
  }
  cr_assert_geq(messages->len, 1);
  cr_assert(g_str_has_prefix(g_ptr_array_index(messages, 0), want), "[%s]",
            (char *)g_ptr_array_index(messages, 0));
}

Test(source, replaced_bytes_are_reported)
{
  /* Arabic: three times kaf teh beh, with the invalid bytes 0xFF and 0xFE between */
  g_autofree char *path = tmp_file("r.txt", "\xd9\x83\xd8\xaa\xd8\xa8 \xff \xd9\x83\xd8\xaa\xd8\xa8"
                                            " \xfe \xd9\x83\xd8\xaa\xd8\xa8\n");
  g_autofree char *want =
      g_strdup_printf("W %s: replaced 2 invalid byte sequences with U+FFFD", path);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
  Notes notes = {messages};
  const char *paths[] = {path, NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.decode.on_invalid = MZ_ON_INVALID_REPLACE;
  MzSource *src = open_paths(paths, &opts);
  mz_source_set_notify(src, collect_note, &notes);
  g_autoptr(GPtrArray) docs = read_all(src);
  mz_source_free(src);
  cr_assert_eq(docs->len, 1);
  cr_assert(g_utf8_validate(doc_at(docs, 0)->data, -1, NULL));
  cr_assert(g_ptr_array_find_with_equal_func(messages, want, g_str_equal, NULL), "no [%s]", want);
}

Test(source, decode_error_skips_the_whole_file)
{
  /* Arabic: "ktb Alwld" in three lines, an invalid byte on the third */
  g_autofree char *bad = tmp_file("dir/a.txt", "كتب الولد\nكتب الولد\nكتب \xff الولد\n");
  g_autofree char *good = tmp_file("dir/b.txt", "good\n");
  g_autofree char *dir = g_build_filename(mz_test_tmpdir, "dir", NULL);
  g_autofree char *want =
      g_strdup_printf("%s: invalid UTF-8 at line 3, column 5, byte offset 43", bad);
  const char *paths[] = {dir, NULL};
  GError *error = NULL;
  MzSource *src = open_paths(paths, NULL);
  cr_assert_null(mz_source_next(src, &error));
  cr_assert_not_null(error);
  cr_assert_eq(error->code, MZ_CORPUS_ERROR_INVALID_DATA);
  cr_assert(g_str_has_prefix(error->message, want), "[%s]", error->message);
  g_clear_error(&error);
  MzDocument *doc = mz_source_next(src, &error);
  cr_assert_not_null(doc, "%s", error != NULL ? error->message : "no document");
  cr_assert_str_eq(doc->id, "dir/b.txt");
  mz_document_free(doc);
  cr_assert_null(mz_source_next(src, &error));
  cr_assert_null(error);
  mz_source_free(src);
}

Test(source, metadata_csv_joins_by_id_then_by_docno)
{
  g_autofree char *data = mz_test_data_path("formats");
  g_autofree char *csv = mz_test_data_path("formats/metadata.csv");
  const char *paths[] = {"trec/two-docs.trec", NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.metadata_path = csv;
  cr_assert_eq(chdir(data), 0);
  g_autoptr(GPtrArray) docs = read_paths(paths, &opts);
  cr_assert_eq(docs->len, 2);
  MzDocument *d1 = doc_at(docs, 0), *d2 = doc_at(docs, 1);
  /* by DOCNO; the CSV's cat replaces the document's own */
  cr_assert_str_eq(d1->id, "trec/two-docs.trec#AR-1");
  cr_assert_str_eq(mz_document_get_meta(d1, "source"), "Agency, \"A\"");
  cr_assert_str_eq(mz_document_get_meta(d1, "cat"), "arts");
  cr_assert_str_eq(mz_document_get_meta(d1, "note"), "two\r\nlines");
  cr_assert_str_eq(mz_document_get_meta(d1, "docno"), "AR-1");
  /* by the full id, which wins over the row "2" */
  cr_assert_str_eq(d2->id, "trec/two-docs.trec#2");
  cr_assert_str_eq(mz_document_get_meta(d2, "source"), "Radio");
  cr_assert_str_eq(mz_document_get_meta(d2, "cat"), "");
  cr_assert_str_eq(mz_document_get_meta(d2, "note"), "plain");
}

typedef struct {
  char csv[64];
  char message[80];
} CsvCase;

ParameterizedTestParameters(source, metadata_csv_errors_name_the_line)
{
  /* RFC 4180 and the messages of the sources task; lines counted by hand. */
  static CsvCase cases[] = {
      {"id,a\nx,1,2\n", "line 2: expected 2 fields (as in the header), found 3"},
      {"id,a\r\n\"x\ny\",1\r\nz\r\n", "line 4: expected 2 fields (as in the header), found 1"},
      {"id,a\nx,\"unterminated\n\n", "line 2: unterminated quoted field"},
      {"id,a\nx,1\ny,2\nx,3\n", "line 4: duplicate id 'x' (first at line 2)"},
      {"", "line 1: empty header (a header row naming the columns is required)"},
      {"id, ,b\n", "line 1: empty header: column 2 has no name"},
      {"id,a,a\n", "line 1: column name 'a' appears twice in the header"},
      {"id,a\nx,\"q\"z\n", "line 2: unexpected character after a closing quote"},
  };
  return cr_make_param_array(CsvCase, cases, G_N_ELEMENTS(cases));
}

ParameterizedTest(CsvCase *c, source, metadata_csv_errors_name_the_line)
{
  g_autofree char *doc = tmp_file("a.txt", "x");
  g_autofree char *csv = tmp_file("meta.csv", c->csv);
  g_autofree char *want = g_strdup_printf("%s: %s", csv, c->message);
  const char *paths[] = {doc, NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.metadata_path = csv;
  assert_new_fails(paths, &opts, MZ_CORPUS_ERROR_FORMAT, want);
}

Test(source, metadata_file_missing_is_not_found)
{
  g_autofree char *doc = tmp_file("a.txt", "x");
  g_autofree char *csv = g_build_filename(mz_test_tmpdir, "none.csv", NULL);
  g_autofree char *want = g_strdup_printf("cannot open '%s': No such file or directory", csv);
  const char *paths[] = {doc, NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.metadata_path = csv;
  assert_new_fails(paths, &opts, MZ_CORPUS_ERROR_NOT_FOUND, want);
}

Test(source, stdin_is_read_when_its_turn_comes)
{
  g_autofree char *first = tmp_file("first.txt", "one");
  g_autofree char *piped = tmp_file("stdin.trec", "<DOC>\n<DOCNO>S1</DOCNO>\n<TEXT>two</TEXT>\n"
                                                  "</DOC>\n<DOC>\n<TEXT>three</TEXT>\n</DOC>\n");
  int fd = open(piped, O_RDONLY);
  cr_assert_geq(fd, 0);
  cr_assert_eq(dup2(fd, STDIN_FILENO), STDIN_FILENO);
  close(fd);
  const char *paths[] = {first, "-", NULL};
  MzSource *src = open_paths(paths, NULL);
  cr_assert_eq(mz_source_n_files(src), 2);
  cr_assert_eq(mz_source_total_bytes(src), 3);
  g_autoptr(GPtrArray) docs = read_all(src);
  cr_assert_eq(docs->len, 3);
  cr_assert_str_eq(doc_at(docs, 0)->data, "one");
  cr_assert_str_eq(doc_at(docs, 1)->id, "-#S1");
  cr_assert_str_eq(doc_at(docs, 1)->path, "-");
  cr_assert_str_eq(doc_at(docs, 1)->data, "two");
  cr_assert_eq(doc_at(docs, 1)->format, MZ_FORMAT_TREC);
  cr_assert_str_eq(doc_at(docs, 2)->id, "-#2");
  cr_assert_eq(mz_source_total_bytes(src), 3 + 80); /* 80: len() of stdin.trec in python3 */
  cr_assert_eq(mz_source_bytes_done(src), 3 + 80);
  mz_source_free(src);
}

Test(source, progress_counts_files_and_bytes)
{
  g_autofree char *a = tmp_file("p/a.txt", "abc");
  g_autofree char *b = tmp_file("p/b.txt", "defgh");
  g_autofree char *dir = g_build_filename(mz_test_tmpdir, "p", NULL);
  const char *paths[] = {dir, NULL};
  MzSource *src = open_paths(paths, NULL);
  cr_assert_eq(mz_source_n_files(src), 2);
  cr_assert_eq(mz_source_total_bytes(src), 8);
  cr_assert_eq(mz_source_bytes_done(src), 0);
  g_autoptr(GPtrArray) docs = read_all(src);
  cr_assert_eq(docs->len, 2);
  cr_assert_eq(mz_source_bytes_done(src), 8);
  mz_source_free(src);
}

Test(source, buckwalter_input_converts_text_and_sentences)
{
  g_autofree char *vrt = tmp_file("bw.vrt", "<s>\nktb\nAlwld\n</s>\n<s>\n.\n</s>\n");
  g_autofree char *txt = tmp_file("bw.txt", "ktb 123");
  const char *paths[] = {vrt, txt, NULL};
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.buckwalter_input = TRUE;
  g_autoptr(GPtrArray) docs = read_paths(paths, &opts);
  cr_assert_eq(docs->len, 2);
  MzDocument *doc = doc_at(docs, 0);
  /* U+0643 U+062A U+0628 \n U+0627 U+0644 U+0648 U+0644 U+062F \n . */
  cr_assert_str_eq(doc->data,
                   "\xd9\x83\xd8\xaa\xd8\xa8\n\xd8\xa7\xd9\x84\xd9\x88\xd9\x84\xd8\xaf\n.");
  cr_assert_eq(doc->len, 19);
  cr_assert_eq(doc->sentences->len, 2);
  cr_assert_eq(g_array_index(doc->sentences, MzSentenceSpan, 0).start, 0);
  cr_assert_eq(g_array_index(doc->sentences, MzSentenceSpan, 0).len, 17);
  cr_assert_eq(g_array_index(doc->sentences, MzSentenceSpan, 1).start, 18);
  cr_assert_eq(g_array_index(doc->sentences, MzSentenceSpan, 1).len, 1);
  cr_assert_str_eq(doc_at(docs, 1)->data, "\xd9\x83\xd8\xaa\xd8\xa8 123");
}

Test(source, real_ant_category_directory)
{
  MZ_TEST_REQUIRE_SHARED();
  g_autofree char *dir = mz_test_shared_path("corpus/ant/technology");
  const char *paths[] = {dir, NULL};
  MzSource *src = open_paths(paths, NULL);
  g_autoptr(GPtrArray) docs = read_all(src);
  cr_assert_eq(mz_source_n_files(src), 83);
  mz_source_free(src);
  cr_assert_eq(docs->len, 83);
  cr_assert_str_eq(doc_at(docs, 0)->id,
                   "technology/JA-technology-1-20170121.txt#JA-technology-1-20170121");
  cr_assert_str_eq(doc_at(docs, 82)->id,
                   "technology/JA-technology-9-20161215.txt#JA-technology-9-20161215");
  for (guint i = 0; i < docs->len; i++) {
    MzDocument *doc = doc_at(docs, i);
    g_autofree char *base = g_path_get_basename(doc->path);
    g_autofree char *docno = g_strndup(base, strlen(base) - strlen(".txt"));
    g_autofree char *id = g_strdup_printf("technology/%s#%s", base, docno);
    cr_expect_str_eq(doc->id, id);
    cr_expect_str_eq(mz_document_get_meta(doc, "cat"), "technology");
    cr_expect_gt(doc->len, 0);
  }
}
