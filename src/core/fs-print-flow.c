/* fs-print-flow.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fs-print-private.h"

/* Content flows as blocks. Every piece of text is a row of cells, each cell
 * one PangoLayout: a paragraph is a row of one cell, a list item or a
 * key–value line a row of two, a table a header row and rows of many. Rows
 * break between lines, so that paragraphs, list items and table rows taller
 * than a page all split the same way. Pages are lists of drawing operations
 * that point into the blocks, so that drawing a page lays nothing out. */

#define MAX_CELLS 12
#define EPSILON   0.01

typedef struct
{
  PangoLayout *layout;  /* NULL for an empty cell */
  double       x;       /* the cell's box, from the left of the content */
  double       width;
  double       inset;   /* between the box and the text */
  double       dy;      /* down from the top of the row, to share the row's first baseline */
  double       dx;      /* across, to align a line that was not wrapped */
  guint        n_lines;
  double      *tops;    /* each line's top, then the last line's bottom */
  gboolean     filled;
  FsColor      fill;
} FsCell;

typedef enum
{
  FS_ROW_RULE    = 1 << 0, /* a rule below */
  FS_ROW_SHADE   = 1 << 1, /* a shaded background */
  FS_ROW_CALLOUT = 1 << 2, /* a tinted box with a bar on its start side */
} FsRowFlags;

typedef struct
{
  FsCell     *cells;
  guint       n_cells;
  double      pad_top;
  double      pad_bottom;
  FsRowFlags  flags;
  FsColor     fill;
  FsColor     rule;
  double      rule_width;
} FsRow;

typedef enum
{
  FS_BLOCK_ROWS,
  FS_BLOCK_TABLE,
  FS_BLOCK_FIGURE,
  FS_BLOCK_SPACE,
  FS_BLOCK_RULE,
} FsBlockType;

typedef struct
{
  FsBlockType     type;
  double          space_before;
  double          space_after;
  int             outline;  /* a heading's entry in the outline, else -1 */
  gboolean        keep;     /* goes on the page of what follows it */
  FsRow          *head;     /* a table's header row */
  GPtrArray      *rows;
  double          height;   /* of a figure, space or rule */
  FsColor         color;
  FsFigureDraw    draw;
  gpointer        data;
  GDestroyNotify  destroy;
} FsBlock;

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

typedef struct
{
  const char *font;
  FsColor     color;
  double      size;       /* in the document; the runbook has its own */
  double      large_size; /* in the runbook */
  double      spacing;    /* between lines, as a factor */
} FsStyleInfo;

#define SANS "Cantarell, DejaVu Sans, Symbola, sans-serif"
#define MARKS "DejaVu Sans, Symbola, sans-serif"

static const FsStyleInfo styles[FS_N_STYLES] = {
  [FS_STYLE_BODY]         = { SANS, FS_COLOR_INK, 10, 14, 1.12 },
  [FS_STYLE_LABEL]        = { SANS " Bold", FS_COLOR_SECONDARY, 8.5, 12, 1.15 },
  [FS_STYLE_TABLE]        = { SANS, FS_COLOR_INK, 9, 14, 1.08 },
  [FS_STYLE_TABLE_HEAD]   = { SANS " Bold", FS_COLOR_SECONDARY, 8.5, 12, 1.0 },
  [FS_STYLE_KICKER]       = { SANS " Bold", FS_COLOR_ACCENT_INK, 9, 12, 1.0 },
  [FS_STYLE_TITLE]        = { SANS " Bold", FS_COLOR_INK, 24, 26, 1.05 },
  [FS_STYLE_H1]           = { SANS " Bold", FS_COLOR_INK, 15.5, 19, 1.05 },
  [FS_STYLE_H2]           = { SANS " Bold", FS_COLOR_INK, 12, 16, 1.05 },
  [FS_STYLE_H3]           = { SANS " Bold", FS_COLOR_INK, 10.5, 14, 1.05 },
  [FS_STYLE_RUNNING]      = { SANS, FS_COLOR_FAINT, 8, 9.5, 1.0 },
  [FS_STYLE_MARK]         = { MARKS, FS_COLOR_INK, 10.5, 19, 1.0 },
  [FS_STYLE_FIGURE]       = { SANS, FS_COLOR_INK, 8.5, 8.5, 1.0 },
  [FS_STYLE_FIGURE_BOLD]  = { SANS " Bold", FS_COLOR_INK, 8.5, 8.5, 1.0 },
  [FS_STYLE_FIGURE_SMALL] = { SANS, FS_COLOR_SECONDARY, 7.5, 7.5, 1.0 },
  [FS_STYLE_NUMBER]       = { SANS " Bold", FS_COLOR_INK, 20, 20, 1.0 },
};

struct _FsFlow
{
  FsPageSetup           setup;
  FsPrintKind           kind;
  double                unit;  /* 1 in the document, larger in the runbook */
  PangoContext         *context;
  PangoFontDescription *fonts[FS_N_STYLES];
  GPtrArray            *blocks;
  GPtrArray            *outline;
  GPtrArray            *pages;  /* a GArray of FsOp each */
  PangoLayout          *running[3];
  GPtrArray            *folios;
  GHashTable           *shared;  /* layouts of short plain text, by style, width and text */
  double                hang[FS_N_STYLES];

  /* While paginating: */
  GArray               *page;
  double                y;
  double                fresh_y; /* where nothing has been placed yet on this page */
  double                gap;     /* the space the last block wants after it */
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
  flow->unit = kind == FS_PRINT_RUNBOOK ? 1.25 : 1.0;

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
  pango_layout_set_line_spacing (layout, styles[style].spacing);
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
static void
cell_set (FsFlow        *flow,
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

static FsRow *
row_new (guint n_cells)
{
  FsRow *row = g_new0 (FsRow, 1);

  g_assert (n_cells <= MAX_CELLS);
  row->n_cells = n_cells;
  row->cells = g_new0 (FsCell, n_cells);
  return row;
}

static double
cell_span (const FsCell *cell,
           guint         from,
           guint         to)
{
  if (cell->n_lines == 0 || to <= from)
    return 0;
  return cell->tops[to] - cell->tops[from] + (from == 0 ? cell->dy : 0);
}

/* Cells of different sizes in a row share their first baseline. */
static void
row_align_baselines (FsRow *row)
{
  int baseline = 0;

  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].layout != NULL)
      baseline = MAX (baseline, pango_layout_get_baseline (row->cells[i].layout));
  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].layout != NULL)
      row->cells[i].dy = (double) (baseline - pango_layout_get_baseline (row->cells[i].layout)) /
                         PANGO_SCALE;
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
  guint from[MAX_CELLS] = { 0 };
  guint to[MAX_CELLS];

  for (guint i = 0; i < row->n_cells; i++)
    to[i] = row->cells[i].n_lines;
  return row_span (row, from, to);
}

/* Blocks */

static FsBlock *
block_add (FsFlow      *flow,
           FsBlockType  type,
           double       space_before,
           double       space_after)
{
  FsBlock *block = g_new0 (FsBlock, 1);

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
  FsBlock *block = block_add (flow, FS_BLOCK_ROWS, space_before, space_after);
  FsRow *row = row_new (n_cells);

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
  cell_set (flow, &row->cells[0], style, rich->text->str, rich_attrs (rich), rich->hanging,
            FS_ALIGN_START);
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
  static const double after[] = { 8, 5, 3 };
  FsOutlineEntry *entry = g_new0 (FsOutlineEntry, 1);
  FsBlock *block;
  FsRow *row;

  level = CLAMP (level, 1, 3);
  row = row_block_add (flow, 1, before[level - 1], after[level - 1]);
  row->cells[0].width = fs_flow_get_width (flow);
  cell_set (flow, &row->cells[0], heading_styles[level - 1], text, NULL, FALSE, FS_ALIGN_START);
  if (level == 1)
    {
      row->pad_bottom = 4 * flow->unit;
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

  row = row_block_add (flow, 2, 0, 3);
  row->cells[0].width = marker_width;
  row->cells[0].inset = 0;
  cell_set (flow, &row->cells[0], tick ? FS_STYLE_MARK : FS_STYLE_BODY, marker, NULL, FALSE,
            FS_ALIGN_START);
  row->cells[1].x = marker_width;
  row->cells[1].width = fs_flow_get_width (flow) - marker_width;
  cell_set (flow, &row->cells[1], FS_STYLE_BODY, rich->text->str, rich_attrs (rich),
            rich->hanging, FS_ALIGN_START);
  row_align_baselines (row);
}

void
fs_flow_add_key_rich (FsFlow     *flow,
                      const char *key,
                      FsRich     *value)
{
  double key_width = (flow->kind == FS_PRINT_RUNBOOK ? 124 : 118);
  FsRow *row;

  if (fs_rich_is_empty (value))
    return;
  row = row_block_add (flow, 2, 0, 4);
  row->cells[0].width = key_width;
  row->cells[0].inset = 0;
  cell_set (flow, &row->cells[0], FS_STYLE_LABEL, key, NULL, FALSE, FS_ALIGN_START);
  row->cells[1].x = key_width;
  row->cells[1].width = fs_flow_get_width (flow) - key_width;
  cell_set (flow, &row->cells[1], FS_STYLE_BODY, value->text->str, rich_attrs (value),
            value->hanging, FS_ALIGN_START);
  row_align_baselines (row);
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
  double pad = 9 * flow->unit;
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
  cell_set (flow, &row->cells[0], FS_STYLE_BODY, rich->text->str, rich->attrs, FALSE,
            FS_ALIGN_START);
}

void
fs_flow_add_space (FsFlow *flow,
                   double  height)
{
  FsBlock *block = block_add (flow, FS_BLOCK_SPACE, 0, 0);

  block->height = height * flow->unit;
}

void
fs_flow_add_rule (FsFlow  *flow,
                  FsColor  color,
                  double   thickness)
{
  FsBlock *block = block_add (flow, FS_BLOCK_RULE, 4, 8);

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
  FsBlock *block = block_add (flow, FS_BLOCK_FIGURE, 6, 10);

  block->height = height;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
}

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

  g_return_val_if_fail (n_columns > 0 && n_columns <= MAX_CELLS, NULL);

  table->flow = flow;
  table->block = block_add (flow, FS_BLOCK_TABLE, 6, 12);
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
  FsRow *row = row_new (table->n_columns);

  row->pad_top = 3.5 * table->flow->unit;
  row->pad_bottom = 3.5 * table->flow->unit;
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
      cell_set (table->flow, cell, style, pending->text, pending->attrs, pending->hanging, align);
      return;
    }
  natural = cell_natural_width (cell);
  if (natural <= room + EPSILON)
    {
      cell->dx = align == FS_ALIGN_END ? room - natural
               : align == FS_ALIGN_CENTER ? (room - natural) / 2 : 0;
      return;
    }
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_free);
  cell_set (table->flow, cell, style, pending->text, pending->attrs, pending->hanging, align);
}

static void
table_lay_out (FsTable  *table,
               double    inset,
               gboolean  fitting)
{
  FsBlock *block = table->block;
  double widths[MAX_CELLS] = { 0 };
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
            cell_set (table->flow, &row->cells[c], r == 0 ? FS_STYLE_TABLE_HEAD
                                                         : column_style (&table->columns[c]),
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
  row_align_baselines (block->head);
  for (guint r = 0; r < n_rows; r++)
    row_align_baselines (g_ptr_array_index (block->rows, r));
  g_array_unref (table->cells);
  g_free (table->columns);
  g_free (table);
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
  return flow->y <= flow->fresh_y + EPSILON;
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
  guint from[MAX_CELLS] = { 0 };
  guint to[MAX_CELLS];

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
 * side. Returns FALSE when no acceptable break fits. */
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
             cell_span (&row->cells[i], from[i], to[i] + 1) <= avail + EPSILON)
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
 * row (HEAD set) that fits on a page of its own moves there whole; other
 * rows break between lines. */
static void
place_row (FsFlow      *flow,
           const FsRow *row,
           const FsRow *head)
{
  guint from[MAX_CELLS] = { 0 };
  guint to[MAX_CELLS];
  double room = page_bottom (flow) - flow->setup.margin_top - (head ? row_height (head) : 0);
  gboolean widows = head == NULL;

  for (;;)
    {
      double avail = page_bottom (flow) - flow->y;

      for (guint i = 0; i < row->n_cells; i++)
        to[i] = row->cells[i].n_lines;
      if (row_span (row, from, to) <= avail + EPSILON)
        break;
      if (!at_top (flow) && head != NULL && row_span (row, from, to) <= room)
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
 * two lines, or the next two blocks' first lines, or a whole figure. */
static double
lead_height (FsFlow *flow,
             guint   index)
{
  double need = 0;
  guint lines = 2;

  for (guint i = index; i < flow->blocks->len; i++)
    {
      FsBlock *block = g_ptr_array_index (flow->blocks, i);
      guint from[MAX_CELLS] = { 0 };
      guint to[MAX_CELLS];
      const FsRow *row;
      guint n;

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
  return need;
}

static void
place_heading (FsFlow  *flow,
               FsBlock *block,
               guint    index)
{
  const FsRow *row = g_ptr_array_index (block->rows, 0);
  FsOutlineEntry *entry = g_ptr_array_index (flow->outline, block->outline);
  double need = row_height (row) + block->space_after + lead_height (flow, index + 1);

  if (!at_top (flow) && flow->y + need > page_bottom (flow) + EPSILON &&
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
  if (!at_top (flow) && flow->y + need > page_bottom (flow) + EPSILON)
    new_page (flow);
  emit_whole_row (flow, block->head);
  for (guint i = 0; i < block->rows->len; i++)
    place_row (flow, g_ptr_array_index (block->rows, i), block->head);
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
        place_row (flow, g_ptr_array_index (block->rows, 0), NULL);
      break;
    case FS_BLOCK_TABLE:
      place_table (flow, block, index);
      break;
    case FS_BLOCK_FIGURE:
      need = block->height + (block->keep ? block->space_after + lead_height (flow, index + 1)
                                          : 0);
      if (!at_top (flow) && flow->y + need > page_bottom (flow) + EPSILON &&
          (flow->y + block->height > page_bottom (flow) + EPSILON ||
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
fs_flow_paginate (FsFlow *flow)
{
  guint n_pages;

  g_return_if_fail (flow->pages->len == 0);

  new_page (flow);
  for (guint i = 0; i < flow->blocks->len; i++)
    place_block (flow, g_ptr_array_index (flow->blocks, i), i);

  n_pages = flow->pages->len;
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *folio = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);
      PangoLayout *layout = running_layout (flow, folio, fs_flow_get_width (flow) * 0.38);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (flow->folios, layout);
    }
  flow->page = NULL;
}

guint
fs_flow_get_n_pages (FsFlow *flow)
{
  return flow->pages->len;
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
  PangoLayout *folio = g_ptr_array_index (flow->folios, page);
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
  cairo_move_to (cr, left + width * 0.62, footer_y);
  pango_cairo_show_layout (cr, folio);
}

void
fs_flow_draw_page (FsFlow  *flow,
                   cairo_t *cr,
                   guint    page)
{
  GArray *ops;

  g_return_if_fail (page < flow->pages->len);

  ops = g_ptr_array_index (flow->pages, page);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  draw_running (flow, cr, page);
  for (guint i = 0; i < ops->len; i++)
    draw_op (cr, &g_array_index (ops, FsOp, i));
  cairo_restore (cr);
}
