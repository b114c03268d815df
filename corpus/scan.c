/* scan.c - the fast tokenizer: one pass over UTF-8 with a code-point class table
 *
 * Rules (README "Tokens"; spec/arabic-text.md section 4). A word is a run of
 * letters and digits with their marks; invisible format characters (ZWNJ,
 * ZWJ, bidi controls) stay inside a word but never start or end one; ZWSP
 * and every White_Space character separate. The run is cut where the letters
 * change script (Arabic, Latin, other), so "abc" and an Arabic word written
 * together are two tokens. Digits join letters both ways (UAX #29 WB9/10:
 * a year with its era letter is one token). Inside a run, . , U+066B U+066C
 * join two digits (WB11/12); ' . U+2019 and the other MidLetter characters
 * join two Latin letters only (WB6/7), so a missing space after an Arabic
 * full stop still splits; connectors such as _ join (WB13a/b).
 */
#include "corpus/tokenize-private.h"

#include <string.h>

#define MZ_CP_ZWJ 0x200D

enum { SCRIPT_NONE, SCRIPT_ARABIC, SCRIPT_LATIN, SCRIPT_OTHER };

typedef struct {
  gunichar c;
  guint n;
  guint bits;
} Cp;

static inline Cp
cp_at(const MzScanner *sc, gsize pos)
{
  Cp cp;
  MzCpInfo info;
  cp.n = mz_utf8_decode(sc->text + pos, &cp.c);
  info = mz_cptable_get(sc->bmp, cp.c);
  cp.bits = info.bits;
  return cp;
}

static inline guint
cls_of(guint bits)
{
  return bits & MZ_CP_CLASS_MASK;
}

void
mz_scanner_init(MzScanner *sc, const char *text, gsize start, gsize end, gboolean specials)
{
  sc->text = (const guchar *)text;
  sc->pos = start;
  sc->end = end;
  sc->bmp = mz_cptable_bmp();
  sc->specials = specials;
}

/* Past white space and invisible format characters. */
gsize
mz_scanner_skip_gap(const MzScanner *sc, gsize pos)
{
  while (pos < sc->end) {
    Cp cp;
    if (sc->text[pos] == ' ' || sc->text[pos] == '\n') {
      pos++;
      continue;
    }
    cp = cp_at(sc, pos);
    if (cls_of(cp.bits) != MZ_CP_SPACE && cls_of(cp.bits) != MZ_CP_FORMAT)
      break;
    pos += cp.n;
  }
  return pos;
}

/* Marks (and format characters followed by a mark) after pos. */
static gsize
skip_marks(const MzScanner *sc, gsize pos)
{
  gsize end = pos;
  while (pos < sc->end) {
    Cp cp = cp_at(sc, pos);
    if (cls_of(cp.bits) == MZ_CP_MARK)
      end = pos + cp.n;
    else if (cls_of(cp.bits) != MZ_CP_FORMAT)
      break;
    pos += cp.n;
  }
  return end;
}

static int
script_of(guint cls)
{
  switch (cls) {
  case MZ_CP_LETTER_AR:
    return SCRIPT_ARABIC;
  case MZ_CP_LETTER_LATIN:
    return SCRIPT_LATIN;
  default:
    return SCRIPT_OTHER;
  }
}

typedef struct {
  int script;       /* of the letters so far */
  gboolean arabic;  /* an Arabic letter other than tatweel */
  gboolean tatweel; /* tatweel */
  gboolean digit;
  gboolean last_digit; /* the last letter-or-digit was a digit */
} Run;

/* May the joiner at pos (already known to be punctuation) stay inside the run? */
static gboolean
joiner_continues(const MzScanner *sc, const Run *run, Cp joiner, gsize next)
{
  Cp after;
  if (joiner.bits & MZ_CPF_CONNECTOR)
    return TRUE;
  if (next >= sc->end)
    return FALSE;
  after = cp_at(sc, next);
  if ((joiner.bits & MZ_CPF_NUMSEP) && run->last_digit)
    return cls_of(after.bits) == MZ_CP_DIGIT;
  if ((joiner.bits & MZ_CPF_MIDLETTER) && !run->last_digit && run->script == SCRIPT_LATIN)
    return cls_of(after.bits) == MZ_CP_LETTER_LATIN;
  return FALSE;
}

static MzTokenType
run_type(const Run *run)
{
  if (run->arabic)
    return MZ_TOKEN_WORD;
  if (run->script == SCRIPT_LATIN)
    return MZ_TOKEN_LATIN;
  if (run->script == SCRIPT_OTHER)
    return MZ_TOKEN_OTHER;
  if (run->digit)
    return MZ_TOKEN_NUMBER;
  return run->tatweel ? MZ_TOKEN_PUNCT : MZ_TOKEN_NUMBER;
}

/* Past Arabic letters (not tatweel) and marks written in two-byte UTF-8:
 * the bulk of Arabic text, checked without the general loop. Only called
 * while the run has no letters of another script. */
static inline gsize
skip_arabic_2byte(const MzScanner *sc, gsize pos, Run *run)
{
  const guchar *t = sc->text;
  const MzCpInfo *bmp = sc->bmp;
  const gsize end = sc->end;
  gboolean letters = FALSE;
  while (pos + 1 < end && (t[pos] & 0xe0) == 0xc0) {
    gunichar c = ((gunichar)(t[pos] & 0x1f) << 6) | (t[pos + 1] & 0x3f);
    guint cls = bmp[c].bits & MZ_CP_CLASS_MASK;
    if (cls == MZ_CP_LETTER_AR && c != 0x0640)
      letters = TRUE;
    else if (cls != MZ_CP_MARK)
      break;
    pos += 2;
  }
  if (letters) {
    run->script = SCRIPT_ARABIC;
    run->arabic = TRUE;
    run->last_digit = FALSE;
  }
  return pos;
}

/* A run of letters and digits from pos; returns its end. */
static gsize
scan_alnum(const MzScanner *sc, gsize pos, MzTokenType *type)
{
  Run run = {SCRIPT_NONE, FALSE, FALSE, FALSE, FALSE};
  gsize end = pos;
  while (pos < sc->end) {
    Cp cp;
    guint cls;
    gsize fast = run.script == SCRIPT_NONE || run.script == SCRIPT_ARABIC
                     ? skip_arabic_2byte(sc, pos, &run)
                     : pos;
    if (fast > pos) {
      pos = end = fast;
      continue;
    }
    cp = cp_at(sc, pos);
    cls = cls_of(cp.bits);
    if (cls == MZ_CP_LETTER_AR || cls == MZ_CP_LETTER_LATIN || cls == MZ_CP_LETTER_OTHER) {
      int script = script_of(cls);
      gboolean tatweel = cp.c == 0x0640;
      if (run.script != SCRIPT_NONE && script != run.script && !tatweel)
        break;
      if (!tatweel)
        run.script = script;
      run.arabic |= script == SCRIPT_ARABIC && !tatweel;
      run.tatweel |= tatweel;
      run.last_digit = FALSE;
    } else if (cls == MZ_CP_DIGIT) {
      run.digit = run.last_digit = TRUE;
    } else if (cls == MZ_CP_FORMAT) {
      pos += cp.n; /* kept only if the run goes on after it */
      continue;
    } else if (cls == MZ_CP_PUNCT && joiner_continues(sc, &run, cp, pos + cp.n)) {
      if (!(cp.bits & MZ_CPF_CONNECTOR)) {
        pos += cp.n; /* the letter or digit after it ends the run */
        continue;
      }
    } else if (cls != MZ_CP_MARK) {
      break;
    }
    pos += cp.n;
    end = pos;
  }
  *type = run_type(&run);
  return end;
}

/* An emoji sequence: base (modifier | VS16 | keycap | tag)* (ZWJ base ...)*. */
static gsize
scan_emoji(const MzScanner *sc, gsize pos)
{
  while (pos < sc->end) {
    Cp cp = cp_at(sc, pos);
    if (cp.bits & MZ_CPF_MODIFIER) {
      pos += cp.n;
    } else if (cp.c == MZ_CP_ZWJ && pos + cp.n < sc->end) {
      Cp next = cp_at(sc, pos + cp.n);
      if (cls_of(next.bits) != MZ_CP_EMOJI && cls_of(next.bits) != MZ_CP_PICTO)
        break;
      pos += cp.n + next.n;
    } else {
      break;
    }
  }
  return pos;
}

/* One token of a class that is neither letter nor digit, starting at pos. */
static gsize
scan_other(const MzScanner *sc, gsize pos, Cp cp, MzTokenType *type)
{
  gsize p = pos + cp.n;
  switch (cls_of(cp.bits)) {
  case MZ_CP_PUNCT: /* a run of one repeated character: "..." "!!" */
    while (p + cp.n <= sc->end && memcmp(sc->text + p, sc->text + pos, cp.n) == 0)
      p += cp.n;
    *type = MZ_TOKEN_PUNCT;
    return skip_marks(sc, p);
  case MZ_CP_EMOJI:
    *type = MZ_TOKEN_EMOJI;
    return scan_emoji(sc, p);
  case MZ_CP_PICTO:
    if (p < sc->end && (cp_at(sc, p).bits & MZ_CPF_MODIFIER)) {
      *type = MZ_TOKEN_EMOJI;
      return scan_emoji(sc, p);
    }
    *type = MZ_TOKEN_SYMBOL;
    return skip_marks(sc, p);
  case MZ_CP_REGIONAL: /* a flag is a pair of regional indicators */
    if (p < sc->end && cls_of(cp_at(sc, p).bits) == MZ_CP_REGIONAL)
      p += cp_at(sc, p).n;
    *type = MZ_TOKEN_EMOJI;
    return p;
  case MZ_CP_MARK: /* marks with no base: never an empty word */
    *type = MZ_TOKEN_OTHER;
    return skip_marks(sc, pos);
  case MZ_CP_SYMBOL:
    *type = MZ_TOKEN_SYMBOL;
    return skip_marks(sc, p);
  default:
    *type = MZ_TOKEN_OTHER;
    return skip_marks(sc, p);
  }
}

static gboolean
starts_alnum(const MzScanner *sc, gsize pos, Cp cp)
{
  guint cls = cls_of(cp.bits);
  if (cls == MZ_CP_LETTER_AR || cls == MZ_CP_LETTER_LATIN || cls == MZ_CP_LETTER_OTHER ||
      cls == MZ_CP_DIGIT)
    return TRUE;
  if ((cp.bits & MZ_CPF_CONNECTOR) && pos + cp.n < sc->end) {
    guint next = cls_of(cp_at(sc, pos + cp.n).bits);
    return next == MZ_CP_LETTER_AR || next == MZ_CP_LETTER_LATIN || next == MZ_CP_LETTER_OTHER ||
           next == MZ_CP_DIGIT;
  }
  return FALSE;
}

/**
 * mz_scanner_next:
 * @sc: a scanner
 * @token: (out): the next token (its sentence is left 0)
 *
 * Returns: %FALSE at the end of the window.
 */
gboolean
mz_scanner_next(MzScanner *sc, MzToken *token)
{
  gsize pos = sc->pos, end = 0;
  MzTokenType type = MZ_TOKEN_OTHER;
  Cp cp;
  while (pos < sc->end && sc->text[pos] == ' ')
    pos++;
  if (pos + 1 < sc->end && (sc->text[pos] & 0xe0) == 0xc0) {
    /* the common case: an Arabic word after a space, no special token possible */
    gunichar c = ((gunichar)(sc->text[pos] & 0x1f) << 6) | (sc->text[pos + 1] & 0x3f);
    if ((sc->bmp[c].bits & MZ_CP_CLASS_MASK) == MZ_CP_LETTER_AR) {
      end = scan_alnum(sc, pos, &type);
      goto found;
    }
  }
  pos = mz_scanner_skip_gap(sc, pos);
  if (pos >= sc->end) {
    sc->pos = sc->end;
    return FALSE;
  }
  cp = cp_at(sc, pos);
  if (sc->specials && cp.c < 0x80 && (g_ascii_isalnum(cp.c) || cp.c == '#' || cp.c == '@'))
    end = mz_scan_special(sc, pos, &type);
  if (end == 0)
    end = starts_alnum(sc, pos, cp) ? scan_alnum(sc, pos, &type) : scan_other(sc, pos, cp, &type);
found:
  token->start = pos;
  token->len = end - pos;
  token->type = type;
  token->sentence = 0;
  sc->pos = end;
  return TRUE;
}
