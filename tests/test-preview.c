/* test-preview.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fs-exchange.h"
#include "fs-preview-view.h"
#include "fs-test-documents.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

typedef struct
{
  GtkWidget     *window;
  FsPreviewView *preview;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  FsPageSetup page_setup;

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  fixture->preview = g_object_new (FS_TYPE_PREVIEW_VIEW, NULL);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->preview));
  fs_page_setup_init_a4 (&page_setup);
  fs_preview_view_set_page_setup (fixture->preview, &page_setup);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
}

/* A pre-mortem as large as the benchmark's: 200 risks, 50 timeline rows,
 * 40 action items. */
static void
grow_list (FsDocument     *document,
           FsDocumentList  list,
           guint           target)
{
  GListStore *store = fs_document_get_list (document, list);
  guint original = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_assert_cmpuint (original, >, 0);
  for (guint i = original; i < target; i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (G_LIST_MODEL (store), i % original);
      g_autoptr(FsRecord) copy = fs_record_copy (item);

      g_list_store_append (store, copy);
    }
}

static FsDocument *
make_large_premortem (guint index)
{
  g_autoptr(GPtrArray) documents = fs_test_generate_documents (index + 1);
  FsDocument *document = g_object_ref (g_ptr_array_index (documents, index));

  g_assert_cmpint (fs_document_get_kind (document), ==, FS_DOCUMENT_KIND_PREMORTEM);
  grow_list (document, FS_DOCUMENT_RISKS, 200);
  grow_list (document, FS_DOCUMENT_TIMELINE, 50);
  grow_list (document, FS_DOCUMENT_ACTION_ITEMS, 40);
  return document;
}

static guint
count_pages (Fixture *fixture)
{
  GtkWidget *area = fs_ui_test_find (GTK_WIDGET (fixture->preview), GTK_TYPE_DRAWING_AREA);
  guint n = 0;

  for (; area != NULL; area = gtk_widget_get_next_sibling (area))
    n++;
  return n;
}

static gboolean
label_matches (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (label_matches (root, text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* How many pixels of a widget are dark: text, not blank paper. */
static guint
count_ink (GtkWidget *widget)
{
  int width, height;
  g_autofree guchar *pixels = fs_ui_test_render_pixels (widget, &width, &height);
  guint ink = 0;

  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[i * 4 + 1] < 128 && pixels[i * 4 + 3] > 128)
      ink++;
  return ink;
}

static gboolean
has_pages (gpointer data)
{
  return count_pages (data) > 0;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

static gboolean
is_settled (gpointer data)
{
  Fixture *fixture = data;

  return !fs_preview_view_is_busy (fixture->preview) &&
         fs_preview_view_get_layout (fixture->preview) != NULL;
}

/* The first page of a large document shows, with "1 of …", while the rest
 * is still being laid out; then every page, with their number. */
static void
test_first_page_early (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FsDocument) document = make_large_premortem (0);
  g_autofree char *count = NULL;
  GtkWidget *first;
  gint64 start;
  guint n;

  start = g_get_monotonic_time ();
  fs_preview_view_set_document (fixture->preview, document);
  fs_ui_test_wait_until (has_pages, fixture);
  g_test_message ("first page shown after %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (fs_preview_view_is_busy (fixture->preview));
  g_assert_null (fs_preview_view_get_layout (fixture->preview));
  g_assert_cmpuint (count_pages (fixture), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), "1 of …"));
  /* Drawn in the next frame, well before the rest is ready. */
  first = fs_ui_test_find (GTK_WIDGET (fixture->preview), GTK_TYPE_DRAWING_AREA);
  fs_ui_test_wait_until (is_allocated, first);
  g_test_message ("first page allocated after %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_null (fs_preview_view_get_layout (fixture->preview));
  g_assert_cmpuint (count_ink (first), >, 2000);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "preview-first-page");

  fs_ui_test_wait_until (is_settled, fixture);
  g_test_message ("every page laid out after %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  n = fs_print_layout_get_n_pages (fs_preview_view_get_layout (fixture->preview));
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (count_pages (fixture), ==, n);
  count = g_strdup_printf ("1 of %u", n);
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), count));
  fs_ui_test_settle ();
  g_assert_true (fs_ui_test_find (GTK_WIDGET (fixture->preview), GTK_TYPE_DRAWING_AREA) == first);
  g_assert_cmpuint (count_ink (first), >, 2000);
}

/* An edit of the document shown keeps its pages until the new ones are all
 * ready, so that the preview never flickers to a single page; another
 * document's pages go at once. */
static void
test_refresh_and_switch (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(FsDocument) document = make_large_premortem (0);
  g_autoptr(FsDocument) other = make_large_premortem (1);
  FsPrintLayout *before;
  guint n;

  fs_preview_view_set_document (fixture->preview, document);
  fs_ui_test_wait_until (is_settled, fixture);
  before = fs_preview_view_get_layout (fixture->preview);
  n = count_pages (fixture);

  fs_document_set_title (document, "A title edited while the preview is open");
  fs_preview_view_set_document (fixture->preview, document);
  g_assert_true (fs_preview_view_get_layout (fixture->preview) == before);
  while (fs_preview_view_is_busy (fixture->preview))
    {
      g_assert_true (fs_preview_view_get_layout (fixture->preview) == before);
      g_assert_cmpuint (count_pages (fixture), ==, n);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (fs_preview_view_get_layout (fixture->preview) != before);

  fs_preview_view_set_document (fixture->preview, other);
  g_assert_null (fs_preview_view_get_layout (fixture->preview));
  g_assert_cmpuint (count_pages (fixture), ==, 0);
  fs_ui_test_wait_until (has_pages, fixture);
  fs_ui_test_wait_until (is_settled, fixture);
  g_assert_cmpuint (count_pages (fixture), >, 10);
}

static FsDocument *
load_example (const char *which)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/examples/%s-example.json", which);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  gsize size;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  documents = fs_exchange_read_data (data, size, which, NULL);
  g_assert_nonnull (documents);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

static gboolean
all_pages_placed (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *area = fs_ui_test_find (GTK_WIDGET (fixture->preview), GTK_TYPE_DRAWING_AREA);

  if (!is_settled (fixture))
    return FALSE;
  for (; area != NULL; area = gtk_widget_get_next_sibling (area))
    if (gtk_widget_get_height (area) <= 0)
      return FALSE;
  return TRUE;
}

/* The page indicator names the page in view, laid out at once or not, and
 * follows the scrolling. */
static void
test_page_in_view (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FsDocument) other = load_example ("premortem");
  g_autoptr(FsDocument) document = load_example ("postmortem");
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n;

  /* Another document shown first: its pages go, and the new ones are
   * counted before they have a place on screen. */
  fs_preview_view_set_document (fixture->preview, other);
  fs_ui_test_wait_until (all_pages_placed, fixture);
  fs_preview_view_set_document (fixture->preview, document);
  fs_ui_test_wait_until (all_pages_placed, fixture);
  fs_ui_test_settle ();
  n = fs_print_layout_get_n_pages (fs_preview_view_get_layout (fixture->preview));
  g_assert_cmpuint (n, >=, 3);
  first = g_strdup_printf ("1 of %u", n);
  last = g_strdup_printf ("%u of %u", n, n);
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), first));

  scroller = GTK_SCROLLED_WINDOW (fs_ui_test_find (GTK_WIDGET (fixture->preview),
                                                   GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  fs_ui_test_settle ();
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), last));
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.previous-page", NULL);
  fs_ui_test_settle ();
  g_assert_false (shows_label (GTK_WIDGET (fixture->preview), last));
  gtk_adjustment_set_value (adjustment, 0);
  fs_ui_test_settle ();
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), first));

  /* Landscape paper zoomed out, where more than a page fits: still the
   * first, at the top. */
  {
    FsPageSetup landscape;

    fs_page_setup_init_a4 (&landscape);
    landscape.width = 842;
    landscape.height = 595;
    fs_preview_view_set_page_setup (fixture->preview, &landscape);
  }
  fs_preview_view_set_zoom (fixture->preview, 0.5);
  fs_ui_test_wait_until (all_pages_placed, fixture);
  fs_ui_test_settle ();
  gtk_adjustment_set_value (adjustment, 0);
  fs_ui_test_settle ();
  n = fs_print_layout_get_n_pages (fs_preview_view_get_layout (fixture->preview));
  g_free (first);
  first = g_strdup_printf ("1 of %u", n);
  g_assert_true (shows_label (GTK_WIDGET (fixture->preview), first));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "preview-zoomed-out");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

#define ADD(path, body) g_test_add (path, Fixture, NULL, setup, body, teardown)
  ADD ("/preview/first-page-early", test_first_page_early);
  ADD ("/preview/refresh-and-switch", test_refresh_and_switch);
  ADD ("/preview/page-in-view", test_page_in_view);
#undef ADD

  return g_test_run ();
}
