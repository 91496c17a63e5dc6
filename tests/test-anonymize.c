/* test-anonymize.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-anonymize.h"
#include "fs-chain.h"
#include "fs-test-util.h"

static FsRecord *
item_at (FsDocument     *document,
         FsDocumentList  list,
         guint           position)
{
  g_autoptr(FsRecord) item = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document,
                                                                                        list)),
                                                    position);

  g_assert_nonnull (item);
  return item;
}

static void
add_person (FsDocument *document,
            const char *name,
            const char *role)
{
  fs_test_add_item (document, FS_DOCUMENT_PEOPLE, "name", name, "role", role, NULL);
}

/* The summary of an anonymised post-mortem whose people are PEOPLE (name,
 * role pairs ending in NULL), written as TEXT. */
static char *
anonymize_summary (const char * const *people,
                   const char         *text)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsDocument) shown = NULL;

  for (guint i = 0; people[i] != NULL; i += 2)
    add_person (document, people[i], people[i + 1]);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY, text);
  fs_record_set_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE, TRUE);
  shown = fs_anonymize_for_export (document);
  g_assert_true (shown != document);
  /* The document itself keeps what was written. */
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY), ==,
                   text);
  return g_strdup (fs_record_get_text (FS_RECORD (shown), FS_DOCUMENT_INCIDENT_SUMMARY));
}

#define PEOPLE(...) ((const char *[]) { __VA_ARGS__, NULL })

static void
assert_anonymized (const char * const *people,
                   const char         *text,
                   const char         *expected)
{
  g_autofree char *result = anonymize_summary (people, text);

  g_assert_cmpstr (result, ==, expected);
}

static void
test_off_returns_same (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) shown = NULL;

  add_person (document, "Ann Lee", "Support lead");
  fs_document_set_title (document, "Ann Lee's rollout");
  shown = fs_anonymize_for_export (document);
  g_assert_true (shown == document);
  g_assert_cmpstr (fs_document_get_title (shown), ==, "Ann Lee's rollout");
}

static void
test_whole_words (void)
{
  const char * const *people = PEOPLE ("Ann Lee", "Support lead", "Al Novak", "DBA");

  assert_anonymized (people, "Ann wrote the Annual report with Hannah.",
                     "Support lead wrote the Annual report with Hannah.");
  assert_anonymized (people, "Al saw the Alert; Alan and Sal did not. Al.",
                     "DBA saw the Alert; Alan and Sal did not. DBA.");
  assert_anonymized (people, "AnnLee, Ann-Lee and ann lee stay; Ann Lee goes.",
                     "AnnLee, Support lead-Lee and ann lee stay; Support lead goes.");
  assert_anonymized (people, "Ann Lee and Ann met Al Novak (Al)",
                     "Support lead and Support lead met DBA (DBA)");
  assert_anonymized (people, "2Ann and Ann2 stay", "2Ann and Ann2 stay");
}

static void
test_unicode_words (void)
{
  const char * const *people = PEOPLE ("Zoë Martin", "SRE", "Léa Dubois", "Support lead");

  /* Letters beyond ASCII are part of a word, marks included. */
  assert_anonymized (people, "Zoë, Zoëlle and ÉZoë", "SRE, Zoëlle and ÉZoë");
  assert_anonymized (people, "Zoe\xcc\x88 typed with a combining mark", "SRE typed with a "
                     "combining mark");
  assert_anonymized (people, "Léa\xcc\xb2 is not Léa", "Léa\xcc\xb2 is not Support lead");
  assert_anonymized (people, "«Léa» — Léa.", "«Support lead» — Support lead.");
}

static void
test_possessives (void)
{
  const char * const *people = PEOPLE ("Jonas Berg", "Network engineer");

  assert_anonymized (people, "Jonas's laptop, Jonas’ desk and Jonas Berg's pager",
                     "Network engineer's laptop, Network engineer’ desk and "
                     "Network engineer's pager");
}

static void
test_first_names (void)
{
  /* Two Sams: the first name alone could be either, so it stays. A one-letter
   * first name is too short to be told from a word. */
  const char * const *people = PEOPLE ("Sam Roe", "DBA", "Sam Ito", "SRE",
                                       "J Smith", "Tester");

  assert_anonymized (people, "Sam Roe paged Sam Ito; Sam was on call; J Smith and J left.",
                     "DBA paged SRE; Sam was on call; Tester and J left.");
}

static void
test_white_space (void)
{
  /* However the name was typed or the text wrapped, the surname goes too. */
  const char * const *people = PEOPLE ("  Ann   Lee ", "Support lead", "Ann Lee", "Support lead");

  assert_anonymized (people, "Ann\nLee and Ann  Lee and Ann", "Support lead 1 and Support lead 1 "
                     "and Support lead 1");
}

static void
test_roles (void)
{
  const char * const *people = PEOPLE ("Mia Park", "", "Olu Ade", "Database engineer",
                                       "Rui Sá", "Database engineer", "Ida Berg", "",
                                       "Kim Lund", "Lead");

  assert_anonymized (people, "Mia, Olu, Rui, Ida and Kim",
                     "Engineer 1, Database engineer 1, Database engineer 2, Engineer 2 and Lead");
}

static void
test_single_pass (void)
{
  /* A role that holds another person's name is not replaced in turn. */
  const char * const *people = PEOPLE ("Sam Roe", "Kim's deputy", "Kim Park", "DBA");

  assert_anonymized (people, "Sam Roe and Kim", "Kim's deputy and DBA");
}

static FsDocument *
make_document (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);
  const char *authors[] = { "Ann Lee", "Someone Else", NULL };
  const char *lessons[] = { "Ask Ann first", NULL };

  add_person (document, "Ann Lee", "Support lead");
  add_person (document, "Al Novak", "");
  fs_document_set_title (document, "Ann's outage");
  fs_record_set_text (record, FS_DOCUMENT_CREATED, "2026-06-30T18:00:00Z");
  fs_record_set_text (record, FS_DOCUMENT_MODIFIED, "2026-07-01T08:00:00Z");
  fs_record_set_list (record, FS_DOCUMENT_AUTHORS, authors);
  fs_record_set_list (record, FS_DOCUMENT_LESSONS, lessons);
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_FACILITATOR, "Al Novak");
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:00:00Z");
  fs_record_set_text (record, FS_DOCUMENT_PREMORTEM, "Ann");
  fs_record_set_boolean (record, FS_DOCUMENT_ANONYMIZE, TRUE);
  fs_record_set_extra (record, "{\"notes\": \"Ann was tired\"}");
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "2026-06-30T14:05:00Z",
            "text", "Al restarted the pods", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CAUSES, "id", "Ann", "text", "Ann's script had no dry run",
            "area", "fix", NULL);
  fs_test_add_item (document, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Pair Al with Ann",
            "owner", "Ann Lee", "cause", "Ann", "due", "2026-08-01", NULL);
  return document;
}

static void
test_whole_document (void)
{
  g_autoptr(FsDocument) document = make_document ();
  g_autoptr(FsDocument) shown = fs_anonymize_for_export (document);
  FsRecord *record = FS_RECORD (shown);
  FsRecord *ann, *al, *event, *cause, *item;
  const char *authors[] = { "Support lead", "Someone Else", NULL };

  /* The same document, shown differently: same id and dates. */
  g_assert_cmpstr (fs_document_get_id (shown), ==, fs_document_get_id (document));
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_CREATED), ==, "2026-06-30T18:00:00Z");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_MODIFIED), ==, "2026-07-01T08:00:00Z");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_STARTED), ==,
                   "2026-06-30T14:00:00Z");

  g_assert_cmpstr (fs_document_get_title (shown), ==, "Support lead's outage");
  g_assert_cmpstrv (fs_record_get_list (record, FS_DOCUMENT_AUTHORS), authors);
  g_assert_cmpstr (fs_record_get_list (record, FS_DOCUMENT_LESSONS)[0], ==,
                   "Ask Support lead first");
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_INCIDENT_FACILITATOR), ==,
                   "Engineer 1");
  /* Links and ids are no text: they stay, or the links would break. */
  g_assert_cmpstr (fs_record_get_text (record, FS_DOCUMENT_PREMORTEM), ==, "Ann");
  g_assert_null (fs_record_get_extra (record));

  ann = item_at (shown, FS_DOCUMENT_PEOPLE, 0);
  al = item_at (shown, FS_DOCUMENT_PEOPLE, 1);
  g_assert_cmpstr (fs_record_get_text (ann, FS_PERSON_NAME), ==, "Support lead");
  g_assert_cmpstr (fs_record_get_text (ann, FS_PERSON_ROLE), ==, "Support lead");
  g_assert_cmpstr (fs_record_get_text (al, FS_PERSON_NAME), ==, "Engineer 1");
  g_assert_cmpstr (fs_record_get_text (al, FS_PERSON_ROLE), ==, "");

  event = item_at (shown, FS_DOCUMENT_EVENTS, 0);
  g_assert_cmpstr (fs_record_get_text (event, FS_EVENT_TEXT), ==, "Engineer 1 restarted the pods");
  g_assert_cmpstr (fs_record_get_text (event, FS_EVENT_AT), ==, "2026-06-30T14:05:00Z");
  cause = item_at (shown, FS_DOCUMENT_CAUSES, 0);
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_ID), ==, "Ann");
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_TEXT), ==,
                   "Support lead's script had no dry run");
  item = item_at (shown, FS_DOCUMENT_ACTION_ITEMS, 0);
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_TEXT), ==,
                   "Pair Engineer 1 with Support lead");
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_OWNER), ==, "Support lead");
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_CAUSE), ==, "Ann");
  g_assert_cmpstr (fs_record_get_text (item, FS_ACTION_ITEM_DUE), ==, "2026-08-01");

  /* The document itself keeps every name. */
  g_assert_cmpstr (fs_document_get_title (document), ==, "Ann's outage");
  g_assert_cmpstr (fs_record_get_text (item_at (document, FS_DOCUMENT_PEOPLE, 0),
                                       FS_PERSON_NAME), ==, "Ann Lee");
}

static void
test_premortem_owners (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) shown = NULL;
  const char *actions[] = { "Jonas rolls back", "Page Jonas’ deputy", NULL };
  const char *expected[] = { "Network engineer rolls back", "Page Network engineer’ deputy",
                             NULL };

  add_person (document, "Jonas Berg", "Network engineer");
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r1", "title", "Jonas is away",
            "owner", "Jonas Berg", "actions", actions, "cluster", "c1", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CRITERIA, "text", "Jonas says go", "owner", "Jonas", NULL);
  fs_test_add_item (document, FS_DOCUMENT_TIMELINE, "when", "18:00", "who", "Jonas Berg", NULL);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_PERFORMED_BY, "Jonas");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_GO_NO_GO_DECIDED_BY, "Jonas Berg");
  fs_record_set_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE, TRUE);
  shown = fs_anonymize_for_export (document);

  g_assert_cmpstr (fs_record_get_text (item_at (shown, FS_DOCUMENT_RISKS, 0), FS_RISK_OWNER), ==,
                   "Network engineer");
  g_assert_cmpstr (fs_record_get_text (item_at (shown, FS_DOCUMENT_RISKS, 0), FS_RISK_TITLE), ==,
                   "Network engineer is away");
  g_assert_cmpstr (fs_record_get_text (item_at (shown, FS_DOCUMENT_RISKS, 0), FS_RISK_CLUSTER),
                   ==, "c1");
  g_assert_cmpstrv (fs_record_get_list (item_at (shown, FS_DOCUMENT_RISKS, 0), FS_RISK_ACTIONS),
                    expected);
  g_assert_cmpstr (fs_record_get_text (item_at (shown, FS_DOCUMENT_CRITERIA, 0),
                                       FS_CRITERION_OWNER), ==, "Network engineer");
  g_assert_cmpstr (fs_record_get_text (item_at (shown, FS_DOCUMENT_TIMELINE, 0),
                                       FS_TIMELINE_ENTRY_WHO), ==, "Network engineer");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (shown), FS_DOCUMENT_ROLLBACK_PERFORMED_BY), ==,
                   "Network engineer");
  g_assert_cmpstr (fs_record_get_text (FS_RECORD (shown), FS_DOCUMENT_GO_NO_GO_DECIDED_BY), ==,
                   "Network engineer");
}

/* An export prints texts of the other documents of the chain: this
 * document's names go from them too, and the link still holds. */
static void
test_chain_postmortem (void)
{
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsChain) chain = NULL;
  g_autoptr(FsDocument) shown = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  FsDocument *shown_premortem;

  add_person (postmortem, "Ann Lee", "Support lead");
  fs_record_set_boolean (FS_RECORD (postmortem), FS_DOCUMENT_ANONYMIZE, TRUE);
  fs_document_set_title (premortem, "Ann's migration");
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r1", "title", "Ann forgets the flag",
                    NULL);
  fs_document_link_premortem (postmortem, fs_document_get_id (premortem));
  fs_document_set_anticipated (postmortem, "r1", TRUE);
  chain = fs_chain_new_for_postmortem (FS_CHAIN_FOUND, premortem);
  fs_document_set_chain (postmortem, chain);

  shown = fs_anonymize_for_export (postmortem);
  shown_premortem = fs_chain_get_premortem (fs_document_get_chain (shown));
  g_assert_cmpint (fs_chain_get_state (fs_document_get_chain (shown)), ==, FS_CHAIN_FOUND);
  g_assert_cmpstr (fs_document_get_id (shown_premortem), ==, fs_document_get_id (premortem));
  g_assert_cmpstr (fs_document_get_title (shown_premortem), ==, "Support lead's migration");
  risks = fs_chain_dup_risks_anticipated_by (fs_document_get_chain (shown), shown);
  g_assert_cmpuint (risks->len, ==, 1);
  g_assert_cmpstr (fs_record_get_text (g_ptr_array_index (risks, 0), FS_RISK_TITLE), ==,
                   "Support lead forgets the flag");
  /* The pre-mortem itself keeps its words. */
  g_assert_cmpstr (fs_document_get_title (premortem), ==, "Ann's migration");
  g_assert_cmpstr (fs_record_get_text (item_at (premortem, FS_DOCUMENT_RISKS, 0), FS_RISK_TITLE),
                   ==, "Ann forgets the flag");
}

static void
test_chain_premortem (void)
{
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GListStore) links = g_list_store_new (FS_TYPE_LINK_ENTRY);
  g_autoptr(FsChain) chain = NULL;
  g_autoptr(FsDocument) shown = NULL;
  g_autoptr(FsRecord) link = NULL;
  g_autoptr(FsRecord) original = NULL;

  add_person (premortem, "Ann Lee", "Support lead");
  fs_record_set_boolean (FS_RECORD (premortem), FS_DOCUMENT_ANONYMIZE, TRUE);
  fs_test_add_link (links, "Ann's outage", TRUE, (const char *[]) { "r1", NULL });
  chain = fs_chain_new_for_premortem (G_LIST_MODEL (links));
  fs_document_set_chain (premortem, chain);

  shown = fs_anonymize_for_export (premortem);
  link = g_list_model_get_item (fs_chain_get_links (fs_document_get_chain (shown)), 0);
  g_assert_cmpstr (fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_TITLE), ==,
                   "Support lead's outage");
  g_assert_true (fs_record_get_boolean (link, FS_LINK_ENTRY_ASKED));
  g_assert_true (fs_link_entry_anticipated (link, "r1"));
  original = g_list_model_get_item (G_LIST_MODEL (links), 0);
  g_assert_cmpstr (fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_ID), ==,
                   fs_record_get_text (original, FS_LINK_ENTRY_POSTMORTEM_ID));
  g_assert_cmpstr (fs_record_get_text (original, FS_LINK_ENTRY_POSTMORTEM_TITLE), ==,
                   "Ann's outage");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/anonymize/off-returns-same", test_off_returns_same);
  g_test_add_func ("/anonymize/whole-words", test_whole_words);
  g_test_add_func ("/anonymize/unicode-words", test_unicode_words);
  g_test_add_func ("/anonymize/possessives", test_possessives);
  g_test_add_func ("/anonymize/first-names", test_first_names);
  g_test_add_func ("/anonymize/white-space", test_white_space);
  g_test_add_func ("/anonymize/roles", test_roles);
  g_test_add_func ("/anonymize/single-pass", test_single_pass);
  g_test_add_func ("/anonymize/whole-document", test_whole_document);
  g_test_add_func ("/anonymize/premortem-owners", test_premortem_owners);
  g_test_add_func ("/anonymize/chain/postmortem", test_chain_postmortem);
  g_test_add_func ("/anonymize/chain/premortem", test_chain_premortem);

  return g_test_run ();
}
