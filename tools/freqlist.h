/* freqlist.h - frequency lists with dispersion from count tables (mizan-freq, mizan-ngrams) */
#pragma once

#include "corpus/mizan-corpus.h"
#include "reports/mizan-reports.h"
#include "stats/mizan-stats.h"

G_BEGIN_DECLS

/**
 * MzFreqOptions:
 * @min_freq: rows with a lower frequency are left out
 * @top: at most this many rows (per group and n); 0 for all
 * @n_parts: 0: the parts of dispersion are the documents; else the corpus
 *   (or group) cut into this many equal parts
 * @group_by: (nullable): a metadata field: one list per value
 * @by_doc: write doc, type, freq instead
 * @ngrams: the tables hold n-grams: an n column, "ngram" for the type column
 * @n_threads: threads that compute a list (0 or 1: the calling thread only)
 */
typedef struct {
  guint64 min_freq;
  guint64 top;
  guint64 n_parts;
  const char *group_by;
  gboolean by_doc;
  gboolean ngrams;
  guint n_threads;
} MzFreqOptions;

void mz_freq_options_init(MzFreqOptions *opts);
const MzColumn *mz_freq_columns(const MzFreqOptions *opts, guint *n_columns);
gboolean mz_freq_write(MzCounts *const *tables, guint n_tables, const MzFreqOptions *opts,
                       MzTableWriter *w, GError **error);

G_END_DECLS
