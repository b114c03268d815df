/* counts.h - per-document counts of types with their positions: the input of every statistic */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/vocab.h"

G_BEGIN_DECLS

/**
 * MzCounts:
 *
 * A count table for one n (1 = words, 2..5 = n-grams): the documents in
 * corpus order, and for each document its size (tokens, or n-grams, counted
 * in it) and the types that occur in it, each with its count and its
 * positions (0-based, in the document's own token or n-gram sequence).
 * Types are strings interned in the table's vocabulary; a document's types
 * are kept sorted by id, its positions ascending, as varint-coded bytes.
 * Every statistic of a frequency list (frequency, range, dispersion, ARF,
 * equal parts, groups by metadata) derives from this, and merging two
 * tables is a concatenation of their documents.
 */
typedef struct _MzCounts MzCounts;

MzCounts *mz_counts_new(guint n);
void mz_counts_free(MzCounts *c);
guint mz_counts_n(const MzCounts *c);
MzVocab *mz_counts_vocab(const MzCounts *c);
guint mz_counts_n_documents(const MzCounts *c);
guint64 mz_counts_total(const MzCounts *c);

guint mz_counts_add_document(MzCounts *c, const char *id, GHashTable *meta, const guint32 *ids,
                             gsize n_ids);
const char *mz_counts_document_id(const MzCounts *c, guint doc);
const char *mz_counts_document_meta(const MzCounts *c, guint doc, const char *key);
const char *const *mz_counts_document_meta_pairs(const MzCounts *c, guint doc);
guint64 mz_counts_document_size(const MzCounts *c, guint doc);
guint mz_counts_document_n_types(const MzCounts *c, guint doc);

/**
 * MzCountsIter:
 *
 * Walks the types of one document, and for each the positions of its
 * occurrences (ascending). Types come in ascending id order, except in a
 * merged table that was not canonicalized. Stack-allocated; no allocation.
 */
typedef struct {
  /*< private >*/
  const guint8 *p, *end;
  const guint32 *map;
  guint32 type;
  guint64 count;
  guint64 left;     /* positions of the current type not read yet */
  guint64 position; /* the last position read */
  guint remaining;  /* types not read yet */
} MzCountsIter;

void mz_counts_iter_init(MzCountsIter *it, const MzCounts *c, guint doc);
gboolean mz_counts_iter_next(MzCountsIter *it, guint32 *type, guint64 *count);
gboolean mz_counts_iter_next_position(MzCountsIter *it, guint64 *position);

/**
 * MzDocRef:
 * @part: which of the tables given to mz_counts_merge()
 * @doc: a document of that table
 */
typedef struct {
  guint part;
  guint doc;
} MzDocRef;

typedef enum {
  MZ_MERGE_CONSUME = 1 << 0,   /* move the records out of the parts */
  MZ_MERGE_CANONICAL = 1 << 1, /* re-encode them in the merged ids at once */
} MzMergeFlags;

MzCounts *mz_counts_merge(MzCounts *const *parts, guint n_parts, const MzDocRef *order,
                          gsize n_docs, guint flags);
void mz_counts_canonicalize(MzCounts *c);
gboolean mz_counts_is_canonical(const MzCounts *c);

void mz_counts_set_document_sentences(MzCounts *c, guint doc, const guint32 *sentence_of, gsize n);
guint64 *mz_counts_document_sentence_starts(const MzCounts *c, guint doc, gsize *n_starts);

/* Raw access for count files (countfile.c): a document's encoded records. */
const guint8 *mz_counts_document_records(const MzCounts *c, guint doc, gsize *len);
gboolean mz_counts_add_document_records(MzCounts *c, const char *id, GHashTable *meta, guint64 size,
                                        const guint8 *records, gsize len, guint n_types,
                                        GError **error);
const guint8 *mz_counts_document_breaks(const MzCounts *c, guint doc, gsize *len);
gboolean mz_counts_set_document_breaks(MzCounts *c, guint doc, const guint8 *breaks, gsize len,
                                       GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzCounts, mz_counts_free)

G_END_DECLS
