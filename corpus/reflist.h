/* reflist.h - a reference frequency list: forms, frequencies, the corpus size, and the
 * settings it was made with when it says */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/counter.h"
#include "corpus/stem.h"
#include "corpus/vocab.h"

G_BEGIN_DECLS

/**
 * MzRefList:
 * @origin: where it came from, for messages ("the bundled ANT reference list", a path)
 * @forms: its types
 * @freq: (element-type guint64): the frequency of each type, by id in @forms
 * @tokens: the size of the corpus it was counted on: its "# tokens:" line, a count file's
 *   total, freq * 1e6 / per_million of its first row with a per_million column, or else
 *   the sum of its frequencies (@size_from_sum)
 * @has_settings: it records how it was made (a count file, or "# normalize:" and "# unit:"
 *   lines before the header); then @norm_flags, @stemmer and @unit say how
 *
 * A frequency list another run (or tool) made, read from a count file or from a CSV or
 * TSV table with the columns type and freq (mizan-freq's list is one).
 */
typedef struct {
  char *origin;
  MzVocab *forms;
  GArray *freq;
  guint64 tokens;
  gboolean size_from_sum;
  gboolean has_settings;
  guint norm_flags;
  MzStemmer stemmer;
  MzUnit unit;
} MzRefList;

#define MZ_REF_LIST_BUNDLED "ant" /* the name of the bundled list (ANT news corpus) */

MzRefList *mz_ref_list_parse(const char *data, gsize len, const char *origin, GError **error);
MzRefList *mz_ref_list_load(const char *name, GError **error);
void mz_ref_list_free(MzRefList *list);
guint64 mz_ref_list_lookup(const MzRefList *list, const char *s, gsize len);
gboolean mz_ref_list_check(const MzRefList *list, guint norm_flags, MzStemmer stemmer, MzUnit unit,
                           GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzRefList, mz_ref_list_free)

G_END_DECLS
