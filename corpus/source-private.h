/* source-private.h - between source.c and the format parsers (format-*.c), metadata.c and the
 * reading helpers in document.c. Not installed, not part of the contract. */
#pragma once

#include "corpus/mizan-corpus.h"

G_BEGIN_DECLS

/**
 * MzCursor:
 * @path: the file being read ("-" for standard input), for documents
 * @file_id: the id of the file (see mz_source_new()); documents get it or "<file_id>#X"
 * @data: the decoded text of the whole file, valid NUL-terminated UTF-8; @len: its length
 * @bytes: the #GBytes holding @data
 * @pos: the byte offset of the next unread byte
 * @line: the 1-based line number of the byte at @pos
 * @n_docs: documents started so far in this file (for "#N" ids)
 * @opts: the source options
 * @state: per-file state of the format parser, freed with @state_free when the file is closed
 *
 * A format parser's next function reads one document from @pos on. It returns the document;
 * or %NULL with @error set for a bad document, leaving @pos after it (at @len to skip the rest
 * of the file); or %NULL without error at the end of the file.
 */
typedef struct {
  const char *path;
  const char *file_id;
  const char *data;
  gsize len;
  GBytes *bytes;
  gsize pos;
  gsize line;
  guint n_docs;
  const MzSourceOptions *opts;
  gpointer state;
  GDestroyNotify state_free;
} MzCursor;

typedef MzDocument *(*MzFormatNextFunc)(MzCursor *cur, GError **error);

MzDocument *mz_format_trec_next(MzCursor *cur, GError **error);
MzDocument *mz_format_jsonl_next(MzCursor *cur, GError **error);
MzDocument *mz_format_conllu_next(MzCursor *cur, GError **error);
MzDocument *mz_format_vertical_next(MzCursor *cur, GError **error);

/**
 * MzLine:
 * @s: the line, without its '\n' and without a trailing '\r'; @len: its length
 * @no: its 1-based number
 * @start: the byte offset of the line in the file
 */
typedef struct {
  const char *s;
  gsize len;
  gsize no;
  gsize start;
} MzLine;

/* document.c: helpers shared by source.c and the format parsers */
gboolean mz_cursor_next_line(MzCursor *cur, MzLine *line);
void mz_cursor_advance(MzCursor *cur, gsize pos);
void mz_cursor_skip_rest(MzCursor *cur);
MzDocument *mz_cursor_new_document(MzCursor *cur, const char *suffix, GString *text, gsize line);
gsize mz_count_newlines(const char *s, gsize len);
gboolean mz_is_blank(const char *s, gsize len);
void mz_trim(const char **s, gsize *len);
void mz_xml_unescape_append(GString *out, const char *s, gsize len);
void mz_xml_attrs_parse(const char *s, gsize len, GHashTable *into);
void mz_document_convert_buckwalter(MzDocument *doc);
MzInputFormat mz_format_guess(const char *path, const char *data, gsize len, const char **ext,
                              const char **why);

/* metadata.c: the --metadata CSV */
typedef struct _MzMetadata MzMetadata;

MzMetadata *mz_metadata_parse(const char *data, gsize len, GError **error);
void mz_metadata_apply(const MzMetadata *md, MzDocument *doc);
guint mz_metadata_size(const MzMetadata *md);
void mz_metadata_free(MzMetadata *md);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzMetadata, mz_metadata_free)

G_END_DECLS
