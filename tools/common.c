/* common.c - parsing, usage errors and exit statuses shared by every program */
#include "tools/common.h"
#include "tools/options.h"
#include "mizan-config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_version.h>
#include <json-glib/json-glib.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#define MZ_TOOL_CONTINUE (-1)

/**
 * mz_tool_init:
 * @tool: the tool state (on the stack of main)
 * @prog: the program name for messages
 * @groups: #MzToolGroups
 */
void
mz_tool_init(MzTool *tool, const char *prog, guint groups)
{
  memset(tool, 0, sizeof *tool);
  tool->prog = prog;
  tool->groups = groups;
  mz_source_options_init(&tool->source);
  mz_analyzer_options_init(&tool->analyzer);
  tool->format = MZ_TABLE_CSV;
  tool->scratch = g_string_new(NULL);
  tool->n_threads = (int)MAX(g_get_num_processors(), 1);
  tool->progress = -1;
  tool->unit = MZ_UNIT_NORM;
  mz_freq_options_init(&tool->list);
  if (groups & MZ_TOOL_COUNT)
    tool->analyzer.types = MZ_TOKEN_MASK_WORDS; /* statistics count words by default */
}

void
mz_tool_clear(MzTool *tool)
{
  g_strfreev(tool->paths);
  g_free(tool->argv);
  g_strfreev(tool->arg_strings);
  g_free(tool->encoding);
  g_free(tool->text_field);
  g_free(tool->id_field);
  g_free(tool->metadata);
  g_free(tool->stopwords_spec);
  g_free(tool->output);
  g_free(tool->save_counts);
  g_free(tool->from_counts);
  g_free(tool->group_by);
  g_clear_pointer(&tool->stopwords, mz_stopwords_free);
  g_string_free(tool->scratch, TRUE);
}

/* --version: Mizan and the libraries behind its numbers (STYLE.md 19). */
void
mz_tool_print_version(const char *prog)
{
  UVersionInfo icu, uni;
  char icu_s[U_MAX_VERSION_STRING_LENGTH], uni_s[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_getUnicodeVersion(uni);
  u_versionToString(icu, icu_s);
  u_versionToString(uni, uni_s);
  printf("%s (Mizan) %s\nICU %s (Unicode %s)\nGLib %u.%u.%u\nGSL %s\njson-glib %d.%d.%d\n", prog,
         MZ_VERSION, icu_s, uni_s, glib_major_version, glib_minor_version, glib_micro_version,
         gsl_version, JSON_MAJOR_VERSION, JSON_MINOR_VERSION, JSON_MICRO_VERSION);
}

static gboolean
load_stopwords(MzTool *tool, GError **error)
{
  g_autoptr(MzNormalizer) norm = NULL;
  if (tool->stopwords_spec == NULL)
    return TRUE;
  norm = mz_normalizer_new(tool->analyzer.norm_flags);
  tool->stopwords = mz_stopwords_load(tool->stopwords_spec, norm, error);
  if (tool->stopwords == NULL)
    return FALSE;
  if (tool->verbose)
    fprintf(stderr, "%s: stop list '%s': %u words (%u entries skipped)\n", tool->prog,
            tool->stopwords_spec, mz_stopwords_size(tool->stopwords),
            mz_stopwords_n_skipped(tool->stopwords));
  tool->analyzer.stopwords = tool->stopwords;
  return TRUE;
}

/* The FILE/DIR arguments; standard input when there are none and it is not a terminal. */
static gboolean
take_paths(MzTool *tool, int argc, char **argv, GError **error)
{
  if (argc > 1) {
    tool->paths = g_new0(char *, argc);
    for (int i = 1; i < argc; i++)
      tool->paths[i - 1] = g_strdup(argv[i]);
    return TRUE;
  }
  if (isatty(STDIN_FILENO)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                "no input: give files or directories, or - for standard input");
    return FALSE;
  }
  tool->paths = g_new0(char *, 2);
  tool->paths[0] = g_strdup("-");
  return TRUE;
}

/**
 * mz_tool_default_input:
 * @tool: the tool state after mz_tool_parse() with paths_optional set
 *
 * When no FILE/DIR argument was given: standard input, unless it is a
 * terminal (a usage error).
 *
 * Returns: %FALSE with a %G_OPTION_ERROR.
 */
gboolean
mz_tool_default_input(MzTool *tool, GError **error)
{
  return tool->paths != NULL || take_paths(tool, 1, NULL, error);
}

/* GOption reads "-j 2" but not "-j2": split the short options that take a
 * value (-j, -n, -o, -m) from a value written onto them. */
static char **
split_short_values(MzTool *tool, int *argc, char **argv)
{
  GPtrArray *args = g_ptr_array_new(); /* of new strings, kept in tool->arg_strings */
  for (int i = 0; i < *argc; i++) {
    const char *a = argv[i];
    gboolean split =
        i > 0 && a[0] == '-' && strchr("jnom", a[1]) != NULL && a[1] != '\0' && a[2] != '\0';
    g_ptr_array_add(args, split ? g_strndup(a, 2) : g_strdup(a));
    if (split)
      g_ptr_array_add(args, g_strdup(a + 2));
    if (strcmp(a, "--") == 0)
      for (i++; i < *argc; i++)
        g_ptr_array_add(args, g_strdup(argv[i]));
  }
  *argc = (int)args->len;
  g_ptr_array_add(args, NULL);
  /* GOption takes options out of argv without freeing them: keep the strings here */
  tool->arg_strings = (char **)g_ptr_array_free(args, FALSE);
  tool->argv = g_memdup2(tool->arg_strings, sizeof(char *) * ((gsize)*argc + 1));
  return tool->argv;
}

/* Said once for every program with text options (their --help ends with it). */
/**
 * mz_tool_parse:
 * @tool: the tool state
 * @data: the user data of @entries' callbacks
 * @argc, @argv: main's arguments; options are removed from them
 * @entries: the program's own options
 * @params: the argument synopsis ("[FILE|DIR|-]...")
 * @summary: one line saying what the program does
 * @description: the text after the options: columns, example, rules
 *
 * Parses the shared groups and @entries. `--help` prints every group to
 * stdout; a usage error goes to stderr with a hint.
 *
 * Returns: -1 to go on, or the exit status to return at once.
 */
int
mz_tool_parse(MzTool *tool, gpointer data, int *argc, char ***argv, const GOptionEntry *entries,
              const char *params, const char *summary, const char *description)
{
  g_autoptr(GOptionContext) ctx =
      mz_tool_option_context(tool, data, entries, params, summary, description);
  g_autoptr(GError) error = NULL;
  *argv = split_short_values(tool, argc, *argv);
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", tool->prog, error->message,
            tool->prog);
    return MZ_EXIT_USAGE;
  }
  if (tool->help) {
    g_autofree char *help = g_option_context_get_help(ctx, FALSE, NULL);
    fputs(help, stdout);
    return MZ_EXIT_OK;
  }
  if (tool->version) {
    mz_tool_print_version(tool->prog);
    return MZ_EXIT_OK;
  }
  if (tool->text_field != NULL)
    tool->source.text_field = tool->text_field;
  if (tool->id_field != NULL)
    tool->source.id_field = tool->id_field;
  tool->source.metadata_path = tool->metadata;
  tool->list.group_by = tool->group_by;
  tool->list.n_threads = (guint)tool->n_threads;
  if (!tool->unit_given && tool->analyzer.stemmer != MZ_STEM_NONE)
    tool->unit = MZ_UNIT_STEM;
  if (tool->from_counts != NULL && *argc > 1) {
    fprintf(stderr, "%s: --from-counts reads counts, not text: give no FILE/DIR arguments\n",
            tool->prog);
    return MZ_EXIT_USAGE;
  }
  if ((tool->groups & MZ_TOOL_INPUT) && tool->from_counts == NULL &&
      !(tool->paths_optional && *argc <= 1) && !take_paths(tool, *argc, *argv, &error)) {
    fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", tool->prog, error->message,
            tool->prog);
    return MZ_EXIT_USAGE;
  }
  if (!load_stopwords(tool, &error))
    return mz_tool_fail(tool, g_steal_pointer(&error));
  return MZ_TOOL_CONTINUE;
}

static gboolean
is_usage_error(const GError *error)
{
  return error->domain == G_OPTION_ERROR ||
         (error->domain == MZ_CORPUS_ERROR && error->code == MZ_CORPUS_ERROR_INVALID_ARGUMENT) ||
         (error->domain == MZ_REPORTS_ERROR && error->code == MZ_REPORTS_ERROR_INVALID_ARGUMENT) ||
         (error->domain == MZ_STATS_ERROR && error->code == MZ_STATS_ERROR_INVALID_ARGUMENT);
}

/**
 * mz_tool_fail:
 * @error: (transfer full): what went wrong
 *
 * Prints the error and maps it to an exit status: 2 for usage errors, 1
 * for bad data and I/O.
 *
 * Returns: the exit status.
 */
int
mz_tool_fail(MzTool *tool, GError *error)
{
  int status = is_usage_error(error) ? MZ_EXIT_USAGE : MZ_EXIT_DATA;
  fprintf(stderr, "%s: %s\n", tool->prog, error->message);
  if (status == MZ_EXIT_USAGE)
    fprintf(stderr, "Try \"%s --help\" for more information.\n", tool->prog);
  g_error_free(error);
  return status;
}

void
mz_tool_warn(MzTool *tool, const char *format, ...)
{
  va_list args;
  va_start(args, format);
  fprintf(stderr, "%s: warning: ", tool->prog);
  vfprintf(stderr, format, args);
  fputc('\n', stderr);
  va_end(args);
}

/* The notify callback of sources: warnings always, information with -v. */
void
mz_tool_notify(MzNotifyLevel level, const char *message, gpointer user_data)
{
  MzTool *tool = user_data;
  if (level == MZ_NOTIFY_WARNING)
    mz_tool_warn(tool, "%s", message);
  else if (tool->verbose)
    fprintf(stderr, "%s: %s\n", tool->prog, message);
}
