/* mizan-tokenize - typed, normalized tokens and sentences of Arabic text */
#include "tools/common.h"

#include <stdio.h>
#include <string.h>

typedef enum { MODE_TOKENS, MODE_SENTENCES, MODE_VERTICAL, MODE_TABLE } Mode;
typedef enum { FIELD_DEFAULT, FIELD_TOKEN, FIELD_NORM, FIELD_STEM } Field;

typedef struct {
  MzTool tool;
  Mode mode;
  gboolean mode_given;
  Field field;
  gboolean stats;
  FILE *out;
  MzTableWriter *writer;
  MzVocab *types;
  guint64 n_tokens, n_sentences;
} Run;

static const MzColumn table_columns[] = {
    {"doc", MZ_COLUMN_STRING},  {"sent", MZ_COLUMN_INT},    {"token", MZ_COLUMN_STRING},
    {"type", MZ_COLUMN_STRING}, {"norm", MZ_COLUMN_STRING}, {"stem", MZ_COLUMN_STRING},
    {"start", MZ_COLUMN_INT},   {"end", MZ_COLUMN_INT},     {"sent_id", MZ_COLUMN_STRING},
};

static const MzColumn stats_columns[] = {
    {"documents", MZ_COLUMN_INT},
    {"sentences", MZ_COLUMN_INT},
    {"tokens", MZ_COLUMN_INT},
    {"types", MZ_COLUMN_INT},
};

static gboolean
opt_mode(const char *name, const char *value, gpointer data, GError **error)
{
  static const char *const names[] = {"tokens", "sentences", "vertical", "table"};
  Run *run = data;
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    if (strcmp(value, names[i]) == 0) {
      run->mode = (Mode)i;
      run->mode_given = TRUE;
      return TRUE;
    }
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
              "unknown --mode '%s' (choose from tokens, sentences, vertical, table)", value);
  return FALSE;
}

static gboolean
opt_field(const char *name, const char *value, gpointer data, GError **error)
{
  static const char *const names[] = {"token", "norm", "stem"};
  Run *run = data;
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    if (strcmp(value, names[i]) == 0) {
      run->field = (Field)(i + 1);
      return TRUE;
    }
  g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
              "unknown --field '%s' (choose from token, norm, stem)", value);
  return FALSE;
}

static void
put_form(Run *run, const char *s, gsize len)
{
  gsize n;
  const char *form = mz_tool_form(&run->tool, s, len, &n);
  fwrite(form, 1, n, run->out);
}

static void
field_of(const Run *run, const MzTokenInfo *t, const char **s, gsize *len)
{
  switch (run->field) {
  case FIELD_TOKEN:
    *s = t->surface, *len = t->surface_len;
    break;
  case FIELD_STEM:
    *s = t->stem, *len = t->stem_len;
    break;
  default:
    *s = t->norm, *len = t->norm_len;
  }
}

/* XML-escaped, for the vertical format (CWB reads &lt; &gt; &amp; &quot;). */
static void
put_escaped(Run *run, const char *s, gsize len)
{
  gsize n;
  const char *form = mz_tool_form(&run->tool, s, len, &n);
  g_autofree char *esc = g_markup_escape_text(form, (gssize)n);
  fputs(esc, run->out);
}

static void
emit_table_row(Run *run, const MzDocument *doc, const MzTokenInfo *t)
{
  MzTableWriter *w = run->writer;
  gsize n;
  const char *s;
  mz_table_writer_add_string(w, doc->id, -1);
  mz_table_writer_add_int(w, t->token.sentence + 1);
  s = mz_tool_form(&run->tool, t->surface, t->surface_len, &n);
  mz_table_writer_add_string(w, s, (gssize)n);
  mz_table_writer_add_string(w, mz_token_type_name(t->token.type), -1);
  s = mz_tool_form(&run->tool, t->norm, t->norm_len, &n);
  mz_table_writer_add_string(w, s, (gssize)n);
  s = mz_tool_form(&run->tool, t->stem, t->stem_len, &n);
  mz_table_writer_add_string(w, s, (gssize)n);
  mz_table_writer_add_int(w, (gint64)t->token.start);
  mz_table_writer_add_int(w, (gint64)(t->token.start + t->token.len));
  if (t->sentence_id != NULL)
    mz_table_writer_add_string(w, t->sentence_id, -1);
  else
    mz_table_writer_add_na(w);
  mz_table_writer_end_row(w);
}

static void
emit_vertical(Run *run, const MzTokenInfo *t, gboolean new_sentence, gboolean first)
{
  if (new_sentence) {
    if (!first)
      fputs("</s>\n", run->out);
    if (t->sentence_id != NULL) {
      g_autofree char *id = g_markup_escape_text(t->sentence_id, -1);
      fprintf(run->out, "<s id=\"%s\">\n", id);
    } else {
      fprintf(run->out, "<s n=\"%u\">\n", t->token.sentence + 1);
    }
  }
  put_escaped(run, t->surface, t->surface_len);
  fprintf(run->out, "\t%s\t", mz_token_type_name(t->token.type));
  put_escaped(run, t->norm, t->norm_len);
  fputc('\t', run->out);
  put_escaped(run, t->stem, t->stem_len);
  fputc('\n', run->out);
}

/* One token in the chosen mode; first = the document's first token. */
static void
emit_token(Run *run, const MzDocument *doc, const MzTokenInfo *t, gboolean new_sentence,
           gboolean first)
{
  const char *s;
  gsize len;
  field_of(run, t, &s, &len);
  switch (run->mode) {
  case MODE_TOKENS:
    put_form(run, s, len);
    fputc('\n', run->out);
    break;
  case MODE_SENTENCES:
    if (!first)
      fputc(new_sentence ? '\n' : ' ', run->out);
    put_form(run, s, len);
    break;
  case MODE_VERTICAL:
    emit_vertical(run, t, new_sentence, first);
    break;
  case MODE_TABLE:
    emit_table_row(run, doc, t);
    break;
  }
}

static void
count_token(Run *run, const MzTokenInfo *t)
{
  const char *s;
  gsize len;
  field_of(run, t, &s, &len);
  mz_vocab_intern(run->types, s, len);
}

static void
open_document(Run *run, const MzDocument *doc)
{
  if (run->mode == MODE_VERTICAL && !run->stats) {
    g_autofree char *id = g_markup_escape_text(doc->id, -1);
    fprintf(run->out, "<doc id=\"%s\">\n", id);
  }
}

static void
close_document(Run *run, guint64 n)
{
  if (run->stats)
    return;
  if (run->mode == MODE_SENTENCES && n > 0)
    fputc('\n', run->out);
  if (run->mode == MODE_VERTICAL)
    fputs(n > 0 ? "</s>\n</doc>\n" : "</doc>\n", run->out);
}

/* Returns: 0, or the exit status of an interruption. */
static int
process_document(Run *run, MzAnalyzer *an, MzDocument *doc, GError **error)
{
  MzTokenInfo t;
  guint64 n = 0;
  guint last = 0;
  if (!mz_analyzer_begin(an, doc, error))
    return MZ_EXIT_DATA;
  open_document(run, doc);
  while (mz_analyzer_next(an, &t)) {
    if (run->stats)
      count_token(run, &t);
    else
      emit_token(run, doc, &t, n == 0 || t.token.sentence != last, n == 0);
    last = t.token.sentence;
    if ((++n & 0xffff) == 0 && mz_tool_interrupted())
      return mz_tool_interrupted();
  }
  close_document(run, n);
  if (mz_analyzer_n_words(an) == 0 && doc->len > 0 && n > 0)
    mz_tool_warn(&run->tool, "%s: no words (only marks, punctuation or symbols)", doc->id);
  run->n_tokens += n;
  run->n_sentences += mz_analyzer_n_sentences(an);
  return 0;
}

static int
process_all(Run *run, MzSource *src, MzAnalyzer *an, GError **error)
{
  MzDocument *raw;
  while ((raw = mz_tool_next_document(&run->tool, src, error)) != NULL) {
    g_autoptr(MzDocument) doc = raw;
    int status = process_document(run, an, doc, error);
    if (status == 0)
      status = mz_tool_interrupted();
    if (status != 0)
      return status;
  }
  if (*error != NULL)
    return MZ_EXIT_DATA;
  return mz_tool_interrupted();
}

static gboolean
write_stats(Run *run, GError **error)
{
  g_autoptr(MzTableWriter) w = mz_table_writer_new(run->out, run->tool.format, stats_columns,
                                                   G_N_ELEMENTS(stats_columns), run->tool.bom);
  mz_table_writer_add_int(w, run->tool.n_documents);
  mz_table_writer_add_int(w, (gint64)run->n_sentences);
  mz_table_writer_add_int(w, (gint64)run->n_tokens);
  mz_table_writer_add_int(w, mz_vocab_size(run->types));
  mz_table_writer_end_row(w);
  return mz_table_writer_finish(w, error);
}

static gboolean
finish(Run *run, MzOutput *out, GError **error)
{
  if (!mz_tool_finish_input(&run->tool, error))
    return FALSE;
  if (run->n_tokens == 0 && !run->stats) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_EMPTY, "no tokens in the input");
    return FALSE;
  }
  if (run->stats && !write_stats(run, error))
    return FALSE;
  if (run->writer != NULL && !mz_table_writer_finish(run->writer, error))
    return FALSE;
  return mz_output_commit(out, error);
}

static int
run_all(Run *run)
{
  GError *error = NULL;
  g_autoptr(MzSource) src = mz_tool_open_source(&run->tool, &error);
  g_autoptr(MzAnalyzer) an = NULL;
  g_autoptr(MzOutput) out = NULL;
  int status;
  if (src == NULL || (an = mz_analyzer_new(&run->tool.analyzer, &error)) == NULL ||
      (out = mz_tool_open_output(&run->tool, &error)) == NULL)
    return mz_tool_fail(&run->tool, error);
  run->out = mz_output_stream(out);
  if (run->mode == MODE_TABLE && !run->stats)
    run->writer = mz_table_writer_new(run->out, run->tool.format, table_columns,
                                      G_N_ELEMENTS(table_columns), run->tool.bom);
  status = process_all(run, src, an, &error);
  if (status == 0 && !finish(run, out, &error))
    status = MZ_EXIT_DATA;
  g_clear_pointer(&run->writer, mz_table_writer_free);
  if (error != NULL)
    return mz_tool_fail(&run->tool, error);
  return status != 0 ? status : mz_tool_exit_status(&run->tool);
}

static const char summary[] = "Split Arabic text into typed, normalized tokens and sentences.";

static const char description[] =
    "Modes (--mode; table is the default when --format is given):\n"
    "  tokens     one token per line (the --field form)\n"
    "  sentences  one sentence per line, tokens separated by a space\n"
    "  vertical   CWB vertical text: <doc id=...>, <s n=...> or <s id=...>, and lines of\n"
    "             word, type, norm, stem separated by tabs (& < > \" escaped)\n"
    "  table      a CSV/TSV/JSONL table with the columns doc, sent (1-based), token (as\n"
    "             written), type, norm, stem, start and end (byte offsets in the document\n"
    "             text after NFC/NFKC), sent_id (given by CoNLL-U or vertical input, else NA)\n"
    "With --stats: one row with the columns documents, sentences, tokens, types (tokens and\n"
    "types after --types and --stopwords, types counted on the --field form).\n"
    "--field: token (as written), norm (default) or stem (the default with --stem).\n"
    "\n"
    "Steps, in order: decode -> NFC (NFKC with the nfkc flag) of the whole text -> tokens\n"
    "and sentences -> bidi, tatweel, diacritics, letter and digit folds -> stop list ->\n"
    "stemming (word tokens only).\n"
    "Token types kept by default (--types): all.\n"
    "\n"
    "Example:\n"
    "  mizan-tokenize --mode=sentences --normalize=aggressive corpus/samples\n"
    "  mizan-tokenize --format=csv --stem=light -o tokens.csv article.txt\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

int
main(int argc, char **argv)
{
  Run run = {0};
  const GOptionEntry entries[] = {
      {"mode", 'm', 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_mode),
       "tokens (default), sentences, vertical or table", "MODE"},
      {"field", 0, 0, G_OPTION_ARG_CALLBACK, MZ_OPTION_CALLBACK(opt_field),
       "Form to write: token, norm (default) or stem", "FIELD"},
      {"stats", 0, 0, G_OPTION_ARG_NONE, &run.stats,
       "Write only counts of documents, sentences, tokens, types", NULL},
      G_OPTION_ENTRY_NULL};
  int status;
  mz_tool_init(&run.tool, "mizan-tokenize", MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_OUTPUT);
  status = mz_tool_parse(&run.tool, &run, &argc, &argv, entries, "[FILE|DIR|-]...", summary,
                         description);
  if (status < 0) {
    if (run.tool.format_given && !run.mode_given)
      run.mode = MODE_TABLE;
    if (run.field == FIELD_DEFAULT)
      run.field = run.tool.analyzer.stemmer != MZ_STEM_NONE ? FIELD_STEM : FIELD_NORM;
    run.types = mz_vocab_new();
    mz_tool_install_signals();
    status = run_all(&run);
    mz_vocab_free(run.types);
  }
  mz_tool_clear(&run.tool);
  return status;
}
