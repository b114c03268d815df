/* counts-merge.c - merging count tables, and their canonical form
 *
 * A merged table does not re-encode its documents: each keeps the records
 * it had, in the ids of the table it came from, with a map from those ids
 * to the merged vocabulary, applied while iterating (counts.c). Only a
 * count file needs the canonical form (the table's ids, ascending), which
 * mz_counts_canonicalize() makes.
 */
#include "corpus/counts-private.h"

#include <string.h>

typedef struct {
  guint32 id; /* in the table's vocabulary */
  guint64 count;
  const guint8 *positions, *end; /* the encoded positions, copied as they are */
} Record;

static int
compare_records(gconstpointer a, gconstpointer b)
{
  return mz_counts_compare_u32(&((const Record *)a)->id, &((const Record *)b)->id);
}

/* A document's records in canonical form: ids mapped (by @inner, the
 * document's own map, then @outer, either may be NULL), sorted, re-encoded. */
static guint8 *
reencode(const MzCountsDoc *s, const guint32 *inner, const guint32 *outer, GArray *recs, gsize *len)
{
  const guint8 *p = s->records, *end = s->records + s->len;
  GByteArray *out = g_byte_array_sized_new((guint)s->len);
  guint64 delta, count, v, id = 0;
  guint32 prev = 0;
  g_array_set_size(recs, 0);
  for (guint k = 0; k < s->n_types && get_varint(&p, end, &delta) && get_varint(&p, end, &count);
       k++) {
    guint32 t = (guint32)(id += delta);
    Record r = {outer != NULL ? outer[inner != NULL ? inner[t] : t] : inner[t], count, p, NULL};
    for (guint64 j = 0; j < count && get_varint(&p, end, &v); j++)
      ;
    r.end = p;
    g_array_append_val(recs, r);
  }
  g_array_sort(recs, compare_records);
  for (guint k = 0; k < recs->len; k++) {
    const Record *r = &g_array_index(recs, Record, k);
    put_varint(out, r->id - prev);
    put_varint(out, r->count);
    g_byte_array_append(out, r->positions, (guint)(r->end - r->positions));
    prev = r->id;
  }
  *len = out->len;
  return g_byte_array_free(out, FALSE);
}

/* Returns: whether all documents are in canonical form (not merged, or canonicalized). */
gboolean
mz_counts_is_canonical(const MzCounts *c)
{
  return c->maps->len == 0;
}

/**
 * mz_counts_canonicalize:
 * @c: a table, possibly merged
 *
 * Re-encodes the documents of a merged table with the table's own ids in
 * ascending order, the form count files store (mz_counts_document_records()).
 */
void
mz_counts_canonicalize(MzCounts *c)
{
  g_autoptr(GArray) recs = g_array_new(FALSE, FALSE, sizeof(Record));
  for (guint i = 0; i < c->docs->len; i++) {
    MzCountsDoc *d = &g_array_index(c->docs, MzCountsDoc, i);
    guint8 *records;
    if (d->map == NULL)
      continue;
    records = reencode(d, d->map, NULL, recs, &d->len);
    g_free(d->records);
    d->records = records;
    d->map = NULL;
  }
  g_ptr_array_set_size(c->maps, 0);
}

/* A document of @src in @dst, its ids mapped by @map into @dst's vocabulary:
 * the records are moved (MZ_MERGE_CONSUME) or copied, and keep their ids. */
static void
merge_document(MzCounts *dst, MzCounts *src, guint doc, const guint32 *map, guint flags,
               GArray *recs)
{
  MzCountsDoc *s = &g_array_index(src->docs, MzCountsDoc, doc);
  MzCountsDoc *d = mz_counts_append_doc(dst, s->id,
                                        flags & MZ_MERGE_CONSUME ? g_steal_pointer(&s->meta)
                                                                 : mz_counts_copy_meta(s->meta));
  d->size = s->size;
  d->n_types = s->n_types;
  dst->total += s->size;
  d->breaks_len = s->breaks_len;
  if (flags & MZ_MERGE_CONSUME)
    d->breaks = g_steal_pointer(&s->breaks);
  else if (s->breaks != NULL)
    d->breaks = g_memdup2(s->breaks, s->breaks_len);
  if (s->map != NULL) { /* already merged once: two maps, so re-encode */
    d->records = reencode(s, s->map, map, recs, &d->len);
    return;
  }
  d->len = s->len;
  d->map = map;
  if (flags & MZ_MERGE_CONSUME) {
    d->records = g_steal_pointer(&s->records);
    s->len = 0;
    s->n_types = 0;
  } else {
    d->records = g_memdup2(s->records, s->len);
  }
}

static int
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The merged vocabulary: every type of every part, interned in byte order. */
static void
merge_vocabularies(MzCounts *dst, MzCounts *const *parts, guint n_parts)
{
  g_autoptr(MzVocab) all = mz_vocab_new();
  g_autoptr(GPtrArray) strings = g_ptr_array_new();
  for (guint i = 0; i < n_parts; i++)
    for (guint32 t = 0; t < mz_vocab_size(parts[i]->vocab); t++) {
      gsize len;
      const char *s = mz_vocab_string(parts[i]->vocab, t, &len);
      if (mz_vocab_lookup(all, s, len) == MZ_VOCAB_NONE)
        g_ptr_array_add(strings,
                        (gpointer)mz_vocab_string(all, mz_vocab_intern(all, s, len), NULL));
    }
  g_ptr_array_sort(strings, compare_strings);
  for (guint i = 0; i < strings->len; i++)
    mz_vocab_intern(dst->vocab, strings->pdata[i], strlen(strings->pdata[i]));
}

/* Part i's ids -> the merged ids, kept by @dst. */
static guint32 *
part_map(MzCounts *dst, const MzCounts *part)
{
  guint32 n = mz_vocab_size(part->vocab);
  guint32 *map = g_new(guint32, n + 1);
  for (guint32 t = 0; t < n; t++) {
    gsize len;
    const char *s = mz_vocab_string(part->vocab, t, &len);
    map[t] = mz_vocab_lookup(dst->vocab, s, len);
  }
  g_ptr_array_add(dst->maps, map);
  return map;
}

/**
 * mz_counts_merge:
 * @parts: (array length=n_parts): count tables of the same n
 * @order: (array length=n_docs) (nullable): which documents, in which order;
 *   %NULL for all documents of @parts[0], then of @parts[1] ...
 * @n_docs: the length of @order
 * @flags: #MzMergeFlags: %MZ_MERGE_CONSUME moves the documents' records out
 *   of @parts (which can then only be freed); %MZ_MERGE_CANONICAL
 *   re-encodes them at once (mz_counts_canonicalize())
 *
 * A new table whose vocabulary holds every type of the parts in byte
 * order (so ids, and anything written from them, do not depend on how the
 * counting was split), and whose documents are those given, in order. The
 * documents are not re-encoded: they keep their records with a map to the
 * new ids, so a merge costs the vocabularies, not the corpus.
 *
 * Returns: (transfer full): the merged table.
 */
MzCounts *
mz_counts_merge(MzCounts *const *parts, guint n_parts, const MzDocRef *order, gsize n_docs,
                guint flags)
{
  MzCounts *dst = mz_counts_new(n_parts > 0 ? parts[0]->n : 1);
  g_autofree guint32 **maps = g_new(guint32 *, n_parts + 1);
  g_autoptr(GArray) recs = g_array_new(FALSE, FALSE, sizeof(Record));
  merge_vocabularies(dst, parts, n_parts);
  for (guint i = 0; i < n_parts; i++)
    maps[i] = part_map(dst, parts[i]);
  if (order != NULL)
    for (gsize k = 0; k < n_docs; k++)
      merge_document(dst, parts[order[k].part], order[k].doc, maps[order[k].part], flags, recs);
  else
    for (guint i = 0; i < n_parts; i++)
      for (guint doc = 0; doc < parts[i]->docs->len; doc++)
        merge_document(dst, parts[i], doc, maps[i], flags, recs);
  if (flags & MZ_MERGE_CANONICAL)
    mz_counts_canonicalize(dst);
  return dst;
}
