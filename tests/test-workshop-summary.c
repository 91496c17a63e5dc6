/* test-workshop-summary.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-test-util.h"
#include "fs-votes.h"
#include "fs-workshop-summary.h"

/* The summary a facilitator reads out when the workshop ends. */

static void
add_risk (FsDocument *document,
          const char *title,
          double      probability,
          double      impact,
          const char *owner,
          const char *votes)
{
  g_autoptr(FsRecord) risk = fs_document_new_item (document, FS_DOCUMENT_RISKS);

  fs_record_set_text (risk, FS_RISK_TITLE, title);
  fs_record_set_number (risk, FS_RISK_PROBABILITY, probability);
  fs_record_set_number (risk, FS_RISK_IMPACT, impact);
  fs_record_set_text (risk, FS_RISK_OWNER, owner);
  fs_record_set_text (risk, FS_RISK_VOTES, votes);
  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_RISKS), risk);
}

static char *
titles_of (GPtrArray *records,
           guint      field)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? ", " : "",
                            fs_record_get_text (records->pdata[i], field));
  return g_string_free (titles, FALSE);
}

static void
test_premortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsRecord) cluster = fs_document_new_item (document, FS_DOCUMENT_CLUSTERS);
  g_autoptr(FsWorkshopSummary) summary = NULL;
  g_autofree char *voted = NULL;
  g_autofree char *scored = NULL;
  g_autofree char *unowned = NULL;

  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_CLUSTERS), cluster);
  add_risk (document, "Lag", 2, 2, "Ana", "[{\"by\":\"Ana\",\"count\":2}]");
  add_risk (document, "Pool", 3, 3, "", "[{\"by\":\"Ana\",\"count\":1},{\"by\":\"Tom\",\"count\":2}]");
  add_risk (document, "Backups", 4, 4, "Tom", "");
  add_risk (document, "Certs", 3, 3, "", "[{\"by\":\"Lee\",\"count\":2}]");
  add_risk (document, "DNS", 1, 2, "Lee", "");
  add_risk (document, "Quota", 2, 3, "Ana", "");
  add_risk (document, "Unrated", 0, 0, "Ana", "");

  summary = fs_workshop_summary_new (document);
  g_assert_cmpuint (summary->n_cards, ==, 7);
  g_assert_cmpuint (summary->n_clusters, ==, 1);
  g_assert_cmpuint (summary->n_votes, ==, 7);
  g_assert_cmpuint (summary->n_voters, ==, 3);

  /* Votes first; on a tie, the higher score; no card without votes. */
  voted = titles_of (summary->by_votes, FS_RISK_TITLE);
  g_assert_cmpstr (voted, ==, "Pool, Certs, Lag");
  /* At most five, the highest first, a tie in board order, unrated left out. */
  scored = titles_of (summary->by_score, FS_RISK_TITLE);
  g_assert_cmpstr (scored, ==, "Backups, Pool, Certs, Quota, Lag");
  unowned = titles_of (summary->no_owner, FS_RISK_TITLE);
  g_assert_cmpstr (unowned, ==, "Pool, Certs");
}

static void
test_postmortem (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  const char *areas[] = { "avoid", "detect", "detect" };
  const char *owners[] = { "Ana", " ", "" };
  g_autoptr(FsWorkshopSummary) summary = NULL;
  g_autofree char *voted = NULL;
  g_autofree char *unowned = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(FsRecord) cause = fs_document_new_item (document, FS_DOCUMENT_CAUSES);
      g_autoptr(FsRecord) item = fs_document_new_item (document, FS_DOCUMENT_ACTION_ITEMS);
      g_autofree char *text = g_strdup_printf ("Cause %u", i + 1);
      g_autofree char *action = g_strdup_printf ("Action %u", i + 1);

      fs_record_set_text (cause, FS_CAUSE_TEXT, text);
      fs_record_set_text (cause, FS_CAUSE_AREA, areas[i]);
      if (i > 0)
        fs_record_set_text (cause, FS_CAUSE_VOTES, i == 1 ? "[{\"by\":\"Voter 1\",\"count\":1}]"
                                                          : "[{\"by\":\"Voter 2\",\"count\":3}]");
      g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_CAUSES), cause);
      fs_record_set_text (item, FS_ACTION_ITEM_TEXT, action);
      fs_record_set_text (item, FS_ACTION_ITEM_OWNER, owners[i]);
      g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_ACTION_ITEMS), item);
    }

  summary = fs_workshop_summary_new (document);
  g_assert_cmpuint (summary->n_cards, ==, 3);
  g_assert_cmpuint (summary->n_clusters, ==, 2);
  g_assert_cmpuint (summary->n_votes, ==, 4);
  g_assert_cmpuint (summary->n_voters, ==, 2);
  voted = titles_of (summary->by_votes, FS_CAUSE_TEXT);
  g_assert_cmpstr (voted, ==, "Cause 3, Cause 2");
  g_assert_cmpuint (summary->by_score->len, ==, 0);
  /* An owner of blanks is no owner. */
  unowned = titles_of (summary->no_owner, FS_ACTION_ITEM_TEXT);
  g_assert_cmpstr (unowned, ==, "Action 2, Action 3");
}

static void
test_empty (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsWorkshopSummary) summary = fs_workshop_summary_new (document);

  g_assert_cmpuint (summary->n_cards, ==, 0);
  g_assert_cmpuint (summary->n_votes, ==, 0);
  g_assert_cmpuint (summary->n_voters, ==, 0);
  g_assert_cmpuint (summary->by_votes->len, ==, 0);
  g_assert_cmpuint (summary->by_score->len, ==, 0);
  g_assert_cmpuint (summary->no_owner->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/workshop-summary/premortem", test_premortem);
  g_test_add_func ("/workshop-summary/postmortem", test_postmortem);
  g_test_add_func ("/workshop-summary/empty", test_empty);

  return g_test_run ();
}
