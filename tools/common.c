/* common.c - option groups, usage errors and exit statuses shared by every program */
#include "tools/common.h"
#include "mizan-config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_version.h>
#include <json-glib/json-glib.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#define MZ_TOOL_CONTINUE (-1)

static MzTool *
tool_of(gpointer data)
{
  return data;
}

static gboolean
opt_input_format(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_input_format_parse(value, &tool_of(data)->source.format, error);
}

static gboolean
opt_encoding(const char *name, const char *value, gpointer data, GError **error)
{
  MzTool *tool = tool_of(data);
  if (!mz_decode_encoding_is_known(value, error))
    return FALSE;
  g_free(tool->encoding);
  tool->encoding = g_strdup(value);
  tool->source.decode.encoding = tool->encoding;
  return TRUE;
}

static gboolean
opt_on_invalid(const char *name, const char *value, gpointer data, GError **error)
{
  MzTool *tool = tool_of(data);
  if (strcmp(value, "error") == 0)
    tool->source.decode.on_invalid = MZ_ON_INVALID_ERROR;
  else if (strcmp(value, "replace") == 0)
    tool->source.decode.on_invalid = MZ_ON_INVALID_REPLACE;
  else {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "unknown --on-invalid '%s' (choose from error, replace)", value);
    return FALSE;
  }
  return TRUE;
}

static gboolean
opt_trec_fields(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_trec_fields_parse(value, &tool_of(data)->source.trec_fields, error);
}

static gboolean
opt_normalize(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->normalize_given = TRUE;
  return mz_norm_flags_parse(value, &tool_of(data)->analyzer.norm_flags, error);
}

static gboolean
opt_stem(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->stem_given = TRUE;
  return mz_stemmer_parse(value, &tool_of(data)->analyzer.stemmer, error);
}

static gboolean
opt_unit(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->unit_given = TRUE;
  return mz_unit_parse(value, &tool_of(data)->unit, error);
}

static gboolean
opt_progress(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->progress = strcmp(name, "--progress") == 0;
  return TRUE;
}

static gboolean
opt_count(const char *name, const char *value, guint64 *out, guint64 min, GError **error)
{
  char *end = NULL;
  guint64 v = g_ascii_strtoull(value, &end, 10);
  if (end == value || *end != '\0' || v < min || value[0] == '-') {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "%s needs a whole number of at least %" G_GUINT64_FORMAT ", not '%s'", name, min,
                value);
    return FALSE;
  }
  *out = v;
  return TRUE;
}

static gboolean
opt_min_freq(const char *name, const char *value, gpointer data, GError **error)
{
  return opt_count(name, value, &tool_of(data)->list.min_freq, 1, error);
}

static gboolean
opt_top(const char *name, const char *value, gpointer data, GError **error)
{
  return opt_count(name, value, &tool_of(data)->list.top, 1, error);
}

static gboolean
opt_parts(const char *name, const char *value, gpointer data, GError **error)
{
  return opt_count(name, value, &tool_of(data)->list.n_parts, 2, error);
}

static gboolean
opt_threads(const char *name, const char *value, gpointer data, GError **error)
{
  guint64 n = 0;
  if (!opt_count(name, value, &n, 1, error))
    return FALSE;
  tool_of(data)->n_threads = (int)MIN(n, 256);
  return TRUE;
}

static gboolean
opt_engine(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_engine_parse(value, &tool_of(data)->analyzer.engine, error);
}

static gboolean
opt_types(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->types_given = TRUE;
  return mz_token_types_parse(value, &tool_of(data)->analyzer.types, error);
}

static gboolean
opt_sentence_per_line(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->analyzer.sentence_mode = MZ_SENTENCES_LINES;
  return TRUE;
}

static gboolean
opt_format(const char *name, const char *value, gpointer data, GError **error)
{
  tool_of(data)->format_given = TRUE;
  return mz_table_format_parse(value, &tool_of(data)->format, error);
}

static gboolean
opt_translit(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_translit_parse(value, &tool_of(data)->translit, error);
}

static GOptionGroup *
input_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"input-format", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_input_format),
     "auto (default), text, trec, jsonl, conllu or vertical", "FORMAT"},
    {"encoding", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_encoding),
     "auto (default) or an ICU name: UTF-16LE, windows-1256 ...", "NAME"},
    {"on-invalid", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_on_invalid),
     "Invalid UTF-8: error (default) or replace with U+FFFD", "ACTION"},
    {"text-field", 0, 0, G_OPTION_ARG_STRING, &tool->text_field,
     "JSONL member with the text (default: text)", "NAME"},
    {"id-field", 0, 0, G_OPTION_ARG_STRING, &tool->id_field,
     "JSONL member with the document id (default: id)", "NAME"},
    {"trec-fields", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_trec_fields),
     "TREC fields for the text: text,title,abstract (default: text)", "LIST"},
    {"metadata", 0, 0, G_OPTION_ARG_FILENAME, &tool->metadata,
     "Add the columns of a CSV file keyed by document id", "FILE.csv"},
    {"buckwalter-input", 0, 0, G_OPTION_ARG_NONE, &tool->source.buckwalter_input,
     "The text is Buckwalter transliteration", NULL},
    {"keep-going", 0, 0, G_OPTION_ARG_NONE, &tool->keep_going,
     "Skip unreadable documents, report them, exit 1", NULL},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("input", "Input options:", "Show input options", tool, NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

static GOptionGroup *
text_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"normalize", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_normalize),
     "Presets none, light (default), aggressive, and flags", "LIST"},
    {"stem", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_stem),
     "none (default) or light (Light10)", "STEMMER"},
    {"stopwords", 0, 0, G_OPTION_ARG_STRING, &tool->stopwords_spec,
     "Leave out the words of a list: arabic or a FILE", "LIST"},
    {"engine", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_engine),
     "Tokenizer: fast (default) or icu (UAX #29)", "ENGINE"},
    {"types", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_types),
     "Token types to keep (see below)", "LIST"},
    {"sentence-per-line", 0, G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_sentence_per_line),
     "Every line break ends a sentence", NULL},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("text", "Text options:", "Show text options", tool, NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

static GOptionGroup *
output_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &tool->output,
     "Write to FILE (atomically) instead of stdout", "FILE"},
    {"format", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_format),
     "Table format: csv (default), tsv or jsonl", "FORMAT"},
    {"bom", 0, 0, G_OPTION_ARG_NONE, &tool->bom,
     "Start CSV/TSV with a byte order mark (Excel)", NULL},
    {"translit", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_translit),
     "Write Arabic as none (default) or buckwalter", "SCHEME"},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("output", "Output options:", "Show output options", tool,
                                       NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

static GOptionGroup *
count_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"jobs", 'j', 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_threads),
     "Threads that count documents (default: one per core)", "N"},
    {"unit", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_unit),
     "What is counted: form, norm (default) or stem (default with --stem)", "UNIT"},
    {"save-counts", 0, 0, G_OPTION_ARG_FILENAME, &tool->save_counts,
     "Also save the counts to a count file (for mizan-merge, --from-counts)", "FILE"},
    {"from-counts", 0, 0, G_OPTION_ARG_FILENAME, &tool->from_counts,
     "Report from a count file instead of reading text", "FILE"},
    {"progress", 0, G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_progress),
     "Show progress on stderr (default: when it is a terminal)", NULL},
    {"no-progress", 0, G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK,
     MZ_OPTION_CALLBACK(opt_progress), "Never show progress", NULL},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("count", "Counting options:", "Show counting options", tool,
                                       NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

static GOptionGroup *
list_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"min-freq", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_min_freq),
     "Leave out rows with a lower frequency (default 1)", "N"},
    {"top", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_top),
     "At most N rows (per group and n)", "N"},
    {"parts", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_parts),
     "Dispersion over N equal parts (default: over documents)", "N"},
    {"group-by", 0, 0, G_OPTION_ARG_STRING, &tool->group_by,
     "One list per value of a metadata field (a group column)", "FIELD"},
    {"by-doc", 0, 0, G_OPTION_ARG_NONE, &tool->list.by_doc,
     "Write doc, type, freq for each document instead", NULL},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("list", "List options:", "Show list options", tool, NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

static GOptionGroup *
run_group(MzTool *tool)
{
  const GOptionEntry entries[] = {
    {"verbose", 'v', 0, G_OPTION_ARG_NONE, &tool->verbose,
     "Say what was chosen automatically, on stderr", NULL},
    {"version", 0, 0, G_OPTION_ARG_NONE, &tool->version,
     "Versions of Mizan, ICU, Unicode, GLib, GSL", NULL},
    {"help", 'h', 0, G_OPTION_ARG_NONE, &tool->help, "Show this help", NULL},
    G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("run", "General options:", "Show general options", tool,
                                       NULL);
  g_option_group_add_entries(g, entries);
  return g;
}

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
  printf("%s (Mizan) %s\nICU %s (Unicode %s)\nGLib %u.%u.%u\nGSL %s\njson-glib %d.%d.%d\n",
         prog, MZ_VERSION, icu_s, uni_s, glib_major_version, glib_minor_version,
         glib_micro_version, gsl_version, JSON_MAJOR_VERSION, JSON_MINOR_VERSION,
         JSON_MICRO_VERSION);
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
    gboolean split = i > 0 && a[0] == '-' && strchr("jnom", a[1]) != NULL && a[1] != '\0' &&
                     a[2] != '\0';
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
static const char text_help[] =
  "Normalization (--normalize): flags nfkc bidi tatweel diacritics alef yeh teh hamza\n"
  "digits persian; presets light = nfkc,bidi,tatweel,diacritics (the default) and\n"
  "aggressive = light,alef,yeh,teh,hamza,digits; -FLAG removes one (light,-diacritics).\n"
  "Token types (--types): word (Arabic letters), latin, number, punct, symbol, url,\n"
  "email, hashtag, mention, emoji, other.\n"
  "Input: the format of each file from its extension, then its first bytes (-v says\n"
  "which); the encoding from a BOM, valid UTF-8, else windows-1256/ISO-8859-6 detection.\n"
  "The README gives every rule.\n";

static GOptionContext *
make_context(MzTool *tool, gpointer data, const GOptionEntry *entries, const char *params,
             const char *summary, const char *description)
{
  GOptionContext *ctx = g_option_context_new(params);
  g_autofree char *title = g_strdup_printf("%s options:", tool->prog);
  GOptionGroup *own = g_option_group_new("program", title, "Show the program's options", data, NULL);
  if (entries != NULL) {
    g_option_group_add_entries(own, entries);
    g_option_context_add_group(ctx, own);
  } else {
    g_option_group_unref(own);
  }
  g_option_context_set_summary(ctx, summary);
  if (tool->groups & MZ_TOOL_TEXT) {
    g_autofree char *full = g_strconcat(description, "\n\n", text_help, NULL);
    g_option_context_set_description(ctx, full);
  } else {
    g_option_context_set_description(ctx, description);
  }
  g_option_context_set_help_enabled(ctx, FALSE);
  if (tool->groups & MZ_TOOL_INPUT)
    g_option_context_add_group(ctx, input_group(tool));
  if (tool->groups & MZ_TOOL_TEXT)
    g_option_context_add_group(ctx, text_group(tool));
  if (tool->groups & MZ_TOOL_LIST)
    g_option_context_add_group(ctx, list_group(tool));
  if (tool->groups & MZ_TOOL_COUNT)
    g_option_context_add_group(ctx, count_group(tool));
  if (tool->groups & MZ_TOOL_OUTPUT)
    g_option_context_add_group(ctx, output_group(tool));
  g_option_context_add_group(ctx, run_group(tool));
  return ctx;
}

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
  g_autoptr(GOptionContext) ctx = make_context(tool, data, entries, params, summary, description);
  g_autoptr(GError) error = NULL;
  *argv = split_short_values(tool, argc, *argv);
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", tool->prog,
            error->message, tool->prog);
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
    fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", tool->prog,
            error->message, tool->prog);
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
