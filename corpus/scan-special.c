/* scan-special.c - tokens that the word rules would cut up: URLs, e-mail
 * addresses, hashtags and mentions (spec/arabic-text.md section 4, T35-T38)
 *
 * They are recognised at the start of a token, before the word rules:
 *  - URL: "http://", "https://", "ftp://" (any case) or "www." and a letter
 *    or digit; it runs to white space or a quote or angle bracket, and loses
 *    trailing punctuation (. , ; : ! ? and their Arabic forms, quotes, and a
 *    closing bracket that has no opening one inside the URL);
 *  - e-mail: [A-Za-z0-9._%+-]+ "@" labels [A-Za-z0-9-]+ joined by dots, the
 *    last one at least two letters;
 *  - hashtag: "#" then letters (any script), digits, marks, connectors;
 *  - mention: "@" then [A-Za-z0-9_]+.
 */
#include "corpus/tokenize-private.h"

#include <string.h>

static gboolean
has_prefix_ascii_ci(const MzScanner *sc, gsize pos, const char *prefix, gsize n)
{
  return pos + n <= sc->end && g_ascii_strncasecmp((const char *)sc->text + pos, prefix, n) == 0;
}

static gboolean
is_url_stop(const MzScanner *sc, gsize pos, guint *n)
{
  gunichar c;
  MzCpInfo info;
  *n = mz_utf8_decode(sc->text + pos, &c);
  info = mz_cptable_get(sc->bmp, c);
  if ((info.bits & MZ_CP_CLASS_MASK) == MZ_CP_SPACE || c < 0x20)
    return TRUE;
  /* < > " ` and the quotation marks << >> and curly quotes */
  return c == '<' || c == '>' || c == '"' || c == '`' || c == 0x00AB || c == 0x00BB ||
         (c >= 0x2018 && c <= 0x201F);
}

/* Trailing characters that end a sentence or a clause rather than a URL. */
static gboolean
is_url_trailer(gunichar c)
{
  return strchr(".,;:!?'", (int)c) != NULL || c == 0x060C || c == 0x061B || c == 0x061F ||
         c == 0x06D4;
}

/* More closing than opening brackets of this kind in [start, end)? */
static gboolean
unbalanced(const MzScanner *sc, gsize start, gsize end, char open, char close)
{
  int depth = 0;
  for (gsize i = start; i < end; i++)
    depth += (sc->text[i] == open) - (sc->text[i] == close);
  return depth < 0;
}

static gsize
trim_url(const MzScanner *sc, gsize start, gsize end)
{
  while (end > start) {
    gsize prev = end - 1;
    gunichar c;
    while (prev > start && (sc->text[prev] & 0xc0) == 0x80)
      prev--;
    mz_utf8_decode(sc->text + prev, &c);
    if (c == ')' || c == ']') {
      if (!unbalanced(sc, start, end, c == ')' ? '(' : '[', (char)c))
        break;
    } else if (!is_url_trailer(c)) {
      break;
    }
    end = prev;
  }
  return end;
}

static gsize
match_url(const MzScanner *sc, gsize pos)
{
  static const struct {
    const char *prefix;
    gsize len;
  } schemes[] = {{"https://", 8}, {"http://", 7}, {"ftp://", 6}, {"www.", 4}};
  gsize q = 0, body;
  guint n;
  guchar first = g_ascii_tolower(sc->text[pos]);
  if (first != 'h' && first != 'f' && first != 'w')
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS(schemes) && q == 0; i++)
    if (has_prefix_ascii_ci(sc, pos, schemes[i].prefix, schemes[i].len))
      q = pos + schemes[i].len;
  if (q == 0 || q >= sc->end || !g_ascii_isalnum(sc->text[q]))
    return 0;
  body = q;
  while (q < sc->end && !is_url_stop(sc, q, &n))
    q += n;
  q = trim_url(sc, pos, q);
  return q > body ? q : 0;
}

static gboolean
is_local_char(guchar c)
{
  return g_ascii_isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* End of the domain of an e-mail address starting at pos, or 0. */
static gsize
match_domain(const MzScanner *sc, gsize pos)
{
  gsize q = pos, end = 0, label = pos, dots = 0;
  gboolean alpha_label = FALSE;
  for (; q <= sc->end; q++) {
    guchar c = q < sc->end ? sc->text[q] : 0;
    if (g_ascii_isalnum(c) || (c == '-' && q > label)) {
      alpha_label = q == label ? g_ascii_isalpha(c) : alpha_label && g_ascii_isalpha(c);
      continue;
    }
    if (q == label)
      break; /* empty label */
    if (dots > 0 && alpha_label && q - label >= 2)
      end = q;
    if (c != '.')
      break;
    dots++;
    label = q + 1;
  }
  return end;
}

static gsize
match_email(const MzScanner *sc, gsize pos)
{
  gsize q = pos;
  if (!g_ascii_isalnum(sc->text[pos]))
    return 0;
  while (q < sc->end && is_local_char(sc->text[q]))
    q++;
  if (q >= sc->end || sc->text[q] != '@' || sc->text[q - 1] == '.')
    return 0;
  return match_domain(sc, q + 1);
}

static gsize
match_mention(const MzScanner *sc, gsize pos)
{
  gsize q = pos + 1;
  while (q < sc->end && (g_ascii_isalnum(sc->text[q]) || sc->text[q] == '_'))
    q++;
  return q > pos + 1 ? q : 0;
}

static gboolean
is_hashtag_char(guint bits)
{
  guint cls = bits & MZ_CP_CLASS_MASK;
  return cls == MZ_CP_LETTER_AR || cls == MZ_CP_LETTER_LATIN || cls == MZ_CP_LETTER_OTHER ||
         cls == MZ_CP_DIGIT || cls == MZ_CP_MARK || (bits & MZ_CPF_CONNECTOR);
}

static gsize
match_hashtag(const MzScanner *sc, gsize pos)
{
  gsize q = pos + 1, end = 0;
  while (q < sc->end) {
    gunichar c;
    guint n = mz_utf8_decode(sc->text + q, &c);
    MzCpInfo info = mz_cptable_get(sc->bmp, c);
    if ((info.bits & MZ_CP_CLASS_MASK) == MZ_CP_FORMAT) {
      q += n; /* kept only inside */
      continue;
    }
    if (!is_hashtag_char(info.bits))
      break;
    if (end == 0 && (info.bits & MZ_CP_CLASS_MASK) == MZ_CP_MARK)
      break; /* "#" and a stray mark is no hashtag */
    q += n;
    end = q;
  }
  return end;
}

/**
 * mz_scan_special:
 * @sc: a scanner
 * @pos: the start of a token
 * @type: (out): the type of the special token, if any
 *
 * Returns: the end of a URL, e-mail address, hashtag or mention starting at
 * @pos, or 0 when there is none.
 */
gsize
mz_scan_special(const MzScanner *sc, gsize pos, MzTokenType *type)
{
  guchar c = sc->text[pos];
  gsize end = 0;
  if (c == '#') {
    end = match_hashtag(sc, pos);
    *type = MZ_TOKEN_HASHTAG;
  } else if (c == '@') {
    end = match_mention(sc, pos);
    *type = MZ_TOKEN_MENTION;
  } else if (g_ascii_isalnum(c)) {
    end = g_ascii_isalpha(c) ? match_url(sc, pos) : 0;
    *type = MZ_TOKEN_URL;
    if (end == 0) {
      end = match_email(sc, pos);
      *type = MZ_TOKEN_EMAIL;
    }
  }
  return end;
}
