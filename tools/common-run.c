/* common-run.c - the document loop, output files, transliterated forms, signals */
#include "tools/common.h"

#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t interrupted_by;

static void
on_signal(int signo)
{
  interrupted_by = signo;
}

void
mz_tool_install_signals(void)
{
  struct sigaction sa = {0};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

/* Returns: 0, or the exit status for the signal that arrived. */
int
mz_tool_interrupted(void)
{
  if (interrupted_by == 0)
    return 0;
  return interrupted_by == SIGINT ? MZ_EXIT_SIGINT : MZ_EXIT_SIGTERM;
}

/* Returns: (transfer full): the source over the program's FILE/DIR arguments. */
MzSource *
mz_tool_open_source(MzTool *tool, GError **error)
{
  MzSource *src = mz_source_new((const char *const *)tool->paths, &tool->source, error);
  if (src != NULL)
    mz_source_set_notify(src, mz_tool_notify, tool);
  return src;
}

static gboolean
is_blank(const MzDocument *doc)
{
  for (gsize i = 0; i < doc->len; i++)
    if (!g_ascii_isspace(doc->data[i]))
      return FALSE;
  return TRUE;
}

/**
 * mz_tool_next_document:
 * @tool: the tool state
 * @src: the source
 *
 * The next document. With --keep-going a document that cannot be read is
 * reported and skipped (and counted: the exit status will be 1); without
 * it, its error is returned. A blank document gets a warning.
 *
 * Returns: (transfer full): a document, or %NULL at the end or on error.
 */
MzDocument *
mz_tool_next_document(MzTool *tool, MzSource *src, GError **error)
{
  for (;;) {
    g_autoptr(GError) local = NULL;
    MzDocument *doc = mz_source_next(src, &local);
    if (doc != NULL) {
      tool->n_documents++;
      if (is_blank(doc))
        mz_tool_warn(tool, "%s: empty document (no text)", doc->id);
      return doc;
    }
    if (local == NULL)
      return NULL;
    if (!tool->keep_going) {
      g_propagate_error(error, g_steal_pointer(&local));
      return NULL;
    }
    fprintf(stderr, "%s: %s (skipped)\n", tool->prog, local->message);
    tool->n_failed++;
  }
}

/**
 * mz_tool_finish_input:
 *
 * Returns: %FALSE when no document at all could be read.
 */
gboolean
mz_tool_finish_input(MzTool *tool, GError **error)
{
  if (tool->n_documents > 0)
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_EMPTY,
              tool->n_failed > 0 ? "no document could be read" : "no documents in the input");
  return FALSE;
}

/* Returns: (transfer full): the output of -o (or stdout). */
MzOutput *
mz_tool_open_output(MzTool *tool, GError **error)
{
  return mz_output_open(tool->output, error);
}

/**
 * mz_tool_form:
 *
 * Returns: (transfer none): @s as it should be written (transliterated with
 * --translit), valid until the next call; not NUL-terminated.
 */
const char *
mz_tool_form(MzTool *tool, const char *s, gsize len, gsize *out_len)
{
  if (tool->translit == MZ_TRANSLIT_NONE) {
    *out_len = len;
    return s;
  }
  g_string_truncate(tool->scratch, 0);
  mz_translit_to_buckwalter(tool->scratch, s, len);
  *out_len = tool->scratch->len;
  return tool->scratch->str;
}

/**
 * mz_tool_exit_status:
 *
 * Returns: 1 (after saying how many) when --keep-going skipped documents,
 * else 0.
 */
int
mz_tool_exit_status(MzTool *tool)
{
  if (tool->n_failed == 0)
    return MZ_EXIT_OK;
  fprintf(stderr, "%s: %u document%s could not be read and %s skipped\n", tool->prog,
          tool->n_failed, tool->n_failed == 1 ? "" : "s", tool->n_failed == 1 ? "was" : "were");
  return MZ_EXIT_DATA;
}
