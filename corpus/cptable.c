/* cptable.c - per-code-point classes built once from ICU properties
 *
 * The fast tokenizer and the normalizer's quick check look every code point
 * up here instead of asking ICU in the hot loop. The Basic Multilingual
 * Plane is a flat table built on first use; other planes (emoji, historic
 * scripts) are classified on the fly by the same function.
 */
#include "corpus/cptable.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#define MZ_CP_ZWSP 0x200B
#define MZ_CP_TATWEEL 0x0640
#define MZ_CP_ARABIC_SEMICOLON 0x061B
#define MZ_CP_ARABIC_DECIMAL_SEP 0x066B
#define MZ_CP_ARABIC_THOUSANDS_SEP 0x066C
#define MZ_CP_NEL 0x0085
#define MZ_CP_LINE_SEP 0x2028
#define MZ_CP_PARAGRAPH_SEP 0x2029
#define MZ_CP_VS16 0xFE0F
#define MZ_CP_VS15 0xFE0E
#define MZ_CP_KEYCAP 0x20E3

static MzCpInfo bmp_table[0x10000];
static guint8 trivial2_table[0x800];

static gboolean
is_regional_indicator(gunichar c)
{
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}

static guint
letter_class(gunichar c)
{
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)c, &status);
  if (c == MZ_CP_TATWEEL || script == USCRIPT_ARABIC)
    return MZ_CP_LETTER_AR;
  if (script == USCRIPT_LATIN)
    return MZ_CP_LETTER_LATIN;
  return MZ_CP_LETTER_OTHER;
}

/* Flags of punctuation: sentence terminators (UAX #29 SB=STerm/ATerm, plus
 * the Arabic semicolon, which Mizan treats as a terminator), closers, and the
 * joiners of the word rules (UAX #29 WB6/7 and WB11/12, refined). */
static guint
punct_flags(gunichar c, gint8 gc)
{
  guint f = 0;
  int sb = u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
  int wb = u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
  if (sb == U_SB_STERM || sb == U_SB_ATERM || c == MZ_CP_ARABIC_SEMICOLON)
    f |= MZ_CPF_TERMINATOR;
  if (gc == U_END_PUNCTUATION || gc == U_FINAL_PUNCTUATION || c == '"' || c == '\'')
    f |= MZ_CPF_CLOSER;
  /* ICU 72 took ':' out of MidLetter; so do we, whatever the property data says. */
  if ((wb == U_WB_MIDLETTER || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE) && c != ':')
    f |= MZ_CPF_MIDLETTER;
  if (c == '.' || c == ',' || c == MZ_CP_ARABIC_DECIMAL_SEP || c == MZ_CP_ARABIC_THOUSANDS_SEP)
    f |= MZ_CPF_NUMSEP;
  if (wb == U_WB_EXTENDNUMLET)
    f |= MZ_CPF_CONNECTOR;
  return f;
}

static guint
space_flags(gunichar c)
{
  if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == MZ_CP_NEL || c == MZ_CP_LINE_SEP)
    return MZ_CPF_NEWLINE;
  if (c == MZ_CP_PARAGRAPH_SEP)
    return MZ_CPF_PARAGRAPH;
  return 0;
}

static guint
emoji_class(gunichar c, guint *flags)
{
  if (u_hasBinaryProperty((UChar32)c, UCHAR_EMOJI_MODIFIER))
    *flags |= MZ_CPF_MODIFIER;
  if (u_hasBinaryProperty((UChar32)c, UCHAR_EMOJI_PRESENTATION) || c >= 0x1F000)
    return MZ_CP_EMOJI;
  return MZ_CP_PICTO;
}

static guint
classify(gunichar c, guint *flags)
{
  gint8 gc = u_charType((UChar32)c);
  if (c == MZ_CP_ZWSP || u_isUWhiteSpace((UChar32)c)) {
    *flags |= space_flags(c);
    return MZ_CP_SPACE;
  }
  if (is_regional_indicator(c))
    return MZ_CP_REGIONAL;
  if (gc == U_NON_SPACING_MARK || gc == U_COMBINING_SPACING_MARK || gc == U_ENCLOSING_MARK) {
    if (c == MZ_CP_VS16 || c == MZ_CP_VS15 || c == MZ_CP_KEYCAP)
      *flags |= MZ_CPF_MODIFIER;
    return MZ_CP_MARK;
  }
  if (gc == U_FORMAT_CHAR) {
    if (u_hasBinaryProperty((UChar32)c, UCHAR_PREPENDED_CONCATENATION_MARK))
      return MZ_CP_SYMBOL;
    if (c >= 0xE0020 && c <= 0xE007F)
      *flags |= MZ_CPF_MODIFIER;
    return MZ_CP_FORMAT;
  }
  if (u_hasBinaryProperty((UChar32)c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
      u_hasBinaryProperty((UChar32)c, UCHAR_EMOJI_PRESENTATION))
    return emoji_class(c, flags);
  if ((U_GC_L_MASK | U_GC_NL_MASK) & U_MASK(gc))
    return letter_class(c);
  if (gc == U_DECIMAL_DIGIT_NUMBER)
    return MZ_CP_DIGIT;
  if (U_GC_P_MASK & U_MASK(gc)) {
    *flags |= punct_flags(c, gc);
    return MZ_CP_PUNCT;
  }
  if ((U_GC_S_MASK | U_GC_NO_MASK) & U_MASK(gc))
    return MZ_CP_SYMBOL;
  return MZ_CP_OTHER;
}

/**
 * mz_cptable_lookup_slow:
 * @c: a code point
 *
 * Classifies @c with ICU (used for code points beyond the BMP, and to build
 * the BMP table).
 */
MzCpInfo
mz_cptable_lookup_slow(gunichar c)
{
  guint flags = 0;
  guint cls = classify(c, &flags);
  MzCpInfo info;
  if (u_getIntPropertyValue((UChar32)c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
    flags |= MZ_CPF_NFC_CHECK;
  if (u_getIntPropertyValue((UChar32)c, UCHAR_NFKC_QUICK_CHECK) != UNORM_YES)
    flags |= MZ_CPF_NFKC_CHECK;
  if (u_hasBinaryProperty((UChar32)c, UCHAR_LOWERCASE))
    flags |= MZ_CPF_LOWER;
  info.bits = (guint16)(cls | flags);
  info.ccc = u_getCombiningClass((UChar32)c);
  return info;
}

static gpointer
build_bmp(gpointer data)
{
  for (gunichar c = 0; c < 0x10000; c++)
    bmp_table[c] = mz_cptable_lookup_slow(c);
  for (gunichar c = 0x80; c < 0x800; c++) {
    if (bmp_table[c].ccc != 0)
      continue;
    trivial2_table[c] = (bmp_table[c].bits & MZ_CPF_NFC_CHECK ? 0 : MZ_TRIVIAL_NFC) |
                        (bmp_table[c].bits & MZ_CPF_NFKC_CHECK ? 0 : MZ_TRIVIAL_NFKC);
  }
  return data;
}

/**
 * mz_cptable_bmp:
 *
 * Returns: (transfer none): the table of the 65,536 BMP code points, built
 * once (thread-safe) on first call.
 */
const MzCpInfo *
mz_cptable_bmp(void)
{
  static GOnce once = G_ONCE_INIT;
  g_once(&once, build_bmp, bmp_table);
  return bmp_table;
}

/* Returns: (transfer none): the two-byte quick-check table (see cptable.h). */
const guint8 *
mz_cptable_trivial2(void)
{
  mz_cptable_bmp();
  return trivial2_table;
}
