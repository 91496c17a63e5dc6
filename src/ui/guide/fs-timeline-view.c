/* fs-timeline-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "fs-timeline-figure.h"
#include "fs-timeline-view.h"

/* The incident timeline drawn in the Guide, by the code that draws it in
 * the PDF, in the window's fonts and in the colours of the light or dark
 * style. It is laid out again when its width or the document's times
 * change, and takes no room while the times give nothing to draw. */
struct _FsTimelineView
{
  GtkWidget         parent_instance;

  FsDocument       *document;
  FsTimelineFigure *figure;
  int               figure_width;  /* what the figure was laid out for, -1 for none */
  guint             relayout_id;
};

G_DEFINE_FINAL_TYPE (FsTimelineView, fs_timeline_view, GTK_TYPE_WIDGET)

static const FsFigurePalette dark_palette = {
  .ink = FS_RGB (0xdeddda), .faint = FS_RGB (0x9a9996), .rule = FS_RGB (0x5e5c64),
  .detected = FS_RGB (0xffa348), .resolved = FS_RGB (0x99c1f1),
  .undetected = FS_RGB (0x63452c), .responding = FS_RGB (0x1c3b61), .paper = FS_RGB (0x242424),
};

static const FsFigurePalette light_palette = {
  .ink = FS_RGB (0x241f31), .faint = FS_RGB (0x77767b), .rule = FS_RGB (0x9a9996),
  .detected = FS_RGB (0xc64600), .resolved = FS_RGB (0x1a5fb4),
  .undetected = FS_RGB (0xf8b575), .responding = FS_RGB (0xd7e5f8), .paper = FS_RGB (0xffffff),
};

static PangoLayout *
screen_text (FsFigureTextKind  kind,
             const char       *text,
             gpointer          data)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (data), text);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (kind == FS_FIGURE_TEXT_DOT ? 0.75 : 0.85));
  if (kind != FS_FIGURE_TEXT_SMALL)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  return layout;
}

static void
lay_out (FsTimelineView *self,
         int             width)
{
  if (self->figure_width == width)
    return;
  g_clear_pointer (&self->figure, fs_timeline_figure_free);
  self->figure_width = width;
  if (self->document != NULL && width > 0)
    self->figure = fs_timeline_figure_new (self->document, width,
                                           g_get_real_time () / G_USEC_PER_SEC, screen_text, self);
}

/* Laid out again once the edit is over, a single time for a burst of
 * changes, and even while it is not on screen, so that what it shows
 * follows the times. */
static gboolean
relayout (gpointer data)
{
  FsTimelineView *self = data;
  int width = self->figure_width;

  self->relayout_id = 0;
  self->figure_width = -1;
  lay_out (self, width);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (FsTimelineView *self)
{
  if (self->relayout_id == 0)
    self->relayout_id = g_idle_add (relayout, self);
}

static GtkSizeRequestMode
fs_timeline_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fs_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  FsTimelineView *self = FS_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
      return;
    }
  lay_out (self, for_size > 0 ? for_size : 480);
  *minimum = *natural = self->figure != NULL ? (int) ceil (fs_timeline_figure_get_height (self->figure)) : 0;
}

static void
fs_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  lay_out (FS_TIMELINE_VIEW (widget), width);
}

static void
fs_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  FsTimelineView *self = FS_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->figure == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  fs_timeline_figure_draw (self->figure, cr, dark ? &dark_palette : &light_palette);
  cairo_destroy (cr);
}

static void
fs_timeline_view_dispose (GObject *object)
{
  FsTimelineView *self = FS_TIMELINE_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_pointer (&self->figure, fs_timeline_figure_free);

  G_OBJECT_CLASS (fs_timeline_view_parent_class)->dispose (object);
}

static void
fs_timeline_view_class_init (FsTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_timeline_view_dispose;
  widget_class->get_request_mode = fs_timeline_view_get_request_mode;
  widget_class->measure = fs_timeline_view_measure;
  widget_class->size_allocate = fs_timeline_view_size_allocate;
  widget_class->snapshot = fs_timeline_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fs_timeline_view_init (FsTimelineView *self)
{
  self->figure_width = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline of the incident"), -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
fs_timeline_view_new (FsDocument *document)
{
  FsTimelineView *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  self = g_object_new (FS_TYPE_TIMELINE_VIEW, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  return GTK_WIDGET (self);
}

gboolean
fs_timeline_view_has_figure (FsTimelineView *self)
{
  g_return_val_if_fail (FS_IS_TIMELINE_VIEW (self), FALSE);

  return self->figure != NULL;
}
