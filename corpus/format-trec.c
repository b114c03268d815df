/* format-trec.c - TREC-style files: several <DOC>...</DOC> per file.
 *
 * Inside a DOC every <NAME>...</NAME> is a field (names case-insensitive), stored in metadata
 * under the lowercase name, trimmed, entities decoded; TEXT is not copied there. Attributes of
 * <DOC> (Gigaword's <DOC id="X" type="story">) become metadata too, "id" serving as DOCNO. The
 * text is the chosen fields in the order title, abstract, text, joined by a paragraph break.
 * Not strict SGML/XML: only DOC and the field tags are recognized; <P> and </P> inside a field
 * become paragraph breaks; any other markup stays in the text.
 */
#include "corpus/source-private.h"

#include <string.h>

#define MZ_TREC_PARAGRAPH "\n\n"

typedef struct {
  GString *title, *abstract, *text; /* the three text fields, each trimmed */
  GHashTable *meta;                 /* borrowed: the document's metadata */
} TrecFields;

/* Does the tag at p ('<') name @name (case-insensitive)? Returns the byte after the name or NULL.
 * A start tag's name ends with '>', '/' or white space; an end tag's ("</NAME") with '>'. */
static const char *
tag_match(const char *p, const char *end, const char *name, gboolean closing)
{
  gsize n = strlen(name);
  const char *q = p + 1 + (closing ? 1 : 0);
  if (q + n >= end || (closing && p[1] != '/') || g_ascii_strncasecmp(q, name, n) != 0)
    return NULL;
  q += n;
  if (*q == '>' || (!closing && (*q == '/' || g_ascii_isspace(*q))))
    return q;
  return NULL;
}

/* The first '<' in [p, end) that starts a tag @name (closing or not), or NULL. */
static const char *
tag_find(const char *p, const char *end, const char *name, gboolean closing)
{
  while (p < end && (p = memchr(p, '<', (gsize)(end - p))) != NULL) {
    if (tag_match(p, end, name, closing) != NULL)
      return p;
    p++;
  }
  return NULL;
}

static gsize
line_at(const MzCursor *cur, const char *p)
{
  return cur->line + mz_count_newlines(cur->data + cur->pos, (gsize)(p - (cur->data + cur->pos)));
}

/* The '<' of the first <P ...> or </P> in [p, end), or NULL. */
static const char *
paragraph_tag_find(const char *p, const char *end)
{
  while (p < end && (p = memchr(p, '<', (gsize)(end - p))) != NULL) {
    if (tag_match(p, end, "P", FALSE) != NULL || tag_match(p, end, "P", TRUE) != NULL)
      return p;
    p++;
  }
  return NULL;
}

/* Appends one paragraph, trimmed and entity-decoded, after a paragraph break if out has text. */
static void
append_paragraph(GString *out, const char *s, gsize len)
{
  mz_trim(&s, &len);
  if (len == 0)
    return;
  if (out->len > 0)
    g_string_append(out, MZ_TREC_PARAGRAPH);
  mz_xml_unescape_append(out, s, len);
}

/* Appends field content s[0..len): the parts between <P> and </P> tags are paragraphs. */
static void
append_content(GString *out, const char *s, gsize len)
{
  const char *end = s + len, *p = s;
  while (p < end) {
    const char *tag = paragraph_tag_find(p, end);
    const char *gt = tag != NULL ? memchr(tag, '>', (gsize)(end - tag)) : NULL;
    append_paragraph(out, p, (gsize)((tag != NULL ? tag : end) - p));
    p = gt != NULL ? gt + 1 : end;
  }
}

/* Stores one field: name as written (len bytes), content [s, s + len). */
static void
store_field(TrecFields *f, const char *name, gsize name_len, const char *s, gsize len)
{
  g_autofree char *key = g_ascii_strdown(name, (gssize)name_len);
  GString *target = NULL;
  if (strcmp(key, "text") == 0)
    target = f->text;
  else if (strcmp(key, "title") == 0)
    target = f->title;
  else if (strcmp(key, "abstract") == 0)
    target = f->abstract;
  if (target != NULL)
    append_content(target, s, len);
  if (target == f->text)
    return;
  GString *value = g_string_new(NULL);
  mz_trim(&s, &len);
  mz_xml_unescape_append(value, s, len);
  g_hash_table_replace(f->meta, g_steal_pointer(&key), g_string_free(value, FALSE));
}

static gboolean
is_name_char(char c)
{
  return g_ascii_isalnum(c) || c == '_' || c == '-' || c == ':' || c == '.';
}

/* Reads the fields of the DOC body [p, end). */
static gboolean
read_fields(const MzCursor *cur, TrecFields *f, const char *p, const char *end, GError **error)
{
  while (p < end && (p = memchr(p, '<', (gsize)(end - p))) != NULL) {
    const char *name = p + 1, *name_end = name, *gt, *close;
    while (name_end < end && is_name_char(*name_end))
      name_end++;
    gt = memchr(p, '>', (gsize)(end - p));
    if (name_end == name || !g_ascii_isalpha(*name) || gt == NULL || gt[-1] == '/') {
      p = gt != NULL && name_end > name ? gt + 1 : p + 1; /* not a start tag, or <X/> */
      continue;
    }
    g_autofree char *tag = g_strndup(name, (gsize)(name_end - name));
    close = tag_find(gt + 1, end, tag, TRUE);
    if (close == NULL) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "<%s> opened at line %zu is not closed before </DOC>", tag, line_at(cur, p));
      return FALSE;
    }
    store_field(f, tag, (gsize)(name_end - name), gt + 1, (gsize)(close - gt - 1));
    p = close + 2 + strlen(tag) + 1;
  }
  return TRUE;
}

/* The document text: the chosen fields, in the order title, abstract, text. */
static GString *
join_fields(const TrecFields *f, guint which)
{
  GString *parts[] = {which & MZ_TREC_TITLE ? f->title : NULL,
                      which & MZ_TREC_ABSTRACT ? f->abstract : NULL,
                      which & MZ_TREC_TEXT ? f->text : NULL};
  GString *out = g_string_new(NULL);
  for (guint i = 0; i < G_N_ELEMENTS(parts); i++) {
    if (parts[i] == NULL || parts[i]->len == 0)
      continue;
    if (out->len > 0)
      g_string_append(out, MZ_TREC_PARAGRAPH);
    g_string_append_len(out, parts[i]->str, (gssize)parts[i]->len);
  }
  return out;
}

/* The '<' of the </DOC> closing the DOC whose body starts at body, or NULL with @error set. */
static const char *
find_doc_end(const MzCursor *cur, const char *open, const char *body, GError **error)
{
  const char *end = cur->data + cur->len, *p = body;
  while ((p = memchr(p, '<', (gsize)(end - p))) != NULL) {
    if (tag_match(p, end, "DOC", TRUE) != NULL)
      return p;
    if (tag_match(p, end, "DOC", FALSE) != NULL) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                  "line %zu: <DOC> inside the <DOC> opened at line %zu (missing </DOC>?)",
                  line_at(cur, p), line_at(cur, open));
      return NULL;
    }
    p++;
  }
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "<DOC> opened at line %zu is never closed", line_at(cur, open));
  return NULL;
}

/* Skips white space; text that is not a <DOC> start tag is an error (skipped up to the next
 * <DOC>). Returns: the '<' of the next <DOC>, or NULL (at the end, or with @error set). */
static const char *
find_doc_start(MzCursor *cur, GError **error)
{
  const char *end = cur->data + cur->len, *p = cur->data + cur->pos, *next;
  while (p < end && g_ascii_isspace(*p))
    p++;
  mz_cursor_advance(cur, (gsize)(p - cur->data));
  if (p == end || tag_match(p, end, "DOC", FALSE) != NULL)
    return p == end ? NULL : p;
  g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
              "line %zu: text outside <DOC>...</DOC>", cur->line);
  next = tag_find(p + 1, end, "DOC", FALSE);
  mz_cursor_advance(cur, (gsize)((next != NULL ? next : end) - cur->data));
  return NULL;
}

static MzDocument *
make_document(MzCursor *cur, TrecFields *f, gsize line)
{
  const char *docno = g_hash_table_lookup(f->meta, "docno");
  g_autofree char *number = g_strdup_printf("%u", cur->n_docs);
  if (docno == NULL || *docno == '\0')
    docno = g_hash_table_lookup(f->meta, "id");
  if (docno == NULL || *docno == '\0')
    docno = number;
  MzDocument *doc =
      mz_cursor_new_document(cur, docno, join_fields(f, cur->opts->trec_fields), line);
  g_hash_table_unref(doc->meta);
  doc->meta = g_hash_table_ref(f->meta);
  return doc;
}

/**
 * mz_format_trec_next:
 * @cur: the cursor
 * @error: return location for a %MZ_CORPUS_ERROR_FORMAT error
 *
 * Reads the next <DOC>. A DOC that is never closed (or is followed by another <DOC> before its
 * </DOC>) is an error and reading goes on at that next <DOC> (or the end of the file); a bad
 * field skips its DOC.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL (at the end, or with @error set).
 */
MzDocument *
mz_format_trec_next(MzCursor *cur, GError **error)
{
  const char *open = find_doc_start(cur, error), *gt, *close;
  const char *end = cur->data + cur->len;
  g_autoptr(GHashTable) meta = NULL;
  g_autoptr(GString) title = NULL, abstract = NULL, text = NULL;
  if (open == NULL)
    return NULL;
  cur->n_docs++;
  gt = memchr(open, '>', (gsize)(end - open));
  close = gt != NULL ? find_doc_end(cur, open, gt + 1, error) : NULL;
  if (gt == NULL)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "<DOC> opened at line %zu is never closed", cur->line);
  if (close == NULL) {
    const char *next = gt != NULL ? tag_find(open + 1, end, "DOC", FALSE) : NULL;
    mz_cursor_advance(cur, (gsize)((next != NULL ? next : end) - cur->data));
    return NULL;
  }
  meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  mz_xml_attrs_parse(open + 4, (gsize)(gt - open - 4), meta);
  title = g_string_new(NULL), abstract = g_string_new(NULL), text = g_string_new(NULL);
  TrecFields f = {title, abstract, text, meta};
  gsize line = cur->line;
  gboolean ok = read_fields(cur, &f, gt + 1, close, error);
  mz_cursor_advance(cur, (gsize)(close - cur->data) + strlen("</DOC>"));
  return ok ? make_document(cur, &f, line) : NULL;
}

/**
 * mz_trec_fields_parse:
 * @spec: a comma-separated list of text, title, abstract
 * @fields: (out): the #MzTrecFields flags
 * @error: return location for a %MZ_CORPUS_ERROR_INVALID_ARGUMENT error
 */
gboolean
mz_trec_fields_parse(const char *spec, guint *fields, GError **error)
{
  static const char *const names[] = {"text", "title", "abstract"};
  g_auto(GStrv) parts = NULL;
  guint result = 0;
  g_return_val_if_fail(spec != NULL && fields != NULL, FALSE);
  parts = g_strsplit(spec, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++) {
    guint bit = 0;
    g_strstrip(parts[i]);
    for (guint j = 0; j < G_N_ELEMENTS(names); j++)
      if (g_ascii_strcasecmp(parts[i], names[j]) == 0)
        bit = 1u << j;
    if (bit == 0) {
      g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                  "unknown TREC field '%s' (choose from text, title, abstract)", parts[i]);
      return FALSE;
    }
    result |= bit;
  }
  if (result == 0)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_ARGUMENT,
                "no TREC field given (choose from text, title, abstract)");
  *fields = result != 0 ? result : *fields;
  return result != 0;
}
