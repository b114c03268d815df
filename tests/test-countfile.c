/* test-countfile.c - count files: round trip, layout, truncation, corruption, versions, settings
 *
 * Expected bytes and messages come from the format specification at the top
 * of corpus/countfile.c and from the task's wording; SHA-256 digests are
 * computed here with GLib's GChecksum, independently of the writer; LEB128
 * varints are encoded here by a separate implementation of the spec.
 */
#include "corpus/mizan-corpus.h"
#include "mizan-config.h"
#include "tests/helpers/test-helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

TestSuite(countfile, .init = mz_test_tmpdir_setup, .fini = mz_test_tmpdir_teardown);

/* ---- building tables ---- */

/* Adds a document of space-separated types ("" for none) with metadata
 * "k=v;k=v" (NULL for none). */
static void
add_doc(MzCounts *c, const char *id, const char *words, const char *meta)
{
  g_auto(GStrv) w = g_strsplit(words, " ", -1);
  g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GHashTable) m = NULL;
  for (char **p = w; *p != NULL; p++) {
    guint32 t;
    if (**p == '\0')
      continue;
    t = mz_vocab_intern(mz_counts_vocab(c), *p, strlen(*p));
    g_array_append_val(ids, t);
  }
  if (meta != NULL) {
    g_auto(GStrv) pairs = g_strsplit(meta, ";", -1);
    m = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (char **p = pairs; *p != NULL; p++) {
      char *eq = strchr(*p, '=');
      g_hash_table_insert(m, g_strndup(*p, (gsize)(eq - *p)), g_strdup(eq + 1));
    }
  }
  mz_counts_add_document(c, id, m, (const guint32 *)ids->data, ids->len);
}

static void
set_settings(MzCountSettings *s)
{
  s->norm_flags = MZ_NORM_AGGRESSIVE;
  s->stemmer = MZ_STEM_LIGHT;
  s->unit = MZ_UNIT_STEM;
  s->types = MZ_TOKEN_MASK_WORDS | MZ_TOKEN_MASK(MZ_TOKEN_HASHTAG);
  s->stopwords = g_strdup("arabic sha256:0123abcd");
  s->cross_sentences = TRUE;
}

/* A file with a table of n = 1 (several documents, metadata, an empty
 * document, Arabic types, a long document with multi-byte positions) and a
 * table of n = 2. */
static MzCountFile *
sample_file(void)
{
  MzCountFile *f = mz_count_file_new();
  MzCounts *words = mz_counts_new(1), *bigrams = mz_counts_new(2);
  GString *longer = g_string_new(NULL);
  guint32 x = 12345;
  set_settings(&f->settings);
  /* Arabic test data: "kataba al-waladu ad-darsa kataba" (he wrote the lesson) */
  add_doc(words, "news/1", "كتب الولد الدرس كتب", "source=wikinews;year=2021;title=a b=c");
  add_doc(words, "empty", "", NULL);
  add_doc(words, "news/2", "b a b c a b", "source=ant");
  for (guint i = 0; i < 3000; i++) { /* positions past 127 and 16383 take 2 and 3 bytes */
    x = x * 1103515245u + 12345u;
    g_string_append_printf(longer, "%sw%u", i ? " " : "", (x >> 16) % 50);
  }
  add_doc(words, "long", longer->str, NULL);
  g_string_free(longer, TRUE);
  add_doc(bigrams, "news/1", "كتب_الولد الولد_الدرس الدرس_كتب", "source=wikinews;year=2021");
  add_doc(bigrams, "empty", "", NULL);
  add_doc(bigrams, "news/2", "b_a a_b b_c c_a a_b", "source=ant");
  g_ptr_array_add(f->tables, words);
  g_ptr_array_add(f->tables, bigrams);
  return f;
}

/* The bytes mz_count_file_write() gives (free with free()). */
static guint8 *
write_bytes(const MzCountFile *f, gsize *len)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  GError *error = NULL;
  cr_assert_not_null(out);
  cr_assert(mz_count_file_write(f, out, &error), "write: %s", error ? error->message : "");
  fclose(out);
  *len = size;
  return (guint8 *)buf;
}

/* ---- comparing ---- */

static void
assert_meta_equal(const char *const *a, const char *const *b, const char *id)
{
  guint i = 0;
  for (; a[i] != NULL && b[i] != NULL; i++)
    cr_assert_str_eq(b[i], a[i], "document %s: metadata item %u", id, i);
  cr_assert(a[i] == NULL && b[i] == NULL, "document %s: metadata of different lengths", id);
}

static void
assert_counts_equal(const MzCounts *a, const MzCounts *b)
{
  guint n = mz_counts_n(a);
  cr_assert_eq(mz_counts_n(b), n);
  cr_assert_eq(mz_counts_total(b), mz_counts_total(a), "n=%u: total", n);
  cr_assert_eq(mz_vocab_size(mz_counts_vocab(b)), mz_vocab_size(mz_counts_vocab(a)));
  for (guint32 t = 0; t < mz_vocab_size(mz_counts_vocab(a)); t++) {
    gsize la, lb;
    const char *sa = mz_vocab_string(mz_counts_vocab(a), t, &la);
    const char *sb = mz_vocab_string(mz_counts_vocab(b), t, &lb);
    cr_assert(la == lb && memcmp(sa, sb, la) == 0, "n=%u: type %u is '%s', read back '%s'", n, t,
              sa, sb);
  }
  cr_assert_eq(mz_counts_n_documents(b), mz_counts_n_documents(a), "n=%u: documents", n);
  for (guint d = 0; d < mz_counts_n_documents(a); d++) {
    gsize la, lb;
    const guint8 *ra = mz_counts_document_records(a, d, &la);
    const guint8 *rb = mz_counts_document_records(b, d, &lb);
    const char *id = mz_counts_document_id(a, d);
    cr_assert_str_eq(mz_counts_document_id(b, d), id);
    assert_meta_equal(mz_counts_document_meta_pairs(a, d), mz_counts_document_meta_pairs(b, d), id);
    cr_assert_eq(mz_counts_document_size(b, d), mz_counts_document_size(a, d), "%s: size", id);
    cr_assert_eq(mz_counts_document_n_types(b, d), mz_counts_document_n_types(a, d), "%s", id);
    cr_assert(la == lb && (la == 0 || memcmp(ra, rb, la) == 0), "%s: records differ", id);
    ra = mz_counts_document_breaks(a, d, &la);
    rb = mz_counts_document_breaks(b, d, &lb);
    cr_assert(la == lb && (la == 0 || memcmp(ra, rb, la) == 0), "%s: sentence starts differ", id);
  }
}

static void
assert_files_equal(const MzCountFile *a, const MzCountFile *b)
{
  GError *error = NULL;
  cr_assert(mz_count_settings_check(&a->settings, "written", &b->settings, "read", &error), "%s",
            error ? error->message : "");
  cr_assert_eq(b->settings.norm_flags, a->settings.norm_flags);
  cr_assert_eq(b->settings.stemmer, a->settings.stemmer);
  cr_assert_eq(b->settings.unit, a->settings.unit);
  cr_assert_eq(b->settings.types, a->settings.types);
  cr_assert_str_eq(b->settings.stopwords, a->settings.stopwords ? a->settings.stopwords : "none");
  cr_assert_eq(b->settings.cross_sentences, a->settings.cross_sentences);
  cr_assert_eq(b->tables->len, a->tables->len);
  for (guint i = 0; i < a->tables->len; i++)
    assert_counts_equal(a->tables->pdata[i], b->tables->pdata[i]);
}

/* ---- building bytes by hand, from the specification ---- */

static void
put_varint(GByteArray *b, guint64 v)
{
  /* LEB128: 7 bits a byte, low first, 0x80 on all but the last byte */
  while (v >= 0x80) {
    guint8 byte = (guint8)(0x80 | (v & 0x7f));
    g_byte_array_append(b, &byte, 1);
    v >>= 7;
  }
  g_byte_array_append(b, (const guint8 *)&(guint8){(guint8)v}, 1);
}

/* Bytes from a description: "v:N" a varint, "s:TEXT" a string (varint
 * length, bytes), "f:TEXT" a header field (bytes, NUL), "x:HEX" raw bytes;
 * separated by spaces. */
static GByteArray *
build(const char *description)
{
  GByteArray *b = g_byte_array_new();
  g_auto(GStrv) items = g_strsplit(description, " ", -1);
  for (char **p = items; *p != NULL; p++) {
    const char *arg = *p + 2;
    if (**p == '\0')
      continue;
    if (**p == 'v')
      put_varint(b, g_ascii_strtoull(arg, NULL, 10));
    else if (**p == 's') {
      put_varint(b, strlen(arg));
      g_byte_array_append(b, (const guint8 *)arg, (guint)strlen(arg));
    } else if (**p == 'f')
      g_byte_array_append(b, (const guint8 *)arg, (guint)strlen(arg) + 1);
    else
      for (const char *h = arg; h[0] && h[1]; h += 2) {
        guint8 byte = (guint8)(g_ascii_xdigit_value(h[0]) * 16 + g_ascii_xdigit_value(h[1]));
        g_byte_array_append(b, &byte, 1);
      }
  }
  return b;
}

/* Recomputes the SHA-256 of a whole file in place (the 32 bytes before the
 * 8-byte end marker cover everything before them). */
static void
reseal(guint8 *data, gsize len)
{
  g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
  gsize n = 32;
  g_checksum_update(sum, data, (gssize)(len - 40));
  g_checksum_get_digest(sum, data + len - 40, &n);
}

/* magic, version (u32 LE), body, SHA-256, end marker */
static GByteArray *
seal(const GByteArray *body, guint32 version)
{
  GByteArray *b = g_byte_array_new();
  guint8 v[4] = {version & 0xff, (version >> 8) & 0xff, (version >> 16) & 0xff, version >> 24};
  g_byte_array_append(b, (const guint8 *)"MIZAN-COUNTS", 12);
  g_byte_array_append(b, v, 4);
  g_byte_array_append(b, body->data, body->len);
  g_byte_array_set_size(b, b->len + 32);
  g_byte_array_append(b, (const guint8 *)"COUNTEND", 8);
  reseal(b->data, b->len);
  return b;
}

/* Parses an exact-size heap copy, so that ASan sees any read past the end. */
static MzCountFile *
parse_copy(const guint8 *data, gsize len, GError **error)
{
  g_autofree guint8 *copy = len > 0 ? g_memdup2(data, len) : NULL;
  return mz_count_file_parse(copy, len, error);
}

/* The six settings of a header, as the specification writes them. */
#define SETTINGS                                                                                   \
  "v:6 f:normalization=none f:stemmer=none f:unit=norm f:types=word f:stopwords=none "             \
  "f:cross-sentences=no "

/* ---- tests ---- */

Test(countfile, round_trip_keeps_everything_and_the_bytes)
{
  g_autoptr(MzCountFile) f = sample_file();
  g_autoptr(MzCountFile) back = NULL;
  g_autofree char *path = g_build_filename(mz_test_tmpdir, "sample.counts", NULL);
  g_autofree char *first = NULL;
  GError *error = NULL;
  FILE *out = fopen(path, "wb");
  gsize len, len2;
  guint8 *again;
  cr_assert_not_null(out);
  cr_assert(mz_count_file_write(f, out, &error), "%s", error ? error->message : "");
  fclose(out);
  back = mz_count_file_read(path, &error);
  cr_assert_not_null(back, "%s", error ? error->message : "");
  assert_files_equal(f, back);
  cr_expect_not_null(mz_count_file_table(back, 1));
  cr_expect_eq(mz_counts_n(mz_count_file_table(back, 2)), 2);
  cr_expect_null(mz_count_file_table(back, 3));
  /* total of n=1: 4 + 0 + 6 + 3000 tokens, as added above */
  cr_expect_eq(mz_counts_total(mz_count_file_table(back, 1)), 3010);
  first = mz_test_read_file(path, &len);
  again = write_bytes(back, &len2);
  cr_assert(len == len2 && memcmp(first, again, len) == 0, "rewriting gives other bytes");
  free(again);
}

Test(countfile, varints_follow_the_specification)
{
  /* the specification's example: 300 = ac 02; and LEB128 edges */
  g_autoptr(GByteArray) b = build("v:300 v:127 v:128 v:16384 v:18446744073709551615");
  static const guint8 want[] = {0xac, 0x02, 0x7f, 0x80, 0x01, 0x80, 0x80, 0x01, 0xff,
                                0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
  cr_assert_eq(b->len, sizeof want);
  cr_assert(memcmp(b->data, want, sizeof want) == 0);
}

Test(countfile, layout_follows_the_specification)
{
  /* one table n=1, vocabulary a b, document "d" (meta k=v) holding "b a b";
   * records from the spec: a: 00 01 01 (id 0, count 1, position 1);
   * b: 01 02 00 02 (id +1, count 2, position 0, then +2); document "e"
   * holding a 130 times: size 130, records 00, 130 (82 01), position 0,
   * then 129 distances of 1: 133 bytes (85 01); "d" has a second sentence from position 1
   * (sentence starts: 1 byte, 01), "e" is one sentence (0 bytes) */
  g_autoptr(MzCountFile) f = mz_count_file_new();
  g_autoptr(MzCountFile) back = NULL;
  g_autoptr(GByteArray) body = NULL;
  g_autoptr(GByteArray) expected = NULL;
  GString *spec = g_string_new(NULL);
  MzCounts *c = mz_counts_new(1);
  GError *error = NULL;
  gsize len;
  guint8 *got;
  mz_vocab_intern(mz_counts_vocab(c), "a", 1);
  mz_vocab_intern(mz_counts_vocab(c), "b", 1);
  add_doc(c, "d", "b a b", "k=v");
  mz_counts_set_document_sentences(c, 0, (const guint32[]){0, 1, 1}, 3);
  for (guint i = 0; i < 130; i++)
    g_string_append(spec, i ? " a" : "a");
  add_doc(c, "e", spec->str, NULL);
  g_ptr_array_add(f->tables, c);
  f->settings.norm_flags = MZ_NORM_NFKC | MZ_NORM_BIDI;
  f->settings.stemmer = MZ_STEM_LIGHT;
  f->settings.unit = MZ_UNIT_STEM;
  f->settings.types = MZ_TOKEN_MASK(MZ_TOKEN_WORD) | MZ_TOKEN_MASK(MZ_TOKEN_NUMBER);
  g_string_assign(
      spec, "v:7 f:mizan=" MZ_VERSION " f:normalization=nfkc,bidi f:stemmer=light "
            "f:unit=stem f:types=word,number f:stopwords=none f:cross-sentences=no "
            "v:1 v:1 v:133 v:2 s:a s:b v:2 s:d v:1 s:k s:v v:3 v:2 v:7 x:00010101020002 v:1 x:01 "
            "s:e v:0 v:130 v:1 v:133 x:00820100");
  for (guint i = 0; i < 129; i++)
    g_string_append(spec, "01");
  g_string_append(spec, " v:0");
  body = build(spec->str);
  g_string_free(spec, TRUE);
  expected = seal(body, 1);
  got = write_bytes(f, &len);
  cr_assert_eq(len, expected->len, "%zu bytes, expected %u", len, expected->len);
  for (gsize i = 0; i < len; i++)
    cr_assert_eq(got[i], expected->data[i], "byte %zu is %02x, expected %02x", i, got[i],
                 expected->data[i]);
  free(got);
  back = parse_copy(expected->data, expected->len, &error);
  cr_assert_not_null(back, "%s", error ? error->message : "");
  assert_files_equal(f, back);
}

Test(countfile, truncation_at_every_offset_is_an_error)
{
  g_autoptr(MzCountFile) f = mz_count_file_new();
  MzCounts *c = mz_counts_new(1);
  gsize len;
  guint8 *data;
  add_doc(c, "d1", "x y x z", "genre=news");
  add_doc(c, "d2", "y y", NULL);
  g_ptr_array_add(f->tables, c);
  data = write_bytes(f, &len);
  for (gsize cut = 0; cut < len; cut++) {
    GError *error = NULL;
    MzCountFile *back = parse_copy(data, cut, &error);
    cr_assert_null(back, "a file cut to %zu of %zu bytes was accepted", cut, len);
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT), "cut %zu", cut);
    cr_assert(strstr(error->message, "truncated count file") != NULL, "cut %zu: %s", cut,
              error->message);
    g_error_free(error);
  }
  free(data);
}

Test(countfile, a_changed_byte_anywhere_is_an_error)
{
  static const guint8 masks[] = {0x01, 0x80, 0xff};
  g_autoptr(MzCountFile) f = mz_count_file_new();
  MzCounts *c = mz_counts_new(1);
  gsize len;
  guint8 *data;
  add_doc(c, "d1", "x y x z", "genre=news");
  g_ptr_array_add(f->tables, c);
  data = write_bytes(f, &len);
  for (gsize i = 0; i < len; i++)
    for (guint m = 0; m < G_N_ELEMENTS(masks); m++) {
      GError *error = NULL;
      /* what the specification's order of checks says about byte i */
      const char *want = i < 12        ? "not a Mizan count file"
                         : i < 16      ? "format"
                         : i < len - 8 ? "corrupt count file (checksum mismatch)"
                                       : "truncated count file";
      data[i] ^= masks[m];
      cr_assert_null(parse_copy(data, len, &error), "byte %zu ^ %02x accepted", i, masks[m]);
      cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT));
      cr_assert(strstr(error->message, want) != NULL, "byte %zu: '%s', expected '%s'", i,
                error->message, want);
      g_error_free(error);
      data[i] ^= masks[m];
    }
  free(data);
}

Test(countfile, other_versions_are_refused)
{
  static const struct {
    guint32 version;
    const char *message;
  } cases[] = {
      {2, "made by a newer Mizan: format 2, this one reads 1"}, /* the task's wording */
      {0x01000000, "made by a newer Mizan: format 16777216, this one reads 1"},
      {0, "format 0"},
  };
  g_autoptr(GByteArray) body = build(SETTINGS "v:1 v:1 v:0 v:0 v:0");
  g_autoptr(GByteArray) ok = seal(body, 1);
  g_autoptr(MzCountFile) f = parse_copy(ok->data, ok->len, NULL);
  cr_assert_not_null(f, "the same body as version 1 is accepted");
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autoptr(GByteArray) file = seal(body, cases[i].version);
    GError *error = NULL;
    cr_assert_null(parse_copy(file->data, file->len, &error));
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT));
    cr_assert(strstr(error->message, cases[i].message) != NULL, "'%s'", error->message);
    g_error_free(error);
  }
}

Test(countfile, malformed_content_with_a_valid_checksum_is_an_error)
{
  /* each body is sealed with a correct SHA-256, so the parser must catch it */
  static const struct {
    const char *body, *message;
  } cases[] = {
      {"", "ends inside the number of header fields"},
      {"v:1000000", "number of header fields, 1000000, is more than the file can hold"},
      {"v:1 x:6162", "header field 1 has no end"},
      {"v:1 f:junk", "'junk' is not key=value"},
      {"v:1 f:=x", "is not key=value"},
      {"v:1 f:normalization=none", "no 'stemmer' field"},
      {"v:2 f:unit=norm f:unit=form", "two 'unit' fields"},
      {"v:1 f:stemmer=heavy", "header field 'stemmer': unknown stemmer 'heavy'"},
      {"v:1 f:normalization=loud", "header field 'normalization'"},
      {"v:1 f:unit=lemma", "header field 'unit'"},
      {"v:1 f:types=words", "header field 'types'"},
      {"v:1 f:cross-sentences=maybe", "'maybe' is not yes or no"},
      {SETTINGS, "ends inside the number of tables"},
      {SETTINGS "v:0", "holds no table"},
      {SETTINGS "v:4000000000", "number of tables, 4000000000, is more than the file can hold"},
      {SETTINGS "v:1 v:0 v:0 v:0 v:0", "table 1, byte offset"},
      {SETTINGS "v:1 v:0 v:0 v:0 v:0", "n = 0, but n must be more than 0 (n ascends from 1)"},
      {SETTINGS "v:2 v:2 v:0 v:0 v:0 v:1 v:0 v:0 v:0", "n = 1, but n must be more than 2"},
      {SETTINGS "v:2 v:1 v:0 v:0 v:0 v:1 v:0 v:0 v:0", "n = 1, but n must be more than 1"},
      {SETTINGS "x:ffffffffffffffffff7f", "number of tables is not a valid number"},
      {SETTINGS "x:ffffffffffffffffffff01", "not a valid number"},
      {SETTINGS "x:ff", "the data ends inside the number of tables"},
      {SETTINGS "v:1 v:1 v:0 v:99999999", "vocabulary size, 99999999, is more than"},
      {SETTINGS "v:1 v:1 v:0 v:2 s:a s:a v:0", "type 2 of the vocabulary repeats type 1"},
      {SETTINGS "v:1 v:1 v:0 v:1 x:026100 v:0", "the type holds a NUL byte"},
      {SETTINGS "v:1 v:1 v:0 v:1 x:05616263", "the type, 5, is more than the file can hold"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1000", "number of documents, 1000, is more than"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:2 s:k2 s:v s:k1 s:v v:0 v:0 v:0",
       "table n=1, document 1, byte offset"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:2 s:k2 s:v s:k1 s:v v:0 v:0 v:0", "out of order"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:2 s:k s:v s:k s:w v:0 v:0 v:0", "or repeated"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:1 s:k x:0276 v:0 v:0 v:0",
       "the metadata value holds a NUL byte"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:0 v:0 v:0 v:50", "length of the records, 50"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:1 s:d v:0 v:0 v:1 v:0", "corrupt counts (truncated)"},
      /* id 5 in a vocabulary of 1 */
      {SETTINGS "v:1 v:1 v:1 v:1 s:a v:1 s:d v:0 v:1 v:1 v:3 x:050100", "bad type id or count"},
      /* one position but a size of 2 */
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:3 x:000100", "do not add up"},
      /* a position past the document */
      {SETTINGS "v:1 v:1 v:1 v:1 s:a v:1 s:d v:0 v:1 v:1 v:3 x:000105", "out of the document"},
      /* two positions, the second not after the first */
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020100", "positions out of order"},
      {SETTINGS "v:1 v:1 v:7 v:0 v:0", "its size is 0, not 7"},
      {SETTINGS "v:1 v:1 v:0 v:0 v:0 x:00", "1 bytes after the last table"},
      /* "a a" (positions 0 +1) then the sentence starts: none given, a start at 0 (a delta of
       * 0), a start at 2 = the size, a varint cut off, a length past the file */
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020001",
       "ends inside the length of the sentence starts"},
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020001 v:1 x:00",
       "corrupt sentence starts"},
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020001 v:1 x:02",
       "corrupt sentence starts"},
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020001 v:1 x:81",
       "corrupt sentence starts"},
      {SETTINGS "v:1 v:1 v:2 v:1 s:a v:1 s:d v:0 v:2 v:1 v:4 x:00020001 v:9 x:01",
       "length of the sentence starts, 9"},
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    g_autoptr(GByteArray) body = build(cases[i].body);
    g_autoptr(GByteArray) file = seal(body, 1);
    GError *error = NULL;
    cr_assert_null(parse_copy(file->data, file->len, &error), "accepted: %s", cases[i].body);
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT), "%s", cases[i].body);
    cr_assert(g_str_has_prefix(error->message, "count file: "), "'%s'", error->message);
    cr_assert(strstr(error->message, cases[i].message) != NULL, "%s: '%s', expected '%s'",
              cases[i].body, error->message, cases[i].message);
    g_error_free(error);
  }
}

Test(countfile, unknown_header_fields_are_skipped)
{
  /* a later Mizan may add fields without a new version; order does not matter */
  g_autoptr(GByteArray) body =
      build("v:8 f:future=1 f:cross-sentences=yes f:stopwords=none f:types= f:unit=form "
            "f:stemmer=none f:normalization=light,-bidi f:mizan=9.9 v:1 v:3 v:0 v:0 v:0");
  g_autoptr(GByteArray) file = seal(body, 1);
  GError *error = NULL;
  g_autoptr(MzCountFile) f = parse_copy(file->data, file->len, &error);
  cr_assert_not_null(f, "%s", error ? error->message : "");
  cr_expect_eq(f->settings.cross_sentences, TRUE);
  cr_expect_eq(f->settings.types, 0);
  cr_expect_eq(f->settings.unit, MZ_UNIT_FORM);
  cr_expect_eq(f->settings.norm_flags, MZ_NORM_NFKC | MZ_NORM_TATWEEL | MZ_NORM_DIACRITICS);
  cr_expect_not_null(mz_count_file_table(f, 3));
}

Test(countfile, changed_content_never_crashes)
{
  /* every byte of the body set to values that upset varints, resealed so
   * the parser reads it: an error or a file that writes and reads again */
  static const guint8 values[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
  g_autoptr(MzCountFile) f = mz_count_file_new();
  MzCounts *c = mz_counts_new(1);
  gsize len;
  guint8 *data;
  add_doc(c, "d1", "x y x z", "genre=news;year=2020");
  add_doc(c, "d2", "z", NULL);
  g_ptr_array_add(f->tables, c);
  data = write_bytes(f, &len);
  for (gsize i = 16; i < len - 40; i++)
    for (guint v = 0; v < G_N_ELEMENTS(values); v++) {
      g_autofree guint8 *copy = g_memdup2(data, len);
      GError *error = NULL;
      MzCountFile *back;
      copy[i] = values[v];
      reseal(copy, len);
      back = mz_count_file_parse(copy, len, &error);
      cr_assert((back == NULL) != (error == NULL), "byte %zu = %02x", i, values[v]);
      if (back != NULL) {
        gsize len2;
        guint8 *again = write_bytes(back, &len2);
        MzCountFile *third = parse_copy(again, len2, NULL);
        cr_assert_not_null(third, "byte %zu = %02x: rewritten file refused", i, values[v]);
        mz_count_file_free(third);
        free(again);
        mz_count_file_free(back);
      }
      g_clear_error(&error);
    }
  free(data);
}

Test(countfile, empty_tables_round_trip)
{
  g_autoptr(MzCountFile) f = mz_count_file_new();
  g_autoptr(MzCountFile) back = NULL;
  MzCounts *none = mz_counts_new(1), *vocab_only = mz_counts_new(3);
  GError *error = NULL;
  gsize len, len2;
  guint8 *data, *again;
  mz_vocab_intern(mz_counts_vocab(vocab_only), "a_b_c", 5);
  g_ptr_array_add(f->tables, none);
  g_ptr_array_add(f->tables, vocab_only);
  data = write_bytes(f, &len);
  back = parse_copy(data, len, &error);
  cr_assert_not_null(back, "%s", error ? error->message : "");
  assert_files_equal(f, back);
  cr_expect_eq(mz_counts_n_documents(mz_count_file_table(back, 1)), 0);
  cr_expect_eq(mz_counts_total(mz_count_file_table(back, 3)), 0);
  again = write_bytes(back, &len2);
  cr_assert(len == len2 && memcmp(data, again, len) == 0);
  free(data);
  free(again);
}

Test(countfile, bytes_do_not_depend_on_metadata_order)
{
  /* the same metadata inserted in opposite orders into hash tables */
  g_autoptr(MzCountFile) a = mz_count_file_new();
  g_autoptr(MzCountFile) b = mz_count_file_new();
  GString *forward = g_string_new(NULL), *backward = g_string_new(NULL);
  gsize la, lb;
  guint8 *da, *db;
  for (guint i = 0; i < 40; i++) {
    g_string_append_printf(forward, "%skey%02u=v%u", i ? ";" : "", i, i);
    g_string_append_printf(backward, "%skey%02u=v%u", i ? ";" : "", 39 - i, 39 - i);
  }
  g_ptr_array_add(a->tables, mz_counts_new(1));
  g_ptr_array_add(b->tables, mz_counts_new(1));
  add_doc(a->tables->pdata[0], "d", "p q", forward->str);
  add_doc(b->tables->pdata[0], "d", "p q", backward->str);
  da = write_bytes(a, &la);
  db = write_bytes(b, &lb);
  cr_assert(la == lb && memcmp(da, db, la) == 0);
  /* keys in byte order: the first metadata key follows "s:d v:40" */
  cr_assert_not_null(memmem(da, la, "\001d\050\005key00\002v0\005key01", 18));
  g_string_free(forward, TRUE);
  g_string_free(backward, TRUE);
  free(da);
  free(db);
}

static void
change_setting(MzCountSettings *s, guint which)
{
  switch (which) {
  case 0:
    s->norm_flags = MZ_NORM_NONE;
    break;
  case 1:
    s->stemmer = MZ_STEM_LIGHT;
    break;
  case 2:
    s->unit = MZ_UNIT_FORM;
    break;
  case 3:
    s->types = MZ_TOKEN_MASK_ALL;
    break;
  case 4:
    g_free(s->stopwords);
    s->stopwords = g_strdup("arabic sha256:00ff");
    break;
  case 5:
    s->cross_sentences = TRUE;
    break;
  case 6: /* two differ: the first in the order of the check is named */
    s->cross_sentences = TRUE;
    s->unit = MZ_UNIT_STEM;
    break;
  default: /* NULL and "none" are the same stop list */
    g_clear_pointer(&s->stopwords, g_free);
  }
}

Test(countfile, settings_check_names_the_setting_that_differs)
{
  /* messages in the form the task gives:
   * "A.counts was made with normalization 'nfkc,bidi' but B.counts with 'none'" */
  static const char *const messages[] = {
      "A.counts was made with normalization 'nfkc,bidi' but B.counts with 'none'",
      "A.counts was made with stemmer 'none' but B.counts with 'light'",
      "A.counts was made with unit 'norm' but B.counts with 'form'",
      "A.counts was made with token types 'word,latin,number' but B.counts with "
      "'word,latin,number,punct,symbol,url,email,hashtag,mention,emoji,other'",
      "A.counts was made with stop list 'none' but B.counts with 'arabic sha256:00ff'",
      "A.counts was made with cross-sentences 'no' but B.counts with 'yes'",
      "A.counts was made with unit 'norm' but B.counts with 'stem'",
      NULL,
  };
  MzCountSettings a = {MZ_NORM_NFKC | MZ_NORM_BIDI, MZ_STEM_NONE, MZ_UNIT_NORM,
                       MZ_TOKEN_MASK_WORDS,         NULL,         FALSE};
  GError *error = NULL;
  a.stopwords = g_strdup("none");
  cr_assert(mz_count_settings_check(&a, "A.counts", &a, "A.counts", &error));
  for (guint i = 0; i < G_N_ELEMENTS(messages); i++) {
    MzCountSettings b = a;
    gboolean ok;
    b.stopwords = g_strdup(a.stopwords);
    change_setting(&b, i);
    ok = mz_count_settings_check(&a, "A.counts", &b, "B.counts", &error);
    mz_count_settings_clear(&b);
    if (messages[i] == NULL) {
      cr_assert(ok, "case %u: %s", i, error ? error->message : "");
      continue;
    }
    cr_assert(!ok, "case %u passed", i);
    cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED));
    cr_assert_str_eq(error->message, messages[i]);
    g_clear_error(&error);
  }
  mz_count_settings_clear(&a);
  cr_assert_null(a.stopwords);
}

Test(countfile, read_errors_name_the_file)
{
  g_autofree char *missing = g_build_filename(mz_test_tmpdir, "missing.counts", NULL);
  g_autofree char *text = g_build_filename(mz_test_tmpdir, "text.counts", NULL);
  GError *error = NULL;
  cr_assert_null(mz_count_file_read(missing, &error));
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_NOT_FOUND));
  cr_assert(g_str_has_prefix(error->message, missing), "%s", error->message);
  g_clear_error(&error);
  cr_assert_null(mz_count_file_read(mz_test_tmpdir, &error));
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO), "%s", error->message);
  cr_assert(g_str_has_prefix(error->message, mz_test_tmpdir), "%s", error->message);
  g_clear_error(&error);
  mz_test_write_file(text, "word,freq\n", -1);
  cr_assert_null(mz_count_file_read(text, &error));
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT));
  cr_assert(g_str_has_prefix(error->message, text), "%s", error->message);
  cr_assert(strstr(error->message, "not a Mizan count file") != NULL, "%s", error->message);
  g_clear_error(&error);
  mz_test_write_file(text, "", 0);
  cr_assert_null(mz_count_file_read(text, &error));
  cr_assert(strstr(error->message, "truncated count file") != NULL, "%s", error->message);
  g_clear_error(&error);
}

Test(countfile, a_pipe_is_read_whole)
{
  /* a count file coming through a pipe (as from `zcat x.counts.gz`) */
  g_autoptr(MzCountFile) f = sample_file();
  g_autoptr(MzCountFile) back = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  gsize len;
  guint8 *data = write_bytes(f, &len);
  int fds[2];
  cr_assert_eq(pipe(fds), 0);
  cr_assert_lt(len, 65536, "the sample must fit in a pipe buffer");
  cr_assert_eq(write(fds[1], data, len), (ssize_t)len);
  close(fds[1]);
  path = g_strdup_printf("/dev/fd/%d", fds[0]);
  back = mz_count_file_read(path, &error);
  cr_assert_not_null(back, "%s", error ? error->message : "");
  assert_files_equal(f, back);
  close(fds[0]);
  free(data);
}

Test(countfile, a_failed_write_is_an_error)
{
  g_autoptr(MzCountFile) f = sample_file();
  GError *error = NULL;
  FILE *full = fopen("/dev/full", "wb");
  if (full == NULL)
    cr_skip_test("/dev/full is not available");
  cr_assert(!mz_count_file_write(f, full, &error));
  cr_assert(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO));
  cr_assert(strstr(error->message, "cannot write the count file") != NULL, "%s", error->message);
  g_clear_error(&error);
  fclose(full);
}
