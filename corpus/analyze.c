/* analyze.c - one document to a stream of normalized, stemmed, filtered tokens
 *
 * The order of the steps is part of the contract (README "Normalization"):
 * decode (source) -> NFC, or NFKC with the nfkc flag, of the whole text ->
 * tokenize and split sentences -> token-level normalization (bidi, tatweel,
 * diacritics, letter folds, digits) -> stop list on the normalized form ->
 * stemming of word tokens. A token that normalization would leave empty (a
 * tatweel used as a dash, a stray mark) keeps its surface form.
 */
#include "corpus/mizan-corpus.h"

struct _MzAnalyzer {
  MzAnalyzerOptions opts;
  MzNormalizer *norm;
  MzTokenizer *tok;
  GBytes *text;      /* the prepared text of the current document */
  GArray *spans;     /* MzSentenceSpan into text, when the input gives sentences */
  MzDocument *doc;   /* borrowed */
  guint span;        /* the current span */
  guint n_sentences; /* sentences seen so far */
  guint64 n_words;   /* word, latin and number tokens seen, before any filter */
};

void
mz_analyzer_options_init(MzAnalyzerOptions *opts)
{
  opts->engine = MZ_ENGINE_FAST;
  opts->norm_flags = MZ_NORM_LIGHT;
  opts->stemmer = MZ_STEM_NONE;
  opts->stopwords = NULL;
  opts->types = MZ_TOKEN_MASK_ALL;
  opts->sentence_mode = MZ_SENTENCES_SPLIT;
}

/**
 * mz_analyzer_new:
 * @opts: the options (copied; the stop list is borrowed)
 *
 * An analyzer owns a normalizer and a tokenizer: use one per thread.
 *
 * Returns: (transfer full): a new analyzer, or %NULL on error.
 */
MzAnalyzer *
mz_analyzer_new(const MzAnalyzerOptions *opts, GError **error)
{
  g_autoptr(MzAnalyzer) an = g_new0(MzAnalyzer, 1);
  an->opts = *opts;
  an->norm = mz_normalizer_new(opts->norm_flags);
  an->tok = mz_tokenizer_new(opts->engine, error);
  if (an->tok == NULL)
    return NULL;
  an->spans = g_array_new(FALSE, FALSE, sizeof(MzSentenceSpan));
  return g_steal_pointer(&an);
}

void
mz_analyzer_free(MzAnalyzer *an)
{
  if (an == NULL)
    return;
  mz_normalizer_free(an->norm);
  mz_tokenizer_free(an->tok);
  g_clear_pointer(&an->text, g_bytes_unref);
  if (an->spans != NULL)
    g_array_unref(an->spans);
  g_free(an);
}

/* Returns: (transfer none): the analyzer's normalizer (for stop lists, nodes). */
MzNormalizer *
mz_analyzer_get_normalizer(MzAnalyzer *an)
{
  return an->norm;
}

/* The given sentences, each prepared (NFC/NFKC) on its own, joined by '\n'. */
static GBytes *
prepare_spans(MzAnalyzer *an, const MzDocument *doc, GError **error)
{
  g_autoptr(GString) out = g_string_sized_new(doc->len + 16);
  for (guint i = 0; i < doc->sentences->len; i++) {
    const MzSentenceSpan *s = &g_array_index(doc->sentences, MzSentenceSpan, i);
    g_autoptr(GBytes) in = g_bytes_new_static(doc->data + s->start, s->len);
    g_autoptr(GBytes) prepared = mz_normalizer_prepare_text(an->norm, in, error);
    MzSentenceSpan span = {out->len, 0, s->id};
    gsize n;
    const char *p;
    if (prepared == NULL)
      return NULL;
    p = g_bytes_get_data(prepared, &n);
    g_string_append_len(out, p, (gssize)n);
    span.len = n;
    g_array_append_val(an->spans, span);
    g_string_append_c(out, '\n');
  }
  return g_string_free_to_bytes(g_steal_pointer(&out));
}

static void
start_span(MzAnalyzer *an)
{
  gsize len;
  const char *data = g_bytes_get_data(an->text, &len);
  if (an->spans->len == 0) {
    mz_tokenizer_reset(an->tok, data, len);
    return;
  }
  const MzSentenceSpan *s = &g_array_index(an->spans, MzSentenceSpan, an->span);
  mz_tokenizer_reset(an->tok, data + s->start, s->len);
}

/**
 * mz_analyzer_begin:
 * @an: an analyzer
 * @doc: (transfer none): the document, which must outlive the iteration
 *
 * Prepares @doc's text and starts its token stream.
 */
gboolean
mz_analyzer_begin(MzAnalyzer *an, MzDocument *doc, GError **error)
{
  g_clear_pointer(&an->text, g_bytes_unref);
  g_array_set_size(an->spans, 0);
  an->doc = doc;
  an->span = 0;
  an->n_sentences = 0;
  an->n_words = 0;
  if (doc->sentences != NULL && doc->sentences->len > 0)
    an->text = prepare_spans(an, doc, error);
  else
    an->text = mz_normalizer_prepare_text(an->norm, doc->text, error);
  if (an->text == NULL)
    return FALSE;
  mz_tokenizer_set_pretokenized(an->tok, doc->pretokenized);
  mz_tokenizer_set_sentence_mode(an->tok,
                                 an->spans->len > 0 ? MZ_SENTENCES_NONE : an->opts.sentence_mode);
  start_span(an);
  return TRUE;
}

/* The next token of the text, across the given sentences. */
static gboolean
next_raw(MzAnalyzer *an, MzToken *t)
{
  while (!mz_tokenizer_next(an->tok, t)) {
    if (an->spans->len == 0 || an->span + 1 >= an->spans->len)
      return FALSE;
    an->span++;
    start_span(an);
  }
  if (an->spans->len > 0) {
    t->start += g_array_index(an->spans, MzSentenceSpan, an->span).start;
    t->sentence = an->span;
  }
  an->n_sentences = MAX(an->n_sentences, t->sentence + 1);
  if (MZ_TOKEN_MASK(t->type) & MZ_TOKEN_MASK_WORDS)
    an->n_words++;
  return TRUE;
}

static void
fill_forms(MzAnalyzer *an, MzTokenInfo *info)
{
  gsize start = 0;
  info->norm = mz_normalizer_apply(an->norm, info->surface, info->surface_len, &info->norm_len);
  if (info->norm_len == 0) {
    info->norm = info->surface;
    info->norm_len = info->surface_len;
  }
  info->stem = info->norm;
  info->stem_len = info->norm_len;
  if (an->opts.stemmer != MZ_STEM_NONE && info->token.type == MZ_TOKEN_WORD) {
    mz_stem(an->opts.stemmer, info->norm, info->norm_len, &start, &info->stem_len);
    info->stem = info->norm + start;
  }
}

/**
 * mz_analyzer_next:
 * @an: an analyzer after mz_analyzer_begin()
 * @info: (out): the next token that passes the type mask and the stop list
 *
 * Returns: %FALSE at the end of the document.
 */
gboolean
mz_analyzer_next(MzAnalyzer *an, MzTokenInfo *info)
{
  const char *text = g_bytes_get_data(an->text, NULL);
  while (next_raw(an, &info->token)) {
    if (!(an->opts.types & MZ_TOKEN_MASK(info->token.type)))
      continue;
    info->surface = text + info->token.start;
    info->surface_len = info->token.len;
    fill_forms(an, info);
    if (an->opts.stopwords != NULL &&
        mz_stopwords_contains(an->opts.stopwords, info->norm, info->norm_len))
      continue;
    info->sentence_id =
        an->spans->len > 0 ? g_array_index(an->spans, MzSentenceSpan, an->span).id : NULL;
    return TRUE;
  }
  return FALSE;
}

/* Returns: (transfer none): the prepared text that token offsets refer to. */
const char *
mz_analyzer_text(const MzAnalyzer *an, gsize *len)
{
  return an->text != NULL ? g_bytes_get_data(an->text, len) : NULL;
}

/* Returns: the number of sentences of the current document seen so far. */
guint
mz_analyzer_n_sentences(const MzAnalyzer *an)
{
  return an->n_sentences;
}

/* Returns: the word, latin and number tokens of the current document seen
 * so far, counted before the type mask and the stop list. */
guint64
mz_analyzer_n_words(const MzAnalyzer *an)
{
  return an->n_words;
}
