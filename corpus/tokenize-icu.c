/* tokenize-icu.c - the reference engine: ICU's UAX #29 word boundaries
 *
 * ICU finds the word boundaries (UBRK_WORD on the UTF-8 text, no copy);
 * inside each segment the scanner applies Mizan's refinements (script
 * changes, Arabic full stops, digit lists with U+060C), so this engine can
 * only split more finely than UAX #29, never join across its boundaries.
 * URLs, e-mail addresses, hashtags and mentions, which UAX #29 cuts up, are
 * recognised first at every token start, exactly as the fast engine does,
 * and may run past the segment they start in.
 */
#include "corpus/tokenize-private.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct _MzIcuWords {
  UBreakIterator *bi;
  UText *ut;
  const char *text;
  gsize len;
  gsize pos;         /* everything before pos has been handed out */
  MzScanner segment; /* the current segment, refined */
};

MzIcuWords *
mz_icu_words_new(GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  MzIcuWords *w = g_new0(MzIcuWords, 1);
  w->bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &status);
  if (U_FAILURE(status)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                "cannot open ICU's word break iterator: %s", u_errorName(status));
    g_free(w);
    return NULL;
  }
  return w;
}

void
mz_icu_words_free(MzIcuWords *w)
{
  if (w == NULL)
    return;
  ubrk_close(w->bi);
  if (w->ut != NULL)
    utext_close(w->ut);
  g_free(w);
}

void
mz_icu_words_reset(MzIcuWords *w, const char *text, gsize len)
{
  UErrorCode status = U_ZERO_ERROR;
  w->text = text;
  w->len = len;
  w->pos = 0;
  w->ut = utext_openUTF8(w->ut, text, (int64_t)len, &status);
  ubrk_setUText(w->bi, w->ut, &status);
  g_assert(U_SUCCESS(status)); /* cannot fail on valid, opened objects */
  mz_scanner_init(&w->segment, text, 0, 0, FALSE);
}

/* The first boundary after pos (UTF-8 offsets: the UText is UTF-8). */
static gsize
boundary_after(MzIcuWords *w, gsize pos)
{
  int32_t b = ubrk_following(w->bi, (int32_t)pos);
  return b == UBRK_DONE ? w->len : (gsize)b;
}

/* A URL, e-mail, hashtag or mention at the segment's next token start, matched
 * against the whole text (it may run past the segment), or 0. */
static gsize
special_in_segment(MzIcuWords *w, gsize *start, MzTokenType *type)
{
  MzScanner whole;
  *start = mz_scanner_skip_gap(&w->segment, w->segment.pos);
  if (*start >= w->segment.end)
    return 0;
  mz_scanner_init(&whole, w->text, *start, w->len, TRUE);
  return mz_scan_special(&whole, *start, type);
}

gboolean
mz_icu_words_next(MzIcuWords *w, MzToken *token)
{
  for (;;) {
    MzScanner whole;
    gsize start, end;
    MzTokenType type;
    end = special_in_segment(w, &start, &type);
    if (end > 0) {
      token->start = start;
      token->len = end - start;
      token->type = type;
      token->sentence = 0;
      w->pos = end;
      mz_scanner_init(&w->segment, w->text, end, end, FALSE);
      return TRUE;
    }
    if (mz_scanner_next(&w->segment, token)) {
      w->pos = token->start + token->len;
      return TRUE;
    }
    mz_scanner_init(&whole, w->text, w->pos, w->len, FALSE);
    start = mz_scanner_skip_gap(&whole, MAX(w->pos, w->segment.end));
    if (start >= w->len)
      return FALSE;
    mz_scanner_init(&w->segment, w->text, start, boundary_after(w, start), FALSE);
  }
}
