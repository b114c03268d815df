/* options.c - the option groups every program shares, and the option context of a program */
#include "tools/common.h"
#include "tools/options.h"

#include <string.h>

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

/* Adds @entries to @g taking every value as the bytes given, as GLib takes file names: GLib
 * would otherwise convert option values from the locale's charset, which in the C locale
 * refuses any Arabic (--node, --target VALUE, a stop-list path). Text values are UTF-8 as the
 * terminal sends them; where one is read as text it is checked (mz_tool_query_form). */
static void
add_entries(GOptionGroup *g, const GOptionEntry *entries)
{
  guint n = 0;
  while (entries[n].long_name != NULL)
    n++;
  g_autofree GOptionEntry *raw = g_memdup2(entries, sizeof(GOptionEntry) * (n + 1));
  for (guint i = 0; i < n; i++) {
    if (raw[i].arg == G_OPTION_ARG_STRING)
      raw[i].arg = G_OPTION_ARG_FILENAME;
    else if (raw[i].arg == G_OPTION_ARG_STRING_ARRAY)
      raw[i].arg = G_OPTION_ARG_FILENAME_ARRAY;
    else if (raw[i].arg == G_OPTION_ARG_CALLBACK && !(raw[i].flags & G_OPTION_FLAG_NO_ARG))
      raw[i].flags |= G_OPTION_FLAG_FILENAME;
  }
  g_option_group_add_entries(g, raw);
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
  add_entries(g, entries);
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
      {"sentence-per-line", 0, G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK,
       MZ_OPTION_CALLBACK(opt_sentence_per_line), "Every line break ends a sentence", NULL},
      G_OPTION_ENTRY_NULL};
  GOptionGroup *g = g_option_group_new("text", "Text options:", "Show text options", tool, NULL);
  add_entries(g, entries);
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
      {"bom", 0, 0, G_OPTION_ARG_NONE, &tool->bom, "Start CSV/TSV with a byte order mark (Excel)",
       NULL},
      {"translit", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_translit),
       "Write Arabic as none (default) or buckwalter", "SCHEME"},
      G_OPTION_ENTRY_NULL};
  GOptionGroup *g =
      g_option_group_new("output", "Output options:", "Show output options", tool, NULL);
  add_entries(g, entries);
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
  GOptionGroup *g =
      g_option_group_new("count", "Counting options:", "Show counting options", tool, NULL);
  add_entries(g, entries);
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
  add_entries(g, entries);
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
  GOptionGroup *g =
      g_option_group_new("run", "General options:", "Show general options", tool, NULL);
  add_entries(g, entries);
  return g;
}

static const char text_help[] =
    "Normalization (--normalize): flags nfkc bidi tatweel diacritics alef yeh teh hamza\n"
    "digits persian; presets light = nfkc,bidi,tatweel,diacritics (the default) and\n"
    "aggressive = light,alef,yeh,teh,hamza,digits; -FLAG removes one (light,-diacritics).\n"
    "Token types (--types): word (Arabic letters), latin, number, punct, symbol, url,\n"
    "email, hashtag, mention, emoji, other.\n"
    "Input: the format of each file from its extension, then its first bytes (-v says\n"
    "which); the encoding from a BOM, valid UTF-8, else windows-1256/ISO-8859-6 detection.\n"
    "The README gives every rule.\n";

/* mz_tool_option_context: Returns: (transfer full): the option context of a program: its own
 * @entries (callbacks get @data), the shared groups of tool->groups, and the help texts. */
GOptionContext *
mz_tool_option_context(MzTool *tool, gpointer data, const GOptionEntry *entries, const char *params,
                       const char *summary, const char *description)
{
  GOptionContext *ctx = g_option_context_new(params);
  g_autofree char *title = g_strdup_printf("%s options:", tool->prog);
  GOptionGroup *own =
      g_option_group_new("program", title, "Show the program's options", data, NULL);
  if (entries != NULL) {
    add_entries(own, entries);
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
