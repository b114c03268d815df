/* countfile.h - count tables on disk: a documented, versioned, checked binary format */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <stdio.h>

#include <glib.h>

#include "corpus/counter.h"
#include "corpus/counts.h"

G_BEGIN_DECLS

#define MZ_COUNTFILE_VERSION 1

/**
 * MzCountSettings:
 * @norm_flags: #MzNormFlags used
 * @stemmer: the stemmer used
 * @unit: the form counted
 * @types: the mask of token types counted
 * @stopwords: "none", or a description of the stop list that includes a
 *   digest of its normalized entries ("arabic sha256:...", "FILE sha256:...")
 * @cross_sentences: whether n-grams crossed sentence boundaries
 *
 * What produced the counts. Two count files can be merged, or compared,
 * only when their settings are equal.
 */
typedef struct {
  guint norm_flags;
  MzStemmer stemmer;
  MzUnit unit;
  guint types;
  char *stopwords;
  gboolean cross_sentences;
} MzCountSettings;

void mz_count_settings_clear(MzCountSettings *s);
gboolean mz_count_settings_check(const MzCountSettings *a, const char *a_name,
                                 const MzCountSettings *b, const char *b_name, GError **error);

/**
 * MzCountFile:
 * @settings: what produced the counts
 * @tables: (element-type MzCounts): one table per n, n ascending, at least one
 */
typedef struct {
  MzCountSettings settings;
  GPtrArray *tables;
} MzCountFile;

MzCountFile *mz_count_file_new(void);
void mz_count_file_free(MzCountFile *f);
MzCounts *mz_count_file_table(const MzCountFile *f, guint n);
gboolean mz_count_file_write(const MzCountFile *f, FILE *out, GError **error);
MzCountFile *mz_count_file_read(const char *path, GError **error);
MzCountFile *mz_count_file_parse(const guint8 *data, gsize len, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzCountFile, mz_count_file_free)

G_END_DECLS
