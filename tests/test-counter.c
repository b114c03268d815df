/* test-counter.c - counting documents into tables, on one thread or several */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

/* Every document of a table: "id|size|type:count@positions ..." lines. */
static char *
dump(const MzCounts *c)
{
  GString *out = g_string_new(NULL);
  for (guint d = 0; d < mz_counts_n_documents(c); d++) {
    MzCountsIter it;
    guint32 type;
    guint64 count, pos;
    g_string_append_printf(out, "%s|%" G_GUINT64_FORMAT "|", mz_counts_document_id(c, d),
                           mz_counts_document_size(c, d));
    mz_counts_iter_init(&it, c, d);
    while (mz_counts_iter_next(&it, &type, &count)) {
      g_string_append_printf(out, " %s:%" G_GUINT64_FORMAT "@",
                             mz_vocab_string(mz_counts_vocab(c), type, NULL), count);
      while (mz_counts_iter_next_position(&it, &pos))
        g_string_append_printf(out, "%" G_GUINT64_FORMAT ",", pos);
    }
    g_string_append_c(out, '\n');
  }
  return g_string_free(out, FALSE);
}

static MzDocument *
document(const char *id, const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new(text, strlen(text));
  return mz_document_new(id, id, bytes);
}

/* Counts the documents (id, text pairs) and returns the table of n. */
static MzCounts *
count(const MzCountOptions *opts, const char *const *docs, guint n)
{
  g_autoptr(MzCounter) counter = mz_counter_new(opts, NULL);
  MzCounts *c;
  cr_assert_not_null(counter);
  for (guint i = 0; docs[i] != NULL; i += 2)
    cr_assert(mz_counter_add(counter, document(docs[i], docs[i + 1]), NULL));
  cr_assert(mz_counter_finish(counter, NULL));
  c = mz_counter_steal_counts(counter, n);
  mz_counts_canonicalize(c); /* types in byte order, whatever the threads did */
  return c;
}

Test(counter, words_with_positions)
{
  /* "b a. b" (Latin, so the example reads left to right): words only, the full
   * stop is not counted; types in byte order: a=0, b=1 */
  static const char *const docs[] = {"d1", "b a. b", "d2", "a", NULL};
  MzCountOptions opts;
  g_autoptr(MzCounts) c = NULL;
  g_autofree char *got = NULL;
  mz_count_options_init(&opts);
  c = count(&opts, docs, 1);
  got = dump(c);
  cr_expect_str_eq(got, "d1|3| a:1@1, b:2@0,2,\nd2|1| a:1@0,\n");
}

Test(counter, ngrams_stay_inside_sentences_unless_asked)
{
  /* "a b. C d": bigrams a b, C d; across sentences also b C (a capital, so the
   * full stop ends the sentence: after ". c" it would not, UAX #29 SB8) */
  static const char *const docs[] = {"d", "a b. C d", NULL};
  MzCountOptions opts;
  g_autoptr(MzCounts) inside = NULL, across = NULL;
  g_autofree char *a = NULL, *b = NULL;
  mz_count_options_init(&opts);
  opts.n_min = opts.n_max = 2;
  inside = count(&opts, docs, 2);
  opts.cross_sentences = TRUE;
  across = count(&opts, docs, 2);
  a = dump(inside);
  b = dump(across);
  cr_expect_str_eq(a, "d|2| C d:1@1, a b:1@0,\n");
  cr_expect_str_eq(b, "d|3| C d:1@2, a b:1@0, b C:1@1,\n");
}

Test(counter, sentence_starts_are_kept_in_the_word_table)
{
  /* "a b. C d. E": sentences start at words 0, 2 and 4 (as in the bigram test above) */
  static const char *const docs[] = {"d", "a b. C d. E", "e", "", NULL};
  MzCountOptions opts;
  g_autoptr(MzCounts) c = NULL;
  g_autofree guint64 *starts = NULL, *none = NULL;
  gsize n = 0, n_none = 9;
  mz_count_options_init(&opts);
  c = count(&opts, docs, 1);
  starts = mz_counts_document_sentence_starts(c, 0, &n);
  cr_assert_eq(n, 3);
  cr_expect(starts[0] == 0 && starts[1] == 2 && starts[2] == 4);
  none = mz_counts_document_sentence_starts(c, 1, &n_none);
  cr_expect_eq(n_none, 0, "an empty document has no sentence");
}

Test(counter, units_form_norm_stem)
{
  /* walkitabu (with harakat): form keeps them, norm drops them, stem drops
   * waw and al (Light10 steps 1 and 2) */
  static const char *const docs[] = {"d", "\u0648\u0627\u0644\u0643\u0650\u062A\u0627\u0628", NULL};
  static const char *const want[] = {
      "d|1| \u0648\u0627\u0644\u0643\u0650\u062A\u0627\u0628:1@0,\n",
      "d|1| \u0648\u0627\u0644\u0643\u062A\u0627\u0628:1@0,\n",
      "d|1| \u0643\u062A\u0627\u0628:1@0,\n",
  };
  for (guint unit = MZ_UNIT_FORM; unit <= MZ_UNIT_STEM; unit++) {
    MzCountOptions opts;
    g_autoptr(MzCounts) c = NULL;
    g_autofree char *got = NULL;
    mz_count_options_init(&opts);
    opts.unit = (MzUnit)unit;
    opts.analyzer.stemmer = MZ_STEM_LIGHT;
    c = count(&opts, docs, 1);
    got = dump(c);
    cr_expect_str_eq(got, want[unit], "unit %s", mz_unit_name((MzUnit)unit));
  }
}

static char *
count_samples(guint n_threads, guint n)
{
  g_autofree char *samples = mz_test_samples_path("");
  const char *paths[] = {samples, NULL};
  MzSourceOptions sopts;
  MzCountOptions opts;
  g_autoptr(MzSource) src = NULL;
  g_autoptr(MzCounter) counter = NULL;
  g_autoptr(MzCounts) c = NULL;
  MzDocument *doc;
  mz_source_options_init(&sopts);
  mz_count_options_init(&opts);
  opts.n_threads = n_threads;
  opts.n_min = 1;
  opts.n_max = 3;
  src = mz_source_new(paths, &sopts, NULL);
  counter = mz_counter_new(&opts, NULL);
  while ((doc = mz_source_next(src, NULL)) != NULL)
    cr_assert(mz_counter_add(counter, doc, NULL));
  cr_assert(mz_counter_finish(counter, NULL));
  c = mz_counter_steal_counts(counter, n);
  mz_counts_canonicalize(c);
  return dump(c);
}

Test(counter, same_tables_on_any_number_of_threads)
{
  for (guint n = 1; n <= 3; n++) {
    g_autofree char *one = count_samples(1, n);
    g_autofree char *four = count_samples(4, n);
    cr_expect_gt(strlen(one), 1000);
    cr_expect_str_eq(one, four, "n = %u differs between 1 and 4 threads", n);
  }
}
