/* mizan-stats.h - libmizan-stats: numbers out of counts (it sees arrays, never text) */
#pragma once

#define MZ_STATS_INSIDE

#include "stats/stats-error.h"
#include "stats/assoc.h"
#include "stats/dispersion.h"
#include "stats/keyness.h"
#include "stats/lexdiv.h"
#include "stats/names.h"
#include "stats/readability.h"
#include "stats/summary.h"

#undef MZ_STATS_INSIDE
