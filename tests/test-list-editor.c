/* test-list-editor.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fs-advice-row.h"
#include "fs-record-list-editor.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

typedef struct
{
  FsDocument         *document;
  FsEditHistory      *history;
  GListStore         *store;
  GtkWidget          *window;
  FsRecordListEditor *editor;
} Fixture;

static const FsListColumn step_columns[] = {
  { FS_STEP_TITLE, "Step" },
  { FS_STEP_DETAILS, "How" },
  { FS_STEP_EXPECTED, "What we should see" },
};

static const FsListColumn risk_columns[] = {
  { FS_RISK_TITLE, "What goes wrong" },
  { FS_RISK_SYMPTOMS, "How we would notice" },
  { FS_RISK_ACTIONS, "What we would do" },
  { FS_RISK_PROBABILITY, "Probability" },
  { FS_RISK_IMPACT, "Impact" },
  { FS_RISK_OWNER, "Owner" },
};

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  fixture->document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  fixture->history = fs_edit_history_new ();
}

/* The editor in a window of its own, with the application's style. */
static void
open_editor (Fixture                 *fixture,
             FsDocumentList           list,
             FsRecordListEditorFlags  flags,
             int                      width)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  gboolean risks = list == FS_DOCUMENT_RISKS;
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *editor;

  gtk_css_provider_load_from_resource (css, "/io/github/foresight/Foresight/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  fixture->store = fs_document_get_list (fixture->document, list);
  editor = fs_record_list_editor_new (fixture->document, list, fixture->history,
                                      risks ? "Risks" : "Happy path",
                                      risks ? "What could go wrong with this change?"
                                            : "The steps of the change when all goes well.",
                                      risks ? "Add Risk" : "Add Step",
                                      risks ? risk_columns : step_columns,
                                      risks ? G_N_ELEMENTS (risk_columns)
                                            : G_N_ELEMENTS (step_columns),
                                      flags);
  fixture->editor = FS_RECORD_LIST_EDITOR (editor);
  fs_record_list_editor_set_placeholder (fixture->editor, risks ? "Untitled risk"
                                                                : "Untitled step");
  gtk_widget_set_margin_top (editor, 24);
  gtk_widget_set_margin_bottom (editor, 24);
  gtk_widget_set_margin_start (editor, 12);
  gtk_widget_set_margin_end (editor, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), editor);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 720);
  gtk_window_set_child (GTK_WINDOW (fixture->window), scroller);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->editor), (gpointer *) &fixture->editor);
      fs_ui_test_close_popovers (fixture->window);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      fs_ui_test_settle ();
      /* The editor lets go of everything with its window. */
      g_assert_null (fixture->editor);
    }
  g_object_unref (fixture->history);
  g_object_unref (fixture->document);
}

static GtkWidget *
named (GtkWidget  *root,
       const char *name)
{
  GtkWidget *found = fs_ui_test_find_named (root, name);

  if (found == NULL)
    g_error ("No widget named %s", name);
  return found;
}

static GtkWidget *
item_row (Fixture *fixture,
          guint    position)
{
  g_autofree char *name = g_strdup_printf ("item-%u", position);

  return named (GTK_WIDGET (fixture->editor), name);
}

static FsRecord *
item_at (Fixture *fixture,
         guint    position)
{
  FsRecord *item = g_list_model_get_item (G_LIST_MODEL (fixture->store), position);

  g_object_unref (item); /* the store keeps it */
  return item;
}

static guint
n_items (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->store));
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_is_visible (button));
  /* A button takes the focus when it is pressed. */
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
}

static GtkWidget *
focus_of (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static gboolean
focus_is_inside (Fixture   *fixture,
                 GtkWidget *widget)
{
  GtkWidget *focus = focus_of (fixture);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

typedef struct
{
  Fixture   *fixture;
  GtkWidget *widget;
} FocusWait;

static gboolean
focus_arrived (gpointer data)
{
  FocusWait *wait = data;

  return focus_is_inside (wait->fixture, wait->widget);
}

static void
wait_for_focus (Fixture   *fixture,
                GtkWidget *widget)
{
  FocusWait wait = { fixture, widget };

  fs_ui_test_wait_until (focus_arrived, &wait);
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static gboolean
is_expanded (GtkWidget *row)
{
  return adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));
}

/* Types TEXT where the focus is, as a person would after the editor put it
 * there. */
static void
type_into_focus (Fixture    *fixture,
                 const char *text)
{
  GtkWidget *focus = focus_of (fixture);

  g_assert_nonnull (focus);
  if (GTK_IS_TEXT_VIEW (focus))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (focus), text);
}

static void
add_items (Fixture    *fixture,
           const char *first,
           ...)
{
  va_list args;

  fixture->store = fs_document_get_list (fixture->document, FS_DOCUMENT_HAPPY_PATH);
  va_start (args, first);
  for (const char *title = first; title != NULL; title = va_arg (args, const char *))
    fs_test_add_item (fixture->document, FS_DOCUMENT_HAPPY_PATH, "title", title, NULL);
  va_end (args);
}

static void
test_add_and_type (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *empty;
  GtkWidget *row;

  open_editor (fixture, FS_DOCUMENT_HAPPY_PATH, FS_RECORD_LIST_EDITOR_NUMBERED, 720);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (fixture->editor)), ==, "happy_path");
  empty = named (GTK_WIDGET (fixture->editor), "empty");
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_null (fs_ui_test_find_named (GTK_WIDGET (fixture->editor), "item-0"));
  fs_ui_test_screenshot (fixture->window, "list-editor-empty");

  click (named (GTK_WIDGET (fixture->editor), "add"));
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_true (FS_IS_STEP (item_at (fixture, 0)));
  g_assert_true (fs_edit_history_can_undo (fixture->history));
  row = item_row (fixture, 0);
  g_assert_true (is_expanded (row));
  g_assert_cmpstr (row_title (row), ==, "1. Untitled step");
  wait_for_focus (fixture, named (row, "title"));
  g_assert_false (gtk_widget_get_visible (empty));

  type_into_focus (fixture, "Drain the queue");
  g_assert_cmpstr (fs_record_get_text (item_at (fixture, 0), FS_STEP_TITLE), ==,
                   "Drain the queue");
  g_assert_cmpstr (row_title (row), ==, "1. Drain the queue");
  fs_record_set_text (item_at (fixture, 0), FS_STEP_DETAILS, "Stop the workers");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Stop the workers");

  /* Ctrl+Z takes the item back out, and the editor says it is empty again. */
  g_assert_true (fs_edit_history_undo (fixture->history));
  g_assert_cmpuint (n_items (fixture), ==, 0);
  g_assert_null (fs_ui_test_find_named (GTK_WIDGET (fixture->editor), "item-0"));
  g_assert_true (gtk_widget_get_visible (empty));
}

/* What Enter does in a text entry. */
static void
press_enter (GtkWidget *text)
{
  g_signal_emit_by_name (text, "activate");
}

static void
test_brainstorm (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *titles[] = { "Database fails over", "Cache goes cold", "Certificates expire" };
  GtkWidget *entry;
  GtkWidget *text;

  open_editor (fixture, FS_DOCUMENT_RISKS, FS_RECORD_LIST_EDITOR_BRAINSTORM, 720);
  fs_record_list_editor_set_brainstorm_title (fixture->editor,
                                              "New risk: type it and press Enter");
  entry = named (GTK_WIDGET (fixture->editor), "brainstorm");
  g_assert_cmpstr (row_title (entry), ==, "New risk: type it and press Enter");
  text = fs_ui_test_find (entry, GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  gtk_widget_grab_focus (entry);
  wait_for_focus (fixture, entry);

  /* Nothing typed, nothing added. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  press_enter (text);
  g_assert_cmpuint (n_items (fixture), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      type_into_focus (fixture, titles[i]);
      press_enter (text);
      g_assert_cmpuint (n_items (fixture), ==, i + 1);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
      g_assert_true (focus_is_inside (fixture, entry));
    }
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_assert_cmpstr (fs_record_get_text (item_at (fixture, i), FS_RISK_TITLE), ==, titles[i]);
      g_assert_cmpstr (row_title (item_row (fixture, i)), ==, titles[i]);
      /* Risks have ids of their own. */
      g_assert_cmpstr (fs_record_get_text (item_at (fixture, i), FS_RISK_ID), !=, "");
    }
  g_assert_false (is_expanded (item_row (fixture, 0)));
  fs_ui_test_screenshot (fixture->window, "list-editor-brainstorm");

  g_assert_true (fs_edit_history_undo (fixture->history));
  g_assert_cmpuint (n_items (fixture), ==, 2);
}

static gboolean
item_is_at (Fixture  *fixture,
            guint     position,
            FsRecord *item)
{
  return item_at (fixture, position) == item;
}

/* Presses KEYS on the real keyboard with our window holding it, until ITEM
 * has come to POSITION. Other tests may share the X server and take the
 * keyboard for their own windows in between, so a press can get lost. */
static void
press_keys_until (Fixture    *fixture,
                  const char *keys,
                  guint       position,
                  FsRecord   *item)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  g_autofree char *window = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", window, "key", keys, NULL };

  for (guint attempt = 0; attempt < 5 && !item_is_at (fixture, position, item); attempt++)
    {
      g_autoptr(GError) error = NULL;
      gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;
      int status = -1;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      while (!item_is_at (fixture, position, item) && g_get_monotonic_time () < until)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (2000);
    }
  g_assert_true (item_is_at (fixture, position, item));
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  FsRecord *a, *b, *c;
  GtkWidget *row_a, *row_b;

  add_items (fixture, "Alpha", "Bravo", "Charlie", NULL);
  a = item_at (fixture, 0);
  b = item_at (fixture, 1);
  c = item_at (fixture, 2);
  open_editor (fixture, FS_DOCUMENT_HAPPY_PATH, FS_RECORD_LIST_EDITOR_NUMBERED, 720);
  row_a = item_row (fixture, 0);
  row_b = item_row (fixture, 1);
  g_assert_cmpstr (row_title (row_b), ==, "2. Bravo");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_a), TRUE);
  fs_record_list_editor_expand (fixture->editor, 1);
  wait_for_focus (fixture, named (row_b, "title"));
  fs_ui_test_screenshot (fixture->window, "list-editor-numbered");

  click (named (row_b, "move-up"));
  g_assert_true (item_at (fixture, 0) == b);
  g_assert_true (item_at (fixture, 1) == a);
  g_assert_true (item_at (fixture, 2) == c);
  /* The rows went with their items, open as they were. */
  g_assert_true (item_row (fixture, 0) == row_b);
  g_assert_true (item_row (fixture, 1) == row_a);
  g_assert_cmpstr (row_title (row_b), ==, "1. Bravo");
  g_assert_cmpstr (row_title (row_a), ==, "2. Alpha");
  g_assert_true (is_expanded (row_a));
  g_assert_true (is_expanded (row_b));
  g_assert_true (gtk_widget_get_prev_sibling (row_a) == row_b);
  /* At the top, Move Up is off and the focus went to Move Down. */
  g_assert_false (gtk_widget_get_sensitive (named (row_b, "move-up")));
  g_assert_true (focus_is_inside (fixture, named (row_b, "move-down")));

  click (named (row_b, "move-down"));
  click (named (row_b, "move-down"));
  g_assert_true (item_at (fixture, 0) == a);
  g_assert_true (item_at (fixture, 1) == c);
  g_assert_true (item_at (fixture, 2) == b);
  g_assert_false (gtk_widget_get_sensitive (named (row_b, "move-down")));
  g_assert_true (focus_is_inside (fixture, named (row_b, "move-up")));

  /* Alt+Up and Alt+Down, pressed in a field of the item, move it too. */
  gtk_widget_grab_focus (named (row_b, "title"));
  wait_for_focus (fixture, named (row_b, "title"));
  press_keys_until (fixture, "alt+Up", 1, b);
  g_assert_true (focus_is_inside (fixture, named (row_b, "title")));
  press_keys_until (fixture, "alt+Down", 2, b);
  g_assert_true (focus_is_inside (fixture, named (row_b, "title")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "list-editor.move-up", NULL);
  g_assert_true (item_at (fixture, 1) == b);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "list-editor.move-down", NULL);
  g_assert_true (item_at (fixture, 2) == b);

  /* Each move is undone on its own. */
  g_assert_true (fs_edit_history_undo (fixture->history));
  g_assert_true (item_at (fixture, 1) == b);
  g_assert_true (item_row (fixture, 1) == row_b);
}

static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  FsRecord *a, *b, *c;
  GtkWidget *row_c;

  add_items (fixture, "Alpha", "Bravo", "Charlie", NULL);
  a = item_at (fixture, 0);
  b = item_at (fixture, 1);
  c = item_at (fixture, 2);
  open_editor (fixture, FS_DOCUMENT_HAPPY_PATH, FS_RECORD_LIST_EDITOR_NUMBERED, 720);
  row_c = item_row (fixture, 2);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_c), TRUE);
  fs_record_list_editor_expand (fixture->editor, 1);
  fs_ui_test_settle ();

  click (named (item_row (fixture, 1), "remove"));
  g_assert_cmpuint (n_items (fixture), ==, 2);
  g_assert_true (item_at (fixture, 0) == a);
  g_assert_true (item_at (fixture, 1) == c);
  g_assert_true (item_row (fixture, 1) == row_c);
  g_assert_cmpstr (row_title (row_c), ==, "2. Charlie");
  g_assert_null (fs_ui_test_find_named (GTK_WIDGET (fixture->editor), "item-2"));
  g_assert_true (focus_is_inside (fixture, row_c));

  g_assert_true (fs_edit_history_undo (fixture->history));
  g_assert_cmpuint (n_items (fixture), ==, 3);
  g_assert_true (item_at (fixture, 1) == b);
  g_assert_true (item_at (fixture, 2) == c);
  g_assert_cmpstr (row_title (item_row (fixture, 1)), ==, "2. Bravo");
  g_assert_true (gtk_widget_get_next_sibling (item_row (fixture, 1)) == row_c);
  g_assert_true (item_row (fixture, 2) == row_c);
  g_assert_cmpstr (row_title (row_c), ==, "3. Charlie");
  g_assert_true (is_expanded (row_c));
}

static void
test_advice (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *symptoms_advice = g_strdup_printf ("advice-%d", FS_RISK_SYMPTOMS);
  GtkWidget *row;
  GtkWidget *advice;
  GtkWidget *icon;
  GtkWidget *symptoms;

  open_editor (fixture, FS_DOCUMENT_RISKS, 0, 720);
  click (named (GTK_WIDGET (fixture->editor), "add"));
  row = item_row (fixture, 0);
  advice = named (row, symptoms_advice);
  icon = named (row, "advice-icon");
  wait_for_focus (fixture, named (row, "title"));
  /* A blank risk gets no advice yet. */
  fs_ui_test_settle ();
  g_assert_false (gtk_widget_get_visible (advice));
  g_assert_false (gtk_widget_get_visible (icon));

  type_into_focus (fixture, "Database fails over");
  fs_ui_test_wait_for_visible (advice, TRUE);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (icon), "suggestion"));
  /* The advice sits right under the field it is about. */
  symptoms = named (row, "symptoms");
  g_assert_true (gtk_widget_get_next_sibling (symptoms) == advice);
  fs_ui_test_screenshot (fixture->window, "list-editor-advice");

  gtk_widget_grab_focus (fs_ui_test_find (symptoms, GTK_TYPE_TEXT_VIEW));
  wait_for_focus (fixture, symptoms);
  type_into_focus (fixture, "Replication lag alert fires");
  g_assert_cmpstr (fs_record_get_list (item_at (fixture, 0), FS_RISK_SYMPTOMS)[0], ==,
                   "Replication lag alert fires");
  fs_ui_test_wait_for_visible (advice, FALSE);
}

static void
test_markup_shows_literally (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *row;
  GtkLabel *title;
  GtkLabel *subtitle;

  fs_test_add_item (fixture->document, FS_DOCUMENT_HAPPY_PATH, "title", "<b>Drain</b> & wait",
                    "details", "<i>a < b", NULL);
  open_editor (fixture, FS_DOCUMENT_HAPPY_PATH, 0, 720);
  row = item_row (fixture, 0);
  g_assert_cmpstr (row_title (row), ==, "<b>Drain</b> & wait");
  title = fs_ui_test_find_label (row, "<b>Drain</b> & wait");
  subtitle = fs_ui_test_find_label (row, "<i>a < b");
  g_assert_nonnull (title);
  g_assert_nonnull (subtitle);
  g_assert_false (gtk_label_get_use_markup (title));
  g_assert_false (gtk_label_get_use_markup (subtitle));

  fs_record_set_text (item_at (fixture, 0), FS_STEP_TITLE, "x <y> & z");
  g_assert_nonnull (fs_ui_test_find_label (row, "x <y> & z"));
}

static char *
describe_risk (FsRecord *item,
               gpointer  data)
{
  const char *owner = fs_record_get_text (item, FS_RISK_OWNER);

  return g_strdup_printf ("%s %g%s%s", (const char *) data,
                          fs_risk_get_score (FS_RISK (item)),
                          owner[0] != '\0' ? " · " : "", owner);
}

static void
fill_risks (Fixture *fixture)
{
  fs_test_add_item (fixture->document, FS_DOCUMENT_RISKS, "title",
                    "The database fails over in the middle of the migration",
                    "probability", 3.0, "impact", 4.0, "owner", "Database lead", NULL);
  fs_test_add_item (fixture->document, FS_DOCUMENT_RISKS, "title", "Cache goes cold",
                    "probability", 2.0, "impact", 3.0, NULL);
  fs_test_add_item (fixture->document, FS_DOCUMENT_RISKS, "title", "Certificates expire",
                    "probability", 1.0, "impact", 5.0, NULL);
}

static void
show_risks (Fixture *fixture,
            int      width)
{
  g_autoptr(GPtrArray) unused = NULL;

  fill_risks (fixture);
  open_editor (fixture, FS_DOCUMENT_RISKS, FS_RECORD_LIST_EDITOR_BRAINSTORM, width);
  fs_record_list_editor_set_brainstorm_title (fixture->editor,
                                              "New risk: type it and press Enter");
  fs_record_list_editor_set_describe_func (fixture->editor, describe_risk, g_strdup ("Score"),
                                           g_free);
  fs_record_list_editor_add_header_widget (fixture->editor,
                                           gtk_button_new_with_label ("Sort by Score"));
  gtk_widget_add_css_class (gtk_widget_get_prev_sibling (named (GTK_WIDGET (fixture->editor),
                                                                "add")), "flat");
  fs_record_list_editor_expand (fixture->editor, 1);
  wait_for_focus (fixture, named (item_row (fixture, 1), "title"));
}

static gboolean
add_shows_label (Fixture *fixture)
{
  GtkWidget *add = named (GTK_WIDGET (fixture->editor), "add");
  AdwSqueezer *squeezer = ADW_SQUEEZER (fs_ui_test_find (add, ADW_TYPE_SQUEEZER));

  return ADW_IS_BUTTON_CONTENT (adw_squeezer_get_visible_child (squeezer));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  show_risks (fixture, 720);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item_row (fixture, 0))),
                   ==, "Score 12 · Database lead");
  g_assert_true (add_shows_label (fixture));
  g_assert_true (gtk_widget_get_visible (named (item_row (fixture, 1), "advice-icon")));
  fs_ui_test_screenshot (fixture->window, "list-editor-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  fs_ui_test_settle ();
  g_assert_true (adw_style_manager_get_dark (style));
  fs_ui_test_screenshot (fixture->window, "list-editor-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  show_risks (fixture, 360);
  g_assert_cmpint (gtk_widget_get_width (fixture->window), <=, 360);
  /* Nothing sticks out of a narrow window. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->editor)), <=, 360 - 24);
  /* The Add button keeps its icon and leaves the room to the description. */
  g_assert_false (add_shows_label (fixture));
  fs_ui_test_screenshot (fixture->window, "list-editor-narrow");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

#define ADD(path, body) g_test_add (path, Fixture, NULL, setup, body, teardown)
  ADD ("/list-editor/add-and-type", test_add_and_type);
  ADD ("/list-editor/brainstorm", test_brainstorm);
  ADD ("/list-editor/move", test_move);
  ADD ("/list-editor/remove-and-undo", test_remove_and_undo);
  ADD ("/list-editor/advice", test_advice);
  ADD ("/list-editor/markup-shows-literally", test_markup_shows_literally);
  ADD ("/list-editor/screenshots", test_screenshots);
  ADD ("/list-editor/narrow", test_narrow);
#undef ADD

  return g_test_run ();
}
