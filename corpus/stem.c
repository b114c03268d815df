/* stem.c - light stemming (spec/arabic-text.md section 5.2, Light10)
 *
 * Light10 (Larkey, Ballesteros & Connell 2007) as AraNLP's
 * LightStemmer10.findStem applies it: three cumulative prefix steps, so a
 * stack such as wa+bi+al is stripped, then one pass over an ordered suffix
 * list. It only removes affixes, so the stem is a byte range of the input
 * and stemming allocates nothing. Lengths in the rules count code points.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

#define MZ_CP_ALEF 0x0627
#define MZ_CP_BEH 0x0628
#define MZ_CP_TEH_MARBUTA 0x0629
#define MZ_CP_TEH 0x062A
#define MZ_CP_FEH 0x0641
#define MZ_CP_KAF 0x0643
#define MZ_CP_LAM 0x0644
#define MZ_CP_NOON 0x0646
#define MZ_CP_HEH 0x0647
#define MZ_CP_WAW 0x0648
#define MZ_CP_YEH 0x064A

/* The two UTF-8 bytes of a code point in U+0080-07FF (all affix letters). */
#define MZ_U8(cp) (char)(0xC0 | ((cp) >> 6)), (char)(0x80 | ((cp)&0x3F))

/* An affix: its UTF-8 bytes (2 per letter), its length in code points, and
 * the minimum length in code points of the word it may be removed from. */
typedef struct {
  char utf8[6];
  guint8 n_cp;
  guint8 min_len;
} MzAffix;

/* clang-format off */
#define MZ_AFFIX1(a, min) {{MZ_U8(a)}, 1, (min)}
#define MZ_AFFIX2(a, b, min) {{MZ_U8(a), MZ_U8(b)}, 2, (min)}
#define MZ_AFFIX3(a, b, c, min) {{MZ_U8(a), MZ_U8(b), MZ_U8(c)}, 3, (min)}
/* clang-format on */

/* Spec 5.2 step 1: waw, if len >= 4. */
static const MzAffix step1[] = {
    MZ_AFFIX1(MZ_CP_WAW, 4),
};

/* Spec 5.2 step 2: al, ll, if len >= 4. */
static const MzAffix step2[] = {
    MZ_AFFIX2(MZ_CP_ALEF, MZ_CP_LAM, 4),
    MZ_AFFIX2(MZ_CP_LAM, MZ_CP_LAM, 4),
};

/* Spec 5.2 step 3: bal, wal, kal, fal, if len >= 5. */
static const MzAffix step3[] = {
    MZ_AFFIX3(MZ_CP_BEH, MZ_CP_ALEF, MZ_CP_LAM, 5),
    MZ_AFFIX3(MZ_CP_WAW, MZ_CP_ALEF, MZ_CP_LAM, 5),
    MZ_AFFIX3(MZ_CP_KAF, MZ_CP_ALEF, MZ_CP_LAM, 5),
    MZ_AFFIX3(MZ_CP_FEH, MZ_CP_ALEF, MZ_CP_LAM, 5),
};

/* Spec 5.2 step 4, in this order, each tried once: ha an at wn yn yh yp
 * (len >= 4), then h p y (len >= 3). */
static const MzAffix suffixes[] = {
    MZ_AFFIX2(MZ_CP_HEH, MZ_CP_ALEF, 4),
    MZ_AFFIX2(MZ_CP_ALEF, MZ_CP_NOON, 4),
    MZ_AFFIX2(MZ_CP_ALEF, MZ_CP_TEH, 4),
    MZ_AFFIX2(MZ_CP_WAW, MZ_CP_NOON, 4),
    MZ_AFFIX2(MZ_CP_YEH, MZ_CP_NOON, 4),
    MZ_AFFIX2(MZ_CP_YEH, MZ_CP_HEH, 4),
    MZ_AFFIX2(MZ_CP_YEH, MZ_CP_TEH_MARBUTA, 4),
    MZ_AFFIX1(MZ_CP_HEH, 3),
    MZ_AFFIX1(MZ_CP_TEH_MARBUTA, 3),
    MZ_AFFIX1(MZ_CP_YEH, 3),
};

/* The word being stemmed: a byte range of the input and its code points. */
typedef struct {
  const char *s;
  gsize start;
  gsize end;
  gsize n_cp;
} MzStemWord;

static gboolean
affix_fits(const MzStemWord *w, const MzAffix *a)
{
  return w->n_cp >= a->min_len && w->end - w->start >= (gsize)a->n_cp * 2;
}

/* One prefix step: remove the first affix of the list that starts the word. */
static void
strip_prefix_step(MzStemWord *w, const MzAffix *list, gsize n)
{
  for (gsize i = 0; i < n; i++) {
    gsize nb = (gsize)list[i].n_cp * 2;
    if (affix_fits(w, &list[i]) && memcmp(w->s + w->start, list[i].utf8, nb) == 0) {
      w->start += nb;
      w->n_cp -= list[i].n_cp;
      return;
    }
  }
}

/* Step 4: each suffix in turn, removed when it ends the (shortened) word. */
static void
strip_suffixes(MzStemWord *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS(suffixes); i++) {
    gsize nb = (gsize)suffixes[i].n_cp * 2;
    if (affix_fits(w, &suffixes[i]) && memcmp(w->s + w->end - nb, suffixes[i].utf8, nb) == 0) {
      w->end -= nb;
      w->n_cp -= suffixes[i].n_cp;
    }
  }
}

/* Code points of valid UTF-8: the bytes that are not continuation bytes. */
static gsize
count_code_points(const char *s, gsize len)
{
  gsize n = 0;
  for (gsize i = 0; i < len; i++)
    n += ((guchar)s[i] & 0xC0) != 0x80;
  return n;
}

/**
 * mz_stemmer_parse:
 * @name: "none" or "light"
 * @stemmer: (out): the stemmer
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT for another name.
 */
gboolean
mz_stemmer_parse(const char *name, MzStemmer *stemmer, GError **error)
{
  g_return_val_if_fail(name != NULL && stemmer != NULL, FALSE);
  if (strcmp(name, "none") == 0) {
    *stemmer = MZ_STEM_NONE;
    return TRUE;
  }
  if (strcmp(name, "light") == 0) {
    *stemmer = MZ_STEM_LIGHT;
    return TRUE;
  }
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "unknown stemmer '%s' (choices: none, light)", name);
  return FALSE;
}

/**
 * mz_stemmer_name:
 *
 * Returns: (transfer none): the name mz_stemmer_parse() accepts for @stemmer.
 */
const char *
mz_stemmer_name(MzStemmer stemmer)
{
  switch (stemmer) {
  case MZ_STEM_NONE:
    return "none";
  case MZ_STEM_LIGHT:
    return "light";
  }
  g_return_val_if_reached("none");
}

/**
 * mz_stem:
 * @stemmer: the stemmer
 * @s: a normalized token in valid UTF-8 (any script); @len: its length in bytes
 * @start: (out): the byte offset of the stem in @s
 * @stem_len: (out): the length of the stem in bytes
 *
 * Light10 of spec 5.2: steps 1-3 (waw; al, ll; bal, wal, kal, fal) are
 * applied one after the other, each to what the previous left, then the
 * suffixes in order, each tried once. %MZ_STEM_NONE gives the whole input.
 * The stem is never empty for a non-empty input. Allocates nothing.
 */
void
mz_stem(MzStemmer stemmer, const char *s, gsize len, gsize *start, gsize *stem_len)
{
  MzStemWord w = {s, 0, len, 0};
  g_return_if_fail((s != NULL || len == 0) && start != NULL && stem_len != NULL);
  if (stemmer == MZ_STEM_LIGHT) {
    w.n_cp = count_code_points(s, len);
    strip_prefix_step(&w, step1, G_N_ELEMENTS(step1));
    strip_prefix_step(&w, step2, G_N_ELEMENTS(step2));
    strip_prefix_step(&w, step3, G_N_ELEMENTS(step3));
    strip_suffixes(&w);
  }
  *start = w.start;
  *stem_len = w.end - w.start;
}
