/* mizan-stats.h - libmizan-stats: numbers out of counts (it sees arrays, never text) */
#pragma once

#define MZ_STATS_INSIDE

#include "stats/dispersion.h"

#undef MZ_STATS_INSIDE
