/* kwic.c - concordance: cutting the context of each node into KWIC lines, in corpus order or
 * sorted (L1, R1); kwic-match.c finds the nodes */
#include "corpus/mizan-corpus.h"
#include "corpus/kwic-private.h"

#include <string.h>

#include <unicode/ucol.h>

/* How often (tokens) history is trimmed, and the least it drops. */
#define HISTORY_TRIM 4096

typedef struct {
  gsize start, end;
  guint sentence;
} HistTok;

typedef struct {
  MzKwicLine line; /* strings in the chunk */
  const char *key; /* sorted concordances: the levels' collation keys */
  gsize key_len;
  guint64 seq;
} Rec;

struct _MzKwic {
  MzKwicOptions opts;
  guint depth; /* tokens looked at on each side: width, at least 1 for sort keys */
  const MzKwicMatcher *matcher;
  MzNormalizer *norm;
  UCollator *coll;
  const char *text, *doc;
  char *doc_id;
  /* hist: HistTok of the tokens base, base + 1 ...; pending: guint64 indices
   * of nodes waiting for their right context, from pending_head; recs: Rec */
  GArray *hist, *pending, *recs;
  guint64 base, n_tokens, n_lines;
  guint pending_head;
  GStringChunk *chunk;
  GString *scratch;
  guint next_out;
  gboolean finished;
  MzBuf16 u16;
};

void
mz_kwic_options_init(MzKwicOptions *opts)
{
  *opts = (MzKwicOptions){.width = 5, .sort = MZ_KWIC_SORT_DOC, .norm_flags = MZ_NORM_LIGHT};
}

/**
 * mz_kwic_new:
 * @opts: the options (copied)
 * @matcher: (transfer none): finds the nodes; must outlive the #MzKwic
 *
 * Sorting compares normalized forms with the ICU collator of the "ar"
 * locale (CLDR Arabic alphabetical order).
 *
 * Returns: (transfer full): a concordancer, or %NULL if the collator fails.
 */
MzKwic *
mz_kwic_new(const MzKwicOptions *opts, const MzKwicMatcher *matcher, GError **error)
{
  g_autoptr(MzKwic) k = g_new0(MzKwic, 1);
  UErrorCode status = U_ZERO_ERROR;
  g_return_val_if_fail(opts != NULL && matcher != NULL, NULL);
  k->opts = *opts;
  k->matcher = matcher;
  k->depth = opts->sort == MZ_KWIC_SORT_DOC ? opts->width : MAX(opts->width, 1);
  k->hist = g_array_new(FALSE, FALSE, sizeof(HistTok));
  k->pending = g_array_new(FALSE, FALSE, sizeof(guint64));
  k->recs = g_array_new(FALSE, FALSE, sizeof(Rec));
  k->chunk = g_string_chunk_new(4096);
  k->scratch = g_string_new(NULL);
  if (opts->sort == MZ_KWIC_SORT_DOC)
    return g_steal_pointer(&k);
  k->norm = mz_normalizer_new(opts->norm_flags);
  k->coll = ucol_open("ar", &status);
  if (U_SUCCESS(status))
    return g_steal_pointer(&k);
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
              "cannot open the ICU collator for 'ar': %s", u_errorName(status));
  return NULL;
}

void
mz_kwic_free(MzKwic *k)
{
  if (k == NULL)
    return;
  g_clear_pointer(&k->coll, ucol_close);
  mz_normalizer_free(k->norm);
  g_free(k->doc_id);
  g_clear_pointer(&k->hist, g_array_unref);
  g_clear_pointer(&k->pending, g_array_unref);
  g_clear_pointer(&k->recs, g_array_unref);
  g_clear_pointer(&k->chunk, g_string_chunk_free);
  g_string_free(k->scratch, TRUE);
  g_free(k->u16.buf);
  g_free(k);
}

/**
 * mz_kwic_begin:
 * @doc_id: the document id (copied)
 * @text: (transfer none): mz_analyzer_text() of the document, valid until
 *   mz_kwic_end(); context never crosses documents
 */
void
mz_kwic_begin(MzKwic *k, const char *doc_id, const char *text)
{
  g_return_if_fail(!k->finished && text != NULL);
  g_free(k->doc_id);
  k->doc_id = g_strdup(doc_id);
  k->doc = NULL;
  k->text = text;
  g_array_set_size(k->hist, 0);
  g_array_set_size(k->pending, 0);
  k->pending_head = 0;
  k->base = k->n_tokens = 0;
}

static const HistTok *
tok_at(const MzKwic *k, guint64 i)
{
  return &g_array_index(k->hist, HistTok, i - k->base);
}

/* Can token i be context of a node in sentence s? */
static gboolean
in_reach(const MzKwic *k, guint64 i, guint s)
{
  return !k->opts.within_sentence || tok_at(k, i)->sentence == s;
}

/* The cleaned text from offset a to b, copied into the chunk. */
static const char *
cell(MzKwic *k, gsize a, gsize b, gsize *len)
{
  g_string_truncate(k->scratch, 0);
  mz_kwic_append_clean(k->scratch, k->text + a, b - a);
  *len = k->scratch->len;
  return g_string_chunk_insert_len(k->chunk, k->scratch->str, (gssize)k->scratch->len);
}

/* Appends the collation key of token i's normalized form, NUL included. */
static void
append_key(MzKwic *k, guint64 i)
{
  const HistTok *t = tok_at(k, i);
  gsize n8 = 0, at = k->scratch->len;
  const char *s = mz_normalizer_apply(k->norm, k->text + t->start, t->end - t->start, &n8);
  int32_t n16, nk = 64;
  if (n8 == 0) /* the analyzer keeps the surface when the norm would be empty */
    s = k->text + t->start, n8 = t->end - t->start;
  n16 = mz_buf16_set(&k->u16, s, n8);
  do {
    g_string_set_size(k->scratch, at + (gsize)nk);
    nk = ucol_getSortKey(k->coll, k->u16.buf, n16, (uint8_t *)k->scratch->str + at, nk);
  } while (at + (gsize)nk > k->scratch->len);
  g_string_set_size(k->scratch, at + (gsize)nk);
}

/* The sort key: one collation key per level (L1, L2 ... or R1, R2 ...); a
 * level without a token is a lone NUL, which sorts before every key. */
static void
set_key(MzKwic *k, Rec *r, guint64 n, guint64 lo, guint64 hi)
{
  gboolean left = k->opts.sort == MZ_KWIC_SORT_L1;
  g_string_truncate(k->scratch, 0);
  for (guint level = 1; level <= k->depth; level++) {
    if (left ? n - lo >= level : hi - n >= level)
      append_key(k, left ? n - level : n + level);
    else
      g_string_append_c(k->scratch, '\0');
  }
  r->key_len = k->scratch->len;
  r->key = g_string_chunk_insert_len(k->chunk, k->scratch->str, (gssize)k->scratch->len);
}

/* Records the line of node n; the tokens up to last (inclusive) are known. */
static void
complete(MzKwic *k, guint64 n, guint64 last)
{
  const HistTok *node = tok_at(k, n);
  Rec r = {.seq = k->n_lines++};
  guint64 lo = n, hi = n, cl, ch;
  while (lo > k->base && n - lo < k->depth && in_reach(k, lo - 1, node->sentence))
    lo--;
  while (hi < last && hi - n < k->depth && in_reach(k, hi + 1, node->sentence))
    hi++;
  cl = n - MIN(n - lo, k->opts.width); /* the cells show width tokens, keys may go further */
  ch = n + MIN(hi - n, k->opts.width);
  if (k->doc == NULL)
    k->doc = g_string_chunk_insert(k->chunk, k->doc_id);
  r.line.doc = k->doc;
  r.line.sentence = node->sentence + 1;
  r.line.position = n + 1;
  r.line.left = cell(k, tok_at(k, cl)->start, node->start, &r.line.left_len);
  r.line.node = cell(k, node->start, node->end, &r.line.node_len);
  r.line.right = cell(k, node->end, tok_at(k, ch)->end, &r.line.right_len);
  if (k->coll != NULL)
    set_key(k, &r, n, lo, hi);
  g_array_append_val(k->recs, r);
}

/* Drops the history that no waiting node can reach any more. */
static void
trim_history(MzKwic *k)
{
  guint64 keep = k->pending_head < k->pending->len
                     ? g_array_index(k->pending, guint64, k->pending_head)
                     : k->n_tokens;
  keep = keep > k->depth ? keep - k->depth : 0;
  if (keep < k->base + HISTORY_TRIM)
    return;
  g_array_remove_range(k->hist, 0, (guint)(keep - k->base));
  k->base = keep;
  g_array_remove_range(k->pending, 0, k->pending_head);
  k->pending_head = 0;
}

/**
 * mz_kwic_add:
 * @info: the document's next token from mz_analyzer_next() (each counts)
 *
 * Completes the lines whose right context is now known. Cells are cut from
 * the text: left from the first of the @width tokens before the node to
 * the node, right from the node to the last of the @width tokens after it
 * (tokens of the node's sentence only, with @within_sentence), node the
 * token as written; each cleaned by mz_kwic_append_clean().
 */
void
mz_kwic_add(MzKwic *k, const MzTokenInfo *info)
{
  g_return_if_fail(k->text != NULL);
  HistTok t = {info->token.start, info->token.start + info->token.len, info->token.sentence};
  guint64 i = k->n_tokens++;
  g_array_append_val(k->hist, t);
  if (mz_kwic_matcher_match(k->matcher, info))
    g_array_append_val(k->pending, i);
  while (k->pending_head < k->pending->len) {
    guint64 n = g_array_index(k->pending, guint64, k->pending_head);
    if (i - n < k->depth && in_reach(k, i, tok_at(k, n)->sentence))
      break;
    complete(k, n, i);
    k->pending_head++;
  }
  if ((i & (HISTORY_TRIM - 1)) == 0)
    trim_history(k);
}

/* Ends the document: the nodes still waiting get the context there is. */
void
mz_kwic_end(MzKwic *k)
{
  for (; k->pending_head < k->pending->len; k->pending_head++)
    complete(k, g_array_index(k->pending, guint64, k->pending_head), k->n_tokens - 1);
  k->text = NULL;
}

/* Keys, then corpus order. Every key holds depth NULs, one per level, so
 * neither of two keys is a proper prefix of the other. */
static gint
compare_recs(gconstpointer a, gconstpointer b)
{
  const Rec *x = a, *y = b;
  int c = memcmp(x->key, y->key, MIN(x->key_len, y->key_len));
  return c != 0 ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* After the last document: sorts the lines (L1, R1), which a sorted
 * concordance gives only after this; in corpus order they come as found. */
void
mz_kwic_finish(MzKwic *k)
{
  if (k->coll != NULL)
    g_array_sort(k->recs, compare_recs);
  k->finished = TRUE;
}

/**
 * mz_kwic_next_line:
 * @line: (out): the next line, valid until the next call on @k
 *
 * Returns: %FALSE when no line is ready (call again after more tokens, or
 * after mz_kwic_finish()).
 */
gboolean
mz_kwic_next_line(MzKwic *k, MzKwicLine *line)
{
  if (k->coll != NULL && !k->finished)
    return FALSE;
  if (k->next_out < k->recs->len) {
    *line = g_array_index(k->recs, Rec, k->next_out++).line;
    return TRUE;
  }
  g_array_set_size(k->recs, 0); /* everything was read: reuse the memory */
  g_string_chunk_clear(k->chunk);
  k->doc = NULL;
  k->next_out = 0;
  return FALSE;
}
