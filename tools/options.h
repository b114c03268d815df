/* options.h - the option context of a program (options.c), for mz_tool_parse() */
#pragma once

#include "tools/common.h"

GOptionContext *mz_tool_option_context(MzTool *tool, gpointer data, const GOptionEntry *entries,
                                       const char *params, const char *summary,
                                       const char *description);
