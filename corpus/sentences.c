/* sentences.c - sentence boundaries over a token stream (spec/arabic-text.md section 7)
 *
 * A sentence ends after a terminator token: . ! ? and the Arabic question
 * mark U+061F, semicolon U+061B, full stop U+06D4 and triple dot U+061E (a
 * run such as "..." or "?!" is one terminator). Closing quotes and brackets
 * written right after it stay in the sentence. It does not end:
 *  - inside a number (3.5) or a URL: those are single tokens;
 *  - after a full stop that follows an abbreviation (the documented list
 *    below, and any single capital Latin letter, e.g. an initial);
 *  - after a full stop followed by a Latin word in lower case (UAX #29 SB8).
 * A blank line (two line breaks) or U+2029 always ends a sentence; a single
 * line break does too in MZ_SENTENCES_LINES mode. Hard-wrapped lines are
 * otherwise joined.
 */
#include "corpus/tokenize-private.h"

#include <string.h>

/* Abbreviations that take a full stop without ending a sentence. Arabic (as
 * UTF-8 bytes, ASCII source): d. doctor, a. professor (ustadh), s. page
 * (safha), j. part (juz'), q. before (qabl, as in q.m. BC), t. telephone,
 * h. hijri; Latin: titles and the usual scholarly ones. Meem alone (m.,
 * "AD" after a year, or engineer) is left out: it ends sentences too often. */
static const char *const abbreviations[] = {
    "\xd8\xaf",         /* U+062F dal */
    "\xd8\xa3",         /* U+0623 alef with hamza above */
    "\xd8\xb5",         /* U+0635 sad */
    "\xd8\xac",         /* U+062C jeem */
    "\xd9\x82",         /* U+0642 qaf */
    "\xd8\xaa",         /* U+062A teh */
    "\xd9\x87\xd9\x80", /* U+0647 U+0640 heh + tatweel (hijri) */
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "St",
    "Jr",
    "Sr",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "cf",
    "al",
    "Fig",
    "fig",
    "No",
    "no",
    "Vol",
    "vol",
    "pp",
    "p",
    "ed",
    "eds",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
};

void
mz_sentence_state_reset(MzSentenceState *ss, MzSentenceMode mode, gboolean ignore_newlines)
{
  memset(ss, 0, sizeof *ss);
  ss->bmp = mz_cptable_bmp();
  ss->mode = mode;
  ss->ignore_newlines = ignore_newlines;
}

/* Newlines in the gap: 0, 1, or 2 for a paragraph break. */
static int
gap_breaks(const MzCpInfo *bmp, const char *text, gsize start, gsize end)
{
  int lines = 0;
  if (end - start == 1 && text[start] == ' ')
    return 0; /* the usual gap */
  for (gsize i = start; i < end;) {
    gunichar c;
    guint n = mz_utf8_decode((const guchar *)text + i, &c);
    MzCpInfo info = mz_cptable_get(bmp, c);
    if (info.bits & MZ_CPF_PARAGRAPH)
      return 2;
    if ((info.bits & MZ_CPF_NEWLINE) && !(c == '\r' && i + 1 < end && text[i + 1] == '\n'))
      lines++;
    i += n;
  }
  return MIN(lines, 2);
}

/* Does every code point of the token have flag? */
static gboolean
all_have(const MzCpInfo *bmp, const char *text, const MzToken *t, guint flag)
{
  for (gsize i = t->start; i < t->start + t->len;) {
    gunichar c;
    guint n = mz_utf8_decode((const guchar *)text + i, &c);
    if (!(mz_cptable_get(bmp, c).bits & (flag | MZ_CPF_MODIFIER)) &&
        (mz_cptable_get(bmp, c).bits & MZ_CP_CLASS_MASK) != MZ_CP_MARK)
      return FALSE;
    i += n;
  }
  return TRUE;
}

static gboolean
is_abbreviation(const char *text, gsize start, gsize end)
{
  gsize len = end - start;
  if (len == 1 && g_ascii_isupper(text[start]))
    return TRUE;
  if (len > 4)
    return FALSE; /* longer than every entry */
  for (gsize i = 0; i < G_N_ELEMENTS(abbreviations); i++)
    if (abbreviations[i][0] == text[start] && strncmp(abbreviations[i], text + start, len) == 0 &&
        abbreviations[i][len] == '\0')
      return TRUE;
  return FALSE;
}

static gboolean
starts_lower_latin(const MzCpInfo *bmp, const char *text, const MzToken *t)
{
  gunichar c;
  mz_utf8_decode((const guchar *)text + t->start, &c);
  return t->type == MZ_TOKEN_LATIN && (mz_cptable_get(bmp, c).bits & MZ_CPF_LOWER);
}

/* What a pending terminator does before token t: 1 = the sentence ends,
 * 0 = it does not and the terminator is forgotten, -1 = wait for the next
 * token (t is a closing quote or another terminator written right after). */
static int
pending_outcome(const MzSentenceState *ss, const char *text, const MzToken *t, gboolean glued)
{
  if (t->type == MZ_TOKEN_PUNCT && glued &&
      (all_have(ss->bmp, text, t, MZ_CPF_CLOSER) || all_have(ss->bmp, text, t, MZ_CPF_TERMINATOR)))
    return -1;
  if (ss->pending_dot && starts_lower_latin(ss->bmp, text, t))
    return 0;
  return 1;
}

static void
note_terminator(MzSentenceState *ss, const char *text, const MzToken *t)
{
  gboolean dot = t->len == 1 && text[t->start] == '.';
  if (dot && ss->prev_end == t->start && ss->any && ss->prev_start < ss->prev_end &&
      (ss->prev_type == MZ_TOKEN_WORD || ss->prev_type == MZ_TOKEN_LATIN) &&
      is_abbreviation(text, ss->prev_start, ss->prev_end))
    return;
  ss->pending = TRUE;
  ss->pending_dot = text[t->start] == '.';
}

/**
 * mz_sentence_state_feed:
 * @ss: the state
 * @text: the text the token offsets refer to
 * @token: the next token
 *
 * Returns: the 0-based sentence number of @token.
 */
guint
mz_sentence_state_feed(MzSentenceState *ss, const char *text, const MzToken *token)
{
  if (ss->mode == MZ_SENTENCES_NONE)
    return 0;
  if (ss->any && !ss->pending && token->type != MZ_TOKEN_PUNCT &&
      token->start == ss->prev_end + 1 && text[ss->prev_end] == ' ') {
    ss->prev_start = token->start; /* the common case: a word after one space */
    ss->prev_end = token->start + token->len;
    ss->prev_type = token->type;
    return ss->sentence;
  }
  if (ss->any) {
    int breaks = ss->ignore_newlines ? 0 : gap_breaks(ss->bmp, text, ss->prev_end, token->start);
    int outcome = ss->pending ? pending_outcome(ss, text, token, ss->prev_end == token->start) : 0;
    if (breaks == 2 || (breaks == 1 && ss->mode == MZ_SENTENCES_LINES) || outcome == 1)
      ss->sentence++;
    if (outcome != -1)
      ss->pending = FALSE;
  }
  if (token->type == MZ_TOKEN_PUNCT && all_have(ss->bmp, text, token, MZ_CPF_TERMINATOR))
    note_terminator(ss, text, token);
  ss->any = TRUE;
  ss->prev_start = token->start;
  ss->prev_end = token->start + token->len;
  ss->prev_type = token->type;
  return ss->sentence;
}
