/* mizan-merge - merge count files made on parts of a corpus */
#include "tools/common.h"

#include <stdio.h>
#include <unistd.h>

static const char summary[] = "Merge count files (from --save-counts) into one.";

static const char description[] =
    "Count a corpus in shards - on several machines, with any scheduler - and merge:\n"
    "  mizan-freq --save-counts part1.counts corpus/part1 -o /dev/null\n"
    "  mizan-freq --save-counts part2.counts corpus/part2 -o /dev/null\n"
    "  mizan-merge part1.counts part2.counts -o all.counts\n"
    "  mizan-freq --from-counts all.counts --top 100\n"
    "The documents come out in the order of the files given, so a list made from the\n"
    "merged file is the list of the whole corpus in that order. The files must have been\n"
    "made with the same settings (normalization, stemming, unit, token types, stop list,\n"
    "n-gram sizes, --cross-sentences); a document id found in two files is an error.\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

/* Same settings and the same n-gram sizes as the first file. */
static gboolean
check_compatible(char **paths, MzCountFile **files, guint n, GError **error)
{
  for (guint i = 1; i < n; i++) {
    if (!mz_count_settings_check(&files[i]->settings, paths[i], &files[0]->settings, paths[0],
                                 error))
      return FALSE;
    for (guint t = 0; t < MAX(files[0]->tables->len, files[i]->tables->len); t++)
      if (t >= files[0]->tables->len || t >= files[i]->tables->len ||
          mz_counts_n(files[0]->tables->pdata[t]) != mz_counts_n(files[i]->tables->pdata[t])) {
        g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                    "%s and %s hold counts of different n-gram sizes", paths[0], paths[i]);
        return FALSE;
      }
  }
  return TRUE;
}

static gboolean
check_unique_ids(char **paths, MzCountFile **files, guint n, GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++) {
    MzCounts *c = files[i]->tables->pdata[0];
    for (guint d = 0; d < mz_counts_n_documents(c); d++) {
      const char *id = mz_counts_document_id(c, d);
      const char *first = g_hash_table_lookup(seen, id);
      if (first != NULL) {
        g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                    "document '%s' is in both %s and %s", id, first, paths[i]);
        return FALSE;
      }
      g_hash_table_insert(seen, (gpointer)id, paths[i]);
    }
  }
  return TRUE;
}

static MzCountFile *
merge(char **paths, MzCountFile **files, guint n)
{
  MzCountFile *out = mz_count_file_new();
  out->settings = files[0]->settings;
  out->settings.stopwords = g_strdup(files[0]->settings.stopwords);
  for (guint t = 0; t < files[0]->tables->len; t++) {
    g_autofree MzCounts **parts = g_new(MzCounts *, n);
    for (guint i = 0; i < n; i++)
      parts[i] = files[i]->tables->pdata[t];
    g_ptr_array_add(out->tables,
                    mz_counts_merge(parts, n, NULL, 0, MZ_MERGE_CONSUME | MZ_MERGE_CANONICAL));
  }
  return out;
}

static int
run(MzTool *tool, char **paths, guint n)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func((GDestroyNotify)mz_count_file_free);
  g_autoptr(MzCountFile) merged = NULL;
  g_autoptr(MzOutput) out = NULL;
  for (guint i = 0; i < n; i++) {
    MzCountFile *f = mz_count_file_read(paths[i], &error);
    if (f == NULL)
      return mz_tool_fail(tool, error);
    g_ptr_array_add(files, f);
    if (mz_tool_interrupted())
      return mz_tool_interrupted();
  }
  if (!check_compatible(paths, (MzCountFile **)files->pdata, n, &error) ||
      !check_unique_ids(paths, (MzCountFile **)files->pdata, n, &error))
    return mz_tool_fail(tool, error);
  merged = merge(paths, (MzCountFile **)files->pdata, n);
  if ((out = mz_tool_open_output(tool, &error)) == NULL ||
      !mz_count_file_write(merged, mz_output_stream(out), &error) || !mz_output_commit(out, &error))
    return mz_tool_fail(tool, error);
  return mz_tool_interrupted();
}

int
main(int argc, char **argv)
{
  MzTool tool;
  const GOptionEntry entries[] = {{"output", 'o', 0, G_OPTION_ARG_FILENAME, &tool.output,
                                   "The merged count file (written atomically)", "FILE"},
                                  G_OPTION_ENTRY_NULL};
  int status;
  mz_tool_init(&tool, "mizan-merge", 0);
  status =
      mz_tool_parse(&tool, &tool, &argc, &argv, entries, "COUNTS COUNTS...", summary, description);
  if (status < 0 && argc < 2) {
    fprintf(stderr, "mizan-merge: give the count files to merge\nTry \"mizan-merge --help\" "
                    "for more information.\n");
    status = MZ_EXIT_USAGE;
  } else if (status < 0 && tool.output == NULL && isatty(STDOUT_FILENO)) {
    fprintf(stderr, "mizan-merge: a count file is binary: give -o FILE\n");
    status = MZ_EXIT_USAGE;
  } else if (status < 0) {
    mz_tool_install_signals();
    status = run(&tool, argv + 1, (guint)argc - 1);
  }
  mz_tool_clear(&tool);
  return status;
}
