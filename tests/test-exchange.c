/* test-exchange.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fs-exchange.h"
#include "fs-test-util.h"

#define ENVELOPE(docs) "{\"format\": \"foresight\", \"version\": 1, \"documents\": [" docs "]}"
#define PRE(members) "{\"id\": \"p1\", \"kind\": \"premortem\", \"title\": \"T\"" members "}"
#define POST(members) "{\"id\": \"q1\", \"kind\": \"postmortem\", \"title\": \"T\"" members "}"

static GPtrArray *
read_fixture (const char *name)
{
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = fs_exchange_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  return documents;
}

static GPtrArray *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = fs_exchange_read_data (text, strlen (text), "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  return documents;
}

static FsRecord *
item (FsDocument     *document,
      FsDocumentList  list,
      guint           position)
{
  GListModel *model = G_LIST_MODEL (fs_document_get_list (document, list));
  g_autoptr(FsRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return record; /* the list keeps it alive */
}

static guint
list_length (FsRecord *record,
             guint     field)
{
  return g_strv_length ((char **) fs_record_get_list (record, field));
}

static guint
n_items (FsDocument     *document,
         FsDocumentList  list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fs_document_get_list (document, list)));
}

/* The fixtures are in the canonical form: reading and writing them again
 * gives the same bytes. */
static void
test_round_trip (gconstpointer data)
{
  g_autofree char *path = fs_test_data_path (data);
  g_autofree char *expected = fs_test_read_file (path);
  g_autoptr(GPtrArray) documents = read_fixture (data);
  g_autofree char *written = NULL;
  gsize length = 0;

  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_null (fs_record_get_extra (g_ptr_array_index (documents, 0)));
  written = fs_exchange_write (documents, &length);
  g_assert_cmpuint (length, ==, strlen (written));
  g_assert_cmpstr (written, ==, expected);
}

static void
test_read_premortem (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  FsDocument *document = g_ptr_array_index (documents, 0);
  FsRecord *record = FS_RECORD (document);
  FsRecord *risk;

  g_assert_cmpint (fs_document_get_kind (document), ==, FS_DOCUMENT_KIND_PREMORTEM);
  g_assert_cmpstr (fs_document_get_id (document), ==, "6f1c2a4e-8b3d-4e7a-9c55-2d0e71b4a9f3");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_STATUS), ==, "review");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_MODIFIED), ==, "2026-11-24T16:42:10Z");
  g_assert_cmpstr (fs_record_get_list (record, FS_DOCUMENT_AUTHORS)[1], ==, "Tomás Ferreira");
  g_assert_cmpuint (list_length (record, FS_DOCUMENT_TAGS), ==, 4);
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_RISK_LEVEL), ==, "high");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE), ==,
                   "2027-02-14");
  g_assert_true (g_str_has_prefix (fs_record_get_text (record, FS_DOCUMENT_SCHEDULE_WINDOW),
                                   "Four hours"));
  g_assert_cmpuint (list_length (record, FS_DOCUMENT_ROLLBACK_STEPS), ==, 5);
  g_assert_true (g_str_has_prefix (fs_record_get_text (record,
                                                       FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN),
                                   "Once the settlement"));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_GO_NO_GO_DECIDED_BY), ==,
                   "Ingrid Haugen");
  g_assert_false (fs_record_get_boolean (record, FS_DOCUMENT_ANONYMIZE));

  g_assert_cmpuint (n_items (document, FS_DOCUMENT_PEOPLE), ==, 5);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_PEOPLE, 2), FS_PERSON_ROLE),
                   ==, "Payments on-call");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_TIMELINE), ==, 6);
  g_assert_cmpstr (fs_record_get_list (item (document, FS_DOCUMENT_TIMELINE, 0),
                                       FS_TIMELINE_ENTRY_ACTIONS)[2],
                   ==, "Post the results in the change channel");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_HAPPY_PATH), ==, 6);
  g_assert_nonnull (strchr (fs_record_get_text (item (document, FS_DOCUMENT_HAPPY_PATH, 3),
                                                FS_STEP_DETAILS), '\n'));
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_CLUSTERS), ==, 4);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_CLUSTERS, 2), FS_CLUSTER_NAME),
                   ==, "Security & access");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_RISKS), ==, 9);
  risk = item (document, FS_DOCUMENT_RISKS, 0);
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_PROBABILITY), ==, 2.5);
  g_assert_cmpfloat (fs_record_get_number (risk, FS_RISK_IMPACT), ==, 4.5);
  g_assert_true (fs_record_get_boolean (risk, FS_RISK_DATA_AFFECTED));
  g_assert_cmpstr (fs_record_get_text (risk, FS_RISK_CLUSTER), ==, "c1");
  g_assert_cmpstr (fs_record_get_list (risk, FS_RISK_SYMPTOMS)[1], ==,
                   "Payment creation error rate above 0.1 %");
  g_assert_false (fs_record_get_boolean (item (document, FS_DOCUMENT_RISKS, 2),
                                         FS_RISK_FIX_WITHOUT_DEPLOY));
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_CRITERIA), ==, 4);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_CRITERIA, 3),
                                       FS_CRITERION_STATE), ==, "no-go");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_ACTION_ITEMS), ==, 2);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_ACTION_ITEMS, 1),
                                       FS_ACTION_ITEM_STATUS), ==, "done");
}

static void
test_read_postmortem (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("postmortem-rich.json");
  FsDocument *document = g_ptr_array_index (documents, 0);
  FsRecord *record = FS_RECORD (document);
  FsRecord *action;

  g_assert_cmpint (fs_document_get_kind (document), ==, FS_DOCUMENT_KIND_POSTMORTEM);
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_DETECTED), ==,
                   "2027-02-07T09:31:00Z");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_STATUS), ==, "resolved");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_FACILITATOR), ==,
                   "Sam Okafor");
  g_assert_cmpfloat (fs_record_get_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES), ==, 48);
  g_assert_cmpfloat (fs_record_get_number (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT), ==, 12.5);
  g_assert_cmpfloat (fs_record_get_number (record, FS_DOCUMENT_IMPACT_DATA_PCT), ==, 0);
  g_assert_true (g_str_has_prefix (fs_record_get_text (record, FS_DOCUMENT_TRIGGER),
                                   "The autoscaler"));
  g_assert_cmpuint (list_length (record, FS_DOCUMENT_GOT_LUCKY), ==, 2);
  g_assert_cmpuint (list_length (record, FS_DOCUMENT_LESSONS), ==, 2);
  g_assert_true (fs_record_get_boolean (record, FS_DOCUMENT_ANONYMIZE));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_PREMORTEM), ==,
                   "6f1c2a4e-8b3d-4e7a-9c55-2d0e71b4a9f3");
  g_assert_cmpstr (fs_record_get_list (record, FS_DOCUMENT_ANTICIPATED)[0], ==, "r3");

  g_assert_cmpuint (n_items (document, FS_DOCUMENT_EVENTS), ==, 9);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_EVENTS, 2), FS_EVENT_AT), ==,
                   "2027-02-07T09:12:00Z");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_CAUSES), ==, 5);
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_CAUSES, 4), FS_CAUSE_AREA),
                   ==, "fix");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_ACTION_ITEMS), ==, 6);
  action = item (document, FS_DOCUMENT_ACTION_ITEMS, 0);
  g_assert_cmpstr (fs_record_get_text (action, FS_ACTION_ITEM_KIND), ==, "technology");
  g_assert_cmpstr (fs_record_get_text (action, FS_ACTION_ITEM_CAUSE), ==, "k2");
  g_assert_cmpstr (fs_record_get_text (action, FS_ACTION_ITEM_DUE), ==, "2027-02-19");
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_ACTION_ITEMS, 1),
                                       FS_ACTION_ITEM_KIND), ==, "process");
  /* A post-mortem holds no pre-mortem lists, even when the model has them. */
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_RISKS), ==, 0);
}

static gboolean
has_member (JsonObject *document,
            const char *section,
            const char *member)
{
  JsonNode *node;

  if (section == NULL)
    return json_object_has_member (document, member);
  node = json_object_get_member (document, section);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) &&
         json_object_has_member (json_node_get_object (node), member);
}

/* Every member that applies to the document's kind is written (unless it may
 * be left out while empty), and none of the other kind's. */
static void
check_members (FsDocument *document)
{
  const FsSchema *schema = fs_record_get_schema (FS_RECORD (document));
  FsDocumentKind kind = fs_document_get_kind (document);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  JsonObject *object;

  g_ptr_array_add (documents, document);
  text = fs_exchange_write (documents, NULL);
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  object = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                  "documents"), 0);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];
      gboolean given = i + 1 >= schema->n_fields ||
                       !(schema->fields[i + 1].flags & FS_FIELD_PRESENCE) ||
                       fs_record_get_boolean (FS_RECORD (document), i + 1);
      gboolean expected = fs_field_applies_to (field, kind) && given &&
                          !((field->flags & FS_FIELD_OMIT_EMPTY) &&
                            fs_record_is_empty (FS_RECORD (document), i));

      if (field->flags & FS_FIELD_PRESENCE)
        continue;
      if (has_member (object, field->section, field->member) != expected)
        g_error ("%s: member %s is %s", fs_document_get_title (document), field->name,
                 expected ? "missing" : "there");
    }
  for (guint l = 0; l < FS_DOCUMENT_N_LISTS; l++)
    {
      const FsDocumentListInfo *info = fs_document_list_info (l);

      g_assert_true (has_member (object, info->section, info->member) ==
                     fs_document_list_applies (l, kind));
    }
}

static void
test_write_kinds (void)
{
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) rich_pre = read_fixture ("premortem-rich.json");
  g_autoptr(GPtrArray) rich_post = read_fixture ("postmortem-rich.json");

  fs_document_set_title (premortem, "empty pre-mortem");
  fs_document_set_title (postmortem, "empty post-mortem");
  check_members (premortem);
  check_members (postmortem);
  check_members (g_ptr_array_index (rich_pre, 0));
  check_members (g_ptr_array_index (rich_post, 0));
}

/* Post-mortem members in a pre-mortem are kept aside, not read into it. */
static void
test_read_other_kind (void)
{
  g_autoptr(GPtrArray) documents =
    read_text (ENVELOPE (PRE (", \"trigger\": \"a deploy\", \"events\": [{\"text\": \"x\"}]")));
  FsDocument *document = g_ptr_array_index (documents, 0);

  g_assert_cmpstr (fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_TRIGGER), ==, "");
  g_assert_cmpuint (n_items (document, FS_DOCUMENT_EVENTS), ==, 0);
  g_assert_cmpstr (fs_record_get_extra (FS_RECORD (document)), ==,
                   "{\"trigger\":\"a deploy\",\"events\":[{\"text\":\"x\"}]}");
}

static void
test_read_defaults (void)
{
  g_autoptr(GPtrArray) documents = read_text (ENVELOPE (POST ("")));
  FsRecord *record = g_ptr_array_index (documents, 0);
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  created = g_date_time_new_from_iso8601 (fs_record_get_text (record, FS_DOCUMENT_CREATED), NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_difference (now, created), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_MODIFIED), ==,
                   fs_record_get_text (record, FS_DOCUMENT_CREATED));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_STATUS), ==, "draft");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_STARTED), ==, "");
  g_assert_true (isnan (fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT)));
  g_assert_null (fs_record_get_extra (record));
}

static void
test_read_normalizes (void)
{
  g_autoptr(GPtrArray) documents =
    read_text (ENVELOPE (POST (", \"created\": \"2026-11-21T11:30:15.250+01:00\", "
                               "\"incident\": {\"started\": \"2026-06-30 23:05:00-02:00\"}, "
                               "\"impact\": {\"users_pct\": null, \"requests_pct\": 3.0}")));
  FsRecord *record = g_ptr_array_index (documents, 0);

  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_CREATED), ==, "2026-11-21T10:30:15Z");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_STARTED), ==,
                   "2026-07-01T01:05:00Z");
  g_assert_true (isnan (fs_record_get_number (record, FS_DOCUMENT_IMPACT_USERS_PCT)));
  g_assert_cmpfloat (fs_record_get_number (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT), ==, 3);
}

static char *
write_one (FsDocument *document)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();

  g_ptr_array_add (documents, document);
  return fs_exchange_write (documents, NULL);
}

/* Numbers are written as a person would, texts escaped as JSON needs, and
 * both read back to the same values. */
static void
test_write_values (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);
  const char *tricky = "quote \" backslash \\ tab \t newline \n bell \x07 é € 😀 </script>";
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *text = NULL;
  FsRecord *copy;

  fs_document_set_title (document, tricky);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES, 480);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT, 0.1);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DATA_PCT, 100.0 / 3);
  text = write_one (document);
  g_assert_nonnull (strstr (text, "\"duration_minutes\": 480,"));
  g_assert_nonnull (strstr (text, "\"requests_pct\": 0.1,"));
  g_assert_nonnull (strstr (text, "\"users_pct\": null,"));
  g_assert_nonnull (strstr (text, "\\\" backslash \\\\ tab \\t newline \\n bell \\u0007 é"));
  g_assert_true (g_str_has_suffix (text, "}\n"));

  again = read_text (text);
  copy = g_ptr_array_index (again, 0);
  g_assert_cmpstr (fs_document_get_title (FS_DOCUMENT (copy)), ==, tricky);
  g_assert_cmpfloat (fs_record_get_number (copy, FS_DOCUMENT_IMPACT_DATA_PCT), ==, 100.0 / 3);
  g_assert_cmpfloat (fs_record_get_number (copy, FS_DOCUMENT_IMPACT_REQUESTS_PCT), ==, 0.1);
  g_assert_true (isnan (fs_record_get_number (copy, FS_DOCUMENT_IMPACT_USERS_PCT)));
}

/* The model should never hold a non-finite number; if it does, the export
 * stays valid JSON. */
/* Votes travel in the file as the workshop gave them; a voter named twice
 * counts once with both votes; a document without votes writes none. */
static void
test_votes_round_trip (void)
{
  g_autoptr(GPtrArray) documents = read_text (ENVELOPE (PRE (
    ", \"risks\": [{\"title\": \"Lag\", \"votes\": [{\"by\": \"Ana \\\"A\\\" Ó\", \"count\": 2},"
    " {\"by\": \"SRE\", \"count\": 1}, {\"by\": \"SRE\", \"count\": 2}]}, {\"title\": \"Quiet\"}]")));
  FsDocument *document = g_ptr_array_index (documents, 0);
  g_autofree char *written = fs_exchange_write (documents, NULL);
  g_autoptr(GPtrArray) again = read_text (written);
  g_autofree char *rewritten = fs_exchange_write (again, NULL);
  g_autoptr(GPtrArray) plain = read_text (ENVELOPE (PRE (", \"risks\": [{\"title\": \"Lag\"}]")));
  g_autofree char *plain_written = fs_exchange_write (plain, NULL);

  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_RISKS, 0), FS_RISK_VOTES), ==,
                   "[{\"by\":\"Ana \\\"A\\\" Ó\",\"count\":2},{\"by\":\"SRE\",\"count\":3}]");
  g_assert_cmpstr (fs_record_get_text (item (document, FS_DOCUMENT_RISKS, 1), FS_RISK_VOTES), ==, "");
  g_assert_nonnull (strstr (written, "\"votes\": [{\"by\": \"Ana \\\"A\\\" Ó\", \"count\": 2}, "
                                     "{\"by\": \"SRE\", \"count\": 3}]"));
  g_assert_cmpstr (rewritten, ==, written);
  g_assert_null (strstr (plain_written, "votes"));
}

static void
test_write_non_finite (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsRisk) risk = g_object_new (FS_TYPE_RISK, NULL);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *text = NULL;

  fs_record_set_number (FS_RECORD (document), FS_DOCUMENT_IMPACT_USERS_PCT, INFINITY);
  text = write_one (document);
  g_assert_nonnull (strstr (text, "\"users_pct\": null,"));
  g_assert_null (strstr (text, "inf"));
  again = read_text (text);
  g_assert_cmpuint (again->len, ==, 1);
}

/* Members this version does not know survive a round trip: at the top of a
 * document, inside a section, inside an item, and members of the other kind. */
static void
test_unknown_members (void)
{
  const char *input = ENVELOPE (
    PRE (", \"x-color\": \"teal\", "
         "\"overview\": {\"change\": \"c\", \"x-budget\": {\"amount\": 1200.5, "
         "\"approved\": [true, null, 3]}}, "
         "\"risks\": [{\"id\": \"r1\", \"x-votes\": [3, 4, 5]}], "
         "\"incident\": {\"status\": \"ongoing\"}") ", "
    POST (", \"impact\": {\"x-region\": \"eu\"}, "
          "\"action_items\": [{\"id\": \"a1\", \"x-ticket\": \"OPS-1\"}], "
          "\"overview\": {\"change\": \"kept aside\"}"));
  g_autoptr(GPtrArray) first = read_text (input);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = fs_exchange_write (first, NULL);
  g_autofree char *text_again = NULL;
  FsDocument *pre = g_ptr_array_index (first, 0);

  g_assert_cmpstr (fs_record_get_text (FS_RECORD (pre), FS_DOCUMENT_OVERVIEW_CHANGE), ==, "c");
  g_assert_nonnull (fs_record_get_extra (item (pre, FS_DOCUMENT_RISKS, 0)));
  g_assert_nonnull (strstr (text, "\"x-color\": \"teal\""));
  g_assert_nonnull (strstr (text, "\"x-budget\": {\n          \"amount\": 1200.5,"));
  g_assert_nonnull (strstr (text, "\"x-votes\": [\n            3,"));
  g_assert_nonnull (strstr (text, "\"incident\": {\n        \"status\": \"ongoing\"\n      }"));
  g_assert_nonnull (strstr (text, "\"x-region\": \"eu\""));
  g_assert_nonnull (strstr (text, "\"x-ticket\": \"OPS-1\""));
  g_assert_nonnull (strstr (text, "\"change\": \"kept aside\""));
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));

  second = read_text (text);
  text_again = fs_exchange_write (second, NULL);
  g_assert_cmpstr (text_again, ==, text);
}

typedef struct
{
  const char      *test;
  const char      *json;
  FsExchangeError  code;
  const char      *where; /* the line:column or member path the message names */
} BadInput;

static const BadInput bad_inputs[] = {
  { "not-json", "{\n  \"format\": foresight\n}", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:2:13:" },
  { "trailing-comma", "{\n  \"format\": \"foresight\",\n}", FS_EXCHANGE_ERROR_NOT_JSON,
    "bad.json:2:24:" },
  { "missing-comma", "{\n  \"format\": \"foresight\"\n  \"version\": 1}",
    FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:3:3: not valid JSON: a comma is missing" },
  { "unclosed", "{\"format\": \"foresight\"", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:" },
  { "comment", "{\"format\": \"foresight\" /* ours */}", FS_EXCHANGE_ERROR_NOT_JSON,
    "bad.json:1:24:" },
  { "single-quotes", "{'format': 'foresight'}", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:2:" },
  { "trailing-data", ENVELOPE ("") " []", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:" },
  { "hex-number", ENVELOPE (PRE (", \"x\": 0x10")), FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:" },
  { "raw-newline", "{\"format\": \"fore\nsight\"}", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:17:" },
  { "not-utf8", "{\"format\": \"\xff\"}", FS_EXCHANGE_ERROR_NOT_JSON, "bad.json:1:13:" },
  { "lone-surrogate", ENVELOPE (PRE (", \"x\": \"\\ud800\"")), FS_EXCHANGE_ERROR_NOT_JSON,
    "bad.json:1:" },
  { "empty", "", FS_EXCHANGE_ERROR_NOT_JSON, "empty" },
  { "blank", " \n\t ", FS_EXCHANGE_ERROR_NOT_JSON, "empty" },
  { "array-root", "[]", FS_EXCHANGE_ERROR_NOT_OURS, "foresight" },
  { "string-root", "\"foresight\"", FS_EXCHANGE_ERROR_NOT_OURS, "foresight" },
  { "wrong-format", "{\"format\": \"mindmap\", \"version\": 1, \"documents\": []}",
    FS_EXCHANGE_ERROR_NOT_OURS, "foresight" },
  { "no-format", "{\"version\": 1, \"documents\": []}", FS_EXCHANGE_ERROR_NOT_OURS, "format" },
  { "version-2", "{\"format\": \"foresight\", \"version\": 2, \"documents\": []}",
    FS_EXCHANGE_ERROR_TOO_NEW, "version 2; this version reads format version 1" },
  { "version-string", "{\"format\": \"foresight\", \"version\": \"1\", \"documents\": []}",
    FS_EXCHANGE_ERROR_INVALID, "version" },
  { "version-fraction", "{\"format\": \"foresight\", \"version\": 1.5, \"documents\": []}",
    FS_EXCHANGE_ERROR_INVALID, "version" },
  { "version-zero", "{\"format\": \"foresight\", \"version\": 0, \"documents\": []}",
    FS_EXCHANGE_ERROR_INVALID, "version" },
  { "no-documents", "{\"format\": \"foresight\", \"version\": 1}", FS_EXCHANGE_ERROR_INVALID,
    "documents" },
  { "documents-object", "{\"format\": \"foresight\", \"version\": 1, \"documents\": {}}",
    FS_EXCHANGE_ERROR_INVALID, "documents" },
  { "document-not-object", ENVELOPE ("[]"), FS_EXCHANGE_ERROR_INVALID,
    "documents[0]: expected an object" },
  { "no-id", ENVELOPE ("{\"kind\": \"premortem\", \"title\": \"T\"}"), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].id: missing" },
  { "empty-id", ENVELOPE ("{\"id\": \"\", \"kind\": \"premortem\", \"title\": \"T\"}"),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].id: must not be empty" },
  { "no-kind", ENVELOPE ("{\"id\": \"x\", \"title\": \"T\"}"), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].kind: missing" },
  { "no-title", ENVELOPE ("{\"id\": \"x\", \"kind\": \"postmortem\"}"), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].title: missing, expected a text" },
  { "unknown-kind", ENVELOPE ("{\"id\": \"x\", \"kind\": \"retro\", \"title\": \"T\"}"),
    FS_EXCHANGE_ERROR_INVALID,
    "documents[0].kind: expected one of “premortem”, “postmortem”" },
  { "title-number", ENVELOPE ("{\"id\": \"x\", \"kind\": \"premortem\", \"title\": 42}"),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].title: expected a text" },
  { "probability-7", ENVELOPE (PRE (", \"risks\": [{}, {\"probability\": 7}]")),
    FS_EXCHANGE_ERROR_INVALID,
    "documents[0].risks[1].probability: expected a number from 0 to 5" },
  { "probability-inf", ENVELOPE (PRE (", \"risks\": [{\"probability\": 1e400}]")),
    FS_EXCHANGE_ERROR_INVALID,
    "documents[0].risks[0].probability: expected a number from 0 to 5" },
  { "probability-text", ENVELOPE (PRE (", \"risks\": [{\"probability\": \"2\"}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].risks[0].probability" },
  { "flag-number", ENVELOPE (PRE (", \"risks\": [{\"data_affected\": 1}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].risks[0].data_affected: expected true or false" },
  { "percent-over-100", ENVELOPE (POST (", \"impact\": {\"users_pct\": 101}")),
    FS_EXCHANGE_ERROR_INVALID,
    "documents[0].impact.users_pct: expected a number from 0 to 100, or null" },
  { "huge-integer", ENVELOPE (POST (", \"impact\": {\"users_pct\": 99999999999999999999}")),
    FS_EXCHANGE_ERROR_INVALID, "bad.json:1:" },
  { "bad-choice", ENVELOPE (PRE (", \"overview\": {\"risk_level\": \"severe\"}")),
    FS_EXCHANGE_ERROR_INVALID,
    "documents[0].overview.risk_level: expected one of “low”, “medium”, “high”, “critical”" },
  { "bad-status", ENVELOPE (POST (", \"action_items\": [{\"status\": \"closed\"}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].action_items[0].status: expected one of" },
  { "bad-timestamp", ENVELOPE (PRE (", \"created\": \"yesterday\"")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].created: expected a date and time" },
  { "bad-event-time", ENVELOPE (POST (", \"events\": [{\"at\": \"2026-13-01T00:00:00Z\"}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].events[0].at" },
  { "bad-date", ENVELOPE (PRE (", \"overview\": {\"failure_date\": \"2027-02-30\"}")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].overview.failure_date: expected a date" },
  { "date-with-time", ENVELOPE (POST (", \"action_items\": [{\"due\": \"2027-02-01T10:00\"}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].action_items[0].due" },
  { "duplicate-ids", ENVELOPE (PRE ("") ", " PRE ("")), FS_EXCHANGE_ERROR_INVALID,
    "documents[1].id: the same id as documents[0]" },
  { "number-in-list", ENVELOPE (PRE (", \"tags\": [\"a\", 3]")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].tags[1]: expected a text" },
  { "null-in-item-list",
    ENVELOPE (PRE (", \"timeline\": [{\"actions\": [\"a\", \"b\", null]}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].timeline[0].actions[2]: expected a text" },
  { "list-not-array", ENVELOPE (PRE (", \"authors\": \"Ana\"")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].authors: expected a list of texts" },
  { "section-not-object", ENVELOPE (PRE (", \"overview\": \"soon\"")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].overview: expected an object" },
  { "items-not-array", ENVELOPE (PRE (", \"risks\": {}")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].risks: expected a list" },
  { "item-not-object", ENVELOPE (PRE (", \"go_no_go\": {\"criteria\": [\"ready\"]}")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].go_no_go.criteria[0]: expected an object" },
  { "nul-in-text", ENVELOPE (PRE (", \"tags\": [\"a\\u0000b\"]")), FS_EXCHANGE_ERROR_INVALID,
    "bad.json:1:" },
  { "unknown-infinite", ENVELOPE (PRE (", \"x-score\": -1e999")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].x-score" },
  { "votes-not-list", ENVELOPE (PRE (", \"risks\": [{\"votes\": 3}]")), FS_EXCHANGE_ERROR_INVALID,
    "documents[0].risks[0].votes: expected a list of votes" },
  { "vote-without-voter", ENVELOPE (PRE (", \"risks\": [{\"votes\": [{\"count\": 1}]}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].risks[0].votes: expected a list of votes" },
  { "vote-count-zero", ENVELOPE (POST (", \"causes\": [{\"votes\": [{\"by\": \"Ana\", \"count\": 0}]}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].causes[0].votes: expected a list of votes" },
  { "vote-count-fraction", ENVELOPE (PRE (", \"risks\": [{\"votes\": [{\"by\": \"Ana\", \"count\": 1.5}]}]")),
    FS_EXCHANGE_ERROR_INVALID, "each count from 1 to 99" },
  { "vote-by-empty", ENVELOPE (PRE (", \"risks\": [{\"votes\": [{\"by\": \"\", \"count\": 1}]}]")),
    FS_EXCHANGE_ERROR_INVALID, "documents[0].risks[0].votes" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  documents = fs_exchange_read_data (bad->json, strlen (bad->json), "bad.json", &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, (int) bad->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.json"));
  if (strstr (error->message, bad->where) == NULL)
    g_error ("“%s” does not name “%s”", error->message, bad->where);
}

/* A file on disk: the message names its path and where the problem is. */
static void
test_bad_file (void)
{
  g_autofree char *path = fs_test_data_path ("bad-syntax.json");
  g_autofree char *expected = g_strdup_printf ("%s:8:56: ", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  documents = fs_exchange_read_file (path, &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_JSON);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, "comma"));
}

static void
test_nul_byte (void)
{
  static const char text[] = "{\"format\": \"fore\0sight\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  documents = fs_exchange_read_data (text, sizeof text - 1, "nul.json", &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_NOT_JSON);
  g_assert_true (g_str_has_prefix (error->message, "nul.json:1:17:"));
}

static void
check_depth (guint                depth,
             const char          *inside,
             FsExchangeError      code)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  g_string_append (text, inside);
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  documents = fs_exchange_read_data (text->str, text->len, "deep.json", &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, "deep.json"));
}

static void
test_too_deep (void)
{
  g_autoptr(GString) text = g_string_new (ENVELOPE (PRE (", \"x\": ")));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  check_depth (100000, "", FS_EXCHANGE_ERROR_TOO_DEEP);
  /* Brackets inside texts do not count, escaped quotes do not end them. */
  check_depth (FS_EXCHANGE_MAX_DEPTH, "\"[[[[\\\"[[[[\"", FS_EXCHANGE_ERROR_NOT_OURS);
  check_depth (FS_EXCHANGE_MAX_DEPTH + 1, "", FS_EXCHANGE_ERROR_TOO_DEEP);

  /* Deep nesting inside an unknown member of a real document. */
  g_string_insert_len (text, text->len - 3, "{\"a\": {\"b\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                       "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                       "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}", -1);
  documents = fs_exchange_read_data (text->str, text->len, "deep.json", &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_TOO_DEEP);
  g_assert_true (g_str_has_prefix (error->message, "deep.json:1:"));
}

static void
test_too_large (void)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  /* A sparse file: refused from its size, before a byte is read. */
  g_assert_true (g_file_set_contents (path, "{", 1, NULL));
  g_assert_cmpint (truncate (path, (off_t) FS_EXCHANGE_MAX_SIZE + 1), ==, 0);
  documents = fs_exchange_read_file (path, &error);
  g_assert_null (documents);
  g_assert_error (error, FS_EXCHANGE_ERROR, FS_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "nowhere.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  documents = fs_exchange_read_file (path, &error);
  g_assert_null (documents);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  documents = fs_exchange_read_file (dir, &error);
  g_assert_null (documents);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, dir));
  g_rmdir (dir);
}

static void
test_file_round_trip (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("postmortem-rich.json");
  g_autofree char *fixture = fs_test_data_path ("postmortem-rich.json");
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "export.json", NULL);
  g_autofree char *expected = fs_test_file_digest (fixture);
  g_autofree char *digest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = NULL;
  mode_t mask = umask (0022);
  GStatBuf info;

  umask (mask);
  g_assert_true (fs_exchange_write_file (documents, path, &error));
  g_assert_no_error (error);
  digest = fs_test_file_digest (path);
  g_assert_cmpstr (digest, ==, expected);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0644 & ~mask);
  again = fs_exchange_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
test_write_no_folder (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "export.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (fs_exchange_write_file (documents, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_rmdir (dir);
}

/* A folder in the way of the file: the rename fails after the temporary file
 * was written, and the temporary file must not stay behind. */
static void
test_write_over_folder (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "export.json", NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));
  g_assert_false (fs_exchange_write_file (documents, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_unlink (inside);
  g_rmdir (path);
  g_rmdir (dir);
}

static void
test_write_read_only_folder (void)
{
  g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into a read-only folder anyway; "
                   "/exchange/write/file-size-limit covers a failing write");
      return;
    }
  dir = fs_test_make_dir ();
  path = g_build_filename (dir, "export.json", NULL);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_false (fs_exchange_write_file (documents, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_chmod (dir, 0700);
  g_rmdir (dir);
}

/* The write itself fails half-way (the file size limit stops it, for root as
 * well): the old export keeps its contents and nothing else is left. */
static void
test_write_size_limit (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  dir = fs_test_make_dir ();
  path = g_build_filename (dir, "export.json", NULL);
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  {
    g_autoptr(GPtrArray) documents = read_fixture ("premortem-rich.json");
    struct rlimit limit = { 4096, 4096 };
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;

    signal (SIGXFSZ, SIG_IGN);
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    g_assert_false (fs_exchange_write_file (documents, path, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, path));
    contents = fs_test_read_file (path);
    g_assert_cmpstr (contents, ==, "old contents");
    g_assert_cmpuint (count_entries (dir), ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_data_func ("/exchange/round-trip/premortem", "premortem-rich.json", test_round_trip);
  g_test_add_data_func ("/exchange/round-trip/postmortem", "postmortem-rich.json",
                        test_round_trip);
  g_test_add_func ("/exchange/read/premortem", test_read_premortem);
  g_test_add_func ("/exchange/read/postmortem", test_read_postmortem);
  g_test_add_func ("/exchange/read/other-kind", test_read_other_kind);
  g_test_add_func ("/exchange/read/defaults", test_read_defaults);
  g_test_add_func ("/exchange/read/normalizes", test_read_normalizes);
  g_test_add_func ("/exchange/read/unknown-members", test_unknown_members);
  g_test_add_func ("/exchange/read/bad-file", test_bad_file);
  g_test_add_func ("/exchange/read/nul-byte", test_nul_byte);
  g_test_add_func ("/exchange/read/too-deep", test_too_deep);
  g_test_add_func ("/exchange/read/too-large", test_too_large);
  g_test_add_func ("/exchange/read/missing-file", test_missing_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *test = g_strdup_printf ("/exchange/read/%s", bad_inputs[i].test);

      g_test_add_data_func (test, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/exchange/write/kinds", test_write_kinds);
  g_test_add_func ("/exchange/write/values", test_write_values);
  g_test_add_func ("/exchange/write/non-finite", test_write_non_finite);
  g_test_add_func ("/exchange/votes-round-trip", test_votes_round_trip);
  g_test_add_func ("/exchange/write/file", test_file_round_trip);
  g_test_add_func ("/exchange/write/no-folder", test_write_no_folder);
  g_test_add_func ("/exchange/write/over-folder", test_write_over_folder);
  g_test_add_func ("/exchange/write/read-only-folder", test_write_read_only_folder);
  g_test_add_func ("/exchange/write/file-size-limit", test_write_size_limit);

  return g_test_run ();
}
