/* cptable.h - per-code-point classes built once from ICU properties (private to corpus/) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Token classes of code points (the low 4 bits of MzCpInfo.bits). */
typedef enum {
  MZ_CP_SPACE,        /* White_Space, ZWSP U+200B */
  MZ_CP_LETTER_AR,    /* Alphabetic letters of the Arabic script, and tatweel U+0640 */
  MZ_CP_LETTER_LATIN, /* Alphabetic letters of the Latin script */
  MZ_CP_LETTER_OTHER, /* Alphabetic letters of every other script */
  MZ_CP_DIGIT,        /* gc=Nd */
  MZ_CP_MARK,         /* gc=Mn, Mc, Me */
  MZ_CP_FORMAT,       /* invisible gc=Cf: ZWNJ, ZWJ, bidi controls, U+FEFF, U+00AD ... */
  MZ_CP_PUNCT,        /* gc=P* */
  MZ_CP_SYMBOL,       /* gc=S*, and the visible Cf U+0600-0605, U+06DD ... */
  MZ_CP_EMOJI,        /* Emoji_Presentation, or Extended_Pictographic from U+1F000 */
  MZ_CP_PICTO,        /* other Extended_Pictographic: emoji only before U+FE0F */
  MZ_CP_REGIONAL,     /* regional indicators (flags come in pairs) */
  MZ_CP_OTHER,        /* controls, private use, unassigned, surrogates */
} MzCpClass;

#define MZ_CP_CLASS_MASK 0x0f
#define MZ_CPF_TERMINATOR (1u << 4)  /* ends a sentence: . ! ? and Arabic equivalents */
#define MZ_CPF_CLOSER (1u << 5)      /* closing bracket or quote that stays with a sentence */
#define MZ_CPF_MIDLETTER (1u << 6)   /* joins two Latin letters (UAX #29 MidLetter/MidNumLet) */
#define MZ_CPF_NUMSEP (1u << 7)      /* joins two digits: . , U+066B U+066C */
#define MZ_CPF_CONNECTOR (1u << 8)   /* UAX #29 ExtendNumLet: _ and other connectors */
#define MZ_CPF_NEWLINE (1u << 9)     /* LF, CR, VT, FF, NEL, U+2028 */
#define MZ_CPF_PARAGRAPH (1u << 10)  /* U+2029 paragraph separator */
#define MZ_CPF_NFC_CHECK (1u << 11)  /* NFC_Quick_Check is not Yes */
#define MZ_CPF_NFKC_CHECK (1u << 12) /* NFKC_Quick_Check is not Yes */
#define MZ_CPF_MODIFIER (1u << 13)   /* Emoji_Modifier, U+FE0F, U+20E3, tags: extend an emoji */
#define MZ_CPF_LOWER (1u << 14)      /* Lowercase */

typedef struct {
  guint16 bits;
  guint8 ccc; /* canonical combining class */
} MzCpInfo;

const MzCpInfo *mz_cptable_bmp(void);

/* For the two-byte range U+0080-07FF: code points that pass the NFC (NFKC)
 * quick check on their own and have combining class 0. */
#define MZ_TRIVIAL_NFC 1u
#define MZ_TRIVIAL_NFKC 2u
const guint8 *mz_cptable_trivial2(void);
MzCpInfo mz_cptable_lookup_slow(gunichar c);

static inline MzCpInfo
mz_cptable_get(const MzCpInfo *bmp, gunichar c)
{
  return c < 0x10000 ? bmp[c] : mz_cptable_lookup_slow(c);
}

/* Decode one code point of valid UTF-8 at s (s < end); returns its byte length. */
static inline guint
mz_utf8_decode(const guchar *s, gunichar *c)
{
  guchar b = s[0];
  if (b < 0x80) {
    *c = b;
    return 1;
  }
  if (b < 0xe0) {
    *c = ((gunichar)(b & 0x1f) << 6) | (s[1] & 0x3f);
    return 2;
  }
  if (b < 0xf0) {
    *c = ((gunichar)(b & 0x0f) << 12) | ((gunichar)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    return 3;
  }
  *c = ((gunichar)(b & 0x07) << 18) | ((gunichar)(s[1] & 0x3f) << 12) |
       ((gunichar)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
  return 4;
}

/* Encode c as UTF-8 into out (room for 4 bytes); returns the length. */
static inline guint
mz_utf8_encode(gunichar c, char *out)
{
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xc0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xe0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  out[0] = (char)(0xf0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
  out[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

G_END_DECLS
