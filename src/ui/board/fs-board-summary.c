/* fs-board-summary.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-board-summary.h"
#include "fs-record-text.h"

/* A read-only board: a column per cluster (or per layer of causes) with a card
 * per risk (or cause). */

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
draw_colour_strip (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        user_data)
{
  GdkRGBA colour;

  if (!gdk_rgba_parse (&colour, g_object_get_data (G_OBJECT (area), "colour")))
    return;
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static GtkWidget *
make_column (const char *title,
             const char *colour)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_size_request (column, 240, -1);
  gtk_widget_add_css_class (column, "board-column");
  if (colour != NULL && colour[0] == '#')
    {
      GtkWidget *strip = gtk_drawing_area_new ();

      g_object_set_data_full (G_OBJECT (strip), "colour", g_strdup (colour), g_free);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (strip), 4);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (strip), draw_colour_strip, NULL, NULL);
      gtk_box_append (GTK_BOX (column), strip);
    }
  gtk_box_append (GTK_BOX (column), make_label (title, "heading"));
  return column;
}

static void
add_card (GtkWidget  *column,
          const char *title,
          const char *detail)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "board-card");
  gtk_box_append (GTK_BOX (card), make_label (title[0] ? title : _("Untitled"), NULL));
  if (detail != NULL)
    gtk_box_append (GTK_BOX (card), make_label (detail, "caption"));
  gtk_box_append (GTK_BOX (column), card);
}

static GtkWidget *
column_for_risk (GPtrArray  *columns,
                 GListModel *clusters,
                 FsRecord   *risk)
{
  const char *cluster = fs_record_get_text (risk, FS_RISK_CLUSTER);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(FsRecord) candidate = g_list_model_get_item (clusters, i);

      if (g_str_equal (fs_record_get_text (candidate, FS_CLUSTER_ID), cluster))
        return g_ptr_array_index (columns, i);
    }
  return g_ptr_array_index (columns, columns->len - 1);
}

static void
fill_risks (GtkBox     *board,
            FsDocument *document)
{
  GListModel *clusters = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS));
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(FsRecord) cluster = g_list_model_get_item (clusters, i);

      g_ptr_array_add (columns, make_column (fs_record_get_text (cluster, FS_CLUSTER_NAME),
                                             fs_record_get_text (cluster, FS_CLUSTER_COLOR)));
    }
  g_ptr_array_add (columns, make_column (_("Not Clustered"), NULL));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, i);
      g_autofree char *detail =
        g_strdup_printf (_("Probability %g × impact %g = score %g"),
                         fs_record_get_number (risk, FS_RISK_PROBABILITY),
                         fs_record_get_number (risk, FS_RISK_IMPACT),
                         fs_risk_get_score (FS_RISK (risk)));

      add_card (column_for_risk (columns, clusters, risk),
                fs_record_get_text (risk, FS_RISK_TITLE), detail);
    }
  for (guint i = 0; i < columns->len; i++)
    gtk_box_append (board, g_ptr_array_index (columns, i));
}

static void
fill_causes (GtkBox     *board,
             FsDocument *document)
{
  GListModel *causes = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CAUSES));
  static const char * const areas[] = { "avoid", "detect", "fix" };

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      GtkWidget *column = make_column (fs_choice_label (areas[a]), NULL);

      for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
        {
          g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);

          if (g_str_equal (fs_record_get_text (cause, FS_CAUSE_AREA), areas[a]))
            add_card (column, fs_record_get_text (cause, FS_CAUSE_TEXT), NULL);
        }
      gtk_box_append (board, column);
    }
}

void
fs_board_summary_fill (GtkBox     *board,
                       FsDocument *document)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (board));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (board))) != NULL)
    gtk_box_remove (board, child);
  if (document == NULL)
    return;
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM)
    fill_risks (board, document);
  else
    fill_causes (board, document);
}
