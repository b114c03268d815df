/* source.h - paths to documents: files, directories, stdin; five input formats */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

#include "corpus/corpus-error.h"
#include "corpus/decode.h"

G_BEGIN_DECLS

typedef enum {
  MZ_FORMAT_AUTO,
  MZ_FORMAT_TEXT,     /* one document per file */
  MZ_FORMAT_TREC,     /* <DOC>...</DOC>, several per file */
  MZ_FORMAT_JSONL,    /* one JSON object per line */
  MZ_FORMAT_CONLLU,   /* Universal Dependencies CoNLL-U */
  MZ_FORMAT_VERTICAL, /* CWB one token per line with <doc> and <s> */
} MzInputFormat;

gboolean mz_input_format_parse(const char *name, MzInputFormat *format, GError **error);
const char *mz_input_format_name(MzInputFormat format);

/* Which TREC fields make the text of a document (others become metadata). */
typedef enum {
  MZ_TREC_TEXT = 1 << 0,
  MZ_TREC_TITLE = 1 << 1,
  MZ_TREC_ABSTRACT = 1 << 2,
} MzTrecFields;

gboolean mz_trec_fields_parse(const char *spec, guint *fields, GError **error);

/**
 * MzSourceOptions:
 * @format: the input format, or %MZ_FORMAT_AUTO to decide per file
 * @decode: encoding options, applied to each file as a whole
 * @text_field: JSONL: the member holding the text ("text")
 * @id_field: JSONL: the member holding the document id ("id"; if absent
 *   the id is path#LINE)
 * @trec_fields: TREC: which fields make the text (%MZ_TREC_TEXT)
 * @metadata_path: a CSV file whose first column is a document id and
 *   whose other columns are added to each matching document, or %NULL
 * @buckwalter_input: the text is Buckwalter transliteration; convert it to
 *   Arabic after decoding
 *
 * Strings are borrowed: they must outlive the #MzSource.
 */
typedef struct {
  MzInputFormat format;
  MzDecodeOptions decode;
  const char *text_field;
  const char *id_field;
  guint trec_fields;
  const char *metadata_path;
  gboolean buckwalter_input;
} MzSourceOptions;

void mz_source_options_init(MzSourceOptions *opts);

/**
 * MzSentenceSpan:
 * @start: byte offset of the sentence in the document text
 * @len: its length in bytes
 * @id: the sentence id given by the input (CoNLL-U sent_id, vertical
 *   <s id=...>), or %NULL
 */
typedef struct {
  gsize start;
  gsize len;
  char *id;
} MzSentenceSpan;

/**
 * MzDocument:
 * @id: a stable id: the path as given for a file argument, the directory's
 *   name plus the relative path for files found in a directory,
 *   "path#DOCNO" for TREC, "path#ID" or "path#LINE" for JSONL, "path#ID"
 *   (newdoc id) for CoNLL-U, "path#ID" or "path#N" for vertical; "-" is
 *   standard input
 * @path: the file it came from ("-" for standard input)
 * @line: the 1-based line of @path where the document starts
 * @format: the format it was read as
 * @encoding: the encoding its file was decoded from (interned)
 * @text: the document text, valid NUL-terminated UTF-8
 * @data: the bytes of @text; @len: their number (without the NUL)
 * @meta: field name -> value (both strings); never %NULL
 * @sentences: %NULL, or the sentences the input gives (#MzSentenceSpan)
 * @pretokenized: %TRUE when tokens are given, separated by '\n' in @text
 *   (vertical input)
 */
typedef struct {
  char *id;
  char *path;
  gsize line;
  MzInputFormat format;
  const char *encoding;
  GBytes *text;
  const char *data;
  gsize len;
  GHashTable *meta;
  GArray *sentences;
  gboolean pretokenized;
} MzDocument;

MzDocument *mz_document_new(const char *id, const char *path, GBytes *text);
void mz_document_free(MzDocument *doc);
void mz_document_set_text(MzDocument *doc, GBytes *text);
const char *mz_document_get_meta(const MzDocument *doc, const char *key);
void mz_document_add_sentence(MzDocument *doc, gsize start, gsize len, const char *id);

typedef struct _MzSource MzSource;

MzSource *mz_source_new(const char *const *paths, const MzSourceOptions *opts, GError **error);
void mz_source_free(MzSource *src);
void mz_source_set_notify(MzSource *src, MzNotifyFunc func, gpointer user_data);
MzDocument *mz_source_next(MzSource *src, GError **error);
guint mz_source_n_files(const MzSource *src);
guint64 mz_source_total_bytes(const MzSource *src);
guint64 mz_source_bytes_done(const MzSource *src);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzDocument, mz_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzSource, mz_source_free)

G_END_DECLS
