/* fs-print-table.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "fs-print-private.h"

/* Tables: cells are kept as text until the end, when the widths of the
 * columns are known. */

typedef struct
{
  char          *text;
  PangoAttrList *attrs;
  gboolean       hanging;
  gboolean       filled;
  FsColor        fill;
} FsPendingCell;

struct _FsTable
{
  FsFlow   *flow;
  FsBlock  *block;
  FsColumn *columns;
  guint     n_columns;
  GArray   *cells;
};

static void
pending_cell_clear (FsPendingCell *cell)
{
  g_free (cell->text);
  g_clear_pointer (&cell->attrs, pango_attr_list_unref);
}

FsTable *
fs_flow_add_table (FsFlow         *flow,
                   const FsColumn *columns,
                   guint           n_columns)
{
  FsTable *table = g_new0 (FsTable, 1);

  g_return_val_if_fail (n_columns > 0 && n_columns <= FS_MAX_CELLS, NULL);

  table->flow = flow;
  table->block = fs_print_block_add (flow, FS_BLOCK_TABLE, 6, 12);
  table->columns = g_memdup2 (columns, n_columns * sizeof (FsColumn));
  table->n_columns = n_columns;
  table->cells = g_array_new (FALSE, TRUE, sizeof (FsPendingCell));
  g_array_set_clear_func (table->cells, (GDestroyNotify) pending_cell_clear);
  return table;
}

void
fs_table_add_rich_row (FsTable  *table,
                       FsRich  **cells)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      FsPendingCell cell = { NULL };

      if (!fs_rich_is_empty (cells[i]))
        {
          cell.text = g_strdup (cells[i]->text->str);
          cell.attrs = cells[i]->styled ? pango_attr_list_ref (cells[i]->attrs) : NULL;
          cell.hanging = cells[i]->hanging;
        }
      g_array_append_val (table->cells, cell);
    }
}

void
fs_table_add_row (FsTable            *table,
                  const char * const *cells)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      FsPendingCell cell = { g_strdup (cells[i]) };

      g_array_append_val (table->cells, cell);
    }
}

/* Tints a cell of the last row. */
void
fs_table_set_fill (FsTable *table,
                   guint    column,
                   FsColor  fill)
{
  FsPendingCell *cell;

  g_return_if_fail (column < table->n_columns && table->cells->len >= table->n_columns);

  cell = &g_array_index (table->cells, FsPendingCell,
                         table->cells->len - table->n_columns + column);
  cell->filled = TRUE;
  cell->fill = fill;
}

/* Rows that would leave a gap at the bottom of a page break there instead,
 * if they are long enough to leave a few lines on each side. */
void
fs_table_let_rows_break (FsTable *table)
{
  table->block->breaks = TRUE;
}

static FsStyle
column_style (const FsColumn *column)
{
  return g_str_equal (column->title, "") ? FS_STYLE_MARK : FS_STYLE_TABLE;
}

static double
cell_natural_width (const FsCell *cell)
{
  PangoRectangle logical;

  if (cell->layout == NULL)
    return 0;
  pango_layout_get_extents (cell->layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Columns that fit their content take the width of their widest cell, up to
 * a fifth of the page; the others share what is left by their weights. */
static void
table_widths (FsTable *table,
              double   inset,
              double  *widths)
{
  GPtrArray *rows = table->block->rows;
  double total = fs_flow_get_width (table->flow);
  double left = total;
  double weights = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      weights += table->columns[c].weight;
      if (table->columns[c].weight > 0)
        continue;
      widths[c] = cell_natural_width (&table->block->head->cells[c]);
      for (guint r = 0; r < rows->len; r++)
        widths[c] = MAX (widths[c], cell_natural_width (&((FsRow *) g_ptr_array_index (rows,
                                                                                      r))->cells[c]));
      widths[c] = MIN (ceil (widths[c]) + 1 + 2 * inset, total / 5);
      left -= widths[c];
    }
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].weight > 0)
      widths[c] = MAX (left, 0) * table->columns[c].weight / weights;
}

static FsRow *
table_row_new (FsTable *table,
               double   inset)
{
  FsRow *row = fs_print_row_new (table->n_columns);

  row->pad_top = fs_flow_get_row_padding (table->flow);
  row->pad_bottom = fs_flow_get_row_padding (table->flow);
  row->flags = FS_ROW_RULE;
  row->rule = FS_COLOR_RULE;
  row->rule_width = 0.5;
  for (guint c = 0; c < table->n_columns; c++)
    row->cells[c].inset = inset;
  return row;
}

/* Sets a column's cells: they have been laid out on one line if the column
 * fits its content, and wrap now only if they came out too wide. */
static void
column_set (FsTable       *table,
            FsRow         *row,
            guint          c,
            FsStyle        style,
            FsPendingCell *pending)
{
  FsCell *cell = &row->cells[c];
  FsAlign align = table->columns[c].align;
  double room = cell->width - 2 * cell->inset;
  double natural;

  if (table->columns[c].weight > 0)
    {
      fs_print_cell_set (table->flow, cell, style, pending->text, pending->attrs,
                         pending->hanging, align);
      return;
    }
  natural = cell_natural_width (cell);
  if (natural <= room + FS_EPSILON)
    {
      cell->dx = align == FS_ALIGN_END ? room - natural
               : align == FS_ALIGN_CENTER ? (room - natural) / 2 : 0;
      return;
    }
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_free);
  fs_print_cell_set (table->flow, cell, style, pending->text, pending->attrs, pending->hanging,
                     align);
}

static void
table_lay_out (FsTable  *table,
               double    inset,
               gboolean  fitting)
{
  FsBlock *block = table->block;
  double widths[FS_MAX_CELLS] = { 0 };
  double x = 0;

  if (!fitting)
    table_widths (table, inset, widths);
  for (guint c = 0; c < table->n_columns; c++)
    {
      FsPendingCell title = { (char *) table->columns[c].title };

      if (fitting && table->columns[c].weight > 0)
        continue;
      for (guint r = 0; r <= block->rows->len; r++)
        {
          FsRow *row = r == 0 ? block->head : g_ptr_array_index (block->rows, r - 1);
          FsPendingCell *pending = r == 0 ? &title
                                 : &g_array_index (table->cells, FsPendingCell,
                                                   (r - 1) * table->n_columns + c);

          row->cells[c].x = x;
          row->cells[c].width = widths[c];
          if (fitting)
            fs_print_cell_set (table->flow, &row->cells[c],
                               r == 0 ? FS_STYLE_TABLE_HEAD : column_style (&table->columns[c]),
                               pending->text, pending->attrs, FALSE, FS_ALIGN_START);
          else
            column_set (table, row, c, r == 0 ? FS_STYLE_TABLE_HEAD
                                              : column_style (&table->columns[c]), pending);
        }
      x += widths[c];
    }
}

void
fs_table_end (FsTable *table)
{
  FsBlock *block = table->block;
  double inset = 4 * table->flow->unit;
  guint n_rows = table->cells->len / table->n_columns;

  block->head = table_row_new (table, inset);
  block->head->flags |= FS_ROW_SHADE;
  block->head->fill = FS_COLOR_SHADE;
  block->head->rule = FS_COLOR_RULE_STRONG;
  block->head->rule_width = 0.75;
  for (guint r = 0; r < n_rows; r++)
    {
      FsRow *row = table_row_new (table, inset);

      for (guint c = 0; c < table->n_columns; c++)
        {
          FsPendingCell *pending = &g_array_index (table->cells, FsPendingCell,
                                                   r * table->n_columns + c);

          row->cells[c].filled = pending->filled;
          row->cells[c].fill = pending->fill;
        }
      g_ptr_array_add (block->rows, row);
    }
  /* First the columns that fit their content, on one line each, to measure
   * them; then all of them in their widths. */
  table_lay_out (table, inset, TRUE);
  table_lay_out (table, inset, FALSE);
  fs_print_row_align_baselines (block->head);
  for (guint r = 0; r < n_rows; r++)
    fs_print_row_align_baselines (g_ptr_array_index (block->rows, r));
  g_array_unref (table->cells);
  g_free (table->columns);
  g_free (table);
}
