/* benchmark-export.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A large pre-mortem (200 risks, 50 timeline rows, 40 action items) through
 * every export, next to the targets.
 */

#include <math.h>

#include <glib/gstdio.h>

#include "fs-markdown.h"
#include "fs-pdf.h"
#include "fs-print-layout.h"
#include "fs-test-documents.h"
#include "fs-test-util.h"

#define RUNS 7

static void
grow_list (FsDocument     *document,
           FsDocumentList  list,
           guint           target)
{
  GListStore *store = fs_document_get_list (document, list);
  guint original = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = original; i < target && original > 0; i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (G_LIST_MODEL (store), i % original);
      g_autoptr(FsRecord) copy = fs_record_copy (item);

      if (list != FS_DOCUMENT_TIMELINE)
        {
          g_autofree char *id = g_strdup_printf ("x%u", i);

          fs_record_set_text (copy, 0, id);
        }
      g_list_store_append (store, copy);
    }
}

static FsDocument *
make_large_premortem (void)
{
  g_autoptr(GPtrArray) documents = fs_test_generate_documents (1);
  FsDocument *document = g_object_ref (g_ptr_array_index (documents, 0));

  grow_list (document, FS_DOCUMENT_RISKS, 200);
  grow_list (document, FS_DOCUMENT_TIMELINE, 50);
  grow_list (document, FS_DOCUMENT_ACTION_ITEMS, 40);
  return document;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *samples)
{
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  return samples[RUNS / 2];
}

static void
report (const char *what,
        double      value,
        double      target)
{
  g_print ("%-40s %8.1f ms (target <= %.0f ms) %s\n", what, value, target,
           value <= target ? "met" : "MISSED");
}

typedef struct
{
  gint64 start;
  double first_page;
} PreviewTimes;

/* What the Preview's worker does with the first page as soon as it is
 * complete: draws it, at 100%, for the window to show. */
static void
on_pages_ready (FsPrintLayout *layout,
                guint          n_ready,
                gpointer       data)
{
  PreviewTimes *times = data;
  const FsPageSetup *setup = fs_print_layout_get_page_setup (layout);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (times->first_page > 0)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (setup->width),
                                        ceil (setup->height));
  cr = cairo_create (surface);
  fs_print_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  times->first_page = (g_get_monotonic_time () - times->start) / 1000.0;
}

/* From the document handed to the Preview, which copies it, to its first
 * page drawn; and to the last page laid out. */
static void
time_preview (FsDocument *document,
              double     *first_page,
              double     *all_pages)
{
  g_autoptr(FsPrintLayout) layout = NULL;
  g_autoptr(FsDocument) snapshot = NULL;
  PreviewTimes times = { g_get_monotonic_time (), 0 };
  FsPageSetup setup;

  fs_page_setup_init_a4 (&setup);
  snapshot = fs_document_copy (document);
  layout = fs_print_layout_new_progressive (snapshot, FS_PRINT_DOCUMENT, &setup,
                                            on_pages_ready, &times);
  *all_pages = (g_get_monotonic_time () - times.start) / 1000.0;
  g_assert_cmpuint (fs_print_layout_get_n_pages (layout), >, 1);
  g_assert_cmpfloat (times.first_page, >, 0);
  *first_page = times.first_page;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FsDocument) document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  double markdown[RUNS], exported[RUNS], preview[RUNS], laid_out[RUNS];
  FsPageSetup setup;

  fs_test_init (&argc, &argv);
  dir = fs_test_make_dir ();
  pdf = g_build_filename (dir, "large.pdf", NULL);
  document = make_large_premortem ();
  fs_page_setup_init_a4 (&setup);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gint64 start = g_get_monotonic_time ();

      text = fs_markdown_render (document);
      markdown[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      fs_pdf_export (document, FS_PRINT_DOCUMENT, &setup, pdf, &error);
      g_assert_no_error (error);
      exported[i] = (g_get_monotonic_time () - start) / 1000.0;

      time_preview (document, &preview[i], &laid_out[i]);
    }

  g_print ("A pre-mortem with 200 risks, 50 timeline rows and 40 action items, "
           "median of %u runs\n", RUNS);
  report ("Markdown export", median (markdown), 20);
  report ("PDF export", median (exported), 500);
  report ("Preview, first page drawn", median (preview), 100);
  g_print ("%-40s %8.1f ms\n", "Preview, every page laid out", median (laid_out));
  return 0;
}
