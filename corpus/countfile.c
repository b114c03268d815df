/* countfile.c - count tables on disk: a documented, versioned, checked binary format
 *
 * FORMAT, version 1 (MZ_COUNTFILE_VERSION). u32: 4 bytes, little-endian.
 * varint: unsigned LEB128 < 2^64, 7 bits a byte, low bits first, the high bit
 * (0x80) set on every byte but the last, at most 10 bytes (300 = ac 02).
 * string: a varint L, then L bytes of UTF-8 without NUL. field: "key=value"
 * and a NUL byte, split at the first '='. The file, in order:
 *   12 bytes  magic: the ASCII bytes "MIZAN-COUNTS"
 *   u32       format version: 1
 *   varint F  then F fields: the settings, written in this order (a reader
 *             takes any order, skips keys it does not know, as a later Mizan
 *             may add some, and refuses a repeated or missing setting):
 *     mizan=0.1.0        the Mizan that wrote the file (informational)
 *     normalization=...  "none", or flags joined by commas in the order nfkc,
 *                        bidi, tatweel, diacritics, alef, yeh, teh, hamza,
 *                        digits, persian
 *     stemmer=none|light
 *     unit=form|norm|stem
 *     types=...          the token types counted, joined by commas in the
 *                        order word, latin, number, punct, symbol, url,
 *                        email, hashtag, mention, emoji, other (may be empty)
 *     stopwords=...      "none", or the stop list with a digest of it
 *     cross-sentences=yes|no
 *   varint T  the number of tables (>= 1), then T tables, n strictly ascending:
 *     varint n      1 for words, 2..5 for n-grams
 *     varint total  the sum of the sizes of its documents
 *     varint V      then V strings: the vocabulary, type ids 0 .. V-1, all different
 *     varint D      then D documents, in corpus order:
 *       string id
 *       varint M    then M pairs (string key, string value): the metadata,
 *                   keys strictly ascending in byte order
 *       varint size its tokens (or n-grams)
 *       varint K    the number of distinct types in it
 *       varint R    then R bytes, the records: for each of the K types, ids
 *                   ascending, varint (id - the previous id; the first id as
 *                   it is), varint c (its count, >= 1), then c varints: its
 *                   first position (0-based, in the document's sequence of
 *                   tokens or n-grams) and the distance from each position to
 *                   the next (>= 1). Counts add up to size; positions < size.
 *       varint B    then B bytes: where its sentences start, after position 0:
 *                   varints, the first start, then the distance from each
 *                   start to the next (>= 1), all < size (B = 0: one sentence)
 *   32 bytes  SHA-256 of every byte before it, from the magic on
 *   8 bytes   end marker: the ASCII bytes "COUNTEND"
 * Example: table n=1, vocabulary "a" "b", one document "d" without metadata
 * holding "b a b" (a at 1; b at 0 and 2), F = 0 for brevity:
 *   "MIZAN-COUNTS" 01 00 00 00 | 00 | 01 | 01 03 02 01 'a' 01 'b' | 01 01 'd'
 *   00 03 02 07 00 01 01 01 02 00 02 00 | SHA-256 | "COUNTEND"
 * A reader checks the magic ("not a Mizan count file"), the version ("made
 * by a newer Mizan: format 2, this one reads 1"), the end marker ("truncated
 * count file"), the SHA-256 ("corrupt count file (checksum mismatch)"), then
 * each field as it reads it, against the bytes left; the tables end where the
 * SHA-256 begins. The same tables always give the same bytes (the writer is
 * countfile-write.c).
 */
#include "corpus/mizan-corpus.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "corpus/countfile-private.h"

const char *const mz_count_setting_keys[MZ_N_SETTINGS] = {
    "normalization", "stemmer", "unit", "types", "stopwords", "cross-sentences"};
static const char *const setting_labels[MZ_N_SETTINGS] = {
    "normalization", "stemmer", "unit", "token types", "stop list", "cross-sentences"};

/* mz_count_setting_to_string: Returns: (transfer full): setting @k of @s as the header has it. */
char *
mz_count_setting_to_string(const MzCountSettings *s, guint k)
{
  GString *types;
  switch (k) {
  case MZ_SET_NORM:
    return mz_norm_flags_to_string(s->norm_flags);
  case MZ_SET_STEMMER:
    return g_strdup(mz_stemmer_name(s->stemmer));
  case MZ_SET_UNIT:
    return g_strdup(mz_unit_name(s->unit));
  case MZ_SET_TYPES:
    types = g_string_new(NULL);
    for (guint t = 0; t < MZ_TOKEN_N_TYPES; t++)
      if (s->types & MZ_TOKEN_MASK(t))
        g_string_append_printf(types, "%s%s", types->len ? "," : "", mz_token_type_name(t));
    return g_string_free(types, FALSE);
  case MZ_SET_STOPWORDS:
    return g_strdup(s->stopwords != NULL ? s->stopwords : "none");
  default:
    return g_strdup(s->cross_sentences ? "yes" : "no");
  }
}

/* Reads a setting from its text in the header. */
static gboolean
setting_parse(MzCountSettings *s, guint k, const char *value, GError **error)
{
  switch (k) {
  case MZ_SET_NORM:
    return mz_norm_flags_parse(value, &s->norm_flags, error);
  case MZ_SET_STEMMER:
    return mz_stemmer_parse(value, &s->stemmer, error);
  case MZ_SET_UNIT:
    return mz_unit_parse(value, &s->unit, error);
  case MZ_SET_TYPES:
    s->types = 0;
    return value[0] == '\0' || mz_token_types_parse(value, &s->types, error);
  case MZ_SET_STOPWORDS:
    g_free(s->stopwords);
    s->stopwords = g_strdup(value);
    return TRUE;
  default:
    if ((s->cross_sentences = strcmp(value, "yes") == 0) || strcmp(value, "no") == 0)
      return TRUE;
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "'%s' is not yes or no", value);
    return FALSE;
  }
}

/* mz_count_settings_clear: frees the stop-list description of @s and sets it to %NULL. */
void
mz_count_settings_clear(MzCountSettings *s)
{
  g_clear_pointer(&s->stopwords, g_free);
}

/**
 * mz_count_settings_check:
 * @a_name, @b_name: the names of @a and @b in the message
 *
 * Returns: %TRUE when the settings are equal (a %NULL stop list is "none"),
 * else %FALSE with %MZ_CORPUS_ERROR_FAILED (bad data, not bad usage) naming the
 * first that differs: "A was made with normalization 'nfkc,bidi' but B with 'none'".
 */
gboolean
mz_count_settings_check(const MzCountSettings *a, const char *a_name, const MzCountSettings *b,
                        const char *b_name, GError **error)
{
  g_return_val_if_fail(a != NULL && b != NULL && a_name != NULL && b_name != NULL, FALSE);
  for (guint k = 0; k < MZ_N_SETTINGS; k++) {
    g_autofree char *va = mz_count_setting_to_string(a, k);
    g_autofree char *vb = mz_count_setting_to_string(b, k);
    if (strcmp(va, vb) != 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                  "%s was made with %s '%s' but %s with '%s'", a_name, setting_labels[k], va,
                  b_name, vb);
      return FALSE;
    }
  }
  return TRUE;
}

/* mz_count_file_new: Returns: (transfer full): a count file without tables,
 * its settings all 0 (none, none, form, no types, stop list NULL = "none"). */
MzCountFile *
mz_count_file_new(void)
{
  MzCountFile *f = g_new0(MzCountFile, 1);
  f->tables = g_ptr_array_new_with_free_func((GDestroyNotify)mz_counts_free);
  return f;
}

/* mz_count_file_free: frees @f (nullable), its settings and its tables. */
void
mz_count_file_free(MzCountFile *f)
{
  if (f == NULL)
    return;
  mz_count_settings_clear(&f->settings);
  g_ptr_array_unref(f->tables);
  g_free(f);
}

/* mz_count_file_table: Returns: (transfer none) (nullable): the table of @n, or %NULL. */
MzCounts *
mz_count_file_table(const MzCountFile *f, guint n)
{
  g_return_val_if_fail(f != NULL, NULL);
  for (guint i = 0; i < f->tables->len; i++)
    if (mz_counts_n(f->tables->pdata[i]) == n)
      return f->tables->pdata[i];
  return NULL;
}

/* Where a reader is: @table 1-based (0 in the header); @n, its n (0 until
 * read); @doc 1-based (0 outside documents). @end is where the SHA-256 begins. */
typedef struct {
  const guint8 *start, *p, *end;
  guint table, n, doc;
} Reader;

/* Sets a format error that says where ("count file: table n=1, document 12,
 * byte offset 340: ..."); returns FALSE. */
static gboolean corrupt(const Reader *r, GError **error, const char *format, ...)
    G_GNUC_PRINTF(3, 4);
static gboolean
corrupt(const Reader *r, GError **error, const char *format, ...)
{
  g_autofree char *what = NULL;
  g_autofree char *place = NULL;
  va_list args;
  va_start(args, format);
  what = g_strdup_vprintf(format, args);
  va_end(args);
  place = r->table == 0 ? g_strdup("header")
          : r->n == 0   ? g_strdup_printf("table %u", r->table)
          : r->doc == 0 ? g_strdup_printf("table n=%u", r->n)
                        : g_strdup_printf("table n=%u, document %u", r->n, r->doc);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "count file: %s, byte offset %" G_GSIZE_FORMAT ": %s", place,
              (gsize)(r->p - r->start), what);
  return FALSE;
}

/* A varint; with @item_size > 0, the number of items of at least that many
 * bytes each that follow: no more than the bytes left can hold, and <= @max. */
static gboolean
read_number(Reader *r, const char *what, gsize item_size, guint64 max, guint64 *v, GError **error)
{
  guint64 x = 0;
  const guint8 *p = r->p;
  guint shift = 0;
  for (; p < r->end && shift < 64; shift += 7) {
    guint8 b = *p++;
    if (shift == 63 && (b & 0x7e) != 0) /* more than 64 bits */
      return corrupt(r, error, "the %s is not a valid number", what);
    x |= (guint64)(b & 0x7f) << shift;
    if ((b & 0x80) != 0)
      continue;
    if (item_size > 0 && (x > (guint64)(r->end - p) / item_size || x > max))
      return corrupt(r, error, "the %s, %" G_GUINT64_FORMAT ", is more than the file can hold",
                     what, x);
    r->p = p;
    *v = x;
    return TRUE;
  }
  return corrupt(r, error,
                 shift < 64 ? "the data ends inside the %s" : "the %s is not a valid number", what);
}

static gboolean
read_string(Reader *r, const char *what, const char **s, gsize *len, GError **error)
{
  guint64 n;
  if (!read_number(r, what, 1, G_MAXSIZE, &n, error))
    return FALSE;
  if (memchr(r->p, '\0', n) != NULL)
    return corrupt(r, error, "the %s holds a NUL byte", what);
  *s = (const char *)r->p;
  *len = n;
  r->p += n;
  return TRUE;
}

/* The "key=value" fields (NUL-terminated in the data); unknown keys are skipped. */
static gboolean
read_settings(Reader *r, MzCountSettings *s, GError **error)
{
  guint64 n_fields;
  guint seen = 0, k;
  if (!read_number(r, "number of header fields", 2, G_MAXUINT, &n_fields, error))
    return FALSE;
  for (guint64 i = 0; i < n_fields; i++, r->p += strlen((const char *)r->p) + 1) {
    const char *field = (const char *)r->p, *eq;
    g_autoptr(GError) local = NULL;
    if (memchr(r->p, '\0', (gsize)(r->end - r->p)) == NULL)
      return corrupt(r, error, "the header field %" G_GUINT64_FORMAT " has no end", i + 1);
    if ((eq = strchr(field, '=')) == NULL || eq == field)
      return corrupt(r, error, "the header field '%s' is not key=value", field);
    for (k = 0; k < MZ_N_SETTINGS; k++)
      if (strlen(mz_count_setting_keys[k]) == (gsize)(eq - field) &&
          strncmp(field, mz_count_setting_keys[k], (gsize)(eq - field)) == 0)
        break;
    if (k < MZ_N_SETTINGS && (seen & (1u << k)))
      return corrupt(r, error, "the header has two '%s' fields", mz_count_setting_keys[k]);
    if (k < MZ_N_SETTINGS && !setting_parse(s, k, eq + 1, &local))
      return corrupt(r, error, "the header field '%s': %s", mz_count_setting_keys[k],
                     local->message);
    seen |= k < MZ_N_SETTINGS ? 1u << k : 0;
  }
  for (k = 0; k < MZ_N_SETTINGS; k++)
    if (!(seen & (1u << k)))
      return corrupt(r, error, "the header has no '%s' field", mz_count_setting_keys[k]);
  return TRUE;
}

/* Metadata (NULL when it has no field); keys must ascend in byte order. */
static gboolean
read_meta(Reader *r, GHashTable **meta, GError **error)
{
  guint64 n;
  const char *key, *value;
  gsize key_len, value_len;
  char *prev = NULL; /* owned by the table */
  if (!read_number(r, "number of metadata fields", 2, G_MAXUINT, &n, error))
    return FALSE;
  if (n > 0)
    *meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  for (guint64 i = 0; i < n; i++) {
    g_autofree char *k = NULL;
    if (!read_string(r, "metadata key", &key, &key_len, error) ||
        !read_string(r, "metadata value", &value, &value_len, error))
      return FALSE;
    k = g_strndup(key, key_len);
    if (prev != NULL && strcmp(prev, k) >= 0)
      return corrupt(r, error, "the metadata keys are out of order or repeated");
    g_hash_table_insert(*meta, prev = g_steal_pointer(&k), g_strndup(value, value_len));
  }
  return TRUE;
}

static gboolean
document_error(Reader *r, GError **error)
{
  g_prefix_error(error, "count file: table n=%u, document %u, byte offset %" G_GSIZE_FORMAT ": ",
                 r->n, r->doc, (gsize)(r->p - r->start));
  return FALSE;
}

static gboolean
read_document(Reader *r, MzCounts *c, GError **error)
{
  g_autoptr(GHashTable) meta = NULL;
  g_autofree char *id = NULL;
  const char *s;
  gsize len;
  guint64 size, n_types, n_bytes;
  if (!read_string(r, "document id", &s, &len, error))
    return FALSE;
  id = g_strndup(s, len);
  if (!read_meta(r, &meta, error) || !read_number(r, "document size", 0, 0, &size, error) ||
      !read_number(r, "number of types", 1, G_MAXUINT, &n_types, error) ||
      !read_number(r, "length of the records", 1, G_MAXSIZE, &n_bytes, error))
    return FALSE;
  if (!mz_counts_add_document_records(c, id, meta, size, r->p, n_bytes, (guint)n_types, error)) {
    return document_error(r, error);
  }
  r->p += n_bytes;
  if (!read_number(r, "length of the sentence starts", 1, G_MAXSIZE, &n_bytes, error))
    return FALSE;
  if (!mz_counts_set_document_breaks(c, mz_counts_n_documents(c) - 1, r->p, n_bytes, error)) {
    return document_error(r, error);
  }
  r->p += n_bytes;
  return TRUE;
}

/* A table, added to @f as soon as it exists (so it is freed on error). */
static gboolean
read_table(Reader *r, MzCountFile *f, GError **error)
{
  MzCounts *table;
  guint64 n, total, n_types, n_docs;
  guint prev = r->n;
  const char *s;
  gsize len;
  r->n = 0;
  if (!read_number(r, "n of the table", 0, 0, &n, error))
    return FALSE;
  if (n <= prev || n > G_MAXUINT)
    return corrupt(r, error,
                   "n = %" G_GUINT64_FORMAT ", but n must be more than %u (n ascends from 1)", n,
                   prev);
  g_ptr_array_add(f->tables, table = mz_counts_new(r->n = (guint)n));
  if (!read_number(r, "table size", 0, 0, &total, error) ||
      !read_number(r, "vocabulary size", 1, MZ_VOCAB_NONE - 1, &n_types, error))
    return FALSE;
  for (guint32 t = 0, id; t < n_types; t++)
    if (!read_string(r, "type", &s, &len, error))
      return FALSE;
    else if ((id = mz_vocab_intern(mz_counts_vocab(table), s, len)) != t)
      return corrupt(r, error, "type %u of the vocabulary repeats type %u", t + 1, id + 1);
  if (!read_number(r, "number of documents", 5, G_MAXUINT, &n_docs, error))
    return FALSE;
  for (r->doc = 1; r->doc <= n_docs; r->doc++)
    if (!read_document(r, table, error))
      return FALSE;
  r->doc = 0;
  if (mz_counts_total(table) == total)
    return TRUE;
  return corrupt(r, error, "its size is %" G_GUINT64_FORMAT ", not %" G_GUINT64_FORMAT,
                 mz_counts_total(table), total);
}

static gboolean
read_tables(Reader *r, MzCountFile *f, GError **error)
{
  guint64 n_tables;
  r->table = 1;
  if (!read_number(r, "number of tables", 4, G_MAXUINT, &n_tables, error))
    return FALSE;
  if (n_tables == 0)
    return corrupt(r, error, "the file holds no table");
  for (; r->table <= n_tables; r->table++)
    if (!read_table(r, f, error))
      return FALSE;
  if (r->p != r->end)
    return corrupt(r, error, "%td bytes after the last table", r->end - r->p);
  return TRUE;
}

/* The magic, the version, the end marker and the SHA-256. */
static gboolean
check_envelope(const guint8 *data, gsize len, GError **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
  g_autofree char *why = NULL;
  guint8 digest[MZ_COUNTFILE_SHA_LEN];
  gsize n = sizeof digest;
  guint32 v = 0; /* the version */
  if (len >= MZ_COUNTFILE_HEAD_LEN)
    v = GUINT32_FROM_LE(*(const guint32 *)memcpy(&v, data + 12, 4));
  if (len > 0 && memcmp(data, MZ_COUNTFILE_MAGIC, MIN(len, strlen(MZ_COUNTFILE_MAGIC))) != 0)
    why = g_strdup("not a Mizan count file (it does not begin with " MZ_COUNTFILE_MAGIC ")");
  else if (len < MZ_COUNTFILE_HEAD_LEN)
    why = g_strdup_printf("truncated count file (%" G_GSIZE_FORMAT " bytes)", len);
  else if (v != MZ_COUNTFILE_VERSION)
    why = g_strdup_printf(v > MZ_COUNTFILE_VERSION
                              ? "made by a newer Mizan: format %u, this one reads %d"
                              : "unknown count file format %u (this Mizan reads %d)",
                          v, MZ_COUNTFILE_VERSION);
  else if (len < MZ_COUNTFILE_HEAD_LEN + MZ_COUNTFILE_TAIL_LEN ||
           memcmp(data + len - 8, MZ_COUNTFILE_END, 8) != 0)
    why = g_strdup_printf("truncated count file (%" G_GSIZE_FORMAT " bytes, no end marker)", len);
  if (why == NULL) {
    g_checksum_update(sum, data, (gssize)(len - MZ_COUNTFILE_TAIL_LEN));
    g_checksum_get_digest(sum, digest, &n);
    if (memcmp(digest, data + len - MZ_COUNTFILE_TAIL_LEN, MZ_COUNTFILE_SHA_LEN) == 0)
      return TRUE;
    why = g_strdup("corrupt count file (checksum mismatch)");
  }
  g_set_error_literal(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, why);
  return FALSE;
}

/* mz_count_file_parse: reads the @len bytes at @data (not kept). A cut, corrupt
 * or malicious file is an error, never a crash, and takes no more memory than
 * its size could need. Returns: (transfer full): the count file, or %NULL with
 * %MZ_CORPUS_ERROR_FORMAT saying what is wrong and where. */
MzCountFile *
mz_count_file_parse(const guint8 *data, gsize len, GError **error)
{
  g_autoptr(MzCountFile) f = NULL;
  g_return_val_if_fail(data != NULL || len == 0, NULL);
  if (!check_envelope(data, len, error))
    return NULL;
  Reader r = {data, data + MZ_COUNTFILE_HEAD_LEN, data + len - MZ_COUNTFILE_TAIL_LEN, 0, 0, 0};
  f = mz_count_file_new();
  if (!read_settings(&r, &f->settings, error) || !read_tables(&r, f, error))
    return NULL;
  return g_steal_pointer(&f);
}

/* mz_count_file_read: reads @path (mapped if it is a regular file), see
 * mz_count_file_parse(). Returns: (transfer full): the count file, or %NULL
 * with an error that begins with @path (NOT_FOUND, IO or FORMAT). */
MzCountFile *
mz_count_file_read(const char *path, GError **error)
{
  g_autoptr(GMappedFile) map = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  MzCountFile *f;
  g_return_val_if_fail(path != NULL, NULL);
  int e = g_access(path, R_OK) != 0 ? errno : 0;
  if (e == 0 && g_file_test(path, G_FILE_TEST_IS_REGULAR))
    map = g_mapped_file_new(path, FALSE, &local);
  else if (e == 0) /* a pipe; a directory fails here */
    g_file_get_contents(path, &contents, &len, &local);
  if (e != 0 || local != NULL) {
    g_set_error(error, MZ_CORPUS_ERROR,
                e == ENOENT ? MZ_CORPUS_ERROR_NOT_FOUND : MZ_CORPUS_ERROR_IO, "%s: %s", path,
                e != 0 ? g_strerror(e) : local->message);
    return NULL;
  }
  len = map != NULL ? g_mapped_file_get_length(map) : len;
  f = mz_count_file_parse(map != NULL ? (const guint8 *)g_mapped_file_get_contents(map)
                                      : (const guint8 *)contents,
                          len, error);
  if (f == NULL)
    g_prefix_error(error, "%s: ", path);
  return f;
}
