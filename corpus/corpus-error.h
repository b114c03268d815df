/* corpus-error.h - the error domain of libmizan-corpus */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MZ_CORPUS_ERROR (mz_corpus_error_quark())

/**
 * MzCorpusError:
 * @MZ_CORPUS_ERROR_FAILED: anything else
 * @MZ_CORPUS_ERROR_NOT_FOUND: a path that does not exist
 * @MZ_CORPUS_ERROR_IO: a file or directory that cannot be read
 * @MZ_CORPUS_ERROR_ENCODING: the encoding cannot be determined or converted
 * @MZ_CORPUS_ERROR_INVALID_DATA: invalid UTF-8, NUL bytes, binary data
 * @MZ_CORPUS_ERROR_FORMAT: malformed TREC, JSONL, CoNLL-U, vertical or CSV input
 * @MZ_CORPUS_ERROR_EMPTY: no documents (or no text) where some were expected
 * @MZ_CORPUS_ERROR_INVALID_ARGUMENT: a bad option value (the tools exit with 2)
 *
 * Tools map %MZ_CORPUS_ERROR_INVALID_ARGUMENT to exit status 2 and every
 * other code to exit status 1.
 */
typedef enum {
  MZ_CORPUS_ERROR_FAILED,
  MZ_CORPUS_ERROR_NOT_FOUND,
  MZ_CORPUS_ERROR_IO,
  MZ_CORPUS_ERROR_ENCODING,
  MZ_CORPUS_ERROR_INVALID_DATA,
  MZ_CORPUS_ERROR_FORMAT,
  MZ_CORPUS_ERROR_EMPTY,
  MZ_CORPUS_ERROR_INVALID_ARGUMENT,
} MzCorpusError;

GQuark mz_corpus_error_quark(void);

/**
 * MzNotifyLevel / MzNotifyFunc:
 *
 * Library code never prints. Objects that have something to tell the user
 * (what format or encoding was chosen, a count of replaced bytes) call a
 * notify function set by the tool. %MZ_NOTIFY_INFO messages are shown only
 * with -v; %MZ_NOTIFY_WARNING messages are always shown.
 */
typedef enum {
  MZ_NOTIFY_INFO,
  MZ_NOTIFY_WARNING,
} MzNotifyLevel;

typedef void (*MzNotifyFunc)(MzNotifyLevel level, const char *message, gpointer user_data);

G_END_DECLS
