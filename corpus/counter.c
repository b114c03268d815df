/* counter.c - documents in, count tables out, on a pool of threads
 *
 * The calling thread reads documents and hands each, with its index in
 * corpus order, to a GThreadPool. A job takes a free worker (its own
 * analyzer, vocabularies and tables, so nothing is shared but the stop
 * list, which is read-only) and appends the document to that worker's
 * tables. At the end the workers' tables are merged in corpus order into
 * tables whose type ids follow byte order, so the counts, and everything
 * written from them, are the same for any number of threads. With one
 * thread there is no pool: the calling thread does the work.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

#define MZ_NGRAM_MAX 5
#define MZ_IN_FLIGHT_PER_THREAD 4
/* Documents go to the pool in batches: one handoff (queue, lock, signal)
 * per news article would cost more than counting it. */
#define MZ_BATCH_BYTES (1u << 20)
#define MZ_BATCH_DOCS 1024

typedef struct {
  guint index;
  MzAnalyzer *an;
  MzVocab *words; /* the counted unit of each token (the n = 1 table's when there is one) */
  gboolean own_words;
  MzCounts *tables[MZ_NGRAM_MAX]; /* [n - n_min] */
  GArray *ids, *sentences;        /* per token of the current document: word id, sentence */
  GArray *grams;                  /* n-gram ids of the current document */
  GString *key;
  MzVocabBatch *batch; /* interns w->words a batch of tokens at a time */
} Worker;

typedef struct {
  GPtrArray *docs; /* MzDocument */
  guint first;     /* the index of the first */
  gsize bytes;
} Job;

struct _MzCounter {
  MzCountOptions opts;
  GPtrArray *workers; /* Worker */
  GAsyncQueue *free;  /* workers not in use */
  GThreadPool *pool;  /* NULL with one thread */
  GMutex lock;
  GCond done;
  guint in_flight;
  GArray *placement; /* MzDocRef by document index: worker, document in its tables */
  GError *error;     /* the first error of a job */
  Job *batch;        /* being filled */
  MzCounts *result[MZ_NGRAM_MAX];
};

static const char *const unit_names[] = {"form", "norm", "stem"};

gboolean
mz_unit_parse(const char *name, MzUnit *unit, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS(unit_names); i++)
    if (strcmp(name, unit_names[i]) == 0) {
      *unit = (MzUnit)i;
      return TRUE;
    }
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "unknown unit '%s' (choose from form, norm, stem)", name);
  return FALSE;
}

const char *
mz_unit_name(MzUnit unit)
{
  g_return_val_if_fail(unit <= MZ_UNIT_STEM, "norm");
  return unit_names[unit];
}

void
mz_count_options_init(MzCountOptions *opts)
{
  mz_analyzer_options_init(&opts->analyzer);
  opts->analyzer.types = MZ_TOKEN_MASK_WORDS;
  opts->unit = MZ_UNIT_NORM;
  opts->n_min = opts->n_max = 1;
  opts->cross_sentences = FALSE;
  opts->n_threads = 1;
}

static void
worker_free(gpointer p)
{
  Worker *w = p;
  mz_analyzer_free(w->an);
  if (w->own_words)
    mz_vocab_free(w->words);
  for (guint i = 0; i < MZ_NGRAM_MAX; i++)
    mz_counts_free(w->tables[i]);
  g_array_unref(w->ids);
  g_array_unref(w->sentences);
  g_array_unref(w->grams);
  g_string_free(w->key, TRUE);
  mz_vocab_batch_free(w->batch);
  g_free(w);
}

static Worker *
worker_new(const MzCountOptions *opts, guint index, GError **error)
{
  Worker *w = g_new0(Worker, 1);
  w->index = index;
  w->an = mz_analyzer_new(&opts->analyzer, error);
  w->ids = g_array_new(FALSE, FALSE, sizeof(guint32));
  w->sentences = g_array_new(FALSE, FALSE, sizeof(guint32));
  w->grams = g_array_new(FALSE, FALSE, sizeof(guint32));
  w->key = g_string_new(NULL);
  for (guint n = opts->n_min; n <= opts->n_max; n++)
    w->tables[n - opts->n_min] = mz_counts_new(n);
  w->own_words = opts->n_min > 1;
  w->words = w->own_words ? mz_vocab_new() : mz_counts_vocab(w->tables[0]);
  w->batch = mz_vocab_batch_new(w->words);
  if (w->an == NULL) {
    worker_free(w);
    return NULL;
  }
  return w;
}

/**
 * mz_unit_form:
 * @unit: which form
 * @t: a token from mz_analyzer_next()
 * @s: (out): its form of @unit; @len: (out): its length in bytes
 */
void
mz_unit_form(MzUnit unit, const MzTokenInfo *t, const char **s, gsize *len)
{
  if (unit == MZ_UNIT_FORM)
    *s = t->surface, *len = t->surface_len;
  else if (unit == MZ_UNIT_STEM)
    *s = t->stem, *len = t->stem_len;
  else
    *s = t->norm, *len = t->norm_len;
}

/* The document's tokens as word ids (interned a batch at a time), and their sentences. */
static gboolean
collect_tokens(Worker *w, const MzCountOptions *opts, MzDocument *doc, GError **error)
{
  MzTokenInfo t;
  g_array_set_size(w->ids, 0);
  g_array_set_size(w->sentences, 0);
  if (!mz_analyzer_begin(w->an, doc, error))
    return FALSE;
  while (mz_analyzer_next(w->an, &t)) {
    const char *s;
    gsize len;
    mz_unit_form(opts->unit, &t, &s, &len);
    mz_vocab_batch_add(w->batch, s, len, w->ids);
    g_array_append_val(w->sentences, t.token.sentence);
  }
  mz_vocab_batch_flush(w->batch, w->ids);
  return TRUE;
}

/* The n-grams of the current document, words joined by a space, never across
 * a document boundary and, unless asked, never across a sentence boundary. */
static guint
count_ngrams(Worker *w, const MzCountOptions *opts, guint n, MzDocument *doc)
{
  MzCounts *table = w->tables[n - opts->n_min];
  MzVocab *grams = mz_counts_vocab(table);
  const guint32 *ids = (const guint32 *)w->ids->data;
  const guint32 *sent = (const guint32 *)w->sentences->data;
  g_array_set_size(w->grams, 0);
  for (gsize i = 0; i + n <= w->ids->len; i++) {
    guint32 g;
    if (!opts->cross_sentences && sent[i] != sent[i + n - 1])
      continue; /* sentence numbers only grow: first == last means one sentence */
    g_string_truncate(w->key, 0);
    for (guint k = 0; k < n; k++) {
      if (k > 0)
        g_string_append_c(w->key, ' ');
      g_string_append(w->key, mz_vocab_string(w->words, ids[i + k], NULL));
    }
    g = mz_vocab_intern(grams, w->key->str, w->key->len);
    g_array_append_val(w->grams, g);
  }
  return mz_counts_add_document(table, doc->id, doc->meta, (const guint32 *)w->grams->data,
                                w->grams->len);
}

static void
place(MzCounter *counter, guint index, guint worker, guint doc)
{
  MzDocRef ref = {worker, doc};
  g_mutex_lock(&counter->lock);
  if (counter->placement->len <= index)
    g_array_set_size(counter->placement, index + 1);
  g_array_index(counter->placement, MzDocRef, index) = ref;
  g_mutex_unlock(&counter->lock);
}

/* Adds a document to a worker's tables: one document in every table, even
 * one with no tokens, so that document indices agree across the tables. */
static gboolean
count_document(MzCounter *counter, Worker *w, MzDocument *doc, guint index, GError **error)
{
  const MzCountOptions *opts = &counter->opts;
  guint local = 0;
  if (!collect_tokens(w, opts, doc, error)) {
    g_prefix_error(error, "%s: ", doc->id);
    return FALSE;
  }
  for (guint n = opts->n_min; n <= opts->n_max; n++)
    if (n == 1) {
      local = mz_counts_add_document(w->tables[0], doc->id, doc->meta,
                                     (const guint32 *)w->ids->data, w->ids->len);
      mz_counts_set_document_sentences(w->tables[0], local, (const guint32 *)w->sentences->data,
                                       w->sentences->len);
    } else {
      local = count_ngrams(w, opts, n, doc);
    }
  place(counter, index, w->index, local);
  return TRUE;
}

static void
job_free(Job *job)
{
  g_ptr_array_unref(job->docs);
  g_free(job);
}

static void
run_job(gpointer data, gpointer user_data)
{
  Job *job = data;
  MzCounter *counter = user_data;
  Worker *w = g_async_queue_pop(counter->free);
  GError *error = NULL;
  for (guint i = 0; i < job->docs->len && error == NULL; i++)
    count_document(counter, w, job->docs->pdata[i], job->first + i, &error);
  g_async_queue_push(counter->free, w);
  job_free(job);
  g_mutex_lock(&counter->lock);
  if (error != NULL && counter->error == NULL)
    counter->error = g_steal_pointer(&error);
  g_clear_error(&error);
  counter->in_flight--;
  g_cond_signal(&counter->done);
  g_mutex_unlock(&counter->lock);
}

/**
 * mz_counter_new:
 * @opts: what to count, and on how many threads (copied; the stop list is
 *   borrowed and must outlive the counter)
 *
 * Returns: (transfer full): a counter, or %NULL on error.
 */
MzCounter *
mz_counter_new(const MzCountOptions *opts, GError **error)
{
  g_autoptr(MzCounter) counter = g_new0(MzCounter, 1);
  guint n_threads = MAX(opts->n_threads, 1);
  g_return_val_if_fail(opts->n_min >= 1 && opts->n_min <= opts->n_max, NULL);
  g_return_val_if_fail(opts->n_max - opts->n_min < MZ_NGRAM_MAX, NULL);
  counter->opts = *opts;
  counter->workers = g_ptr_array_new_with_free_func(worker_free);
  counter->free = g_async_queue_new();
  counter->placement = g_array_new(FALSE, TRUE, sizeof(MzDocRef));
  g_mutex_init(&counter->lock);
  g_cond_init(&counter->done);
  for (guint i = 0; i < n_threads; i++) {
    Worker *w = worker_new(opts, i, error);
    if (w == NULL)
      return NULL;
    g_ptr_array_add(counter->workers, w);
    g_async_queue_push(counter->free, w);
  }
  if (n_threads > 1 &&
      (counter->pool = g_thread_pool_new(run_job, counter, (gint)n_threads, TRUE, error)) == NULL)
    return NULL;
  return g_steal_pointer(&counter);
}

void
mz_counter_free(MzCounter *counter)
{
  if (counter == NULL)
    return;
  if (counter->pool != NULL)
    g_thread_pool_free(counter->pool, TRUE, TRUE);
  if (counter->batch != NULL)
    job_free(counter->batch);
  g_ptr_array_unref(counter->workers);
  g_async_queue_unref(counter->free);
  g_array_unref(counter->placement);
  g_clear_error(&counter->error);
  for (guint i = 0; i < MZ_NGRAM_MAX; i++)
    mz_counts_free(counter->result[i]);
  g_mutex_clear(&counter->lock);
  g_cond_clear(&counter->done);
  g_free(counter);
}

/* With a pool: waits until a job finishes if too many are in flight. */
static gboolean
wait_for_room(MzCounter *counter, GError **error)
{
  guint limit = MZ_IN_FLIGHT_PER_THREAD * counter->workers->len;
  g_mutex_lock(&counter->lock);
  while (counter->in_flight >= limit && counter->error == NULL)
    g_cond_wait(&counter->done, &counter->lock);
  if (counter->error != NULL) {
    g_propagate_error(error, g_error_copy(counter->error));
    g_mutex_unlock(&counter->lock);
    return FALSE;
  }
  counter->in_flight++;
  g_mutex_unlock(&counter->lock);
  return TRUE;
}

/* Hands the batch being filled to the pool. */
static gboolean
push_batch(MzCounter *counter, GError **error)
{
  Job *job = g_steal_pointer(&counter->batch);
  if (job == NULL)
    return TRUE;
  if (!wait_for_room(counter, error)) {
    job_free(job);
    return FALSE;
  }
  return g_thread_pool_push(counter->pool, job, error);
}

/**
 * mz_counter_add:
 * @counter: a counter
 * @doc: (transfer full): the next document in corpus order
 *
 * Counts @doc, on the calling thread or on the pool (then in a batch of
 * documents, so this may return before it is counted, and an error may show
 * only at a later call or at mz_counter_finish()).
 *
 * Returns: %FALSE on error (the document's, or an earlier one's).
 */
gboolean
mz_counter_add(MzCounter *counter, MzDocument *doc, GError **error)
{
  guint index = counter->placement->len;
  if (counter->pool == NULL) {
    gboolean ok = count_document(counter, counter->workers->pdata[0], doc, index, error);
    mz_document_free(doc);
    return ok;
  }
  g_mutex_lock(&counter->lock); /* reserve the index: jobs finish in any order */
  g_array_set_size(counter->placement, index + 1);
  g_mutex_unlock(&counter->lock);
  if (counter->batch == NULL) {
    counter->batch = g_new0(Job, 1);
    counter->batch->docs = g_ptr_array_new_with_free_func((GDestroyNotify)mz_document_free);
    counter->batch->first = index;
  }
  g_ptr_array_add(counter->batch->docs, doc);
  counter->batch->bytes += doc->len;
  if (counter->batch->bytes >= MZ_BATCH_BYTES || counter->batch->docs->len >= MZ_BATCH_DOCS)
    return push_batch(counter, error);
  return TRUE;
}

/**
 * mz_counter_finish:
 *
 * Waits for the documents in flight, then merges the workers' tables in
 * corpus order (mz_counts_merge()).
 *
 * Returns: %FALSE if a document could not be counted.
 */
gboolean
mz_counter_finish(MzCounter *counter, GError **error)
{
  const MzCountOptions *opts = &counter->opts;
  if (counter->pool != NULL && !push_batch(counter, error))
    return FALSE;
  if (counter->pool != NULL) {
    g_thread_pool_free(counter->pool, FALSE, TRUE);
    counter->pool = NULL;
  }
  if (counter->error != NULL) {
    g_propagate_error(error, g_steal_pointer(&counter->error));
    return FALSE;
  }
  for (guint n = opts->n_min; n <= opts->n_max; n++) {
    g_autofree MzCounts **parts = g_new(MzCounts *, counter->workers->len);
    for (guint i = 0; i < counter->workers->len; i++)
      parts[i] = ((Worker *)counter->workers->pdata[i])->tables[n - opts->n_min];
    counter->result[n - opts->n_min] =
        mz_counts_merge(parts, counter->workers->len, (const MzDocRef *)counter->placement->data,
                        counter->placement->len, MZ_MERGE_CONSUME);
  }
  g_ptr_array_set_size(counter->workers, 0); /* their tables are merged: free them now */
  return TRUE;
}

/**
 * mz_counter_steal_counts:
 * @n: which table
 *
 * Returns: (transfer full) (nullable): the merged table of n after
 * mz_counter_finish(), or %NULL when it was not counted.
 */
MzCounts *
mz_counter_steal_counts(MzCounter *counter, guint n)
{
  if (n < counter->opts.n_min || n > counter->opts.n_max)
    return NULL;
  return g_steal_pointer(&counter->result[n - counter->opts.n_min]);
}
