/* test-guide.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "fs-app-fixture.h"
#include "fs-guide.h"
#include "fs-method.h"
#include "fs-test-util.h"
#include "fs-ui-test-util.h"

/* The guide edits the open document in place. */

static FsGuide *
guide_of (Fixture *fixture)
{
  return FS_GUIDE (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view), FS_TYPE_GUIDE));
}

/* The row that edits FIELD, on whichever step holds it: that step is shown. */
static GtkWidget *
guide_row (Fixture    *fixture,
           const char *field)
{
  FsGuide *guide = guide_of (fixture);
  FsDocument *document = fs_window_get_document (fixture->window);
  GtkWidget *row = fs_ui_test_find_named (fs_guide_get_visible_step (guide), field);
  guint n_steps;

  fs_method_get_steps (fs_document_get_kind (document), &n_steps);
  for (guint i = 0; row == NULL && i < n_steps; i++)
    {
      fs_guide_show_step (guide, i);
      row = fs_ui_test_find_named (fs_guide_get_visible_step (guide), field);
    }
  g_assert_nonnull (row);
  return row;
}

static GtkTextBuffer *
guide_buffer (Fixture    *fixture,
              const char *field)
{
  GtkWidget *view = fs_ui_test_find (guide_row (fixture, field), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static GtkEditable *
guide_entry (Fixture    *fixture,
             const char *field)
{
  GtkWidget *row = guide_row (fixture, field);

  if (ADW_IS_ENTRY_ROW (row))
    return GTK_EDITABLE (row);
  return GTK_EDITABLE (fs_ui_test_find (row, GTK_TYPE_ENTRY));
}








static const char change_text[] = "Move orders to the <managed> database & more\n"
                                   "Then switch the <b>readers</b> over";

static void
fill_premortem (Fixture *fixture)
{
  gtk_text_buffer_set_text (guide_buffer (fixture, "overview_change"), change_text, -1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (guide_row (fixture, "overview_risk_level")), 2);
  gtk_editable_set_text (guide_entry (fixture, "schedule_window"), "Saturday 02:00–04:00");
  gtk_editable_set_text (guide_entry (fixture, "overview_failure_date"), "2026-11-21");
  gtk_text_buffer_set_text (guide_buffer (fixture, "rollback_triggers"),
                            "Error rate above 2 %\n\n  \nLatency above 1 s\n", -1);
}

static void
assert_premortem_answers (FsDocument *document)
{
  FsRecord *record = FS_RECORD (document);
  const char * const triggers[] = { "Error rate above 2 %", "Latency above 1 s", NULL };

  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_CHANGE), ==, change_text);
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_RISK_LEVEL), ==, "high");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_SCHEDULE_WINDOW), ==,
                   "Saturday 02:00–04:00");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE), ==,
                   "2026-11-21");
  g_assert_true (g_strv_equal (fs_record_get_list (record, FS_DOCUMENT_ROLLBACK_TRIGGERS),
                               triggers));
}

static gboolean
library_title_is (gpointer data)
{
  Fixture *fixture = data;
  GListModel *rows = fs_library_view_get_model (fixture->window->library_view);
  g_autoptr(FsRecord) row = NULL;

  if (fs_library_view_is_refreshing (fixture->window->library_view) ||
      g_list_model_get_n_items (rows) != 1)
    return FALSE;
  row = g_list_model_get_item (rows, 0);
  return g_strcmp0 (fs_record_get_text (row, FS_SUMMARY_TITLE), "Orders <cutover>") == 0;
}

static void
body_guide_edits_are_saved (Fixture *fixture)
{
  GtkEditable *date;
  g_autoptr(FsDocument) stored = NULL;
  GtkEditable *title;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  fill_premortem (fixture);
  /* Nothing is written while a person is still typing. */
  stored = load_open_document (fixture);
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (stored), FS_DOCUMENT_OVERVIEW_CHANGE), ==, "");
  g_clear_object (&stored);
  wait_for_stored (fixture, FS_DOCUMENT_OVERVIEW_CHANGE, change_text);
  stored = load_open_document (fixture);
  assert_premortem_answers (stored);
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (stored), FS_DOCUMENT_MODIFIED), >=,
                   fs_record_get_text (FS_RECORD (stored), FS_DOCUMENT_CREATED));

  /* A date that is no date shows as wrong and leaves the stored one be. */
  date = guide_entry (fixture, "overview_failure_date");
  gtk_editable_set_text (date, "2026-02-30");
  fs_ui_test_settle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  wait_past_autosave (fixture);
  g_clear_object (&stored);
  stored = load_open_document (fixture);
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (stored), FS_DOCUMENT_OVERVIEW_FAILURE_DATE), ==,
                   "2026-11-21");
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "2026-02-30");
  gtk_editable_set_text (date, "2026-12-01");
  fs_ui_test_settle ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  wait_for_stored (fixture, FS_DOCUMENT_OVERVIEW_FAILURE_DATE, "2026-12-01");

  /* The title at the top renames the document, in the library too. */
  title = GTK_EDITABLE (fs_ui_test_find (GTK_WIDGET (fixture->window->document_view),
                                         GTK_TYPE_TEXT));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title), "document-title"));
  gtk_editable_set_text (title, "Orders <cutover>");
  fs_ui_test_wait_until (library_title_is, fixture);
  gtk_editable_set_text (title, "   ");
  wait_past_autosave (fixture);
  g_clear_object (&stored);
  stored = load_open_document (fixture);
  g_assert_cmpstr (fs_document_get_title (stored), ==, "Orders <cutover>");
}

static void
body_guide_keeps_focus (Fixture *fixture)
{
  GtkTextBuffer *buffer;
  GtkWidget *view;
  GtkWidget *row;
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  /* A new document's title is first asked for in the library; pass on that. */
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  row = guide_row (fixture, "overview_reason");
  view = fs_ui_test_find (row, GTK_TYPE_TEXT_VIEW);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_true (gtk_widget_grab_focus (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "The old cluster", -1);
  wait_for_stored (fixture, FS_DOCUMENT_OVERVIEW_REASON, "The old cluster");

  /* The save neither rebuilt the guide nor moved the focus or the cursor. */
  g_assert_true (guide_row (fixture, "overview_reason") == row);
  g_assert_true (gtk_widget_get_root (view) == GTK_ROOT (fixture->window));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == view);
  gtk_text_buffer_insert_at_cursor (buffer, " runs out of support in May", -1);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "The old cluster runs out of support in May");
  wait_for_stored (fixture, FS_DOCUMENT_OVERVIEW_REASON, text);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == view);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-editable");
}

static void
body_postmortem_fields (Fixture *fixture)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 3, 1, 14, 30, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);
  g_autofree char *started = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  GtkSpinButton *users;
  g_autoptr(FsDocument) stored = NULL;
  const char * const went_well[] = { "Paging worked", "Rollback took 4 minutes", NULL };

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-postmortem", NULL);
  gtk_editable_set_text (guide_entry (fixture, "incident_started"), "2026-03-01 14:30");
  users = GTK_SPIN_BUTTON (fs_ui_test_find (guide_row (fixture, "impact_users_pct"),
                                            GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (users)), ==, "");
  gtk_spin_button_set_value (users, 12.5);
  gtk_switch_set_active (GTK_SWITCH (fs_ui_test_find (guide_row (fixture, "anonymize"),
                                                      GTK_TYPE_SWITCH)), TRUE);
  gtk_text_buffer_set_text (guide_buffer (fixture, "went_well"),
                            "Paging worked\nRollback took 4 minutes", -1);
  wait_for_stored (fixture, FS_DOCUMENT_INCIDENT_STARTED, started);
  stored = load_open_document (fixture);
  g_assert_cmpfloat (fs_record_get_number (FS_RECORD (stored), FS_DOCUMENT_IMPACT_USERS_PCT), ==,
                     12.5);
  g_assert_true (fs_record_get_boolean (FS_RECORD (stored), FS_DOCUMENT_ANONYMIZE));
  g_assert_true (g_strv_equal (fs_record_get_list (FS_RECORD (stored), FS_DOCUMENT_WENT_WELL),
                               went_well));

  /* An emptied amount is not known again. */
  gtk_editable_set_text (GTK_EDITABLE (users), "");
  gtk_spin_button_update (users);
  wait_past_autosave (fixture);
  g_clear_object (&stored);
  stored = load_open_document (fixture);
  g_assert_true (fs_record_is_empty (FS_RECORD (stored), FS_DOCUMENT_IMPACT_USERS_PCT));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (users)), ==, "");
}

static void
body_fill_and_quit (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  /* Quit before the pause is over: the answers are saved on the way out. */
  fill_premortem (fixture);
  g_assert_cmpuint (fixture->window->autosave_id, !=, 0);
}

static void
body_check_answers (Fixture *fixture)
{
  g_autoptr(FsDocument) stored = NULL;
  g_autofree char *shown = NULL;

  g_assert_nonnull (fs_window_get_document (fixture->window));
  stored = load_open_document (fixture);
  assert_premortem_answers (stored);
  assert_premortem_answers (fs_window_get_document (fixture->window));
  shown = buffer_text (guide_buffer (fixture, "overview_change"));
  g_assert_cmpstr (shown, ==, change_text);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (guide_row (fixture,
                                                                          "overview_risk_level"))),
                    ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (guide_entry (fixture, "overview_failure_date")), ==,
                   "2026-11-21");
}

static void
test_guide_answers_survive_restart (Fixture       *fixture,
                                    gconstpointer  data)
{
  run_app (fixture, body_fill_and_quit);
  run_app (fixture, body_check_answers);
}

static void
body_narrow_guide (Fixture *fixture)
{
  gtk_widget_hide (GTK_WIDGET (fixture->window));
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  fill_premortem (fixture);
  gtk_editable_set_text (guide_entry (fixture, "overview_failure_date"), "21.11.2026");
  fs_ui_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-editable-narrow");
}

/* Filling every step through its widgets. */

static GtkWidget *
step_part (Fixture    *fixture,
           const char *name)
{
  GtkWidget *part = fs_ui_test_find_named (fs_guide_get_visible_step (guide_of (fixture)), name);

  g_assert_nonnull (part);
  return part;
}

/* The editor of FIELD in item POSITION of the list editor named LIST. */
static GtkWidget *
item_field (Fixture    *fixture,
            const char *list,
            guint       position,
            const char *field)
{
  g_autofree char *item_name = g_strdup_printf ("item-%u", position);
  GtkWidget *item = fs_ui_test_find_named (step_part (fixture, list), item_name);
  GtkWidget *row;

  if (item == NULL)
    g_error ("%s has no %s", list, item_name);
  /* A person opens an item to see its fields. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item), TRUE);
  fs_ui_test_settle ();
  row = fs_ui_test_find_named (item, field);
  if (row == NULL)
    g_error ("%s of %s has no %s", item_name, list, field);
  return row;
}

static void
set_entry (GtkWidget  *row,
           const char *text)
{
  GtkWidget *editable = ADW_IS_ENTRY_ROW (row) ? row : fs_ui_test_find (row, GTK_TYPE_ENTRY);

  g_assert_nonnull (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
set_area (GtkWidget  *row,
          const char *text)
{
  GtkWidget *view = fs_ui_test_find (row, GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
set_spin (GtkWidget *row,
          double     value)
{
  GtkWidget *spin = fs_ui_test_find (row, GTK_TYPE_SPIN_BUTTON);

  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static void
set_switch (GtkWidget *row,
            gboolean   active)
{
  gtk_switch_set_active (GTK_SWITCH (fs_ui_test_find (row, GTK_TYPE_SWITCH)), active);
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  fs_ui_test_settle ();
}

static void
add_item (Fixture    *fixture,
          const char *list)
{
  click (fs_ui_test_find_named (step_part (fixture, list), "add"));
}

static void
next_step (Fixture    *fixture,
           const char *expected_id)
{
  GtkWidget *next = fs_ui_test_find_action_button (GTK_WIDGET (guide_of (fixture)), "guide.next");

  g_assert_nonnull (next);
  click (next);
  g_assert_cmpstr (gtk_widget_get_name (fs_guide_get_visible_step (guide_of (fixture))), ==,
                   expected_id);
}

static void
brainstorm (Fixture    *fixture,
            const char *text)
{
  GtkWidget *entry = step_part (fixture, "brainstorm");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "entry-activated");
  fs_ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static void
fill_every_step (Fixture *fixture)
{
  GtkWidget *framing;
  AdwComboRow *cluster;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (gtk_widget_get_name (fs_guide_get_visible_step (guide_of (fixture))), ==,
                   "overview");

  set_area (step_part (fixture, "overview_change"), "Move the orders database to the managed service");
  set_area (step_part (fixture, "overview_reason"), "The old host is out of support in May");
  set_area (step_part (fixture, "overview_history"), "The last move took two nights");
  adw_combo_row_set_selected (ADW_COMBO_ROW (step_part (fixture, "overview_risk_level")), 2);
  set_entry (step_part (fixture, "overview_failure_date"), "2027-05-01");
  fs_ui_test_settle ();
  framing = step_part (fixture, "failure-framing");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (framing)), ==,
                   "It is 1 May 2027. This change has failed. What happened?");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-1-overview");

  next_step (fixture, "timeline");
  set_entry (step_part (fixture, "schedule_start"), "Saturday 02:00");
  set_entry (step_part (fixture, "schedule_window"), "Two hours");
  set_entry (step_part (fixture, "schedule_takes_effect"), "At once");
  add_item (fixture, "timeline");
  set_entry (item_field (fixture, "timeline", 0, "when"), "02:00");
  set_entry (item_field (fixture, "timeline", 0, "who"), "Dana (database lead)");
  set_area (item_field (fixture, "timeline", 0, "actions"), "Stop writes\nWatch the replication dashboard");
  add_item (fixture, "people");
  set_entry (item_field (fixture, "people", 0, "name"), "Dana");
  set_entry (item_field (fixture, "people", 0, "role"), "Database lead");
  set_entry (item_field (fixture, "people", 0, "responsibilities"), "Runs the move");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-2-timeline");

  next_step (fixture, "happy-path");
  add_item (fixture, "happy_path");
  set_entry (item_field (fixture, "happy_path", 0, "title"), "Stop writes");
  set_entry (item_field (fixture, "happy_path", 0, "details"), "Flip the maintenance flag");
  set_entry (item_field (fixture, "happy_path", 0, "expected"), "Write rate drops to zero");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-3-happy-path");

  next_step (fixture, "risks");
  brainstorm (fixture, "Replica lag leaves recent orders missing after the switch");
  set_area (item_field (fixture, "risks", 0, "symptoms"), "Order count differs\nSupport tickets");
  set_entry (item_field (fixture, "risks", 0, "user_effects"), "Recent orders vanish");
  set_switch (item_field (fixture, "risks", 0, "data_affected"), TRUE);
  set_area (item_field (fixture, "risks", 0, "actions"), "Wait for lag zero before the switch");
  set_switch (item_field (fixture, "risks", 0, "fix_without_deploy"), TRUE);
  set_entry (item_field (fixture, "risks", 0, "cleanup"), "Replay the missing orders");
  set_spin (item_field (fixture, "risks", 0, "probability"), 2.5);
  set_spin (item_field (fixture, "risks", 0, "impact"), 4);
  set_entry (item_field (fixture, "risks", 0, "owner"), "Dana");
  add_item (fixture, "clusters");
  set_entry (item_field (fixture, "clusters", 0, "name"), "Data");
  fs_ui_test_settle ();
  cluster = ADW_COMBO_ROW (item_field (fixture, "risks", 0, "cluster"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (cluster)), ==, 2);
  adw_combo_row_set_selected (cluster, 1);
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-4-risks");

  next_step (fixture, "rollback");
  set_area (step_part (fixture, "rollback_triggers"), "Error rate above 2 %");
  set_area (step_part (fixture, "rollback_steps"), "Point the app back\nResume writes");
  set_entry (step_part (fixture, "rollback_performed_by"), "Dana or the on-call lead");
  set_area (step_part (fixture, "rollback_prepared"), "A reviewed revert");
  set_area (step_part (fixture, "rollback_point_of_no_return"), "Once the old host is wiped");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-5-rollback");

  next_step (fixture, "go-no-go");
  add_item (fixture, "criteria");
  set_entry (item_field (fixture, "criteria", 0, "text"), "Replication lag is zero");
  set_entry (item_field (fixture, "criteria", 0, "owner"), "Dana");
  adw_combo_row_set_selected (ADW_COMBO_ROW (item_field (fixture, "criteria", 0, "state")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (step_part (fixture, "go_no_go_decision")), 1);
  set_entry (step_part (fixture, "go_no_go_decided_by"), "Head of engineering");
  set_entry (step_part (fixture, "go_no_go_decided_at"), "Friday 17:00");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-6-go-no-go");

  next_step (fixture, "review");
  add_item (fixture, "action_items");
  set_entry (item_field (fixture, "action_items", 0, "text"), "Rehearse the move on staging");
  set_entry (item_field (fixture, "action_items", 0, "owner"), "Dana");
  set_entry (item_field (fixture, "action_items", 0, "due"), "2027-04-20");
  fs_ui_test_settle ();
}

static void
assert_every_answer (FsDocument *document)
{
  FsRecord *record = FS_RECORD (document);
  g_autoptr(FsRecord) row = NULL;
  g_autoptr(FsRecord) person = NULL;
  g_autoptr(FsRecord) step = NULL;
  g_autoptr(FsRecord) risk = NULL;
  g_autoptr(FsRecord) criterion = NULL;
  g_autoptr(FsRecord) item = NULL;
  const char * const actions[] = { "Stop writes", "Watch the replication dashboard", NULL };
  const char * const symptoms[] = { "Order count differs", "Support tickets", NULL };
  const char * const rollback_steps[] = { "Point the app back", "Resume writes", NULL };

#define ITEM(var, list) \
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document, list))), ==, 1); \
  var = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document, list)), 0)

  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_HISTORY), ==,
                   "The last move took two nights");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_RISK_LEVEL), ==, "high");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE), ==, "2027-05-01");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT), ==, "At once");
  ITEM (row, FS_DOCUMENT_TIMELINE);
  g_assert_cmpstr (fs_record_get_text (row, FS_TIMELINE_ENTRY_WHO), ==, "Dana (database lead)");
  g_assert_true (g_strv_equal (fs_record_get_list (row, FS_TIMELINE_ENTRY_ACTIONS), actions));
  ITEM (person, FS_DOCUMENT_PEOPLE);
  g_assert_cmpstr (fs_record_get_text (person, FS_PERSON_ROLE), ==, "Database lead");
  ITEM (step, FS_DOCUMENT_HAPPY_PATH);
  g_assert_cmpstr (fs_record_get_text (step, FS_STEP_EXPECTED), ==, "Write rate drops to zero");
  ITEM (risk, FS_DOCUMENT_RISKS);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_TITLE), ==,
                   "Replica lag leaves recent orders missing after the switch");
  g_assert_true (g_strv_equal (fs_record_get_list (risk, FS_RISK_SYMPTOMS), symptoms));
  g_assert_true (fs_record_get_boolean (risk, FS_RISK_DATA_AFFECTED));
  g_assert_true (fs_record_get_boolean (risk, FS_RISK_FIX_WITHOUT_DEPLOY));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_CLEANUP), ==, "Replay the missing orders");
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_PROBABILITY), ==, 2.5);
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 4);
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_OWNER), ==, "Dana");
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_CLUSTER), ==, "c1");
  g_assert_true (g_strv_equal (fs_record_get_list (record, FS_DOCUMENT_ROLLBACK_STEPS),
                               rollback_steps));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN), ==,
                   "Once the old host is wiped");
  ITEM (criterion, FS_DOCUMENT_CRITERIA);
  g_assert_cmpstr (fs_record_get_text (criterion, FS_CRITERION_STATE), ==, "go");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_GO_NO_GO_DECISION), ==, "go");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_GO_NO_GO_DECIDED_AT), ==,
                   "Friday 17:00");
  ITEM (item, FS_DOCUMENT_ACTION_ITEMS);
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_DUE), ==, "2027-04-20");
#undef ITEM
}

static FsMethodProgress
mark_of (Fixture    *fixture,
         const char *step_id)
{
  g_autofree char *name = g_strconcat ("step-", step_id, NULL);
  GtkWidget *row = fs_ui_test_find_named (GTK_WIDGET (guide_of (fixture)), name);

  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fs-progress"));
}

typedef struct
{
  Fixture    *fixture;
  const char *step_id;
  int         progress;
} MarkCheck;

static gboolean
mark_is (gpointer data)
{
  MarkCheck *check = data;

  return mark_of (check->fixture, check->step_id) == (FsMethodProgress) check->progress;
}

static void
wait_for_mark (Fixture          *fixture,
               const char       *step_id,
               FsMethodProgress  progress)
{
  MarkCheck check = { fixture, step_id, progress };

  fs_ui_test_wait_until (mark_is, &check);
}

static void
body_fill_every_step (Fixture *fixture)
{
  static const char *steps[] = { "overview", "timeline", "happy-path", "risks", "rollback",
                                 "go-no-go", "review" };
  GtkWidget *completeness;

  fill_every_step (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    wait_for_mark (fixture, steps[i], FS_METHOD_PROGRESS_COMPLETE);
  completeness = step_part (fixture, "completeness");
  g_assert_true (gtk_widget_get_mapped (completeness));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-7-review");
}

static void
body_find_every_answer (Fixture *fixture)
{
  FsDocument *document = fs_window_get_document (fixture->window);
  g_autoptr(FsDocument) stored = NULL;
  GtkWidget *row;

  g_assert_nonnull (document);
  stored = load_open_document (fixture);
  assert_every_answer (stored);
  /* And in the guide's widgets. */
  fs_guide_show_step (guide_of (fixture), 3);
  row = item_field (fixture, "risks", 0, "owner");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Dana");
  row = item_field (fixture, "risks", 0, "probability");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (fs_ui_test_find (row,
                                                           GTK_TYPE_SPIN_BUTTON))), ==, 2.5);
  fs_guide_show_step (guide_of (fixture), 1);
  row = item_field (fixture, "timeline", 0, "when");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "02:00");
  wait_for_mark (fixture, "review", FS_METHOD_PROGRESS_COMPLETE);
}

static void
test_every_step_survives_restart (Fixture       *fixture,
                                  gconstpointer  data)
{
  run_app (fixture, body_fill_every_step);
  run_app (fixture, body_find_every_answer);
}

/* Marks, and the steps they stand for. */

static void
body_marks_and_navigation (Fixture *fixture)
{
  FsGuide *guide;
  GtkWidget *link;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  guide = guide_of (fixture);
  g_assert_cmpint (mark_of (fixture, "overview"), ==, FS_METHOD_PROGRESS_EMPTY);
  g_assert_cmpint (mark_of (fixture, "review"), ==, FS_METHOD_PROGRESS_EMPTY);

  set_area (step_part (fixture, "overview_change"), "Move the orders database");
  wait_for_mark (fixture, "overview", FS_METHOD_PROGRESS_STARTED);
  wait_for_mark (fixture, "review", FS_METHOD_PROGRESS_STARTED);
  g_assert_cmpint (mark_of (fixture, "timeline"), ==, FS_METHOD_PROGRESS_EMPTY);

  /* Any step opens from the list; Back and Next walk them in order. */
  g_signal_emit_by_name (gtk_widget_get_parent (fs_ui_test_find_named (GTK_WIDGET (guide), "step-rollback")),
                         "row-activated", fs_ui_test_find_named (GTK_WIDGET (guide), "step-rollback"));
  g_assert_cmpuint (fs_guide_get_step (guide), ==, 4);
  click (fs_ui_test_find_action_button (GTK_WIDGET (guide), "guide.previous"));
  g_assert_cmpuint (fs_guide_get_step (guide), ==, 3);

  /* The review's lines lead to their steps. */
  fs_guide_show_step (guide, 6);
  link = fs_ui_test_find_named (step_part (fixture, "completeness"), "happy-path-link");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "activate");
  fs_ui_test_settle ();
  g_assert_cmpuint (fs_guide_get_step (guide), ==, 2);
}

/* List edits undo and redo with the keyboard. */

/* The FIELD of each item of LIST, joined by commas. */
static char *
titles_of (FsDocument     *document,
           FsDocumentList  list,
           guint           field)
{
  GListModel *items = G_LIST_MODEL (fs_document_get_list (document, list));
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "," : "", fs_record_get_text (item, field));
    }
  return g_string_free (titles, FALSE);
}

static char *
stored_titles (Fixture        *fixture,
               FsDocumentList  list,
               guint           field)
{
  g_autoptr(FsDocument) stored = load_open_document (fixture);

  return titles_of (stored, list, field);
}

static char *
open_titles (Fixture        *fixture,
             FsDocumentList  list,
             guint           field)
{
  return titles_of (fs_window_get_document (fixture->window), list, field);
}

#define assert_open_titles(fixture, list, field, expected)            \
  G_STMT_START {                                                      \
    g_autofree char *titles_ = open_titles (fixture, list, field);    \
    g_assert_cmpstr (titles_, ==, expected);                          \
  } G_STMT_END

typedef struct
{
  Fixture        *fixture;
  FsDocumentList  list;
  guint           field;
  const char     *expected;
} TitlesCheck;

static gboolean
titles_are (gpointer data)
{
  TitlesCheck *check = data;
  g_autofree char *titles = open_titles (check->fixture, check->list, check->field);

  return g_str_equal (titles, check->expected);
}

/* Keys pressed reach the window in their own time. */
static void
wait_for_open_titles (Fixture        *fixture,
                      FsDocumentList  list,
                      guint           field,
                      const char     *expected)
{
  TitlesCheck check = { fixture, list, field, expected };

  fs_ui_test_wait_until (titles_are, &check);
}

typedef struct
{
  Fixture *fixture;
  guint    step;
} StepCheck;

static gboolean
step_is (gpointer data)
{
  StepCheck *check = data;

  return fs_guide_get_step (guide_of (check->fixture)) == check->step;
}

static void
wait_for_step (Fixture *fixture,
               guint    step)
{
  StepCheck check = { fixture, step };

  fs_ui_test_wait_until (step_is, &check);
}

static void
focus_in_step (Fixture    *fixture,
               const char *name)
{
  GtkWidget *widget = step_part (fixture, name);

  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_grab_focus (widget));
  fs_ui_test_settle ();
}

static void
body_reorder_and_undo (Fixture *fixture)
{
  const char *titles[] = { "Stop writes", "Copy the data", "Switch readers" };
  g_autofree char *stored = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  fs_guide_show_step (guide_of (fixture), 2);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      add_item (fixture, "happy_path");
      set_entry (item_field (fixture, "happy_path", i, "title"), titles[i]);
    }
  assert_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                      "Stop writes,Copy the data,Switch readers");

  click (fs_ui_test_find_named (fs_ui_test_find_named (step_part (fixture, "happy_path"), "item-0"), "move-down"));
  assert_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                      "Copy the data,Stop writes,Switch readers");
  click (fs_ui_test_find_named (fs_ui_test_find_named (step_part (fixture, "happy_path"), "item-2"), "move-up"));
  assert_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                      "Copy the data,Switch readers,Stop writes");
  wait_past_autosave (fixture);
  stored = stored_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE);
  g_assert_cmpstr (stored, ==, "Copy the data,Switch readers,Stop writes");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-reordered");

  /* Ctrl+Z from outside a text field undoes the moves, one at a time;
   * Ctrl+Shift+Z does one again. */
  focus_in_step (fixture, "add");
  fs_ui_test_press_keys ("ctrl+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                        "Copy the data,Stop writes,Switch readers");
  fs_ui_test_press_keys ("ctrl+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                        "Stop writes,Copy the data,Switch readers");
  fs_ui_test_press_keys ("ctrl+shift+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE,
                        "Copy the data,Stop writes,Switch readers");
  wait_past_autosave (fixture);
  g_clear_pointer (&stored, g_free);
  stored = stored_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE);
  g_assert_cmpstr (stored, ==, "Copy the data,Stop writes,Switch readers");

  /* Alt+arrows walk the steps. */
  fs_ui_test_press_keys ("alt+Right");
  wait_for_step (fixture, 3);
  fs_ui_test_press_keys ("alt+Left");
  wait_for_step (fixture, 2);
  fs_ui_test_press_keys ("alt+Left");
  wait_for_step (fixture, 1);
}

#define BRAINSTORMED "Replica lag leaves recent orders missing," \
                     "The new pool runs out of connections at peak," \
                     "Backups of the managed service are not tested"

static void
remove_item (Fixture    *fixture,
             const char *list,
             guint       position)
{
  g_autofree char *name = g_strdup_printf ("item-%u", position);

  /* Its buttons are there once it is open. */
  item_field (fixture, list, position, "title");
  click (fs_ui_test_find_named (fs_ui_test_find_named (step_part (fixture, list), name),
                                "remove"));
}

static void
body_delete_risk_and_undo (Fixture *fixture)
{
  GtkLabel *undo;
  GtkWidget *entry;
  g_autoptr(FsRecord) first = NULL;
  g_autoptr(FsRecord) back = NULL;
  GListModel *risks;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  fs_guide_show_step (guide_of (fixture), 3);
  brainstorm (fixture, "Replica lag leaves recent orders missing");
  brainstorm (fixture, "The new pool runs out of connections at peak");
  brainstorm (fixture, "Backups of the managed service are not tested");
  risks = G_LIST_MODEL (fs_document_get_list (fs_window_get_document (fixture->window),
                                              FS_DOCUMENT_RISKS));
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 3);
  /* The entry stays ready for the next one. */
  entry = step_part (fixture, "brainstorm");
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-brainstorm");

  first = g_list_model_get_item (risks, 0);
  set_spin (item_field (fixture, "risks", 0, "probability"), 2);
  remove_item (fixture, "risks", 0);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 2);
  wait_past_autosave (fixture);
  {
    g_autofree char *stored = stored_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE);

    g_assert_null (strstr (stored, "Replica lag"));
  }

  focus_in_step (fixture, "add");
  fs_ui_test_press_keys ("ctrl+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE, BRAINSTORMED);
  back = g_list_model_get_item (risks, 0);
  g_assert_true (back == first);
  g_assert_cmpfloat (fs_record_get_number (back, FS_RISK_PROBABILITY), ==, 2);
  g_assert_nonnull (fs_ui_test_find_named (step_part (fixture, "risks"), "item-2"));
  wait_past_autosave (fixture);
  {
    g_autofree char *stored = stored_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE);

    g_assert_true (g_str_has_prefix (stored, "Replica lag"));
  }

  /* The toast that tells of a removal takes it back too. */
  remove_item (fixture, "risks", 1);
  g_assert_nonnull (fs_ui_test_find_label (GTK_WIDGET (guide_of (fixture)),
                                           "“The new pool runs out of connections at peak” removed"));
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-removed-toast");
  undo = fs_ui_test_find_label (GTK_WIDGET (guide_of (fixture)), "Undo");
  g_assert_nonnull (undo);
  click (gtk_widget_get_ancestor (GTK_WIDGET (undo), GTK_TYPE_BUTTON));
  assert_open_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE, BRAINSTORMED);

  /* Sorting by score is an edit like the others. */
  set_spin (item_field (fixture, "risks", 2, "probability"), 4);
  set_spin (item_field (fixture, "risks", 2, "impact"), 4);
  click (step_part (fixture, "sort-by-score"));
  {
    g_autofree char *sorted = open_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE);

    g_assert_true (g_str_has_prefix (sorted, "Backups"));
  }
  focus_in_step (fixture, "add");
  fs_ui_test_press_keys ("ctrl+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_RISKS, FS_RISK_TITLE, BRAINSTORMED);
}

/* Typing in a field, Ctrl+Z takes back the typing, not a list edit. */
static void
body_text_undo_stays_in_field (Fixture *fixture)
{
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  fs_guide_show_step (guide_of (fixture), 2);
  add_item (fixture, "happy_path");
  add_item (fixture, "happy_path");
  row = item_field (fixture, "happy_path", 1, "title");
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_grab_focus (row));
  fs_ui_test_press_keys ("W a i t");
  wait_for_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE, ",Wait");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Wait");
  fs_ui_test_press_keys ("ctrl+z");
  wait_for_open_titles (fixture, FS_DOCUMENT_HAPPY_PATH, FS_STEP_TITLE, ",");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (
                      fs_window_get_document (fixture->window), FS_DOCUMENT_HAPPY_PATH))), ==, 2);
}

/* The coach speaks beside the field it means, and falls silent once answered. */

static void
wait_for_advice (GtkWidget  *row,
                 gboolean    shown,
                 const char *id)
{
  fs_ui_test_wait_for_visible (row, shown);
  if (shown)
    g_assert_nonnull (strstr (g_object_get_data (G_OBJECT (row), "fs-advice-ids"), id));
}

typedef struct
{
  GtkWidget  *row;
  const char *id;
} AdviceGone;

static gboolean
advice_is_gone (gpointer data)
{
  AdviceGone *gone = data;
  const char *ids = g_object_get_data (G_OBJECT (gone->row), "fs-advice-ids");

  return !gtk_widget_get_visible (gone->row) || ids == NULL || strstr (ids, gone->id) == NULL;
}

/* The advice ID is no longer given in ROW, whatever else still is. */
static void
wait_for_advice_gone (GtkWidget  *row,
                      const char *id)
{
  AdviceGone gone = { row, id };

  fs_ui_test_wait_until (advice_is_gone, &gone);
}

static GtkWidget *
advice_below (GtkWidget  *root,
              guint       field)
{
  g_autofree char *name = g_strdup_printf ("advice-%u", field);

  return fs_ui_test_find_named (root, name);
}

static void
body_coaching_appears (Fixture *fixture)
{
  GtkWidget *item;
  GtkWidget *advice;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));

  /* A risk that only says "issues". */
  fs_guide_show_step (guide_of (fixture), 3);
  brainstorm (fixture, "Database issues");
  item_field (fixture, "risks", 0, "title");
  item = fs_ui_test_find_named (step_part (fixture, "risks"), "item-0");
  advice = advice_below (item, FS_RISK_TITLE);
  wait_for_advice (advice, TRUE, "risk-vague");
  wait_for_advice (advice_below (item, FS_RISK_SYMPTOMS), TRUE, "risk-no-symptoms");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-coaching");
  set_entry (item_field (fixture, "risks", 0, "title"),
             "Replica lag leaves the last minute of orders missing after the switch");
  wait_for_advice (advice, FALSE, NULL);
  set_area (item_field (fixture, "risks", 0, "symptoms"), "Order count differs");
  wait_for_advice (advice_below (item, FS_RISK_SYMPTOMS), FALSE, NULL);

  /* A high score needs an owner. */
  set_spin (item_field (fixture, "risks", 0, "probability"), 3);
  set_spin (item_field (fixture, "risks", 0, "impact"), 4);
  wait_for_advice (advice_below (item, FS_RISK_OWNER), TRUE, "risk-no-owner");
  set_entry (item_field (fixture, "risks", 0, "owner"), "Dana");
  wait_for_advice (advice_below (item, FS_RISK_OWNER), FALSE, NULL);

  /* With risks written, the rollback plan needs its triggers and its people. */
  fs_guide_show_step (guide_of (fixture), 4);
  advice = advice_below (fs_guide_get_visible_step (guide_of (fixture)),
                         FS_DOCUMENT_ROLLBACK_TRIGGERS);
  wait_for_advice (advice, TRUE, "rollback-no-trigger");
  wait_for_advice (advice_below (fs_guide_get_visible_step (guide_of (fixture)),
                                 FS_DOCUMENT_ROLLBACK_PERFORMED_BY),
                   TRUE, "rollback-no-performer");
  set_area (step_part (fixture, "rollback_triggers"), "Error rate above 2 % for 5 minutes");
  wait_for_advice (advice, FALSE, NULL);

  /* A happy-path step without what we expect to see. */
  fs_guide_show_step (guide_of (fixture), 2);
  add_item (fixture, "happy_path");
  set_entry (item_field (fixture, "happy_path", 0, "title"), "Stop writes");
  item = fs_ui_test_find_named (step_part (fixture, "happy_path"), "item-0");
  wait_for_advice (advice_below (item, FS_STEP_EXPECTED), TRUE, "step-no-expectation");
  set_entry (item_field (fixture, "happy_path", 0, "expected"), "Write rate drops to zero");
  wait_for_advice (advice_below (item, FS_STEP_EXPECTED), FALSE, NULL);
}

/* Someone who never pauses is saved all the same, within a second. */
static void
body_continuous_typing_is_saved (Fixture *fixture)
{
  GtkTextBuffer *buffer;
  g_autoptr(FsDocument) stored = NULL;
  const char *words[] = { "Move ", "the ", "orders ", "database ", "to ", "the ", "managed ",
                          "service ", "on ", "Saturday ", "night ", "with ", "a ", "rehearsal " };

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fs_ui_test_find (
                                       step_part (fixture, "overview_change"), GTK_TYPE_TEXT_VIEW)));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      GtkTextIter end;
      gint64 until = g_get_monotonic_time () + 150 * 1000;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, words[i], -1);
      while (g_get_monotonic_time () < until)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (2000);
    }
  /* Still typing: two seconds of it are in the library already. */
  stored = load_open_document (fixture);
  g_assert_true (g_str_has_prefix (fs_record_get_text (FS_RECORD (stored),
                                                       FS_DOCUMENT_OVERVIEW_CHANGE),
                                   "Move the orders database"));
}

/* A post-mortem's causes: one alone is advised against, above the list. */
static void
body_single_cause_advice (Fixture *fixture)
{
  GtkWidget *causes;
  AdwComboRow *cause;
  g_autoptr(FsRecord) item = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-postmortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  fs_guide_show_step (guide_of (fixture), 2);
  add_item (fixture, "causes");
  set_entry (item_field (fixture, "causes", 0, "text"), "The image was built from a stale cache");
  causes = step_part (fixture, "causes");
  wait_for_advice (fs_ui_test_find_named (causes, "advice--1"), TRUE, "causes-single");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (fs_ui_test_find_named (causes, "item-0")), FALSE);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-single-cause");
  add_item (fixture, "causes");
  set_entry (item_field (fixture, "causes", 1, "text"), "No check compared the image to the commit");
  wait_for_advice_gone (fs_ui_test_find_named (causes, "advice--1"), "causes-single");

  /* An action item answers one of those causes, chosen by its words. */
  fs_guide_show_step (guide_of (fixture), 3);
  add_item (fixture, "action_items");
  cause = ADW_COMBO_ROW (item_field (fixture, "action_items", 0, "cause"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (cause)), ==, 3);
  adw_combo_row_set_selected (cause, 2);
  item = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                  fs_window_get_document (fixture->window),
                                  FS_DOCUMENT_ACTION_ITEMS)), 0);
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_CAUSE), ==, "k2");
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-postmortem-how");
}

/* An edit reaches the file about a second later, with nothing closed: a
 * process killed then loses no more than that second. */
static void
body_edits_reach_the_file (Fixture *fixture)
{
  g_autoptr(FsStore) other = NULL;
  g_autoptr(FsDocument) seen = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-premortem", NULL);
  library_rows (fixture);
  fs_ui_test_close_popovers (GTK_WIDGET (fixture->window));
  id = fs_document_get_id (fs_window_get_document (fixture->window));
  fs_guide_show_step (guide_of (fixture), 2);
  add_item (fixture, "happy_path");
  set_entry (item_field (fixture, "happy_path", 0, "title"), "Stop writes");
  wait_past_autosave (fixture);

  other = fs_store_open (fixture->library, &error);
  g_assert_no_error (error);
  seen = fs_store_load (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (seen,
                                                            FS_DOCUMENT_HAPPY_PATH))), ==, 1);
}

/* Every step in a narrow window and in the dark, to be looked at. */
static void
body_steps_narrow_and_dark (Fixture *fixture)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *steps_button;
  GtkWidget *row;
  guint n_steps;

  gtk_widget_hide (GTK_WIDGET (fixture->window));
  gtk_widget_unrealize (GTK_WIDGET (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fs_ui_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-example", "s", "premortem");
  fs_ui_test_settle ();
  g_assert_nonnull (fs_window_get_document (fixture->window));
  fs_method_get_steps (FS_DOCUMENT_KIND_PREMORTEM, &n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *name = g_strdup_printf ("guide-narrow-%u", i + 1);

      fs_guide_show_step (guide_of (fixture), i);
      fs_ui_test_settle ();
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
      fs_ui_test_screenshot (GTK_WIDGET (fixture->window), name);
    }
  /* The step list waits behind a button; choosing a step puts it away. */
  steps_button = fs_ui_test_find_named (GTK_WIDGET (guide_of (fixture)), "steps-button");
  g_assert_true (gtk_widget_get_mapped (steps_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (steps_button), TRUE);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-narrow-steps");
  row = fs_ui_test_find_named (GTK_WIDGET (guide_of (fixture)), "step-risks");
  g_assert_true (gtk_widget_get_mapped (row));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  fs_ui_test_settle ();
  g_assert_cmpuint (fs_guide_get_step (guide_of (fixture)), ==, 3);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (steps_button)));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  fs_guide_show_step (guide_of (fixture), 0);
  fs_ui_test_settle ();
  fs_ui_test_screenshot (GTK_WIDGET (fixture->window), "guide-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  fs_ui_test_park_pointer ();

#define ADD(path, body) g_test_add (path, Fixture, body, setup, test_in_app, teardown)
  ADD ("/guide/edits-are-saved", body_guide_edits_are_saved);
  ADD ("/guide/keeps-focus", body_guide_keeps_focus);
  ADD ("/guide/postmortem-fields", body_postmortem_fields);
  ADD ("/guide/narrow", body_narrow_guide);
  g_test_add ("/guide/answers-survive-restart", Fixture, NULL, setup,
              test_guide_answers_survive_restart, teardown);
  ADD ("/guide/marks-and-navigation", body_marks_and_navigation);
  ADD ("/guide/reorder-and-undo", body_reorder_and_undo);
  ADD ("/guide/delete-risk-and-undo", body_delete_risk_and_undo);
  ADD ("/guide/text-undo-stays-in-field", body_text_undo_stays_in_field);
  ADD ("/guide/coaching-appears", body_coaching_appears);
  ADD ("/guide/edits-reach-the-file", body_edits_reach_the_file);
  ADD ("/guide/single-cause-advice", body_single_cause_advice);
  ADD ("/guide/continuous-typing-is-saved", body_continuous_typing_is_saved);
  ADD ("/guide/steps-narrow-and-dark", body_steps_narrow_and_dark);
  g_test_add ("/guide/every-step-survives-restart", Fixture, NULL, setup,
              test_every_step_survives_restart, teardown);
#undef ADD

  return g_test_run ();
}
