/* test-engines.c - the fast and the ICU engine agree on real text
 *
 * The issue asks that both engines give identical word tokens over the whole
 * ANT corpus, apart from documented differences. Word tokens here are the
 * word, latin and number tokens, compared with their offsets and types. The
 * one documented difference, punctuation runs (README "Engines"), is
 * outside that set. URLs, e-mails, hashtags and mentions are compared too,
 * since both engines must recognise them the same way.
 */
#include "corpus/mizan-corpus.h"
#include "tests/helpers/test-helpers.h"

#include <string.h>

#define COMPARED                                                                                   \
  (MZ_TOKEN_MASK_WORDS | MZ_TOKEN_MASK(MZ_TOKEN_URL) | MZ_TOKEN_MASK(MZ_TOKEN_EMAIL) |             \
   MZ_TOKEN_MASK(MZ_TOKEN_HASHTAG) | MZ_TOKEN_MASK(MZ_TOKEN_MENTION))

/* The compared tokens of one prepared text, as "start:len:type" lines. */
static GString *
compared_tokens(MzTokenizer *tok, const char *text, gsize len, guint64 *n)
{
  GString *out = g_string_new(NULL);
  MzToken t;
  mz_tokenizer_reset(tok, text, len);
  while (mz_tokenizer_next(tok, &t))
    if (COMPARED & MZ_TOKEN_MASK(t.type)) {
      g_string_append_printf(out, "%zu:%zu:%d\n", t.start, t.len, t.type);
      (*n)++;
    }
  return out;
}

/* First differing line of a and b, for the failure message. */
static char *
first_difference(const GString *a, const GString *b, const char *text)
{
  gsize i = 0;
  while (i < a->len && i < b->len && a->str[i] == b->str[i])
    i++;
  while (i > 0 && a->str[i - 1] != '\n')
    i--;
  gsize start = (gsize)g_ascii_strtoull(a->str + i, NULL, 10);
  return g_strdup_printf("fast '%.40s' / icu '%.40s' near \"%.60s\"", a->str + i, b->str + i,
                         text + start);
}

/* Both engines over every document under path; returns the tokens compared. */
static guint64
compare_engines(const char *path)
{
  const char *paths[] = {path, NULL};
  MzSourceOptions opts;
  g_autoptr(MzSource) src = NULL;
  g_autoptr(MzTokenizer) fast = mz_tokenizer_new(MZ_ENGINE_FAST, NULL);
  g_autoptr(MzTokenizer) icu = mz_tokenizer_new(MZ_ENGINE_ICU, NULL);
  g_autoptr(MzNormalizer) norm = mz_normalizer_new(MZ_NORM_LIGHT);
  MzDocument *doc;
  GError *error = NULL;
  guint64 n_fast = 0, n_icu = 0;
  mz_source_options_init(&opts);
  src = mz_source_new(paths, &opts, &error);
  cr_assert_not_null(src, "%s", error ? error->message : "?");
  while ((doc = mz_source_next(src, &error)) != NULL) {
    g_autoptr(GBytes) text = mz_normalizer_prepare_text(norm, doc->text, NULL);
    gsize len;
    const char *data = g_bytes_get_data(text, &len);
    g_autoptr(GString) a = compared_tokens(fast, data, len, &n_fast);
    g_autoptr(GString) b = compared_tokens(icu, data, len, &n_icu);
    if (!g_string_equal(a, b)) {
      g_autofree char *where = first_difference(a, b, data);
      cr_assert_fail("%s: the engines differ: %s", doc->id, where);
    }
    mz_document_free(doc);
  }
  cr_assert_null(error, "%s", error ? error->message : "");
  cr_assert_eq(n_fast, n_icu);
  return n_fast;
}

Test(engines, agree_on_the_sample_corpus)
{
  g_autofree char *samples = mz_test_samples_path("");
  cr_expect_gt(compare_engines(samples), 5000);
}

Test(engines, agree_on_the_whole_ant_corpus, .timeout = 600)
{
  g_autofree char *ant = NULL;
  MZ_TEST_REQUIRE_SHARED();
  ant = mz_test_shared_path("corpus/ant");
  /* ANT v1.1: more than a million words in <TEXT> (../shared/corpus/README.md) */
  cr_expect_gt(compare_engines(ant), 1000000);
}

Test(engines, agree_on_the_ud_arabic_pud_sentences)
{
  g_autofree char *pud = NULL;
  MZ_TEST_REQUIRE_SHARED();
  pud = mz_test_shared_path("corpus/pud/ar_pud-ud-test.conllu");
  cr_expect_gt(compare_engines(pud), 15000);
}
