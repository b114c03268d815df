/* table.h - the MzTable model and its streaming writers (CSV, TSV, JSON Lines) */
#pragma once

#if !defined(MZ_REPORTS_INSIDE) && !defined(MZ_COMPILATION)
#error "Only reports/mizan-reports.h can be included directly."
#endif

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MZ_TABLE_CSV,   /* RFC 4180 quoting, UTF-8, LF line ends, optional BOM */
  MZ_TABLE_TSV,   /* tab-separated; \t \n \r \\ in cells are escaped */
  MZ_TABLE_JSONL, /* one JSON object per row */
} MzTableFormat;

gboolean mz_table_format_parse(const char *name, MzTableFormat *format, GError **error);
const char *mz_table_format_name(MzTableFormat format);

typedef enum {
  MZ_COLUMN_STRING,
  MZ_COLUMN_INT,
  MZ_COLUMN_DOUBLE,
} MzColumnType;

typedef struct {
  const char *name;
  MzColumnType type;
} MzColumn;

/* Streaming: rows go out as they are added. */
typedef struct _MzTableWriter MzTableWriter;

MzTableWriter *mz_table_writer_new(FILE *stream, MzTableFormat format, const MzColumn *columns,
                                   guint n_columns, gboolean bom);
MzTableWriter *mz_table_writer_new_rows(FILE *stream, MzTableFormat format, const MzColumn *columns,
                                        guint n_columns);
void mz_table_writer_free(MzTableWriter *w);
void mz_table_writer_add_string(MzTableWriter *w, const char *s, gssize len);
void mz_table_writer_add_int(MzTableWriter *w, gint64 value);
void mz_table_writer_add_double(MzTableWriter *w, double value);
void mz_table_writer_add_na(MzTableWriter *w);
void mz_table_writer_end_row(MzTableWriter *w);
gboolean mz_table_writer_finish(MzTableWriter *w, GError **error);
guint mz_table_writer_n_columns(const MzTableWriter *w);

/* The buffer mz_format_double() needs: room for "%.17g" of any double. */
#define MZ_FORMAT_DOUBLE_SIZE G_ASCII_DTOSTR_BUF_SIZE

void mz_format_double(char *buf, gsize size, double value);

/* In memory: rows are kept, can be sorted, then written. */
typedef struct _MzTable MzTable;

MzTable *mz_table_new(const MzColumn *columns, guint n_columns);
void mz_table_free(MzTable *table);
guint mz_table_n_columns(const MzTable *table);
guint mz_table_n_rows(const MzTable *table);
const MzColumn *mz_table_column(const MzTable *table, guint col);
int mz_table_column_index(const MzTable *table, const char *name);
guint mz_table_add_row(MzTable *table);
void mz_table_set_string(MzTable *table, guint row, guint col, const char *s, gssize len);
void mz_table_set_int(MzTable *table, guint row, guint col, gint64 value);
void mz_table_set_double(MzTable *table, guint row, guint col, double value);
void mz_table_set_na(MzTable *table, guint row, guint col);
const char *mz_table_get_string(const MzTable *table, guint row, guint col);
gint64 mz_table_get_int(const MzTable *table, guint row, guint col);
double mz_table_get_double(const MzTable *table, guint row, guint col);
gboolean mz_table_is_na(const MzTable *table, guint row, guint col);
void mz_table_sort(MzTable *table, GCompareDataFunc row_compare, gpointer user_data);
void mz_table_truncate(MzTable *table, guint n_rows);
gboolean mz_table_write(const MzTable *table, MzTableWriter *w, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzTableWriter, mz_table_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(MzTable, mz_table_free)

G_END_DECLS
