/* counts.c - per-document counts of types with their positions
 *
 * Each document keeps its records as one byte string: for each type, in
 * ascending id order, varint(id - previous id), varint(count), then count
 * varints: the first position, then the distance from each position to the
 * next (>= 1). Varints are LEB128 (7 bits a byte, low bits first). About
 * 1.5 bytes a token on news text; the positions are what ARF and equal
 * parts need.
 *
 * A document may also keep where its sentences start (positions > 0, as
 * varint deltas), so that windows and bigrams can stop at sentence ends.
 *
 * A merged table's documents may keep their records in another table's ids,
 * with a map applied while iterating (counts-merge.c).
 */
#include "corpus/counts-private.h"

#include <string.h>

static void
doc_clear(gpointer p)
{
  MzCountsDoc *d = p;
  g_free(d->id);
  g_free(d->meta);
  g_free(d->records);
  g_free(d->breaks);
}

/**
 * mz_counts_new:
 * @n: 1 for words, 2..5 for n-grams
 *
 * Returns: (transfer full): an empty count table with an empty vocabulary.
 */
MzCounts *
mz_counts_new(guint n)
{
  MzCounts *c = g_new0(MzCounts, 1);
  c->n = n;
  c->vocab = mz_vocab_new();
  c->docs = g_array_new(FALSE, TRUE, sizeof(MzCountsDoc));
  g_array_set_clear_func(c->docs, doc_clear);
  c->maps = g_ptr_array_new_with_free_func(g_free);
  return c;
}

void
mz_counts_free(MzCounts *c)
{
  if (c == NULL)
    return;
  mz_vocab_free(c->vocab);
  g_array_unref(c->docs);
  g_ptr_array_unref(c->maps);
  g_free(c->seen);
  g_free(c);
}

guint
mz_counts_n(const MzCounts *c)
{
  return c->n;
}

/* Returns: (transfer none): the vocabulary the type ids refer to. */
MzVocab *
mz_counts_vocab(const MzCounts *c)
{
  return c->vocab;
}

guint
mz_counts_n_documents(const MzCounts *c)
{
  return c->docs->len;
}

/* Returns: the tokens (or n-grams) counted in all documents: N. */
guint64
mz_counts_total(const MzCounts *c)
{
  return c->total;
}

int
mz_counts_compare_u32(gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
  return x < y ? -1 : x > y;
}

/* Sorts ids ascending without a comparison callback (a document's few
 * hundred types are sorted for every document): quicksort, median of
 * three, insertion sort below 16. */
static void
sort_u32(guint32 *a, gsize n)
{
  while (n > 16) {
    guint32 x = a[0], y = a[n / 2], z = a[n - 1];
    guint32 pivot = MAX(MIN(x, y), MIN(MAX(x, y), z));
    gsize i = 0, j = n - 1;
    for (;;) {
      guint32 t;
      while (a[i] < pivot)
        i++;
      while (a[j] > pivot)
        j--;
      if (i >= j)
        break;
      t = a[i], a[i] = a[j], a[j] = t;
      i++, j--;
    }
    sort_u32(a, j + 1); /* the smaller side recursively would bound the depth; */
    a += j + 1;         /* ids are distinct, so the halves stay balanced enough */
    n -= j + 1;
  }
  for (gsize i = 1; i < n; i++) {
    guint32 v = a[i];
    gsize k = i;
    for (; k > 0 && a[k - 1] > v; k--)
      a[k] = a[k - 1];
    a[k] = v;
  }
}

static int
compare_keys(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Metadata as one block: pairs of pointers (interned key, value), a NULL,
 * then the values' bytes. A GHashTable per document took about 370 bytes
 * for two fields; this takes about 80 (a corpus may have millions). */
static char **
pack_pairs(const char *const *keys, const char *const *values, guint n)
{
  gsize size = sizeof(char *) * (2 * n + 1), at;
  char **block;
  for (guint i = 0; i < n; i++)
    size += strlen(values[i]) + 1;
  block = g_malloc(size);
  at = sizeof(char *) * (2 * n + 1);
  for (guint i = 0; i < n; i++) {
    gsize len = strlen(values[i]) + 1;
    block[2 * i] = (char *)g_intern_string(keys[i]);
    block[2 * i + 1] = memcpy((char *)block + at, values[i], len);
    at += len;
  }
  block[2 * n] = NULL;
  return block;
}

/* Returns: (transfer full) (nullable): @meta packed, keys in byte order. */
char **
mz_counts_pack_meta(GHashTable *meta)
{
  g_autofree const char **keys = NULL;
  g_autofree const char **values = NULL;
  guint n = 0;
  if (meta == NULL || g_hash_table_size(meta) == 0)
    return NULL;
  keys = (const char **)g_hash_table_get_keys_as_array(meta, &n);
  qsort(keys, n, sizeof(char *), compare_keys);
  values = g_new(const char *, n);
  for (guint i = 0; i < n; i++)
    values[i] = g_hash_table_lookup(meta, keys[i]);
  return pack_pairs(keys, values, n);
}

/* Returns: (transfer full) (nullable): a copy of packed metadata. */
char **
mz_counts_copy_meta(char *const *meta)
{
  g_autofree const char **keys = NULL;
  g_autofree const char **values = NULL;
  guint n = 0;
  if (meta == NULL)
    return NULL;
  while (meta[2 * n] != NULL)
    n++;
  keys = g_new(const char *, n + 1);
  values = g_new(const char *, n + 1);
  for (guint i = 0; i < n; i++)
    keys[i] = meta[2 * i], values[i] = meta[2 * i + 1];
  return pack_pairs(keys, values, n);
}

/* Appends a document that takes @meta (packed, transfer full). */
MzCountsDoc *
mz_counts_append_doc(MzCounts *c, const char *id, char **meta)
{
  MzCountsDoc d = {0};
  d.id = g_strdup(id);
  d.meta = meta;
  g_array_append_val(c->docs, d);
  return &g_array_index(c->docs, MzCountsDoc, c->docs->len - 1);
}

/* The records of a token sequence: types sorted by id, positions ascending
 * (a counting pass over the sequence per type would be quadratic, so the
 * (id, position) pairs are bucketed by id through the scratch counts). */
static GByteArray *
encode_records(MzCounts *c, const guint32 *ids, gsize n_ids, guint *n_types)
{
  GByteArray *out = g_byte_array_sized_new((guint)(n_ids + n_ids / 2 + 16));
  g_autoptr(GArray) types = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autofree guint32 *order = g_new(guint32, n_ids + 1);
  g_autofree guint32 *start = NULL;
  guint32 prev = 0;
  for (gsize i = 0; i < n_ids; i++)
    if (c->seen[ids[i]]++ == 0)
      g_array_append_val(types, ids[i]);
  sort_u32((guint32 *)types->data, types->len);
  start = g_new(guint32, types->len + 1);
  for (guint k = 0, at = 0; k < types->len; k++) { /* bucket starts; seen[id] becomes the bucket */
    guint32 id = g_array_index(types, guint32, k);
    start[k] = at;
    at += c->seen[id];
    c->seen[id] = k;
  }
  start[types->len] = (guint32)n_ids;
  {
    g_autofree guint32 *fill = g_memdup2(start, sizeof(guint32) * (types->len + 1));
    for (gsize i = 0; i < n_ids; i++)
      order[fill[c->seen[ids[i]]]++] = (guint32)i;
  }
  for (guint k = 0; k < types->len; k++) {
    guint32 id = g_array_index(types, guint32, k), last = 0;
    put_varint(out, id - prev);
    put_varint(out, start[k + 1] - start[k]);
    for (guint32 j = start[k]; j < start[k + 1]; j++) {
      put_varint(out, j == start[k] ? order[j] : order[j] - last);
      last = order[j];
    }
    prev = id;
    c->seen[id] = 0;
  }
  *n_types = types->len;
  return out;
}

static void
ensure_seen(MzCounts *c)
{
  gsize need = mz_vocab_size(c->vocab);
  if (need <= c->seen_len)
    return;
  need = MAX(need, c->seen_len * 2);
  c->seen = g_renew(guint32, c->seen, need);
  memset(c->seen + c->seen_len, 0, (need - c->seen_len) * sizeof(guint32));
  c->seen_len = need;
}

/**
 * mz_counts_add_document:
 * @c: a count table
 * @id: the document id (copied)
 * @meta: (nullable): its metadata, string -> string (referenced, not copied)
 * @ids: (array length=n_ids): the type ids (of mz_counts_vocab()) of its
 *   tokens or n-grams in text order: position i holds ids[i]
 * @n_ids: their number, the document's size
 *
 * Returns: the index of the new document.
 */
guint
mz_counts_add_document(MzCounts *c, const char *id, GHashTable *meta, const guint32 *ids,
                       gsize n_ids)
{
  MzCountsDoc *d;
  GByteArray *records;
  guint n_types = 0;
  ensure_seen(c);
  records = encode_records(c, ids, n_ids, &n_types);
  d = mz_counts_append_doc(c, id, mz_counts_pack_meta(meta));
  d->size = n_ids;
  d->n_types = n_types;
  d->len = records->len;
  d->records = g_byte_array_free(records, FALSE);
  c->total += n_ids;
  return c->docs->len - 1;
}

const MzCountsDoc *
mz_counts_doc_at(const MzCounts *c, guint doc)
{
  g_return_val_if_fail(doc < c->docs->len, NULL);
  return &g_array_index(c->docs, MzCountsDoc, doc);
}

const char *
mz_counts_document_id(const MzCounts *c, guint doc)
{
  return mz_counts_doc_at(c, doc)->id;
}

/**
 * mz_counts_document_meta:
 * @key: a metadata field
 *
 * Returns: (transfer none) (nullable): the document's value of @key.
 */
const char *
mz_counts_document_meta(const MzCounts *c, guint doc, const char *key)
{
  char *const *meta = mz_counts_doc_at(c, doc)->meta;
  for (guint i = 0; meta != NULL && meta[i] != NULL; i += 2)
    if (strcmp(meta[i], key) == 0)
      return meta[i + 1];
  return NULL;
}

/**
 * mz_counts_document_meta_pairs:
 *
 * Returns: (transfer none): the document's metadata, key, value, key,
 * value ... then %NULL, keys in byte order (an empty list when it has none).
 */
const char *const *
mz_counts_document_meta_pairs(const MzCounts *c, guint doc)
{
  static const char *const none[] = {NULL};
  char *const *meta = mz_counts_doc_at(c, doc)->meta;
  return meta != NULL ? (const char *const *)meta : none;
}

guint64
mz_counts_document_size(const MzCounts *c, guint doc)
{
  return mz_counts_doc_at(c, doc)->size;
}

guint
mz_counts_document_n_types(const MzCounts *c, guint doc)
{
  return mz_counts_doc_at(c, doc)->n_types;
}

/* Returns: (transfer none): the encoded records of a document (see the top of
 * counts.c), in canonical form: the table must not be merged, or must have
 * been through mz_counts_canonicalize(). */
const guint8 *
mz_counts_document_records(const MzCounts *c, guint doc, gsize *len)
{
  const MzCountsDoc *d = mz_counts_doc_at(c, doc);
  g_return_val_if_fail(d->map == NULL, NULL);
  *len = d->len;
  return d->records;
}

void
mz_counts_iter_init(MzCountsIter *it, const MzCounts *c, guint doc)
{
  const MzCountsDoc *d = mz_counts_doc_at(c, doc);
  it->p = d->records;
  it->end = d->records + d->len;
  it->map = d->map;
  it->type = 0;
  it->count = 0;
  it->left = 0;
  it->position = 0;
  it->remaining = d->n_types;
}

/* Skips the positions of the current type that were not read: a varint
 * ends at the first byte without its high bit, so no value is decoded. */
static void
skip_positions(MzCountsIter *it)
{
  const guint8 *p = it->p;
  guint64 left = it->left;
  while (left > 0 && p < it->end)
    left -= !(*p++ & 0x80);
  it->p = p;
  it->left = 0;
}

/**
 * mz_counts_iter_next:
 * @it: an iterator
 * @type: (out): the next type id
 * @count: (out): its count in the document
 *
 * Returns: %FALSE after the last type.
 */
gboolean
mz_counts_iter_next(MzCountsIter *it, guint32 *type, guint64 *count)
{
  guint64 delta, n;
  skip_positions(it);
  if (it->remaining == 0 || !get_varint(&it->p, it->end, &delta) ||
      !get_varint(&it->p, it->end, &n))
    return FALSE;
  it->remaining--;
  it->type += (guint32)delta;
  it->count = it->left = n;
  it->position = 0;
  *type = it->map != NULL ? it->map[it->type] : it->type;
  *count = n;
  return TRUE;
}

/**
 * mz_counts_iter_next_position:
 * @position: (out): the next position of the current type in the document
 *
 * Returns: %FALSE after its last position.
 */
gboolean
mz_counts_iter_next_position(MzCountsIter *it, guint64 *position)
{
  guint64 v;
  if (it->left == 0 || !get_varint(&it->p, it->end, &v))
    return FALSE;
  it->position = it->left == it->count ? v : it->position + v;
  it->left--;
  *position = it->position;
  return TRUE;
}

/* Checks encoded records against the vocabulary and the document size. */
static gboolean
records_valid(const MzCounts *c, const guint8 *p, const guint8 *end, guint n_types, guint64 size,
              const char **why)
{
  guint64 id = 0, sum = 0, delta, count, pos;
  guint32 n_vocab = mz_vocab_size(c->vocab);
  for (guint k = 0; k < n_types; k++) {
    if (!get_varint(&p, end, &delta) || !get_varint(&p, end, &count))
      return *why = "truncated", FALSE;
    id += delta;
    if ((k > 0 && delta == 0) || delta >= n_vocab || id >= n_vocab || count == 0)
      return *why = "bad type id or count", FALSE;
    sum += count;
    for (guint64 j = 0, at = 0; j < count; j++) {
      if (!get_varint(&p, end, &pos))
        return *why = "truncated positions", FALSE;
      if ((j > 0 && pos == 0) || (at += pos) >= size || (j > 0 && at < pos))
        return *why = "positions out of order or out of the document", FALSE;
    }
  }
  if (p != end || sum != size)
    return *why = "counts do not add up to the document size", FALSE;
  return TRUE;
}

/**
 * mz_counts_add_document_records:
 * @c: a count table whose vocabulary the records refer to
 * @records: encoded records (copied), as mz_counts_document_records() gives
 *
 * Adds a document from its encoded records, after checking them (ids in the
 * vocabulary and ascending, counts adding up to @size, positions ascending
 * inside the document), so corrupt input is an error, never a crash.
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_FORMAT when the records are corrupt.
 */
gboolean
mz_counts_add_document_records(MzCounts *c, const char *id, GHashTable *meta, guint64 size,
                               const guint8 *records, gsize len, guint n_types, GError **error)
{
  const char *why = NULL;
  MzCountsDoc *d;
  if (!records_valid(c, records, records + len, n_types, size, &why)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "document '%s': corrupt counts (%s)", id, why);
    return FALSE;
  }
  d = mz_counts_append_doc(c, id, mz_counts_pack_meta(meta));
  d->size = size;
  d->n_types = n_types;
  d->len = len;
  d->records = g_memdup2(records, len);
  c->total += size;
  return TRUE;
}

/**
 * mz_counts_set_document_sentences:
 * @c: a count table
 * @doc: one of its documents
 * @sentence_of: (array length=n): the sentence number of each of its positions (never
 *   decreasing), e.g. the sentence of each token
 * @n: the document's size
 *
 * Keeps where the document's sentences start, for statistics that must not
 * cross a sentence boundary (bigrams, co-occurrence windows).
 */
void
mz_counts_set_document_sentences(MzCounts *c, guint doc, const guint32 *sentence_of, gsize n)
{
  MzCountsDoc *d;
  g_autoptr(GByteArray) out = g_byte_array_new();
  guint64 prev = 0;
  g_return_if_fail(c != NULL && doc < c->docs->len);
  d = &g_array_index(c->docs, MzCountsDoc, doc);
  g_return_if_fail(n == d->size);
  for (gsize i = 1; i < n; i++)
    if (sentence_of[i] != sentence_of[i - 1]) {
      put_varint(out, i - prev);
      prev = i;
    }
  g_free(d->breaks);
  d->breaks_len = out->len;
  d->breaks = out->len > 0 ? g_byte_array_free(g_steal_pointer(&out), FALSE) : NULL;
}

/**
 * mz_counts_document_sentence_starts:
 * @n_starts: (out): how many
 *
 * Returns: (transfer full): the positions where the document's sentences
 * start, ascending: 0 first (when the document is not empty), then every
 * later sentence start. A document counted without sentences is one
 * sentence.
 */
guint64 *
mz_counts_document_sentence_starts(const MzCounts *c, guint doc, gsize *n_starts)
{
  const MzCountsDoc *d = mz_counts_doc_at(c, doc);
  const guint8 *p = d->breaks, *end = d->breaks + d->breaks_len;
  GArray *starts = g_array_new(FALSE, FALSE, sizeof(guint64));
  guint64 at = 0, delta;
  if (d->size > 0)
    g_array_append_val(starts, at);
  while (p < end && get_varint(&p, end, &delta)) {
    at += delta;
    g_array_append_val(starts, at);
  }
  *n_starts = starts->len;
  return (guint64 *)g_array_free(starts, FALSE);
}

/* Returns: (transfer none) (nullable): the encoded sentence starts (see the top of this file). */
const guint8 *
mz_counts_document_breaks(const MzCounts *c, guint doc, gsize *len)
{
  const MzCountsDoc *d = mz_counts_doc_at(c, doc);
  *len = d->breaks_len;
  return d->breaks;
}

/**
 * mz_counts_set_document_breaks:
 * @breaks: encoded sentence starts (copied), as mz_counts_document_breaks() gives
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_FORMAT when they are corrupt (a
 * delta of 0, a start at or past the document's end, a cut-off varint).
 */
gboolean
mz_counts_set_document_breaks(MzCounts *c, guint doc, const guint8 *breaks, gsize len,
                              GError **error)
{
  MzCountsDoc *d;
  const guint8 *p = breaks, *end = breaks + len;
  guint64 at = 0, delta;
  g_return_val_if_fail(c != NULL && doc < c->docs->len, FALSE);
  d = &g_array_index(c->docs, MzCountsDoc, doc);
  while (p < end) {
    if (!get_varint(&p, end, &delta) || delta == 0 || delta >= d->size - at) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "document '%s': corrupt sentence starts", d->id);
      return FALSE;
    }
    at += delta;
  }
  g_free(d->breaks);
  d->breaks = len > 0 ? g_memdup2(breaks, len) : NULL;
  d->breaks_len = len;
  return TRUE;
}
