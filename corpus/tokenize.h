/* tokenize.h - typed tokens and sentences (spec/arabic-text.md sections 3, 4, 7) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MZ_TOKEN_WORD,    /* Arabic-script letters (with marks, tatweel, digits) */
  MZ_TOKEN_LATIN,   /* Latin-script letters (with digits) */
  MZ_TOKEN_NUMBER,  /* digits of any script with decimal/thousands separators */
  MZ_TOKEN_PUNCT,   /* punctuation; a run of one repeated character is one token */
  MZ_TOKEN_SYMBOL,  /* math, currency, other symbols */
  MZ_TOKEN_URL,     /* scheme:// or www. addresses */
  MZ_TOKEN_EMAIL,   /* local@domain.tld */
  MZ_TOKEN_HASHTAG, /* #word */
  MZ_TOKEN_MENTION, /* @handle */
  MZ_TOKEN_EMOJI,   /* one emoji sequence */
  MZ_TOKEN_OTHER,   /* letters of other scripts, stray marks, private use ... */
  MZ_TOKEN_N_TYPES
} MzTokenType;

#define MZ_TOKEN_MASK(t) (1u << (t))
#define MZ_TOKEN_MASK_ALL ((1u << MZ_TOKEN_N_TYPES) - 1)
#define MZ_TOKEN_MASK_WORDS                                                                        \
  (MZ_TOKEN_MASK(MZ_TOKEN_WORD) | MZ_TOKEN_MASK(MZ_TOKEN_LATIN) | MZ_TOKEN_MASK(MZ_TOKEN_NUMBER))

const char *mz_token_type_name(MzTokenType type);
gboolean mz_token_types_parse(const char *spec, guint *mask, GError **error);

/**
 * MzToken:
 * @start: byte offset of the token in the text given to mz_tokenizer_reset()
 * @len: length in bytes
 * @type: the token type
 * @sentence: 0-based sentence number since the last reset
 */
typedef struct {
  gsize start;
  gsize len;
  MzTokenType type;
  guint sentence;
} MzToken;

typedef enum {
  MZ_ENGINE_FAST, /* code-point class table, no allocation per token */
  MZ_ENGINE_ICU,  /* ICU UBRK_WORD boundaries refined by the same rules */
} MzEngine;

gboolean mz_engine_parse(const char *name, MzEngine *engine, GError **error);

typedef enum {
  MZ_SENTENCES_SPLIT = 0, /* terminators and blank lines end sentences */
  MZ_SENTENCES_LINES = 1, /* ... and so does every line break */
  MZ_SENTENCES_NONE = 2,  /* the whole text is one sentence */
} MzSentenceMode;

typedef struct _MzTokenizer MzTokenizer;

MzTokenizer *mz_tokenizer_new(MzEngine engine, GError **error);
void mz_tokenizer_free(MzTokenizer *tok);
void mz_tokenizer_set_sentence_mode(MzTokenizer *tok, MzSentenceMode mode);
void mz_tokenizer_set_pretokenized(MzTokenizer *tok, gboolean pretokenized);
void mz_tokenizer_reset(MzTokenizer *tok, const char *text, gsize len);
gboolean mz_tokenizer_next(MzTokenizer *tok, MzToken *token);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzTokenizer, mz_tokenizer_free)

G_END_DECLS
