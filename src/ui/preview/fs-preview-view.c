/* fs-preview-view.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fs-preview-view.h"

/* The document's pages as they will print, drawn by the same renderer as the
 * PDF export. The layout is made off the main thread from a snapshot of the
 * document, so typing never waits for it. A document that is not shown yet
 * gets its first page as soon as that page is complete, drawn by the worker
 * while it lays out the rest; a document already shown keeps its pages until
 * all the new ones are ready. */
struct _FsPreviewView
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkBox            *pages_box;
  GtkLabel          *page_label;
  GtkLabel          *zoom_label;

  FsPrintLayout     *layout;
  cairo_surface_t   *first_page; /* drawn early, until the layout is complete */
  FsPageSetup        first_setup;
  FsDocument        *snapshot;
  FsPageSetup        setup;
  double             zoom;
  guint              generation;
  guint              pending;
  /* A layout asked for while nobody sees the pages waits until they show. */
  gboolean           waiting;
  gboolean           waiting_fresh;
};

G_DEFINE_FINAL_TYPE (FsPreviewView, fs_preview_view, GTK_TYPE_WIDGET)

#define MIN_ZOOM 0.5
#define MAX_ZOOM 3.0

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  FsPreviewView *self = FS_PREVIEW_VIEW (user_data);
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, self->zoom, self->zoom);
  if (self->layout == NULL && self->first_page != NULL && page == 0)
    {
      cairo_set_source_surface (cr, self->first_page, 0, 0);
      cairo_paint (cr);
      return;
    }
  if (self->layout == NULL || page >= fs_print_layout_get_n_pages (self->layout))
    return;
  fs_print_layout_draw_page (self->layout, cr, page);
}

static const FsPageSetup *
shown_setup (FsPreviewView *self)
{
  if (self->layout != NULL)
    return fs_print_layout_get_page_setup (self->layout);
  return self->first_page != NULL ? &self->first_setup : NULL;
}

static void
size_pages (FsPreviewView *self)
{
  const FsPageSetup *setup = shown_setup (self);
  g_autofree char *zoom = g_strdup_printf ("%.0f%%", self->zoom * 100);

  gtk_label_set_text (self->zoom_label, zoom);
  if (setup == NULL)
    return;
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       page != NULL; page = gtk_widget_get_next_sibling (page))
    {
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (page), setup->width * self->zoom);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (page), setup->height * self->zoom);
      gtk_widget_queue_draw (page);
    }
}

/* The page in view: the one that fills most of the view, the first while
 * the view is at its top and the last once it is at its end, however many
 * pages fit at this zoom. Pages not placed yet count as the first. */
static guint
current_page (FsPreviewView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double top = gtk_adjustment_get_value (adjustment);
  double bottom = top + gtk_adjustment_get_page_size (adjustment);
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  double most = 0;
  guint index = 0, best = 0;

  if (top <= 0)
    return 0;
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       page != NULL; page = gtk_widget_get_next_sibling (page), index++)
    {
      graphene_rect_t bounds;
      double shown;

      if (!gtk_widget_compute_bounds (page, GTK_WIDGET (self->pages_box), &bounds))
        return 0;
      shown = MIN (bottom, bounds.origin.y + bounds.size.height) - MAX (top, bounds.origin.y);
      if (shown > most)
        {
          most = shown;
          best = index;
        }
    }
  if (top >= end && index > 0)
    return index - 1;
  return best;
}

static void
update_page_label (FsPreviewView *self)
{
  guint n = self->layout ? fs_print_layout_get_n_pages (self->layout) : 0;
  g_autofree char *text = NULL;

  if (self->layout == NULL && self->first_page != NULL)
    /* Translators: the first page is shown, the others are still being laid out */
    text = g_strdup (_("1 of …"));
  else
    /* Translators: the page shown in the preview, e.g. "2 of 5" */
    text = g_strdup_printf (_("%u of %u"), n ? current_page (self) + 1 : 0, n);
  gtk_label_set_text (self->page_label, text);
}

/* Exactly N page widgets in the box. */
static void
set_n_pages (FsPreviewView *self,
             guint          n)
{
  guint shown = 0;

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       page != NULL; page = gtk_widget_get_next_sibling (page))
    shown++;
  for (; shown < n; shown++)
    {
      GtkWidget *page = gtk_drawing_area_new ();
      g_autofree char *name = g_strdup_printf (_("Page %u"), shown + 1);

      g_object_set_data (G_OBJECT (page), "page", GUINT_TO_POINTER (shown));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (page), draw_page, self, NULL);
      gtk_widget_add_css_class (page, "preview-page");
      gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (self->pages_box, page);
    }
  while (shown > n)
    {
      gtk_box_remove (self->pages_box, gtk_widget_get_last_child (GTK_WIDGET (self->pages_box)));
      shown--;
    }
}

static void
show_layout (FsPreviewView *self,
             FsPrintLayout *layout)
{
  g_set_object (&self->layout, layout);
  g_clear_pointer (&self->first_page, cairo_surface_destroy);
  set_n_pages (self, fs_print_layout_get_n_pages (layout));
  size_pages (self);
  update_page_label (self);
}

static void
show_first_page (FsPreviewView     *self,
                 cairo_surface_t   *surface,
                 const FsPageSetup *setup)
{
  g_clear_pointer (&self->first_page, cairo_surface_destroy);
  self->first_page = cairo_surface_reference (surface);
  self->first_setup = *setup;
  set_n_pages (self, 1);
  size_pages (self);
  update_page_label (self);
}

/* Nothing of the document shown before, e.g. when another one is opened. */
static void
forget_pages (FsPreviewView *self)
{
  g_clear_object (&self->layout);
  g_clear_pointer (&self->first_page, cairo_surface_destroy);
  set_n_pages (self, 0);
  update_page_label (self);
}

typedef struct
{
  FsPreviewView *view;
  FsDocument    *document;
  FsPageSetup    setup;
  guint          generation;
  gboolean       early;      /* whether to draw the first page as soon as it is complete */
  double         resolution; /* of that drawing, in pixels a point */
  GMainContext  *context;
} LayoutJob;

static void
layout_job_free (LayoutJob *job)
{
  g_clear_object (&job->document);
  g_main_context_unref (job->context);
  g_free (job);
}

typedef struct
{
  FsPreviewView   *view;
  guint            generation;
  cairo_surface_t *surface;
  FsPageSetup      setup;
} FirstPage;

static void
first_page_free (FirstPage *first)
{
  g_object_unref (first->view);
  cairo_surface_destroy (first->surface);
  g_free (first);
}

/* On the main thread. */
static gboolean
first_page_arrived (gpointer data)
{
  FirstPage *first = data;
  FsPreviewView *self = first->view;

  if (first->generation == self->generation && self->layout == NULL)
    show_first_page (self, first->surface, &first->setup);
  return G_SOURCE_REMOVE;
}

/* On the worker thread, while the rest is laid out: the first page is drawn
 * here, into pixels that the main thread only copies, since the layout's
 * fonts must not be used by two threads at once. */
static void
on_pages_ready (FsPrintLayout *layout,
                guint          n_ready,
                gpointer       data)
{
  LayoutJob *job = data;
  g_autoptr(GSource) source = NULL;
  FirstPage *first;
  cairo_t *cr;

  if (!job->early)
    return;
  job->early = FALSE;
  first = g_new0 (FirstPage, 1);
  first->view = g_object_ref (job->view);
  first->generation = job->generation;
  first->setup = job->setup;
  first->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               ceil (job->setup.width * job->resolution),
                                               ceil (job->setup.height * job->resolution));
  cairo_surface_set_device_scale (first->surface, job->resolution, job->resolution);
  cr = cairo_create (first->surface);
  fs_print_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  /* Not g_main_context_invoke(): it would run here if the main context
   * happened to be free. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, first_page_arrived, first, (GDestroyNotify) first_page_free);
  g_source_attach (source, job->context);
}

static void
layout_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  LayoutJob *job = data;

  g_task_return_pointer (task, fs_print_layout_new_progressive (job->document,
                                                                FS_PRINT_DOCUMENT,
                                                                &job->setup, on_pages_ready,
                                                                job),
                         g_object_unref);
}

static void
on_layout_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FsPreviewView) self = user_data;
  g_autoptr(FsPrintLayout) layout = g_task_propagate_pointer (G_TASK (result), NULL);
  LayoutJob *job = g_task_get_task_data (G_TASK (result));

  self->pending--;
  if (job->generation == self->generation && layout != NULL)
    show_layout (self, layout);
}

/* FRESH when the pages shown, if any, are not of this document or setup. */
static void
start_layout (FsPreviewView *self,
              gboolean       fresh)
{
  g_autoptr(GTask) task = NULL;
  LayoutJob *job;

  self->generation++;
  if (fresh || self->snapshot == NULL)
    forget_pages (self);
  if (self->snapshot == NULL)
    return;
  /* Saves come every second while someone types in the Guide: laying the
   * document out each time for pages nobody looks at would take a core. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->waiting = TRUE;
      self->waiting_fresh |= fresh;
      return;
    }
  self->waiting = self->waiting_fresh = FALSE;
  job = g_new0 (LayoutJob, 1);
  job->view = self;
  job->document = g_object_ref (self->snapshot);
  job->setup = self->setup;
  job->generation = self->generation;
  job->early = self->layout == NULL;
  job->resolution = self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  job->context = g_main_context_ref_thread_default ();
  task = g_task_new (NULL, NULL, on_layout_done, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) layout_job_free);
  self->pending++;
  g_task_run_in_thread (task, layout_in_thread);
}

void
fs_preview_view_set_document (FsPreviewView *self,
                              FsDocument    *document)
{
  gboolean fresh;

  g_return_if_fail (FS_IS_PREVIEW_VIEW (self));

  fresh = self->snapshot == NULL || document == NULL ||
          g_strcmp0 (fs_document_get_id (self->snapshot), fs_document_get_id (document)) != 0;
  g_clear_object (&self->snapshot);
  if (document != NULL)
    self->snapshot = fs_document_copy (document);
  start_layout (self, fresh);
}

void
fs_preview_view_set_page_setup (FsPreviewView     *self,
                                const FsPageSetup *setup)
{
  g_return_if_fail (FS_IS_PREVIEW_VIEW (self));
  g_return_if_fail (fs_page_setup_is_valid (setup));

  if (memcmp (&self->setup, setup, sizeof *setup) == 0)
    return;
  self->setup = *setup;
  start_layout (self, TRUE);
}

FsPrintLayout *
fs_preview_view_get_layout (FsPreviewView *self)
{
  g_return_val_if_fail (FS_IS_PREVIEW_VIEW (self), NULL);

  return self->layout;
}

gboolean
fs_preview_view_is_busy (FsPreviewView *self)
{
  g_return_val_if_fail (FS_IS_PREVIEW_VIEW (self), FALSE);

  return self->pending > 0;
}

double
fs_preview_view_get_zoom (FsPreviewView *self)
{
  g_return_val_if_fail (FS_IS_PREVIEW_VIEW (self), 1);

  return self->zoom;
}

void
fs_preview_view_set_zoom (FsPreviewView *self,
                          double         zoom)
{
  g_return_if_fail (FS_IS_PREVIEW_VIEW (self));

  self->zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > MIN_ZOOM);
  size_pages (self);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsPreviewView *self = FS_PREVIEW_VIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    fs_preview_view_set_zoom (self, self->zoom * 1.25);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    fs_preview_view_set_zoom (self, self->zoom / 1.25);
  else
    fs_preview_view_set_zoom (self, 1.0);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FsPreviewView *self = FS_PREVIEW_VIEW (widget);
  int target = current_page (self) + (g_str_equal (action_name, "preview.next-page") ? 1 : -1);
  GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
  graphene_rect_t bounds;

  for (int i = 0; page != NULL && i < target; i++)
    page = gtk_widget_get_next_sibling (page);
  if (target < 0 || page == NULL ||
      !gtk_widget_compute_bounds (page, GTK_WIDGET (self->pages_box), &bounds))
    return;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller),
                            bounds.origin.y);
}

static void
fs_preview_view_dispose (GObject *object)
{
  FsPreviewView *self = FS_PREVIEW_VIEW (object);
  GtkWidget *child;

  /* Layouts still being made are of no use any more. */
  self->generation++;
  gtk_widget_dispose_template (GTK_WIDGET (self), FS_TYPE_PREVIEW_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->first_page, cairo_surface_destroy);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (fs_preview_view_parent_class)->dispose (object);
}

static void
fs_preview_view_map (GtkWidget *widget)
{
  FsPreviewView *self = FS_PREVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (fs_preview_view_parent_class)->map (widget);
  if (self->waiting)
    start_layout (self, self->waiting_fresh);
}

static void
fs_preview_view_class_init (FsPreviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fs_preview_view_dispose;
  widget_class->map = fs_preview_view_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/fs-preview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FsPreviewView, scroller);
  gtk_widget_class_bind_template_child (widget_class, FsPreviewView, pages_box);
  gtk_widget_class_bind_template_child (widget_class, FsPreviewView, page_label);
  gtk_widget_class_bind_template_child (widget_class, FsPreviewView, zoom_label);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.zoom-reset", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fs_preview_view_init (FsPreviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fs_page_setup_init_default (&self->setup);

  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scroller),
                            "value-changed", G_CALLBACK (update_page_label), self);
  /* Pages laid out, zoomed or resized move under a still scroll position. */
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scroller),
                            "changed", G_CALLBACK (update_page_label), self);
  fs_preview_view_set_zoom (self, 1.0);
  update_page_label (self);
}
