/* keywords.h - the keyword list of mizan-keyness: two frequency lists in, one table out */
#pragma once

#include "tools/common.h"

G_BEGIN_DECLS

/**
 * MzFreqSide:
 *
 * One side of a comparison: the frequency of each type (strings interned in
 * @vocab, frequencies indexed by type id) and the corpus size, the tokens
 * counted (more than the sum of the frequencies when a published list was
 * trimmed).
 */
typedef struct {
  MzVocab *vocab;
  GArray *freq; /* guint64 per type id */
  guint64 size;
} MzFreqSide;

void mz_freq_side_init(MzFreqSide *side);
void mz_freq_side_clear(MzFreqSide *side);
void mz_freq_side_add(MzFreqSide *side, const char *type, gsize len, guint64 freq);
void mz_freq_side_add_documents(MzFreqSide *side, const MzCounts *c, const gboolean *keep);

typedef enum {
  MZ_KEYWORDS_BOTH,
  MZ_KEYWORDS_POSITIVE, /* overused in the target */
  MZ_KEYWORDS_NEGATIVE, /* underused */
} MzKeywordsOnly;

typedef struct {
  MzLLForm ll_form;
  MzLogRatioForm log_ratio_form;
  double smoothing; /* Simple Maths k */
  MzCorrection correction;
  double alpha;
  guint64 min_freq; /* of freq_t + freq_r */
  guint64 top;      /* 0: every row */
  MzKeywordsOnly only;
  int sort; /* a column of mz_keywords_columns() */
} MzKeywordsOptions;

void mz_keywords_options_init(MzKeywordsOptions *opts);
gboolean mz_keywords_parse_sort(MzKeywordsOptions *opts, const char *name, GError **error);
gboolean mz_keywords_write(const MzKeywordsOptions *opts, MzTool *tool, const MzFreqSide *target,
                           const MzFreqSide *reference, GError **error);

G_END_DECLS
