/* table.c - work in progress */
#include "reports/mizan-reports.h"
