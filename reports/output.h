/* output.h - where a report goes: stdout, a device, or a file written atomically */
#pragma once

#if !defined(MZ_REPORTS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only reports/mizan-reports.h can be included directly."
#endif

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MzOutput MzOutput;

MzOutput *mz_output_open(const char *path, GError **error);
FILE *mz_output_stream(MzOutput *out);
const char *mz_output_path(const MzOutput *out);
gboolean mz_output_commit(MzOutput *out, GError **error);
void mz_output_abort(MzOutput *out);
void mz_output_free(MzOutput *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzOutput, mz_output_free)

G_END_DECLS
