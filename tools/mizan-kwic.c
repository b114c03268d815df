/* mizan-kwic - concordance (key word in context) lines of a node */
#include "tools/common.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  MzTool tool;
  MzKwicOptions opts;
  MzKwicMode mode;
  gboolean regex_search, ignore_case;
  guint64 limit, n_written;
  char *query;
  const MzKwicMatcher *matcher;
  MzTableWriter *writer;
} Run;

static const MzColumn columns[] = {
    {"doc", MZ_COLUMN_STRING},  {"sent", MZ_COLUMN_INT},    {"position", MZ_COLUMN_INT},
    {"left", MZ_COLUMN_STRING}, {"node", MZ_COLUMN_STRING}, {"right", MZ_COLUMN_STRING},
};

/* The index of value in names (any case), or -1 with a usage error. */
static int
opt_choice(const char *name, const char *value, const char *const *names, int n, GError **error)
{
  for (int i = 0; i < n; i++)
    if (g_ascii_strcasecmp(value, names[i]) == 0)
      return i;
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "unknown %s '%s' (choose from %s)",
              name, value, n == 4 ? "norm, form, stem, regex" : "doc, L1, R1");
  return -1;
}

static gboolean
opt_match(const char *name, const char *value, gpointer data, GError **error)
{
  static const char *const names[] = {"norm", "form", "stem", "regex"}; /* MzKwicMode */
  int i = opt_choice(name, value, names, G_N_ELEMENTS(names), error);
  if (i >= 0)
    ((Run *)data)->mode = (MzKwicMode)i;
  return i >= 0;
}

static gboolean
opt_sort(const char *name, const char *value, gpointer data, GError **error)
{
  static const char *const names[] = {"doc", "L1", "R1"}; /* MzKwicSort */
  int i = opt_choice(name, value, names, G_N_ELEMENTS(names), error);
  if (i >= 0)
    ((Run *)data)->opts.sort = (MzKwicSort)i;
  return i >= 0;
}

static gboolean
opt_number(const char *name, const char *value, guint64 min, guint64 max, guint64 *out,
           GError **error)
{
  char *end = NULL;
  guint64 v = g_ascii_strtoull(value, &end, 10);
  if (end == value || *end != '\0' || value[0] == '-' || v < min || v > max) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "%s needs a whole number from %" G_GUINT64_FORMAT " to %" G_GUINT64_FORMAT
                ", not '%s'",
                name, min, max, value);
    return FALSE;
  }
  *out = v;
  return TRUE;
}

static gboolean
opt_width(const char *name, const char *value, gpointer data, GError **error)
{
  guint64 v = 0;
  if (!opt_number(name, value, 0, 1000, &v, error))
    return FALSE;
  ((Run *)data)->opts.width = (guint)v;
  return TRUE;
}

static gboolean
opt_limit(const char *name, const char *value, gpointer data, GError **error)
{
  return opt_number(name, value, 1, G_MAXUINT64, &((Run *)data)->limit, error);
}

static void
add_cell(Run *run, const char *s, gsize len)
{
  gsize n;
  const char *form = mz_tool_form(&run->tool, s, len, &n);
  mz_table_writer_add_string(run->writer, form, (gssize)n);
}

/* Writes the lines that are ready. Returns: FALSE once --limit is reached. */
static gboolean
drain(Run *run, MzKwic *kwic)
{
  MzKwicLine line;
  while ((run->limit == 0 || run->n_written < run->limit) && mz_kwic_next_line(kwic, &line)) {
    mz_table_writer_add_string(run->writer, line.doc, -1);
    mz_table_writer_add_int(run->writer, line.sentence);
    mz_table_writer_add_int(run->writer, (gint64)line.position);
    add_cell(run, line.left, line.left_len);
    add_cell(run, line.node, line.node_len);
    add_cell(run, line.right, line.right_len);
    mz_table_writer_end_row(run->writer);
    run->n_written++;
  }
  return run->limit == 0 || run->n_written < run->limit;
}

/* Returns: 0, or the exit status that ends the run (*error may be set). */
static int
process_document(Run *run, MzAnalyzer *an, MzKwic *kwic, MzDocument *doc, GError **error)
{
  MzTokenInfo t;
  guint64 n = 0;
  gboolean more = TRUE;
  if (!mz_analyzer_begin(an, doc, error))
    return MZ_EXIT_DATA;
  mz_kwic_begin(kwic, doc->id, mz_analyzer_text(an, NULL));
  while (more && mz_analyzer_next(an, &t)) {
    mz_kwic_add(kwic, &t);
    if (!mz_kwic_matcher_check(run->matcher, error)) { /* a regex ran out of time */
      g_prefix_error(error, "%s: ", doc->id);
      return MZ_EXIT_USAGE;
    }
    more = drain(run, kwic);
    if ((++n & 0xffff) == 0 && mz_tool_interrupted())
      return mz_tool_interrupted();
  }
  mz_kwic_end(kwic);
  drain(run, kwic);
  return mz_tool_interrupted();
}

static int
process_all(Run *run, MzSource *src, MzAnalyzer *an, MzKwic *kwic, GError **error)
{
  MzDocument *raw;
  while ((run->opts.sort != MZ_KWIC_SORT_DOC || run->limit == 0 || run->n_written < run->limit) &&
         (raw = mz_tool_next_document(&run->tool, src, error)) != NULL) {
    g_autoptr(MzDocument) doc = raw;
    int status = process_document(run, an, kwic, doc, error);
    if (status != 0)
      return status;
  }
  if (*error != NULL)
    return MZ_EXIT_DATA;
  mz_kwic_finish(kwic);
  drain(run, kwic);
  if (run->n_written == 0)
    mz_tool_warn(&run->tool, "no lines: '%s' was not found", run->query);
  return 0;
}

static gboolean
finish(Run *run, MzOutput *out, GError **error)
{
  if (!mz_tool_finish_input(&run->tool, error) || !mz_table_writer_finish(run->writer, error))
    return FALSE;
  return mz_output_commit(out, error);
}

/* The matcher and the concordancer, before any input is read: a bad query exits 2. */
static MzKwic *
make_kwic(Run *run, MzAnalyzer *an, MzKwicMatcher **matcher, GError **error)
{
  guint flags =
      (run->regex_search ? MZ_KWIC_REGEX_SEARCH : 0) | (run->ignore_case ? MZ_KWIC_IGNORE_CASE : 0);
  MzTool *tool = &run->tool;
  *matcher = mz_kwic_matcher_new(run->query, run->mode, mz_analyzer_get_normalizer(an),
                                 tool->analyzer.stemmer, flags, error);
  run->matcher = *matcher;
  if (*matcher == NULL)
    return NULL;
  if (tool->stopwords != NULL && run->mode != MZ_KWIC_MATCH_REGEX) {
    g_autofree char *norm =
        mz_normalizer_normalize_string(mz_analyzer_get_normalizer(an), run->query, -1, NULL);
    if (norm != NULL && mz_stopwords_contains(tool->stopwords, norm, strlen(norm)))
      mz_tool_warn(tool, "'%s' is on the stop list (--stopwords): it is never a node", run->query);
  }
  run->opts.norm_flags = tool->analyzer.norm_flags;
  return mz_kwic_new(&run->opts, *matcher, error);
}

static int
run_all(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzAnalyzer) an = mz_analyzer_new(&run->tool.analyzer, &error);
  g_autoptr(MzKwicMatcher) matcher = NULL;
  g_autoptr(MzKwic) kwic = NULL;
  g_autoptr(MzSource) src = NULL;
  g_autoptr(MzOutput) out = NULL;
  int status;
  if (an == NULL || (kwic = make_kwic(run, an, &matcher, &error)) == NULL ||
      (src = mz_tool_open_source(&run->tool, &error)) == NULL ||
      (out = mz_tool_open_output(&run->tool, &error)) == NULL)
    return mz_tool_fail(&run->tool, error);
  run->writer = mz_table_writer_new(mz_output_stream(out), run->tool.format, columns,
                                    G_N_ELEMENTS(columns), run->tool.bom);
  status = process_all(run, src, an, kwic, &error);
  if (status == 0 && !finish(run, out, &error))
    status = MZ_EXIT_DATA;
  g_clear_pointer(&run->writer, mz_table_writer_free);
  if (error != NULL)
    return mz_tool_fail(&run->tool, error);
  return status != 0 ? status : mz_tool_exit_status(&run->tool);
}

static int
usage_error(Run *run, const char *message)
{
  fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", run->tool.prog, message,
          run->tool.prog);
  return MZ_EXIT_USAGE;
}

/* The first argument is the query; the rest (or standard input) the input. */
static int
take_query(Run *run, int argc)
{
  char **paths = run->tool.paths;
  if (argc < 2)
    return usage_error(run, "no query: give the node first, then files or directories");
  run->query = paths[0];
  memmove(paths, paths + 1, sizeof(char *) * g_strv_length(paths));
  if (paths[0] == NULL) {
    if (isatty(STDIN_FILENO))
      return usage_error(run, "no input: give files or directories, or - for standard input");
    paths = g_renew(char *, paths, 2);
    paths[0] = g_strdup("-");
    paths[1] = NULL;
    run->tool.paths = paths;
  }
  return -1;
}

static int
check_options(Run *run)
{
  MzTool *tool = &run->tool;
  if ((run->regex_search || run->ignore_case) && run->mode != MZ_KWIC_MATCH_REGEX)
    return usage_error(run, "--regex-search and --ignore-case need --match=regex");
  if (run->mode == MZ_KWIC_MATCH_STEM && !tool->stem_given)
    tool->analyzer.stemmer = MZ_STEM_LIGHT;
  if (run->mode == MZ_KWIC_MATCH_STEM && tool->analyzer.stemmer == MZ_STEM_NONE)
    return usage_error(run, "--match=stem needs a stemmer (--stem=light, the default for it)");
  return -1;
}

static const char summary[] =
    "Concordance (key word in context) of a node in Arabic text: one line per occurrence.";

static const char description[] =
    "QUERY is one token (or, with --match=regex, an ICU regular expression); nodes are\n"
    "counted tokens: those of the types kept by --types (default: word, latin, number)\n"
    "that are not on the --stopwords list. Counted tokens make --width and position.\n"
    "\n"
    "Columns: doc, sent, position, left, node, right\n"
    "  doc       document id\n"
    "  sent      the node's sentence number in the document, from 1 (as mizan-tokenize)\n"
    "  position  the node's index among the document's counted tokens, from 1\n"
    "  left      the text before the node in reading (logical) order, from the first of\n"
    "            the --width counted tokens before it up to the node\n"
    "  node      the node as written (with its diacritics)\n"
    "  right     the text after the node in reading order, up to the last of the\n"
    "            --width counted tokens after it\n"
    "Right-to-left text: left and right are logical, not visual. For Arabic, left is the\n"
    "text read before the node (shown to its right on screen); --sort=L1 sorts on the\n"
    "first counted token before the node in reading order, whatever the script.\n"
    "Cells keep the text as written (after NFC, or NFKC with the nfkc flag of the\n"
    "default light preset): punctuation, diacritics, tatweel, and stop-listed or\n"
    "uncounted tokens, which are shown but not counted. Whitespace runs (newlines\n"
    "included) become one space; bidi controls (LRM, RLM, ALM, U+202A-202E,\n"
    "U+2066-2069, U+FEFF) are dropped and none are added, so cells are clean logical\n"
    "text. No context is an empty string (\"\" in CSV). Context never crosses\n"
    "documents; it crosses sentences unless --within-sentence is given.\n"
    "\n"
    "Matching (--match), after the steps the tokens go through (--normalize, --stem):\n"
    "  norm   the query normalized like the tokens = the token's normalized form\n"
    "  form   the letters as written (no folding; tatweel and bidi controls skipped),\n"
    "         diacritics optional: a mark missing on either side never matters; a letter\n"
    "         contradicts when both sides carry different vowel marks (fatha, damma,\n"
    "         kasra, tanwin, sukun) or one has shadda and the other sukun\n"
    "  stem   the query normalized and stemmed = the token's stem (--stem=light unless\n"
    "         --stem is given)\n"
    "  regex  an ICU regular expression (ICU User Guide, \"Regular Expressions\"), itself\n"
    "         normalized, matching the whole normalized token, or a part of it with\n"
    "         --regex-search; -i sets UREGEX_CASE_INSENSITIVE (no other flags are set).\n"
    "         A match that runs out of its time limit (nested repetition such as (a+)+\n"
    "         on a long token) stops the run with exit status 2\n"
    "Sorting: doc (default) is corpus order, written as found, and --limit stops reading.\n"
    "L1 / R1 sort on the normalized form of the first counted token before / after the\n"
    "node, then the second, ... up to --width (at least one), then corpus order, in the\n"
    "ICU collation order of the \"ar\" locale (CLDR: digits, then Arabic letters in\n"
    "alphabetical order, then Latin); a missing token sorts first. --limit N keeps the\n"
    "first N lines after sorting.\n"
    "\n"
    "Examples:\n"
    "  mizan-kwic --width 4 قوات corpus/samples/seed\n"
    "  mizan-kwic --match=form --sort=R1 -o kwic.csv كَتَبَ articles/\n"
    "  mizan-kwic --match=regex --regex-search --limit 20 '^(و|ف)?ال' corpus/samples\n"
    "\n"
    "Exit status: 0 ok (also with no lines: a warning says so), 1 bad input data or I/O\n"
    "failure, 2 bad usage (a bad regular expression included), 130/143 interrupted.";

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {
      {"match", 'm', 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_match),
       "How the query matches: norm (default), form, stem or regex", "MODE"},
      {"width", 'w', 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_width),
       "Counted tokens of context on each side, 0-1000 (default 5)", "N"},
      {"within-sentence", 0, 0, G_OPTION_ARG_NONE, &run.opts.within_sentence,
       "Context stops at the node's sentence boundaries", NULL},
      {"sort", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_sort),
       "Line order: doc (default), L1 or R1", "KEY"},
      {"limit", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_limit),
       "At most N lines (after sorting)", "N"},
      {"regex-search", 0, 0, G_OPTION_ARG_NONE, &run.regex_search,
       "Regex: match a part of the token, not the whole", NULL},
      {"ignore-case", 'i', 0, G_OPTION_ARG_NONE, &run.ignore_case,
       "Regex: ignore case (Latin letters)", NULL},
      G_OPTION_ENTRY_NULL};
  int status;
  mz_tool_init(&run.tool, "mizan-kwic", MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_OUTPUT);
  run.tool.analyzer.types = MZ_TOKEN_MASK_WORDS; /* statistics count words by default */
  mz_kwic_options_init(&run.opts);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "QUERY [FILE|DIR|-]...", summary,
                         description);
  if (status < 0)
    status = take_query(&run, argc);
  if (status < 0)
    status = check_options(&run);
  if (status < 0) {
    mz_tool_install_signals();
    status = run_all(&run);
  }
  g_free(run.query);
  mz_tool_clear(&run.tool);
  return status;
}
