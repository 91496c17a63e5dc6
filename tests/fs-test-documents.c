/* fs-test-documents.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Realistic documents in any number, the same every time, for benchmarks:
 * two thirds pre-mortems with a timeline and 15 risks, one third
 * post-mortems with events and 15 causes, each with people and 8 action items.
 */

#include "fs-test-documents.h"

static const char *subjects[] = {
  "the payments database", "the checkout service", "the search cluster", "the login flow",
  "the nightly billing job", "the image resizer", "the mobile API gateway", "the order queue",
  "the recommendation model", "the CDN configuration", "the feature-flag service",
  "the warehouse sync", "the email relay", "the audit log pipeline", "the tax calculator",
};
static const char *verbs[] = {
  "stops accepting writes", "answers twice as slowly", "drops one request in twenty",
  "returns stale prices", "runs out of connections", "fails its health checks",
  "loses messages during failover", "rejects valid tokens", "fills the disk with logs",
  "double-charges a handful of customers", "times out for European users",
  "serves the previous release", "stalls behind a schema lock",
};
static const char *contexts[] = {
  "after the cut-over", "during the peak hour", "once the cache is cold",
  "while the replica catches up", "when the old cluster is switched off",
  "under the Black Friday load", "while the migration script is still running",
  "after the certificate rotation", "when two regions disagree",
};
static const char *roles[] = {
  "Incident commander", "Database engineer", "Release manager", "Support lead",
  "Site reliability engineer", "Product owner", "Security engineer",
};
static const char *names[] = {
  "Amara Okafor", "Jonas Weber", "Priya Natarajan", "Luis Ortega", "Mei Tanaka",
  "Sofia Lindqvist", "Kwame Mensah", "Elena Petrova", "Tomás Silva", "Hana Kim",
};

#define PICK(rand, list) (list[g_rand_int_range (rand, 0, G_N_ELEMENTS (list))])

static char *
sentence (GRand *rand)
{
  return g_strdup_printf ("%s %s %s.", PICK (rand, subjects), PICK (rand, verbs),
                          PICK (rand, contexts));
}

static void
set_sentence (FsRecord *record,
              guint     field,
              GRand    *rand)
{
  g_autofree char *text = sentence (rand);

  fs_record_set_text (record, field, text);
}

static void
set_sentences (FsRecord *record,
               guint     field,
               guint     count,
               GRand    *rand)
{
  GStrv list = g_new0 (char *, count + 1);

  for (guint i = 0; i < count; i++)
    list[i] = sentence (rand);
  fs_record_take_list (record, field, list);
}

static void
append (FsDocument     *document,
        FsDocumentList  list,
        gpointer        item)
{
  g_list_store_append (fs_document_get_list (document, list), item);
  g_object_unref (item);
}

static void
add_people_and_actions (FsDocument *document,
                        GRand      *rand)
{
  for (guint i = 0; i < 5; i++)
    {
      FsRecord *person = g_object_new (FS_TYPE_PERSON, NULL);

      fs_record_set_text (person, FS_PERSON_NAME, PICK (rand, names));
      fs_record_set_text (person, FS_PERSON_ROLE, PICK (rand, roles));
      set_sentence (person, FS_PERSON_RESPONSIBILITIES, rand);
      append (document, FS_DOCUMENT_PEOPLE, person);
    }
  for (guint i = 0; i < 8; i++)
    {
      FsRecord *item = g_object_new (FS_TYPE_ACTION_ITEM, NULL);
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);
      g_autofree char *due = g_strdup_printf ("2027-%02d-%02d", 1 + i, 1 + i * 3);

      fs_record_set_text (item, FS_ACTION_ITEM_ID, id);
      set_sentence (item, FS_ACTION_ITEM_TEXT, rand);
      fs_record_set_text (item, FS_ACTION_ITEM_OWNER, PICK (rand, names));
      fs_record_set_text (item, FS_ACTION_ITEM_DUE, due);
      fs_record_set_text (item, FS_ACTION_ITEM_STATUS, i % 3 == 0 ? "done" : "open");
      append (document, FS_DOCUMENT_ACTION_ITEMS, item);
    }
}

static void
fill_premortem (FsDocument *document,
                GRand      *rand)
{
  set_sentence (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_CHANGE, rand);
  set_sentence (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_REASON, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_TRIGGERS, 3, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_STEPS, 4, rand);
  for (guint i = 0; i < 6; i++)
    {
      FsRecord *row = g_object_new (FS_TYPE_TIMELINE_ENTRY, NULL);
      g_autofree char *when = g_strdup_printf ("Tue %02u:00", 18 + i % 6);

      fs_record_set_text (row, FS_TIMELINE_ENTRY_WHEN, when);
      fs_record_set_text (row, FS_TIMELINE_ENTRY_WHO, PICK (rand, names));
      set_sentences (row, FS_TIMELINE_ENTRY_ACTIONS, 2, rand);
      append (document, FS_DOCUMENT_TIMELINE, row);
    }
  for (guint i = 0; i < 15; i++)
    {
      FsRecord *risk = g_object_new (FS_TYPE_RISK, NULL);
      g_autofree char *id = g_strdup_printf ("r%u", i + 1);

      fs_record_set_text (risk, FS_RISK_ID, id);
      set_sentence (risk, FS_RISK_TITLE, rand);
      set_sentences (risk, FS_RISK_SYMPTOMS, 2, rand);
      set_sentences (risk, FS_RISK_ACTIONS, 2, rand);
      set_sentence (risk, FS_RISK_USER_EFFECTS, rand);
      fs_record_set_number (risk, FS_RISK_PROBABILITY, g_rand_int_range (rand, 2, 11) / 2.0);
      fs_record_set_number (risk, FS_RISK_IMPACT, g_rand_int_range (rand, 2, 11) / 2.0);
      fs_record_set_text (risk, FS_RISK_OWNER, PICK (rand, roles));
      append (document, FS_DOCUMENT_RISKS, risk);
    }
}

static void
fill_postmortem (FsDocument *document,
                 GRand      *rand)
{
  set_sentence (FS_RECORD (document), FS_DOCUMENT_INCIDENT_SUMMARY, rand);
  set_sentence (FS_RECORD (document), FS_DOCUMENT_TRIGGER, rand);
  set_sentences (FS_RECORD (document), FS_DOCUMENT_LESSONS, 3, rand);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:05:00Z");
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_INCIDENT_DETECTED,
                      "2026-06-30T14:40:00Z");
  for (guint i = 0; i < 6; i++)
    {
      FsRecord *event = g_object_new (FS_TYPE_EVENT, NULL);
      g_autofree char *at = g_strdup_printf ("2026-06-30T%02u:%02u:00Z", 14 + i / 2, i * 7);

      fs_record_set_text (event, FS_EVENT_AT, at);
      set_sentence (event, FS_EVENT_TEXT, rand);
      append (document, FS_DOCUMENT_EVENTS, event);
    }
  for (guint i = 0; i < 15; i++)
    {
      FsRecord *cause = g_object_new (FS_TYPE_CAUSE, NULL);
      g_autofree char *id = g_strdup_printf ("k%u", i + 1);

      fs_record_set_text (cause, FS_CAUSE_ID, id);
      set_sentence (cause, FS_CAUSE_TEXT, rand);
      fs_record_set_text (cause, FS_CAUSE_AREA, (const char *[]) { "avoid", "detect", "fix" }[i % 3]);
      append (document, FS_DOCUMENT_CAUSES, cause);
    }
}

GPtrArray *
fs_test_generate_documents (guint count)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);

  for (guint i = 0; i < count; i++)
    {
      FsDocumentKind kind = i % 3 == 2 ? FS_DOCUMENT_KIND_POSTMORTEM : FS_DOCUMENT_KIND_PREMORTEM;
      FsDocument *document = fs_document_new (kind);
      g_autofree char *title = g_strdup_printf ("%s %u: %s", kind ? "Incident" : "Change", i,
                                                PICK (rand, subjects));
      g_autofree char *modified = g_strdup_printf ("2026-%02u-%02uT%02u:%02u:00Z", 1 + i % 12,
                                                   1 + i % 28, i % 24, i % 60);

      fs_document_set_title (document, title);
      fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_MODIFIED, modified);
      add_people_and_actions (document, rand);
      if (kind == FS_DOCUMENT_KIND_PREMORTEM)
        fill_premortem (document, rand);
      else
        fill_postmortem (document, rand);
      g_ptr_array_add (documents, document);
    }
  return documents;
}

