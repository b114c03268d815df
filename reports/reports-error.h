/* reports-error.h - the error domain of libmizan-reports */
#pragma once

#if !defined(MZ_REPORTS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only reports/mizan-reports.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MZ_REPORTS_ERROR (mz_reports_error_quark())

typedef enum {
  MZ_REPORTS_ERROR_FAILED,
  MZ_REPORTS_ERROR_IO,               /* cannot create, write or rename an output */
  MZ_REPORTS_ERROR_INVALID_ARGUMENT, /* a bad option value (tools exit with 2) */
} MzReportsError;

GQuark mz_reports_error_quark(void);

G_END_DECLS
