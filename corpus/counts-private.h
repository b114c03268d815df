/* counts-private.h - what counts.c and counts-merge.c share (private to corpus/) */
#pragma once

#include "corpus/mizan-corpus.h"

G_BEGIN_DECLS

typedef struct {
  char *id;
  char **meta; /* key, value, ... NULL in one block (keys interned, in byte order); or NULL */
  guint64 size;
  guint n_types;
  guint8 *records;
  gsize len;
  guint8 *breaks; /* sentence starts after position 0: varint deltas, ascending; or NULL */
  gsize breaks_len;
  const guint32 *map; /* record ids -> the table's ids; NULL: they are the table's */
} MzCountsDoc;

struct _MzCounts {
  guint n;
  MzVocab *vocab;
  GArray *docs;    /* MzCountsDoc */
  GPtrArray *maps; /* the id maps documents point to (owned) */
  guint64 total;
  /* scratch for mz_counts_add_document: a count per type id, reset after each document */
  guint32 *seen;
  gsize seen_len;
};

static inline void
put_varint(GByteArray *out, guint64 v)
{
  guint8 buf[10];
  guint n = 0;
  do {
    buf[n++] = (guint8)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v != 0);
  g_byte_array_append(out, buf, n);
}

/* Reads a varint at *p (< end); FALSE when it is cut off or too long. */
static inline gboolean
get_varint(const guint8 **p, const guint8 *end, guint64 *v)
{
  guint64 r = 0;
  for (guint shift = 0; *p < end && shift < 64; shift += 7) {
    guint8 b = *(*p)++;
    r |= (guint64)(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = r;
      return TRUE;
    }
  }
  return FALSE;
}

int mz_counts_compare_u32(gconstpointer a, gconstpointer b);
MzCountsDoc *mz_counts_append_doc(MzCounts *c, const char *id, char **meta);
char **mz_counts_pack_meta(GHashTable *meta);
char **mz_counts_copy_meta(char *const *meta);
const MzCountsDoc *mz_counts_doc_at(const MzCounts *c, guint doc);

G_END_DECLS
