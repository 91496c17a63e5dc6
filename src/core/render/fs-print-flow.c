/* fs-print-flow.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fs-print-private.h"

/* Content flows as blocks. Every piece of text is a row of cells, each cell
 * one PangoLayout: a paragraph is a row of one cell, a list item or a
 * key–value line a row of two, a table a header row and rows of many. Rows
 * break between lines, so that paragraphs, list items and table rows taller
 * than a page all split the same way. Pages are lists of drawing operations
 * that point into the blocks, so that drawing a page lays nothing out.
 * Tables are in fs-print-table.c, pages in fs-print-paginate.c. */

typedef struct
{
  const char *font;
  FsColor     color;
  double      size;          /* in the document; the runbook has its own */
  double      large_size;    /* in the runbook */
  double      spacing;       /* between lines, as a factor */
  double      large_spacing; /* in the runbook, where large type needs less air between lines */
} FsStyleInfo;

#define SANS "Cantarell, DejaVu Sans, Symbola, sans-serif"
#define MARKS "DejaVu Sans, Symbola, sans-serif"

static const FsStyleInfo styles[FS_N_STYLES] = {
  [FS_STYLE_BODY]         = { SANS, FS_COLOR_INK, 10, 11, 1.12, 0.95 },
  [FS_STYLE_LABEL]        = { SANS " Bold", FS_COLOR_SECONDARY, 8.5, 11, 1.15, 0.95 },
  [FS_STYLE_TABLE]        = { SANS, FS_COLOR_INK, 9, 11, 1.08, 0.95 },
  [FS_STYLE_TABLE_HEAD]   = { SANS " Bold", FS_COLOR_SECONDARY, 8.5, 10.5, 1.0, 1.0 },
  [FS_STYLE_KICKER]       = { SANS " Bold", FS_COLOR_ACCENT_INK, 9, 10.5, 1.0, 1.0 },
  [FS_STYLE_TITLE]        = { SANS " Bold", FS_COLOR_INK, 24, 22, 1.05, 1.0 },
  [FS_STYLE_H1]           = { SANS " Bold", FS_COLOR_INK, 15.5, 17, 1.05, 1.0 },
  [FS_STYLE_H2]           = { SANS " Bold", FS_COLOR_INK, 12, 14, 1.05, 1.0 },
  [FS_STYLE_H3]           = { SANS " Bold", FS_COLOR_INK, 10.5, 12.5, 1.05, 1.0 },
  [FS_STYLE_RUNNING]      = { SANS, FS_COLOR_FAINT, 8, 9.5, 1.0, 1.0 },
  [FS_STYLE_MARK]         = { MARKS, FS_COLOR_INK, 10.5, 15, 1.0, 1.0 },
  [FS_STYLE_FIGURE]       = { SANS, FS_COLOR_INK, 8.5, 8.5, 1.0, 1.0 },
  [FS_STYLE_FIGURE_BOLD]  = { SANS " Bold", FS_COLOR_INK, 8.5, 8.5, 1.0, 1.0 },
  [FS_STYLE_FIGURE_SMALL] = { SANS, FS_COLOR_SECONDARY, 7.5, 7.5, 1.0, 1.0 },
  [FS_STYLE_NUMBER]       = { SANS " Bold", FS_COLOR_INK, 20, 20, 1.0, 1.0 },
};

/* Emoji */

static gboolean
is_emoji (gunichar c)
{
  /* Pictographs, emoticons, transport and the rest of the supplementary
   * emoji blocks, less regional indicators (flags) and skin tones. */
  if (c >= 0x1F000 && c <= 0x1FAFF)
    return !(c >= 0x1F1E6 && c <= 0x1F1FF) && !(c >= 0x1F3FB && c <= 0x1F3FF);
  /* The few older symbols shown as emoji by default. */
  return c == 0x231A || c == 0x231B || (c >= 0x23E9 && c <= 0x23EC) || c == 0x23F0 ||
         c == 0x23F3 || c == 0x2614 || c == 0x2615 || (c >= 0x2648 && c <= 0x2653) ||
         c == 0x267F || c == 0x2693 || c == 0x26A1 || c == 0x26AA || c == 0x26AB ||
         c == 0x26BD || c == 0x26BE || c == 0x26C4 || c == 0x26C5 || c == 0x26CE ||
         c == 0x26D4 || c == 0x26EA || c == 0x26F2 || c == 0x26F3 || c == 0x26F5 ||
         c == 0x26FA || c == 0x26FD || c == 0x2705 || c == 0x270A || c == 0x270B ||
         c == 0x2728 || c == 0x274C || c == 0x274E || (c >= 0x2753 && c <= 0x2755) ||
         c == 0x2757 || (c >= 0x2795 && c <= 0x2797) || c == 0x27B0 || c == 0x27BF ||
         c == 0x2B1B || c == 0x2B1C || c == 0x2B50 || c == 0x2B55;
}

/* Emoji asked to be shown as text (U+FE0E), and valid UTF-8. Colour emoji
 * fonts are bitmaps that cairo 1.16 puts into a PDF as pictures: they lose
 * their text, and print as grey smudges. As text, an outline font such as
 * Symbola draws them, and they stay searchable. */
static char *
printable_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next;

      if (c == 0xFE0F && out->len > 0)
        continue;
      g_string_append_unichar (out, c);
      next = g_utf8_get_char (g_utf8_next_char (p));
      if (is_emoji (c) && next != 0xFE0E)
        g_string_append_unichar (out, 0xFE0E);
    }
  return g_string_free (out, FALSE);
}

static gboolean
needs_care (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0xE2)
      return TRUE;
  return !g_utf8_validate (text, -1, NULL);
}

/* FsRich */

FsRich *
fs_rich_new (void)
{
  FsRich *rich = g_new0 (FsRich, 1);

  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
  return rich;
}

FsRich *
fs_rich_new_text (const char *text,
                  FsSpan      span)
{
  FsRich *rich = fs_rich_new ();

  fs_rich_append (rich, text, span);
  return rich;
}

void
fs_rich_free (FsRich *rich)
{
  if (rich == NULL)
    return;
  g_string_free (rich->text, TRUE);
  pango_attr_list_unref (rich->attrs);
  g_free (rich);
}

static void
insert_attr (FsRich         *rich,
             PangoAttribute *attr,
             guint           start)
{
  attr->start_index = start;
  attr->end_index = rich->text->len;
  pango_attr_list_insert (rich->attrs, attr);
  rich->styled = TRUE;
}

static PangoAttribute *
color_attr (FsColor color)
{
  return pango_attr_foreground_new (color.red * 65535, color.green * 65535, color.blue * 65535);
}

void
fs_rich_append (FsRich     *rich,
                const char *text,
                FsSpan      span)
{
  guint start;

  g_return_if_fail (rich != NULL);

  if (text == NULL || text[0] == '\0')
    return;
  start = rich->text->len;
  if (needs_care (text))
    {
      g_autofree char *printable = printable_text (text);

      g_string_append (rich->text, printable);
    }
  else
    g_string_append (rich->text, text);

  if (span & FS_SPAN_BOLD)
    insert_attr (rich, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start);
  if (span & FS_SPAN_SMALL)
    insert_attr (rich, pango_attr_scale_new (0.88), start);
  if (span & FS_SPAN_SECONDARY)
    insert_attr (rich, color_attr (FS_COLOR_SECONDARY), start);
  if (span & FS_SPAN_ACCENT)
    insert_attr (rich, color_attr (FS_COLOR_ACCENT_INK), start);
  if (span & FS_SPAN_WARNING)
    insert_attr (rich, color_attr (FS_COLOR_WARNING), start);
  if (span & FS_SPAN_TICK)
    {
      insert_attr (rich, pango_attr_family_new (MARKS), start);
      insert_attr (rich, pango_attr_scale_new (1.35), start);
    }
}

/* One item is plain text; several become bulleted lines that hang. */
void
fs_rich_append_list (FsRich             *rich,
                     const char * const *items)
{
  guint n = items != NULL ? g_strv_length ((char **) items) : 0;

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (rich->text, '\n');
      if (n > 1)
        fs_rich_append (rich, "•\u00a0", FS_SPAN_SECONDARY);
      fs_rich_append (rich, items[i], FS_SPAN_PLAIN);
    }
  rich->hanging = rich->hanging || n > 1;
}

static PangoAttrList *
rich_attrs (FsRich *rich)
{
  return rich->styled ? rich->attrs : NULL;
}

gboolean
fs_rich_is_empty (FsRich *rich)
{
  return rich == NULL || rich->text->len == 0;
}

/* The flow */

FsFlow *
fs_flow_new (const FsPageSetup *setup,
             FsPrintKind        kind)
{
  FsFlow *flow = g_new0 (FsFlow, 1);
  /* A font map of its own: the Preview lays pages out on a worker thread and
   * draws them on the main one, and Pango's font maps are not thread-safe. */
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  flow->setup = *setup;
  flow->kind = kind;
  flow->unit = kind == FS_PRINT_RUNBOOK ? 1.1 : 1.0;

  /* Metrics that depend on no screen, so that the Preview, the printer and
   * the PDF break lines and pages in the same places. */
  flow->context = pango_font_map_create_context (map);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (flow->context, options);
  pango_cairo_context_set_resolution (flow->context, 72);
  pango_context_set_round_glyph_positions (flow->context, FALSE);
  pango_context_set_language (flow->context, pango_language_get_default ());
  cairo_font_options_destroy (options);

  for (guint i = 0; i < FS_N_STYLES; i++)
    {
      flow->fonts[i] = pango_font_description_from_string (styles[i].font);
      pango_font_description_set_size (flow->fonts[i],
                                       (kind == FS_PRINT_RUNBOOK ? styles[i].large_size
                                                                 : styles[i].size) * PANGO_SCALE);
    }
  flow->blocks = g_ptr_array_new ();
  flow->outline = g_ptr_array_new ();
  flow->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  flow->folios = g_ptr_array_new_with_free_func (g_object_unref);
  flow->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return flow;
}

static void
row_free (FsRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      g_clear_object (&row->cells[i].layout);
      g_free (row->cells[i].tops);
    }
  g_free (row->cells);
  g_free (row);
}

static void
block_free (FsBlock *block)
{
  g_clear_pointer (&block->head, row_free);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

static void
outline_entry_free (FsOutlineEntry *entry)
{
  g_free (entry->title);
  g_free (entry->dest);
  g_free (entry);
}

void
fs_flow_free (FsFlow *flow)
{
  if (flow == NULL)
    return;
  g_ptr_array_free (flow->pages, TRUE);
  g_ptr_array_free (flow->folios, TRUE);
  g_hash_table_unref (flow->shared);
  g_ptr_array_foreach (flow->blocks, (GFunc) block_free, NULL);
  g_ptr_array_free (flow->blocks, TRUE);
  g_ptr_array_foreach (flow->outline, (GFunc) outline_entry_free, NULL);
  g_ptr_array_free (flow->outline, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (flow->running); i++)
    g_clear_object (&flow->running[i]);
  for (guint i = 0; i < FS_N_STYLES; i++)
    pango_font_description_free (flow->fonts[i]);
  g_object_unref (flow->context);
  g_free (flow);
}

PangoContext *
fs_flow_get_context (FsFlow *flow)
{
  return flow->context;
}

double
fs_flow_get_width (FsFlow *flow)
{
  return flow->setup.width - flow->setup.margin_left - flow->setup.margin_right;
}

gboolean
fs_flow_is_large (FsFlow *flow)
{
  return flow->kind == FS_PRINT_RUNBOOK;
}

/* WIDTH in points; 0 or less leaves the text on one line. */
PangoLayout *
fs_flow_create_layout (FsFlow     *flow,
                       FsStyle     style,
                       const char *text,
                       double      width)
{
  PangoLayout *layout = pango_layout_new (flow->context);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_layout_set_font_description (layout, flow->fonts[style]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_line_spacing (layout, flow->kind == FS_PRINT_RUNBOOK
                                         ? styles[style].large_spacing
                                         : styles[style].spacing);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_attr_list_insert (attrs, color_attr (styles[style].color));
  /* A hyphen that is not in the text would change a URL or a command. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  if (style == FS_STYLE_KICKER)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (PANGO_SCALE));
  pango_layout_set_attributes (layout, attrs);

  if (text != NULL && needs_care (text))
    {
      g_autofree char *printable = printable_text (text);

      pango_layout_set_text (layout, printable, -1);
    }
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* The space above and below the text of a table row. */
double
fs_flow_get_row_padding (FsFlow *flow)
{
  /* The runbook's rules and larger type separate its rows well enough. */
  return flow->kind == FS_PRINT_RUNBOOK ? 2 * flow->unit : 3.5;
}

/* Cells and rows */

static void
cell_measure (FsCell *cell)
{
  PangoLayoutIter *iter;
  PangoRectangle logical;
  guint i = 0;

  cell->n_lines = pango_layout_get_line_count (cell->layout);
  cell->tops = g_new (double, cell->n_lines + 1);
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cell->tops[i++] = (double) logical.y / PANGO_SCALE;
    }
  while (i < cell->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pango_layout_get_extents (cell->layout, NULL, &logical);
  cell->tops[cell->n_lines] = (double) (logical.y + logical.height) / PANGO_SCALE;
}

static double
hanging_indent (FsFlow  *flow,
                FsStyle  style)
{
  if (flow->hang[style] == 0)
    {
      g_autoptr(PangoLayout) bullet = fs_flow_create_layout (flow, style, "•\u00a0", 0);
      PangoRectangle logical;

      pango_layout_get_extents (bullet, NULL, &logical);
      flow->hang[style] = (double) logical.width / PANGO_SCALE;
    }
  return flow->hang[style];
}

static PangoAlignment
pango_alignment (FsAlign align)
{
  if (align == FS_ALIGN_END)
    return PANGO_ALIGN_RIGHT;
  if (align == FS_ALIGN_CENTER)
    return PANGO_ALIGN_CENTER;
  return PANGO_ALIGN_LEFT;
}

/* Labels, names and numbers come back again and again: their layouts are
 * made once and shared, since a layout is never changed once measured. */
static PangoLayout *
shared_layout (FsFlow     *flow,
               FsStyle     style,
               const char *text,
               double      width,
               FsAlign     align)
{
  g_autofree char *key = g_strdup_printf ("%d %d %d %s", style, (int) (width * 64), align, text);
  PangoLayout *layout = g_hash_table_lookup (flow->shared, key);

  if (layout == NULL)
    {
      layout = fs_flow_create_layout (flow, style, text, width);
      pango_layout_set_alignment (layout, pango_alignment (align));
      g_hash_table_insert (flow->shared, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

/* Fills CELL with TEXT in the width of its box, or on one line when the box
 * has no width yet; ATTRS may be NULL. */
void
fs_print_cell_set (FsFlow        *flow,
                   FsCell        *cell,
                   FsStyle        style,
                   const char    *text,
                   PangoAttrList *attrs,
                   gboolean       hanging,
                   FsAlign        align)
{
  double width = cell->width > 0 ? cell->width - 2 * cell->inset : 0;

  if (text == NULL || text[0] == '\0')
    return;
  cell->mark = style == FS_STYLE_MARK;
  if (attrs == NULL && !hanging && strlen (text) < 48)
    {
      cell->layout = shared_layout (flow, style, text, width, align);
      cell_measure (cell);
      return;
    }
  cell->layout = fs_flow_create_layout (flow, style, text, width);
  if (attrs != NULL)
    {
      g_autoptr(PangoAttrList) merged = pango_attr_list_copy (
        pango_layout_get_attributes (cell->layout));

      /* The spans go on top of the style's colour. */
      pango_attr_list_splice (merged, attrs, 0, 0);
      pango_layout_set_attributes (cell->layout, merged);
    }
  if (hanging)
    pango_layout_set_indent (cell->layout, (int) (-hanging_indent (flow, style) * PANGO_SCALE));
  pango_layout_set_alignment (cell->layout, pango_alignment (align));
  cell_measure (cell);
}

FsRow *
fs_print_row_new (guint n_cells)
{
  FsRow *row = g_new0 (FsRow, 1);

  g_assert (n_cells <= FS_MAX_CELLS);
  row->n_cells = n_cells;
  row->cells = g_new0 (FsCell, n_cells);
  return row;
}

static double
layout_size (PangoLayout *layout)
{
  return (double) pango_font_description_get_size (pango_layout_get_font_description (layout)) /
         PANGO_SCALE;
}

/* Cells of different sizes in a row share their first baseline. A tick box,
 * larger than the text, is centred on the capitals of the first line
 * instead, and may rise into the row's padding: sharing the baseline would
 * push every row's text down. */
void
fs_print_row_align_baselines (FsRow *row)
{
  int baseline = 0;
  double size = 0;
  double rise = 0;

  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].layout != NULL && !row->cells[i].mark &&
        pango_layout_get_baseline (row->cells[i].layout) >= baseline)
      {
        baseline = pango_layout_get_baseline (row->cells[i].layout);
        size = layout_size (row->cells[i].layout);
      }
  for (guint i = 0; i < row->n_cells; i++)
    {
      FsCell *cell = &row->cells[i];
      PangoRectangle ink;

      if (cell->layout == NULL || !cell->mark)
        continue;
      if (size == 0)
        baseline = MAX (baseline, pango_layout_get_baseline (cell->layout));
      if (size == 0)
        continue;
      pango_layout_get_extents (cell->layout, &ink, NULL);
      cell->dy = (double) baseline / PANGO_SCALE - 0.35 * size -
                 (double) (ink.y + ink.height / 2) / PANGO_SCALE;
      rise = MAX (rise, -(cell->dy + (double) ink.y / PANGO_SCALE + row->pad_top));
    }
  for (guint i = 0; i < row->n_cells; i++)
    {
      FsCell *cell = &row->cells[i];

      if (cell->layout == NULL)
        continue;
      if (!cell->mark || size == 0)
        cell->dy = (double) (baseline - pango_layout_get_baseline (cell->layout)) / PANGO_SCALE;
      cell->dy += rise;
    }
}

/* Blocks */

FsBlock *
fs_print_block_add (FsFlow      *flow,
                    FsBlockType  type,
                    double       space_before,
                    double       space_after)
{
  FsBlock *block;

  /* Every block so far is complete: those that cannot move may go on pages. */
  if (flow->progress != NULL)
    fs_flow_paginate_settled (flow);
  block = g_new0 (FsBlock, 1);
  block->type = type;
  block->space_before = space_before * flow->unit;
  block->space_after = space_after * flow->unit;
  block->outline = -1;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_ptr_array_add (flow->blocks, block);
  return block;
}

static FsRow *
row_block_add (FsFlow *flow,
               guint   n_cells,
               double  space_before,
               double  space_after)
{
  FsBlock *block = fs_print_block_add (flow, FS_BLOCK_ROWS, space_before, space_after);
  FsRow *row = fs_print_row_new (n_cells);

  g_ptr_array_add (block->rows, row);
  return row;
}

void
fs_flow_add_rich (FsFlow  *flow,
                  FsStyle  style,
                  FsRich  *rich)
{
  FsRow *row;

  if (fs_rich_is_empty (rich))
    return;
  row = row_block_add (flow, 1, 0, style == FS_STYLE_BODY ? 6 : 2);
  row->cells[0].width = fs_flow_get_width (flow);
  fs_print_cell_set (flow, &row->cells[0], style, rich->text->str, rich_attrs (rich),
                     rich->hanging, FS_ALIGN_START);
}

void
fs_flow_add_text (FsFlow     *flow,
                  FsStyle     style,
                  const char *text)
{
  g_autoptr(FsRich) rich = fs_rich_new_text (text, FS_SPAN_PLAIN);

  fs_flow_add_rich (flow, style, rich);
}

void
fs_flow_add_heading (FsFlow     *flow,
                     guint       level,
                     const char *text)
{
  static const FsStyle heading_styles[] = { FS_STYLE_H1, FS_STYLE_H2, FS_STYLE_H3 };
  static const double before[] = { 22, 14, 12 };
  /* The runbook's headings are large enough to stand out with less space. */
  static const double large_before[] = { 14, 10, 8 };
  static const double after[] = { 8, 5, 3 };
  static const double large_after[] = { 6, 4, 3 };
  FsOutlineEntry *entry = g_new0 (FsOutlineEntry, 1);
  FsBlock *block;
  FsRow *row;

  level = CLAMP (level, 1, 3);
  row = row_block_add (flow, 1,
                       (flow->kind == FS_PRINT_RUNBOOK ? large_before : before)[level - 1],
                       (flow->kind == FS_PRINT_RUNBOOK ? large_after : after)[level - 1]);
  row->cells[0].width = fs_flow_get_width (flow);
  fs_print_cell_set (flow, &row->cells[0], heading_styles[level - 1], text, NULL, FALSE,
                     FS_ALIGN_START);
  if (level == 1)
    {
      row->pad_bottom = (flow->kind == FS_PRINT_RUNBOOK ? 3 : 4) * flow->unit;
      row->flags = FS_ROW_RULE;
      row->rule = FS_COLOR_RULE;
      row->rule_width = 0.75;
    }

  block = g_ptr_array_index (flow->blocks, flow->blocks->len - 1);
  block->outline = flow->outline->len;
  block->keep = TRUE;
  entry->title = g_strdup (text);
  entry->level = level;
  entry->dest = g_strdup_printf ("section-%u", flow->outline->len + 1);
  g_ptr_array_add (flow->outline, entry);
}

/* A list item: MARKER is a bullet, a number ("3.") or a tick box. */
void
fs_flow_add_item (FsFlow     *flow,
                  const char *marker,
                  FsRich     *rich)
{
  gboolean tick = g_str_has_prefix (marker, "\u2610") || g_str_has_prefix (marker, "\u2611") ||
                  g_str_has_prefix (marker, "\u2612");
  double marker_width = (tick ? 22 : 18) * flow->unit;
  FsRow *row;

  row = row_block_add (flow, 2, 0, flow->kind == FS_PRINT_RUNBOOK ? 2 : 3);
  row->cells[0].width = marker_width;
  row->cells[0].inset = 0;
  fs_print_cell_set (flow, &row->cells[0], tick ? FS_STYLE_MARK : FS_STYLE_BODY, marker, NULL,
                     FALSE, FS_ALIGN_START);
  row->cells[1].x = marker_width;
  row->cells[1].width = fs_flow_get_width (flow) - marker_width;
  fs_print_cell_set (flow, &row->cells[1], FS_STYLE_BODY, rich->text->str, rich_attrs (rich),
                     rich->hanging, FS_ALIGN_START);
  fs_print_row_align_baselines (row);
}

void
fs_flow_add_key_rich (FsFlow     *flow,
                      const char *key,
                      FsRich     *value)
{
  double key_width = (flow->kind == FS_PRINT_RUNBOOK ? 90 : 118);
  FsRow *row;

  if (fs_rich_is_empty (value))
    return;
  row = row_block_add (flow, 2, 0, flow->kind == FS_PRINT_RUNBOOK ? 3 : 4);
  row->cells[0].width = key_width;
  row->cells[0].inset = 0;
  fs_print_cell_set (flow, &row->cells[0], FS_STYLE_LABEL, key, NULL, FALSE, FS_ALIGN_START);
  row->cells[1].x = key_width;
  row->cells[1].width = fs_flow_get_width (flow) - key_width;
  fs_print_cell_set (flow, &row->cells[1], FS_STYLE_BODY, value->text->str, rich_attrs (value),
                     value->hanging, FS_ALIGN_START);
  fs_print_row_align_baselines (row);
}

void
fs_flow_add_key_value (FsFlow     *flow,
                       const char *key,
                       const char *value)
{
  g_autoptr(FsRich) rich = fs_rich_new_text (value, FS_SPAN_PLAIN);

  fs_flow_add_key_rich (flow, key, rich);
}

void
fs_flow_add_callout (FsFlow     *flow,
                     const char *title,
                     const char *text,
                     FsColor     accent,
                     FsColor     tint)
{
  g_autoptr(FsRich) rich = fs_rich_new ();
  double pad = (flow->kind == FS_PRINT_RUNBOOK ? 7.5 : 9) * flow->unit;
  FsRow *row;

  if (title != NULL)
    {
      fs_rich_append (rich, title, FS_SPAN_BOLD);
      if (text != NULL && text[0] != '\0')
        fs_rich_append (rich, "\n", FS_SPAN_PLAIN);
    }
  fs_rich_append (rich, text, FS_SPAN_PLAIN);
  row = row_block_add (flow, 1, 6, 10);
  row->flags = FS_ROW_CALLOUT;
  row->fill = tint;
  row->rule = accent;
  row->pad_top = row->pad_bottom = pad;
  row->cells[0].x = 3 + pad;
  row->cells[0].width = fs_flow_get_width (flow) - 3 - 2 * pad;
  fs_print_cell_set (flow, &row->cells[0], FS_STYLE_BODY, rich->text->str, rich->attrs, FALSE,
                     FS_ALIGN_START);
}

void
fs_flow_add_space (FsFlow *flow,
                   double  height)
{
  FsBlock *block = fs_print_block_add (flow, FS_BLOCK_SPACE, 0, 0);

  block->height = height * flow->unit;
}

void
fs_flow_add_rule (FsFlow  *flow,
                  FsColor  color,
                  double   thickness)
{
  FsBlock *block = fs_print_block_add (flow, FS_BLOCK_RULE, 4, 8);

  block->height = thickness;
  block->color = color;
}

/* The last block goes on the same page as the start of the next one. */
void
fs_flow_keep_with_next (FsFlow *flow)
{
  FsBlock *block;

  g_return_if_fail (flow->blocks->len > 0);

  block = g_ptr_array_index (flow->blocks, flow->blocks->len - 1);
  block->keep = TRUE;
}

void
fs_flow_add_figure (FsFlow         *flow,
                    double          height,
                    FsFigureDraw    draw,
                    gpointer        data,
                    GDestroyNotify  destroy)
{
  FsBlock *block = fs_print_block_add (flow, FS_BLOCK_FIGURE, 6, 10);

  block->height = height;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
}
