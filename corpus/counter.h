/* counter.h - documents in, count tables out, on a pool of threads */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/analyze.h"
#include "corpus/counts.h"
#include "corpus/source.h"

G_BEGIN_DECLS

/* Which form of a token is counted (--unit). */
typedef enum {
  MZ_UNIT_FORM, /* as written (after NFC/NFKC) */
  MZ_UNIT_NORM, /* normalized */
  MZ_UNIT_STEM, /* stemmed (the normalized form for tokens that are not words) */
} MzUnit;

gboolean mz_unit_parse(const char *name, MzUnit *unit, GError **error);
const char *mz_unit_name(MzUnit unit);
void mz_unit_form(MzUnit unit, const MzTokenInfo *t, const char **s, gsize *len);

/**
 * MzCountOptions:
 * @analyzer: how documents become tokens (the stop list is borrowed)
 * @unit: which form is counted
 * @n_min, @n_max: the sizes of n-grams counted: 1..1 for words, 2..5 for n-grams
 * @cross_sentences: n-grams may cross sentence boundaries (never document ones)
 * @n_threads: threads that analyze documents; 1 = all in the calling thread
 */
typedef struct {
  MzAnalyzerOptions analyzer;
  MzUnit unit;
  guint n_min, n_max;
  gboolean cross_sentences;
  guint n_threads;
} MzCountOptions;

void mz_count_options_init(MzCountOptions *opts);

typedef struct _MzCounter MzCounter;

MzCounter *mz_counter_new(const MzCountOptions *opts, GError **error);
void mz_counter_free(MzCounter *counter);
gboolean mz_counter_add(MzCounter *counter, MzDocument *doc, GError **error);
gboolean mz_counter_finish(MzCounter *counter, GError **error);
MzCounts *mz_counter_steal_counts(MzCounter *counter, guint n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzCounter, mz_counter_free)

G_END_DECLS
