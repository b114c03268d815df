/* syllables.h - Arabic syllables, letters and diacritization of words, and the counts of texts
 * that readability formulas take (spec/readability.md sections 0, 1.2-1.4, 5) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only the folder's public header can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzSyllables:
 * @letters: letters (general category L, any script; tatweel U+0640 is not one)
 * @diacritized: letters that carry at least one haraka (U+064B-U+0652: tanwin,
 *   fatha, damma, kasra, shadda, sukun)
 * @short_syllables: fatha, damma or kasra not followed by a long letter, or
 *   the estimate when @estimated
 * @long_syllables: fatha, damma or kasra followed by alef U+0627, waw U+0648
 *   or yeh U+064A
 * @stress_syllables: tanwin U+064B-U+064D and shadda U+0651
 * @harakat: marks U+064B-U+0651 (OSMAN's reference complex-word test)
 * @estimated: the word has no short syllable (it is undiacritized, or
 *   carries only shadda, sukun or tanwin), so @short_syllables is the
 *   estimate MAX(0, letters other than alef U+0627 and alef maksura U+0649 - 2)
 * @faseeh_letter: the word has hamza U+0621, waw hamza U+0624, yeh hamza
 *   U+0626, thal U+0630 or zah U+0638
 * @faseeh_ending: its last two letters are waw+alef or waw+noon
 *
 * What one word says about syllables (OSMAN's counts, spec 1.4), read with
 * the marks of each letter in canonical order (NFC: a vowel before shadda).
 */
typedef struct {
  guint letters;
  guint diacritized;
  guint short_syllables;
  guint long_syllables;
  guint stress_syllables;
  guint harakat;
  gboolean estimated;
  gboolean faseeh_letter;
  gboolean faseeh_ending;
} MzSyllables;

void mz_syllables_count(const char *word, gsize len, MzSyllables *out);
guint mz_syllables_weighted(const MzSyllables *s);

/**
 * MzTextCounts:
 * @words: words; @sentences: sentences with at least one word
 * @letters: letters of the words (reference mode: OSMAN's characters)
 * @short_syllables, @long_syllables, @stress_syllables: their sums (only
 *   the reference mode's text-wide estimate can make @short_syllables negative)
 * @long_words, @complex_words, @faseeh_words: OSMAN's hard, complex and
 *   Faseeh words under the mode's definitions
 * @lix_long_words: words with more than 6 letters (reference mode: @long_words)
 * @word_letters, @diacritized_letters: letters of the words and those
 *   carrying a haraka (both modes: from the words given)
 * @estimated_words: words whose short syllables are estimated
 *
 * A text's counts for the readability formulas, in one of two modes:
 * word by word with the published definitions (mz_text_counts_add_word()),
 * or OSMAN's reference Java implementation on the whole text
 * (mz_text_counts_set_osman_reference()).
 */
typedef struct {
  gint64 words, sentences, letters;
  gint64 short_syllables, long_syllables, stress_syllables;
  gint64 long_words, complex_words, faseeh_words, lix_long_words;
  gint64 word_letters, diacritized_letters, estimated_words;
  /*< private >*/
  guint last_sentence;
} MzTextCounts;

void mz_text_counts_init(MzTextCounts *c);
void mz_text_counts_add_word(MzTextCounts *c, const char *word, gsize len, guint sentence);
void mz_text_counts_set_osman_reference(MzTextCounts *c, const char *text, gsize len);
gint64 mz_text_counts_syllables(const MzTextCounts *c);

G_END_DECLS
