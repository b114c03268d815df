/* format-double.h - printf's "%.15g" without printf (private to reports/) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean mz_format_double_fast(char *buf, double value);

G_END_DECLS
