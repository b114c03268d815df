/* mizan-reports.h - libmizan-reports: tables and how they are written */
#pragma once

#define MZ_REPORTS_INSIDE

#include "reports/reports-error.h"
#include "reports/output.h"
#include "reports/table.h"

#undef MZ_REPORTS_INSIDE
