/* translit.c - Buckwalter transliteration, both ways (spec/arabic-text.md section 1.1)
 *
 * The standard Buckwalter (BW) scheme maps each of 51 Arabic code points to
 * one distinct printable ASCII character, so the mapping is a bijection on
 * those characters and both directions are one table lookup per character.
 * Everything outside the table (digits, punctuation, Latin, other scripts)
 * is copied unchanged, in runs.
 */
#include "corpus/mizan-corpus.h"

#include <string.h>

/* The Arabic block U+0600-06FF: every code point of the table is inside it,
 * and each is encoded in UTF-8 as a lead byte 0xD8-0xDB and one trail byte. */
#define MZ_CP_ARABIC_BLOCK 0x0600
#define MZ_UTF8_ARABIC_LEAD_MIN 0xD8
#define MZ_UTF8_ARABIC_LEAD_MAX 0xDB

/* Spec 1.1, the "BW" column, and the rows common to all four schemes. */
static const struct {
  gunichar cp;
  char bw;
} bw_table[] = {
    {0x0621, '\''}, /* hamza */
    {0x0622, '|'},  /* alef with madda above */
    {0x0623, '>'},  /* alef with hamza above */
    {0x0624, '&'},  /* waw with hamza above */
    {0x0625, '<'},  /* alef with hamza below */
    {0x0626, '}'},  /* yeh with hamza above */
    {0x0627, 'A'},  /* alef */
    {0x0628, 'b'},  /* beh */
    {0x0629, 'p'},  /* teh marbuta */
    {0x062A, 't'},  /* teh */
    {0x062B, 'v'},  /* theh */
    {0x062C, 'j'},  /* jeem */
    {0x062D, 'H'},  /* hah */
    {0x062E, 'x'},  /* khah */
    {0x062F, 'd'},  /* dal */
    {0x0630, '*'},  /* thal */
    {0x0631, 'r'},  /* reh */
    {0x0632, 'z'},  /* zain */
    {0x0633, 's'},  /* seen */
    {0x0634, '$'},  /* sheen */
    {0x0635, 'S'},  /* sad */
    {0x0636, 'D'},  /* dad */
    {0x0637, 'T'},  /* tah */
    {0x0638, 'Z'},  /* zah */
    {0x0639, 'E'},  /* ain */
    {0x063A, 'g'},  /* ghain */
    {0x0640, '_'},  /* tatweel */
    {0x0641, 'f'},  /* feh */
    {0x0642, 'q'},  /* qaf */
    {0x0643, 'k'},  /* kaf */
    {0x0644, 'l'},  /* lam */
    {0x0645, 'm'},  /* meem */
    {0x0646, 'n'},  /* noon */
    {0x0647, 'h'},  /* heh */
    {0x0648, 'w'},  /* waw */
    {0x0649, 'Y'},  /* alef maksura */
    {0x064A, 'y'},  /* yeh */
    {0x064B, 'F'},  /* fathatan */
    {0x064C, 'N'},  /* dammatan */
    {0x064D, 'K'},  /* kasratan */
    {0x064E, 'a'},  /* fatha */
    {0x064F, 'u'},  /* damma */
    {0x0650, 'i'},  /* kasra */
    {0x0651, '~'},  /* shadda */
    {0x0652, 'o'},  /* sukun */
    {0x0670, '`'},  /* superscript (dagger) alef */
    {0x0671, '{'},  /* alef wasla */
    {0x067E, 'P'},  /* peh */
    {0x0686, 'J'},  /* tcheh */
    {0x06A4, 'V'},  /* veh */
    {0x06AF, 'G'},  /* gaf */
};

typedef struct {
  char to_bw[256];         /* U+0600 + i -> BW character, or 0 */
  char from_bw[128][2];    /* ASCII -> the UTF-8 bytes of its Arabic code point */
  gboolean is_symbol[128]; /* is this ASCII character a BW symbol? */
} MzBwMaps;

static const MzBwMaps *
bw_maps(void)
{
  static MzBwMaps maps;
  static gsize ready = 0;
  if (g_once_init_enter(&ready)) {
    for (gsize i = 0; i < G_N_ELEMENTS(bw_table); i++) {
      guchar bw = (guchar)bw_table[i].bw;
      gunichar cp = bw_table[i].cp;
      maps.to_bw[cp - MZ_CP_ARABIC_BLOCK] = (char)bw;
      maps.from_bw[bw][0] = (char)(0xC0 | (cp >> 6));
      maps.from_bw[bw][1] = (char)(0x80 | (cp & 0x3F));
      maps.is_symbol[bw] = TRUE;
    }
    g_once_init_leave(&ready, 1);
  }
  return &maps;
}

/**
 * mz_translit_parse:
 * @name: "none" or "buckwalter"
 * @translit: (out): the scheme
 *
 * Returns: %FALSE with %MZ_CORPUS_ERROR_INVALID_ARGUMENT for another name.
 */
gboolean
mz_translit_parse(const char *name, MzTranslit *translit, GError **error)
{
  g_return_val_if_fail(name != NULL && translit != NULL, FALSE);
  if (strcmp(name, "none") == 0) {
    *translit = MZ_TRANSLIT_NONE;
    return TRUE;
  }
  if (strcmp(name, "buckwalter") == 0) {
    *translit = MZ_TRANSLIT_BUCKWALTER;
    return TRUE;
  }
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
              "unknown transliteration '%s' (choices: none, buckwalter)", name);
  return FALSE;
}

/**
 * mz_translit_to_buckwalter:
 * @out: the string to append to
 * @s: UTF-8 text; @len: its length in bytes
 *
 * Appends @s to @out with every Arabic code point of the Buckwalter table
 * replaced by its ASCII character; everything else (including bytes that
 * are not valid UTF-8) is copied unchanged.
 */
void
mz_translit_to_buckwalter(GString *out, const char *s, gsize len)
{
  const MzBwMaps *maps = bw_maps();
  const guchar *u = (const guchar *)s;
  gsize run = 0, i = 0;
  g_return_if_fail(out != NULL && (s != NULL || len == 0));
  while (i < len) {
    char bw = 0;
    if (u[i] >= MZ_UTF8_ARABIC_LEAD_MIN && u[i] <= MZ_UTF8_ARABIC_LEAD_MAX && i + 1 < len &&
        (u[i + 1] & 0xC0) == 0x80)
      bw = maps->to_bw[((u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F)) - MZ_CP_ARABIC_BLOCK];
    if (bw == 0) {
      i++;
      continue;
    }
    g_string_append_len(out, s + run, (gssize)(i - run));
    g_string_append_c(out, bw);
    i += 2;
    run = i;
  }
  g_string_append_len(out, s + run, (gssize)(len - run));
}

/**
 * mz_translit_from_buckwalter:
 * @out: the string to append to
 * @s: Buckwalter text (ASCII, possibly mixed with other UTF-8); @len: its
 *   length in bytes
 *
 * The exact inverse of mz_translit_to_buckwalter() on the table: every
 * ASCII character that is a Buckwalter symbol becomes its Arabic code point;
 * every other byte is copied unchanged.
 */
void
mz_translit_from_buckwalter(GString *out, const char *s, gsize len)
{
  const MzBwMaps *maps = bw_maps();
  const guchar *u = (const guchar *)s;
  gsize run = 0;
  g_return_if_fail(out != NULL && (s != NULL || len == 0));
  for (gsize i = 0; i < len; i++) {
    if (u[i] >= 0x80 || !maps->is_symbol[u[i]])
      continue;
    g_string_append_len(out, s + run, (gssize)(i - run));
    g_string_append_len(out, maps->from_bw[u[i]], 2);
    run = i + 1;
  }
  g_string_append_len(out, s + run, (gssize)(len - run));
}
