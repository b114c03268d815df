/* names.c - lists of measure names, as a command line gives them */
#include "stats/mizan-stats.h"

#include <string.h>

/**
 * mz_stats_names_parse:
 * @spec: names separated by commas (spaces around a name are ignored),
 *   "all" for every one, "none" for none; the order does not matter
 * @names: the @n_names known names (at most 64), bit i of @mask for names[i]
 * @what: what a name names, for the messages ("formula", "measure")
 * @mask: (out): one bit per name given
 *
 * Returns: %TRUE, or %FALSE with %MZ_STATS_ERROR_INVALID_ARGUMENT for an
 * empty @spec or an unknown name (the message lists the known ones).
 */
gboolean
mz_stats_names_parse(const char *spec, const char *const *names, guint n_names, const char *what,
                     guint64 *mask, GError **error)
{
  g_return_val_if_fail(spec != NULL && names != NULL && n_names <= 64 && mask != NULL, FALSE);
  g_auto(GStrv) items = g_strsplit(spec, ",", -1);
  *mask = 0;
  if (items[0] == NULL) { /* "" */
    g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
                "no %s named (give names, all or none)", what);
    return FALSE;
  }
  for (guint i = 0; items[i] != NULL; i++) {
    const char *name = g_strstrip(items[i]);
    guint k = 0;
    if (strcmp(name, "all") == 0) {
      *mask = n_names == 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT(1) << n_names) - 1;
      continue;
    }
    if (strcmp(name, "none") == 0)
      continue;
    while (k < n_names && strcmp(name, names[k]) != 0)
      k++;
    if (k == n_names) {
      g_autoptr(GString) known = g_string_new(NULL);
      for (guint j = 0; j < n_names; j++)
        g_string_append_printf(known, "%s, ", names[j]);
      g_set_error(error, MZ_STATS_ERROR, MZ_STATS_ERROR_INVALID_ARGUMENT,
                  "unknown %s '%s' (choose from %sall, none)", what, name, known->str);
      return FALSE;
    }
    *mask |= G_GUINT64_CONSTANT(1) << k;
  }
  return TRUE;
}
