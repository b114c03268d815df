/* stem.h - light stemming (spec/arabic-text.md section 5.2, Light10) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MZ_STEM_NONE,
  MZ_STEM_LIGHT, /* Light10 (Larkey et al. 2007) as in AraNLP, stacked proclitics */
} MzStemmer;

gboolean mz_stemmer_parse(const char *name, MzStemmer *stemmer, GError **error);
const char *mz_stemmer_name(MzStemmer stemmer);

/* The stem is a substring of the input: [*start, *start + *stem_len). */
void mz_stem(MzStemmer stemmer, const char *s, gsize len, gsize *start, gsize *stem_len);

G_END_DECLS
