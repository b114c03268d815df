/* reports-error.c - the error domain of libmizan-reports */
#include "reports/mizan-reports.h"

G_DEFINE_QUARK(mz - reports - error - quark, mz_reports_error)
