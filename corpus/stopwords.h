/* stopwords.h - stop lists, normalized like the tokens they filter */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/normalize.h"

G_BEGIN_DECLS

typedef struct _MzStopwords MzStopwords;

MzStopwords *mz_stopwords_load(const char *spec, MzNormalizer *norm, GError **error);
MzStopwords *mz_stopwords_new_from_data(const char *data, gsize len, const char *origin,
                                        MzNormalizer *norm, GError **error);
void mz_stopwords_free(MzStopwords *stop);
gboolean mz_stopwords_contains(const MzStopwords *stop, const char *norm, gsize len);
guint mz_stopwords_size(const MzStopwords *stop);
guint mz_stopwords_n_skipped(const MzStopwords *stop);
char *mz_stopwords_digest(const MzStopwords *stop);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzStopwords, mz_stopwords_free)

G_END_DECLS
