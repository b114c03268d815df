/* freqlist.c - frequency lists with dispersion, from count tables
 *
 * For each table (n), and each group of documents when --group-by is given,
 * two passes over the documents' records: the first sums frequencies and
 * document counts, which selects and ranks the rows (--min-freq, --top);
 * the second feeds the selected types' occurrences, part by part and
 * position by position, to the dispersion and ARF accumulators of
 * stats/dispersion.h. Rows are written as they are ranked: frequency
 * descending, ties by the type's bytes; rank is the competition rank
 * ("1224", R's ties.method = "min", quanteda's default).
 */
#include "tools/freqlist.h"

#include <math.h>
#include <string.h>

#define NO_ROW G_MAXUINT32

/* The documents a list is made from: all of a table, or one group's. */
typedef struct {
  const MzFreqOptions *opts;
  MzTableWriter *w;
  MzCounts *c;
  const char *group; /* NULL without --group-by; "" written as NA */
  GArray *docs;      /* guint */
} Scope;

/* A row of the list, and its accumulators for the second pass. */
typedef struct {
  guint32 type;
  guint64 f;
  guint32 docs;
  guint64 rank;
  MzDispersion disp;
  MzArf arf;
  guint64 part, part_count; /* equal parts: the part being counted */
} Row;

void
mz_freq_options_init(MzFreqOptions *opts)
{
  memset(opts, 0, sizeof *opts);
  opts->min_freq = 1;
}

static const MzColumn all_columns[] = {
    {"group", MZ_COLUMN_STRING},     {"doc", MZ_COLUMN_STRING},         {"n", MZ_COLUMN_INT},
    {"rank", MZ_COLUMN_INT},         {"type", MZ_COLUMN_STRING},        {"ngram", MZ_COLUMN_STRING},
    {"freq", MZ_COLUMN_INT},         {"per_million", MZ_COLUMN_DOUBLE}, {"docs", MZ_COLUMN_INT},
    {"range_pct", MZ_COLUMN_DOUBLE}, {"juilland_d", MZ_COLUMN_DOUBLE},  {"dp", MZ_COLUMN_DOUBLE},
    {"dp_norm", MZ_COLUMN_DOUBLE},   {"arf", MZ_COLUMN_DOUBLE},
};

enum {
  C_GROUP,
  C_DOC,
  C_N,
  C_RANK,
  C_TYPE,
  C_NGRAM,
  C_FREQ,
  C_PM,
  C_DOCS,
  C_RANGE,
  C_D,
  C_DP,
  C_DPN,
  C_ARF,
  C_ALL
};

/**
 * mz_freq_columns:
 * @n_columns: (out): how many
 *
 * Returns: (transfer none): the columns written with @opts, valid until
 * the next call.
 */
const MzColumn *
mz_freq_columns(const MzFreqOptions *opts, guint *n_columns)
{
  static MzColumn cols[C_ALL];
  guint n = 0;
  if (opts->group_by != NULL)
    cols[n++] = all_columns[C_GROUP];
  if (opts->by_doc)
    cols[n++] = all_columns[C_DOC];
  if (opts->ngrams)
    cols[n++] = all_columns[C_N];
  if (!opts->by_doc)
    cols[n++] = all_columns[C_RANK];
  cols[n++] = all_columns[opts->ngrams ? C_NGRAM : C_TYPE];
  cols[n++] = all_columns[C_FREQ];
  if (!opts->by_doc)
    for (guint k = C_PM; k <= C_ARF; k++)
      cols[n++] = all_columns[k];
  *n_columns = n;
  return cols;
}

static void
add_group(const Scope *s)
{
  if (s->group == NULL)
    return;
  if (s->group[0] == '\0')
    mz_table_writer_add_na(s->w);
  else
    mz_table_writer_add_string(s->w, s->group, -1);
}

static const char *
type_string(const Scope *s, guint32 type)
{
  return mz_vocab_string(mz_counts_vocab(s->c), type, NULL);
}

/* Frequency descending, then the type's bytes. */
static int
compare_rows(gconstpointer a, gconstpointer b, gpointer data)
{
  const Row *x = a, *y = b;
  if (x->f != y->f)
    return x->f > y->f ? -1 : 1;
  return strcmp(type_string(data, x->type), type_string(data, y->type));
}

/* Pass 1, on several threads: contiguous documents of a scope. Frequencies
 * are integers, so the chunks' sums add up exactly in any order. */
typedef struct {
  const Scope *s;
  guint from, to; /* documents [from, to) of the scope */
  guint64 *f;     /* frequency by type */
  guint32 *docs;  /* documents by type */
} Chunk;

/* Up to n_threads chunks of about equal size; *total gets the scope's size. */
static GArray *
make_chunks(const Scope *s, guint n_threads, guint64 *total)
{
  GArray *chunks = g_array_new(FALSE, TRUE, sizeof(Chunk));
  guint64 sum = 0, done = 0;
  Chunk c = {.s = s};
  for (guint i = 0; i < s->docs->len; i++)
    sum += mz_counts_document_size(s->c, g_array_index(s->docs, guint, i));
  for (guint i = 0; i < s->docs->len; i++) {
    done += mz_counts_document_size(s->c, g_array_index(s->docs, guint, i));
    if (done * MAX(n_threads, 1) >= sum * (chunks->len + 1) || i + 1 == s->docs->len) {
      c.to = i + 1;
      g_array_append_val(chunks, c);
      c.from = c.to;
    }
  }
  *total = sum;
  return chunks;
}

/* Runs func on n jobs of size bytes each, the first on this thread, the others on their own. */
static void
run_jobs(gpointer jobs, gsize size, guint n, GThreadFunc func)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new();
  for (guint i = 1; i < n; i++)
    g_ptr_array_add(threads, g_thread_new("mizan-list", func, (char *)jobs + i * size));
  if (n > 0)
    func(jobs);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join(threads->pdata[i]);
}

/* Pass 1 on a chunk: frequencies and document counts. */
static gpointer
count_chunk(gpointer data)
{
  Chunk *c = data;
  for (guint i = c->from; i < c->to; i++) {
    MzCountsIter it;
    guint32 type;
    guint64 count;
    mz_counts_iter_init(&it, c->s->c, g_array_index(c->s->docs, guint, i));
    while (mz_counts_iter_next(&it, &type, &count)) {
      c->f[type] += count;
      c->docs[type]++;
    }
  }
  return NULL;
}

static void
rank_rows(const Scope *s, GArray *rows)
{
  g_array_sort_with_data(rows, compare_rows, (gpointer)s);
  for (guint i = 0; i < rows->len; i++) {
    Row *r = &g_array_index(rows, Row, i);
    r->rank = i > 0 && r->f == g_array_index(rows, Row, i - 1).f
                  ? g_array_index(rows, Row, i - 1).rank
                  : i + 1;
  }
  if (s->opts->top > 0 && rows->len > s->opts->top)
    g_array_set_size(rows, (guint)s->opts->top);
}

/* Pass 1: frequencies and document counts, chunk by chunk; the rows that
 * pass --min-freq, sorted and ranked, cut to --top. */
static GArray *
select_rows(const Scope *s, GArray *chunks)
{
  guint32 n_types = mz_vocab_size(mz_counts_vocab(s->c));
  GArray *rows = g_array_new(FALSE, TRUE, sizeof(Row));
  for (guint k = 0; k < chunks->len; k++) {
    g_array_index(chunks, Chunk, k).f = g_new0(guint64, n_types + 1);
    g_array_index(chunks, Chunk, k).docs = g_new0(guint32, n_types + 1);
  }
  run_jobs(chunks->data, sizeof(Chunk), chunks->len, count_chunk);
  for (guint32 t = 0; t < n_types; t++) {
    Row r = {.type = t};
    for (guint k = 0; k < chunks->len; k++) {
      r.f += g_array_index(chunks, Chunk, k).f[t];
      r.docs += g_array_index(chunks, Chunk, k).docs[t];
    }
    if (r.f > 0 && r.f >= s->opts->min_freq)
      g_array_append_val(rows, r);
  }
  for (guint k = 0; k < chunks->len; k++) {
    g_clear_pointer(&g_array_index(chunks, Chunk, k).f, g_free);
    g_clear_pointer(&g_array_index(chunks, Chunk, k).docs, g_free);
  }
  rank_rows(s, rows);
  return rows;
}

/* 128-bit products: p n and k N overflow 64 bits on large corpora */
G_GNUC_EXTENSION typedef unsigned __int128 MzU128;

/* Equal parts: position p of N lies in part floor(p n / N), whose size is
 * ceil((k+1) N / n) - ceil(k N / n). */
static guint64
part_of(guint64 p, guint64 n, guint64 total)
{
  return (guint64)((MzU128)p * n / total);
}

static guint64
part_size(guint64 k, guint64 n, guint64 total)
{
  MzU128 hi = ((MzU128)(k + 1) * total + n - 1) / n;
  MzU128 lo = ((MzU128)k * total + n - 1) / n;
  return (guint64)(hi - lo);
}

static void
part_step(Row *r, guint64 p, guint64 n, guint64 total)
{
  guint64 k = part_of(p, n, total);
  if (k != r->part) {
    if (r->part_count > 0)
      mz_dispersion_add(&r->disp, (double)r->part_count, (double)part_size(r->part, n, total));
    r->part = k;
    r->part_count = 0;
  }
  r->part_count++;
}

/* The number of parts, and the smallest part's share of the total. */
static guint64
parts_of(const Scope *s, guint64 total, double *min_share)
{
  guint64 n = 0, min_size = G_MAXUINT64;
  if (s->opts->n_parts > 0) {
    *min_share = (double)(total / s->opts->n_parts) / (double)total;
    return s->opts->n_parts;
  }
  for (guint i = 0; i < s->docs->len; i++) {
    guint64 size = mz_counts_document_size(s->c, g_array_index(s->docs, guint, i));
    if (size > 0) { /* a document with no counted token is no part */
      n++;
      min_size = MIN(min_size, size);
    }
  }
  *min_share = (double)min_size / (double)total;
  return n;
}

/* Pass 2, on several threads: each owns some rows (by type id, which is
 * unrelated to frequency, so the work spreads evenly), reads every document
 * in order and accumulates only its own rows. A row's sums are thus made in
 * the same order whatever the number of threads, and the output does not
 * change with -j (floating-point sums would, split across threads). */
typedef struct {
  const Scope *s;
  guint index, n; /* this thread, and how many */
  Row *rows;      /* its own rows, a compact copy */
  guint n_rows;
  const guint32 *row_of; /* type -> row of the list, or NO_ROW */
  const guint32 *local;  /* row of the list -> index in its owner's rows */
  guint64 n_parts, total;
} Owner;

static gpointer
accumulate_owned(gpointer data)
{
  Owner *o = data;
  gboolean equal = o->s->opts->n_parts > 0;
  guint64 offset = 0;
  for (guint i = 0; i < o->s->docs->len; i++) {
    guint d = g_array_index(o->s->docs, guint, i);
    guint64 size = mz_counts_document_size(o->s->c, d), count, pos;
    MzCountsIter it;
    guint32 type;
    mz_counts_iter_init(&it, o->s->c, d);
    while (mz_counts_iter_next(&it, &type, &count)) {
      Row *r;
      if (o->row_of[type] == NO_ROW || type % o->n != o->index)
        continue; /* not ours: its positions are skipped */
      r = &o->rows[o->local[o->row_of[type]]];
      if (!equal)
        mz_dispersion_add(&r->disp, (double)count, (double)size);
      while (mz_counts_iter_next_position(&it, &pos)) {
        mz_arf_add(&r->arf, offset + pos);
        if (equal)
          part_step(r, offset + pos, o->n_parts, o->total);
      }
    }
    offset += size;
  }
  return NULL;
}

static void
init_rows(GArray *rows, guint32 *row_of, guint64 total, guint64 n_parts)
{
  for (guint i = 0; i < rows->len; i++) {
    Row *r = &g_array_index(rows, Row, i);
    row_of[r->type] = i;
    mz_dispersion_init(&r->disp, n_parts, (double)total, (double)r->f);
    mz_arf_init(&r->arf, total, r->f);
    r->part = G_MAXUINT64;
  }
}

/* Pass 2: the selected rows' occurrences, document by document (parts) and
 * position by position (ARF, equal parts), on the owners' threads. */
static void
accumulate(const Scope *s, GArray *rows, guint64 total, guint64 n_parts)
{
  guint32 n_types = mz_vocab_size(mz_counts_vocab(s->c));
  guint n = MAX(MIN(s->opts->n_threads, rows->len), 1);
  g_autofree guint32 *row_of = g_new(guint32, n_types + 1);
  g_autofree guint32 *local = g_new(guint32, rows->len + 1);
  g_autofree Owner *owners = g_new0(Owner, n);
  memset(row_of, 0xff, sizeof(guint32) * (n_types + 1));
  init_rows(rows, row_of, total, n_parts);
  for (guint k = 0; k < n; k++)
    owners[k] = (Owner){s, k, n, NULL, 0, row_of, local, n_parts, total};
  for (guint i = 0; i < rows->len; i++) /* count each owner's rows: local[i] */
    local[i] = owners[g_array_index(rows, Row, i).type % n].n_rows++;
  for (guint k = 0; k < n; k++)
    owners[k].rows = g_new(Row, owners[k].n_rows + 1);
  for (guint i = 0; i < rows->len; i++)
    owners[g_array_index(rows, Row, i).type % n].rows[local[i]] = g_array_index(rows, Row, i);
  run_jobs(owners, sizeof(Owner), n, accumulate_owned);
  for (guint i = 0; i < rows->len; i++) {
    Row *r = &g_array_index(rows, Row, i);
    *r = owners[r->type % n].rows[local[i]];
    if (s->opts->n_parts > 0) /* the last part of equal parts */
      mz_dispersion_add(&r->disp, (double)r->part_count,
                        (double)part_size(r->part, n_parts, total));
  }
  for (guint k = 0; k < n; k++)
    g_free(owners[k].rows);
}

static void
write_row(const Scope *s, const Row *r, guint64 total, guint64 n_parts, double min_share)
{
  MzTableWriter *w = s->w;
  add_group(s);
  if (s->opts->ngrams)
    mz_table_writer_add_int(w, mz_counts_n(s->c));
  mz_table_writer_add_int(w, (gint64)r->rank);
  mz_table_writer_add_string(w, type_string(s, r->type), -1);
  mz_table_writer_add_int(w, (gint64)r->f);
  mz_table_writer_add_double(w, (double)r->f * 1e6 / (double)total);
  mz_table_writer_add_int(w, r->docs);
  mz_table_writer_add_double(w, 100.0 * (double)mz_dispersion_range(&r->disp) / (double)n_parts);
  mz_table_writer_add_double(w, mz_dispersion_juilland_d(&r->disp));
  mz_table_writer_add_double(w, mz_dispersion_dp(&r->disp));
  mz_table_writer_add_double(w, mz_dispersion_dp_norm(&r->disp, min_share));
  mz_table_writer_add_double(w, mz_arf_value(&r->arf));
  mz_table_writer_end_row(w);
}

static gboolean
write_list(const Scope *s, GError **error)
{
  guint64 total, n_parts;
  double min_share = 0;
  g_autoptr(GArray) chunks = make_chunks(s, s->opts->n_threads, &total);
  g_autoptr(GArray) rows = NULL;
  if (total == 0)
    return TRUE; /* nothing counted: no rows */
  rows = select_rows(s, chunks);
  if (s->opts->n_parts > total) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "--parts=%" G_GUINT64_FORMAT
                " needs at least that many tokens, but %s%s%s has %" G_GUINT64_FORMAT,
                s->opts->n_parts, s->group ? "group '" : "the corpus", s->group ? s->group : "",
                s->group ? "'" : "", total);
    return FALSE;
  }
  n_parts = parts_of(s, total, &min_share);
  accumulate(s, rows, total, n_parts);
  for (guint i = 0; i < rows->len; i++)
    write_row(s, &g_array_index(rows, Row, i), total, n_parts, min_share);
  return TRUE;
}

/* --by-doc: each document's types, frequency descending, ties by bytes. */
static void
write_by_doc(const Scope *s)
{
  g_autoptr(GArray) rows = g_array_new(FALSE, TRUE, sizeof(Row));
  for (guint i = 0; i < s->docs->len; i++) {
    guint d = g_array_index(s->docs, guint, i);
    MzCountsIter it;
    Row r = {0};
    g_array_set_size(rows, 0);
    mz_counts_iter_init(&it, s->c, d);
    while (mz_counts_iter_next(&it, &r.type, &r.f))
      if (r.f >= s->opts->min_freq)
        g_array_append_val(rows, r);
    g_array_sort_with_data(rows, compare_rows, (gpointer)s);
    for (guint k = 0; k < rows->len && (s->opts->top == 0 || k < s->opts->top); k++) {
      add_group(s);
      mz_table_writer_add_string(s->w, mz_counts_document_id(s->c, d), -1);
      if (s->opts->ngrams)
        mz_table_writer_add_int(s->w, mz_counts_n(s->c));
      mz_table_writer_add_string(s->w, type_string(s, g_array_index(rows, Row, k).type), -1);
      mz_table_writer_add_int(s->w, (gint64)g_array_index(rows, Row, k).f);
      mz_table_writer_end_row(s->w);
    }
  }
}

static gboolean
write_scope(const Scope *s, GError **error)
{
  if (s->opts->by_doc) {
    write_by_doc(s);
    return TRUE;
  }
  return write_list(s, error);
}

/* Group values in byte order, documents without the field (NA) last. */
static int
compare_groups(gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  if ((x[0] == '\0') != (y[0] == '\0'))
    return x[0] == '\0' ? 1 : -1;
  return strcmp(x, y);
}

/* The documents of each value of the --group-by field. */
static GHashTable *
group_documents(MzCounts *c, const char *field, gboolean *any)
{
  GHashTable *groups =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  *any = FALSE;
  for (guint d = 0; d < mz_counts_n_documents(c); d++) {
    const char *value = mz_counts_document_meta(c, d, field);
    GArray *docs = g_hash_table_lookup(groups, value != NULL ? value : "");
    *any |= value != NULL;
    if (docs == NULL) {
      docs = g_array_new(FALSE, FALSE, sizeof(guint));
      g_hash_table_insert(groups, g_strdup(value != NULL ? value : ""), docs);
    }
    g_array_append_val(docs, d);
  }
  return groups;
}

static gboolean
write_groups(Scope *s, GError **error)
{
  gboolean any = FALSE;
  g_autoptr(GHashTable) groups = group_documents(s->c, s->opts->group_by, &any);
  g_autofree const char **keys = NULL;
  guint n_keys = 0;
  if (!any && mz_counts_n_documents(s->c) > 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                "--group-by=%s: no document has that metadata field", s->opts->group_by);
    return FALSE;
  }
  keys = (const char **)g_hash_table_get_keys_as_array(groups, &n_keys);
  qsort(keys, n_keys, sizeof(char *), compare_groups);
  for (guint i = 0; i < n_keys; i++) {
    s->group = keys[i];
    s->docs = g_hash_table_lookup(groups, keys[i]);
    if (!write_scope(s, error))
      return FALSE;
  }
  return TRUE;
}

/**
 * mz_freq_write:
 * @tables: (array length=n_tables): count tables, n ascending
 * @opts: what to write
 * @w: a writer made with the columns of mz_freq_columns()
 *
 * Writes the frequency list of each table (and of each group).
 *
 * Returns: %FALSE on a bad --parts or --group-by.
 */
gboolean
mz_freq_write(MzCounts *const *tables, guint n_tables, const MzFreqOptions *opts, MzTableWriter *w,
              GError **error)
{
  for (guint i = 0; i < n_tables; i++) {
    Scope s = {opts, w, tables[i], NULL, NULL};
    g_autoptr(GArray) all = g_array_new(FALSE, FALSE, sizeof(guint));
    gboolean ok;
    if (opts->group_by != NULL) {
      ok = write_groups(&s, error);
    } else {
      for (guint d = 0; d < mz_counts_n_documents(tables[i]); d++)
        g_array_append_val(all, d);
      s.docs = all;
      ok = write_scope(&s, error);
    }
    if (!ok)
      return FALSE;
  }
  return TRUE;
}
