/* docstats.h - per-document measures, written per document or summarized per metadata group
 * (mizan-readability, mizan-lexdiv) */
#pragma once

#include "tools/common.h"

G_BEGIN_DECLS

/**
 * MzDocStats:
 *
 * A table with one row per document: the document's id, its value of the
 * --group-by field (when grouping) and one double per measure (NaN = NA,
 * which the table writers print as NA, never "nan"). Written either as it is
 * (columns: doc, [group field], measures...) or, with --group-by,
 * summarized per group in long form (columns: group, measure, documents,
 * mean, sd, ci_low, ci_high; groups in order of first appearance, measures
 * in column order), from mz_summary_compute() with level 0.95.
 */
typedef struct _MzDocStats MzDocStats;

MzDocStats *mz_doc_stats_new(const char *const *measures, guint n_measures, const char *group_by);
void mz_doc_stats_free(MzDocStats *s);
/* @group is the document's value of the group field (NULL: the document lacks it) */
void mz_doc_stats_add(MzDocStats *s, const char *doc_id, const char *group, const double *values);
/* Writes through mz_tool_open_output() (atomic -o, --format, --bom); per group when
 * the table was made with a group field. Returns the exit status. */
int mz_doc_stats_write(MzDocStats *s, MzTool *tool);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzDocStats, mz_doc_stats_free)

G_END_DECLS
