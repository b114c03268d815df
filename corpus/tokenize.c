/* tokenize.c - the MzTokenizer: one API over the fast and the ICU engine */
#include "corpus/tokenize-private.h"

#include <string.h>

struct _MzTokenizer {
  MzEngine engine;
  MzSentenceMode mode;
  gboolean pretokenized;
  const char *text;
  gsize len;
  gsize pos; /* pretokenized: the next line */
  MzScanner scanner;
  MzIcuWords *icu;
  MzSentenceState sentences;
};

static const char *const type_names[MZ_TOKEN_N_TYPES] = {
    "word",  "latin",   "number",  "punct", "symbol", "url",
    "email", "hashtag", "mention", "emoji", "other",
};

const char *
mz_token_type_name(MzTokenType type)
{
  g_return_val_if_fail(type < MZ_TOKEN_N_TYPES, "other");
  return type_names[type];
}

/**
 * mz_token_types_parse:
 * @spec: "all", or a comma-separated list of type names
 * @mask: (out): a mask of MZ_TOKEN_MASK() bits
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT for an unknown type.
 */
gboolean
mz_token_types_parse(const char *spec, guint *mask, GError **error)
{
  g_auto(GStrv) items = g_strsplit(spec, ",", -1);
  guint result = 0;
  for (char **p = items; *p != NULL; p++) {
    const char *item = g_strstrip(*p);
    gboolean found = FALSE;
    if (strcmp(item, "all") == 0) {
      result |= MZ_TOKEN_MASK_ALL;
      continue;
    }
    for (guint t = 0; t < MZ_TOKEN_N_TYPES && !found; t++)
      if (strcmp(item, type_names[t]) == 0) {
        result |= MZ_TOKEN_MASK(t);
        found = TRUE;
      }
    if (!found && item[0] != '\0') {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                  "unknown token type '%s' (choose from all, word, latin, number, punct, symbol, "
                  "url, email, hashtag, mention, emoji, other)",
                  item);
      return FALSE;
    }
  }
  if (result == 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT, "no token types given");
    return FALSE;
  }
  *mask = result;
  return TRUE;
}

gboolean
mz_engine_parse(const char *name, MzEngine *engine, GError **error)
{
  if (strcmp(name, "fast") == 0)
    *engine = MZ_ENGINE_FAST;
  else if (strcmp(name, "icu") == 0)
    *engine = MZ_ENGINE_ICU;
  else {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "unknown tokenizer engine '%s' (choose from fast, icu)", name);
    return FALSE;
  }
  return TRUE;
}

/**
 * mz_tokenizer_new:
 * @engine: which engine finds the words
 *
 * Returns: (transfer full): a tokenizer, or %NULL if ICU cannot open its
 * word break iterator.
 */
MzTokenizer *
mz_tokenizer_new(MzEngine engine, GError **error)
{
  g_autoptr(MzTokenizer) tok = g_new0(MzTokenizer, 1);
  tok->engine = engine;
  tok->mode = MZ_SENTENCES_SPLIT;
  if (engine == MZ_ENGINE_ICU && (tok->icu = mz_icu_words_new(error)) == NULL)
    return NULL;
  mz_tokenizer_reset(tok, "", 0);
  return g_steal_pointer(&tok);
}

void
mz_tokenizer_free(MzTokenizer *tok)
{
  if (tok == NULL)
    return;
  if (tok->icu != NULL)
    mz_icu_words_free(tok->icu);
  g_free(tok);
}

void
mz_tokenizer_set_sentence_mode(MzTokenizer *tok, MzSentenceMode mode)
{
  tok->mode = mode;
}

/* Pretokenized text has one token per line (vertical input). */
void
mz_tokenizer_set_pretokenized(MzTokenizer *tok, gboolean pretokenized)
{
  tok->pretokenized = pretokenized;
}

/**
 * mz_tokenizer_reset:
 * @tok: a tokenizer
 * @text: (transfer none): valid UTF-8 that must outlive the iteration
 * @len: its length in bytes
 *
 * Starts a new text: offsets and sentence numbers start again from 0.
 */
void
mz_tokenizer_reset(MzTokenizer *tok, const char *text, gsize len)
{
  tok->text = text;
  tok->len = len;
  tok->pos = 0;
  mz_scanner_init(&tok->scanner, text, 0, len, TRUE);
  if (tok->icu != NULL && !tok->pretokenized)
    mz_icu_words_reset(tok->icu, text, len);
  mz_sentence_state_reset(&tok->sentences, tok->mode, tok->pretokenized);
}

/* The type of a whole given token, from the tokens the scanner finds in it. */
MzTokenType
mz_scan_pretokenized_type(const char *text, gsize start, gsize end)
{
  MzScanner sc;
  MzToken t;
  guint seen = 0, n = 0;
  MzTokenType first = MZ_TOKEN_OTHER;
  mz_scanner_init(&sc, text, start, end, TRUE);
  while (mz_scanner_next(&sc, &t)) {
    if (n++ == 0)
      first = t.type;
    seen |= MZ_TOKEN_MASK(t.type);
  }
  if (n > 1) {
    static const MzTokenType order[] = {MZ_TOKEN_WORD, MZ_TOKEN_LATIN, MZ_TOKEN_NUMBER};
    for (gsize i = 0; i < G_N_ELEMENTS(order); i++)
      if (seen & MZ_TOKEN_MASK(order[i]))
        return order[i];
  }
  return first;
}

static gboolean
next_pretokenized(MzTokenizer *tok, MzToken *token)
{
  while (tok->pos < tok->len) {
    const char *nl = memchr(tok->text + tok->pos, '\n', tok->len - tok->pos);
    gsize end = nl != NULL ? (gsize)(nl - tok->text) : tok->len;
    gsize start = tok->pos, stop = end;
    tok->pos = nl != NULL ? end + 1 : tok->len;
    if (stop > start && tok->text[stop - 1] == '\r')
      stop--;
    if (stop == start)
      continue;
    token->start = start;
    token->len = stop - start;
    token->type = mz_scan_pretokenized_type(tok->text, start, stop);
    return TRUE;
  }
  return FALSE;
}

/**
 * mz_tokenizer_next:
 * @tok: a tokenizer
 * @token: (out): the next token, with its sentence number
 *
 * Returns: %FALSE at the end of the text.
 */
gboolean
mz_tokenizer_next(MzTokenizer *tok, MzToken *token)
{
  gboolean more;
  if (tok->pretokenized)
    more = next_pretokenized(tok, token);
  else if (tok->engine == MZ_ENGINE_ICU)
    more = mz_icu_words_next(tok->icu, token);
  else
    more = mz_scanner_next(&tok->scanner, token);
  if (more)
    token->sentence = mz_sentence_state_feed(&tok->sentences, tok->text, token);
  return more;
}
