/* format-jsonl.c - JSON Lines: each non-blank line is one JSON object, one document.
 *
 * The member opts->text_field (a string) is the text; opts->id_field (a string or an integer)
 * gives the id, else the line number does; the other members become metadata: strings as they
 * are, integers in decimal, other numbers in the shortest form that reads back to the same
 * double, booleans as true/false, arrays and objects as compact JSON; null is skipped.
 */
#include "corpus/source-private.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#define MZ_JSONL_DEFAULT_TEXT_FIELD "text"
#define MZ_DOUBLE_MAX_DIGITS 17 /* %.17g always reads back to the same double */

/* The shortest %.Ng (C locale) that reads back to v. */
static char *
format_double(double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[8];
  for (int digits = 1; digits <= MZ_DOUBLE_MAX_DIGITS; digits++) {
    g_snprintf(fmt, sizeof fmt, "%%.%dg", digits);
    g_ascii_formatd(buf, sizeof buf, fmt, v);
    if (g_ascii_strtod(buf, NULL) == v)
      break;
  }
  return g_strdup(buf);
}

/* Returns: (transfer full) (nullable): a member's value as metadata text; %NULL for null. */
static char *
node_to_string(JsonNode *node)
{
  GType type;
  if (JSON_NODE_HOLDS_NULL(node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE(node))
    return json_to_string(node, FALSE);
  type = json_node_get_value_type(node);
  if (type == G_TYPE_STRING)
    return g_strdup(json_node_get_string(node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(node));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup(json_node_get_boolean(node) ? "true" : "false");
  if (type == G_TYPE_DOUBLE)
    return format_double(json_node_get_double(node));
  return json_to_string(node, FALSE);
}

/* Returns: (transfer full) (nullable): the id given by the id member (a string or an integer). */
static char *
object_id(JsonObject *obj, const char *id_field)
{
  JsonNode *node = id_field != NULL ? json_object_get_member(obj, id_field) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE(node))
    return NULL;
  if (json_node_get_value_type(node) == G_TYPE_STRING && *json_node_get_string(node) != '\0')
    return g_strdup(json_node_get_string(node));
  if (json_node_get_value_type(node) == G_TYPE_INT64)
    return g_strdup_printf("%" G_GINT64_FORMAT, json_node_get_int(node));
  return NULL;
}

static void
add_metadata(MzDocument *doc, JsonObject *obj, const char *text_field, const char *id_field)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  json_object_iter_init(&iter, obj);
  while (json_object_iter_next(&iter, &name, &node)) {
    char *value;
    if (strcmp(name, text_field) == 0 || (id_field != NULL && strcmp(name, id_field) == 0))
      continue;
    if ((value = node_to_string(node)) != NULL)
      g_hash_table_replace(doc->meta, g_strdup(name), value);
  }
}

/* json-glib reports "<data>:1:22: Parse error: scanner: unterminated string constant": keep
 * the column and the reason, in our own words. */
static void
set_json_error(const MzLine *line, const char *message, GError **error)
{
  static const char marker[] = "Parse error: ";
  unsigned row = 0, column = 0;
  const char *reason = strstr(message, marker);
  reason = reason != NULL ? reason + strlen(marker) : message;
  if (g_str_has_prefix(reason, "scanner: "))
    reason += strlen("scanner: ");
  if (sscanf(message, "<data>:%u:%u:", &row, &column) == 2)
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu, column %u: invalid JSON: %s", line->no, column, reason);
  else
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "line %zu: invalid JSON: %s",
                line->no, reason);
}

/* The JSON object on @line, or NULL with @error set. */
static JsonObject *
parse_object(MzCursor *cur, const MzLine *line, GError **error)
{
  g_autoptr(GError) local = NULL;
  JsonNode *root;
  if (cur->state == NULL) {
    cur->state = json_parser_new_immutable();
    cur->state_free = g_object_unref;
  }
  if (!json_parser_load_from_data(cur->state, line->s, (gssize)line->len, &local)) {
    set_json_error(line, local->message, error);
    return NULL;
  }
  root = json_parser_get_root(cur->state);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT,
                "line %zu: not a JSON object (one object per line is expected)", line->no);
    return NULL;
  }
  return json_node_get_object(root);
}

static MzDocument *
read_object(MzCursor *cur, const MzLine *line, GError **error)
{
  const char *text_field =
      cur->opts->text_field != NULL ? cur->opts->text_field : MZ_JSONL_DEFAULT_TEXT_FIELD;
  JsonObject *obj = parse_object(cur, line, error);
  JsonNode *node = obj != NULL ? json_object_get_member(obj, text_field) : NULL;
  const char *text;
  if (obj == NULL)
    return NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE(node) ||
      json_node_get_value_type(node) != G_TYPE_STRING) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_FORMAT, "line %zu: no string member '%s'",
                line->no, text_field);
    return NULL;
  }
  text = json_node_get_string(node);
  if (!g_utf8_validate(text, -1, NULL)) {
    g_set_error(error, MZ_CORPUS_ERROR, MZ_CORPUS_ERROR_INVALID_DATA,
                "line %zu: member '%s' is not valid UTF-8 (a lone surrogate escape?)", line->no,
                text_field);
    return NULL;
  }
  g_autofree char *id = object_id(obj, cur->opts->id_field);
  g_autofree char *number = g_strdup_printf("%zu", line->no);
  MzDocument *doc =
      mz_cursor_new_document(cur, id != NULL ? id : number, g_string_new(text), line->no);
  add_metadata(doc, obj, text_field, cur->opts->id_field);
  return doc;
}

/**
 * mz_format_jsonl_next:
 * @cur: the cursor
 * @error: return location for a %MZ_CORPUS_ERROR_FORMAT error naming the line
 *
 * Reads the next non-blank line as a document. After an error the cursor is on the next line.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL (at the end, or with @error set).
 */
MzDocument *
mz_format_jsonl_next(MzCursor *cur, GError **error)
{
  MzLine line;
  while (mz_cursor_next_line(cur, &line)) {
    if (mz_is_blank(line.s, line.len))
      continue;
    cur->n_docs++;
    return read_object(cur, &line, error);
  }
  return NULL;
}
