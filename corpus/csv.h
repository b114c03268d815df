/* csv.h - reading tables other programs wrote: CSV (RFC 4180) and TSV */
#pragma once

#if !defined(MZ_CORPUS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only corpus/mizan-corpus.h can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * MzCsvReader:
 *
 * Reads records from a UTF-8 text in memory (a leading BOM is skipped).
 * With ',' as the separator, RFC 4180: records end with LF or CRLF, a field
 * in double quotes may hold ',', newlines and "" (one quote). With '\t',
 * TSV as Mizan and R write it: no quoting, and the escapes \t \n \r \\ are
 * decoded. Empty lines are skipped. Errors are %MZ_CORPUS_ERROR_FORMAT and
 * name the line.
 */
typedef struct _MzCsvReader MzCsvReader;

MzCsvReader *mz_csv_reader_new(const char *data, gsize len, char separator);
void mz_csv_reader_free(MzCsvReader *r);
gboolean mz_csv_reader_next(MzCsvReader *r, const char *const **fields, guint *n_fields,
                            GError **error);
gsize mz_csv_reader_line(const MzCsvReader *r);

char mz_csv_separator_for_path(const char *path);
int mz_csv_find_column(const char *const *header, guint n_fields, const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzCsvReader, mz_csv_reader_free)

G_END_DECLS
