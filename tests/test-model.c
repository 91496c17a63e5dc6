/* test-model.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "fs-document.h"
#include "fs-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRisk) risk = g_object_new (FS_TYPE_RISK, NULL);
  g_autoptr(FsActionItem) item = g_object_new (FS_TYPE_ACTION_ITEM, NULL);
  FsRecord *record = FS_RECORD (document);

  g_assert_true (g_uuid_string_is_valid (fs_document_get_id (document)));
  g_assert_cmpint (fs_document_get_kind (document), ==, FS_DOCUMENT_KIND_PREMORTEM);
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_STATUS), ==, "draft");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_CREATED), ==,
                   fs_record_get_text (record, FS_DOCUMENT_MODIFIED));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_GO_NO_GO_DECISION), ==, "pending");
  g_assert_cmpuint (g_strv_length ((char **) fs_record_get_list (record, FS_DOCUMENT_TAGS)), ==,
                    0);
  g_assert_true (isnan (fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT)));
  g_assert_cmpfloat (fs_record_get_number (FS_RECORD (risk), FS_RISK_PROBABILITY), ==, 0);
  g_assert_false (fs_record_get_boolean (FS_RECORD (risk), FS_RISK_DATA_AFFECTED));
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (item), FS_ACTION_ITEM_STATUS), ==, "open");
}

static void
test_properties_follow_fields (void)
{
  g_autoptr(FsRisk) risk = g_object_new (FS_TYPE_RISK, NULL);
  g_autofree char *owner = NULL;
  g_auto(GStrv) symptoms = NULL;
  const char *signs[] = { "p99 latency above 2 s", "connection pool exhausted", NULL };
  guint notified = 0;
  guint owner_notified = 0;

  g_signal_connect (risk, "notify", G_CALLBACK (count_notify), &notified);
  g_signal_connect (risk, "notify::owner", G_CALLBACK (count_notify), &owner_notified);

  g_object_set (risk, "owner", "Database lead", "user-effects", "Checkout stalls",
                "probability", 2.5, "symptoms", signs, NULL);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_cmpuint (owner_notified, ==, 1);
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (risk), FS_RISK_OWNER), ==, "Database lead");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (risk), FS_RISK_USER_EFFECTS), ==,
                   "Checkout stalls");

  fs_record_set_number (FS_RECORD (risk), FS_RISK_IMPACT, 4);
  g_assert_cmpfloat (fs_risk_get_score (risk), ==, 10);

  g_object_get (risk, "owner", &owner, "symptoms", &symptoms, NULL);
  g_assert_cmpstr (owner, ==, "Database lead");
  g_assert_cmpstrv (symptoms, signs);

  /* Setting the same value again is no change, so nothing is saved twice. */
  notified = 0;
  fs_record_set_text (FS_RECORD (risk), FS_RISK_OWNER, "Database lead");
  fs_record_set_list (FS_RECORD (risk), FS_RISK_SYMPTOMS, signs);
  fs_record_set_number (FS_RECORD (risk), FS_RISK_PROBABILITY, 2.5);
  g_assert_cmpuint (notified, ==, 0);
}

static void
test_choice_outside_set_is_refused (void)
{
  g_autoptr(FsCriterion) criterion = g_object_new (FS_TYPE_CRITERION, NULL);

  if (g_test_subprocess ())
    {
      fs_record_set_text (FS_RECORD (criterion), FS_CRITERION_STATE, "maybe");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*fs_field_is_choice*");

  fs_record_set_text (FS_RECORD (criterion), FS_CRITERION_STATE, "no-go");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (criterion), FS_CRITERION_STATE), ==, "no-go");
}

static void
test_kind_specific_fields (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  const FsSchema *schema = fs_record_get_schema (FS_RECORD (document));
  const FsField *change = &schema->fields[FS_DOCUMENT_OVERVIEW_CHANGE];
  const FsField *trigger = &schema->fields[FS_DOCUMENT_TRIGGER];
  const FsField *title = &schema->fields[FS_DOCUMENT_TITLE];

  g_assert_true (fs_field_applies_to (change, FS_DOCUMENT_KIND_PREMORTEM));
  g_assert_false (fs_field_applies_to (change, FS_DOCUMENT_KIND_POSTMORTEM));
  g_assert_true (fs_field_applies_to (trigger, FS_DOCUMENT_KIND_POSTMORTEM));
  g_assert_false (fs_field_applies_to (trigger, FS_DOCUMENT_KIND_PREMORTEM));
  g_assert_true (fs_field_applies_to (title, FS_DOCUMENT_KIND_POSTMORTEM));
  g_assert_true (fs_document_list_applies (FS_DOCUMENT_ACTION_ITEMS, FS_DOCUMENT_KIND_PREMORTEM));
  g_assert_true (fs_document_list_applies (FS_DOCUMENT_CAUSES, FS_DOCUMENT_KIND_POSTMORTEM));
  g_assert_false (fs_document_list_applies (FS_DOCUMENT_RISKS, FS_DOCUMENT_KIND_POSTMORTEM));
}

/* Each field's enum value must name the field it is used for. */
static void
test_field_enums_match_schemas (void)
{
  static const struct { GType (*type) (void); guint field; const char *name; } expected[] = {
    { fs_document_get_type, FS_DOCUMENT_ANTICIPATED, "anticipated" },
    { fs_document_get_type, FS_DOCUMENT_IMPACT_CLEANUP, "impact_cleanup" },
    { fs_document_get_type, FS_DOCUMENT_GO_NO_GO_DECIDED_AT, "go_no_go_decided_at" },
    { fs_person_get_type, FS_PERSON_RESPONSIBILITIES, "responsibilities" },
    { fs_timeline_entry_get_type, FS_TIMELINE_ENTRY_ACTIONS, "actions" },
    { fs_step_get_type, FS_STEP_EXPECTED, "expected" },
    { fs_cluster_get_type, FS_CLUSTER_COLOR, "color" },
    { fs_risk_get_type, FS_RISK_OWNER, "owner" },
    { fs_risk_get_type, FS_RISK_VOTES, "votes" },
    { fs_risk_get_type, FS_RISK_CLEANUP, "cleanup" },
    { fs_criterion_get_type, FS_CRITERION_STATE, "state" },
    { fs_event_get_type, FS_EVENT_TEXT, "text" },
    { fs_cause_get_type, FS_CAUSE_AREA, "area" },
    { fs_cause_get_type, FS_CAUSE_VOTES, "votes" },
    { fs_action_item_get_type, FS_ACTION_ITEM_STATUS, "status" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      FsRecordClass *klass = g_type_class_ref (expected[i].type ());
      const FsSchema *schema = klass->schema;

      g_assert_cmpuint (expected[i].field, <, schema->n_fields);
      g_assert_cmpstr (schema->fields[expected[i].field].name, ==, expected[i].name);
      if (expected[i].field == FS_RISK_VOTES && expected[i].type == fs_risk_get_type)
        g_assert_cmpuint (schema->n_fields, ==, FS_RISK_VOTES + 1);
      g_type_class_unref (klass);
    }
}

static FsDocument *
make_document_with_risk (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRisk) risk = g_object_new (FS_TYPE_RISK, NULL);
  g_autoptr(FsCluster) cluster = g_object_new (FS_TYPE_CLUSTER, NULL);

  fs_document_set_title (document, "Move orders to the managed database");
  fs_record_set_text (FS_RECORD (cluster), FS_CLUSTER_ID, "c1");
  fs_record_set_text (FS_RECORD (cluster), FS_CLUSTER_NAME, "Performance");
  fs_record_set_text (FS_RECORD (risk), FS_RISK_ID, "r1");
  fs_record_set_text (FS_RECORD (risk), FS_RISK_CLUSTER, "c1");
  fs_record_set_text (FS_RECORD (risk), FS_RISK_TITLE, "Replica lag delays order emails");
  fs_record_set_extra (FS_RECORD (risk), "{\"votes\":3}");
  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS), cluster);
  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_RISKS), risk);
  return document;
}

static void
test_duplicate_is_deep (void)
{
  g_autoptr(FsDocument) document = make_document_with_risk ();
  g_autoptr(FsDocument) copy = fs_document_duplicate (document);
  FsRecord *original_risk = fs_document_find_item (document, FS_DOCUMENT_RISKS, "r1");
  FsRecord *copied_risk = fs_document_find_item (copy, FS_DOCUMENT_RISKS, "r1");

  g_assert_cmpstr (fs_document_get_id (copy), !=, fs_document_get_id (document));
  g_assert_true (g_uuid_string_is_valid (fs_document_get_id (copy)));
  g_assert_cmpstr (fs_document_get_title (copy), ==, fs_document_get_title (document));
  g_assert_nonnull (copied_risk);
  g_assert_true (copied_risk != original_risk);
  g_assert_cmpstr (fs_record_get_text (copied_risk, FS_RISK_CLUSTER), ==, "c1");
  g_assert_cmpstr (fs_record_get_extra (copied_risk), ==, "{\"votes\":3}");
  g_assert_nonnull (fs_document_find_item (copy, FS_DOCUMENT_CLUSTERS, "c1"));
  g_assert_null (fs_document_find_item (copy, FS_DOCUMENT_CLUSTERS, "c2"));

  /* Editing the copy leaves the original as it was. */
  fs_record_set_text (copied_risk, FS_RISK_TITLE, "Something else");
  g_assert_cmpstr (fs_record_get_text (original_risk, FS_RISK_TITLE), ==,
                   "Replica lag delays order emails");
}

static void
test_touch_moves_modified (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GDateTime) parsed = NULL;

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED, "2020-01-01T00:00:00Z");
  fs_document_touch (document);
  parsed = g_date_time_new_from_iso8601 (fs_record_get_text (FS_RECORD (document),
                                                             FS_DOCUMENT_MODIFIED), NULL);
  g_assert_nonnull (parsed);
  g_assert_cmpint (g_date_time_get_year (parsed), >=, 2026);
}

static void
count_changed (FsDocument *document,
               guint      *count)
{
  (*count)++;
}

static void
test_changed_follows_content (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRisk) taken_out = NULL;
  GListStore *risks = fs_document_get_list (document, FS_DOCUMENT_RISKS);
  FsRecord *risk;
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_changed), &changed);
  fs_document_follow_items (document);

  fs_document_set_title (document, "Move the database");
  g_assert_cmpuint (changed, ==, 1);
  fs_document_touch (document);
  g_assert_cmpuint (changed, ==, 1);

  risk = fs_test_add_item (document, FS_DOCUMENT_RISKS, "title", "Replica lag", NULL);
  g_assert_cmpuint (changed, ==, 2);
  fs_record_set_text (risk, FS_RISK_OWNER, "Database lead");
  g_assert_cmpuint (changed, ==, 3);

  /* Taken out and put back, as an undo does: still followed, once. */
  taken_out = g_object_ref (FS_RISK (risk));
  g_list_store_remove (risks, 0);
  g_assert_cmpuint (changed, ==, 4);
  g_list_store_append (risks, taken_out);
  g_assert_cmpuint (changed, ==, 5);
  fs_record_set_number (risk, FS_RISK_IMPACT, 4);
  g_assert_cmpuint (changed, ==, 6);
}

static void
test_changed_not_after_document_is_gone (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRecord) step = NULL;
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_changed), &changed);
  fs_document_follow_items (document);
  step = g_object_ref (fs_test_add_item (document, FS_DOCUMENT_HAPPY_PATH,
                                         "title", "Stop writes", NULL));
  g_assert_cmpuint (changed, ==, 1);
  g_object_unref (document);
  fs_record_set_text (step, FS_STEP_EXPECTED, "Write rate drops to zero");
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_new_items_get_unused_ids (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRecord) risk = NULL;
  g_autoptr(FsRecord) step = NULL;

  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r4", NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "risk-from-elsewhere", NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r2", NULL);
  risk = fs_document_new_item (document, FS_DOCUMENT_RISKS);
  g_assert_true (FS_IS_RISK (risk));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_ID), ==, "r5");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document,
                                                                FS_DOCUMENT_RISKS))), ==, 3);
  step = fs_document_new_item (document, FS_DOCUMENT_HAPPY_PATH);
  g_assert_true (FS_IS_STEP (step));
}

/* A removed cluster's id, still held by a risk, is not handed to the next
 * cluster: the risk would end up in it unasked. */
static void
test_new_items_skip_referenced_ids (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsRecord) cluster = NULL;
  g_autoptr(FsRecord) cause = NULL;
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);

  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r1", "cluster", "c1", NULL);
  cluster = fs_document_new_item (premortem, FS_DOCUMENT_CLUSTERS);
  g_assert_cmpstr (fs_record_get_text (cluster, FS_CLUSTER_ID), ==, "c2");

  fs_test_add_item (document, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "cause", "k4", NULL);
  cause = fs_document_new_item (document, FS_DOCUMENT_CAUSES);
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_ID), ==, "k5");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/properties-follow-fields", test_properties_follow_fields);
  g_test_add_func ("/model/choice-outside-set-is-refused", test_choice_outside_set_is_refused);
  g_test_add_func ("/model/kind-specific-fields", test_kind_specific_fields);
  g_test_add_func ("/model/field-enums-match-schemas", test_field_enums_match_schemas);
  g_test_add_func ("/model/duplicate-is-deep", test_duplicate_is_deep);
  g_test_add_func ("/model/touch-moves-modified", test_touch_moves_modified);
  g_test_add_func ("/model/changed-follows-content", test_changed_follows_content);
  g_test_add_func ("/model/new-items-get-unused-ids", test_new_items_get_unused_ids);
  g_test_add_func ("/model/new-items-skip-referenced-ids", test_new_items_skip_referenced_ids);
  g_test_add_func ("/model/changed-not-after-document-is-gone",
                   test_changed_not_after_document_is_gone);

  return g_test_run ();
}
