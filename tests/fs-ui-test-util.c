/* fs-ui-test-util.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-ui-test-util.h"

#include <gdk/x11/gdkx.h>

/* Runs the main loop until the condition holds; a test that waits longer
 * than ten seconds has failed. */
void
fs_ui_test_wait_until (FsTestCondition condition,
                       gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for the window");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
fs_ui_test_settle (void)
{
  gint64 until = g_get_monotonic_time () + 200 * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* What WIDGET draws, rendered by its window's renderer; NULL when it has
 * no size. */
GdkTexture *
fs_ui_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return NULL;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The pixels of what WIDGET draws, 4 bytes each (B, G, R, A as cairo
 * keeps them), its width and height in WIDTH and HEIGHT. */
guchar *
fs_ui_test_render_pixels (GtkWidget *widget,
                          int       *width,
                          int       *height)
{
  g_autoptr(GdkTexture) texture = fs_ui_test_render (widget);
  guchar *pixels;

  g_assert_nonnull (texture);
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

/* Saves a PNG of what a widget draws, for a person to look at; the folder
 * is $FORESIGHT_SCREENSHOTS, and nothing is saved without it. */
void
fs_ui_test_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("FORESIGHT_SCREENSHOTS");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  fs_ui_test_settle ();
  texture = fs_ui_test_render (widget);
  if (texture == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

typedef gboolean (*Matches) (GtkWidget     *widget,
                             gconstpointer  wanted);

/* The first widget under ROOT, ROOT included, depth first, that MATCHES. */
static GtkWidget *
find_matching (GtkWidget     *root,
               Matches        matches,
               gconstpointer  wanted)
{
  if (matches (root, wanted))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_matching (child, matches, wanted);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_button_for (GtkWidget     *widget,
               gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

GtkWidget *
fs_ui_test_find (GtkWidget *root,
                 GType      type)
{
  return find_matching (root, has_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
fs_ui_test_find_named (GtkWidget  *root,
                       const char *name)
{
  return find_matching (root, has_name, name);
}

/* The widget a template named ID. */
GtkWidget *
fs_ui_test_find_by_id (GtkWidget  *root,
                       const char *id)
{
  return find_matching (root, has_id, id);
}

GtkWidget *
fs_ui_test_find_by_class (GtkWidget  *root,
                          const char *css_class)
{
  return find_matching (root, has_class, css_class);
}

/* The button that activates ACTION ("guide.next"). */
GtkWidget *
fs_ui_test_find_action_button (GtkWidget  *root,
                               const char *action)
{
  return find_matching (root, is_button_for, action);
}

GtkLabel *
fs_ui_test_find_label (GtkWidget  *root,
                       const char *text)
{
  return GTK_LABEL (find_matching (root, is_label_reading, text));
}

GtkWindow *
fs_ui_test_find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* The X server puts the pointer in the middle of the screen, over the
 * window: a tooltip timer started there outlives the window it was for and
 * makes GTK 4.8 complain about a destroyed surface. */
void
fs_ui_test_park_pointer (void)
{
  const char *argv[] = { "xdotool", "mousemove", "4000", "4000", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, NULL, NULL);
}

static void
close_popovers_below (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    close_popovers_below (child);
}

/* GTK 4.8 leaves a timer behind for a popover still open when its window is
 * destroyed; a person closing the window never sees it, a test would. */
void
fs_ui_test_close_popovers (GtkWidget *root)
{
  close_popovers_below (root);
  fs_ui_test_settle ();
}

/* Types KEYS (xdotool's names, separated by spaces: "ctrl+z", "W a i t") on the keyboard, to
 * whichever widget of the window under the pointer has the focus, as a
 * person would; the pointer goes back out of the way afterwards. */
void
fs_ui_test_press_keys (const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  gint64 until;
  int status = -1;

  g_strv_builder_add_many (builder, "xdotool", "mousemove", "60", "60", "key", "--delay", "20",
                           NULL);
  g_strv_builder_addv (builder, (const char **) names);
  g_strv_builder_add_many (builder, "mousemove", "4000", "4000", NULL);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  gdk_display_sync (gdk_display_get_default ());
  until = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  fs_ui_test_settle ();
}

typedef struct
{
  GtkWidget *widget;
  gboolean   visible;
} VisibleWait;

static gboolean
visibility_is (gpointer data)
{
  VisibleWait *wait = data;

  return gtk_widget_get_visible (wait->widget) == wait->visible;
}

/* For what shows or hides a moment after an edit, such as the coach's advice. */
void
fs_ui_test_wait_for_visible (GtkWidget *widget,
                             gboolean   visible)
{
  VisibleWait wait = { widget, visible };

  g_assert_nonnull (widget);
  fs_ui_test_wait_until (visibility_is, &wait);
}

static void
run_loop_for (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static void
run_xdotool (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  int status = -1;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_cmpint (status, ==, 0);
}

/* Moves the X pointer to the point (X, Y) of WIDGET, in a dozen steps from
 * wherever it is, with the main loop running between them: GTK starts a drag
 * only after a few motion events beyond its threshold, and a drag within the
 * window is this process talking to itself through the X server. FALSE
 * when the window is not on X11, where xdotool cannot reach it. */
gboolean
fs_ui_test_pointer_move (GtkWidget *widget,
                         double     x,
                         double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkSeat *seat;
  graphene_point_t point;
  double offset_x, offset_y, from_x, from_y, to_x, to_y;
  g_autofree char *xid = NULL;
  const guint steps = 12;

  if (surface == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  /* The surface is larger than the window by the shadow around it. */
  gtk_native_get_surface_transform (native, &offset_x, &offset_y);
  seat = gdk_display_get_default_seat (gdk_surface_get_display (surface));
  gdk_surface_get_device_position (surface, gdk_seat_get_pointer (seat), &from_x, &from_y, NULL);
  to_x = point.x + offset_x;
  to_y = point.y + offset_y;
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  for (guint i = 1; i <= steps; i++)
    {
      double along = (double) i / steps;
      g_autofree char *step_x = g_strdup_printf ("%d", (int) (from_x + (to_x - from_x) * along));
      g_autofree char *step_y = g_strdup_printf ("%d", (int) (from_y + (to_y - from_y) * along));
      const char *args[] = { "mousemove", "--window", xid, step_x, step_y, NULL };

      run_xdotool (args);
      run_loop_for (20 * 1000);
    }
  run_loop_for (100 * 1000);
  return TRUE;
}

/* Presses (DOWN) or releases the first mouse button where the pointer is. */
void
fs_ui_test_pointer_button (gboolean down)
{
  const char *args[] = { down ? "mousedown" : "mouseup", "1", NULL };

  run_xdotool (args);
  run_loop_for (100 * 1000);
}
