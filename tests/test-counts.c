/* test-counts.c - per-document counts with positions, merging, validation */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

/* "type:count@p1,p2 ..." for each type of a document, types in id order. */
static char *
describe(const MzCounts *c, guint doc)
{
  GString *out = g_string_new(NULL);
  MzCountsIter it;
  guint32 type;
  guint64 count, pos;
  mz_counts_iter_init(&it, c, doc);
  while (mz_counts_iter_next(&it, &type, &count)) {
    g_string_append_printf(out, "%s%s:%" G_GUINT64_FORMAT "@", out->len ? " " : "",
                           mz_vocab_string(mz_counts_vocab(c), type, NULL), count);
    for (guint k = 0; mz_counts_iter_next_position(&it, &pos); k++)
      g_string_append_printf(out, "%s%" G_GUINT64_FORMAT, k ? "," : "", pos);
  }
  return g_string_free(out, FALSE);
}

static guint
add_words(MzCounts *c, const char *id, const char *words)
{
  g_auto(GStrv) w = g_strsplit(words, " ", -1);
  g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  for (char **p = w; *p != NULL; p++) {
    guint32 t = mz_vocab_intern(mz_counts_vocab(c), *p, strlen(*p));
    g_array_append_val(ids, t);
  }
  return mz_counts_add_document(c, id, NULL, (const guint32 *)ids->data, ids->len);
}

Test(counts, positions_and_counts_by_type)
{
  /* worked by hand: b a b c a b -> a at 1,4; b at 0,2,5; c at 3 (ids: b=0 a=1 c=2) */
  g_autoptr(MzCounts) c = mz_counts_new(1);
  g_autofree char *got = NULL;
  cr_assert_eq(add_words(c, "d1", "b a b c a b"), 0);
  got = describe(c, 0);
  cr_expect_str_eq(got, "b:3@0,2,5 a:2@1,4 c:1@3");
  cr_expect_eq(mz_counts_document_size(c, 0), 6);
  cr_expect_eq(mz_counts_document_n_types(c, 0), 3);
  cr_expect_eq(mz_counts_total(c), 6);
}

Test(counts, empty_documents_count_too)
{
  g_autoptr(MzCounts) c = mz_counts_new(2);
  g_autofree char *got = NULL;
  cr_assert_eq(mz_counts_add_document(c, "empty", NULL, NULL, 0), 0);
  got = describe(c, 0);
  cr_expect_str_eq(got, "");
  cr_expect_eq(mz_counts_n_documents(c), 1);
  cr_expect_eq(mz_counts_total(c), 0);
}

Test(counts, large_positions_round_trip)
{
  /* positions past 2^7, 2^14 and 2^21 need several varint bytes */
  enum { N = 3000000 };
  g_autoptr(MzCounts) c = mz_counts_new(1);
  g_autofree guint32 *ids = g_new0(guint32, N);
  MzCountsIter it;
  guint32 type;
  guint64 count, pos, last = 0, seen = 0;
  mz_vocab_intern(mz_counts_vocab(c), "x", 1);
  mz_vocab_intern(mz_counts_vocab(c), "y", 1);
  for (guint i = 0; i < N; i += 127)
    ids[i] = 1;
  mz_counts_add_document(c, "d", NULL, ids, N);
  mz_counts_iter_init(&it, c, 0);
  cr_assert(mz_counts_iter_next(&it, &type, &count));
  cr_assert(mz_counts_iter_next(&it, &type, &count));
  cr_expect_eq(type, 1);
  while (mz_counts_iter_next_position(&it, &pos)) {
    cr_assert_eq(pos, seen * 127, "position %" G_GUINT64_FORMAT, pos);
    last = pos;
    seen++;
  }
  cr_expect_eq(seen, count);
  cr_expect_eq(last, (N - 1) / 127 * 127);
}

Test(counts, merge_sorts_types_and_keeps_the_order_given)
{
  /* two tables with their own vocabularies; the merged one has the types in
   * byte order and the documents in the order asked */
  g_autoptr(MzCounts) a = mz_counts_new(1);
  g_autoptr(MzCounts) b = mz_counts_new(1);
  g_autoptr(MzCounts) m = NULL;
  const MzDocRef order[] = {{1, 0}, {0, 1}, {0, 0}};
  MzCounts *parts[] = {a, b};
  g_autofree char *d0 = NULL, *d1 = NULL, *d2 = NULL;
  add_words(a, "a0", "z y z");
  add_words(a, "a1", "x");
  add_words(b, "b0", "y w");
  mz_counts_set_document_sentences(b, 0, (const guint32[]){3, 4}, 2); /* "y." "w" */
  m = mz_counts_merge(parts, 2, order, 3, 0);
  mz_counts_canonicalize(m); /* the ids of the merged table, ascending */
  cr_assert_eq(mz_vocab_size(mz_counts_vocab(m)), 4);
  cr_expect_str_eq(mz_vocab_string(mz_counts_vocab(m), 0, NULL), "w");
  cr_expect_str_eq(mz_vocab_string(mz_counts_vocab(m), 3, NULL), "z");
  cr_expect_str_eq(mz_counts_document_id(m, 0), "b0");
  cr_expect_str_eq(mz_counts_document_id(m, 2), "a0");
  d0 = describe(m, 0);
  d1 = describe(m, 1);
  d2 = describe(m, 2);
  cr_expect_str_eq(d0, "w:1@1 y:1@0");
  cr_expect_str_eq(d1, "x:1@0");
  cr_expect_str_eq(d2, "y:1@1 z:2@0,2");
  cr_expect_eq(mz_counts_total(m), 6);
  {
    gsize n0 = 0, n2 = 0;
    g_autofree guint64 *s0 = mz_counts_document_sentence_starts(m, 0, &n0);
    g_autofree guint64 *s2 = mz_counts_document_sentence_starts(m, 2, &n2);
    cr_expect(n0 == 2 && s0[0] == 0 && s0[1] == 1, "b0's second sentence starts at 1");
    cr_expect(n2 == 1 && s2[0] == 0, "a0 is one sentence");
  }
}

Test(counts, corrupt_records_are_refused)
{
  /* a valid record for "x y x" is: id 0, count 2, positions 0 +2; id +1, count 1, position 1 */
  static const guint8 good[] = {0, 2, 0, 2, 1, 1, 1};
  static const struct {
    guint8 bytes[8];
    gsize len;
    guint64 size;
  } bad[] = {
      {{0, 2, 0, 2, 1, 1}, 6, 3},       /* cut short */
      {{0, 2, 0, 2, 5, 1, 1}, 7, 3},    /* type id out of the vocabulary */
      {{0, 2, 0, 0, 1, 1, 1}, 7, 3},    /* a repeated position */
      {{0, 2, 0, 2, 1, 1, 9}, 7, 3},    /* a position past the document */
      {{0, 2, 0, 2, 1, 1, 1}, 7, 4},    /* counts do not add up to the size */
      {{0, 2, 0, 2, 1, 1, 1, 0}, 8, 3}, /* trailing bytes */
      {{0, 0xff, 0xff, 0xff}, 4, 3},    /* an endless varint */
  };
  g_autoptr(MzCounts) c = mz_counts_new(1);
  mz_vocab_intern(mz_counts_vocab(c), "x", 1);
  mz_vocab_intern(mz_counts_vocab(c), "y", 1);
  cr_assert(mz_counts_add_document_records(c, "ok", NULL, 3, good, sizeof good, 2, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
    GError *error = NULL;
    cr_expect_not(mz_counts_add_document_records(c, "bad", NULL, bad[i].size, bad[i].bytes,
                                                 bad[i].len, 2, &error),
                  "case %zu accepted", i);
    cr_expect(g_error_matches(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT), "case %zu", i);
    g_clear_error(&error);
  }
  cr_expect_eq(mz_counts_n_documents(c), 1);
}

Test(counts, many_types_come_out_in_id_order)
{
  /* 5000 distinct types in a shuffled order (past the insertion-sort cutoff
   * of the id sort): the records list them ascending, each once */
  enum { N = 5000 };
  g_autoptr(MzCounts) c = mz_counts_new(1);
  g_autofree guint32 *ids = g_new(guint32, N);
  g_autoptr(GRand) rand = g_rand_new_with_seed(42);
  MzCountsIter it;
  guint32 type, expect = 0;
  guint64 count;
  for (guint i = 0; i < N; i++) {
    char key[16];
    g_snprintf(key, sizeof key, "t%u", i);
    ids[i] = mz_vocab_intern(mz_counts_vocab(c), key, strlen(key));
  }
  for (guint i = N - 1; i > 0; i--) {
    guint j = g_rand_int_range(rand, 0, (gint32)i + 1);
    guint32 t = ids[i];
    ids[i] = ids[j];
    ids[j] = t;
  }
  mz_counts_add_document(c, "d", NULL, ids, N);
  mz_counts_iter_init(&it, c, 0);
  while (mz_counts_iter_next(&it, &type, &count)) {
    cr_assert_eq(type, expect, "type %u where %u was expected", type, expect);
    cr_assert_eq(count, 1);
    expect++;
  }
  cr_expect_eq(expect, N);
}
