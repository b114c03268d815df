/* stats-error.h - the error domain of libmizan-stats */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MZ_STATS_ERROR (mz_stats_error_quark())

typedef enum {
  MZ_STATS_ERROR_FAILED,
  MZ_STATS_ERROR_INVALID_ARGUMENT, /* an unknown measure or option value (tools exit with 2) */
} MzStatsError;

GQuark mz_stats_error_quark(void);

G_END_DECLS
