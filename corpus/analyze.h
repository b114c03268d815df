/* analyze.h - one document to a stream of normalized, stemmed, filtered tokens */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/normalize.h"
#include "corpus/source.h"
#include "corpus/stem.h"
#include "corpus/stopwords.h"
#include "corpus/tokenize.h"

G_BEGIN_DECLS

/**
 * MzAnalyzerOptions:
 * @engine: the tokenizer engine
 * @norm_flags: #MzNormFlags
 * @stemmer: the stemmer
 * @stopwords: a stop list (borrowed), or %NULL; tokens whose normalized form
 *   is on it are skipped
 * @types: a mask of #MzTokenType; other tokens are skipped
 * @sentence_mode: how sentences are split when the input gives none
 */
typedef struct {
  MzEngine engine;
  guint norm_flags;
  MzStemmer stemmer;
  MzStopwords *stopwords;
  guint types;
  MzSentenceMode sentence_mode;
} MzAnalyzerOptions;

void mz_analyzer_options_init(MzAnalyzerOptions *opts);

/**
 * MzTokenInfo:
 * @token: type, offsets (in mz_analyzer_text()) and sentence number
 * @surface: the token as it stands in the text; @surface_len its length
 * @norm: the normalized form; @norm_len its length
 * @stem: the stem (== @norm when stemming is off); @stem_len its length
 * @sentence_id: the sentence id given by the input, or %NULL
 *
 * All strings belong to the analyzer and are valid until the next call.
 * They are not NUL-terminated.
 */
typedef struct {
  MzToken token;
  const char *surface;
  gsize surface_len;
  const char *norm;
  gsize norm_len;
  const char *stem;
  gsize stem_len;
  const char *sentence_id;
} MzTokenInfo;

typedef struct _MzAnalyzer MzAnalyzer;

MzAnalyzer *mz_analyzer_new(const MzAnalyzerOptions *opts, GError **error);
void mz_analyzer_free(MzAnalyzer *an);
MzNormalizer *mz_analyzer_get_normalizer(MzAnalyzer *an);
gboolean mz_analyzer_begin(MzAnalyzer *an, MzDocument *doc, GError **error);
gboolean mz_analyzer_next(MzAnalyzer *an, MzTokenInfo *info);
const char *mz_analyzer_text(const MzAnalyzer *an, gsize *len);
guint mz_analyzer_n_sentences(const MzAnalyzer *an);
guint64 mz_analyzer_n_words(const MzAnalyzer *an);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzAnalyzer, mz_analyzer_free)

G_END_DECLS
