/* colloc.h - the rows of mizan-colloc: pairs with their contingency tables and measures */
#pragma once

#include "tools/common.h"

G_BEGIN_DECLS

typedef struct {
  MzAssocMeasure *measures; /* the measure columns, in order */
  guint n_measures;
  double log_base;        /* of the MI family */
  int sort;               /* -1: by o11; else the MzAssocMeasure to sort on */
  guint64 min_freq;       /* of the pair (o11) */
  guint64 min_f1, min_f2; /* of R1 and C1 */
  guint64 top;            /* 0: every row */
  gboolean sort_table;    /* --from-table: sort (else the file's order) */
} MzCollocOptions;

void mz_colloc_options_init(MzCollocOptions *opts);
gboolean mz_colloc_parse_measures(MzCollocOptions *opts, const char *spec, GError **error);
gboolean mz_colloc_parse_sort(MzCollocOptions *opts, const char *name, GError **error);
gboolean mz_colloc_parse_log_base(MzCollocOptions *opts, const char *name, GError **error);
void mz_colloc_options_clear(MzCollocOptions *opts);
char *mz_colloc_measures_help(void);

MzTableWriter *mz_colloc_writer_new(const MzCollocOptions *opts, MzTool *tool, FILE *stream);
gboolean mz_colloc_write(const MzCollocOptions *opts, MzTool *tool, const MzCounts *words,
                         const MzCooc *cooc, FILE *stream);
MzTable *mz_colloc_read_table(const MzCollocOptions *opts, const char *path, GError **error);

G_END_DECLS
