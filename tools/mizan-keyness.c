/* mizan-keyness - keywords of a target corpus against a reference corpus or a published list */
#include "tools/keywords.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  MzTool tool;
  MzKeywordsOptions kw;
  char **target, **reference;
  char *reference_group, *reference_list;
  guint64 reference_size;
} Run;

static Run *
run_of(gpointer data)
{
  return data;
}

static gboolean
opt_ll(const char *name, const char *value, gpointer data, GError **error)
{
  if (strcmp(value, "full") == 0 || strcmp(value, "rayson2") == 0) {
    run_of(data)->kw.ll_form = value[0] == 'f' ? MZ_LL_FULL : MZ_LL_RAYSON2;
    return TRUE;
  }
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
              "--ll takes full or rayson2, not '%s'", value);
  return FALSE;
}

static gboolean
opt_log_ratio(const char *name, const char *value, gpointer data, GError **error)
{
  if (strcmp(value, "hardie") == 0 || strcmp(value, "walter") == 0) {
    run_of(data)->kw.log_ratio_form = value[0] == 'h' ? MZ_LOG_RATIO_HARDIE : MZ_LOG_RATIO_WALTER;
    return TRUE;
  }
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
              "--log-ratio takes hardie or walter, not '%s'", value);
  return FALSE;
}

static gboolean
opt_only(const char *name, const char *value, gpointer data, GError **error)
{
  static const char *const names[] = {"both", "positive", "negative"};
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    if (strcmp(value, names[i]) == 0) {
      run_of(data)->kw.only = (MzKeywordsOnly)i;
      return TRUE;
    }
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
              "--only takes both, positive or negative, not '%s'", value);
  return FALSE;
}

static gboolean
opt_correct(const char *name, const char *value, gpointer data, GError **error)
{
  if (mz_correction_parse(value, &run_of(data)->kw.correction, error))
    return TRUE;
  g_prefix_error(error, "--correct: ");
  return FALSE;
}

static gboolean
opt_sort(const char *name, const char *value, gpointer data, GError **error)
{
  return mz_keywords_parse_sort(&run_of(data)->kw, value, error);
}

/* --alpha (0 < a < 1) and --simple-maths-k (> 0): real numbers. */
static gboolean
opt_real(const char *name, const char *value, gpointer data, GError **error)
{
  MzKeywordsOptions *kw = &run_of(data)->kw;
  gboolean alpha = strcmp(name, "--alpha") == 0;
  char *end;
  double v = g_ascii_strtod(value, &end);
  if (*value == '\0' || *end != '\0' || !isfinite(v) || v <= 0 || (alpha && v >= 1)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s takes a number %s, not '%s'",
                name, alpha ? "between 0 and 1" : "above 0", value);
    return FALSE;
  }
  *(alpha ? &kw->alpha : &kw->smoothing) = v;
  return TRUE;
}

/* --top, --min-freq (>= 1) and --reference-size (>= 1). */
static gboolean
opt_count(const char *name, const char *value, gpointer data, GError **error)
{
  Run *run = run_of(data);
  guint64 v;
  if (!g_ascii_string_to_unsigned(value, 10, 1, G_MAXUINT64, &v, NULL)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "%s takes a whole number >= 1, not '%s'", name, value);
    return FALSE;
  }
  *(strcmp(name, "--top") == 0        ? &run->kw.top
    : strcmp(name, "--min-freq") == 0 ? &run->kw.min_freq
                                      : &run->reference_size) = v;
  return TRUE;
}

static const char summary[] =
    "Keywords: the words a target corpus uses more (or less) often than a reference corpus.";

static const char description[] =
    "The two corpora (spec: a = the word's frequency in the target, b in the reference,\n"
    "c and d the sizes, in tokens counted):\n"
    "  1. --target PATH... --reference PATH...: two sets of files or directories (repeat the\n"
    "      option for each path; FILE/DIR arguments count as --target), or a count file\n"
    "      on either side (made with the same settings, else refused)\n"
    "  2. --group-by FIELD --target VALUE [--reference-group VALUE]: the documents of one\n"
    "      metadata group against the rest (or against another group); documents without\n"
    "      the field are left out\n"
    "  3. --reference-list FILE: a published frequency list: a CSV (TSV if *.tsv) with columns\n"
    "      type and freq (mizan-freq's list is one), or a count file. Its size is\n"
    "      --reference-size, else its \"# tokens: N\" line, else freq * 1e6 / per_million\n"
    "      when the list has per_million.\n"
    "      Its types are normalized as the text is (entries that merge are added up; an\n"
    "      entry that is not one counted token is left out, with a warning).\n"
    "\n"
    "Columns:\n"
    "  type, freq_t, freq_r          the type and its frequencies (a, b)\n"
    "  per_million_t, per_million_r  a / c * 1e6, b / d * 1e6\n"
    "  ll, p_ll     log-likelihood G2 over the four cells of (a, c - a; b, d - b) (Dunning\n"
    "               1993), or --ll=rayson2: the two cells of the word's row (Rayson &\n"
    "               Garside 2000, the LL wizard); unsigned (see direction); p from chi2(1)\n"
    "  chi2, p_chi2 Pearson's X2 of the same table, no Yates correction; p from chi2(1)\n"
    "  log_ratio    log2((a / c) / (b / d)) with a zero frequency taken as 0.5 (Hardie 2014),\n"
    "               or --log-ratio=walter: +0.5 on every frequency and size (Walter 1975)\n"
    "  pct_diff     (a / c - b / d) * 100 / (b / d) (Gabrielatos & Marchi 2011); Inf when b = 0\n"
    "  bic          Bayes factor BIC = LL2 - ln(c + d), LL2 the two-term LL (Wilson 2013):\n"
    "               0-2 weak, 2-6 positive, 6-10 strong, > 10 very strong evidence\n"
    "  ell          effect size LL2 / ((c + d) ln min(E1, E2)) (Johnston et al. 2006); NA when\n"
    "               the smaller expected frequency is <= 1\n"
    "  simple_maths (a / c * 1e6 + k) / (b / d * 1e6 + k) (Kilgarriff 2009), k =\n"
    "               --simple-maths-k (default 1; larger k favours frequent words)\n"
    "  direction    1: relatively more frequent in the target, -1: less, 0: equal\n"
    "  p_ll_adj     p_ll adjusted over all the rows tested (after --min-freq, --only): --correct\n"
    "               bh (default; Benjamini & Hochberg 1995, as R's p.adjust), bonferroni, none\n"
    "  significant  1 when p_ll_adj < --alpha (default 0.05), else 0\n"
    "Rows are sorted by --sort (default ll; p-values ascending, other columns descending,\n"
    "ties by freq_t, then by the type's bytes), then cut by --top.\n"
    "\n"
    "Examples:\n"
    "  mizan-keyness --target sport/ --reference politics/ --top 30\n"
    "  mizan-keyness --group-by cat --target sport --only=positive corpus.trec\n"
    "  mizan-keyness --reference-list ant-freq.csv --min-freq 5 my-texts/\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

/* Whether @path is a Mizan count file (by its first bytes). */
static gboolean
is_count_file(const char *path)
{
  char magic[12];
  FILE *f = strcmp(path, "-") != 0 ? fopen(path, "rb") : NULL;
  gboolean yes = f != NULL && fread(magic, 1, sizeof magic, f) == sizeof magic &&
                 memcmp(magic, "MIZAN-COUNTS", sizeof magic) == 0;
  if (f != NULL)
    fclose(f);
  return yes;
}

/* Counts one side: its text paths, or the one count file it names. */
static MzCountFile *
count_side(Run *run, char *const *paths, GError **error)
{
  MzTool *tool = &run->tool;
  MzCountFile *file;
  if (paths[0] != NULL && paths[1] == NULL && is_count_file(paths[0])) {
    tool->from_counts = g_strdup(paths[0]);
    file = mz_tool_count(tool, 1, 1, FALSE, FALSE, error);
    g_clear_pointer(&tool->from_counts, g_free);
    return file;
  }
  for (guint i = 0; paths[i] != NULL; i++)
    if (is_count_file(paths[i])) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                  "%s is a count file: give it alone on its side (merge count files with "
                  "mizan-merge)",
                  paths[i]);
      return NULL;
    }
  g_strfreev(tool->paths);
  tool->paths = g_strdupv((char **)paths);
  return mz_tool_count(tool, 1, 1, FALSE, FALSE, error);
}

/* The documents of the corpus whose @field is @value, or (@value NULL) has the field and
 * another value than @other. */
static gboolean *
select_group(const MzCounts *c, const char *field, const char *value, const char *other,
             guint *n_selected)
{
  gboolean *keep = g_new0(gboolean, mz_counts_n_documents(c) + 1);
  *n_selected = 0;
  for (guint d = 0; d < mz_counts_n_documents(c); d++) {
    const char *v = mz_counts_document_meta(c, d, field);
    keep[d] = v != NULL && (value != NULL ? strcmp(v, value) == 0 : strcmp(v, other) != 0);
    *n_selected += keep[d];
  }
  return keep;
}

static gboolean
sides_from_groups(Run *run, MzFreqSide *t, MzFreqSide *r, GError **error)
{
  const char *field = run->tool.group_by, *value = run->target[0];
  g_autoptr(MzCountFile) file = mz_tool_count(&run->tool, 1, 1, FALSE, FALSE, error);
  g_autofree gboolean *in_t = NULL, *in_r = NULL;
  guint n_t, n_r;
  MzCounts *words;
  if (file == NULL)
    return FALSE;
  words = mz_count_file_table(file, 1);
  in_t = select_group(words, field, value, NULL, &n_t);
  in_r = run->reference_group != NULL ? select_group(words, field, run->reference_group, NULL, &n_r)
                                      : select_group(words, field, NULL, value, &n_r);
  if (n_t == 0 || n_r == 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_EMPTY, "no document has %s = '%s'%s", field,
                n_t == 0               ? value
                : run->reference_group ? run->reference_group
                                       : "(another value)",
                n_t == 0 ? " (the target group)" : " (the reference group)");
    return FALSE;
  }
  mz_freq_side_add_documents(t, words, in_t);
  mz_freq_side_add_documents(r, words, in_r);
  return TRUE;
}

static gboolean
sides_from_paths(Run *run, MzFreqSide *t, MzFreqSide *r, GError **error)
{
  g_autoptr(MzCountFile) ft = count_side(run, run->target, error);
  g_autoptr(MzCountFile) fr = NULL;
  if (ft == NULL || (fr = count_side(run, run->reference, error)) == NULL ||
      !mz_count_settings_check(&ft->settings, "the target", &fr->settings, "the reference", error))
    return FALSE;
  mz_freq_side_add_documents(t, mz_count_file_table(ft, 1), NULL);
  mz_freq_side_add_documents(r, mz_count_file_table(fr, 1), NULL);
  return TRUE;
}

/* A published list's entries, normalized as the text is: each entry's counted form, or
 * skipped when it is not one counted token. */
typedef struct {
  MzAnalyzer *an;
  MzUnit unit;
  guint64 skipped, merged;
} Normalizer;

static void
add_entry(Normalizer *nz, MzFreqSide *side, const char *type, guint64 freq)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static(type, strlen(type));
  g_autoptr(MzDocument) doc = mz_document_new("entry", "reference list", bytes);
  MzTokenInfo t;
  const char *s = NULL;
  gsize len = 0;
  guint n = 0;
  if (mz_analyzer_begin(nz->an, doc, NULL))
    while (mz_analyzer_next(nz->an, &t))
      if (n++ == 0)
        mz_unit_form(nz->unit, &t, &s, &len);
  if (n != 1) {
    nz->skipped++;
    return;
  }
  if (mz_vocab_lookup(side->vocab, s, len) != MZ_VOCAB_NONE)
    nz->merged++;
  mz_freq_side_add(side, s, len, freq);
}

/* A published list (corpus/reflist): refused when it says it was made with other settings;
 * else its entries are normalized as the text is (a no-op when it was made the same way). */
static gboolean
read_list(Run *run, MzFreqSide *side, GError **error)
{
  MzTool *tool = &run->tool;
  g_autoptr(MzRefList) list = mz_ref_list_load(run->reference_list, error);
  g_autoptr(MzAnalyzer) an = NULL;
  Normalizer nz = {NULL, tool->unit, 0, 0};
  if (list == NULL ||
      !mz_ref_list_check(list, tool->analyzer.norm_flags, tool->analyzer.stemmer, tool->unit,
                         error) ||
      (an = mz_analyzer_new(&tool->analyzer, error)) == NULL)
    return FALSE;
  nz.an = an;
  for (guint32 id = 0; id < mz_vocab_size(list->forms); id++)
    add_entry(&nz, side, mz_vocab_string(list->forms, id, NULL),
              g_array_index(list->freq, guint64, id));
  if (nz.skipped > 0 || nz.merged > 0)
    mz_tool_warn(tool,
                 "%s: %" G_GUINT64_FORMAT " entries are not one counted token and were left "
                 "out; %" G_GUINT64_FORMAT " were merged with another after normalization",
                 list->origin, nz.skipped, nz.merged);
  side->size = run->reference_size > 0 ? run->reference_size : list->tokens;
  if (run->reference_size == 0 && list->size_from_sum) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "%s does not give its corpus size (a per_million column or a \"# tokens:\" "
                "line): give it with --reference-size N",
                list->origin);
    return FALSE;
  }
  return TRUE;
}

static gboolean
sides_from_list(Run *run, MzFreqSide *t, MzFreqSide *r, GError **error)
{
  g_autoptr(MzCountFile) ft = NULL;
  g_autoptr(MzCountFile) fr = NULL;
  if (run->target != NULL)
    ft = count_side(run, run->target, error);
  else
    ft = mz_tool_count(&run->tool, 1, 1, FALSE, FALSE, error);
  if (ft == NULL)
    return FALSE;
  mz_freq_side_add_documents(t, mz_count_file_table(ft, 1), NULL);
  if (!is_count_file(run->reference_list))
    return read_list(run, r, error);
  fr = mz_count_file_read(run->reference_list, error);
  if (fr == NULL || !mz_count_settings_check(&ft->settings, "the target", &fr->settings,
                                             run->reference_list, error))
    return FALSE;
  if (mz_count_file_table(fr, 1) == NULL) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FAILED,
                "%s has no word counts (made by mizan-ngrams?)", run->reference_list);
    return FALSE;
  }
  mz_freq_side_add_documents(r, mz_count_file_table(fr, 1), NULL);
  return TRUE;
}

/* The combination of inputs given, or NULL if it is one of the three ways to give them. */
static const char *
usage_problem(Run *run)
{
  MzTool *tool = &run->tool;
  gboolean args = tool->paths != NULL, counts = tool->from_counts != NULL;
  guint n_target = run->target ? g_strv_length(run->target) : 0;
  if (run->reference_group != NULL && tool->group_by == NULL)
    return "--reference-group needs --group-by";
  if (run->reference_size > 0 && run->reference_list == NULL)
    return "--reference-size goes with --reference-list";
  if (tool->group_by != NULL) {
    if (n_target != 1 || run->reference != NULL || run->reference_list != NULL)
      return "with --group-by, give one --target VALUE (and --reference-group VALUE or none)";
    return args || counts ? NULL
                          : "--group-by needs the corpus: FILE/DIR arguments or --from-counts";
  }
  if ((run->reference != NULL) + (run->reference_list != NULL) != 1)
    return "give the reference: --reference PATH, --reference-list FILE or --group-by";
  if (n_target > 0 && (args || counts))
    return "give the target either with --target or as FILE/DIR arguments, not both";
  if (n_target == 0 && !args && !(counts && run->reference_list != NULL))
    return "give the target: --target PATH or FILE/DIR arguments";
  if (tool->save_counts != NULL)
    return "--save-counts saves one corpus: use it with --group-by, or with mizan-freq";
  if (counts && run->reference_list == NULL)
    return "--from-counts holds one corpus: give count files as --target and --reference";
  return NULL;
}

static int
run_all(Run *run)
{
  GError *error = NULL;
  MzFreqSide t, r;
  gboolean ok;
  mz_freq_side_init(&t);
  mz_freq_side_init(&r);
  if (run->target == NULL && run->tool.paths != NULL && run->tool.group_by == NULL)
    run->target = g_strdupv(run->tool.paths);
  if (run->tool.group_by != NULL)
    ok = sides_from_groups(run, &t, &r, &error);
  else if (run->reference_list != NULL)
    ok = sides_from_list(run, &t, &r, &error);
  else
    ok = sides_from_paths(run, &t, &r, &error);
  if (ok && (t.size == 0 || r.size == 0))
    g_set_error(&error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_EMPTY, "the %s corpus has no tokens",
                t.size == 0 ? "target" : "reference"),
        ok = FALSE;
  ok = ok && mz_keywords_write(&run->kw, &run->tool, &t, &r, &error);
  mz_freq_side_clear(&t);
  mz_freq_side_clear(&r);
  if (!ok)
    return error != NULL ? mz_tool_fail(&run->tool, error) : mz_tool_interrupted();
  return mz_tool_exit_status(&run->tool);
}

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {
      {"target", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &run.target,
       "The target corpus (a file, directory or count file; repeat for more), or with "
       "--group-by the target group's value",
       "PATH"},
      {"reference", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &run.reference,
       "The reference corpus (a file, directory or count file; repeat for more)", "PATH"},
      {"group-by", 0, 0, G_OPTION_ARG_STRING, &run.tool.group_by,
       "Compare groups of documents by this metadata field", "FIELD"},
      {"reference-group", 0, 0, G_OPTION_ARG_STRING, &run.reference_group,
       "With --group-by, the reference group (default: every other group)", "VALUE"},
      {"reference-list", 0, 0, G_OPTION_ARG_FILENAME, &run.reference_list,
       "A published frequency list (CSV/TSV with type, freq) or a count file", "FILE"},
      {"reference-size", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "The tokens of the corpus the --reference-list comes from", "N"},
      {"ll", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_ll),
       "Log-likelihood over the full 2x2 table (default) or rayson2", "FORM"},
      {"log-ratio", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_log_ratio),
       "Zero frequencies in Log Ratio: hardie (default) or walter", "FORM"},
      {"simple-maths-k", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_real),
       "Smoothing k of Simple Maths (default 1)", "K"},
      {"correct", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_correct),
       "Multiple testing: bh (default), bonferroni or none", "METHOD"},
      {"alpha", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_real),
       "Significance level of the significant column (default 0.05)", "A"},
      {"only", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_only),
       "Keep both (default), positive or negative keywords", "WHICH"},
      {"sort", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_sort),
       "Sort on a column (default ll)", "COLUMN"},
      {"min-freq", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count),
       "Leave out types with freq_t + freq_r below N (default 1)", "N"},
      {"top", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_count), "At most N rows", "N"},
      G_OPTION_ENTRY_NULL};
  int status;
  const char *problem;
  mz_tool_init(&run.tool, "mizan-keyness",
               MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_COUNT | MZ_TOOL_OUTPUT);
  run.tool.paths_optional = TRUE;
  mz_keywords_options_init(&run.kw);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0 && (problem = usage_problem(&run)) != NULL) {
    fprintf(stderr, "%s: %s\nTry \"%s --help\" for more information.\n", run.tool.prog, problem,
            run.tool.prog);
    status = MZ_EXIT_USAGE;
  } else if (status < 0) {
    mz_tool_install_signals();
    status = run_all(&run);
  }
  g_strfreev(run.target);
  g_strfreev(run.reference);
  g_free(run.reference_group);
  g_free(run.reference_list);
  mz_tool_clear(&run.tool);
  return status;
}
