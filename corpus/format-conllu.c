/* format-conllu.c - Universal Dependencies CoNLL-U (https://universaldependencies.org/format.html)
 *
 * Sentences are blocks of lines separated by blank lines: comment lines "# key = value", then
 * one line per token with 10 TAB-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL
 * DEPS MISC). "# newdoc" (with or without "id = X") starts a new document at its sentence; a
 * file without newdoc is one document. Consecutive "# newdoc id = X" with the same X (PUD marks
 * every sentence so) continue one document. A sentence's text is its "# text =" value, else it
 * is rebuilt from FORMs: a multiword range a-b gives its FORM and hides words a..b, empty nodes
 * a.b are skipped, and FORMs are joined by a space unless MISC has SpaceAfter=No.
 */
#include "corpus/source-private.h"

#include <string.h>

#define MZ_CONLLU_COLUMNS 10
#define MZ_CONLLU_ID_MAX_DIGITS 9

enum { COL_ID, COL_FORM, COL_MISC = 9 };

typedef struct {
  GString *text;      /* the current document's text */
  GArray *spans;      /* its sentences (MzSentenceSpan, ids owned) */
  char *doc_id;       /* its newdoc id, or NULL */
  gsize doc_line;     /* where it starts */
  gboolean newdoc;    /* a "# newdoc" waits for the next sentence */
  char *newdoc_id;    /* its id, or NULL */
  gsize newdoc_line;  /* its line */
  GString *sent_text; /* the sentence being read: "# text =" value */
  gboolean has_text;  /* ... when that comment was given */
  GString *rebuilt;   /* the text rebuilt from its FORMs */
  char *sent_id;      /* its "# sent_id" */
  guint n_tokens;     /* its token lines */
  guint hidden_until; /* the last word hidden by a multiword range */
  gboolean space;     /* a space goes before the next FORM */
} ConlluState;

static void
span_clear(gpointer data)
{
  g_free(((MzSentenceSpan *)data)->id);
}

static void
state_free(gpointer data)
{
  ConlluState *st = data;
  g_string_free(st->text, TRUE);
  g_array_unref(st->spans);
  g_free(st->doc_id);
  g_free(st->newdoc_id);
  g_string_free(st->sent_text, TRUE);
  g_string_free(st->rebuilt, TRUE);
  g_free(st->sent_id);
  g_free(st);
}

static ConlluState *
state_get(MzCursor *cur)
{
  if (cur->state == NULL) {
    ConlluState *st = g_new0(ConlluState, 1);
    st->text = g_string_new(NULL);
    st->spans = g_array_new(FALSE, FALSE, sizeof(MzSentenceSpan));
    g_array_set_clear_func(st->spans, span_clear);
    st->sent_text = g_string_new(NULL);
    st->rebuilt = g_string_new(NULL);
    cur->state = st;
    cur->state_free = state_free;
  }
  return cur->state;
}

/* "# key = value" (or "# key"): the newdoc, sent_id and text comments; others are ignored. */
static void
read_comment(ConlluState *st, const MzLine *line)
{
  const char *key = line->s + 1, *eq = memchr(key, '=', line->len - 1);
  const char *value = eq != NULL ? eq + 1 : line->s + line->len;
  gsize key_len = (gsize)((eq != NULL ? eq : value) - key);
  gsize value_len = (gsize)(line->s + line->len - value);
  mz_trim(&key, &key_len);
  mz_trim(&value, &value_len);
  if ((key_len == 6 || key_len == 9) && strncmp(key, "newdoc id", key_len) == 0) {
    st->newdoc = TRUE;
    st->newdoc_line = line->no;
    g_free(st->newdoc_id);
    st->newdoc_id = eq != NULL && value_len > 0 ? g_strndup(value, value_len) : NULL;
  } else if (key_len == 7 && strncmp(key, "sent_id", 7) == 0 && eq != NULL) {
    g_free(st->sent_id);
    st->sent_id = g_strndup(value, value_len);
  } else if (key_len == 4 && strncmp(key, "text", 4) == 0 && eq != NULL) {
    g_string_truncate(st->sent_text, 0);
    g_string_append_len(st->sent_text, value, (gssize)value_len);
    st->has_text = TRUE;
  }
}

/* Parses a number of 1 to MZ_CONLLU_ID_MAX_DIGITS digits. Returns: the byte after it, or NULL. */
static const char *
parse_number(const char *p, const char *end, guint *value)
{
  const char *start = p;
  *value = 0;
  while (p < end && g_ascii_isdigit(*p) && p - start < MZ_CONLLU_ID_MAX_DIGITS)
    *value = *value * 10 + (guint)(*p++ - '0');
  return p > start && (p == end || !g_ascii_isdigit(*p)) ? p : NULL;
}

/* ID: a word "a" (a >= 1), a range "a-b" (1 <= a < b) or an empty node "a.b" (b >= 1).
 * Returns: the separator ('\0', '-' or '.'), or 0x7f when the ID is invalid. */
static char
parse_id(const char *s, gsize len, guint *a, guint *b)
{
  const char *end = s + len, *p = parse_number(s, end, a);
  char sep;
  if (p == NULL)
    return 0x7f;
  if (p == end)
    return *a >= 1 ? '\0' : 0x7f;
  sep = *p;
  if ((sep != '-' && sep != '.') || parse_number(p + 1, end, b) != end)
    return 0x7f;
  if (sep == '-' ? *a >= 1 && *b > *a : *b >= 1)
    return sep;
  return 0x7f;
}

static gboolean
misc_has_no_space(const char *s, gsize len)
{
  static const char item[] = "SpaceAfter=No";
  const char *end = s + len;
  while (s < end) {
    const char *bar = memchr(s, '|', (gsize)(end - s));
    const char *item_end = bar != NULL ? bar : end;
    if ((gsize)(item_end - s) == sizeof item - 1 && memcmp(s, item, sizeof item - 1) == 0)
      return TRUE;
    s = item_end + 1;
  }
  return FALSE;
}

static void
append_form(ConlluState *st, const char *form, gsize form_len, const char *misc, gsize misc_len)
{
  if (st->space)
    g_string_append_c(st->rebuilt, ' ');
  g_string_append_len(st->rebuilt, form, (gssize)form_len);
  st->space = !misc_has_no_space(misc, misc_len);
}

/* A token line: validated, and its FORM added to the rebuilt text. */
static gboolean
read_token(ConlluState *st, const MzLine *line, GError **error)
{
  const char *col[MZ_CONLLU_COLUMNS + 1], *p = line->s, *end = line->s + line->len, *tab;
  guint n = 1, a = 0, b = 0;
  char kind;
  col[0] = p;
  for (; (tab = memchr(p, '\t', (gsize)(end - p))) != NULL; p = tab + 1, n++)
    if (n < MZ_CONLLU_COLUMNS)
      col[n] = tab + 1;
  if (n != MZ_CONLLU_COLUMNS) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: expected 10 tab-separated columns, found %u", line->no, n);
    return FALSE;
  }
  col[MZ_CONLLU_COLUMNS] = end + 1;
#define COL_LEN(i) ((gsize)(col[(i) + 1] - col[i] - 1))
  if ((kind = parse_id(col[COL_ID], COL_LEN(COL_ID), &a, &b)) == 0x7f) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: invalid ID '%.*s' (expected an integer >= 1, a range a-b or a "
                "decimal a.b)",
                line->no, (int)COL_LEN(COL_ID), col[COL_ID]);
    return FALSE;
  }
  if (COL_LEN(COL_FORM) == 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "line %zu: empty FORM", line->no);
    return FALSE;
  }
  st->n_tokens++;
  if (kind == '-' || (kind == '\0' && a > st->hidden_until))
    append_form(st, col[COL_FORM], COL_LEN(COL_FORM), col[COL_MISC], COL_LEN(COL_MISC));
  if (kind == '-')
    st->hidden_until = b;
#undef COL_LEN
  return TRUE;
}

static void
sentence_reset(ConlluState *st)
{
  g_string_truncate(st->sent_text, 0);
  g_string_truncate(st->rebuilt, 0);
  g_clear_pointer(&st->sent_id, g_free);
  st->has_text = FALSE;
  st->n_tokens = 0;
  st->hidden_until = 0;
  st->space = FALSE;
}

/* Reads the next sentence block. Returns: %FALSE at the end of the file (nothing read) or on
 * error (the rest of the block skipped); *first_line: its first line. */
static gboolean
read_sentence(MzCursor *cur, ConlluState *st, gsize *first_line, GError **error)
{
  MzLine line;
  gboolean ok = TRUE, any = FALSE;
  sentence_reset(st);
  while (mz_cursor_next_line(cur, &line)) {
    if (mz_is_blank(line.s, line.len)) {
      if (any)
        break;
      continue;
    }
    if (!any)
      *first_line = line.no;
    any = TRUE;
    if (ok && line.s[0] == '#')
      read_comment(st, &line);
    else if (ok)
      ok = read_token(st, &line, error);
  }
  return any && ok;
}

/* Returns: (transfer full): the finished current document (the state is emptied); @at_end: it
 * ends with the file (not at a newdoc), so when it is the first it is the only one. */
static MzDocument *
finish_document(MzCursor *cur, ConlluState *st, gboolean at_end)
{
  gboolean alone = cur->n_docs == 1 && at_end;
  g_autofree char *number = g_strdup_printf("%u", cur->n_docs);
  const char *suffix = st->doc_id != NULL ? st->doc_id : alone ? NULL : number;
  GString *text = g_string_new_len(st->text->str, (gssize)st->text->len);
  MzDocument *doc = mz_cursor_new_document(cur, suffix, text, st->doc_line);
  for (guint i = 0; i < st->spans->len; i++) {
    const MzSentenceSpan *s = &g_array_index(st->spans, MzSentenceSpan, i);
    mz_document_add_sentence(doc, s->start, s->len, s->id);
  }
  g_string_truncate(st->text, 0);
  g_array_set_size(st->spans, 0);
  g_clear_pointer(&st->doc_id, g_free);
  return doc;
}

/* Adds the sentence just read; returns the previous document when a newdoc ends it. */
static MzDocument *
add_sentence(MzCursor *cur, ConlluState *st, gsize first_line)
{
  MzDocument *done = NULL;
  gboolean same = st->newdoc && st->newdoc_id != NULL && st->doc_id != NULL &&
                  strcmp(st->newdoc_id, st->doc_id) == 0;
  if (st->newdoc && !same && st->spans->len > 0)
    done = finish_document(cur, st, FALSE);
  if (st->spans->len == 0) {
    cur->n_docs++;
    st->doc_line = st->newdoc ? st->newdoc_line : first_line;
    st->doc_id = st->newdoc ? g_steal_pointer(&st->newdoc_id) : NULL;
  }
  st->newdoc = FALSE;
  g_clear_pointer(&st->newdoc_id, g_free);
  GString *s = st->has_text ? st->sent_text : st->rebuilt;
  if (st->spans->len > 0)
    g_string_append_c(st->text, '\n');
  MzSentenceSpan span = {st->text->len, s->len, g_steal_pointer(&st->sent_id)};
  g_string_append_len(st->text, s->str, (gssize)s->len);
  g_array_append_val(st->spans, span);
  return done;
}

/**
 * mz_format_conllu_next:
 * @cur: the cursor
 * @error: return location for a %MZ_CORPUS_ERROR_FORMAT error naming the line
 *
 * Reads sentences up to the end of the next document. A bad token line is an error; its
 * sentence is skipped and the next call goes on with the next sentence of the same document.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL (at the end, or with @error set).
 */
MzDocument *
mz_format_conllu_next(MzCursor *cur, GError **error)
{
  ConlluState *st = state_get(cur);
  gsize first_line = 0;
  g_autoptr(GError) local = NULL;
  while (read_sentence(cur, st, &first_line, &local)) {
    MzDocument *done = st->n_tokens > 0 ? add_sentence(cur, st, first_line) : NULL;
    if (done != NULL)
      return done;
  }
  if (local != NULL) {
    g_propagate_error(error, g_steal_pointer(&local));
    return NULL;
  }
  return st->spans->len > 0 ? finish_document(cur, st, TRUE) : NULL;
}
