/* translit.h - Buckwalter transliteration, both ways (spec/arabic-text.md section 1.1) */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MZ_TRANSLIT_NONE,
  MZ_TRANSLIT_BUCKWALTER,
} MzTranslit;

gboolean mz_translit_parse(const char *name, MzTranslit *translit, GError **error);

void mz_translit_to_buckwalter(GString *out, const char *s, gsize len);
void mz_translit_from_buckwalter(GString *out, const char *s, gsize len);

G_END_DECLS
