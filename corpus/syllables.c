/* syllables.c - Arabic syllables and diacritization of words, and OSMAN's counts of texts
 *
 * Syllables follow OSMAN (El-Haj & Rayson 2016; spec/readability.md 1.4):
 * each fatha, damma or kasra is a short syllable, or a long one when the
 * next code point is alef, waw or yeh; each tanwin and shadda is a stress
 * syllable. The next code point depends on the order of the marks, so
 * every run of combining marks is first put in canonical order (by
 * canonical combining class, as NFC does: fatha 30 before shadda 33).
 * MzTextCounts has two modes: word by word with the published definitions
 * and a per-word estimate, or OSMAN's Java (HEAD dad90a1, spec 1.2-1.4)
 * on a whole text, its splits, thresholds and text-wide estimate included.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

#include <unicode/uchar.h>

#define MZ_CP_ARABIC_LOW 0x0620 /* the class table covers U+0620-U+065F */
#define MZ_CP_HAMZA 0x0621
#define MZ_CP_WAW_HAMZA 0x0624
#define MZ_CP_YEH_HAMZA 0x0626
#define MZ_CP_ALEF 0x0627
#define MZ_CP_THAL 0x0630
#define MZ_CP_ZAH 0x0638
#define MZ_CP_TATWEEL 0x0640
#define MZ_CP_NOON 0x0646
#define MZ_CP_WAW 0x0648
#define MZ_CP_ALEF_MAKSURA 0x0649
#define MZ_CP_YEH 0x064A
#define MZ_CP_FATHATAN 0x064B
#define MZ_CP_DAMMATAN 0x064C
#define MZ_CP_KASRATAN 0x064D
#define MZ_CP_FATHA 0x064E
#define MZ_CP_DAMMA 0x064F
#define MZ_CP_KASRA 0x0650
#define MZ_CP_SHADDA 0x0651
#define MZ_CP_SUKUN 0x0652
#define MZ_CP_MADDA_ABOVE 0x0653
#define MZ_CP_INVERTED_DAMMA 0x0657
#define MZ_CP_NOON_GHUNNA 0x0658

#define MZ_PAPER_COMPLEX_ABOVE 4   /* spec 1.2 (2015-2017): complex = more than 4 syllables */
#define MZ_PAPER_LONG_ABOVE 5      /* spec 1.2 (2015-2017): long = more than 5 letters */
#define MZ_LIX_LONG_ABOVE 6        /* Bjornsson's LIX, Anderson's RIX: more than 6 letters */
#define MZ_REF_COMPLEX_MIN_MARKS 4 /* Java HEAD: at least 4 marks U+064B-U+0651 */
#define MZ_REF_LONG_MIN 5          /* Java HEAD: at least 5 characters */
#define MZ_REF_FASEEH_MIN_SYL 4    /* Java HEAD: weighted syllables of at least 4 */
#define MZ_ESTIMATE_OFFSET 2       /* the estimate: letters other than alef - 2 (spec 5.3 b) */
#define MZ_RUN_MAX 32              /* marks sorted per run (no real letter has more) */

/* What a code point of U+0620-U+065F is to OSMAN (spec 0). */
enum {
  CP_SHORT = 1 << 0,     /* fatha, damma, kasra */
  CP_LONG = 1 << 1,      /* alef, waw, yeh after a short vowel */
  CP_STRESS = 1 << 2,    /* tanwin, shadda */
  CP_HARAKA = 1 << 3,    /* U+064B-U+0652 (diacritized_ratio) */
  CP_JAVA_MARK = 1 << 4, /* U+064B-U+0651 (Java countComplexWords) */
  CP_TASHKEEL = 1 << 5,  /* Java removeTashkeel: U+064B-U+0653, U+0657, U+0658 */
  CP_FASEEH = 1 << 6,    /* hamza, waw hamza, yeh hamza, thal, zah */
  CP_ALEF = 1 << 7,      /* alef, alef maksura: left out of the estimate */
};
#define MZ_MARK (CP_HARAKA | CP_JAVA_MARK | CP_TASHKEEL)

static const guint8 cp_classes[0x40] = {
    [MZ_CP_HAMZA - MZ_CP_ARABIC_LOW] = CP_FASEEH,
    [MZ_CP_WAW_HAMZA - MZ_CP_ARABIC_LOW] = CP_FASEEH,
    [MZ_CP_YEH_HAMZA - MZ_CP_ARABIC_LOW] = CP_FASEEH,
    [MZ_CP_ALEF - MZ_CP_ARABIC_LOW] = CP_LONG | CP_ALEF,
    [MZ_CP_THAL - MZ_CP_ARABIC_LOW] = CP_FASEEH,
    [MZ_CP_ZAH - MZ_CP_ARABIC_LOW] = CP_FASEEH,
    [MZ_CP_WAW - MZ_CP_ARABIC_LOW] = CP_LONG,
    [MZ_CP_ALEF_MAKSURA - MZ_CP_ARABIC_LOW] = CP_ALEF,
    [MZ_CP_YEH - MZ_CP_ARABIC_LOW] = CP_LONG,
    [MZ_CP_FATHATAN - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_STRESS,
    [MZ_CP_DAMMATAN - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_STRESS,
    [MZ_CP_KASRATAN - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_STRESS,
    [MZ_CP_FATHA - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_SHORT,
    [MZ_CP_DAMMA - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_SHORT,
    [MZ_CP_KASRA - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_SHORT,
    [MZ_CP_SHADDA - MZ_CP_ARABIC_LOW] = MZ_MARK | CP_STRESS,
    [MZ_CP_SUKUN - MZ_CP_ARABIC_LOW] = CP_HARAKA | CP_TASHKEEL,
    [MZ_CP_MADDA_ABOVE - MZ_CP_ARABIC_LOW] = CP_TASHKEEL,
    [MZ_CP_INVERTED_DAMMA - MZ_CP_ARABIC_LOW] = CP_TASHKEEL,
    [MZ_CP_NOON_GHUNNA - MZ_CP_ARABIC_LOW] = CP_TASHKEEL,
};

static guint
cp_class(gunichar c)
{
  return c >= MZ_CP_ARABIC_LOW && c < MZ_CP_ARABIC_LOW + 0x40 ? cp_classes[c - MZ_CP_ARABIC_LOW]
                                                              : 0;
}

static gboolean
is_letter(gunichar c)
{
  return c != MZ_CP_TATWEEL && u_isalpha((UChar32)c);
}

/* Code points of [p, end) with every run of combining marks in canonical order. */
typedef struct {
  const char *p, *end;
  gunichar run[MZ_RUN_MAX];
  guint n, i;
} CanonIter;

/* The next code point, or FALSE at the end (the text is valid UTF-8). */
static gboolean
canon_next(CanonIter *it, gunichar *c)
{
  if (it->i < it->n) {
    *c = it->run[it->i++];
    return TRUE;
  }
  if (it->p >= it->end)
    return FALSE;
  *c = g_utf8_get_char(it->p);
  it->p = g_utf8_next_char(it->p);
  if (u_getCombiningClass(*c) == 0)
    return TRUE;
  it->n = it->i = 0; /* a run of marks: stable insertion sort by combining class */
  it->run[it->n++] = *c;
  while (it->p < it->end && it->n < MZ_RUN_MAX) {
    gunichar m = g_utf8_get_char(it->p);
    guint8 cc = u_getCombiningClass(m);
    guint j = it->n++;
    if (cc == 0) {
      it->n--;
      break;
    }
    for (; j > 0 && u_getCombiningClass(it->run[j - 1]) > cc; j--)
      it->run[j] = it->run[j - 1];
    it->run[j] = m;
    it->p = g_utf8_next_char(it->p);
  }
  *c = it->run[it->i++];
  return TRUE;
}

/* One code point and the one after it (0 at the end); *open: the last
 * letter has no haraka yet; *others: letters other than alef and maksura. */
static void
measure_one(MzSyllables *s, gunichar c, gunichar next, gboolean *open, guint *others)
{
  guint k = cp_class(c);
  if (k & CP_SHORT) {
    if (cp_class(next) & CP_LONG)
      s->long_syllables++;
    else
      s->short_syllables++;
  }
  s->stress_syllables += (k & CP_STRESS) != 0;
  s->harakat += (k & CP_JAVA_MARK) != 0;
  if ((k & CP_HARAKA) && *open) {
    s->diacritized++;
    *open = FALSE;
  }
  if (is_letter(c)) {
    s->letters++;
    *open = TRUE;
    *others += !(k & CP_ALEF);
    s->faseeh_letter |= (k & CP_FASEEH) != 0;
  }
}

/* The counts as measured, without the estimate. */
static void
measure(const char *word, gsize len, MzSyllables *s, guint *others)
{
  CanonIter it = {word, word + len, {0}, 0, 0};
  gunichar c, next = 0, last = 0, before_last = 0;
  gboolean more, open = FALSE;
  memset(s, 0, sizeof *s);
  *others = 0;
  for (more = canon_next(&it, &c); more; c = next) {
    if (!(more = canon_next(&it, &next)))
      next = 0;
    measure_one(s, c, next, &open, others);
    if (is_letter(c))
      before_last = last, last = c;
  }
  s->faseeh_ending = before_last == MZ_CP_WAW && (last == MZ_CP_ALEF || last == MZ_CP_NOON);
}

/**
 * mz_syllables_count:
 * @word: a word (valid UTF-8, not NUL-terminated); @len: its length in bytes
 * @out: (out caller-allocates): what the word says
 *
 * Counts the letters, harakat and OSMAN syllables of one word (spec 1.4),
 * its marks read in canonical order. A word with no short syllable gets
 * the estimate of spec 5.3 (b) of its own, never below 0. Allocates nothing.
 */
void
mz_syllables_count(const char *word, gsize len, MzSyllables *out)
{
  guint others;
  g_return_if_fail(out != NULL && (word != NULL || len == 0));
  measure(word != NULL ? word : "", len, out, &others);
  if (out->short_syllables == 0) {
    out->estimated = TRUE;
    out->short_syllables = others > MZ_ESTIMATE_OFFSET ? others - MZ_ESTIMATE_OFFSET : 0;
  }
}

/**
 * mz_syllables_weighted:
 *
 * Returns: OSMAN's weighted count, short + 2 long + 2 stress (Java
 * countSyllables: "long and stress syllables are treated as doubles").
 */
guint
mz_syllables_weighted(const MzSyllables *s)
{
  return s->short_syllables + 2 * s->long_syllables + 2 * s->stress_syllables;
}

/* mz_text_counts_init: all counts 0, before the first word. */
void
mz_text_counts_init(MzTextCounts *c)
{
  memset(c, 0, sizeof *c);
  c->last_sentence = G_MAXUINT;
}

/**
 * mz_text_counts_add_word:
 * @c: the counts of a text
 * @word: a word as written (with its marks); @len: its length in bytes
 * @sentence: the word's sentence number (nondecreasing along a text)
 *
 * Adds a word under the published definitions (the Java code's Javadoc,
 * its 2015-2017 thresholds, and Wordless; spec 1.2): complex = more than 4
 * weighted syllables, long = more than 5 letters, Faseeh = complex with a
 * Faseeh letter or the ending waw+alef or waw+noon; and the LIX long
 * words, more than 6 letters (Bjornsson 1968).
 */
void
mz_text_counts_add_word(MzTextCounts *c, const char *word, gsize len, guint sentence)
{
  MzSyllables s;
  guint syl;
  mz_syllables_count(word, len, &s);
  syl = mz_syllables_weighted(&s);
  c->words++;
  c->sentences += sentence != c->last_sentence;
  c->last_sentence = sentence;
  c->letters += s.letters;
  c->word_letters += s.letters;
  c->diacritized_letters += s.diacritized;
  c->estimated_words += s.estimated;
  c->short_syllables += s.short_syllables;
  c->long_syllables += s.long_syllables;
  c->stress_syllables += s.stress_syllables;
  c->complex_words += syl > MZ_PAPER_COMPLEX_ABOVE;
  c->long_words += s.letters > MZ_PAPER_LONG_ABOVE;
  c->lix_long_words += s.letters > MZ_LIX_LONG_ABOVE;
  c->faseeh_words += syl > MZ_PAPER_COMPLEX_ABOVE && (s.faseeh_letter || s.faseeh_ending);
}

/* Returns: the weighted syllables, short + 2 long + 2 stress. */
gint64
mz_text_counts_syllables(const MzTextCounts *c)
{
  return c->short_syllables + 2 * c->long_syllables + 2 * c->stress_syllables;
}

/* The reference mode. Java's \s, \d and \p{Punct} are ASCII only; its
 * String.length() counts UTF-16 units. */
static gboolean
is_java_space(char ch)
{
  return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

static gint64
utf16_units(gunichar c)
{
  return c > 0xFFFF ? 2 : 1;
}

/* Java countAllSyllables: with no short vowel, the estimate is the UTF-16
 * length without alef, alef maksura, "?.!," and space, minus 2 (it may be
 * negative). Returns the weighted count; *m gets the parts. */
static gint64
java_syllables(const char *s, gsize len, gint64 m[3])
{
  MzSyllables w;
  guint others;
  measure(s, len, &w, &others);
  m[0] = w.short_syllables, m[1] = w.long_syllables, m[2] = w.stress_syllables;
  if (m[0] == 0) {
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
      gunichar c = g_utf8_get_char(p);
      if (!(cp_class(c) & CP_ALEF) && (c >= 0x80 || !strchr("?.!, ", (int)c)))
        m[0] += utf16_units(c);
    }
    m[0] -= MZ_ESTIMATE_OFFSET;
  }
  return m[0] + 2 * m[1] + 2 * m[2];
}

/* Java countSentences: the pieces of split("\n|((?<!\d)\.(?!\d))") less
 * the trailing empty ones; 1 when none is left (Java divides by 1 then). */
static gint64
java_sentences(const char *s, gsize len)
{
  gint64 pieces = 0, kept = 0;
  gsize start = 0;
  for (gsize i = 0; i <= len; i++) {
    gboolean cut = i == len || s[i] == '\n' ||
                   (s[i] == '.' && !(i > 0 && g_ascii_isdigit(s[i - 1])) &&
                    !(i + 1 < len && g_ascii_isdigit(s[i + 1])));
    if (!cut)
      continue;
    pieces++;
    if (i > start)
      kept = pieces;
    start = i + 1;
  }
  return MAX(kept, 1);
}

/* Java countWords, countLongWords: \s-separated chunks that keep a
 * character once ASCII digits and punctuation are gone (cleanText); long:
 * at least 5 UTF-16 units once the tashkeel is gone too. */
static void
java_words(MzTextCounts *c, const char *s, gsize len)
{
  const char *p = s, *end = s + len;
  for (;;) {
    gint64 kept = 0, plain = 0;
    while (p < end && is_java_space(*p))
      p++;
    if (p >= end)
      return;
    for (; p < end && !is_java_space(*p); p = g_utf8_next_char(p)) {
      gunichar ch = g_utf8_get_char(p);
      if (ch < 0x80 && (g_ascii_ispunct((char)ch) || g_ascii_isdigit((char)ch)))
        continue;
      kept += utf16_units(ch);
      plain += cp_class(ch) & CP_TASHKEEL ? 0 : utf16_units(ch);
    }
    c->words += kept > 0;
    c->long_words += plain >= MZ_REF_LONG_MIN;
  }
}

/* Java countComplexWords (the text split on ' ': at least 4 marks
 * U+064B-U+0651) and countFaseeh (the same tokens: at least 4 weighted
 * syllables and a Faseeh letter; its waw+alef and waw+noon patterns end
 * in a space, so they never match a token). */
static void
java_space_tokens(MzTextCounts *c, const char *s, gsize len)
{
  gsize start = 0;
  for (gsize i = 0; i <= len; i++) {
    MzSyllables m;
    guint others;
    gint64 parts[3];
    if (i < len && s[i] != ' ')
      continue;
    measure(s + start, i - start, &m, &others);
    c->complex_words += m.harakat >= MZ_REF_COMPLEX_MIN_MARKS;
    c->faseeh_words +=
        m.faseeh_letter && java_syllables(s + start, i - start, parts) >= MZ_REF_FASEEH_MIN_SYL;
    start = i + 1;
  }
}

/* Java countChars: UTF-16 units of the text less the tashkeel, ASCII
 * digits and spaces. */
static gint64
java_chars(const char *s, gsize len)
{
  gint64 n = 0;
  for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
    gunichar ch = g_utf8_get_char(p);
    if (!(cp_class(ch) & CP_TASHKEEL) && ch != ' ' && !(ch < 0x80 && g_ascii_isdigit((char)ch)))
      n += utf16_units(ch);
  }
  return n;
}

/**
 * mz_text_counts_set_osman_reference:
 * @c: counts whose word-by-word letters and diacritized letters are kept
 * @text: a whole text (valid UTF-8); @len: its length in bytes
 *
 * Sets words, sentences, letters (OSMAN's characters), syllables, long,
 * complex and Faseeh words as OSMAN's reference Java computes them (spec
 * 1.2-1.4, HEAD dad90a1) on @text less the characters up to U+0020 at its
 * ends (a file's last newline is not part of the text; Java's test texts
 * have none), with the marks read in canonical order; and lix_long_words
 * to its long words (its LIX). A text without words gets 0 in each of
 * these counts (Java: 1 word, 1 sentence, -2 syllables, its characters).
 */
void
mz_text_counts_set_osman_reference(MzTextCounts *c, const char *text, gsize len)
{
  gint64 parts[3];
  g_return_if_fail(c != NULL && (text != NULL || len == 0));
  text = text != NULL ? text : "";
  while (len > 0 && (guchar)text[0] <= ' ')
    text++, len--;
  while (len > 0 && (guchar)text[len - 1] <= ' ')
    len--;
  c->words = c->long_words = c->complex_words = c->faseeh_words = 0;
  java_words(c, text, len);
  if (c->words == 0) {
    c->sentences = c->letters = c->lix_long_words = 0;
    c->short_syllables = c->long_syllables = c->stress_syllables = 0;
    return;
  }
  c->sentences = java_sentences(text, len);
  java_syllables(text, len, parts);
  c->short_syllables = parts[0], c->long_syllables = parts[1], c->stress_syllables = parts[2];
  java_space_tokens(c, text, len);
  c->letters = java_chars(text, len);
  c->lix_long_words = c->long_words;
}
