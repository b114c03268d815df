/* normalize.h - Arabic normalization (spec/arabic-text.md section 2) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzNormFlags:
 *
 * One bit per flag of `--normalize=`. NFC is not a flag: it is always
 * applied to the whole text before tokenization.
 */
typedef enum {
  MZ_NORM_NFKC = 1 << 0,       /* NFKC instead of NFC (text level, before tokenizing) */
  MZ_NORM_BIDI = 1 << 1,       /* drop U+200E U+200F U+061C U+202A-202E U+2066-2069 U+FEFF */
  MZ_NORM_TATWEEL = 1 << 2,    /* drop U+0640 */
  MZ_NORM_DIACRITICS = 1 << 3, /* drop U+064B-065F, U+0670, U+06D6-06ED */
  MZ_NORM_ALEF = 1 << 4,       /* U+0622 U+0623 U+0625 U+0671 -> U+0627 */
  MZ_NORM_YEH = 1 << 5,        /* U+0649 -> U+064A */
  MZ_NORM_TEH = 1 << 6,        /* U+0629 -> U+0647 */
  MZ_NORM_HAMZA = 1 << 7,      /* U+0624 -> U+0648, U+0626 -> U+064A */
  MZ_NORM_DIGITS = 1 << 8,     /* U+0660-0669, U+06F0-06F9 -> ASCII digits */
  MZ_NORM_PERSIAN = 1 << 9,    /* U+06A9 -> U+0643, U+06CC -> U+064A */
} MzNormFlags;

#define MZ_NORM_NONE 0u
#define MZ_NORM_LIGHT (MZ_NORM_NFKC | MZ_NORM_BIDI | MZ_NORM_TATWEEL | MZ_NORM_DIACRITICS)
#define MZ_NORM_AGGRESSIVE                                                                         \
  (MZ_NORM_LIGHT | MZ_NORM_ALEF | MZ_NORM_YEH | MZ_NORM_TEH | MZ_NORM_HAMZA | MZ_NORM_DIGITS)
#define MZ_NORM_ALL ((1u << 10) - 1)

gboolean mz_norm_flags_parse(const char *spec, guint *flags, GError **error);
char *mz_norm_flags_to_string(guint flags);

typedef struct _MzNormalizer MzNormalizer;

MzNormalizer *mz_normalizer_new(guint flags);
void mz_normalizer_free(MzNormalizer *norm);
guint mz_normalizer_get_flags(const MzNormalizer *norm);

GBytes *mz_normalizer_prepare_text(MzNormalizer *norm, GBytes *text, GError **error);
const char *mz_normalizer_apply(MzNormalizer *norm, const char *s, gsize len, gsize *out_len);
char *mz_normalizer_normalize_string(MzNormalizer *norm, const char *s, gssize len, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzNormalizer, mz_normalizer_free)

G_END_DECLS
