/* reflist.c - a reference frequency list: forms, frequencies, the corpus size, and the
 * settings it was made with when it says (mizan-readability's lexical columns,
 * mizan-keyness --reference-list) */
#include "corpus/mizan-corpus.h"

#include <string.h>

#include "mz-corpus-resources.h"

#define MZ_REF_BUNDLED_PATH "/org/mizan/corpus/reference-ant.tsv"
#define MZ_REF_BUNDLED_ORIGIN "the bundled ANT reference list"
#define MZ_COUNTFILE_MAGIC "MIZAN-COUNTS"

/* mz_ref_list_free: @list: (nullable): a list */
void
mz_ref_list_free(MzRefList *list)
{
  if (list == NULL)
    return;
  g_free(list->origin);
  mz_vocab_free(list->forms);
  g_array_unref(list->freq);
  g_free(list);
}

static void
ref_list_add(MzRefList *list, const char *s, gsize len, guint64 freq)
{
  guint32 id = mz_vocab_intern(list->forms, s, len);
  if (id >= list->freq->len)
    g_array_set_size(list->freq, id + 1);
  g_array_index(list->freq, guint64, id) += freq;
}

/* Returns: the frequency of the form @s (of @len bytes), 0 if it is not in the list. */
guint64
mz_ref_list_lookup(const MzRefList *list, const char *s, gsize len)
{
  guint32 id = mz_vocab_lookup(list->forms, s, len);
  return id == MZ_VOCAB_NONE ? 0 : g_array_index(list->freq, guint64, id);
}

/* A Mizan count file: its word table summed over the documents; it records its settings. */
static gboolean
ref_list_read_counts(MzRefList *list, const char *data, gsize len, GError **error)
{
  g_autoptr(MzCountFile) file = mz_count_file_parse((const guint8 *)data, len, error);
  MzCounts *words = file != NULL ? mz_count_file_table(file, 1) : NULL;
  guint32 type;
  guint64 count;
  if (words == NULL) {
    if (file != NULL)
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "the count file has no word counts (mizan-ngrams made it)");
    return FALSE;
  }
  for (guint d = 0; d < mz_counts_n_documents(words); d++) {
    MzCountsIter it;
    mz_counts_iter_init(&it, words, d);
    while (mz_counts_iter_next(&it, &type, &count)) {
      gsize n;
      const char *s = mz_vocab_string(mz_counts_vocab(words), type, &n);
      ref_list_add(list, s, n, count);
    }
  }
  list->tokens = mz_counts_total(words);
  list->has_settings = TRUE;
  list->norm_flags = file->settings.norm_flags;
  list->stemmer = file->settings.stemmer;
  list->unit = file->settings.unit;
  return TRUE;
}

static gboolean
parse_count(const char *v, guint64 *out, GError **error)
{
  char *end = NULL;
  *out = g_ascii_strtoull(v, &end, 10);
  if (end != v && *end == '\0' && v[0] != '-')
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "'%s' is not a whole number", v);
  return FALSE;
}

/* "# key: value" before the header: normalize, stem, unit, tokens (others are notes). */
static gboolean
ref_list_comment(MzRefList *list, const char *line, guint *seen, GError **error)
{
  g_auto(GStrv) kv = g_strsplit(line + 1, ":", 2);
  const char *key = kv[0] != NULL ? g_strstrip(kv[0]) : "";
  const char *value = kv[0] != NULL && kv[1] != NULL ? g_strstrip(kv[1]) : "";
  if (strcmp(key, "normalize") == 0 && (*seen |= 1))
    return mz_norm_flags_parse(value, &list->norm_flags, error);
  if (strcmp(key, "stem") == 0)
    return mz_stemmer_parse(value, &list->stemmer, error);
  if (strcmp(key, "unit") == 0 && (*seen |= 2))
    return mz_unit_parse(value, &list->unit, error);
  return strcmp(key, "tokens") != 0 || parse_count(value, &list->tokens, error);
}

/* col: type, freq, per_million (-1: none) */
static gboolean
ref_list_header(const char *const *f, guint n, int col[3], GError **error)
{
  col[0] = mz_csv_find_column(f, n, "type");
  col[1] = mz_csv_find_column(f, n, "freq");
  col[2] = mz_csv_find_column(f, n, "per_million");
  if (col[0] >= 0 && col[1] >= 0)
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "no 'type' and 'freq' columns in the header (mizan-freq writes them)");
  return FALSE;
}

/* A row; *sum adds its freq, *derived is freq * 1e6 / per_million of the first row that has
 * both above 0. */
static gboolean
ref_list_row(MzRefList *list, const char *const *f, guint n, const int col[3], guint64 *sum,
             double *derived, GError **error)
{
  guint64 count;
  if ((guint)MAX(col[0], col[1]) >= n) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "fewer fields than the header");
    return FALSE;
  }
  if (!parse_count(f[col[1]], &count, error))
    return FALSE;
  ref_list_add(list, f[col[0]], strlen(f[col[0]]), count);
  *sum += count;
  if (*derived == 0 && col[2] >= 0 && (guint)col[2] < n && count > 0) {
    double pm = g_ascii_strtod(f[col[2]], NULL);
    if (pm > 0)
      *derived = (double)count * 1e6 / pm;
  }
  return TRUE;
}

/* A table with type and freq columns (TSV when its first line that is not a comment has a
 * tab, else CSV); the corpus size is "# tokens", else freq * 1e6 / per_million, else the sum
 * of freq. */
static gboolean
ref_list_read_table(MzRefList *list, const char *data, gsize len, GError **error)
{
  const char *line = data, *end = data + len, *nl, *const * f;
  char sep[2] = {',', '\0'};
  int col[3] = {-1, -1, -1}; /* type, freq, per_million */
  guint n, seen = 0;
  guint64 sum = 0;
  double derived = 0;
  g_autoptr(MzCsvReader) r = NULL;
  g_autoptr(GError) local = NULL;
  while ((nl = memchr(line, '\n', (gsize)(end - line))) != NULL && *line == '#')
    line = nl + 1;
  if (memchr(line, '\t', (gsize)((nl != NULL ? nl : end) - line)) != NULL)
    sep[0] = '\t';
  r = mz_csv_reader_new(data, len, sep[0]);
  while (local == NULL && mz_csv_reader_next(r, &f, &n, &local)) {
    g_autofree char *comment = col[0] < 0 && f[0][0] == '#' ? g_strjoinv(sep, (char **)f) : NULL;
    if (comment != NULL ? !ref_list_comment(list, comment, &seen, &local)
        : col[0] < 0    ? !ref_list_header(f, n, col, &local)
                        : !ref_list_row(list, f, n, col, &sum, &derived, &local))
      g_prefix_error(&local, "line %" G_GSIZE_FORMAT ": ", mz_csv_reader_line(r));
  }
  if (local == NULL && col[0] < 0)
    ref_list_header(NULL, 0, col, &local);
  if (local != NULL) {
    g_propagate_error(error, g_steal_pointer(&local));
    return FALSE;
  }
  if (list->tokens == 0 && derived > 0)
    list->tokens = (guint64)(derived + 0.5);
  list->size_from_sum = list->tokens == 0;
  if (list->tokens == 0)
    list->tokens = sum;
  list->has_settings = seen == 3;
  return TRUE;
}

/**
 * mz_ref_list_parse:
 * @data: a count file, or a table (UTF-8) whose header names type and freq, after optional
 *   "# key: value" lines (normalize, stem, unit and tokens are read, other keys are notes)
 * @origin: where it comes from, for messages
 *
 * Returns: (transfer full): the list, or %NULL with %MZ_CORPUS_ERROR_FORMAT naming @origin
 * and the line.
 */
MzRefList *
mz_ref_list_parse(const char *data, gsize len, const char *origin, GError **error)
{
  g_autoptr(MzRefList) list = g_new0(MzRefList, 1);
  const char *bad;
  gboolean ok;
  list->origin = g_strdup(origin);
  list->forms = mz_vocab_new();
  list->freq = g_array_new(FALSE, TRUE, sizeof(guint64));
  if (len >= strlen(MZ_COUNTFILE_MAGIC) && memcmp(data, MZ_COUNTFILE_MAGIC, 12) == 0)
    ok = ref_list_read_counts(list, data, len, error);
  else if (!g_utf8_validate_len(data, len, &bad)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "byte offset %" G_GSIZE_FORMAT ": not UTF-8", (gsize)(bad - data));
    ok = FALSE;
  } else
    ok = ref_list_read_table(list, data, len, error);
  if (ok && list->tokens > 0)
    return g_steal_pointer(&list);
  if (ok)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "the list is empty");
  g_prefix_error(error, "%s: ", origin);
  return NULL;
}

/**
 * mz_ref_list_load:
 * @name: MZ_REF_LIST_BUNDLED for the list built into Mizan, or a file
 *
 * Returns: (transfer full): the list, or %NULL with @error set.
 */
MzRefList *
mz_ref_list_load(const char *name, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  if (strcmp(name, MZ_REF_LIST_BUNDLED) == 0) {
    bytes = g_resource_lookup_data(mz_corpus_get_resource(), MZ_REF_BUNDLED_PATH,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
    return bytes == NULL ? NULL
                         : mz_ref_list_parse(g_bytes_get_data(bytes, &len), g_bytes_get_size(bytes),
                                             MZ_REF_BUNDLED_ORIGIN, error);
  }
  if (!g_file_get_contents(name, &contents, &len, error))
    return NULL;
  return mz_ref_list_parse(contents, len, name, error);
}

/**
 * mz_ref_list_check:
 * @norm_flags, @stemmer, @unit: how the counts to compare with the list were made
 *
 * A list made with other settings would not match the forms of those counts. A list that
 * does not say how it was made passes.
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT saying both settings.
 */
gboolean
mz_ref_list_check(const MzRefList *list, guint norm_flags, MzStemmer stemmer, MzUnit unit,
                  GError **error)
{
  g_autofree char *want = NULL, *have = NULL;
  if (!list->has_settings || (list->norm_flags == norm_flags && list->unit == unit &&
                              (unit != MZ_UNIT_STEM || list->stemmer == stemmer)))
    return TRUE;
  want = mz_norm_flags_to_string(norm_flags);
  have = mz_norm_flags_to_string(list->norm_flags);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "%s was made with --normalize=%s --stem=%s (unit %s), this run uses "
              "--normalize=%s --stem=%s (unit %s): the word forms would not match",
              list->origin, have, mz_stemmer_name(list->stemmer), mz_unit_name(list->unit), want,
              mz_stemmer_name(stemmer), mz_unit_name(unit));
  return FALSE;
}
