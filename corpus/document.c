/* document.c - MzDocument, and the helpers source.c and the format parsers share
 * (source-private.h): lines of a cursor, trimming, XML entities and tag attributes, Buckwalter
 * input, and the choice of a format by file name and content. */
#include "corpus/source-private.h"

#include <string.h>

/* clang-format off */
static const struct {
  const char *ext;
  MzInputFormat format;
} extensions[] = {
  {".jsonl", MZ_FORMAT_JSONL}, {".ndjson", MZ_FORMAT_JSONL}, {".conllu", MZ_FORMAT_CONLLU},
  {".vrt", MZ_FORMAT_VERTICAL}, {".vert", MZ_FORMAT_VERTICAL}, {".trec", MZ_FORMAT_TREC}};
/* clang-format on */

static void
sentence_span_clear(gpointer data)
{
  MzSentenceSpan *span = data;
  g_free(span->id);
}

/**
 * mz_document_new:
 * @id: the document id (copied)
 * @path: the file it came from (copied)
 * @text: (transfer none): its text, valid NUL-terminated UTF-8 (referenced)
 *
 * A document at line 1 with empty metadata and no sentences.
 *
 * Returns: (transfer full): the document; free with mz_document_free().
 */
MzDocument *
mz_document_new(const char *id, const char *path, GBytes *text)
{
  g_return_val_if_fail(id != NULL && path != NULL && text != NULL, NULL);
  MzDocument *doc = g_new0(MzDocument, 1);
  doc->id = g_strdup(id);
  doc->path = g_strdup(path);
  doc->line = 1;
  doc->format = MZ_FORMAT_TEXT;
  doc->encoding = g_intern_static_string("UTF-8");
  doc->meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  mz_document_set_text(doc, text);
  return doc;
}

/**
 * mz_document_free:
 * @doc: (nullable): a document
 *
 * Frees @doc with its text reference, metadata and sentences.
 */
void
mz_document_free(MzDocument *doc)
{
  if (doc == NULL)
    return;
  g_free(doc->id);
  g_free(doc->path);
  g_clear_pointer(&doc->text, g_bytes_unref);
  g_clear_pointer(&doc->meta, g_hash_table_unref);
  g_clear_pointer(&doc->sentences, g_array_unref);
  g_free(doc);
}

/**
 * mz_document_set_text:
 * @doc: a document
 * @text: (transfer none): the new text, valid NUL-terminated UTF-8 (referenced)
 *
 * Replaces the text and updates @doc->data and @doc->len. Sentence spans are left as they are:
 * the caller rebuilds them if the offsets changed.
 */
void
mz_document_set_text(MzDocument *doc, GBytes *text)
{
  g_return_if_fail(doc != NULL && text != NULL);
  g_bytes_ref(text);
  g_clear_pointer(&doc->text, g_bytes_unref);
  doc->text = text;
  doc->data = g_bytes_get_data(text, &doc->len);
  if (doc->data == NULL)
    doc->data = "";
}

/**
 * mz_document_get_meta:
 * @doc: a document
 * @key: a field name
 *
 * Returns: (transfer none) (nullable): the value of metadata field @key, or %NULL.
 */
const char *
mz_document_get_meta(const MzDocument *doc, const char *key)
{
  g_return_val_if_fail(doc != NULL && key != NULL, NULL);
  return g_hash_table_lookup(doc->meta, key);
}

/**
 * mz_document_add_sentence:
 * @doc: a document
 * @start: byte offset of the sentence in the text; @len: its length in bytes
 * @id: (nullable): the sentence id given by the input (copied)
 *
 * Appends a sentence span, creating @doc->sentences on first use.
 */
void
mz_document_add_sentence(MzDocument *doc, gsize start, gsize len, const char *id)
{
  g_return_if_fail(doc != NULL && start + len <= doc->len);
  MzSentenceSpan span = {start, len, g_strdup(id)};
  if (doc->sentences == NULL) {
    doc->sentences = g_array_new(FALSE, FALSE, sizeof(MzSentenceSpan));
    g_array_set_clear_func(doc->sentences, sentence_span_clear);
  }
  g_array_append_val(doc->sentences, span);
}

/* Returns: the number of '\n' in s[0..len). */
gsize
mz_count_newlines(const char *s, gsize len)
{
  const char *end = s + len, *nl;
  gsize n = 0;
  while (s < end && (nl = memchr(s, '\n', (gsize)(end - s))) != NULL) {
    n++;
    s = nl + 1;
  }
  return n;
}

/* Returns: %TRUE when s[0..len) is only ASCII white space. */
gboolean
mz_is_blank(const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace(s[i]))
      return FALSE;
  return TRUE;
}

/* Narrows *s, *len to exclude leading and trailing ASCII white space. */
void
mz_trim(const char **s, gsize *len)
{
  while (*len > 0 && g_ascii_isspace(**s)) {
    (*s)++;
    (*len)--;
  }
  while (*len > 0 && g_ascii_isspace((*s)[*len - 1]))
    (*len)--;
}

/* Reads the next line of @cur into @line (see #MzLine). Returns: %FALSE at the end. */
gboolean
mz_cursor_next_line(MzCursor *cur, MzLine *line)
{
  const char *s = cur->data + cur->pos;
  const char *nl;
  gsize rest = cur->len - cur->pos;
  if (cur->pos >= cur->len)
    return FALSE;
  nl = memchr(s, '\n', rest);
  line->s = s;
  line->len = nl != NULL ? (gsize)(nl - s) : rest;
  line->no = cur->line;
  line->start = cur->pos;
  cur->pos += nl != NULL ? line->len + 1 : rest;
  cur->line++;
  if (line->len > 0 && s[line->len - 1] == '\r')
    line->len--;
  return TRUE;
}

/* Moves @cur forward to byte offset @pos, counting lines. */
void
mz_cursor_advance(MzCursor *cur, gsize pos)
{
  g_return_if_fail(pos >= cur->pos && pos <= cur->len);
  cur->line += mz_count_newlines(cur->data + cur->pos, pos - cur->pos);
  cur->pos = pos;
}

/* Skips the rest of the file (after an error that leaves nothing reliable to read). */
void
mz_cursor_skip_rest(MzCursor *cur)
{
  mz_cursor_advance(cur, cur->len);
}

/**
 * mz_cursor_new_document:
 * @cur: the cursor
 * @suffix: (nullable): the part of the id after '#', or %NULL for the file id alone
 * @text: (transfer full): the text (freed here)
 * @line: the line where the document starts
 *
 * Returns: (transfer full): a document of the cursor's file.
 */
MzDocument *
mz_cursor_new_document(MzCursor *cur, const char *suffix, GString *text, gsize line)
{
  g_autofree char *id = suffix != NULL ? g_strconcat(cur->file_id, "#", suffix, NULL) : NULL;
  g_autoptr(GBytes) bytes = g_string_free_to_bytes(text);
  MzDocument *doc = mz_document_new(id != NULL ? id : cur->file_id, cur->path, bytes);
  doc->line = line;
  return doc;
}

/* &#N; or &#xH; at s (which starts with "&#") up to semi; 0 when not a valid code point. */
static gunichar
numeric_entity(const char *s, const char *semi)
{
  gboolean hex = s[2] == 'x' || s[2] == 'X';
  const char *p = s + (hex ? 3 : 2);
  guint64 cp = 0;
  if (p == semi)
    return 0;
  for (; p < semi; p++) {
    int d = hex ? g_ascii_xdigit_value(*p) : g_ascii_digit_value(*p);
    if (d < 0 || cp > 0x10FFFF)
      return 0;
    cp = cp * (hex ? 16 : 10) + (guint64)d;
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return (gunichar)cp;
}

/* The character the entity at s (up to and including semi) stands for, or 0. */
static gunichar
entity_value(const char *s, const char *semi)
{
  static const struct {
    const char *name;
    gunichar c;
  } named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  gsize n = (gsize)(semi - s) + 1;
  if (s[1] == '#')
    return numeric_entity(s, semi);
  for (guint i = 0; i < G_N_ELEMENTS(named); i++)
    if (strlen(named[i].name) == n && memcmp(named[i].name, s, n) == 0)
      return named[i].c;
  return 0;
}

/**
 * mz_xml_unescape_append:
 * @out: where to append
 * @s: text (valid UTF-8); @len: its length
 *
 * Appends @s with the entities &amp; &lt; &gt; &quot; &apos; &#N; &#xH; decoded. Other
 * entities, and numeric ones that name no character (or U+0000), are copied unchanged.
 */
void
mz_xml_unescape_append(GString *out, const char *s, gsize len)
{
  const char *end = s + len, *amp;
  while (s < end && (amp = memchr(s, '&', (gsize)(end - s))) != NULL) {
    const char *limit = amp + MIN((gsize)(end - amp), 12);
    const char *semi = memchr(amp, ';', (gsize)(limit - amp));
    gunichar c = semi != NULL ? entity_value(amp, semi) : 0;
    g_string_append_len(out, s, amp - s);
    if (c == 0) {
      g_string_append_c(out, '&');
      s = amp + 1;
      continue;
    }
    g_string_append_unichar(out, c);
    s = semi + 1;
  }
  g_string_append_len(out, s, end - s);
}

static gboolean
is_attr_name_char(char c)
{
  return c != '\0' && !g_ascii_isspace(c) && c != '=' && c != '/' && c != '>' && c != '"' &&
         c != '\'';
}

/**
 * mz_xml_attrs_parse:
 * @s: the attributes of a start tag (the part after the tag name, before '>'); @len: its length
 * @into: name -> value (both g_free'd by the table)
 *
 * Parses name="v", name='v' and name=v; values are unescaped. Anything else is skipped.
 */
void
mz_xml_attrs_parse(const char *s, gsize len, GHashTable *into)
{
  const char *end = s + len;
  while (s < end) {
    const char *name = s, *name_end, *v, *v_end;
    while (s < end && is_attr_name_char(*s))
      s++;
    name_end = s;
    if (s == name || s == end || *s != '=') {
      s += s == name ? 1 : 0;
      continue;
    }
    v = ++s;
    if (v < end && (*v == '"' || *v == '\'')) {
      v_end = memchr(v + 1, *v, (gsize)(end - v - 1));
      v_end = v_end != NULL ? v_end : end;
      s = v_end < end ? v_end + 1 : end;
      v++;
    } else {
      while (s < end && !g_ascii_isspace(*s))
        s++;
      v_end = s;
    }
    GString *value = g_string_sized_new((gsize)(v_end - v));
    mz_xml_unescape_append(value, v, (gsize)(v_end - v));
    g_hash_table_replace(into, g_strndup(name, (gsize)(name_end - name)),
                         g_string_free(value, FALSE));
  }
}

/**
 * mz_document_convert_buckwalter:
 * @doc: a document whose text is Buckwalter transliteration
 *
 * Converts the text to Arabic with mz_translit_from_buckwalter(), and moves the sentence spans
 * (which must be in order and not overlap) to the converted text.
 */
void
mz_document_convert_buckwalter(MzDocument *doc)
{
  g_autoptr(GString) out = g_string_sized_new(doc->len * 2 + 1);
  g_autoptr(GBytes) text = NULL;
  gsize done = 0;
  for (guint i = 0; doc->sentences != NULL && i < doc->sentences->len; i++) {
    MzSentenceSpan *s = &g_array_index(doc->sentences, MzSentenceSpan, i);
    gsize start;
    mz_translit_from_buckwalter(out, doc->data + done, s->start - done);
    start = out->len;
    mz_translit_from_buckwalter(out, doc->data + s->start, s->len);
    done = s->start + s->len;
    s->start = start;
    s->len = out->len - start;
  }
  mz_translit_from_buckwalter(out, doc->data + done, doc->len - done);
  text = g_string_free_to_bytes(g_steal_pointer(&out));
  mz_document_set_text(doc, text);
}

static MzInputFormat
format_by_extension(const char *path, const char **ext)
{
  const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
  if (dot == NULL || (slash != NULL && dot < slash))
    return MZ_FORMAT_AUTO;
  for (guint i = 0; i < G_N_ELEMENTS(extensions); i++)
    if (g_ascii_strcasecmp(dot, extensions[i].ext) == 0) {
      *ext = extensions[i].ext;
      return extensions[i].format;
    }
  return MZ_FORMAT_AUTO;
}

/* Does p start with tag (e.g. "<DOC") followed by '>' or white space? */
static gboolean
starts_with_tag(const char *p, const char *end, const char *tag)
{
  gsize n = strlen(tag);
  return (gsize)(end - p) > n && memcmp(p, tag, n) == 0 && (p[n] == '>' || g_ascii_isspace(p[n]));
}

/* The format the first non-blank line suggests (text when none does); *why says why. */
static MzInputFormat
format_by_content(const char *s, gsize len, const char **why)
{
  const char *end = s + len, *p = s, *nl;
  gsize n_tabs = 0;
  while (p < end && g_ascii_isspace(*p))
    p++;
  nl = memchr(p, '\n', (gsize)(end - p));
  for (const char *q = p; q < (nl != NULL ? nl : end); q++)
    n_tabs += *q == '\t';
  *why = "starts with <DOC>";
  if (starts_with_tag(p, end, "<DOC"))
    return MZ_FORMAT_TREC;
  *why = starts_with_tag(p, end, "<doc") ? "starts with <doc>" : "starts with <text>";
  if (starts_with_tag(p, end, "<doc") || starts_with_tag(p, end, "<text"))
    return MZ_FORMAT_VERTICAL;
  *why = "first line starts with {";
  if (p < end && *p == '{')
    return MZ_FORMAT_JSONL;
  *why = "first line is a CoNLL-U comment";
  if (g_str_has_prefix(p, "# newdoc") || g_str_has_prefix(p, "# sent_id") ||
      g_str_has_prefix(p, "# text ="))
    return MZ_FORMAT_CONLLU;
  *why = "first line has 10 tab-separated columns";
  if (n_tabs == 9)
    return MZ_FORMAT_CONLLU;
  *why = "no other format recognized";
  return MZ_FORMAT_TEXT;
}

/**
 * mz_format_guess:
 * @path: the file name; @data, @len: its decoded text
 * @ext: (out): the extension that decided, or %NULL
 * @why: (out): otherwise what in the text decided
 *
 * The format of a file: by its extension (.jsonl .ndjson .conllu .vrt .vert .trec), else by its
 * first non-blank line (see format_by_content()), else text.
 */
MzInputFormat
mz_format_guess(const char *path, const char *data, gsize len, const char **ext, const char **why)
{
  MzInputFormat format;
  *ext = NULL;
  *why = NULL;
  format = format_by_extension(path, ext);
  return format != MZ_FORMAT_AUTO ? format : format_by_content(data, len, why);
}
