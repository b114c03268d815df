/* names.h - lists of measure names, as a command line gives them */
#pragma once

#if !defined(MZ_STATS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only stats/mizan-stats.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

gboolean mz_stats_names_parse(const char *spec, const char *const *names, guint n_names,
                              const char *what, guint64 *mask, GError **error);

G_END_DECLS
