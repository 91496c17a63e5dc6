/* fs-print-figures.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fs-incident-times.h"
#include "fs-print-private.h"
#include "fs-risk-rating.h"

/* The figures are drawn with cairo at print time from layouts made when the
 * flow is built, so that their text is measured like the rest of the page.
 * Every distinction they draw is one of lightness too, for greyscale. */

void
fs_print_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
fs_print_measure_layout (PangoLayout *layout,
                         double      *width,
                         double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Shows LAYOUT centred on X, Y. */
void
fs_print_show_centered (cairo_t     *cr,
                        PangoLayout *layout,
                        double       x,
                        double       y)
{
  double width, height;

  fs_print_measure_layout (layout, &width, &height);
  fs_print_show_layout (cr, layout, x - width / 2, y - height / 2);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The 5 × 5 risk matrix: impact across, probability up, cells tinted by
 * their score, each rated risk a numbered dot in its cell. */

#define GRID_CELL   52.0
#define GRID_LEFT   40.0
#define GRID_TOP    4.0
#define DOTS_IN_ROW 3
#define MAX_DOTS    (DOTS_IN_ROW * DOTS_IN_ROW)

typedef struct
{
  PangoLayout *axis[2];     /* impact, probability */
  PangoLayout *ticks[5];
  PangoLayout *legend[5];   /* four bands, then how the score is made */
  PangoLayout *note;        /* risks not rated yet, or NULL */
  GPtrArray   *numbers;     /* a layout for each rated risk's number */
  GArray      *cells[5][5]; /* of guint, indices into numbers; [impact][probability] */
  GPtrArray   *more;        /* "+N" for crowded cells */
} FsMatrix;

static void
matrix_free (FsMatrix *matrix)
{
  for (guint i = 0; i < 2; i++)
    g_object_unref (matrix->axis[i]);
  for (guint i = 0; i < 5; i++)
    {
      g_object_unref (matrix->ticks[i]);
      g_object_unref (matrix->legend[i]);
      for (guint j = 0; j < 5; j++)
        g_array_unref (matrix->cells[i][j]);
    }
  g_clear_object (&matrix->note);
  g_ptr_array_unref (matrix->numbers);
  g_ptr_array_unref (matrix->more);
  g_free (matrix);
}

PangoLayout *
fs_print_dot_label (FsFlow     *flow,
                    const char *text)
{
  PangoLayout *layout = fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, text, 0);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_foreground_new (65535, 65535, 65535));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.9));
  pango_layout_set_attributes (layout, attrs);
  return layout;
}

void
fs_print_draw_dot (cairo_t     *cr,
                   PangoLayout *label,
                   double       x,
                   double       y)
{
  double width, height;

  fs_print_measure_layout (label, &width, &height);
  width = MAX (width + 4, 13);
  fs_color_set_source (cr, FS_COLOR_INK);
  rounded_rectangle (cr, x - width / 2, y - 6.5, width, 13, 6.5);
  cairo_fill (cr);
  fs_print_show_centered (cr, label, x, y);
}

static void
draw_matrix_cell (cairo_t  *cr,
                  FsMatrix *matrix,
                  guint     impact,
                  guint     probability,
                  guint    *more)
{
  GArray *dots = matrix->cells[impact][probability];
  double x = GRID_LEFT + impact * GRID_CELL;
  double y = GRID_TOP + (4 - probability) * GRID_CELL;
  double step = GRID_CELL / DOTS_IN_ROW;
  guint shown = dots->len > MAX_DOTS ? MAX_DOTS - 1 : dots->len;
  guint n = MIN (dots->len, MAX_DOTS);
  guint columns = MIN (n, DOTS_IN_ROW);
  guint rows = (n + DOTS_IN_ROW - 1) / DOTS_IN_ROW;
  /* The dots sit as a block in the middle of their cell. */
  double left = x + (GRID_CELL - columns * step) / 2;
  double top = y + (GRID_CELL - rows * step) / 2;

  fs_color_set_source (cr, fs_print_score_tint ((impact + 1) * (probability + 1)));
  cairo_rectangle (cr, x + 0.75, y + 0.75, GRID_CELL - 1.5, GRID_CELL - 1.5);
  cairo_fill (cr);
  for (guint i = 0; i < shown; i++)
    fs_print_draw_dot (cr, g_ptr_array_index (matrix->numbers, g_array_index (dots, guint, i)),
                       left + (i % DOTS_IN_ROW + 0.5) * step,
                       top + (i / DOTS_IN_ROW + 0.5) * step);
  if (shown < dots->len)
    fs_print_show_centered (cr, g_ptr_array_index (matrix->more, (*more)++),
                            left + (MAX_DOTS - 1) % DOTS_IN_ROW * step + step / 2,
                            top + (MAX_DOTS - 1) / DOTS_IN_ROW * step + step / 2);
}

static void
draw_matrix_legend (cairo_t  *cr,
                    FsMatrix *matrix,
                    double    x)
{
  static const double scores[] = { 1, 5, 10, 15 };
  double y = GRID_TOP + 2;
  double height;

  for (guint i = 0; i < 4; i++)
    {
      fs_color_set_source (cr, fs_print_score_tint (scores[3 - i]));
      cairo_rectangle (cr, x, y + 1, 11, 11);
      cairo_fill (cr);
      fs_print_show_layout (cr, matrix->legend[i], x + 17, y);
      fs_print_measure_layout (matrix->legend[i], NULL, &height);
      y += MAX (height, 12) + 5;
    }
  fs_print_show_layout (cr, matrix->legend[4], x, y + 6);
  fs_print_measure_layout (matrix->legend[4], NULL, &height);
  if (matrix->note != NULL)
    fs_print_show_layout (cr, matrix->note, x, y + 14 + height);
}

static void
draw_matrix (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  FsMatrix *matrix = data;
  double grid = 5 * GRID_CELL;
  double label_height;
  guint more = 0;

  for (guint i = 0; i < 5; i++)
    for (guint p = 0; p < 5; p++)
      draw_matrix_cell (cr, matrix, i, p, &more);
  for (guint i = 0; i < 5; i++)
    {
      fs_print_show_centered (cr, matrix->ticks[i], GRID_LEFT + (i + 0.5) * GRID_CELL,
                              GRID_TOP + grid + 9);
      fs_print_show_centered (cr, matrix->ticks[i], GRID_LEFT - 9,
                              GRID_TOP + (4.5 - i) * GRID_CELL);
    }
  fs_print_measure_layout (matrix->axis[0], NULL, &label_height);
  fs_print_show_centered (cr, matrix->axis[0], GRID_LEFT + grid / 2, GRID_TOP + grid + 26);
  cairo_save (cr);
  cairo_translate (cr, GRID_LEFT - 26, GRID_TOP + grid / 2);
  cairo_rotate (cr, -G_PI / 2);
  fs_print_show_centered (cr, matrix->axis[1], 0, 0);
  cairo_restore (cr);
  draw_matrix_legend (cr, matrix, GRID_LEFT + grid + 24);
}

static FsMatrix *
matrix_new (FsFlow *flow)
{
  FsMatrix *matrix = g_new0 (FsMatrix, 1);
  const char *legend[] = {
    _("Critical: 15 or more"), _("High: 10 to under 15"), _("Medium: 5 to under 10"),
    _("Low: under 5"),
  };
  double legend_width = fs_flow_get_width (flow) - GRID_LEFT - 5 * GRID_CELL - 24 - 17;

  matrix->axis[0] = fs_flow_create_layout (flow, FS_STYLE_FIGURE_BOLD, _("Impact →"), 0);
  matrix->axis[1] = fs_flow_create_layout (flow, FS_STYLE_FIGURE_BOLD, _("Probability →"), 0);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", i + 1);

      matrix->ticks[i] = fs_flow_create_layout (flow, FS_STYLE_FIGURE, tick, 0);
      for (guint j = 0; j < 5; j++)
        matrix->cells[i][j] = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  for (guint i = 0; i < 4; i++)
    matrix->legend[i] = fs_flow_create_layout (flow, FS_STYLE_FIGURE, legend[i], legend_width);
  matrix->legend[4] = fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL,
                                             _("Score = probability × impact. The numbers are "
                                               "the risks’ ranks in the table."),
                                             legend_width + 17);
  matrix->numbers = g_ptr_array_new_with_free_func (g_object_unref);
  matrix->more = g_ptr_array_new_with_free_func (g_object_unref);
  return matrix;
}

void
fs_print_add_risk_matrix (FsFlow    *flow,
                          GPtrArray *ranked_risks)
{
  FsMatrix *matrix = matrix_new (flow);
  guint unrated = 0;

  for (guint i = 0; i < ranked_risks->len; i++)
    {
      FsRisk *risk = g_ptr_array_index (ranked_risks, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      guint index = matrix->numbers->len;
      guint p;
      guint impact;

      if (!fs_risk_matrix_cell (risk, &p, &impact))
        {
          unrated++;
          continue;
        }
      g_ptr_array_add (matrix->numbers, fs_print_dot_label (flow, number));
      g_array_append_val (matrix->cells[impact][p], index);
    }
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 5; j++)
      if (matrix->cells[i][j]->len > MAX_DOTS)
        {
          g_autofree char *more = g_strdup_printf ("+%u", matrix->cells[i][j]->len - MAX_DOTS + 1);

          g_ptr_array_add (matrix->more, fs_flow_create_layout (flow, FS_STYLE_FIGURE_BOLD,
                                                                more, 0));
        }
  if (unrated > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u risk is not rated yet.",
                                                            "%u risks are not rated yet.",
                                                            unrated), unrated);

      matrix->note = fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, note,
                                            fs_flow_get_width (flow) - GRID_LEFT -
                                            5 * GRID_CELL - 24);
    }
  fs_flow_add_figure (flow, GRID_TOP + 5 * GRID_CELL + 36, draw_matrix, matrix,
                      (GDestroyNotify) matrix_free);
}

/* The impact of an incident as large figures. */

typedef struct
{
  GPtrArray *numbers;
  GPtrArray *labels;
  double     tile_width;
} FsTiles;

static void
tiles_free (FsTiles *tiles)
{
  g_ptr_array_unref (tiles->numbers);
  g_ptr_array_unref (tiles->labels);
  g_free (tiles);
}

#define TILE_WIDTH 112.0
#define TILE_GAP   8.0
#define MAX_TILES  4

static void
draw_tiles (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  FsTiles *tiles = data;

  for (guint i = 0; i < tiles->numbers->len; i++)
    {
      double x = i * (tiles->tile_width + TILE_GAP);

      fs_color_set_source (cr, FS_COLOR_SHADE);
      rounded_rectangle (cr, x, 0, tiles->tile_width, height, 6);
      cairo_fill (cr);
      fs_print_show_layout (cr, g_ptr_array_index (tiles->numbers, i), x + 10, 7);
      fs_print_show_layout (cr, g_ptr_array_index (tiles->labels, i), x + 10, height - 18);
    }
}

static void
add_tile (FsFlow     *flow,
          FsTiles    *tiles,
          char       *number,
          const char *label)
{
  g_ptr_array_add (tiles->numbers, fs_flow_create_layout (flow, FS_STYLE_NUMBER, number, 0));
  g_ptr_array_add (tiles->labels, fs_flow_create_layout (flow, FS_STYLE_FIGURE_SMALL, label,
                                                         tiles->tile_width - 20));
  g_free (number);
}

static char *
percent (double value)
{
  g_autofree char *number = fs_print_format_number (value);

  /* Translators: a percentage */
  return g_strdup_printf (_("%s %%"), number);
}

void
fs_print_add_impact_figures (FsFlow     *flow,
                             FsDocument *document)
{
  FsRecord *record = FS_RECORD (document);
  double minutes = fs_record_get_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  double requests = fs_record_get_number (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT);
  double users = fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT);
  double data = fs_record_get_number (record, FS_DOCUMENT_IMPACT_DATA_PCT);
  FsTiles *tiles = g_new0 (FsTiles, 1);

  tiles->numbers = g_ptr_array_new_with_free_func (g_object_unref);
  tiles->labels = g_ptr_array_new_with_free_func (g_object_unref);
  tiles->tile_width = MIN (TILE_WIDTH, (fs_flow_get_width (flow) - (MAX_TILES - 1) * TILE_GAP) /
                                       MAX_TILES);
  if (!isnan (minutes))
    add_tile (flow, tiles, fs_duration_format ((gint64) (minutes * 60)), _("Duration"));
  if (!isnan (requests))
    add_tile (flow, tiles, percent (requests), _("of requests affected"));
  if (!isnan (users))
    add_tile (flow, tiles, percent (users), _("of users affected"));
  if (!isnan (data))
    add_tile (flow, tiles, percent (data), _("of data affected"));
  if (tiles->numbers->len == 0)
    {
      tiles_free (tiles);
      return;
    }
  fs_flow_add_figure (flow, 52, draw_tiles, tiles, (GDestroyNotify) tiles_free);
}
