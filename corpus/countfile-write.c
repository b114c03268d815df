/* countfile-write.c - writes count files (the format is documented in countfile.c) */
#include "corpus/mizan-corpus.h"
#include "corpus/countfile-private.h"
#include "mizan-config.h"

#include <errno.h>
#include <string.h>

typedef struct {
  FILE *out;
  GChecksum *sum; /* of every byte before the trailer */
} Writer;

static void
put_bytes(Writer *w, const void *data, gsize len)
{
  g_checksum_update(w->sum, data, (gssize)len);
  if (len > 0) /* a failure shows in ferror() at the end */
    fwrite(data, 1, len, w->out);
}

static void
put_varint(Writer *w, guint64 v)
{
  guint8 b[10];
  guint n = 0;
  do {
    b[n++] = (guint8)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v != 0);
  put_bytes(w, b, n);
}

static void
put_string(Writer *w, const void *s, gsize len)
{
  put_varint(w, len);
  put_bytes(w, s, len);
}

static void
write_settings(Writer *w, const MzCountSettings *s)
{
  put_varint(w, 1 + MZ_N_SETTINGS);
  put_bytes(w, "mizan=" MZ_VERSION, sizeof("mizan=" MZ_VERSION));
  for (guint k = 0; k < MZ_N_SETTINGS; k++) {
    g_autofree char *value = mz_count_setting_to_string(s, k);
    g_autofree char *field = g_strconcat(mz_count_setting_keys[k], "=", value, NULL);
    put_bytes(w, field, strlen(field) + 1);
  }
}

/* Metadata with its keys sorted (as the table keeps them). */
static void
write_meta(Writer *w, const char *const *pairs)
{
  guint n = 0;
  while (pairs[2 * n] != NULL)
    n++;
  put_varint(w, n);
  for (guint i = 0; i < 2 * n; i++)
    put_string(w, pairs[i], strlen(pairs[i]));
}

static void
write_table(Writer *w, const MzCounts *c)
{
  const MzVocab *vocab = mz_counts_vocab(c);
  const void *bytes;
  gsize len;
  put_varint(w, mz_counts_n(c));
  put_varint(w, mz_counts_total(c));
  put_varint(w, mz_vocab_size(vocab));
  for (guint32 t = 0; t < mz_vocab_size(vocab); t++) {
    bytes = mz_vocab_string(vocab, t, &len);
    put_string(w, bytes, len);
  }
  put_varint(w, mz_counts_n_documents(c));
  for (guint d = 0; d < mz_counts_n_documents(c); d++) {
    bytes = mz_counts_document_id(c, d);
    put_string(w, bytes, strlen(bytes));
    write_meta(w, mz_counts_document_meta_pairs(c, d));
    put_varint(w, mz_counts_document_size(c, d));
    put_varint(w, mz_counts_document_n_types(c, d));
    bytes = mz_counts_document_records(c, d, &len);
    put_string(w, bytes, len);
    bytes = mz_counts_document_breaks(c, d, &len);
    put_string(w, bytes, len);
  }
}

/* mz_count_file_write: writes @f (tables n ascending, canonical) to @out, opened and closed by
 * the caller; the same @f, the same bytes. Returns: %FALSE with %MZ_CORPUS_ERROR_IO on error. */
gboolean
mz_count_file_write(const MzCountFile *f, FILE *out, GError **error)
{
  static const guint8 version[4] = {MZ_COUNTFILE_VERSION, 0, 0, 0}; /* while < 256 */
  g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
  Writer w = {out, sum};
  guint8 digest[MZ_COUNTFILE_SHA_LEN];
  gsize digest_len = sizeof digest;
  g_return_val_if_fail(f != NULL && out != NULL && f->tables->len > 0, FALSE);
  put_bytes(&w, MZ_COUNTFILE_MAGIC, strlen(MZ_COUNTFILE_MAGIC));
  put_bytes(&w, version, sizeof version);
  write_settings(&w, &f->settings);
  put_varint(&w, f->tables->len);
  for (guint i = 0; i < f->tables->len; i++) {
    MzCounts *t = f->tables->pdata[i], *prev = i > 0 ? f->tables->pdata[i - 1] : NULL;
    g_return_val_if_fail(mz_counts_is_canonical(t) && (!prev || mz_counts_n(t) > mz_counts_n(prev)),
                         FALSE);
    write_table(&w, f->tables->pdata[i]);
  }
  g_checksum_get_digest(sum, digest, &digest_len);
  fwrite(digest, 1, sizeof digest, out);
  fwrite(MZ_COUNTFILE_END, 1, strlen(MZ_COUNTFILE_END), out);
  if (fflush(out) != 0 || ferror(out)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_IO, "cannot write the count file: %s",
                errno != 0 ? g_strerror(errno) : "write error");
    return FALSE;
  }
  return TRUE;
}
