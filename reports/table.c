/* table.c - MzTable: typed cells kept in memory, sorted, then written by a MzTableWriter
 *
 * Cells are stored row by row in one array; the text of string cells lives in a GStringChunk,
 * so setting a cell allocates nothing of its own. Every cell starts missing (NA).
 */
#include "reports/mizan-reports.h"

#include <math.h>
#include <string.h>

/* rows allocated by the first mz_table_add_row() */
#define MZ_TABLE_MIN_ROWS 64

typedef struct {
  union {
    gint64 i;
    double d;
    const char *s; /* in the table's string chunk, NUL-terminated */
  } v;
  guint32 len; /* MZ_COLUMN_STRING: bytes of v.s (it may hold NULs) */
  gboolean na;
} MzCell;

struct _MzTable {
  MzColumn *columns; /* names owned */
  guint n_columns;
  guint n_rows;
  guint capacity; /* rows that fit in cells */
  MzCell *cells;  /* row-major: row r is cells[r * n_columns ...] */
  GStringChunk *strings;
};

/**
 * mz_table_new:
 * @columns: (array length=n_columns): names and types; copied
 * @n_columns: how many, at least one
 *
 * Returns: (transfer full): an empty table
 */
MzTable *
mz_table_new(const MzColumn *columns, guint n_columns)
{
  g_return_val_if_fail(columns != NULL && n_columns > 0, NULL);
  for (guint i = 0; i < n_columns; i++)
    g_return_val_if_fail(columns[i].name != NULL, NULL);

  MzTable *table = g_new0(MzTable, 1);
  table->n_columns = n_columns;
  table->columns = g_new(MzColumn, n_columns);
  for (guint i = 0; i < n_columns; i++) {
    table->columns[i].name = g_strdup(columns[i].name);
    table->columns[i].type = columns[i].type;
  }
  table->strings = g_string_chunk_new(64 * 1024);
  return table;
}

/**
 * mz_table_free:
 * @table: (nullable): a table
 */
void
mz_table_free(MzTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    g_free((char *)table->columns[i].name);
  g_free(table->columns);
  g_free(table->cells);
  if (table->strings != NULL)
    g_string_chunk_free(table->strings);
  g_free(table);
}

/**
 * mz_table_n_columns:
 * @table: a table
 *
 * Returns: its number of columns
 */
guint
mz_table_n_columns(const MzTable *table)
{
  g_return_val_if_fail(table != NULL, 0);
  return table->n_columns;
}

/**
 * mz_table_n_rows:
 * @table: a table
 *
 * Returns: its number of rows
 */
guint
mz_table_n_rows(const MzTable *table)
{
  g_return_val_if_fail(table != NULL, 0);
  return table->n_rows;
}

/**
 * mz_table_column:
 * @table: a table
 * @col: a column index
 *
 * Returns: (transfer none): the column's name and type
 */
const MzColumn *
mz_table_column(const MzTable *table, guint col)
{
  g_return_val_if_fail(table != NULL, NULL);
  g_return_val_if_fail(col < table->n_columns, NULL);
  return &table->columns[col];
}

/**
 * mz_table_column_index:
 * @table: a table
 * @name: a column name
 *
 * Returns: the index of the first column called @name, or -1
 */
int
mz_table_column_index(const MzTable *table, const char *name)
{
  g_return_val_if_fail(table != NULL, -1);
  g_return_val_if_fail(name != NULL, -1);

  for (guint i = 0; i < table->n_columns; i++) {
    if (strcmp(table->columns[i].name, name) == 0)
      return (int)i;
  }
  return -1;
}

/**
 * mz_table_add_row:
 * @table: a table
 *
 * Appends a row whose cells are all missing (NA).
 *
 * Returns: the index of the new row
 */
guint
mz_table_add_row(MzTable *table)
{
  g_return_val_if_fail(table != NULL, 0);
  g_return_val_if_fail(table->n_rows < G_MAXUINT, 0);

  if (table->n_rows == table->capacity) {
    guint capacity = MAX(MZ_TABLE_MIN_ROWS, table->capacity);
    capacity = capacity <= G_MAXUINT / 2 ? capacity * 2 : G_MAXUINT;
    table->cells = g_realloc_n(table->cells, (gsize)capacity * table->n_columns, sizeof(MzCell));
    table->capacity = capacity;
  }
  MzCell *row = table->cells + (gsize)table->n_rows * table->n_columns;
  memset(row, 0, table->n_columns * sizeof(MzCell));
  for (guint i = 0; i < table->n_columns; i++)
    row[i].na = TRUE;
  return table->n_rows++;
}

static inline MzCell *
cell_at(const MzTable *table, guint row, guint col)
{
  return table->cells + (gsize)row * table->n_columns + col;
}

/* For g_return_if_fail(): the cell exists and its column has @type. */
static gboolean
cell_is(const MzTable *table, guint row, guint col, MzColumnType type)
{
  return row < table->n_rows && col < table->n_columns && table->columns[col].type == type;
}

/**
 * mz_table_set_string:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_STRING column
 * @s: (nullable): the text, copied into the table; NULL makes the cell NA
 * @len: its length in bytes, or -1 if it is NUL-terminated
 *
 * Sets a text cell. The copy is kept in the table's string store until the
 * table is freed, even if the cell is set again.
 */
void
mz_table_set_string(MzTable *table, guint row, guint col, const char *s, gssize len)
{
  g_return_if_fail(table != NULL);
  g_return_if_fail(cell_is(table, row, col, MZ_COLUMN_STRING));

  MzCell *cell = cell_at(table, row, col);
  if (s == NULL) {
    cell->na = TRUE;
    return;
  }
  gsize n = len < 0 ? strlen(s) : (gsize)len;
  g_return_if_fail(n <= G_MAXUINT32);
  cell->v.s = g_string_chunk_insert_len(table->strings, s, (gssize)n);
  cell->len = (guint32)n;
  cell->na = FALSE;
}

/**
 * mz_table_set_int:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_INT column
 * @value: the number
 */
void
mz_table_set_int(MzTable *table, guint row, guint col, gint64 value)
{
  g_return_if_fail(table != NULL);
  g_return_if_fail(cell_is(table, row, col, MZ_COLUMN_INT));

  MzCell *cell = cell_at(table, row, col);
  cell->v.i = value;
  cell->na = FALSE;
}

/**
 * mz_table_set_double:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_DOUBLE column
 * @value: the number; NaN is kept, and written as a missing value
 */
void
mz_table_set_double(MzTable *table, guint row, guint col, double value)
{
  g_return_if_fail(table != NULL);
  g_return_if_fail(cell_is(table, row, col, MZ_COLUMN_DOUBLE));

  MzCell *cell = cell_at(table, row, col);
  cell->v.d = value;
  cell->na = FALSE;
}

/**
 * mz_table_set_na:
 * @table: a table
 * @row: a row index
 * @col: a column index
 *
 * Makes a cell missing again, whatever its column's type.
 */
void
mz_table_set_na(MzTable *table, guint row, guint col)
{
  g_return_if_fail(table != NULL);
  g_return_if_fail(row < table->n_rows && col < table->n_columns);

  cell_at(table, row, col)->na = TRUE;
}

/**
 * mz_table_get_string:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_STRING column
 *
 * Returns: (transfer none) (nullable): the NUL-terminated text, valid as long
 * as the table, or NULL if the cell is NA
 */
const char *
mz_table_get_string(const MzTable *table, guint row, guint col)
{
  g_return_val_if_fail(table != NULL, NULL);
  g_return_val_if_fail(cell_is(table, row, col, MZ_COLUMN_STRING), NULL);

  const MzCell *cell = cell_at(table, row, col);
  return cell->na ? NULL : cell->v.s;
}

/**
 * mz_table_get_int:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_INT column
 *
 * Returns: the number, or 0 if the cell is NA (see mz_table_is_na())
 */
gint64
mz_table_get_int(const MzTable *table, guint row, guint col)
{
  g_return_val_if_fail(table != NULL, 0);
  g_return_val_if_fail(cell_is(table, row, col, MZ_COLUMN_INT), 0);

  const MzCell *cell = cell_at(table, row, col);
  return cell->na ? 0 : cell->v.i;
}

/**
 * mz_table_get_double:
 * @table: a table
 * @row: a row index
 * @col: the index of a MZ_COLUMN_DOUBLE column
 *
 * Returns: the number, or NaN if the cell is NA (see mz_table_is_na())
 */
double
mz_table_get_double(const MzTable *table, guint row, guint col)
{
  g_return_val_if_fail(table != NULL, NAN);
  g_return_val_if_fail(cell_is(table, row, col, MZ_COLUMN_DOUBLE), NAN);

  const MzCell *cell = cell_at(table, row, col);
  return cell->na ? NAN : cell->v.d;
}

/**
 * mz_table_is_na:
 * @table: a table
 * @row: a row index
 * @col: a column index
 *
 * Returns: TRUE if the cell is missing (never set, or set to NA)
 */
gboolean
mz_table_is_na(const MzTable *table, guint row, guint col)
{
  g_return_val_if_fail(table != NULL, TRUE);
  g_return_val_if_fail(row < table->n_rows && col < table->n_columns, TRUE);

  return cell_at(table, row, col)->na;
}

/**
 * mz_table_sort:
 * @table: a table
 * @row_compare: (scope call): compares two rows
 * @user_data: passed to @row_compare; usually the table itself
 *
 * Sorts the rows, stably: rows that compare equal keep their order.
 * @row_compare receives two pointers to guint row indices (read them as
 * `*(const guint *)a`) and returns <0, 0 or >0 as for qsort(). The indices
 * are those of the table as it was before this call, and the table is not
 * changed until every comparison is done, so @row_compare reads the cells
 * with the getters on the table (passed in @user_data).
 */
void
mz_table_sort(MzTable *table, GCompareDataFunc row_compare, gpointer user_data)
{
  g_return_if_fail(table != NULL);
  g_return_if_fail(row_compare != NULL);

  guint n = table->n_rows, width = table->n_columns;
  if (n < 2)
    return;
  g_autofree guint *order = g_new(guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* a merge sort: stable (GLib documents this since 2.32) */
  g_qsort_with_data(order, (gint)n, sizeof(guint), row_compare, user_data);

  MzCell *sorted = g_new(MzCell, (gsize)table->capacity * width);
  for (guint i = 0; i < n; i++)
    memcpy(sorted + (gsize)i * width, cell_at(table, order[i], 0), width * sizeof(MzCell));
  g_free(table->cells);
  table->cells = sorted;
}

/**
 * mz_table_truncate:
 * @table: a table
 * @n_rows: how many of its first rows to keep (no effect if it has fewer)
 */
void
mz_table_truncate(MzTable *table, guint n_rows)
{
  g_return_if_fail(table != NULL);
  if (n_rows < table->n_rows)
    table->n_rows = n_rows;
}

static void
write_cell(const MzTable *table, const MzCell *cell, guint col, MzTableWriter *w)
{
  if (cell->na) {
    mz_table_writer_add_na(w);
    return;
  }
  switch (table->columns[col].type) {
  case MZ_COLUMN_STRING:
    mz_table_writer_add_string(w, cell->v.s, (gssize)cell->len);
    break;
  case MZ_COLUMN_INT:
    mz_table_writer_add_int(w, cell->v.i);
    break;
  case MZ_COLUMN_DOUBLE:
    mz_table_writer_add_double(w, cell->v.d);
    break;
  }
}

/**
 * mz_table_write:
 * @table: a table
 * @w: a writer made for the same number of columns
 * @error: return location for a MZ_REPORTS_ERROR_IO error
 *
 * Writes every row, in order, through @w, then calls
 * mz_table_writer_finish() to flush it and check for write errors.
 *
 * Returns: TRUE on success, FALSE with @error set
 */
gboolean
mz_table_write(const MzTable *table, MzTableWriter *w, GError **error)
{
  g_return_val_if_fail(table != NULL, FALSE);
  g_return_val_if_fail(w != NULL, FALSE);
  g_return_val_if_fail(mz_table_writer_n_columns(w) == table->n_columns, FALSE);
  g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

  for (guint r = 0; r < table->n_rows; r++) {
    const MzCell *row = cell_at(table, r, 0);
    for (guint c = 0; c < table->n_columns; c++)
      write_cell(table, &row[c], c, w);
    mz_table_writer_end_row(w);
  }
  return mz_table_writer_finish(w, error);
}
