/* vocab.h - string interning to dense ids, arena-backed */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MZ_VOCAB_NONE G_MAXUINT32

typedef struct _MzVocab MzVocab;

MzVocab *mz_vocab_new(void);
void mz_vocab_free(MzVocab *vocab);
guint32 mz_vocab_intern(MzVocab *vocab, const char *s, gsize len);

/* Interning a stream of strings, a batch at a time: faster on a large vocabulary. */
typedef struct _MzVocabBatch MzVocabBatch;

MzVocabBatch *mz_vocab_batch_new(MzVocab *vocab);
void mz_vocab_batch_free(MzVocabBatch *batch);
void mz_vocab_batch_add(MzVocabBatch *batch, const char *s, gsize len, GArray *ids);
void mz_vocab_batch_flush(MzVocabBatch *batch, GArray *ids);
guint32 mz_vocab_lookup(const MzVocab *vocab, const char *s, gsize len);
const char *mz_vocab_string(const MzVocab *vocab, guint32 id, gsize *len);
guint32 mz_vocab_size(const MzVocab *vocab);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzVocab, mz_vocab_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzVocabBatch, mz_vocab_batch_free)

G_END_DECLS
