/* fs-print-paginate.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fs-print-private.h"

/* The blocks of the flow broken into pages, and the pages drawn. */

typedef enum
{
  FS_OP_TEXT,
  FS_OP_FILL,
  FS_OP_LINE,
  FS_OP_FIGURE,
  FS_OP_DEST,
} FsOpType;

typedef struct
{
  FsOpType       type;
  double         x;
  double         y;
  double         width;
  double         height;
  double         line_width;
  FsColor        color;
  const FsCell  *cell;
  guint          first;
  guint          last;
  const FsBlock *block;
  const char    *dest;
} FsOp;

/* Spans of lines */

static double
cell_span (const FsCell *cell,
           guint         from,
           guint         to)
{
  if (cell->n_lines == 0 || to <= from)
    return 0;
  return cell->tops[to] - cell->tops[from] + (from == 0 ? cell->dy : 0);
}

static double
row_span (const FsRow *row,
          const guint *from,
          const guint *to)
{
  double span = 0;

  for (guint i = 0; i < row->n_cells; i++)
    span = MAX (span, cell_span (&row->cells[i], from[i], to[i]));
  return row->pad_top + span + row->pad_bottom;
}

static double
row_height (const FsRow *row)
{
  guint from[FS_MAX_CELLS] = { 0 };
  guint to[FS_MAX_CELLS];

  for (guint i = 0; i < row->n_cells; i++)
    to[i] = row->cells[i].n_lines;
  return row_span (row, from, to);
}

/* Pagination */

static double
page_bottom (FsFlow *flow)
{
  return flow->setup.height - flow->setup.margin_bottom;
}

static gboolean
at_top (FsFlow *flow)
{
  return flow->y <= flow->fresh_y + FS_EPSILON;
}

static FsOp *
push_op (FsFlow   *flow,
         FsOpType  type,
         double    x,
         double    y,
         double    width,
         double    height)
{
  FsOp op = { type, x, y, width, height };

  g_array_append_val (flow->page, op);
  return &g_array_index (flow->page, FsOp, flow->page->len - 1);
}

static void
new_page (FsFlow *flow)
{
  flow->page = g_array_new (FALSE, TRUE, sizeof (FsOp));
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = flow->fresh_y = flow->setup.margin_top;
}

static void
emit_row (FsFlow      *flow,
          const FsRow *row,
          const guint *from,
          const guint *to)
{
  double left = flow->setup.margin_left;
  double width = fs_flow_get_width (flow);
  double height = row_span (row, from, to);
  FsOp *op;

  if (row->flags & (FS_ROW_SHADE | FS_ROW_CALLOUT))
    push_op (flow, FS_OP_FILL, left, flow->y, width, height)->color = row->fill;
  if (row->flags & FS_ROW_CALLOUT)
    push_op (flow, FS_OP_FILL, left, flow->y, 3, height)->color = row->rule;
  for (guint i = 0; i < row->n_cells; i++)
    {
      const FsCell *cell = &row->cells[i];

      if (cell->filled)
        push_op (flow, FS_OP_FILL, left + cell->x, flow->y, cell->width, height)->color =
          cell->fill;
      if (cell->layout == NULL || to[i] <= from[i])
        continue;
      op = push_op (flow, FS_OP_TEXT, left + cell->x + cell->inset + cell->dx,
                    flow->y + row->pad_top + (from[i] == 0 ? cell->dy : 0),
                    cell->width - 2 * cell->inset, cell_span (cell, from[i], to[i]));
      op->cell = cell;
      op->first = from[i];
      op->last = to[i];
    }
  if (row->flags & FS_ROW_RULE)
    {
      op = push_op (flow, FS_OP_LINE, left, flow->y + height, width, 0);
      op->color = row->rule;
      op->line_width = row->rule_width;
    }
  flow->y += height;
}

static void
emit_whole_row (FsFlow      *flow,
                const FsRow *row)
{
  guint from[FS_MAX_CELLS] = { 0 };
  guint to[FS_MAX_CELLS];

  for (guint i = 0; i < row->n_cells; i++)
    to[i] = row->cells[i].n_lines;
  emit_row (flow, row, from, to);
}

/* A new page, with the header row of the table being broken if there is one. */
static void
break_page (FsFlow      *flow,
            const FsRow *head)
{
  new_page (flow);
  if (head != NULL)
    {
      emit_whole_row (flow, head);
      flow->fresh_y = flow->y;
    }
}

/* How many lines a row must keep together at the bottom of a page, out of N:
 * no line alone on either side of a break. */
static guint
first_lines (guint n)
{
  return n <= 3 ? n : 2;
}

static guint
longest_cell (const FsRow *row,
              const guint *from)
{
  guint longest = 0;

  for (guint i = 1; i < row->n_cells; i++)
    if (row->cells[i].n_lines - from[i] > row->cells[longest].n_lines - from[longest])
      longest = i;
  return longest;
}

/* The lines of each cell, from FROM on, that fit in AVAIL points of text.
 * With WIDOWS, a break leaves at least two lines of the longest cell on each
 * side and breaks none of the others, such as a list item's marker or a
 * timeline row's time. Returns FALSE when no acceptable break fits. */
static gboolean
fit_lines (const FsRow *row,
           const guint *from,
           double       avail,
           gboolean     widows,
           guint       *to)
{
  gboolean progress = FALSE;
  guint longest = longest_cell (row, from);
  const FsCell *cell = &row->cells[longest];

  for (guint i = 0; i < row->n_cells; i++)
    {
      to[i] = from[i];
      while (to[i] < row->cells[i].n_lines &&
             cell_span (&row->cells[i], from[i], to[i] + 1) <= avail + FS_EPSILON)
        to[i]++;
    }
  if (widows && cell->n_lines > 0)
    {
      guint taken = to[longest] - from[longest];
      guint left = cell->n_lines - to[longest];

      if (taken < first_lines (cell->n_lines - from[longest]))
        return FALSE;
      if (left == 1)
        {
          if (taken < 3)
            return FALSE;
          to[longest]--;
        }
      for (guint i = 0; i < row->n_cells; i++)
        if (i != longest && to[i] < row->cells[i].n_lines)
          return FALSE;
    }
  for (guint i = 0; i < row->n_cells; i++)
    progress = progress || to[i] > from[i];
  return progress;
}

static void
force_line (const FsRow *row,
            const guint *from,
            guint       *to)
{
  for (guint i = 0; i < row->n_cells; i++)
    to[i] = MIN (from[i] + 1, row->cells[i].n_lines);
}

/* Places ROW at the cursor, breaking it across pages where it must. A table
 * row (HEAD set) that fits on a page of its own moves there whole, unless
 * its table lets rows BREAK; so does a called-out box, which is never broken
 * unless it is taller than a page. Other rows break between lines. */
static void
place_row (FsFlow      *flow,
           const FsRow *row,
           const FsRow *head,
           gboolean     breaks)
{
  guint from[FS_MAX_CELLS] = { 0 };
  guint to[FS_MAX_CELLS];
  double room = page_bottom (flow) - flow->setup.margin_top - (head ? row_height (head) : 0);
  gboolean whole = (head != NULL && !breaks) || (row->flags & FS_ROW_CALLOUT);
  gboolean widows = head == NULL || breaks;

  for (;;)
    {
      double avail = page_bottom (flow) - flow->y;

      for (guint i = 0; i < row->n_cells; i++)
        to[i] = row->cells[i].n_lines;
      if (row_span (row, from, to) <= avail + FS_EPSILON)
        break;
      if (!at_top (flow) && whole && row_span (row, from, to) <= room)
        {
          break_page (flow, head);
          continue;
        }
      avail -= row->pad_top + row->pad_bottom;
      if (!fit_lines (row, from, avail, widows, to))
        {
          if (!at_top (flow))
            {
              break_page (flow, head);
              continue;
            }
          if (!fit_lines (row, from, avail, FALSE, to))
            force_line (row, from, to);
        }
      emit_row (flow, row, from, to);
      memcpy (from, to, sizeof (guint) * row->n_cells);
      break_page (flow, head);
    }
  emit_row (flow, row, from, to);
}

/* The height that must follow a heading on its page: the next block's first
 * two lines, or the next two blocks' first lines, or a whole figure or
 * called-out box. */
static double
lead_height_to (FsFlow *flow,
                guint   index,
                guint  *reached)
{
  double need = 0;
  guint lines = 2;

  for (guint i = index; i < flow->blocks->len; i++)
    {
      FsBlock *block = g_ptr_array_index (flow->blocks, i);
      guint from[FS_MAX_CELLS] = { 0 };
      guint to[FS_MAX_CELLS];
      const FsRow *row;
      guint n;

      *reached = i;
      need += block->space_before;
      if (block->type == FS_BLOCK_FIGURE && block->keep)
        {
          need += block->height + block->space_after;
          continue;
        }
      if (block->type == FS_BLOCK_TABLE)
        return need + row_height (block->head) +
               (block->rows->len > 0 ? row_height (g_ptr_array_index (block->rows, 0)) : 0);
      if (block->type != FS_BLOCK_ROWS)
        {
          need += block->height;
          if (block->type == FS_BLOCK_FIGURE)
            return need;
          continue;
        }
      row = g_ptr_array_index (block->rows, 0);
      if (row->flags & FS_ROW_CALLOUT)
        return need + row_height (row);
      n = row->cells[longest_cell (row, from)].n_lines;
      for (guint c = 0; c < row->n_cells; c++)
        to[c] = MIN (row->cells[c].n_lines, block->outline >= 0 ? n : first_lines (n));
      need += row_span (row, from, to);
      if (block->outline >= 0)
        continue;
      if (n >= lines)
        return need;
      lines -= n;
      need += block->space_after;
    }
  *reached = flow->blocks->len;
  return need;
}

static double
lead_height (FsFlow *flow,
             guint   index)
{
  guint reached;

  return lead_height_to (flow, index, &reached);
}

/* Whether the place of block INDEX depends only on blocks that have been
 * added, so that it can be placed while the flow is still being filled:
 * a heading, or a figure kept with what follows, needs what follows it. */
static gboolean
is_settled (FsFlow *flow,
            guint   index)
{
  FsBlock *block = g_ptr_array_index (flow->blocks, index);
  guint reached;

  if (!(block->type == FS_BLOCK_ROWS && block->outline >= 0) &&
      !(block->type == FS_BLOCK_FIGURE && block->keep))
    return TRUE;
  lead_height_to (flow, index + 1, &reached);
  return reached < flow->blocks->len;
}

static void
place_heading (FsFlow  *flow,
               FsBlock *block,
               guint    index)
{
  const FsRow *row = g_ptr_array_index (block->rows, 0);
  FsOutlineEntry *entry = g_ptr_array_index (flow->outline, block->outline);
  double need = row_height (row) + block->space_after + lead_height (flow, index + 1);

  if (!at_top (flow) && flow->y + need > page_bottom (flow) + FS_EPSILON &&
      need <= page_bottom (flow) - flow->setup.margin_top)
    new_page (flow);
  entry->page = flow->pages->len - 1;
  entry->y = flow->y;
  push_op (flow, FS_OP_DEST, flow->setup.margin_left, flow->y, 0, 0)->dest = entry->dest;
  emit_whole_row (flow, row);
}

static void
place_table (FsFlow  *flow,
             FsBlock *block,
             guint    index)
{
  double need = lead_height (flow, index) - block->space_before;

  if (block->rows->len == 0)
    return;
  if (!at_top (flow) && flow->y + need > page_bottom (flow) + FS_EPSILON)
    new_page (flow);
  emit_whole_row (flow, block->head);
  for (guint i = 0; i < block->rows->len; i++)
    place_row (flow, g_ptr_array_index (block->rows, i), block->head, block->breaks);
}

static void
place_block (FsFlow  *flow,
             FsBlock *block,
             guint    index)
{
  double need;
  FsOp *op;

  if (!at_top (flow))
    flow->y += MAX (flow->gap, block->space_before);
  switch (block->type)
    {
    case FS_BLOCK_ROWS:
      if (block->outline >= 0)
        place_heading (flow, block, index);
      else
        place_row (flow, g_ptr_array_index (block->rows, 0), NULL, FALSE);
      break;
    case FS_BLOCK_TABLE:
      place_table (flow, block, index);
      break;
    case FS_BLOCK_FIGURE:
      need = block->height + (block->keep ? block->space_after + lead_height (flow, index + 1)
                                          : 0);
      if (!at_top (flow) && flow->y + need > page_bottom (flow) + FS_EPSILON &&
          (flow->y + block->height > page_bottom (flow) + FS_EPSILON ||
           need <= page_bottom (flow) - flow->setup.margin_top))
        new_page (flow);
      op = push_op (flow, FS_OP_FIGURE, flow->setup.margin_left, flow->y,
                    fs_flow_get_width (flow), block->height);
      op->block = block;
      flow->y += block->height;
      break;
    case FS_BLOCK_RULE:
      op = push_op (flow, FS_OP_LINE, flow->setup.margin_left, flow->y,
                    fs_flow_get_width (flow), 0);
      op->color = block->color;
      op->line_width = block->height;
      break;
    case FS_BLOCK_SPACE:
    default:
      if (!at_top (flow))
        flow->y = MIN (flow->y + block->height, page_bottom (flow));
      break;
    }
  flow->gap = block->space_after;
}

static PangoLayout *
running_layout (FsFlow     *flow,
                const char *text,
                double      width)
{
  PangoLayout *layout = fs_flow_create_layout (flow, FS_STYLE_RUNNING, text, width);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  return layout;
}

/* The running header (TITLE, STATUS) and footer (DATE, page numbers). */
void
fs_flow_set_running (FsFlow     *flow,
                     const char *title,
                     const char *status,
                     const char *date)
{
  double width = fs_flow_get_width (flow);

  for (guint i = 0; i < G_N_ELEMENTS (flow->running); i++)
    g_clear_object (&flow->running[i]);
  flow->running[0] = running_layout (flow, title, width * 0.7);
  flow->running[1] = running_layout (flow, status, width * 0.28);
  pango_layout_set_alignment (flow->running[1], PANGO_ALIGN_RIGHT);
  flow->running[2] = running_layout (flow, date, width * 0.6);
}

void
fs_flow_set_progress (FsFlow         *flow,
                      FsFlowProgress  progress,
                      gpointer        data)
{
  flow->progress = progress;
  flow->progress_data = data;
}

/* Places the blocks added so far whose place can no longer change, and
 * reports the pages that are complete. Called before each new block, so
 * that every block before it is complete: tables end before what follows. */
void
fs_flow_paginate_settled (FsFlow *flow)
{
  if (flow->pages->len == 0)
    new_page (flow);
  for (; flow->placed < flow->blocks->len && is_settled (flow, flow->placed); flow->placed++)
    place_block (flow, g_ptr_array_index (flow->blocks, flow->placed), flow->placed);
  if (flow->pages->len - 1 > flow->n_ready)
    {
      flow->n_ready = flow->pages->len - 1;
      flow->progress (flow, flow->n_ready, flow->progress_data);
    }
}

/* Places the rest of the blocks once the flow is complete. */
void
fs_flow_paginate (FsFlow *flow)
{
  guint n_pages;

  g_return_if_fail (flow->page != NULL || flow->pages->len == 0);

  if (flow->pages->len == 0)
    new_page (flow);
  for (; flow->placed < flow->blocks->len; flow->placed++)
    place_block (flow, g_ptr_array_index (flow->blocks, flow->placed), flow->placed);

  n_pages = flow->pages->len;
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *folio = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);
      PangoLayout *layout = running_layout (flow, folio, fs_flow_get_width (flow) * 0.38);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (flow->folios, layout);
    }
  flow->page = NULL;
  flow->n_ready = n_pages;
}

/* The pages that are complete: all of them once the flow is paginated. */
guint
fs_flow_get_n_pages (FsFlow *flow)
{
  return flow->n_ready;
}

GPtrArray *
fs_flow_get_outline (FsFlow *flow)
{
  return flow->outline;
}

/* Drawing */

static void
draw_text (cairo_t    *cr,
           const FsOp *op)
{
  const FsCell *cell = op->cell;
  PangoLayoutIter *iter;
  guint i = 0;

  if (op->first == 0 && op->last == cell->n_lines)
    {
      cairo_move_to (cr, op->x, op->y);
      pango_cairo_show_layout (cr, cell->layout);
      return;
    }
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      PangoRectangle logical;
      double baseline;

      if (i < op->first)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_move_to (cr, op->x + (double) logical.x / PANGO_SCALE,
                     op->y + baseline - cell->tops[op->first]);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (++i < op->last && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_dest (cairo_t    *cr,
           const FsOp *op)
{
  g_autofree char *attributes = g_strdup_printf ("name='%s' x=%d y=%d", op->dest,
                                                 (int) op->x, (int) op->y);

  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
}

static void
draw_op (cairo_t    *cr,
         const FsOp *op)
{
  switch (op->type)
    {
    case FS_OP_TEXT:
      fs_color_set_source (cr, FS_COLOR_INK);
      draw_text (cr, op);
      break;
    case FS_OP_FILL:
      fs_color_set_source (cr, op->color);
      cairo_rectangle (cr, op->x, op->y, op->width, op->height);
      cairo_fill (cr);
      break;
    case FS_OP_LINE:
      fs_color_set_source (cr, op->color);
      cairo_set_line_width (cr, op->line_width);
      cairo_move_to (cr, op->x, op->y);
      cairo_rel_line_to (cr, op->width, op->height);
      cairo_stroke (cr);
      break;
    case FS_OP_FIGURE:
      cairo_save (cr);
      cairo_translate (cr, op->x, op->y);
      op->block->draw (cr, op->width, op->height, op->block->data);
      cairo_restore (cr);
      break;
    case FS_OP_DEST:
    default:
      draw_dest (cr, op);
      break;
    }
}

static void
draw_running (FsFlow  *flow,
              cairo_t *cr,
              guint    page)
{
  const FsPageSetup *setup = &flow->setup;
  double left = setup->margin_left;
  double width = fs_flow_get_width (flow);
  double header_y = setup->margin_top - 30 * MIN (flow->unit, 1.1);
  double footer_y = setup->height - setup->margin_bottom + 18;
  g_autoptr(PangoLayout) folio = NULL;
  PangoRectangle logical;

  if (flow->running[0] != NULL)
    {
      cairo_move_to (cr, left, header_y);
      pango_cairo_show_layout (cr, flow->running[0]);
      cairo_move_to (cr, left + width * 0.72, header_y);
      pango_cairo_show_layout (cr, flow->running[1]);
      pango_layout_get_extents (flow->running[0], NULL, &logical);
      fs_color_set_source (cr, FS_COLOR_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, left, header_y + (double) logical.height / PANGO_SCALE + 5);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
      cairo_move_to (cr, left, footer_y);
      pango_cairo_show_layout (cr, flow->running[2]);
    }
  if (page < flow->folios->len)
    folio = g_object_ref (g_ptr_array_index (flow->folios, page));
  else
    {
      /* A page drawn before the others are laid out: their number is not
       * known yet. */
      g_autofree char *text = g_strdup_printf (_("Page %u"), page + 1);

      folio = running_layout (flow, text, width * 0.38);
      pango_layout_set_alignment (folio, PANGO_ALIGN_RIGHT);
    }
  cairo_move_to (cr, left + width * 0.62, footer_y);
  pango_cairo_show_layout (cr, folio);
}

void
fs_flow_draw_page (FsFlow  *flow,
                   cairo_t *cr,
                   guint    page)
{
  GArray *ops;

  g_return_if_fail (page < flow->n_ready);

  ops = g_ptr_array_index (flow->pages, page);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  draw_running (flow, cr, page);
  for (guint i = 0; i < ops->len; i++)
    draw_op (cr, &g_array_index (ops, FsOp, i));
  cairo_restore (cr);
}
