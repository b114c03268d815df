/* test-formats.c - the five input formats (corpus/format-*.c), read through mz_source_next()
 *
 * Where the expected values come from:
 * - tests/data/formats/{trec,jsonl,conllu,vertical}/ were written for these tests; what each
 *   must give follows from the format rules of the sources task (trec, jsonl, conllu,
 *   vertical sections), worked out by hand from the fixture; byte lengths and offsets of Arabic
 *   strings are 2 bytes per letter (U+0600-U+06FF in UTF-8), checked with /usr/bin/python3
 *   len(s.encode()).
 * - tests/data/formats/ant/ are three unchanged ANT Corpus v1.1 files; DOCNO, CAT, TITLE and the
 *   SHA-256 of the TEXT field (stripped of ASCII white space) were computed with
 *   /usr/bin/python3 (re.search(r"<TEXT>(.*?)</TEXT>", s, re.S), hashlib.sha256).
 * - tests/data/formats/pud/ar_pud-head.conllu is lines 1-287 of UD Arabic-PUD (the first three
 *   documents); ar_pud-head-notext.conllu is the same without its "# text =" lines (grep -v).
 *   Document ids, sentence ids and the SHA-256 of each document's "# text" values joined by
 *   "\n" were computed with /usr/bin/python3 from the "# newdoc id", "# sent_id" and "# text"
 *   lines. A Python rebuild of all 1000 PUD sentences from FORM and SpaceAfter=No equals their
 *   "# text", so the notext file must give the same texts.
 * - JSON numbers: Python's repr() (the shortest round-trip form) gives 0.1 and 1e+300; compact
 *   JSON as json.dumps(v, separators=(",", ":")) writes it.
 * - Arabic appears in test tables marked "Arabic"; it is plain UTF-8.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <criterion/parameterized.h>
#include <string.h>

#define MZ_EVENT_LEN 160
#define MZ_MAX_EVENTS 8

static MzSource *
open_source(const char *path, const MzSourceOptions *opts)
{
  const char *paths[] = {path, NULL};
  GError *error = NULL;
  MzSource *src = mz_source_new(paths, opts, &error);
  cr_assert_not_null(src, "%s: %s", path, error != NULL ? error->message : "?");
  return src;
}

/* All documents of tests/data/formats/@relative; the test fails on any error. */
static GPtrArray *
read_docs(const char *relative, const MzSourceOptions *opts, char **path_out)
{
  g_autofree char *rel = g_build_filename("formats", relative, NULL);
  char *path = mz_test_data_path(rel);
  MzSource *src = open_source(path, opts);
  GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)mz_document_free);
  GError *error = NULL;
  MzDocument *doc;
  while ((doc = mz_source_next(src, &error)) != NULL)
    g_ptr_array_add(docs, doc);
  cr_assert_null(error, "%s: %s", path, error != NULL ? error->message : "");
  mz_source_free(src);
  *path_out = path;
  return docs;
}

static MzDocument *
doc_at(GPtrArray *docs, guint i)
{
  cr_assert_lt(i, docs->len, "only %u documents", docs->len);
  return g_ptr_array_index(docs, i);
}

static void
assert_id(const MzDocument *doc, const char *path, const char *suffix)
{
  g_autofree char *want = g_strconcat(path, suffix, NULL);
  cr_assert_str_eq(doc->id, want, "id %s, expected %s", doc->id, want);
  cr_assert_str_eq(doc->path, path);
}

static void
assert_meta(const MzDocument *doc, const char *key, const char *want)
{
  const char *got = mz_document_get_meta(doc, key);
  if (want == NULL) {
    cr_assert_null(got, "%s: metadata '%s' = '%s', expected none", doc->id, key, got);
    return;
  }
  cr_assert_not_null(got, "%s: no metadata '%s'", doc->id, key);
  cr_assert_str_eq(got, want, "%s: metadata '%s' = '%s', expected '%s'", doc->id, key, got, want);
}

static void
assert_text(const MzDocument *doc, const char *want)
{
  cr_assert_str_eq(doc->data, want, "%s: text [%s], expected [%s]", doc->id, doc->data, want);
  cr_assert_eq(doc->len, strlen(want));
  cr_assert_eq(doc->data[doc->len], '\0');
  cr_assert(g_utf8_validate(doc->data, (gssize)doc->len, NULL));
}

static void
assert_sentence(const MzDocument *doc, guint i, gsize start, gsize len, const char *id)
{
  cr_assert_not_null(doc->sentences, "%s: no sentences", doc->id);
  cr_assert_lt(i, doc->sentences->len, "%s: only %u sentences", doc->id, doc->sentences->len);
  const MzSentenceSpan *s = &g_array_index(doc->sentences, MzSentenceSpan, i);
  cr_expect_eq(s->start, start, "%s sentence %u: start %zu, expected %zu", doc->id, i, s->start,
               start);
  cr_expect_eq(s->len, len, "%s sentence %u: len %zu, expected %zu", doc->id, i, s->len, len);
  if (id == NULL)
    cr_expect_null(s->id, "%s sentence %u: id %s, expected none", doc->id, i, s->id);
  else
    cr_expect_str_eq(s->id != NULL ? s->id : "(null)", id);
}

static void
assert_sha256(const MzDocument *doc, gsize len, const char *sha256)
{
  g_autofree char *got =
      g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)doc->data, doc->len);
  cr_assert_eq(doc->len, len, "%s: %zu bytes, expected %zu", doc->id, doc->len, len);
  cr_assert_str_eq(got, sha256, "%s: text differs", doc->id);
}

/* document.c: the MzDocument lifecycle the parsers rely on */
Test(formats, document_new_and_sentences)
{
  g_autoptr(GBytes) text = g_bytes_new_static("abc def", 7);
  g_autoptr(GBytes) other = g_bytes_new_static("xy", 2);
  g_autoptr(MzDocument) doc = mz_document_new("id", "path", text);
  cr_assert_str_eq(doc->id, "id");
  cr_assert_str_eq(doc->path, "path");
  cr_assert_eq(doc->len, 7);
  cr_assert_eq(doc->line, 1);
  cr_assert_not_null(doc->meta);
  cr_assert_null(doc->sentences);
  cr_assert_null(mz_document_get_meta(doc, "x"));
  g_hash_table_insert(doc->meta, g_strdup("x"), g_strdup("1"));
  cr_assert_str_eq(mz_document_get_meta(doc, "x"), "1");
  mz_document_add_sentence(doc, 0, 3, "s1");
  mz_document_add_sentence(doc, 4, 3, NULL);
  cr_assert_eq(doc->sentences->len, 2);
  cr_assert_str_eq(g_array_index(doc->sentences, MzSentenceSpan, 0).id, "s1");
  cr_assert_null(g_array_index(doc->sentences, MzSentenceSpan, 1).id);
  mz_document_set_text(doc, other);
  cr_assert_eq(doc->len, 2);
  cr_assert_eq(doc->data, g_bytes_get_data(other, NULL));
}

/* Arabic: tests/data/formats/trec/two-docs.trec */
Test(formats, trec_fields_make_text_and_metadata)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("trec/two-docs.trec", NULL, &path);
  cr_assert_eq(docs->len, 2);
  MzDocument *d1 = doc_at(docs, 0), *d2 = doc_at(docs, 1);
  assert_id(d1, path, "#AR-1");
  cr_assert_eq(d1->line, 1);
  cr_assert_eq(d1->format, MZ_FORMAT_TREC);
  /* &#1575;&#x644; are U+0627 U+0644; <P> and </P> make one paragraph break */
  assert_text(d1, "الفقرة الأولى <مهمة>.\n\nالفقرة الثانية ال.");
  assert_meta(d1, "docno", "AR-1");
  assert_meta(d1, "cat", "culture");
  assert_meta(d1, "title", "عنوان & تجربة");
  assert_meta(d1, "abstract", "ملخص قصير.");
  assert_meta(d1, "text", NULL);
  cr_assert_null(d1->sentences);
  /* no DOCNO: the second DOC of the file; lowercase tags; &nbsp; is left alone */
  assert_id(d2, path, "#2");
  cr_assert_eq(d2->line, 18);
  assert_text(d2, "نص&nbsp;بلا رقم.");
  assert_meta(d2, "title", "بلا رقم");
}

/* Arabic: tests/data/formats/trec/two-docs.trec */
Test(formats, trec_fields_option_orders_title_abstract_text)
{
  g_autofree char *path = NULL;
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  cr_assert(mz_trec_fields_parse("text,abstract,title", &opts.trec_fields, NULL));
  g_autoptr(GPtrArray) docs = read_docs("trec/two-docs.trec", &opts, &path);
  assert_text(doc_at(docs, 0),
              "عنوان & تجربة\n\nملخص قصير.\n\nالفقرة الأولى <مهمة>.\n\nالفقرة الثانية ال.");
  assert_text(doc_at(docs, 1), "بلا رقم\n\nنص&nbsp;بلا رقم.");
  opts.trec_fields = MZ_TREC_TITLE;
  g_autofree char *path2 = NULL;
  g_autoptr(GPtrArray) titles = read_docs("trec/two-docs.trec", &opts, &path2);
  assert_text(doc_at(titles, 0), "عنوان & تجربة");
}

/* Arabic: tests/data/formats/trec/gigaword.trec (Gigaword's <DOC id="..." type="...">) */
Test(formats, trec_doc_attributes_become_metadata)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("trec/gigaword.trec", NULL, &path);
  cr_assert_eq(docs->len, 1);
  MzDocument *doc = doc_at(docs, 0);
  assert_id(doc, path, "#AFP_ARB_20000101.0001");
  assert_meta(doc, "id", "AFP_ARB_20000101.0001");
  assert_meta(doc, "type", "story");
  assert_meta(doc, "headline", "عنوان الخبر");
  assert_meta(doc, "dateline", "القاهرة");
  assert_text(doc, "جملة أولى.\n\nجملة ثانية.");
}

typedef struct {
  char file[64];
  char docno[48];
  char cat[16];
  gsize text_len;
  char sha256[65];
} AntCase;

/* Values from /usr/bin/python3, see the top of this file. */
static const AntCase ant_cases[] = {
    {"JA-culture-1-20170120.txt", "JA-culture-1-20170120", "culture", 2074,
     "bfbb7275c9d42ff21085255c2da75cb7f90229ce763517053d951a8ba87287f1"},
    {"JA-economy-32-20170125.txt", "JA-economy-32-20170125", "economy", 1365,
     "5414a51259d3a43e1818e3f0064dceb1c42378438f483dc14800b4eee6f40460"},
    {"JA-technology-1-20170121.txt", "JA-technology-1-20170121", "technology", 2745,
     "bb212f524e1fa3a19ec874d8f1101f949dd3d7b8483c49bea6d7c426ad35521a"},
};

Test(formats, trec_real_ant_files)
{
  for (guint i = 0; i < G_N_ELEMENTS(ant_cases); i++) {
    const AntCase *c = &ant_cases[i];
    g_autofree char *rel = g_build_filename("ant", c->file, NULL);
    g_autofree char *path = NULL;
    g_autofree char *suffix = g_strconcat("#", c->docno, NULL);
    g_autoptr(GPtrArray) docs = read_docs(rel, NULL, &path);
    cr_assert_eq(docs->len, 1, "%s: %u documents", c->file, docs->len);
    MzDocument *doc = doc_at(docs, 0);
    cr_assert_eq(doc->format, MZ_FORMAT_TREC, "%s: auto chose %s", c->file,
                 mz_input_format_name(doc->format));
    assert_id(doc, path, suffix);
    assert_meta(doc, "cat", c->cat);
    assert_meta(doc, "src", "Jawhara FM");
    assert_sha256(doc, c->text_len, c->sha256);
  }
}

/* Arabic: tests/data/formats/jsonl/docs.jsonl */
Test(formats, jsonl_members_become_metadata)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("jsonl/docs.jsonl", NULL, &path);
  cr_assert_eq(docs->len, 4);
  MzDocument *d1 = doc_at(docs, 0), *d2 = doc_at(docs, 1), *d3 = doc_at(docs, 2);
  assert_id(d1, path, "#a1");
  cr_assert_eq(d1->line, 1);
  assert_text(d1, "نص أول");
  assert_meta(d1, "source", "وكالة");
  assert_meta(d1, "year", "2017");
  assert_meta(d1, "score", "0.1");
  assert_meta(d1, "big", "1e+300");
  assert_meta(d1, "ok", "true");
  assert_meta(d1, "none", NULL);
  assert_meta(d1, "tags", "[\"x\",\"y\"]");
  assert_meta(d1, "obj", "{\"k\":1}");
  assert_meta(d1, "text", NULL);
  assert_meta(d1, "id", NULL);
  /* an integer id; the line ends with CRLF */
  assert_id(d2, path, "#7");
  cr_assert_eq(d2->line, 3);
  assert_text(d2, "نص ثان");
  /* a number that is not an integer gives no id: the line number does */
  assert_id(d3, path, "#4");
  assert_meta(d3, "flag", "false");
  assert_id(doc_at(docs, 3), path, "#6");
}

/* Arabic: tests/data/formats/jsonl/docs.jsonl with --text-field=body, id member "key" */
Test(formats, jsonl_text_and_id_field_options)
{
  g_autofree char *path = mz_test_data_path("formats/jsonl/docs.jsonl");
  MzSourceOptions opts;
  mz_source_options_init(&opts);
  opts.text_field = "body";
  opts.id_field = "key";
  MzSource *src = open_source(path, &opts);
  GError *error = NULL;
  static const gsize bad_lines[] = {1, 3, 4};
  for (guint i = 0; i < G_N_ELEMENTS(bad_lines); i++) {
    g_autofree char *want =
        g_strdup_printf("%s: line %zu: no string member 'body'", path, bad_lines[i]);
    cr_assert_null(mz_source_next(src, &error));
    cr_assert_not_null(error);
    cr_assert_str_eq(error->message, want);
    g_clear_error(&error);
  }
  MzDocument *doc = mz_source_next(src, &error);
  cr_assert_not_null(doc, "%s", error != NULL ? error->message : "no document");
  assert_id(doc, path, "#k4");
  assert_text(doc, "نص رابع");
  assert_meta(doc, "text", "x");
  mz_document_free(doc);
  cr_assert_null(mz_source_next(src, &error));
  cr_assert_null(error);
  mz_source_free(src);
}

/* Arabic: tests/data/formats/conllu/two-docs.conllu */
Test(formats, conllu_documents_sentences_and_ids)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("conllu/two-docs.conllu", NULL, &path);
  cr_assert_eq(docs->len, 2);
  MzDocument *d1 = doc_at(docs, 0), *d2 = doc_at(docs, 1);
  assert_id(d1, path, "#d1");
  cr_assert_eq(d1->line, 1);
  cr_assert_eq(d1->format, MZ_FORMAT_CONLLU);
  cr_assert_not(d1->pretokenized);
  /* sentence 2 has no "# text": range 1-2 gives its FORM, the empty node 2.1 is skipped,
   * SpaceAfter=No (among other MISC items) glues the full stop */
  assert_text(d1, "ذهب الولد إلى المدرسة.\nوكتب الدرس.");
  assert_sentence(d1, 0, 0, 40, "d1-s1");
  assert_sentence(d1, 1, 41, 20, "d1-s2");
  cr_assert_eq(d1->sentences->len, 2);
  /* the second "# newdoc id = d2" continues d2 */
  assert_id(d2, path, "#d2");
  cr_assert_eq(d2->line, 18);
  assert_text(d2, "جملة أخرى\nثم انتهت");
  assert_sentence(d2, 0, 0, 17, "d2-s1");
  assert_sentence(d2, 1, 18, 15, "d2-s2");
}

/* Arabic: tests/data/formats/conllu/nodoc.conllu and anon.conllu */
Test(formats, conllu_ids_without_newdoc_ids)
{
  g_autofree char *path = NULL, *anon_path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("conllu/nodoc.conllu", NULL, &path);
  cr_assert_eq(docs->len, 1);
  assert_id(doc_at(docs, 0), path, "");
  assert_text(doc_at(docs, 0), "أ ب\nج");
  assert_sentence(doc_at(docs, 0), 0, 0, 5, NULL);
  assert_sentence(doc_at(docs, 0), 1, 6, 2, NULL);
  g_autoptr(GPtrArray) anon = read_docs("conllu/anon.conllu", NULL, &anon_path);
  cr_assert_eq(anon->len, 2);
  assert_id(doc_at(anon, 0), anon_path, "#1");
  assert_id(doc_at(anon, 1), anon_path, "#2");
  cr_assert_eq(doc_at(anon, 1)->line, 5);
  assert_text(doc_at(anon, 1), "ب");
}

typedef struct {
  char id[16];
  guint n_sentences;
  char first_sent_id[16];
  gsize len;
  char sha256[65];
} PudCase;

/* Values from /usr/bin/python3, see the top of this file. */
static const PudCase pud_cases[] = {
    {"n01001", 2, "n01001011", 557,
     "cffc75bdf6163350f43fc7f67d9d69ea4a2ad9dfea3842681c0e0273aeb29d29"},
    {"n01002", 4, "n01002017", 604,
     "e75312455ff48b5b2000ebe5bc56f749c407c596ef94f28a28bd875b543a3e49"},
    {"n01003", 4, "n01003007", 699,
     "1eec6d5f0d53499c52850b71eccc4d1efe3310cc08707f92f7fa5b62088ef012"},
};

static void
check_pud(const char *relative)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs(relative, NULL, &path);
  cr_assert_eq(docs->len, G_N_ELEMENTS(pud_cases), "%s: %u documents", relative, docs->len);
  for (guint i = 0; i < G_N_ELEMENTS(pud_cases); i++) {
    const PudCase *c = &pud_cases[i];
    MzDocument *doc = doc_at(docs, i);
    g_autofree char *suffix = g_strconcat("#", c->id, NULL);
    assert_id(doc, path, suffix);
    cr_assert_eq(doc->sentences->len, c->n_sentences, "%s: %u sentences", doc->id,
                 doc->sentences->len);
    cr_assert_str_eq(g_array_index(doc->sentences, MzSentenceSpan, 0).id, c->first_sent_id);
    assert_sha256(doc, c->len, c->sha256);
  }
}

Test(formats, conllu_real_pud_slice)
{
  check_pud("pud/ar_pud-head.conllu");
}

Test(formats, conllu_text_rebuilt_from_forms_matches_pud)
{
  check_pud("pud/ar_pud-head-notext.conllu");
}

/* Arabic: tests/data/formats/vertical/docs.vrt */
Test(formats, vertical_documents_sentences_and_metadata)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("vertical/docs.vrt", NULL, &path);
  cr_assert_eq(docs->len, 3);
  MzDocument *d1 = doc_at(docs, 0), *d2 = doc_at(docs, 1), *d3 = doc_at(docs, 2);
  assert_id(d1, path, "#v1");
  cr_assert(d1->pretokenized);
  cr_assert_eq(d1->format, MZ_FORMAT_VERTICAL);
  assert_text(d1, "ذهب\nالولد\n.\nA&B\n<3");
  assert_meta(d1, "title", "عنوان & آخر");
  assert_meta(d1, "year", "2020");
  assert_sentence(d1, 0, 0, 19, "s1");
  assert_sentence(d1, 1, 20, 6, "2"); /* no id attribute: n */
  cr_assert_eq(d1->sentences->len, 2);
  /* no id attribute: the second <doc> of the file; no <s>: no sentences */
  assert_id(d2, path, "#2");
  cr_assert_eq(d2->line, 15);
  assert_text(d2, "كلمة\nأخرى");
  cr_assert_null(d2->sentences);
  /* tokens outside <s> in a document with <s> tags form sentences of their own */
  assert_id(d3, path, "#v3");
  assert_text(d3, "قبل\nداخل\nبعد");
  assert_sentence(d3, 0, 0, 6, NULL);
  assert_sentence(d3, 1, 7, 8, NULL);
  assert_sentence(d3, 2, 16, 6, NULL);
}

Test(formats, vertical_without_doc_is_one_document)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) docs = read_docs("vertical/nodoc.vrt", NULL, &path);
  cr_assert_eq(docs->len, 1);
  assert_id(doc_at(docs, 0), path, "");
  assert_text(doc_at(docs, 0), "a\nb\nc");
  assert_sentence(doc_at(docs, 0), 0, 0, 3, NULL);
  assert_sentence(doc_at(docs, 0), 1, 4, 1, NULL);
}

/* What reading @path gives, in order: "doc [SUFFIX] TEXT" (SUFFIX: the id after the path) or
 * "error MESSAGE" (the message after "PATH: ", which it must start with). */
static GPtrArray *
read_events(const char *path)
{
  MzSource *src = open_source(path, NULL);
  GPtrArray *events = g_ptr_array_new_with_free_func(g_free);
  g_autofree char *prefix = g_strconcat(path, ": ", NULL);
  GError *error = NULL;
  for (guint guard = 0; guard < 2 * MZ_MAX_EVENTS; guard++) {
    MzDocument *doc = mz_source_next(src, &error);
    if (doc != NULL) {
      cr_assert(g_str_has_prefix(doc->id, path));
      g_ptr_array_add(events, g_strdup_printf("doc [%s] %s", doc->id + strlen(path), doc->data));
      mz_document_free(doc);
      continue;
    }
    if (error == NULL)
      break;
    cr_assert(g_str_has_prefix(error->message, prefix), "[%s] does not name the file",
              error->message);
    cr_assert_eq(error->code, MZ_CORPUS_ERROR_FORMAT, "[%s]: code %d", error->message, error->code);
    g_ptr_array_add(events, g_strdup_printf("error %s", error->message + strlen(prefix)));
    g_clear_error(&error);
  }
  mz_source_free(src);
  return events;
}

typedef struct {
  char file[24];
  char content[300];
  char events[MZ_MAX_EVENTS][MZ_EVENT_LEN]; /* "" ends; a final '*' matches a prefix */
} MalformedCase;

#define COLS "\t_\t_\t_\t_\t0\tdep\t_\t_\n" /* columns 3-10 of a CoNLL-U token line */

ParameterizedTestParameters(formats, malformed_input_names_the_line_and_goes_on)
{
  /* Messages and positions as the sources task states them; line numbers counted by hand. */
  static MalformedCase cases[] = {
      {"unclosed.trec",
       "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>a</TEXT>\n</DOC>\n<DOC>\n<DOCNO>B</DOCNO>\n"
       "<TEXT>b</TEXT>\n",
       {"doc [#A] a", "error <DOC> opened at line 5 is never closed"}},
      {"nested.trec",
       "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>a</TEXT>\n<DOC>\n<DOCNO>B</DOCNO>\n"
       "<TEXT>b</TEXT>\n</DOC>\n",
       {"error line 4: <DOC> inside the <DOC> opened at line 1 (missing </DOC>?)", "doc [#B] b"}},
      {"text.trec",
       "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\na\n</DOC>\n<DOC>\n<DOCNO>B</DOCNO>\n"
       "<TEXT>b</TEXT>\n</DOC>\n",
       {"error <TEXT> opened at line 3 is not closed before </DOC>", "doc [#B] b"}},
      {"outside.trec",
       "stray words\n<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>a</TEXT>\n</DOC>\ntrailing\n",
       {"error line 1: text outside <DOC>...</DOC>", "doc [#A] a",
        "error line 6: text outside <DOC>...</DOC>"}},
      {"bad.jsonl",
       "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\":\n[1, 2]\n"
       "{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": 5}\n\n{\"id\": \"e\", \"text\": \"y\"}\n",
       {"doc [#a] x", "error line 2, column 19: invalid JSON: *", /* column as json-glib counts */
        "error line 3: not a JSON object (one object per line is expected)",
        "error line 4: no string member 'text'", "error line 5: no string member 'text'",
        "doc [#e] y"}},
      {"bad.conllu",
       "# sent_id = s1\n1\ta" COLS "\n# sent_id = s2\n1\tb\t_\t_\t_\t_\t0\troot\t_\n"
       "\n0\tc" COLS "\n1\t" COLS "\n2-1\td" COLS "\n1\te" COLS,
       {"error line 5: expected 10 tab-separated columns, found 9",
        "error line 7: invalid ID '0' (expected an integer >= 1, a range a-b or a decimal a.b)",
        "error line 9: empty FORM",
        "error line 11: invalid ID '2-1' (expected an integer >= 1, a range a-b or a decimal "
        "a.b)",
        "doc [] a\ne"}},
      {"cols.conllu",
       "# newdoc id = D\n# text = a b\n1\ta" COLS "2\tb\t_\t_\t_\t_\t0\tdep\t_\t_\tx\n"
       "\n# text = c\n1\tc" COLS,
       {"error line 4: expected 10 tab-separated columns, found 11", "doc [#D] c"}},
      {"close.vrt",
       "<doc id=\"a\">\nx\n</doc>\n</doc>\n<doc id=\"b\">\ny\n</doc>\n",
       {"doc [#a] x", "error line 4: </doc> without <doc>"}},
      {"docindoc.vrt",
       "<doc id=\"a\">\nx\n<doc id=\"b\">\ny\n</doc>\n",
       {"error line 3: <doc> inside the <doc> opened at line 1"}},
      {"docopen.vrt",
       "<doc id=\"a\">\nx\n</doc>\n<doc id=\"b\">\ny\n",
       {"doc [#a] x", "error <doc> opened at line 4 is never closed"}},
      {"sins.vrt",
       "<doc>\n<s>\nx\n<s>\ny\n</s>\n</doc>\n<doc>\nz\n</doc>\n",
       {"error line 4: <s> inside the <s> opened at line 2"}},
      {"sopen.vrt", "<doc>\n<s>\nx\n</doc>\n", {"error <s> opened at line 2 is never closed"}},
      {"sclose.vrt", "<doc>\nx\n</s>\n</doc>\n", {"error line 3: </s> without <s>"}},
      {"word.vrt",
       "<doc>\nx\n  \tNOUN\n</doc>\n",
       {"error line 3: empty word (the first column of a token line)"}},
      {"outside.vrt",
       "<doc>\nx\n</doc>\ny\n",
       {"doc [#1] x", "error line 4: token outside <doc>...</doc>"}},
      {"nodoc.vrt", "a\n<s>\nx\n", {"error <s> opened at line 2 is never closed"}},
  };
  return cr_make_param_array(MalformedCase, cases, G_N_ELEMENTS(cases));
}

static gboolean
event_matches(const char *got, const char *want)
{
  gsize n = strlen(want);
  if (n > 0 && want[n - 1] == '*')
    return strncmp(got, want, n - 1) == 0;
  return strcmp(got, want) == 0;
}

ParameterizedTest(MalformedCase *c, formats, malformed_input_names_the_line_and_goes_on,
                  .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown)
{
  g_autofree char *path = g_build_filename(mz_test_tmpdir, c->file, NULL);
  mz_test_write_file(path, c->content, -1);
  g_autoptr(GPtrArray) events = read_events(path);
  guint n_want = 0;
  while (n_want < MZ_MAX_EVENTS && c->events[n_want][0] != '\0')
    n_want++;
  for (guint i = 0; i < MAX(n_want, events->len); i++) {
    const char *got = i < events->len ? g_ptr_array_index(events, i) : "(nothing)";
    const char *want = i < n_want ? c->events[i] : "(nothing)";
    cr_expect(event_matches(got, want), "%s, event %u: [%s], expected [%s]", c->file, i, got, want);
  }
}
