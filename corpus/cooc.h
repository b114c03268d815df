/* cooc.h - co-occurrence counts of pairs of types: adjacent bigrams or windows (spec 2.3) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/counts.h"

G_BEGIN_DECLS

typedef enum {
  MZ_COOC_BIGRAM, /* (w1, w2) = adjacent tokens; N = bigram positions, positional marginals */
  MZ_COOC_WINDOW, /* w2 within L tokens before or R after w1; Evert's surface co-occurrence */
} MzCoocMode;

/**
 * MzCoocOptions:
 * @mode: bigrams or windows
 * @left: window tokens before the node (window mode)
 * @right: window tokens after the node (window mode)
 * @cross_sentences: bigrams and windows may cross sentence boundaries (never documents)
 * @node: count only the pairs whose w1 is this type (MZ_VOCAB_NONE: every type)
 * @n_threads: threads that count (0 or 1: the caller's only); the counts are the same
 * @stop: (nullable): asked between documents; non-zero stops the count, whose result is then
 *   incomplete (for a program interrupted by a signal: mz_tool_interrupted())
 */
typedef struct {
  MzCoocMode mode;
  guint left, right;
  gboolean cross_sentences;
  guint32 node;
  guint n_threads;
  int (*stop)(void);
} MzCoocOptions;

void mz_cooc_options_init(MzCoocOptions *opts);

/* A pair of types of the word table's vocabulary and its co-occurrence frequency O11. */
typedef struct {
  guint32 w1, w2;
  guint64 f;
} MzCoocPair;

typedef struct _MzCooc MzCooc;

MzCooc *mz_cooc_count(const MzCounts *words, const MzCoocOptions *opts);
void mz_cooc_free(MzCooc *cooc);
guint64 mz_cooc_n(const MzCooc *cooc);
guint64 mz_cooc_f1(const MzCooc *cooc, guint32 w1);
guint64 mz_cooc_f2(const MzCooc *cooc, guint32 w2);
MzCoocPair *mz_cooc_pairs(const MzCooc *cooc, gsize *n_pairs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzCooc, mz_cooc_free)

G_END_DECLS
