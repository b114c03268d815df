/* vocab.c - string interning to dense ids, arena-backed
 *
 * Strings are copied once into large arena blocks that never move, so the
 * pointers handed out stay valid for the life of the vocabulary; ids are
 * dense (0, 1, 2 ... in order of first appearance). The index is an
 * open-addressing table (linear probing, load <= 1/2) of (id, hash, string)
 * slots, so a lookup touches the string only when the full 32-bit hashes
 * agree, and then without going through the entry array. Interned strings
 * must not contain NUL bytes (decoded text never does): the arena copy's
 * terminating NUL is what checks the length.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

#define ARENA_BLOCK (1u << 20)

typedef struct {
  const char *str;
  guint32 len;
  guint32 hash;
} Entry;

typedef struct {
  guint32 id1; /* id + 1; 0 = empty */
  guint32 hash;
  const char *str; /* the arena copy, so a hit touches no Entry */
} Slot;

struct _MzVocab {
  Slot *slots;
  guint32 mask;
  GArray *entries; /* Entry */
  GPtrArray *blocks;
  char *block;
  gsize block_used, block_size;
};

static inline guint64
read64(const char *p)
{
  guint64 w;
  memcpy(&w, p, 8);
  return w;
}

static inline guint64
read32(const char *p)
{
  guint32 w;
  memcpy(&w, p, 4);
  return w;
}

static inline guint64
mix(guint64 h)
{
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 31);
}

/* A multiply-xorshift hash (in the spirit of wyhash): 8-byte words, the last
 * one overlapping; short keys read as two overlapping 4-byte words, or as
 * three bytes, so no key is read byte by byte. */
G_ALWAYS_INLINE static inline guint32
hash_bytes(const char *s, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
  if (len >= 8) {
    const char *last = s + len - 8;
    for (; s < last; s += 8)
      h = mix(h ^ read64(s));
    h = mix(h ^ read64(last));
  } else if (len >= 4) {
    h = mix(h ^ (read32(s) << 32 | read32(s + len - 4)));
  } else if (len > 0) {
    guint64 w =
        (guint64)(guchar)s[0] << 16 | (guint64)(guchar)s[len >> 1] << 8 | (guchar)s[len - 1];
    h = mix(h ^ w);
  }
  h = mix(h);
  return (guint32)(h ^ (h >> 32));
}

MzVocab *
mz_vocab_new(void)
{
  MzVocab *v = g_new0(MzVocab, 1);
  v->mask = 1023;
  v->slots = g_new0(Slot, v->mask + 1);
  v->entries = g_array_new(FALSE, FALSE, sizeof(Entry));
  v->blocks = g_ptr_array_new_with_free_func(g_free);
  return v;
}

void
mz_vocab_free(MzVocab *v)
{
  if (v == NULL)
    return;
  g_free(v->slots);
  g_array_unref(v->entries);
  g_ptr_array_unref(v->blocks);
  g_free(v);
}

static const char *
arena_copy(MzVocab *v, const char *s, gsize len)
{
  char *p;
  if (v->block == NULL || v->block_used + len + 1 > v->block_size) {
    v->block_size = MAX(ARENA_BLOCK, len + 1);
    v->block = g_malloc(v->block_size);
    v->block_used = 0;
    g_ptr_array_add(v->blocks, v->block);
  }
  p = v->block + v->block_used;
  memcpy(p, s, len);
  p[len] = '\0';
  v->block_used += len + 1;
  return p;
}

static void
grow(MzVocab *v)
{
  guint32 mask = v->mask * 2 + 1;
  Slot *slots = g_new0(Slot, (gsize)mask + 1);
  for (guint32 i = 0; i <= v->mask; i++) {
    guint32 j;
    if (v->slots[i].id1 == 0)
      continue;
    for (j = v->slots[i].hash & mask; slots[j].id1 != 0; j = (j + 1) & mask)
      ;
    slots[j] = v->slots[i];
  }
  g_free(v->slots);
  v->slots = slots;
  v->mask = mask;
}

/* Is the NUL-terminated a equal to the len bytes of b? */
static inline gboolean
equal_bytes(const char *a, const char *b, gsize len)
{
  while (len >= 8) {
    guint64 x, y;
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    if (x != y)
      return FALSE;
    a += 8;
    b += 8;
    len -= 8;
  }
  for (; len > 0; len--)
    if (*a++ != *b++)
      return FALSE;
  return *a == '\0';
}

/* The slot holding s, or the empty slot where it would go. */
G_ALWAYS_INLINE static inline guint32
find_slot(const MzVocab *v, const char *s, gsize len, guint32 hash)
{
  guint32 i = hash & v->mask;
  for (;; i = (i + 1) & v->mask) {
    const Slot *slot = &v->slots[i];
    if (slot->id1 == 0 || (slot->hash == hash && equal_bytes(slot->str, s, len)))
      return i;
  }
}

/* The id of s, whose hash_bytes() is hash, adding it if it is new. */
static guint32
intern_hashed(MzVocab *v, const char *s, gsize len, guint32 hash)
{
  guint32 i = find_slot(v, s, len, hash);
  Entry e;
  if (v->slots[i].id1 != 0)
    return v->slots[i].id1 - 1;
  g_return_val_if_fail(v->entries->len < MZ_VOCAB_NONE - 1, MZ_VOCAB_NONE);
  e.str = arena_copy(v, s, len);
  e.len = (guint32)len;
  e.hash = hash;
  g_array_append_val(v->entries, e);
  v->slots[i].id1 = v->entries->len;
  v->slots[i].hash = hash;
  v->slots[i].str = e.str;
  if ((guint64)v->entries->len * 2 > v->mask)
    grow(v);
  return v->entries->len - 1;
}

/**
 * mz_vocab_intern:
 * @v: a vocabulary
 * @s: bytes (need not be NUL-terminated); @len: their number
 *
 * Returns: the id of @s, adding it if it is new.
 */
guint32
mz_vocab_intern(MzVocab *v, const char *s, gsize len)
{
  return intern_hashed(v, s, len, hash_bytes(s, len));
}

/* A batch: the strings (copied, as a stream's buffers are reused) waiting to be interned. */
#define MZ_VOCAB_BATCH 64

struct _MzVocabBatch {
  MzVocab *vocab;
  GString *bytes;              /* the strings, one after the other */
  gsize start[MZ_VOCAB_BATCH]; /* where each begins in bytes */
  gsize len[MZ_VOCAB_BATCH];
  guint32 hash[MZ_VOCAB_BATCH];
  guint32 ids[MZ_VOCAB_BATCH];
  guint n;
};

/**
 * mz_vocab_batch_new:
 * @vocab: (transfer none): the vocabulary, which must outlive the batch
 *
 * A batch interns strings as mz_vocab_intern() would, in the same order and
 * with the same ids, but faster on a large vocabulary: a lookup mostly waits
 * for its table slot to come from memory, so the slots of MZ_VOCAB_BATCH
 * strings are all requested (prefetched) before the first is looked up.
 *
 * Returns: (transfer full): an empty batch.
 */
MzVocabBatch *
mz_vocab_batch_new(MzVocab *vocab)
{
  MzVocabBatch *b = g_new0(MzVocabBatch, 1);
  b->vocab = vocab;
  b->bytes = g_string_new(NULL);
  return b;
}

void
mz_vocab_batch_free(MzVocabBatch *b)
{
  if (b == NULL)
    return;
  g_string_free(b->bytes, TRUE);
  g_free(b);
}

/**
 * mz_vocab_batch_flush:
 * @ids: (nullable): a #GArray of guint32 to append the strings' ids to
 *
 * Interns the strings waiting in @b, in the order they were added.
 */
void
mz_vocab_batch_flush(MzVocabBatch *b, GArray *ids)
{
  MzVocab *v = b->vocab;
  for (guint k = 0; k < b->n; k++) {
    b->hash[k] = hash_bytes(b->bytes->str + b->start[k], b->len[k]);
    __builtin_prefetch(&v->slots[b->hash[k] & v->mask]); /* GCC and Clang */
  }
  for (guint k = 0; k < b->n; k++)
    b->ids[k] = intern_hashed(v, b->bytes->str + b->start[k], b->len[k], b->hash[k]);
  if (ids != NULL)
    g_array_append_vals(ids, b->ids, b->n);
  g_string_truncate(b->bytes, 0);
  b->n = 0;
}

/**
 * mz_vocab_batch_add:
 * @s: bytes, copied (need not be NUL-terminated); @len: their number
 * @ids: (nullable): where mz_vocab_batch_flush() appends ids when the batch is full
 *
 * Adds a string to @b. Its id comes with those of its batch: call
 * mz_vocab_batch_flush() after the last string.
 */
void
mz_vocab_batch_add(MzVocabBatch *b, const char *s, gsize len, GArray *ids)
{
  b->start[b->n] = b->bytes->len;
  b->len[b->n++] = len;
  g_string_append_len(b->bytes, s, (gssize)len);
  if (b->n == MZ_VOCAB_BATCH)
    mz_vocab_batch_flush(b, ids);
}

/* Returns: the id of @s, or %MZ_VOCAB_NONE when it was never interned. */
guint32
mz_vocab_lookup(const MzVocab *v, const char *s, gsize len)
{
  guint32 i = find_slot(v, s, len, hash_bytes(s, len));
  return v->slots[i].id1 == 0 ? MZ_VOCAB_NONE : v->slots[i].id1 - 1;
}

/* Returns: (transfer none): the NUL-terminated string of @id; @len gets its length. */
const char *
mz_vocab_string(const MzVocab *v, guint32 id, gsize *len)
{
  const Entry *e;
  g_return_val_if_fail(id < v->entries->len, NULL);
  e = &g_array_index(v->entries, Entry, id);
  if (len != NULL)
    *len = e->len;
  return e->str;
}

guint32
mz_vocab_size(const MzVocab *v)
{
  return v->entries->len;
}
