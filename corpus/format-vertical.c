/* format-vertical.c - CWB vertical ("verticalized") text: one token per line.
 *
 * A line that is a whole tag (<doc id="x">, </doc>, <s>, </s>, <p>, <text ...>, <g/> ...) is
 * structure; every other non-blank line is a token whose word is its first TAB-separated
 * column, with &amp; &lt; &gt; &quot; &apos; (and numeric references) decoded. <doc>
 * attributes become metadata, "id" giving the document id; <s> ... </s> give sentence spans
 * (id from "id", else "n"). The text is the words joined by '\n'. A file without <doc> tags is
 * one document. Errors skip the rest of the file: the structure cannot be trusted after one.
 */
#include "corpus/source-private.h"

#include <string.h>

typedef struct {
  gboolean closing;
  const char *name; /* not NUL-terminated */
  gsize name_len;
  const char *attrs; /* between the name and '>' (or "/>") */
  gsize attrs_len;
} Tag;

typedef struct {
  gboolean has_docs; /* the file has <doc> tags */
} VerticalState;

typedef struct {
  GString *text;
  GArray *spans;      /* MzSentenceSpan, ids owned */
  GHashTable *meta;   /* <doc> attributes */
  gboolean any_s;     /* the document has <s> tags */
  gboolean span_open; /* a sentence (explicit or implicit) is open */
  gboolean s_open;    /* ... and it is an explicit <s> */
  gsize s_line;       /* the line of that <s> */
  gsize span_start;   /* where the open sentence starts in text */
  guint span_words;   /* its words */
  char *span_id;      /* its id */
} Builder;

static void
span_clear(gpointer data)
{
  g_free(((MzSentenceSpan *)data)->id);
}

static void
builder_init(Builder *b)
{
  memset(b, 0, sizeof *b);
  b->text = g_string_new(NULL);
  b->spans = g_array_new(FALSE, FALSE, sizeof(MzSentenceSpan));
  g_array_set_clear_func(b->spans, span_clear);
  b->meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

static void
builder_clear(Builder *b)
{
  if (b->text != NULL)
    g_string_free(b->text, TRUE);
  g_clear_pointer(&b->spans, g_array_unref);
  g_clear_pointer(&b->meta, g_hash_table_unref);
  g_clear_pointer(&b->span_id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Builder, builder_clear)

static gboolean
is_name_start(char c)
{
  return g_ascii_isalpha(c) || c == '_';
}

static gboolean
is_name_char(char c)
{
  return g_ascii_isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* Is the (trimmed) line a whole tag? Fills @tag when it is. */
static gboolean
parse_tag(const char *s, gsize len, Tag *tag)
{
  const char *end = s + len, *p = s + 1;
  if (len < 3 || s[0] != '<' || end[-1] != '>')
    return FALSE;
  end -= end[-2] == '/' ? 2 : 1;
  tag->closing = *p == '/';
  p += tag->closing;
  if (p >= end || !is_name_start(*p))
    return FALSE;
  tag->name = p;
  while (p < end && is_name_char(*p))
    p++;
  tag->name_len = (gsize)(p - tag->name);
  if (p < end && !g_ascii_isspace(*p))
    return FALSE;
  tag->attrs = p;
  tag->attrs_len = (gsize)(end - p);
  return TRUE;
}

static gboolean
tag_is(const Tag *tag, const char *name)
{
  return tag->name_len == strlen(name) && memcmp(tag->name, name, tag->name_len) == 0;
}

/* Does the file have a line starting (after blanks) with "<doc" followed by white space, '>' or
 * '/'? */
static gboolean
has_doc_tags(const char *s, gsize len)
{
  const char *end = s + len, *p = s;
  while ((p = memmem(p, (gsize)(end - p), "<doc", 4)) != NULL) {
    char after = p + 4 < end ? p[4] : '\0';
    const char *q = p;
    while (q > s && (q[-1] == ' ' || q[-1] == '\t'))
      q--;
    if ((q == s || q[-1] == '\n') && (after == '>' || after == '/' || g_ascii_isspace(after)))
      return TRUE;
    p += 4;
  }
  return FALSE;
}

/* Closes the open sentence, keeping it when it has words. */
static void
span_close(Builder *b)
{
  if (b->span_open && b->span_words > 0) {
    MzSentenceSpan span = {b->span_start, b->text->len - b->span_start,
                           g_steal_pointer(&b->span_id)};
    g_array_append_val(b->spans, span);
  }
  g_clear_pointer(&b->span_id, g_free);
  b->span_open = b->s_open = FALSE;
}

static void
span_open(Builder *b, gboolean explicit, const char *id)
{
  span_close(b);
  b->span_open = TRUE;
  b->s_open = explicit;
  b->span_words = 0;
  b->span_id = g_strdup(id);
}

static gboolean
add_token(Builder *b, const MzLine *line, GError **error)
{
  const char *tab = memchr(line->s, '\t', line->len), *word = line->s;
  gsize word_len = tab != NULL ? (gsize)(tab - line->s) : line->len;
  mz_trim(&word, &word_len);
  if (word_len == 0) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: empty word (the first column of a token line)", line->no);
    return FALSE;
  }
  if (b->text->len > 0)
    g_string_append_c(b->text, '\n');
  if (!b->span_open)
    span_open(b, FALSE, NULL);
  if (b->span_words++ == 0)
    b->span_start = b->text->len;
  mz_xml_unescape_append(b->text, word, word_len);
  return TRUE;
}

/* <s> and </s>. */
static gboolean
sentence_tag(Builder *b, const Tag *tag, gsize line, GError **error)
{
  if (!tag->closing && b->s_open) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: <s> inside the <s> opened at line %zu", line, b->s_line);
    return FALSE;
  }
  if (tag->closing && !b->s_open) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "line %zu: </s> without <s>", line);
    return FALSE;
  }
  if (tag->closing) {
    span_close(b);
    return TRUE;
  }
  g_autoptr(GHashTable) attrs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  mz_xml_attrs_parse(tag->attrs, tag->attrs_len, attrs);
  const char *id = g_hash_table_lookup(attrs, "id");
  span_open(b, TRUE, id != NULL ? id : g_hash_table_lookup(attrs, "n"));
  b->any_s = TRUE;
  b->s_line = line;
  return TRUE;
}

static gboolean
check_s_closed(const Builder *b, GError **error)
{
  if (!b->s_open)
    return TRUE;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "<s> opened at line %zu is never closed", b->s_line);
  return FALSE;
}

/* Reads the lines of a document up to its </doc> (@doc_line > 0) or the end of the file.
 * Returns: %FALSE on error. */
static gboolean
read_body(MzCursor *cur, Builder *b, gsize doc_line, GError **error)
{
  MzLine line;
  Tag tag;
  while (mz_cursor_next_line(cur, &line)) {
    const char *s = line.s;
    gsize len = line.len;
    mz_trim(&s, &len);
    if (len == 0)
      continue;
    if (!parse_tag(s, len, &tag)) {
      if (!add_token(b, &line, error))
        return FALSE;
    } else if (tag_is(&tag, "s")) {
      if (!sentence_tag(b, &tag, line.no, error))
        return FALSE;
    } else if (tag_is(&tag, "doc") && doc_line > 0) {
      if (tag.closing)
        return check_s_closed(b, error);
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: <doc> inside the <doc> opened at line %zu", line.no, doc_line);
      return FALSE;
    }
  }
  if (doc_line > 0)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "<doc> opened at line %zu is never closed", doc_line);
  return doc_line == 0 && check_s_closed(b, error);
}

/* Outside documents: skips blank and structural lines up to the next <doc>. Returns: %TRUE at a
 * <doc> (its attributes in @b, its line in *doc_line); %FALSE at the end or on error. */
static gboolean
find_doc(MzCursor *cur, Builder *b, gsize *doc_line, GError **error)
{
  MzLine line;
  Tag tag;
  while (mz_cursor_next_line(cur, &line)) {
    const char *s = line.s;
    gsize len = line.len;
    mz_trim(&s, &len);
    if (len == 0)
      continue;
    if (!parse_tag(s, len, &tag)) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: token outside <doc>...</doc>", line.no);
      return FALSE;
    }
    if (!tag_is(&tag, "doc"))
      continue;
    if (tag.closing) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "line %zu: </doc> without <doc>",
                  line.no);
      return FALSE;
    }
    mz_xml_attrs_parse(tag.attrs, tag.attrs_len, b->meta);
    *doc_line = line.no;
    return TRUE;
  }
  return FALSE;
}

static MzDocument *
make_document(MzCursor *cur, Builder *b, const char *suffix, gsize line)
{
  span_close(b);
  MzDocument *doc = mz_cursor_new_document(cur, suffix, g_steal_pointer(&b->text), line);
  doc->pretokenized = TRUE;
  g_hash_table_unref(doc->meta);
  doc->meta = g_steal_pointer(&b->meta);
  for (guint i = 0; b->any_s && i < b->spans->len; i++) {
    const MzSentenceSpan *s = &g_array_index(b->spans, MzSentenceSpan, i);
    mz_document_add_sentence(doc, s->start, s->len, s->id);
  }
  return doc;
}

/**
 * mz_format_vertical_next:
 * @cur: the cursor
 * @error: return location for a %MZ_CORPUS_ERROR_FORMAT error naming the line
 *
 * Reads the next <doc> (or, in a file without <doc> tags, the whole file). After an error the
 * rest of the file is skipped.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL (at the end, or with @error set).
 */
MzDocument *
mz_format_vertical_next(MzCursor *cur, GError **error)
{
  g_auto(Builder) b = {0};
  gsize doc_line = 0;
  if (cur->state == NULL) {
    VerticalState *st = g_new0(VerticalState, 1);
    st->has_docs = has_doc_tags(cur->data, cur->len);
    cur->state = st;
    cur->state_free = g_free;
  }
  builder_init(&b);
  if (!((VerticalState *)cur->state)->has_docs) {
    if (cur->n_docs++ > 0)
      return NULL;
    if (!read_body(cur, &b, 0, error))
      return NULL;
    return make_document(cur, &b, NULL, 1);
  }
  if (!find_doc(cur, &b, &doc_line, error) || !read_body(cur, &b, doc_line, error)) {
    mz_cursor_skip_rest(cur);
    return NULL;
  }
  cur->n_docs++;
  const char *id = g_hash_table_lookup(b.meta, "id");
  g_autofree char *number = g_strdup_printf("%u", cur->n_docs);
  return make_document(cur, &b, id != NULL && *id != '\0' ? id : number, doc_line);
}
