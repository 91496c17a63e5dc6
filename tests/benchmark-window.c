/* benchmark-window.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up and search with a 10,000-document library, next to a bare
 * AdwApplicationWindow started the same way. Each start is a process of its
 * own (this program, with --mode); the parent prints the figures.
 */

#include <adwaita.h>

#include "fs-application.h"
#include "fs-store.h"
#include "fs-test-documents.h"
#include "fs-test-util.h"
#include "fs-window-private.h"

#define N_DOCUMENTS 10000
#define RUNS 5
#define SEARCH_RUNS 3

static gint64 started;
static double first_frame_ms = -1;
static gint64 last_tick;
static gint64 max_stall;

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (first_frame_ms < 0)
    first_frame_ms = (g_get_monotonic_time () - started) / 1000.0;
}

static gint64 phase_t[6];
static const char *phase_names[] = { "before-paint", "update", "layout", "paint", "after-paint" };
static void
on_phase (GdkFrameClock *clock, gpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  gint64 now = g_get_monotonic_time ();
  if (g_getenv ("FS_TRACE") && i > 0 && phase_t[i - 1] && now - phase_t[i - 1] > 4000)
    g_printerr ("TRACE %.1f %s took %.1f ms\n", (now - started) / 1000.0, phase_names[i], (now - phase_t[i - 1]) / 1000.0);
  phase_t[i] = now;
}
static void
on_realize (GtkWidget *window)
{
  for (guint i = 0; i < 5; i++)
    g_signal_connect_after (gtk_widget_get_frame_clock (window), phase_names[i], G_CALLBACK (on_phase), GUINT_TO_POINTER (i));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

static void
wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
}

static gboolean
on_tick (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (g_getenv ("FS_TRACE") && last_tick > 0 && now - last_tick > 16000)
    g_printerr ("TRACE %.1f STALL %.1f ms\n", (now - started) / 1000.0, (now - last_tick) / 1000.0);
  if (last_tick > 0 && now - last_tick > max_stall)
    max_stall = now - last_tick;
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
wait_for_library (FsWindow *window)
{
  do
    wait_ms (20);
  while (fs_window_is_loading (window) || fs_library_view_is_refreshing (window->library_view));
}

/* Types a search a letter at a time, as a person would, and measures the
 * longest the main loop went without running. */
static void
measure_search (FsWindow *window)
{
  const char *word = "certificate";
  double typing, clearing;
  guint tick;

  wait_for_library (window);
  tick = g_timeout_add (1, on_tick, NULL);
  for (guint i = 1; i <= strlen (word); i++)
    {
      g_autofree char *typed = g_strndup (word, i);

      fs_library_view_set_search (window->library_view, typed);
      wait_ms (120);
    }
  wait_for_library (window);
  typing = max_stall / 1000.0;
  max_stall = 0;
  fs_library_view_set_search (window->library_view, "");
  wait_for_library (window);
  wait_ms (200);
  clearing = max_stall / 1000.0;
  g_source_remove (tick);
  g_print ("stall-typing-ms=%.2f stall-clearing-ms=%.2f\n", typing, clearing);
}

static void
on_activate_bare (GtkApplication *app)
{
  GtkWidget *window;
  if (g_getenv ("FS_TRACE"))
    g_printerr ("TRACE %.1f activate\n", (g_get_monotonic_time () - started) / 1000.0);
  window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Bare");
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (first_frame_ms < 0)
    g_main_context_iteration (NULL, TRUE);
  wait_ms (500);
  g_print ("first-frame-ms=%.2f rss-kb=%ld\n", first_frame_ms, resident_kb ());
  g_application_quit (G_APPLICATION (app));
}

static void
on_activate_app (GtkApplication *app,
                 gpointer        search)
{
  FsWindow *window = FS_WINDOW (gtk_application_get_active_window (app));

  while (first_frame_ms < 0)
    g_main_context_iteration (NULL, TRUE);
  wait_for_library (window);
  wait_ms (500);
  g_print ("first-frame-ms=%.2f rss-kb=%ld\n", first_frame_ms, resident_kb ());
  if (search != NULL)
    measure_search (window);
  g_application_quit (G_APPLICATION (app));
}

static gboolean
hook_window_realize (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (FS_IS_WINDOW (widget) && g_getenv ("FS_TRACE"))
    g_printerr ("TRACE %.1f realize\n", (g_get_monotonic_time () - started) / 1000.0);
  if (FS_IS_WINDOW (widget))
    on_realize (GTK_WIDGET (widget));
  return TRUE;
}

static void
trace_activate (void)
{
  g_printerr ("TRACE %.1f activate\n", (g_get_monotonic_time () - started) / 1000.0);
}

static int
run_child (const char *mode,
           gboolean    search)
{
  g_autoptr(GtkApplication) app = NULL;

  if (g_str_equal (mode, "bare"))
    {
      app = GTK_APPLICATION (adw_application_new ("io.github.foresight.Bare",
                                                  G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (on_activate_bare), NULL);
    }
  else
    {
      app = GTK_APPLICATION (fs_application_new ());
      if (g_getenv ("FS_TRACE"))
        g_signal_connect (app, "activate", G_CALLBACK (trace_activate), NULL);
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  hook_window_realize, NULL, NULL);
      g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_app),
                              search ? GINT_TO_POINTER (1) : NULL);
    }
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

static void
make_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (path, &error);
  g_autoptr(GPtrArray) documents = fs_test_generate_documents (N_DOCUMENTS);
  g_autoptr(GPtrArray) written = NULL;

  g_assert_no_error (error);
  written = fs_store_import (store, documents, &error);
  g_assert_no_error (error);
}

static char *
run_self (const char *self,
          const char *mode,
          const char *library,
          gboolean    search)
{
  const char *argv[] = { self, "--mode", mode, search ? "--search" : NULL, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "FORESIGHT_LIBRARY", library, TRUE);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_printerr ("a start in mode %s%s failed: %s\n", mode, search ? " with search" : "",
                error->message);
  return out;
}

static double
figure (const char *output,
        const char *name)
{
  g_autofree char *key = g_strconcat (name, "=", NULL);
  const char *at = strstr (output, key);

  return at ? g_ascii_strtod (at + strlen (key), NULL) : -1;
}

static const char *
verdict (double value,
         double limit)
{
  if (value < 0)
    return "NOT MEASURED";
  return value <= limit ? "met" : "MISSED";
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
measure_starts (const char *self,
                const char *mode,
                const char *library,
                double     *frame,
                double     *rss)
{
  double frames[RUNS], sizes[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *out = run_self (self, mode, library, FALSE);

      frames[i] = figure (out, "first-frame-ms");
      sizes[i] = figure (out, "rss-kb");
    }
  qsort (frames, RUNS, sizeof (double), compare_doubles);
  qsort (sizes, RUNS, sizeof (double), compare_doubles);
  *frame = frames[RUNS / 2];
  *rss = sizes[RUNS / 2];
}

/* The longest stall of one search is at the mercy of whatever else the
 * machine does at that moment: the figure is the median of several. */
static double
median_of_measured (double *values,
                    guint   n)
{
  guint measured = 0;

  qsort (values, n, sizeof (double), compare_doubles);
  while (measured < n && values[n - 1 - measured] >= 0)
    measured++;
  if (measured == 0)
    return -1;
  return values[n - measured + measured / 2];
}

static void
measure_searches (const char *self,
                  const char *library,
                  double     *typing,
                  double     *clearing)
{
  double typed[SEARCH_RUNS], cleared[SEARCH_RUNS];

  for (guint i = 0; i < SEARCH_RUNS; i++)
    {
      g_autofree char *searched = run_self (self, "app", library, TRUE);

      typed[i] = figure (searched, "stall-typing-ms");
      cleared[i] = figure (searched, "stall-clearing-ms");
    }
  *typing = median_of_measured (typed, SEARCH_RUNS);
  *clearing = median_of_measured (cleared, SEARCH_RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *library = NULL;
  double bare_frame, bare_rss, app_frame, app_rss, typing, clearing;

  started = g_get_monotonic_time ();
  if (argc >= 3 && g_str_equal (argv[1], "--mode"))
    return run_child (argv[2], argc >= 4 && g_str_equal (argv[3], "--search"));

  fs_test_init (&argc, &argv);
  dir = fs_test_make_dir ();
  library = g_build_filename (dir, "library.db", NULL);
  make_library (library);

  measure_starts (argv[0], "bare", library, &bare_frame, &bare_rss);
  measure_starts (argv[0], "app", library, &app_frame, &app_rss);
  measure_searches (argv[0], library, &typing, &clearing);

  g_print ("%u documents in the library, median of %u starts each and of %u searches\n",
           N_DOCUMENTS, RUNS, SEARCH_RUNS);
  g_print ("first frame: bare window %.1f ms, Foresight %.1f ms = %.2f x (target <= 1.30) %s\n",
           bare_frame, app_frame, app_frame / bare_frame,
           verdict (app_frame, 1.3 * bare_frame));
  g_print ("resident memory: bare window %.0f kB, Foresight %.0f kB = %.2f x (target <= 1.50) %s\n",
           bare_rss, app_rss, app_rss / bare_rss, verdict (app_rss, 1.5 * bare_rss));
  g_print ("longest main-loop stall while typing a search: %.1f ms (target <= 16) %s\n",
           typing, verdict (typing, 16));
  g_print ("longest main-loop stall when the search is cleared: %.1f ms (target <= 16) %s\n",
           clearing, verdict (clearing, 16));
  return 0;
}
