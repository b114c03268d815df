/* cooc.c - co-occurrence counts of pairs of types, from a word count table (spec 2.3)
 *
 * Every document's token sequence is rebuilt from the table's positions, and cut into
 * sentences by the sentence starts the table keeps (unless pairs may cross them; documents
 * are never crossed).
 *
 * Bigrams (Evert's relational model): the sample is the bigram tokens. N = the number of
 * adjacent pairs inside a sentence, f1(w) = how many of them have w first, f2(w) = how many
 * have w second.
 *
 * Windows (Evert 2008, surface co-occurrence; UCS surface-from-cwb): for a node type w1, its
 * window is the union of the L tokens before and R after each occurrence, inside the sentence,
 * without the occurrences of w1 themselves; a token in two overlapping windows of w1 counts
 * once. f1(w1) = R1 = the number of tokens in that union; O11(w1, w2) = how many of them are
 * w2; f2(w2) = C1 = the corpus frequency of w2; N = the corpus size. Then E11 = R1 * C1 / N,
 * about (L + R) * f(w1) * f(w2) / N when windows do not overlap.
 *
 * On n threads, thread k keeps the pairs whose w1 % n == k in its own map (the maps never
 * share a pair, so nothing is merged and no pair is stored twice); every thread rebuilds
 * every document, and thread 0 also counts N and the marginals. Counts are integers: the
 * result does not depend on n.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

/* Open addressing, linear probing: key (w1 << 32 | w2) + 1, 0 = empty. */
typedef struct {
  guint64 *keys, *counts;
  gsize mask, used;
} PairMap;

struct _MzCooc {
  MzCoocOptions opts;
  guint64 n;
  guint64 *f1, *f2; /* per type */
  guint32 n_types;
  PairMap *maps; /* n_maps: the pairs whose w1 % n_maps == k are in maps[k] */
  guint n_maps;
};

/* One thread's share of the count: the pairs of maps[index], and the marginals if index 0. */
typedef struct {
  MzCooc *c;
  const MzCounts *words;
  guint index;
} Part;

/**
 * mz_cooc_options_init:
 * @opts: options to set to the defaults: adjacent bigrams inside sentences, every type
 */
void
mz_cooc_options_init(MzCoocOptions *opts)
{
  memset(opts, 0, sizeof *opts);
  opts->mode = MZ_COOC_BIGRAM;
  opts->node = MZ_VOCAB_NONE;
}

static inline gsize
pair_hash(guint64 key)
{
  key ^= key >> 33;
  key *= G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
  key ^= key >> 33;
  return (gsize)key;
}

static void
map_init(PairMap *m, gsize capacity)
{
  m->mask = capacity - 1;
  m->used = 0;
  m->keys = g_new0(guint64, capacity);
  m->counts = g_new0(guint64, capacity);
}

static void map_add(PairMap *m, guint64 key, guint64 count);

static void
map_grow(PairMap *m)
{
  PairMap bigger;
  map_init(&bigger, 2 * (m->mask + 1));
  for (gsize i = 0; i <= m->mask; i++)
    if (m->keys[i] != 0)
      map_add(&bigger, m->keys[i] - 1, m->counts[i]);
  g_free(m->keys);
  g_free(m->counts);
  *m = bigger;
}

static void
map_add(PairMap *m, guint64 key, guint64 count)
{
  gsize i = pair_hash(key) & m->mask;
  while (m->keys[i] != 0 && m->keys[i] != key + 1)
    i = (i + 1) & m->mask;
  if (m->keys[i] == 0) {
    if (2 * (m->used + 1) > m->mask + 1) { /* keep the load under 1/2 */
      map_grow(m);
      map_add(m, key, count);
      return;
    }
    m->keys[i] = key + 1;
    m->used++;
  }
  m->counts[i] += count;
}

static inline gboolean
owns(const Part *p, guint32 w1)
{
  return w1 % p->c->n_maps == p->index;
}

static inline void
add_pair(const Part *p, guint32 w1, guint32 w2)
{
  map_add(&p->c->maps[p->index], (guint64)w1 << 32 | w2, 1);
}

/* The document's tokens: seq[position] = type. */
static void
rebuild(const MzCounts *words, guint doc, guint32 *seq)
{
  MzCountsIter it;
  guint32 type;
  guint64 count, pos;
  mz_counts_iter_init(&it, words, doc);
  while (mz_counts_iter_next(&it, &type, &count))
    while (mz_counts_iter_next_position(&it, &pos))
      seq[pos] = type;
}

/* The spans pairs stay in: the starts of the document's sentences (or 0 alone when pairs may
 * cross them), then its size. *n_spans = the number of spans (0 for an empty document). */
static guint64 *
spans_of(const MzCooc *c, const MzCounts *words, guint doc, gsize *n_spans)
{
  guint64 size = mz_counts_document_size(words, doc);
  guint64 *starts;
  if (c->opts.cross_sentences || size == 0) {
    starts = g_new(guint64, 2);
    starts[0] = 0;
    starts[1] = size;
    *n_spans = size > 0 ? 1 : 0;
    return starts;
  }
  starts = mz_counts_document_sentence_starts(words, doc, n_spans);
  starts = g_renew(guint64, starts, *n_spans + 1);
  starts[*n_spans] = size;
  return starts;
}

/* Every bigram counts in N and the marginals; with a node, only its pairs are kept. */
static void
count_bigrams(const Part *p, const guint32 *seq, const guint64 *spans, gsize n_spans)
{
  MzCooc *c = p->c;
  for (gsize s = 0; s < n_spans; s++)
    for (guint64 i = spans[s]; i + 1 < spans[s + 1]; i++) {
      if ((c->opts.node == MZ_VOCAB_NONE || seq[i] == c->opts.node) && owns(p, seq[i]))
        add_pair(p, seq[i], seq[i + 1]);
      if (p->index == 0) {
        c->f1[seq[i]]++;
        c->f2[seq[i + 1]]++;
        c->n++;
      }
    }
}

/* The union of the windows of one type's occurrences (ascending) in one document. */
static void
count_windows_of(const Part *p, guint32 w1, MzCountsIter *it, const guint32 *seq,
                 const guint64 *spans, gsize n_spans)
{
  MzCooc *c = p->c;
  guint64 pos, covered = 0; /* positions before @covered are already in the union */
  gsize s = 0;
  while (mz_counts_iter_next_position(it, &pos)) {
    guint64 lo, hi;
    while (s + 1 < n_spans && spans[s + 1] <= pos)
      s++;
    lo = pos - MIN(pos - spans[s], (guint64)c->opts.left);
    hi = MIN(spans[s + 1], pos + 1 + c->opts.right);
    for (guint64 q = MAX(lo, covered); q < hi; q++)
      if (seq[q] != w1) {
        add_pair(p, w1, seq[q]);
        c->f1[w1]++; /* w1's owner alone writes it */
      }
    covered = MAX(covered, hi);
  }
}

static void
count_windows(const Part *p, guint doc, const guint32 *seq, const guint64 *spans, gsize n_spans)
{
  MzCooc *c = p->c;
  MzCountsIter it;
  guint32 type;
  guint64 count;
  mz_counts_iter_init(&it, p->words, doc);
  while (mz_counts_iter_next(&it, &type, &count)) {
    if (p->index == 0)
      c->f2[type] += count;
    if ((c->opts.node == MZ_VOCAB_NONE || type == c->opts.node) && owns(p, type))
      count_windows_of(p, type, &it, seq, spans, n_spans);
  }
  if (p->index == 0)
    c->n += mz_counts_document_size(p->words, doc);
}

/* A thread's share: every document, until the options' stop() says so. */
static gpointer
count_part(gpointer data)
{
  const Part *p = data;
  MzCooc *c = p->c;
  g_autofree guint32 *seq = NULL;
  gsize seq_len = 0;
  for (guint d = 0; d < mz_counts_n_documents(p->words); d++) {
    guint64 size = mz_counts_document_size(p->words, d);
    gsize n_spans;
    g_autofree guint64 *spans = NULL;
    if (c->opts.stop != NULL && c->opts.stop() != 0)
      break;
    spans = spans_of(c, p->words, d, &n_spans);
    if (size > seq_len)
      seq = g_renew(guint32, seq, seq_len = size);
    rebuild(p->words, d, seq);
    if (c->opts.mode == MZ_COOC_BIGRAM)
      count_bigrams(p, seq, spans, n_spans);
    else
      count_windows(p, d, seq, spans, n_spans);
  }
  return NULL;
}

/**
 * mz_cooc_count:
 * @words: a word count table (n = 1) with its sentence starts
 * @opts: what to count
 *
 * Counts the pairs of every document of @words (see the top of this file for the model of
 * each mode), on @opts->n_threads threads.
 *
 * Returns: (transfer full): the pair counts and marginals (incomplete if @opts->stop said so).
 */
MzCooc *
mz_cooc_count(const MzCounts *words, const MzCoocOptions *opts)
{
  MzCooc *c;
  g_autofree Part *parts = NULL;
  g_autoptr(GPtrArray) threads = g_ptr_array_new();
  g_return_val_if_fail(words != NULL && mz_counts_n(words) == 1 && opts != NULL, NULL);
  c = g_new0(MzCooc, 1);
  c->opts = *opts;
  c->n_types = mz_vocab_size(mz_counts_vocab(words));
  c->f1 = g_new0(guint64, c->n_types + 1);
  c->f2 = g_new0(guint64, c->n_types + 1);
  /* one node: one map (its pairs all have the same w1) */
  c->n_maps = opts->node != MZ_VOCAB_NONE ? 1 : CLAMP(opts->n_threads, 1, 64);
  c->maps = g_new0(PairMap, c->n_maps);
  parts = g_new(Part, c->n_maps);
  for (guint k = 0; k < c->n_maps; k++) {
    map_init(&c->maps[k], 1024);
    parts[k] = (Part){c, words, k};
  }
  for (guint k = 1; k < c->n_maps; k++)
    g_ptr_array_add(threads, g_thread_new("mizan-cooc", count_part, &parts[k]));
  count_part(&parts[0]);
  for (guint k = 0; k < threads->len; k++)
    g_thread_join(threads->pdata[k]);
  return c;
}

void
mz_cooc_free(MzCooc *cooc)
{
  if (cooc == NULL)
    return;
  g_free(cooc->f1);
  g_free(cooc->f2);
  for (guint k = 0; k < cooc->n_maps; k++) {
    g_free(cooc->maps[k].keys);
    g_free(cooc->maps[k].counts);
  }
  g_free(cooc->maps);
  g_free(cooc);
}

/* Returns: N, the sample size (bigram positions, or the corpus size in window mode). */
guint64
mz_cooc_n(const MzCooc *cooc)
{
  return cooc->n;
}

/* Returns: R1 of @w1 (bigrams with w1 first, or the tokens in w1's windows). */
guint64
mz_cooc_f1(const MzCooc *cooc, guint32 w1)
{
  g_return_val_if_fail(w1 < cooc->n_types, 0);
  return cooc->f1[w1];
}

/* Returns: C1 of @w2 (bigrams with w2 second, or w2's corpus frequency). */
guint64
mz_cooc_f2(const MzCooc *cooc, guint32 w2)
{
  g_return_val_if_fail(w2 < cooc->n_types, 0);
  return cooc->f2[w2];
}

/**
 * mz_cooc_pairs:
 * @n_pairs: (out): how many
 *
 * Returns: (transfer full): every pair with O11 > 0, in no particular order.
 */
MzCoocPair *
mz_cooc_pairs(const MzCooc *cooc, gsize *n_pairs)
{
  gsize total = 0, n = 0;
  MzCoocPair *pairs;
  for (guint k = 0; k < cooc->n_maps; k++)
    total += cooc->maps[k].used;
  pairs = g_new(MzCoocPair, MAX(total, 1));
  for (guint k = 0; k < cooc->n_maps; k++) {
    const PairMap *m = &cooc->maps[k];
    for (gsize i = 0; i <= m->mask; i++)
      if (m->keys[i] != 0) {
        guint64 key = m->keys[i] - 1;
        pairs[n].w1 = (guint32)(key >> 32);
        pairs[n].w2 = (guint32)key;
        pairs[n].f = m->counts[i];
        n++;
      }
  }
  *n_pairs = n;
  return pairs;
}
