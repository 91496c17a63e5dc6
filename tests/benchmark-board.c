/* benchmark-board.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Board with a big pre-mortem: 300 risks in 10 clusters. "build" is from
 * fs_board_view_set_document() on a fresh view until the first frame after
 * it has been painted (the top of each column: the cards further down follow
 * between frames, measured apart); "move" is one card moved to another column and place,
 * the view synced and the next frame painted. The figures are medians.
 *
 * The move does not save: the store is no part of the view, and the window
 * saves 700 ms after an edit, in a main-loop turn of its own. That save is
 * measured apart, as a stall of its own, into a temporary library.
 */

#include "config.h"

#include <adwaita.h>

#include "fs-board-view.h"
#include "fs-store.h"
#include "fs-test-util.h"

#define N_RISKS 300
#define N_RISKS_LARGE 1000
#define N_CLUSTERS 10
#define BUILD_RUNS 15
#define MOVE_RUNS 50
#define BUILD_GOAL_MS 50.0
#define MOVE_GOAL_MS 16.0

/* What the frame clock has done so far: frames painted, and when the last
 * one's layout and paint began and ended. */
static guint frames_painted;
static gint64 layout_began;
static gint64 layout_ended;
static gint64 paint_ended;

/* How many risks make_document() writes: the board of the goals first,
 * then a larger one to see how the figures grow. */
static guint n_risks = N_RISKS;

static const char *cluster_names[N_CLUSTERS] = {
  "Performance", "Security", "Timeline", "Feature gap", "Non-use", "Data migration",
  "Third parties", "Operations", "Support load", "Compliance",
};
static const char *systems[] = {
  "The payments database", "The checkout service", "The search index", "Single sign-on",
  "The nightly invoice run", "The thumbnail workers", "The public API gateway",
  "The order queue", "The pricing rules engine", "The CDN", "The feature-flag service",
  "The warehouse sync", "Outgoing email", "The audit trail", "The VAT calculator",
  "The Android app", "The partner webhooks", "The reporting replica",
};
static const char *failures[] = {
  "stops accepting writes", "answers three times more slowly", "drops about one request in fifty",
  "shows last week's prices", "runs out of database connections", "fails its health checks",
  "loses messages while it fails over", "rejects tokens that are still valid",
  "fills the disk with debug logs", "charges a few hundred customers twice",
  "times out for everyone in Europe", "keeps serving the previous release",
  "waits behind a lock on the orders table", "sends the same notification over and over",
};
static const char *circumstances[] = {
  "", "", " after the cut-over", " in the busiest hour of the week",
  " while the cache is still cold", " until the replica has caught up",
  " once the old cluster is switched off", " under the end-of-month load",
  " because the migration script is still running on a second host",
  " right after the certificates are rotated, and nobody is paged for it",
  " when the two regions disagree about which one is primary",
  ", and support only hears of it from angry customers the next morning",
};
static const char *owners[] = {
  "Amara Okafor", "Jonas Weber", "Priya Natarajan", "Luis Ortega", "Mei Tanaka",
  "Sofia Lindqvist", "Kwame Mensah", "Elena Petrova", "", "Hana Kim",
};

#define PICK(rand, list) (list[g_rand_int_range (rand, 0, G_N_ELEMENTS (list))])

/* The same document every time: clusters of uneven size, titles from a few
 * words to three lines and more, most risks rated, some not yet. */
static FsDocument *
make_document (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (300);
  const char * const *palette = fs_board_palette ();
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  GListStore *clusters = fs_document_get_list (document, FS_DOCUMENT_CLUSTERS);
  GListStore *risks = fs_document_get_list (document, FS_DOCUMENT_RISKS);
  const char *ids[N_CLUSTERS];

  fs_document_set_title (document, "Moving the shop to the new data centre");
  for (guint i = 0; i < N_CLUSTERS; i++)
    {
      g_autoptr(FsRecord) cluster = fs_document_new_item (document, FS_DOCUMENT_CLUSTERS);

      fs_record_set_text (cluster, FS_CLUSTER_NAME, cluster_names[i]);
      fs_record_set_text (cluster, FS_CLUSTER_COLOR, palette[i % 8]);
      g_list_store_append (clusters, cluster);
      ids[i] = fs_record_get_text (cluster, FS_CLUSTER_ID);
    }
  for (guint i = 0; i < n_risks; i++)
    {
      g_autoptr(FsRecord) risk = fs_document_new_item (document, FS_DOCUMENT_RISKS);
      g_autofree char *title = g_strdup_printf ("%s %s%s.", PICK (rand, systems),
                                                PICK (rand, failures), PICK (rand, circumstances));
      /* The first clusters draw more risks, as they do in a workshop. */
      guint cluster = g_rand_int_range (rand, 0, N_CLUSTERS);
      guint other = g_rand_int_range (rand, 0, N_CLUSTERS + 4);
      gboolean rated = g_rand_int_range (rand, 0, 10) > 0;

      fs_record_set_text (risk, FS_RISK_TITLE, title);
      fs_record_set_text (risk, FS_RISK_CLUSTER, ids[MIN (cluster, other)]);
      fs_record_set_text (risk, FS_RISK_OWNER, PICK (rand, owners));
      fs_record_set_number (risk, FS_RISK_PROBABILITY,
                            rated ? g_rand_int_range (rand, 2, 11) / 2.0 : 0);
      fs_record_set_number (risk, FS_RISK_IMPACT,
                            rated ? g_rand_int_range (rand, 2, 11) / 2.0 : 0);
      g_list_store_append (risks, risk);
    }
  return document;
}

static void
on_update (GdkFrameClock *clock)
{
  layout_began = g_get_monotonic_time ();
}

static void
on_layout (GdkFrameClock *clock)
{
  layout_ended = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  paint_ended = g_get_monotonic_time ();
  frames_painted++;
}

/* Connected after GTK's own handlers, so that "update" ends as the layout
 * begins and "layout" ends as the paint begins. */
static void
on_realize (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_after (clock, "update", G_CALLBACK (on_update), NULL);
  g_signal_connect_after (clock, "layout", G_CALLBACK (on_layout), NULL);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

/* Runs the main loop for MS milliseconds, so that the frame clock is idle
 * and paints the next frame at once instead of at its next vsync slot. */
static void
settle (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
}

static void
wait_for_frame_after (guint frames)
{
  while (frames_painted == frames)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
ms_between (gint64 from,
            gint64 to)
{
  return (to - from) / 1000.0;
}

/* Each figure with the parts it is made of: the calls (for a move, the edit
 * of the document alone as well), the layout and the paint of the frame that
 * shows it. */
typedef struct
{
  double total[MOVE_RUNS];
  double call[MOVE_RUNS];
  double edit[MOVE_RUNS];
  double layout[MOVE_RUNS];
  double paint[MOVE_RUNS];
} Timings;

G_STATIC_ASSERT (BUILD_RUNS <= MOVE_RUNS);

static void
note_frame (Timings *timings,
            guint    run,
            gint64   began,
            gint64   called)
{
  timings->total[run] = ms_between (began, paint_ended);
  timings->call[run] = ms_between (began, called);
  /* A frame without an update phase leaves the mark of an older one. */
  timings->layout[run] = ms_between (MAX (layout_began, called), layout_ended);
  timings->paint[run] = ms_between (layout_ended, paint_ended);
}

static void
print_parts (const char *name,
             Timings    *timings,
             guint       runs)
{
  double call = median (timings->call, runs);
  double edit = median (timings->edit, runs);
  double layout = median (timings->layout, runs);
  double paint = median (timings->paint, runs);
  double total = median (timings->total, runs);
  g_autofree char *edit_part = edit > 0 ? g_strdup_printf (", of which the edit %.1f ms", edit)
                                         : g_strdup ("");

  g_print ("%s: median %.1f ms of %u runs (calls %.1f ms%s; layout %.1f ms, paint %.1f ms); "
           "fastest %.1f ms, slowest %.1f ms\n", name, total, runs, call, edit_part, layout,
           paint, timings->total[0], timings->total[runs - 1]);
}

/* A fresh view each run, shown empty first, as the window holds one before
 * a document is opened. */
/* The first frame shows the top of each column; the rest of the cards come
 * in steps between frames. How long until all are there, and the longest
 * turn of the main loop on the way. */
static double rest_total[BUILD_RUNS];
static double rest_longest[BUILD_RUNS];

static void
note_rest (FsBoardView *view,
           FsDocument  *document,
           guint        run,
           gint64       began)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));
  double longest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, i);

      while (fs_board_view_get_card (view, risk) == NULL)
        {
          gint64 turn = g_get_monotonic_time ();

          g_main_context_iteration (NULL, TRUE);
          longest = MAX (longest, ms_between (turn, g_get_monotonic_time ()));
        }
    }
  rest_total[run] = ms_between (began, g_get_monotonic_time ());
  rest_longest[run] = longest;
}

static double
measure_build (GtkWindow *window,
               Timings   *timings)
{
  for (guint run = 0; run < BUILD_RUNS; run++)
    {
      g_autoptr(FsDocument) document = make_document ();
      g_autoptr(FsEditHistory) history = fs_edit_history_new ();
      GtkWidget *view = g_object_new (FS_TYPE_BOARD_VIEW, NULL);
      guint frames;
      gint64 began, called;

      gtk_window_set_child (window, view);
      settle (100);
      frames = frames_painted;
      began = g_get_monotonic_time ();
      fs_board_view_set_document (FS_BOARD_VIEW (view), document, history);
      called = g_get_monotonic_time ();
      wait_for_frame_after (frames);
      note_frame (timings, run, began, called);
      note_rest (FS_BOARD_VIEW (view), document, run, began);
      g_assert_nonnull (fs_board_view_get_column (FS_BOARD_VIEW (view), N_CLUSTERS));
      if (run == 0)
        g_print ("build: the first, with cold caches, took %.1f ms\n", timings->total[0]);
      if (run < BUILD_RUNS - 1)
        gtk_window_set_child (window, NULL);
    }
  print_parts ("build", timings, BUILD_RUNS);
  g_print ("rest of the cards: all %u shown after %.1f ms, the longest turn of the main loop "
           "on the way %.1f ms (medians)\n", n_risks, median (rest_total, BUILD_RUNS),
           median (rest_longest, BUILD_RUNS));
  return median (timings->total, BUILD_RUNS);
}

static double
measure_save (FsDocument *document)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FsStore) store = fs_store_open (path, &error);
  double saves[5];

  g_assert_no_error (error);
  g_assert_true (fs_store_save (store, document, &error));
  for (guint run = 0; run < G_N_ELEMENTS (saves); run++)
    {
      gint64 began = g_get_monotonic_time ();

      fs_document_touch (document);
      g_assert_true (fs_store_save (store, document, &error));
      g_assert_no_error (error);
      saves[run] = ms_between (began, g_get_monotonic_time ());
    }
  return median (saves, G_N_ELEMENTS (saves));
}

/* Cards go from one cluster to another, to a different place each time,
 * never to the end only: what a person sorting risks does. */
static double
measure_moves (FsBoardView   *view,
               FsDocument    *document,
               FsEditHistory *history,
               Timings       *timings)
{
  for (guint run = 0; run < MOVE_RUNS; run++)
    {
      guint from = 1 + run % N_CLUSTERS;
      guint to = 1 + (from - 1 + 1 + run % (N_CLUSTERS - 1)) % N_CLUSTERS;
      g_autoptr(GPtrArray) cards = fs_board_cards_in (document, from);
      g_autoptr(GPtrArray) there = fs_board_cards_in (document, to);
      FsRecord *card;
      guint frames;
      gint64 began, edited, called;

      g_assert_cmpuint (from, !=, to);
      g_assert_cmpuint (cards->len, >, 0);
      card = g_ptr_array_index (cards, (run * 7) % cards->len);
      settle (40);
      frames = frames_painted;
      began = g_get_monotonic_time ();
      fs_board_move_card (document, history, card, to, (run * 5) % (there->len + 1));
      edited = g_get_monotonic_time ();
      fs_board_view_sync (view);
      called = g_get_monotonic_time ();
      wait_for_frame_after (frames);
      note_frame (timings, run, began, called);
      timings->edit[run] = ms_between (began, edited);
      g_assert_cmpuint (fs_board_column_of (document, card), ==, to);
      g_assert_true (gtk_widget_is_ancestor (fs_board_view_get_card (view, card),
                                             fs_board_view_get_column (view, to)));
    }
  print_parts ("move", timings, MOVE_RUNS);
  return median (timings->total, MOVE_RUNS);
}

static const char *
verdict (double value,
         double goal)
{
  return value <= goal ? "met" : "MISSED";
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(FsDocument) document = NULL;
  g_autoptr(FsEditHistory) history = NULL;
  Timings build_timings = { 0 };
  Timings move_timings = { 0 };
  GtkWindow *window;
  FsBoardView *view;
  double build, move, save;

  fs_test_init (&argc, &argv);
  adw_init ();
  /* The cursor of a focused entry would blink, and paint frames of its own. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 760);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (window);
  while (frames_painted == 0)
    g_main_context_iteration (NULL, TRUE);

  n_risks = N_RISKS_LARGE;
  {
    g_autoptr(FsDocument) large = NULL;
    g_autoptr(FsEditHistory) large_history = fs_edit_history_new ();
    double large_build = measure_build (window, &build_timings);
    double large_move;

    view = FS_BOARD_VIEW (gtk_window_get_child (window));
    large = make_document ();
    fs_board_view_set_document (view, large, large_history);
    settle (300);
    large_move = measure_moves (view, large, large_history, &move_timings);
    g_print ("board-%u (no goal): build %.1f ms, move %.1f ms\n", N_RISKS_LARGE, large_build,
             large_move);
  }

  n_risks = N_RISKS;
  build = measure_build (window, &build_timings);
  view = FS_BOARD_VIEW (gtk_window_get_child (window));
  document = make_document ();
  history = fs_edit_history_new ();
  fs_board_view_set_document (view, document, history);
  settle (300);
  move = measure_moves (view, document, history, &move_timings);
  save = measure_save (document);

  g_print ("save of the document after a move (the window's autosave, a stall of its own, "
           "not in the move): %.1f ms\n", save);
  g_print ("goals: build and first layout <= %.0f ms %s, one move <= %.0f ms %s\n",
           BUILD_GOAL_MS, verdict (build, BUILD_GOAL_MS), MOVE_GOAL_MS,
           verdict (move, MOVE_GOAL_MS));
  g_print ("board-%u: build %.1f ms, move %.1f ms\n", N_RISKS, build, move);
  gtk_window_destroy (window);
  return 0;
}
