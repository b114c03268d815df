/* tokenize-private.h - the scanner, the ICU engine and sentence state (private to corpus/) */
#pragma once

#include "corpus/mizan-corpus.h"
#include "corpus/cptable.h"

G_BEGIN_DECLS

/* The fast scanner: tokens of text[start, end), offsets absolute. */
typedef struct {
  const guchar *text;
  gsize pos;
  gsize end;
  const MzCpInfo *bmp;
  gboolean specials; /* try URL, e-mail, hashtag and mention at token starts */
} MzScanner;

void mz_scanner_init(MzScanner *sc, const char *text, gsize start, gsize end, gboolean specials);
gboolean mz_scanner_next(MzScanner *sc, MzToken *token);
gsize mz_scanner_skip_gap(const MzScanner *sc, gsize pos);
gsize mz_scan_special(const MzScanner *sc, gsize pos, MzTokenType *type);
MzTokenType mz_scan_pretokenized_type(const char *text, gsize start, gsize end);

/* UAX #29 word boundaries from ICU, refined by the scanner (tokenize-icu.c). */
typedef struct _MzIcuWords MzIcuWords;

MzIcuWords *mz_icu_words_new(GError **error);
void mz_icu_words_free(MzIcuWords *w);
void mz_icu_words_reset(MzIcuWords *w, const char *text, gsize len);
gboolean mz_icu_words_next(MzIcuWords *w, MzToken *token);

/* Sentence boundaries over a token stream (sentences.c). */
typedef struct {
  const MzCpInfo *bmp;
  MzSentenceMode mode;
  gboolean ignore_newlines; /* pretokenized text: newlines separate tokens only */
  guint sentence;
  gboolean any;         /* the current sentence has a token */
  gboolean pending;     /* a terminator was seen: break before the next token */
  gboolean pending_dot; /* ... and it was a full stop */
  gsize prev_start, prev_end;
  MzTokenType prev_type;
} MzSentenceState;

void mz_sentence_state_reset(MzSentenceState *ss, MzSentenceMode mode, gboolean ignore_newlines);
guint mz_sentence_state_feed(MzSentenceState *ss, const char *text, const MzToken *token);

G_END_DECLS
