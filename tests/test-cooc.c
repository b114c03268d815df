/* test-cooc.c - co-occurrence counts: adjacent bigrams and Evert's surface windows, worked by
 * hand (spec/statistics.md 2.3) */
#include <criterion/criterion.h>

#include <string.h>

#include "corpus/mizan-corpus.h"

/* A one-document table from space-separated words; "|" between words starts a sentence. */
static MzCounts *
table_of(const char *text)
{
  MzCounts *c = mz_counts_new(1);
  g_auto(GStrv) words = g_strsplit(text, " ", -1);
  g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GArray) sent = g_array_new(FALSE, FALSE, sizeof(guint32));
  guint32 s = 0;
  for (guint i = 0; words[i] != NULL; i++) {
    guint32 id;
    if (strcmp(words[i], "|") == 0) {
      s++;
      continue;
    }
    id = mz_vocab_intern(mz_counts_vocab(c), words[i], strlen(words[i]));
    g_array_append_val(ids, id);
    g_array_append_val(sent, s);
  }
  mz_counts_add_document(c, "d", NULL, (const guint32 *)ids->data, ids->len);
  mz_counts_set_document_sentences(c, 0, (const guint32 *)sent->data, sent->len);
  return c;
}

static guint32
id_of(const MzCounts *c, const char *w)
{
  return mz_vocab_lookup(mz_counts_vocab(c), w, strlen(w));
}

/* O11 of (w1, w2), 0 when the pair is not there. */
static guint64
o11(const MzCooc *cooc, const MzCounts *c, const char *w1, const char *w2)
{
  gsize n;
  g_autofree MzCoocPair *pairs = mz_cooc_pairs(cooc, &n);
  for (gsize i = 0; i < n; i++)
    if (pairs[i].w1 == id_of(c, w1) && pairs[i].w2 == id_of(c, w2))
      return pairs[i].f;
  return 0;
}

Test(cooc, bigrams_use_positional_marginals)
{
  /* spec 2.3: "a b c a b d a x b a b": N = 10 bigram positions, (a, b) 3 times, a first in 4,
   * b second in 4 (E11 = 1.6) */
  g_autoptr(MzCounts) c = table_of("a b c a b d a x b a b");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  g_autoptr(MzCooc) cooc = mz_cooc_count(c, &opts);
  cr_expect_eq(mz_cooc_n(cooc), 10);
  cr_expect_eq(o11(cooc, c, "a", "b"), 3);
  cr_expect_eq(o11(cooc, c, "b", "a"), 1);
  cr_expect_eq(mz_cooc_f1(cooc, id_of(c, "a")), 4);
  cr_expect_eq(mz_cooc_f2(cooc, id_of(c, "b")), 4);
  cr_expect_eq(mz_cooc_f1(cooc, id_of(c, "b")), 3, "b c, b d, b a; the last b is first in none");
}

Test(cooc, bigrams_stop_at_sentences_unless_asked)
{
  /* "a b | b a": inside sentences 2 bigrams (a b, b a); across, also b b */
  g_autoptr(MzCounts) c = table_of("a b | b a");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  g_autoptr(MzCooc) inside = mz_cooc_count(c, &opts);
  opts.cross_sentences = TRUE;
  g_autoptr(MzCooc) across = mz_cooc_count(c, &opts);
  cr_expect_eq(mz_cooc_n(inside), 2);
  cr_expect_eq(o11(inside, c, "b", "b"), 0);
  cr_expect_eq(mz_cooc_n(across), 3);
  cr_expect_eq(o11(across, c, "b", "b"), 1);
}

Test(cooc, windows_count_the_union_without_the_node)
{
  /* L1 R1 around each a (positions 0 3 6 9): {1} {2 4} {5 7} {8 10} = 7 tokens, of which b at
   * 1 4 8 10, c at 2, d at 5, x at 7; C1 = corpus frequency, N = 11 tokens */
  g_autoptr(MzCounts) c = table_of("a b c a b d a x b a b");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  opts.mode = MZ_COOC_WINDOW;
  opts.left = opts.right = 1;
  g_autoptr(MzCooc) cooc = mz_cooc_count(c, &opts);
  cr_expect_eq(mz_cooc_n(cooc), 11);
  cr_expect_eq(mz_cooc_f1(cooc, id_of(c, "a")), 7);
  cr_expect_eq(o11(cooc, c, "a", "b"), 4);
  cr_expect_eq(o11(cooc, c, "a", "c"), 1);
  cr_expect_eq(o11(cooc, c, "a", "a"), 0, "node tokens are not in the window");
  cr_expect_eq(mz_cooc_f2(cooc, id_of(c, "b")), 4);
  cr_expect_eq(mz_cooc_f2(cooc, id_of(c, "a")), 4);
}

Test(cooc, overlapping_windows_count_a_token_once)
{
  /* "x a y a z", L1 R1: the windows of a at 1 and 3 are {0 2} and {2 4}: y once, R1 = 3; with
   * L2 R2: {0 2 3-excluded} and {1-excluded 2 4}: still 3 tokens */
  g_autoptr(MzCounts) c = table_of("x a y a z");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  opts.mode = MZ_COOC_WINDOW;
  opts.left = opts.right = 1;
  opts.node = id_of(c, "a");
  g_autoptr(MzCooc) one = mz_cooc_count(c, &opts);
  opts.left = opts.right = 2;
  g_autoptr(MzCooc) two = mz_cooc_count(c, &opts);
  cr_expect_eq(mz_cooc_f1(one, id_of(c, "a")), 3);
  cr_expect_eq(o11(one, c, "a", "y"), 1);
  cr_expect_eq(mz_cooc_f1(two, id_of(c, "a")), 3);
  cr_expect_eq(o11(two, c, "y", "a"), 0, "only the node's pairs are counted");
  cr_expect_eq(mz_cooc_f1(one, id_of(c, "y")), 0);
}

Test(cooc, windows_stop_at_sentences_and_are_asymmetric)
{
  /* "b a | c a d", L0 R1: a at 1 sees nothing (c starts the next sentence), a at 4 sees d;
   * across sentences a at 1 also sees c */
  g_autoptr(MzCounts) c = table_of("b a | c a d");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  opts.mode = MZ_COOC_WINDOW;
  opts.left = 0;
  opts.right = 1;
  g_autoptr(MzCooc) inside = mz_cooc_count(c, &opts);
  opts.cross_sentences = TRUE;
  g_autoptr(MzCooc) across = mz_cooc_count(c, &opts);
  cr_expect_eq(mz_cooc_f1(inside, id_of(c, "a")), 1);
  cr_expect_eq(o11(inside, c, "a", "c"), 0);
  cr_expect_eq(o11(inside, c, "a", "d"), 1);
  cr_expect_eq(o11(inside, c, "b", "a"), 1);
  cr_expect_eq(mz_cooc_f1(across, id_of(c, "a")), 2);
  cr_expect_eq(o11(across, c, "a", "c"), 1);
}

Test(cooc, many_pairs_grow_the_map)
{
  /* 3000 distinct words in a row: 2999 distinct bigrams, each once */
  GString *text = g_string_new(NULL);
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf(text, "%sw%u", i ? " " : "", i);
  g_autoptr(MzCounts) c = table_of(text->str);
  g_string_free(text, TRUE);
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  g_autoptr(MzCooc) cooc = mz_cooc_count(c, &opts);
  gsize n;
  g_autofree MzCoocPair *pairs = mz_cooc_pairs(cooc, &n);
  cr_expect_eq(n, 2999);
  cr_expect_eq(o11(cooc, c, "w1234", "w1235"), 1);
  cr_expect_eq(o11(cooc, c, "w1235", "w1234"), 0);
}

static gint
compare_lines(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every pair's O11 and every type's marginals, as text, sorted (the pairs come in no order). */
static char *
summary_of(const MzCooc *cooc, const MzCounts *c)
{
  gsize n;
  g_autofree MzCoocPair *pairs = mz_cooc_pairs(cooc, &n);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(g_free);
  GString *out = g_string_new(NULL);
  for (gsize i = 0; i < n; i++)
    g_ptr_array_add(
        lines, g_strdup_printf("%u %u %" G_GUINT64_FORMAT, pairs[i].w1, pairs[i].w2, pairs[i].f));
  g_ptr_array_sort(lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf(out, "%s\n", (char *)lines->pdata[i]);
  for (guint32 t = 0; t < mz_vocab_size(mz_counts_vocab(c)); t++)
    g_string_append_printf(out, "%u: %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n", t,
                           mz_cooc_f1(cooc, t), mz_cooc_f2(cooc, t));
  g_string_append_printf(out, "N %" G_GUINT64_FORMAT "\n", mz_cooc_n(cooc));
  return g_string_free(out, FALSE);
}

Test(cooc, threads_give_the_same_counts)
{
  /* 40 types in 400 tokens with sentence breaks: 1, 2, 3 and 7 threads, bigrams and windows */
  g_autoptr(GString) text = g_string_new(NULL);
  for (guint i = 0; i < 400; i++)
    g_string_append_printf(text, "%sw%u", i == 0 ? "" : i % 37 == 0 ? " | " : " ", (i * i) % 40);
  g_autoptr(MzCounts) c = table_of(text->str);
  for (guint mode = 0; mode < 2; mode++) {
    MzCoocOptions opts;
    mz_cooc_options_init(&opts);
    opts.mode = mode == 0 ? MZ_COOC_BIGRAM : MZ_COOC_WINDOW;
    opts.left = 3;
    opts.right = 2;
    g_autoptr(MzCooc) one = mz_cooc_count(c, &opts);
    g_autofree char *want = summary_of(one, c);
    for (guint n = 2; n <= 7; n += n == 3 ? 4 : 1) {
      opts.n_threads = n;
      g_autoptr(MzCooc) many = mz_cooc_count(c, &opts);
      g_autofree char *got = summary_of(many, c);
      cr_expect_str_eq(got, want, "mode %u, %u threads", mode, n);
    }
  }
}

static int
stop_now(void)
{
  return 1;
}

Test(cooc, stop_ends_the_count_before_the_next_document)
{
  g_autoptr(MzCounts) c = table_of("a b c a b");
  MzCoocOptions opts;
  mz_cooc_options_init(&opts);
  opts.stop = stop_now;
  opts.n_threads = 2;
  g_autoptr(MzCooc) cooc = mz_cooc_count(c, &opts);
  gsize n = 1;
  g_autofree MzCoocPair *pairs = mz_cooc_pairs(cooc, &n);
  cr_expect_eq(mz_cooc_n(cooc), 0);
  cr_expect_eq(n, 0);
}
