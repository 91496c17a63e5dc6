/* test-coach.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "fs-chain.h"
#include "fs-coach.h"
#include "fs-test-util.h"

/* A text and the phrase a check should find in it, as written, or NULL when
 * the check should stay quiet. */
typedef struct
{
  const char *text;
  const char *phrase;
} Case;

typedef gboolean (*TextCheck) (const char  *text,
                               char       **phrase);

static void
assert_cases (TextCheck   check,
              const Case *cases,
              guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *phrase = NULL;
      gboolean found = check (cases[i].text, &phrase);

      if (g_strcmp0 (phrase, cases[i].phrase) != 0)
        g_test_message ("checking “%s”", cases[i].text);
      g_assert_cmpstr (phrase, ==, cases[i].phrase);
      g_assert_cmpint (found, ==, cases[i].phrase != NULL);
      /* The phrase is optional. */
      g_assert_cmpint (check (cases[i].text, NULL), ==, found);
    }
}

static FsRecord *
append_item (FsDocument     *document,
             FsDocumentList  list)
{
  g_autoptr(FsRecord) item = g_object_new (fs_document_list_info (list)->item_type (), NULL);

  g_list_store_append (fs_document_get_list (document, list), item);
  return item;
}

/* Sets a text list field to VALUE alone, or empties it for NULL. */
static void
set_entry (FsRecord   *record,
           guint       field,
           const char *value)
{
  const char *entries[] = { value, NULL };

  fs_record_set_list (record, field, entries);
}

static FsRecord *
add_risk (FsDocument *document,
          const char *title,
          const char *symptom,
          const char *action,
          double      probability,
          double      impact,
          const char *owner)
{
  FsRecord *risk = append_item (document, FS_DOCUMENT_RISKS);

  fs_record_set_text (risk, FS_RISK_TITLE, title);
  set_entry (risk, FS_RISK_SYMPTOMS, symptom);
  set_entry (risk, FS_RISK_ACTIONS, action);
  fs_record_set_number (risk, FS_RISK_PROBABILITY, probability);
  fs_record_set_number (risk, FS_RISK_IMPACT, impact);
  fs_record_set_text (risk, FS_RISK_OWNER, owner);
  return risk;
}

/* A risk the coach has nothing to say about. */
static void
add_good_risk (FsDocument *document)
{
  add_risk (document, "Checkout times out for customers with saved cards",
            "p99 latency of /checkout above 2 s", "Raise the card vault pool size", 4, 4, "Ana");
}

static FsRecord *
add_action_item (FsDocument *document,
                 const char *text,
                 const char *owner,
                 const char *due,
                 const char *status)
{
  FsRecord *item = append_item (document, FS_DOCUMENT_ACTION_ITEMS);

  fs_record_set_text (item, FS_ACTION_ITEM_TEXT, text);
  fs_record_set_text (item, FS_ACTION_ITEM_OWNER, owner);
  fs_record_set_text (item, FS_ACTION_ITEM_DUE, due);
  fs_record_set_text (item, FS_ACTION_ITEM_STATUS, status);
  return item;
}

static FsRecord *
add_cause (FsDocument *document,
           const char *text)
{
  FsRecord *cause = append_item (document, FS_DOCUMENT_CAUSES);

  fs_record_set_text (cause, FS_CAUSE_TEXT, text);
  return cause;
}

/* A cause that names the layer that failed: avoid, detect or fix. */
static FsRecord *
add_tagged_cause (FsDocument *document,
                  const char *text,
                  const char *area)
{
  FsRecord *cause = add_cause (document, text);

  fs_record_set_text (cause, FS_CAUSE_AREA, area);
  return cause;
}

static guint
count_advice (GPtrArray  *advice,
              const char *id)
{
  guint count = 0;

  for (guint i = 0; i < advice->len; i++)
    count += g_str_equal (((FsAdvice *) g_ptr_array_index (advice, i))->id, id);
  return count;
}

/* The one piece of advice with ID, which must be about LIST, ITEM and FIELD. */
static const FsAdvice *
assert_advice (GPtrArray  *advice,
               const char *id,
               int         list,
               int         item,
               int         field)
{
  const FsAdvice *found = NULL;

  g_assert_cmpuint (count_advice (advice, id), ==, 1);
  for (guint i = 0; found == NULL; i++)
    if (g_str_equal (((FsAdvice *) g_ptr_array_index (advice, i))->id, id))
      found = g_ptr_array_index (advice, i);
  g_assert_cmpint (found->list, ==, list);
  g_assert_cmpint (found->item, ==, item);
  g_assert_cmpint (found->field, ==, field);
  g_assert_cmpuint (strlen (found->message), >, 20);
  return found;
}

/* The advice at INDEX is ID about FIELD of action item ITEM. */
static const FsAdvice *
assert_action_advice (GPtrArray  *advice,
                  guint       index,
                  const char *id,
                  int         field,
                  int         item)
{
  const FsAdvice *found = g_ptr_array_index (advice, index);

  g_assert_cmpstr (found->id, ==, id);
  g_assert_cmpint (found->list, ==, FS_DOCUMENT_ACTION_ITEMS);
  g_assert_cmpint (found->item, ==, item);
  g_assert_cmpint (found->field, ==, field);
  return found;
}

static void
assert_no_advice (FsDocument *document)
{
  g_autoptr(GPtrArray) advice = fs_coach_check_document (document);

  for (guint i = 0; i < advice->len; i++)
    g_test_message ("unexpected: %s", ((FsAdvice *) g_ptr_array_index (advice, i))->id);
  g_assert_cmpuint (advice->len, ==, 0);
}

static void
test_vague_phrases (void)
{
  static const Case cases[] = {
    { "It doesn't work", "doesn't work" },
    { "IT DOESN’T WORK", "DOESN’T WORK" },
    { "Something breaks", "breaks" },
    { "Login issues", "issues" },
    { "issues", "issues" },
    { "Payment service has problems", "problems" },
    { "Deploy fails", "fails" },
    { "Things go wrong during the cutover", "go wrong" },
    { "Not working after the upgrade", "Not working" },
    { "Errors and issues everywhere", "Errors" },
    { "Problems with the new billing export", "Problems" },
    { "café issues", "issues" },
    { "\xff\xfe issues", "issues" },
    /* Near misses: the words inside other words. */
    { "tissues", NULL },
    { "We run out of tissues in the war room", NULL },
    { "terrorism", NULL },
    { "Problematic", NULL },
    { "The failsafe trips", NULL },
    { "Bugsnag quota exceeded", NULL },
    { "éissues", NULL },
    { "issuesé", NULL },
    /* A failure word among enough detail is specific. */
    { "Clients see 502 errors for up to five minutes during the switch", NULL },
    { "The migration fails on the users table", NULL },
    { "Error rate above 5% on the checkout API", NULL },
    { "", NULL },
    { "   ", NULL },
  };

  assert_cases (fs_coach_is_vague_failure, cases, G_N_ELEMENTS (cases));
}

static void
test_blame_phrases (void)
{
  static const Case cases[] = {
    { "It was Sam's fault", "Sam's fault" },
    { "SAM’S FAULT, really", "SAM’S FAULT" },
    { "It was my fault", "my fault" },
    { "The on-call engineer should have checked the graph", "should have" },
    { "They should\nhave known", "should\nhave" },
    { "Human error", "Human error" },
    { "A careless deploy", "careless" },
    { "She forgot to renew the certificate", "forgot to" },
    { "He failed to follow the runbook", "failed to" },
    { "Negligent handling of the keys", "Negligent" },
    { "We blame the vendor", "blame" },
    { "Ops blamed the network", "blamed" },
    { "They didn't bother to test", "didn't bother" },
    { "They didn’t bother to test", "didn’t bother" },
    /* Blameless writing. */
    { "This is a blameless review", NULL },
    { "Blameless post-mortem", NULL },
    { "Nobody's fault: the alert threshold was too high", NULL },
    { "It was no one’s fault", NULL },
    { "No one is to blame", NULL },
    /* Near misses. */
    { "The shoulder of the graph", NULL },
    { "Fault injection found it", NULL },
    { "The default config was wrong", NULL },
    { "The forgotten cron job kept running", NULL },
    { "Carefully staged rollout", NULL },
    { "", NULL },
  };

  assert_cases (fs_coach_has_blame_language, cases, G_N_ELEMENTS (cases));
}

static void
test_try_harder_phrases (void)
{
  static const Case cases[] = {
    { "Be more careful when deploying", "Be more careful" },
    { "Review more carefully", "Review more carefully" },
    { "Double-check the config", "Double-check" },
    { "double check the config", "double check" },
    { "Try harder", "Try harder" },
    { "Pay more attention to alerts", "Pay more attention" },
    { "Remember to rotate the keys", "Remember to" },
    { "Be vigilant about disk space", "Be vigilant" },
    { "Ops: BE MORE CAREFUL", "BE MORE CAREFUL" },
    /* Process and technology changes. */
    { "Add a CI job that double-checks the schema", NULL },
    { "Add an automated double-check of the config", NULL },
    { "Automate renewal so that nobody has to remember to renew", NULL },
    { "Add a calendar reminder for the renewal", NULL },
    { "Alert on attention-worthy queue growth", NULL },
    { "Document the careful rollout process", NULL },
    { "", NULL },
  };

  assert_cases (fs_coach_is_try_harder, cases, G_N_ELEMENTS (cases));
}

static void
test_empty_documents (void)
{
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  assert_no_advice (premortem);
  assert_no_advice (postmortem);

  /* Rows just added and not yet written in are left alone. */
  append_item (premortem, FS_DOCUMENT_HAPPY_PATH);
  append_item (premortem, FS_DOCUMENT_RISKS);
  append_item (premortem, FS_DOCUMENT_ACTION_ITEMS);
  append_item (postmortem, FS_DOCUMENT_EVENTS);
  append_item (postmortem, FS_DOCUMENT_CAUSES);
  append_item (postmortem, FS_DOCUMENT_ACTION_ITEMS);
  assert_no_advice (premortem);
  assert_no_advice (postmortem);
}

static void
test_risk_checks (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) advice = NULL;
  const FsAdvice *vague;

  add_good_risk (document);
  add_risk (document, "Login issues", NULL, NULL, 4, 3.5, "");
  advice = fs_coach_check_document (document);

  vague = assert_advice (advice, "risk-vague", FS_DOCUMENT_RISKS, 1, FS_RISK_TITLE);
  g_assert_cmpint (vague->kind, ==, FS_ADVICE_VAGUE_FAILURE);
  g_assert_nonnull (strstr (vague->message, "“issues”"));
  assert_advice (advice, "risk-no-symptoms", FS_DOCUMENT_RISKS, 1, FS_RISK_SYMPTOMS);
  assert_advice (advice, "risk-no-actions", FS_DOCUMENT_RISKS, 1, FS_RISK_ACTIONS);
  assert_advice (advice, "risk-no-owner", FS_DOCUMENT_RISKS, 1, FS_RISK_OWNER);
}

static void
test_risk_title_length (void)
{
  static const struct { const char *title; gboolean vague; } titles[] = {
    { "Outage", TRUE },
    { "Data loss", TRUE },
    { "  DNS  misconfigured ", TRUE },
    { "Certificate expires at midnight", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
      g_autoptr(GPtrArray) advice = NULL;

      add_risk (document, titles[i].title, "Alert fires", "Roll back", 1, 1, "");
      advice = fs_coach_check_document (document);
      if (count_advice (advice, "risk-vague") != (guint) titles[i].vague)
        g_test_message ("title “%s”", titles[i].title);
      g_assert_cmpuint (count_advice (advice, "risk-vague"), ==, titles[i].vague);
    }
}

static void
test_risk_owner_threshold (void)
{
  static const struct {
    double probability, impact;
    const char *owner;
    gboolean advised;
  } risks[] = {
    { 3, 4, "", TRUE },        /* exactly 12 */
    { 5, 5, "  ", TRUE },      /* white space is no owner */
    { 3.5, 3.4, "", FALSE },   /* 11.9 */
    { 5, 5, "Ana", FALSE },
    { 0, 0, "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    {
      g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
      g_autoptr(GPtrArray) advice = NULL;

      add_risk (document, "Checkout times out for customers with saved cards", "Alert fires",
                "Roll back", risks[i].probability, risks[i].impact, risks[i].owner);
      advice = fs_coach_check_document (document);
      g_assert_cmpuint (count_advice (advice, "risk-no-owner"), ==, risks[i].advised);
    }
}

static void
test_good_premortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  FsRecord *step = append_item (document, FS_DOCUMENT_HAPPY_PATH);

  fs_record_set_text (step, FS_STEP_TITLE, "Switch DNS to the new load balancer");
  fs_record_set_text (step, FS_STEP_EXPECTED, "Traffic on the old balancer drops to zero");
  add_good_risk (document);
  set_entry (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_TRIGGERS, "5xx above 2% for 5 minutes");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_PERFORMED_BY, "On-call SRE");
  add_action_item (document, "Add a lock timeout to the migration", "Ana", "2026-12-01", "open");
  assert_no_advice (document);
}

static void
test_step_expectation (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) advice = NULL;
  FsRecord *first = append_item (document, FS_DOCUMENT_HAPPY_PATH);
  FsRecord *second = append_item (document, FS_DOCUMENT_HAPPY_PATH);
  FsRecord *third = append_item (document, FS_DOCUMENT_HAPPY_PATH);

  fs_record_set_text (first, FS_STEP_TITLE, "Stop the writers");
  fs_record_set_text (first, FS_STEP_EXPECTED, "Write rate drops to zero");
  fs_record_set_text (second, FS_STEP_DETAILS, "systemctl stop importer");
  fs_record_set_text (second, FS_STEP_EXPECTED, " \n ");
  fs_record_set_text (third, FS_STEP_TITLE, "Run the migration");
  fs_record_set_text (third, FS_STEP_EXPECTED, "Migration logs “done”");
  advice = fs_coach_check_document (document);

  assert_advice (advice, "step-no-expectation", FS_DOCUMENT_HAPPY_PATH, 1, FS_STEP_EXPECTED);
  g_assert_cmpuint (advice->len, ==, 1);
}

static void
test_rollback (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) begun = NULL;
  g_autoptr(GPtrArray) triggered = NULL;

  /* Once the plan is begun, both are asked for. */
  set_entry (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_STEPS, "Revert the release");
  begun = fs_coach_check_document (document);
  assert_advice (begun, "rollback-no-trigger", -1, -1, FS_DOCUMENT_ROLLBACK_TRIGGERS);
  assert_advice (begun, "rollback-no-performer", -1, -1, FS_DOCUMENT_ROLLBACK_PERFORMED_BY);
  g_assert_cmpuint (begun->len, ==, 2);

  set_entry (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_TRIGGERS, "Checkout errors above 1%");
  triggered = fs_coach_check_document (document);
  g_assert_cmpuint (count_advice (triggered, "rollback-no-trigger"), ==, 0);
  assert_advice (triggered, "rollback-no-performer", -1, -1, FS_DOCUMENT_ROLLBACK_PERFORMED_BY);

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_PERFORMED_BY, "Release manager");
  assert_no_advice (document);
}

static void
test_rollback_with_risks (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) advice = NULL;

  add_good_risk (document);
  advice = fs_coach_check_document (document);
  assert_advice (advice, "rollback-no-trigger", -1, -1, FS_DOCUMENT_ROLLBACK_TRIGGERS);
  assert_advice (advice, "rollback-no-performer", -1, -1, FS_DOCUMENT_ROLLBACK_PERFORMED_BY);
  g_assert_cmpuint (advice->len, ==, 2);
}

/* A typed duration is checked against the times, with room for rounding;
 * without both times, or without a duration, there is nothing to compare. */
static void
test_duration_disagrees (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);
  g_autoptr(GPtrArray) advice = NULL;
  const FsAdvice *disagrees;

  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES, 45);
  assert_no_advice (document);
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_STARTED, "2020-06-30T13:58:00Z");
  assert_no_advice (document);
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_RESOLVED, "2020-06-30T16:03:00Z");
  advice = fs_coach_check_document (document);
  disagrees = assert_advice (advice, "duration-disagrees", -1, -1, FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  g_assert_nonnull (strstr (disagrees->message, "2 h 5 min"));
  g_assert_nonnull (strstr (disagrees->message, "45 min"));

  /* Rounded to the quarter hour, it is the same story. */
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES, 120);
  assert_no_advice (document);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES, NAN);
  assert_no_advice (document);
}

/* The method's other questions: the layers the causes name, both kinds of
 * action item, each item answering a cause, and the lessons. */
static void
test_postmortem_method_rules (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  const char *got_lucky[] = { "It happened on a quiet Sunday", NULL };
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) tagged = NULL;
  g_autoptr(GPtrArray) one_kind = NULL;
  g_autoptr(GPtrArray) answered = NULL;
  FsRecord *cause;
  FsRecord *console;
  FsRecord *alert;
  FsRecord *drain;

  /* Nothing written, nothing asked. */
  assert_no_advice (document);

  cause = add_cause (document, "The drain step is manual");
  console = add_cause (document, "Nobody could reach the console quickly");
  alert = add_action_item (document, "Alert when a node is not drained", "Ana", "2026-12-01", "open");
  drain = add_action_item (document, "Automate the drain", "Sam", "2026-12-01", "open");
  fs_record_set_text (alert, FS_ACTION_ITEM_KIND, "technology");
  fs_record_set_text (drain, FS_ACTION_ITEM_KIND, "technology");
  first = fs_coach_check_document (document);
  assert_advice (first, "causes-no-detect", FS_DOCUMENT_CAUSES, -1, -1);
  assert_advice (first, "causes-no-fix", FS_DOCUMENT_CAUSES, -1, -1);
  assert_advice (first, "lessons-empty", -1, -1, FS_DOCUMENT_GOT_LUCKY);
  g_assert_nonnull (strstr (assert_advice (first, "actions-one-kind", FS_DOCUMENT_ACTION_ITEMS, -1, -1)->message,
                            "how the team works"));
  g_assert_cmpuint (count_advice (first, "action-no-cause"), ==, 2);

  /* Answered one by one, each falls silent. */
  fs_record_set_text (cause, FS_CAUSE_AREA, "detect");
  fs_record_set_text (console, FS_CAUSE_AREA, "fix");
  fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_GOT_LUCKY, got_lucky);
  tagged = fs_coach_check_document (document);
  g_assert_cmpuint (count_advice (tagged, "causes-no-detect"), ==, 0);
  g_assert_cmpuint (count_advice (tagged, "causes-no-fix"), ==, 0);
  g_assert_cmpuint (count_advice (tagged, "lessons-empty"), ==, 0);
  g_assert_cmpuint (count_advice (tagged, "actions-one-kind"), ==, 1);

  fs_record_set_text (drain, FS_ACTION_ITEM_KIND, "process");
  fs_record_set_text (alert, FS_ACTION_ITEM_CAUSE, "c1");
  fs_record_set_text (drain, FS_ACTION_ITEM_CAUSE, "c1");
  answered = fs_coach_check_document (document);
  g_assert_cmpuint (count_advice (answered, "actions-one-kind"), ==, 0);
  g_assert_cmpuint (count_advice (answered, "action-no-cause"), ==, 0);
  assert_no_advice (document);
}

/* The facilitator named most in the story is asked to hand over; named
 * less than someone else, or once, they are not. Whole words only. */
static void
test_facilitator_involved (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) advice = NULL;
  FsRecord *ana = append_item (document, FS_DOCUMENT_PEOPLE);
  FsRecord *sam = append_item (document, FS_DOCUMENT_PEOPLE);
  FsRecord *event;

  fs_record_set_text (ana, FS_PERSON_NAME, "Ana Ruiz");
  fs_record_set_text (sam, FS_PERSON_NAME, "Sam Okafor");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_FACILITATOR, "Ana Ruiz");
  event = append_item (document, FS_DOCUMENT_EVENTS);
  fs_record_set_text (event, FS_EVENT_TEXT, "Ana Ruiz starts the deploy");
  assert_no_advice (document);

  event = append_item (document, FS_DOCUMENT_EVENTS);
  fs_record_set_text (event, FS_EVENT_TEXT, "ana rolls back; Sam watches. Banana bread arrives.");
  advice = fs_coach_check_document (document);
  g_assert_nonnull (strstr (assert_advice (advice, "facilitator-involved", -1, -1,
                                           FS_DOCUMENT_INCIDENT_FACILITATOR)->message, "Ana Ruiz"));

  /* Sam is named as often: Ana is not the one at the centre. */
  event = append_item (document, FS_DOCUMENT_EVENTS);
  fs_record_set_text (event, FS_EVENT_TEXT, "Sam Okafor pages the database team");
  assert_no_advice (document);
}

/* Once other post-mortems use levels, a severity that is none of them is
 * offered them; spelled otherwise (case, spaces) it is one of them. */
static void
test_severity_levels (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsChain) chain = fs_chain_new_for_postmortem (FS_CHAIN_UNLINKED, NULL);
  g_autoptr(GPtrArray) advice = NULL;
  const char * const levels[] = { "SEV1", "SEV2", "SEV3", NULL };
  const char * const none[] = { NULL };
  const FsAdvice *found;

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SEVERITY, "pretty bad");
  /* Without the library's levels, or with none in use, nothing to compare. */
  assert_no_advice (document);
  fs_chain_set_team_levels (chain, none);
  fs_document_set_chain (document, chain);
  assert_no_advice (document);

  g_clear_object (&chain);
  chain = fs_chain_new_for_postmortem (FS_CHAIN_UNLINKED, NULL);
  fs_chain_set_team_levels (chain, levels);
  fs_document_set_chain (document, chain);
  advice = fs_coach_check_document (document);
  found = assert_advice (advice, "severity-not-a-level", -1, -1, FS_DOCUMENT_INCIDENT_SEVERITY);
  g_assert_nonnull (strstr (found->message, "“SEV1”, “SEV2”, “SEV3”"));

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SEVERITY, " sev2 ");
  assert_no_advice (document);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SEVERITY, "");
  assert_no_advice (document);
}

static void
test_single_cause (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) one_and_blank = NULL;
  const FsAdvice *single;

  assert_no_advice (document);
  add_cause (document, "The certificate renewal job ran on a host that was retired");
  one = fs_coach_check_document (document);
  single = assert_advice (one, "causes-single", FS_DOCUMENT_CAUSES, -1, -1);
  g_assert_cmpint (single->kind, ==, FS_ADVICE_SINGLE_CAUSE);
  g_assert_cmpuint (count_advice (one, "causes-single"), ==, 1);

  add_cause (document, "  ");
  one_and_blank = fs_coach_check_document (document);
  assert_advice (one_and_blank, "causes-single", FS_DOCUMENT_CAUSES, -1, -1);

  add_cause (document, "Nothing alerted on certificates expiring within a week");
  {
    g_autoptr(GPtrArray) two = fs_coach_check_document (document);

    g_assert_cmpuint (count_advice (two, "causes-single"), ==, 0);
  }
}

/* A post-mortem with blame in each place it is looked for. */
static FsDocument *
new_blaming_postmortem (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  const char *went_badly[] = { "Paging was slow", "Sam should have paged earlier", NULL };
  FsRecord *event;

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY,
                      "Checkout failed for an hour; it was Sam's fault.");
  event = append_item (document, FS_DOCUMENT_EVENTS);
  fs_record_set_text (event, FS_EVENT_TEXT, "Deploy started");
  event = append_item (document, FS_DOCUMENT_EVENTS);
  fs_record_set_text (event, FS_EVENT_TEXT, "Operator forgot to drain the node");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_TRIGGER, "Human error");
  add_tagged_cause (document, "The runbook skipped the drain step", "fix");
  add_tagged_cause (document, "Nobody's fault: the drain is not automated", "detect");
  add_cause (document, "Careless review of the change");
  fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_WENT_BADLY, went_badly);
  return document;
}

/* The blame advice at INDEX is about LIST, ITEM and FIELD, and quotes QUOTE. */
static void
assert_blame_at (GPtrArray  *advice,
                 guint       index,
                 int         list,
                 int         item,
                 int         field,
                 const char *quote)
{
  const FsAdvice *found = g_ptr_array_index (advice, index);

  g_assert_cmpint (found->kind, ==, FS_ADVICE_BLAME_LANGUAGE);
  g_assert_cmpstr (found->id, ==, "blame-language");
  g_assert_cmpint (found->list, ==, list);
  g_assert_cmpint (found->item, ==, item);
  g_assert_cmpint (found->field, ==, field);
  g_assert_nonnull (strstr (found->message, quote));
}

static void
test_blame_in_postmortem (void)
{
  g_autoptr(FsDocument) document = new_blaming_postmortem ();
  g_autoptr(GPtrArray) advice = fs_coach_check_document (document);

  /* In the order of the method: summary, events, trigger, causes, went badly. */
  g_assert_cmpuint (advice->len, ==, 5);
  assert_blame_at (advice, 0, -1, -1, FS_DOCUMENT_INCIDENT_SUMMARY, "“Sam's fault”");
  assert_blame_at (advice, 1, FS_DOCUMENT_EVENTS, 1, FS_EVENT_TEXT, "“forgot to”");
  assert_blame_at (advice, 2, -1, -1, FS_DOCUMENT_TRIGGER, "“Human error”");
  assert_blame_at (advice, 3, FS_DOCUMENT_CAUSES, 2, FS_CAUSE_TEXT, "“Careless”");
  assert_blame_at (advice, 4, -1, -1, FS_DOCUMENT_WENT_BADLY, "“should have”");
}

static void
test_blameless_postmortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  const char *went_badly[] = { "The blameless review took two weeks to schedule", NULL };

  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY,
                      "A blameless look at the checkout outage: no one is to blame.");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_TRIGGER,
                      "A default setting shipped with the new load balancer");
  add_tagged_cause (document, "The load balancer default is a 5 second timeout", "fix");
  add_tagged_cause (document, "No alert on checkout latency", "detect");
  fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_WENT_BADLY, went_badly);
  assert_no_advice (document);
}

static void
test_action_items (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) advice = NULL;
  const FsAdvice *vague;

  const char *went_well[] = { "The rollback took four minutes", NULL };
  GListModel *items;

  add_tagged_cause (document, "The deploy script does not wait for the health check", "fix");
  add_tagged_cause (document, "Nothing alerted on the error rate", "detect");
  fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_WENT_WELL, went_well);
  add_action_item (document, "Make the deploy script wait for health checks", "Ana",
                   "2026-12-01", "open");
  add_action_item (document, "Be more careful when deploying", "Ana", "2026-12-01", "open");
  add_action_item (document, "Alert on checkout error rate", "", "", "open");
  add_action_item (document, "Double-check the config", "", "", "done");
  add_action_item (document, "Try harder", "", "", "dropped");
  /* Each answers a cause: the rule for that has its own test. */
  items = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_ACTION_ITEMS));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      fs_record_set_text (item, FS_ACTION_ITEM_CAUSE, "c1");
      fs_record_set_text (item, FS_ACTION_ITEM_KIND, i == 0 ? "technology" : "process");
    }
  advice = fs_coach_check_document (document);

  /* A done item still teaches something; a dropped one is out of the way. */
  g_assert_cmpuint (advice->len, ==, 4);
  vague = assert_action_advice (advice, 0, "action-try-harder", FS_ACTION_ITEM_TEXT, 1);
  g_assert_cmpint (vague->kind, ==, FS_ADVICE_TRY_HARDER);
  g_assert_nonnull (strstr (vague->message, "“Be more careful”"));
  assert_action_advice (advice, 1, "action-no-owner", FS_ACTION_ITEM_OWNER, 2);
  assert_action_advice (advice, 2, "action-no-due-date", FS_ACTION_ITEM_DUE, 2);
  vague = assert_action_advice (advice, 3, "action-try-harder", FS_ACTION_ITEM_TEXT, 3);
  g_assert_nonnull (strstr (vague->message, "“Double-check”"));
}

static void
test_action_items_premortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) advice = NULL;

  add_action_item (document, "Remember to warm the cache", "", "2026-12-01", "open");
  advice = fs_coach_check_document (document);
  assert_advice (advice, "action-try-harder", FS_DOCUMENT_ACTION_ITEMS, 0, FS_ACTION_ITEM_TEXT);
  assert_advice (advice, "action-no-owner", FS_DOCUMENT_ACTION_ITEMS, 0, FS_ACTION_ITEM_OWNER);
  g_assert_cmpuint (advice->len, ==, 2);
}

/* Each check belongs to its kind of document only. */
static void
test_checks_follow_kind (void)
{
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);

  fs_record_set_text (FS_RECORD (premortem), FS_DOCUMENT_INCIDENT_SUMMARY, "Sam's fault");
  add_cause (premortem, "Human error");
  assert_no_advice (premortem);

  add_risk (postmortem, "Issues", NULL, NULL, 5, 5, "");
  set_entry (FS_RECORD (postmortem), FS_DOCUMENT_ROLLBACK_STEPS, "Revert");
  assert_no_advice (postmortem);
}

static void
assert_same_advice (const FsAdvice *a,
                    const FsAdvice *b)
{
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->message, ==, b->message);
  g_assert_cmpint (a->list, ==, b->list);
  g_assert_cmpint (a->item, ==, b->item);
  g_assert_cmpint (a->field, ==, b->field);
}

/* What check_item() says about an item is what check_document() says about it. */
static void
assert_item_matches_document (FsDocument     *document,
                              FsDocumentList  list,
                              guint           position)
{
  g_autoptr(GPtrArray) all = fs_coach_check_document (document);
  g_autoptr(GPtrArray) mine = fs_coach_check_item (document, list, position);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    {
      const FsAdvice *advice = g_ptr_array_index (all, i);

      if (advice->list != (int) list || advice->item != (int) position)
        continue;
      g_assert_cmpuint (n, <, mine->len);
      assert_same_advice (g_ptr_array_index (mine, n++), advice);
    }
  g_assert_cmpuint (n, ==, mine->len);
}

static void
test_check_item (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  add_good_risk (document);
  add_risk (document, "Something breaks", NULL, NULL, 5, 5, "");
  first = fs_coach_check_item (document, FS_DOCUMENT_RISKS, 0);
  second = fs_coach_check_item (document, FS_DOCUMENT_RISKS, 1);

  /* The rollback advice is about the document, not about a risk. */
  g_assert_cmpuint (first->len, ==, 0);
  g_assert_cmpuint (second->len, ==, 4);
  for (guint i = 0; i < second->len; i++)
    {
      const FsAdvice *advice = g_ptr_array_index (second, i);

      g_assert_cmpint (advice->list, ==, FS_DOCUMENT_RISKS);
      g_assert_cmpint (advice->item, ==, 1);
    }
  assert_item_matches_document (document, FS_DOCUMENT_RISKS, 0);
  assert_item_matches_document (document, FS_DOCUMENT_RISKS, 1);
}

static void
test_check_item_postmortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) cause = NULL;
  g_autoptr(GPtrArray) person = NULL;
  FsRecord *someone = append_item (document, FS_DOCUMENT_PEOPLE);

  fs_record_set_text (someone, FS_PERSON_NAME, "Sam");
  add_cause (document, "Sam should have waited");
  add_action_item (document, "Pay more attention", "", "", "open");

  /* The single-cause advice is about the list, so not beside the cause. */
  cause = fs_coach_check_item (document, FS_DOCUMENT_CAUSES, 0);
  assert_advice (cause, "blame-language", FS_DOCUMENT_CAUSES, 0, FS_CAUSE_TEXT);
  g_assert_cmpuint (cause->len, ==, 1);
  person = fs_coach_check_item (document, FS_DOCUMENT_PEOPLE, 0);
  g_assert_cmpuint (person->len, ==, 0);
  assert_item_matches_document (document, FS_DOCUMENT_CAUSES, 0);
  assert_item_matches_document (document, FS_DOCUMENT_ACTION_ITEMS, 0);
}

static void
test_check_item_out_of_range (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  GPtrArray *advice;

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*position*");
  advice = fs_coach_check_item (document, FS_DOCUMENT_RISKS, 0);
  g_test_assert_expected_messages ();
  g_assert_null (advice);
}

/* The ids are stable: the UI, its styles and its tests look advice up by them. */
static void
test_ids (void)
{
  static const char * const ids[] = {
    [FS_ADVICE_VAGUE_FAILURE] = "risk-vague",
    [FS_ADVICE_RISK_WITHOUT_SYMPTOMS] = "risk-no-symptoms",
    [FS_ADVICE_RISK_WITHOUT_ACTIONS] = "risk-no-actions",
    [FS_ADVICE_HIGH_RISK_WITHOUT_OWNER] = "risk-no-owner",
    [FS_ADVICE_NO_ROLLBACK_TRIGGER] = "rollback-no-trigger",
    [FS_ADVICE_NO_ROLLBACK_PERFORMER] = "rollback-no-performer",
    [FS_ADVICE_STEP_WITHOUT_EXPECTATION] = "step-no-expectation",
    [FS_ADVICE_SINGLE_CAUSE] = "causes-single",
    [FS_ADVICE_BLAME_LANGUAGE] = "blame-language",
    [FS_ADVICE_TRY_HARDER] = "action-try-harder",
    [FS_ADVICE_ACTION_WITHOUT_OWNER] = "action-no-owner",
    [FS_ADVICE_ACTION_WITHOUT_DUE_DATE] = "action-no-due-date",
    [FS_ADVICE_DURATION_DISAGREES] = "duration-disagrees",
    [FS_ADVICE_NO_DETECT_CAUSE] = "causes-no-detect",
    [FS_ADVICE_NO_FIX_CAUSE] = "causes-no-fix",
    [FS_ADVICE_ACTIONS_ONE_KIND] = "actions-one-kind",
    [FS_ADVICE_ACTION_WITHOUT_CAUSE] = "action-no-cause",
    [FS_ADVICE_LESSONS_EMPTY] = "lessons-empty",
    [FS_ADVICE_FACILITATOR_INVOLVED] = "facilitator-involved",
    [FS_ADVICE_SEVERITY_NOT_A_LEVEL] = "severity-not-a-level",
  };
  g_autoptr(FsDocument) premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) postmortem = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsDocument) two_causes = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(GPtrArray) pre = NULL;
  g_autoptr(GPtrArray) post = NULL;
  g_autoptr(GPtrArray) layers = NULL;
  gboolean seen[G_N_ELEMENTS (ids)] = { FALSE, };

  fs_record_set_text (append_item (premortem, FS_DOCUMENT_HAPPY_PATH), FS_STEP_TITLE, "Deploy");
  add_risk (premortem, "Issues", NULL, NULL, 5, 5, "");
  add_action_item (premortem, "Be careful", "", "", "open");
  add_cause (postmortem, "Human error");
  fs_record_set_text (FS_RECORD (postmortem), FS_DOCUMENT_INCIDENT_FACILITATOR, "Sam");
  fs_record_set_text (append_item (postmortem, FS_DOCUMENT_EVENTS), FS_EVENT_TEXT, "Sam pages Sam");
  add_cause (two_causes, "The disk filled up");
  add_cause (two_causes, "Nothing watched the disk");
  fs_record_set_text (FS_RECORD (postmortem), FS_DOCUMENT_INCIDENT_STARTED, "2020-06-30T13:00:00Z");
  fs_record_set_text (FS_RECORD (postmortem), FS_DOCUMENT_INCIDENT_RESOLVED, "2020-06-30T14:00:00Z");
  fs_record_set_number (FS_RECORD (postmortem), FS_DOCUMENT_IMPACT_DURATION_MINUTES, 600);
  {
    const char * const levels[] = { "SEV1", "SEV2", NULL };
    g_autoptr(FsChain) chain = fs_chain_new_for_postmortem (FS_CHAIN_UNLINKED, NULL);

    fs_chain_set_team_levels (chain, levels);
    fs_document_set_chain (postmortem, chain);
    fs_record_set_text (FS_RECORD (postmortem), FS_DOCUMENT_INCIDENT_SEVERITY, "Huge");
  }
  fs_record_set_text (add_action_item (postmortem, "Add a latency alert", "Sam", "2026-01-01", "open"),
                      FS_ACTION_ITEM_KIND, "technology");
  fs_record_set_text (add_action_item (postmortem, "Automate the drain", "Ana", "2026-01-01", "open"),
                      FS_ACTION_ITEM_KIND, "technology");
  pre = fs_coach_check_document (premortem);
  post = fs_coach_check_document (postmortem);

  layers = fs_coach_check_document (two_causes);

  g_ptr_array_extend_and_steal (pre, g_steal_pointer (&post));
  g_ptr_array_extend_and_steal (pre, g_steal_pointer (&layers));
  for (guint i = 0; i < pre->len; i++)
    {
      const FsAdvice *advice = g_ptr_array_index (pre, i);

      g_assert_cmpuint (advice->kind, <, G_N_ELEMENTS (ids));
      g_assert_cmpstr (advice->id, ==, ids[advice->kind]);
      seen[advice->kind] = TRUE;
    }
  for (guint kind = 0; kind < G_N_ELEMENTS (ids); kind++)
    g_assert_true (seen[kind]);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/coach/text/vague", test_vague_phrases);
  g_test_add_func ("/coach/text/blame", test_blame_phrases);
  g_test_add_func ("/coach/text/try-harder", test_try_harder_phrases);
  g_test_add_func ("/coach/document/empty", test_empty_documents);
  g_test_add_func ("/coach/document/ids", test_ids);
  g_test_add_func ("/coach/premortem/good", test_good_premortem);
  g_test_add_func ("/coach/premortem/risk", test_risk_checks);
  g_test_add_func ("/coach/premortem/risk-title-length", test_risk_title_length);
  g_test_add_func ("/coach/premortem/risk-owner-threshold", test_risk_owner_threshold);
  g_test_add_func ("/coach/premortem/step-expectation", test_step_expectation);
  g_test_add_func ("/coach/premortem/rollback", test_rollback);
  g_test_add_func ("/coach/premortem/rollback-with-risks", test_rollback_with_risks);
  g_test_add_func ("/coach/premortem/action-items", test_action_items_premortem);
  g_test_add_func ("/coach/postmortem/single-cause", test_single_cause);
  g_test_add_func ("/coach/postmortem/duration-disagrees", test_duration_disagrees);
  g_test_add_func ("/coach/postmortem/method-rules", test_postmortem_method_rules);
  g_test_add_func ("/coach/postmortem/facilitator-involved", test_facilitator_involved);
  g_test_add_func ("/coach/postmortem/severity-levels", test_severity_levels);
  g_test_add_func ("/coach/postmortem/blame", test_blame_in_postmortem);
  g_test_add_func ("/coach/postmortem/blameless", test_blameless_postmortem);
  g_test_add_func ("/coach/postmortem/action-items", test_action_items);
  g_test_add_func ("/coach/document/follows-kind", test_checks_follow_kind);
  g_test_add_func ("/coach/item/premortem", test_check_item);
  g_test_add_func ("/coach/item/postmortem", test_check_item_postmortem);
  g_test_add_func ("/coach/item/out-of-range", test_check_item_out_of_range);

  return g_test_run ();
}
