/* test-vocab.c - interning: dense ids, stable strings, agreement with GHashTable */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

Test(vocab, ids_are_dense_in_order_of_first_appearance)
{
  g_autoptr(MzVocab) v = mz_vocab_new();
  cr_expect_eq(mz_vocab_intern(v, "b", 1), 0);
  cr_expect_eq(mz_vocab_intern(v, "a", 1), 1);
  cr_expect_eq(mz_vocab_intern(v, "b", 1), 0);
  cr_expect_eq(mz_vocab_intern(v, "", 0), 2);
  cr_expect_eq(mz_vocab_size(v), 3);
  cr_expect_eq(mz_vocab_lookup(v, "c", 1), MZ_VOCAB_NONE);
  cr_expect_eq(mz_vocab_lookup(v, "a", 1), 1);
}

Test(vocab, prefixes_and_lengths_are_distinct)
{
  /* "abcdefgh" and "abcdefghi" share an 8-byte word; "ab" is a prefix of both */
  g_autoptr(MzVocab) v = mz_vocab_new();
  guint32 a = mz_vocab_intern(v, "abcdefghi", 8);
  guint32 b = mz_vocab_intern(v, "abcdefghi", 9);
  guint32 c = mz_vocab_intern(v, "abcdefghi", 2);
  gsize len = 0;
  cr_expect_neq(a, b);
  cr_expect_neq(a, c);
  cr_expect_str_eq(mz_vocab_string(v, b, &len), "abcdefghi");
  cr_expect_eq(len, 9);
  cr_expect_str_eq(mz_vocab_string(v, c, &len), "ab");
  cr_expect_eq(mz_vocab_lookup(v, "abcdefgh", 8), a);
}

Test(vocab, agrees_with_ghashtable_through_growth)
{
  /* 200,000 keys force many rehashes and several arena blocks; GLib's hash
   * table, an independent implementation, gives the expected ids */
  g_autoptr(MzVocab) v = mz_vocab_new();
  g_autoptr(GHashTable) ref = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *first = g_ptr_array_new();
  for (guint i = 0; i < 400000; i++) {
    char key[32];
    guint32 id;
    g_snprintf(key, sizeof key, "k%u", (i * 7919u) % 200000u);
    id = mz_vocab_intern(v, key, strlen(key));
    if (!g_hash_table_contains(ref, key)) {
      g_hash_table_insert(ref, g_strdup(key), GUINT_TO_POINTER(g_hash_table_size(ref)));
      g_ptr_array_add(first, (gpointer)mz_vocab_string(v, id, NULL));
    }
    cr_assert_eq(id, GPOINTER_TO_UINT(g_hash_table_lookup(ref, key)), "key %s", key);
  }
  cr_expect_eq(mz_vocab_size(v), 200000);
  /* strings handed out early are still valid and unchanged */
  for (guint id = 0; id < first->len; id += 997)
    cr_expect_eq(first->pdata[id], mz_vocab_string(v, id, NULL));
  g_ptr_array_unref(first);
}

Test(vocab, a_batch_gives_the_ids_one_by_one_interning_gives)
{
  /* 5,000 strings with repeats (the table grows several times, also inside a batch), added
   * through a batch and one by one into two vocabularies: the same ids, in the same order */
  g_autoptr(MzVocab) one = mz_vocab_new();
  g_autoptr(MzVocab) many = mz_vocab_new();
  g_autoptr(MzVocabBatch) batch = mz_vocab_batch_new(many);
  g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GArray) want = g_array_new(FALSE, FALSE, sizeof(guint32));
  for (guint i = 0; i < 5000; i++) {
    g_autofree char *s = g_strdup_printf("كلمة%u", (i * 7919u) % 3001u); /* repeats */
    guint32 id = mz_vocab_intern(one, s, strlen(s));
    g_array_append_val(want, id);
    mz_vocab_batch_add(batch, s, strlen(s), ids);
    s[0] = 'x'; /* the batch keeps its own copy */
  }
  cr_expect_lt(ids->len, 5000u, "the last batch waits for a flush");
  mz_vocab_batch_flush(batch, ids);
  mz_vocab_batch_flush(batch, ids); /* an empty flush adds nothing */
  cr_assert_eq(ids->len, want->len);
  for (guint i = 0; i < ids->len; i++)
    cr_assert_eq(g_array_index(ids, guint32, i), g_array_index(want, guint32, i), "string %u", i);
  cr_expect_eq(mz_vocab_size(many), 3001u);
  cr_expect_eq(mz_vocab_size(one), mz_vocab_size(many));
}
