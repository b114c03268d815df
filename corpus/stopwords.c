/* stopwords.c - stop lists, normalized like the tokens they filter
 *
 * A stop list is a set of normalized byte strings, kept in an MzVocab: a
 * lookup of a (pointer, length) token allocates nothing and needs no NUL
 * terminator. The set is read-only after loading, so lookups are safe from
 * any number of threads.
 */
#include "corpus/mizan-corpus.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "mz-corpus-resources.h"

/* --stopwords=arabic: the list compiled in (corpus/data/stopwords/). */
#define MZ_STOPWORDS_BUNDLED_NAME "arabic"
#define MZ_STOPWORDS_BUNDLED_PATH "/org/mizan/corpus/stopwords/arabic.txt"
#define MZ_STOPWORDS_BUNDLED_ORIGIN "bundled stop list 'arabic'"

#define MZ_CP_ZWSP 0x200B
#define MZ_CP_BOM 0xFEFF

struct _MzStopwords {
  MzVocab *words;
  guint n_skipped; /* entries that normalized to nothing or to several words */
};

static MzStopwords *
stopwords_alloc(void)
{
  MzStopwords *stop = g_new0(MzStopwords, 1);
  stop->words = mz_vocab_new();
  return stop;
}

/**
 * mz_stopwords_free:
 * @stop: (nullable): a stop list
 */
void
mz_stopwords_free(MzStopwords *stop)
{
  if (stop == NULL)
    return;
  mz_vocab_free(stop->words);
  g_free(stop);
}

/* Whitespace for a stop-list entry: Unicode White_Space, and ZWSP, which the
 * tokenizer treats as a space. The BOM is trimmed like whitespace too. */
static gboolean
is_space(gunichar c)
{
  return g_unichar_isspace(c) || c == MZ_CP_ZWSP;
}

static gboolean
is_trimmed(gunichar c)
{
  return is_space(c) || c == MZ_CP_BOM;
}

/* Trim [*s, *s + *len) of whitespace at both ends (valid UTF-8). */
static void
trim(const char **s, gsize *len)
{
  const char *p = *s, *end = *s + *len;
  while (p < end && is_trimmed(g_utf8_get_char(p)))
    p = g_utf8_next_char(p);
  while (end > p) {
    const char *prev = g_utf8_find_prev_char(p, end);
    if (prev == NULL || !is_trimmed(g_utf8_get_char(prev)))
      break;
    end = prev;
  }
  *s = p;
  *len = (gsize)(end - p);
}

static gboolean
has_space(const char *s, gsize len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char(p))
    if (is_space(g_utf8_get_char(p)))
      return TRUE;
  return FALSE;
}

/* One line of a stop list: a comment, a blank, an entry, or a skipped entry. */
static gboolean
add_line(MzStopwords *stop, const char *s, gsize len, MzNormalizer *norm, GError **error)
{
  g_autofree char *normalized = NULL;
  trim(&s, &len);
  if (len == 0 || s[0] == '#')
    return TRUE;
  if (norm != NULL) {
    normalized = mz_normalizer_normalize_string(norm, s, (gssize)len, error);
    if (normalized == NULL)
      return FALSE;
    s = normalized;
    len = strlen(normalized);
  }
  if (len == 0 || has_space(s, len))
    stop->n_skipped++;
  else
    mz_vocab_intern(stop->words, s, len);
  return TRUE;
}

static gboolean
check_utf8(const char *data, gsize len, const char *origin, GError **error)
{
  const char *end = NULL;
  gsize line = 0;
  if (g_utf8_validate_len(data, len, &end))
    return TRUE;
  mz_text_position(data, (gsize)(end - data), &line, NULL);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
              "%s: line %" G_GSIZE_FORMAT ", byte offset %" G_GSIZE_FORMAT ": %s", origin, line,
              (gsize)(end - data), *end == '\0' ? "NUL byte" : "invalid UTF-8");
  return FALSE;
}

/**
 * mz_stopwords_new_from_data:
 * @data: the list in UTF-8 (need not be NUL-terminated); @len: its length
 * @origin: (nullable): what the list is, for error messages (a path)
 * @norm: (nullable): the normalizer of the tokens, or %NULL to use the
 *   entries as written
 *
 * Parses a stop list: one entry per line, surrounding whitespace trimmed;
 * blank lines and lines starting with '#' are ignored. Each entry goes
 * through mz_normalizer_normalize_string() with @norm, so a list written
 * with hamza or diacritics matches tokens normalized the same way; an entry
 * that becomes empty or contains whitespace is skipped and counted
 * (mz_stopwords_n_skipped()). Duplicates are kept once. @data is copied.
 *
 * Returns: (transfer full): the stop list, or %NULL with
 * %MZ_CORPUS_ERROR_INVALID_DATA (invalid UTF-8, NUL byte) or a
 * normalization error, the message starting with @origin and the line.
 */
MzStopwords *
mz_stopwords_new_from_data(const char *data, gsize len, const char *origin, MzNormalizer *norm,
                           GError **error)
{
  g_autoptr(MzStopwords) stop = NULL;
  const char *p = data, *end = data + len;
  gsize line = 1;
  g_return_val_if_fail(data != NULL || len == 0, NULL);
  if (origin == NULL)
    origin = "stop list";
  if (len > 0 && !check_utf8(data, len, origin, error))
    return NULL;
  stop = stopwords_alloc();
  for (; p < end; line++) {
    const char *nl = memchr(p, '\n', (gsize)(end - p));
    const char *line_end = nl != NULL ? nl : end;
    if (!add_line(stop, p, (gsize)(line_end - p), norm, error)) {
      g_prefix_error(error, "%s: line %" G_GSIZE_FORMAT ": ", origin, line);
      return NULL;
    }
    p = nl != NULL ? nl + 1 : end;
  }
  return g_steal_pointer(&stop);
}

/* The whole file; errors name @path and say why (errno). */
static char *
read_file(const char *path, gsize *len, GError **error)
{
  g_autoptr(GString) buf = g_string_new(NULL);
  char chunk[16384];
  size_t n;
  int saved = 0;
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    saved = errno;
  while (f != NULL && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    g_string_append_len(buf, chunk, (gssize)n);
  if (f != NULL && ferror(f))
    saved = errno != 0 ? errno : EIO;
  if (f != NULL)
    fclose(f);
  if (f == NULL || saved != 0) {
    g_set_error(error, MZ_CORPUS_ERROR,
                saved == ENOENT ? MZ_CORPUS_ERROR_NOT_FOUND : MZ_CORPUS_ERROR_IO,
                "%s: cannot read the stop list: %s", path, g_strerror(saved));
    return NULL;
  }
  *len = buf->len;
  return g_string_free(g_steal_pointer(&buf), FALSE);
}

static MzStopwords *
load_file(const char *path, MzNormalizer *norm, GError **error)
{
  MzDecodeOptions opts;
  MzDecodeInfo info;
  gsize len = 0, text_len = 0;
  g_autofree char *raw = read_file(path, &len, error);
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) local = NULL;
  const char *data;
  if (raw == NULL)
    return NULL;
  if (len == 0)
    return mz_stopwords_new_from_data("", 0, path, norm, error);
  mz_decode_options_init(&opts);
  text = mz_decode((const guint8 *)raw, len, &opts, &info, &local);
  if (text == NULL) {
    /* a word list is too short for a confident guess, and --encoding names
     * the corpus' encoding, not the list's: say what to do instead */
    if (g_error_matches(local, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_ENCODING))
      g_set_error(error, local->domain, local->code,
                  "%s: %s; for a stop list, convert the file to UTF-8 instead "
                  "(e.g. iconv -f windows-1256 -t UTF-8)",
                  path, local->message);
    else
      g_propagate_prefixed_error(error, g_steal_pointer(&local), "%s: ", path);
    return NULL;
  }
  data = g_bytes_get_data(text, &text_len);
  return mz_stopwords_new_from_data(data, text_len, path, norm, error);
}

static MzStopwords *
load_bundled(MzNormalizer *norm, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) data = g_resource_lookup_data(
      mz_corpus_get_resource(), MZ_STOPWORDS_BUNDLED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &local);
  gsize len = 0;
  const char *s;
  if (data == NULL) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED, "%s: %s",
                MZ_STOPWORDS_BUNDLED_ORIGIN, local->message);
    return NULL;
  }
  s = g_bytes_get_data(data, &len);
  return mz_stopwords_new_from_data(s, len, MZ_STOPWORDS_BUNDLED_ORIGIN, norm, error);
}

/**
 * mz_stopwords_load:
 * @spec: "arabic" for the bundled list, else the path of a stop-list file
 * @norm: (nullable): the normalizer of the tokens (see
 *   mz_stopwords_new_from_data())
 *
 * A file is read whole and decoded with mz_decode() (BOM, UTF-8, or a
 * detected legacy encoding). To read a file named "arabic", write
 * "./arabic".
 *
 * Returns: (transfer full): the stop list, or %NULL with the error, whose
 * message starts with the path (%MZ_CORPUS_ERROR_NOT_FOUND for a missing
 * file, %MZ_CORPUS_ERROR_IO, an encoding error, or a parse error).
 */
MzStopwords *
mz_stopwords_load(const char *spec, MzNormalizer *norm, GError **error)
{
  g_return_val_if_fail(spec != NULL, NULL);
  if (strcmp(spec, MZ_STOPWORDS_BUNDLED_NAME) == 0)
    return load_bundled(norm, error);
  return load_file(spec, norm, error);
}

/**
 * mz_stopwords_contains:
 * @stop: a stop list
 * @norm: a normalized token (not NUL-terminated); @len: its length in bytes
 *
 * Allocates nothing; safe to call from several threads at once.
 *
 * Returns: whether the token is on the list.
 */
gboolean
mz_stopwords_contains(const MzStopwords *stop, const char *norm, gsize len)
{
  g_return_val_if_fail(stop != NULL && (norm != NULL || len == 0), FALSE);
  return mz_vocab_lookup(stop->words, norm, len) != MZ_VOCAB_NONE;
}

/**
 * mz_stopwords_size:
 *
 * Returns: the number of distinct entries (after normalization).
 */
guint
mz_stopwords_size(const MzStopwords *stop)
{
  g_return_val_if_fail(stop != NULL, 0);
  return mz_vocab_size(stop->words);
}

/**
 * mz_stopwords_n_skipped:
 *
 * Returns: how many entries were skipped because they became empty or
 * contained whitespace after normalization.
 */
guint
mz_stopwords_n_skipped(const MzStopwords *stop)
{
  g_return_val_if_fail(stop != NULL, 0);
  return stop->n_skipped;
}

static int
compare_strings(gconstpointer a, gconstpointer b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/**
 * mz_stopwords_digest:
 * @stop: a stop list
 *
 * Identifies a stop list by its content: the SHA-256 of its normalized
 * entries in byte order, one per line. Count files record it, so that
 * counts made with different lists are not merged.
 *
 * Returns: (transfer full): the digest in hexadecimal.
 */
char *
mz_stopwords_digest(const MzStopwords *stop)
{
  g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) words = g_ptr_array_new();
  for (guint32 i = 0; i < mz_vocab_size(stop->words); i++)
    g_ptr_array_add(words, (gpointer)mz_vocab_string(stop->words, i, NULL));
  g_ptr_array_sort(words, compare_strings);
  for (guint i = 0; i < words->len; i++) {
    g_checksum_update(sum, words->pdata[i], -1);
    g_checksum_update(sum, (const guchar *)"\n", 1);
  }
  return g_strdup(g_checksum_get_string(sum));
}
