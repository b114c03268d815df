/* stats-error.c - the error domain of libmizan-stats */
#include "stats/mizan-stats.h"

/* clang-format off */
G_DEFINE_QUARK(mz-stats-error-quark, mz_stats_error)
/* clang-format on */
