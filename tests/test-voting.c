/* test-voting.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-exchange.h"
#include "fs-test-util.h"
#include "fs-voting.h"

/* Dot voting: who may give how many votes, taking them back, undoing them,
 * and the votes in the exchange file. */

static FsDocument *
premortem_with_risks (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  const char *titles[] = { "Lag", "Pool", "Backups" };
  const double scores[][2] = { { 2, 2 }, { 3, 3 }, { 3, 3 } };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(FsRecord) risk = fs_document_new_item (document, FS_DOCUMENT_RISKS);

      fs_record_set_text (risk, FS_RISK_TITLE, titles[i]);
      fs_record_set_number (risk, FS_RISK_PROBABILITY, scores[i][0]);
      fs_record_set_number (risk, FS_RISK_IMPACT, scores[i][1]);
      g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_RISKS), risk);
    }
  return document;
}

static FsRecord *
risk_at (FsDocument *document,
         guint       position)
{
  g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (document,
                                                                                        FS_DOCUMENT_RISKS)),
                                                    position);
  return risk;
}

static char *
ranked_titles (FsDocument *document)
{
  g_autoptr(GPtrArray) rank = fs_voting_rank (document);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < rank->len; i++)
    g_string_append_printf (titles, "%s%s %u", i > 0 ? ", " : "",
                            fs_record_get_text (rank->pdata[i], FS_RISK_TITLE),
                            fs_voting_count (rank->pdata[i]));
  return g_string_free (titles, FALSE);
}

static void
test_allowance (void)
{
  g_autoptr(FsDocument) document = premortem_with_risks ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsVoting) voting = fs_voting_new (document, history);
  FsRecord *lag = risk_at (document, 0);
  FsRecord *pool = risk_at (document, 1);
  g_autofree char *rank = NULL;

  g_assert_cmpuint (fs_voting_get_allowance (voting), ==, 3);
  g_assert_true (fs_voting_cast (voting, lag, "Ana"));
  g_assert_true (fs_voting_cast (voting, lag, "Ana"));
  g_assert_true (fs_voting_cast (voting, pool, "Ana"));
  g_assert_cmpuint (fs_voting_get_left (voting, "Ana"), ==, 0);
  g_assert_false (fs_voting_cast (voting, pool, "Ana"));
  g_assert_true (fs_voting_cast (voting, pool, "Bo"));
  g_assert_cmpuint (fs_voting_get_used (voting, "Bo"), ==, 1);
  g_assert_cmpuint (fs_voting_get_left (voting, "Bo"), ==, 2);
  g_assert_cmpuint (fs_voting_count (lag), ==, 2);
  g_assert_cmpuint (fs_voting_count (pool), ==, 2);
  g_assert_cmpuint (fs_voting_count_by (pool, "Ana"), ==, 1);
  g_assert_cmpstr (fs_record_get_text (pool, FS_RISK_VOTES), ==,
                   "[{\"by\":\"Ana\",\"count\":1},{\"by\":\"Bo\",\"count\":1}]");

  /* Equal votes rank by score, then in the document's order. */
  rank = ranked_titles (document);
  g_assert_cmpstr (rank, ==, "Pool 2, Lag 2, Backups 0");

  /* A smaller allowance keeps what was given, and gives no more. */
  fs_voting_set_allowance (voting, 1);
  g_assert_cmpuint (fs_voting_count (lag), ==, 2);
  g_assert_false (fs_voting_cast (voting, lag, "Bo"));
}

static void
test_take_back_and_undo (void)
{
  g_autoptr(FsDocument) document = premortem_with_risks ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsVoting) voting = fs_voting_new (document, history);
  FsRecord *lag = risk_at (document, 0);
  g_autoptr(FsRecord) stranger = g_object_new (FS_TYPE_RISK, NULL);

  g_assert_false (fs_voting_take_back (voting, lag, "Ana"));
  g_assert_true (fs_voting_cast (voting, lag, "Ana"));
  g_assert_true (fs_voting_cast (voting, lag, "Ana"));
  g_assert_true (fs_voting_take_back (voting, lag, "Ana"));
  g_assert_cmpuint (fs_voting_count_by (lag, "Ana"), ==, 1);
  g_assert_true (fs_voting_take_back (voting, lag, "Ana"));
  g_assert_cmpstr (fs_record_get_text (lag, FS_RISK_VOTES), ==, "");

  /* Every vote and every one taken back is a step of the history. */
  g_assert_true (fs_edit_history_undo (history));
  g_assert_cmpuint (fs_voting_count_by (lag, "Ana"), ==, 1);
  g_assert_true (fs_edit_history_undo (history));
  g_assert_cmpuint (fs_voting_count_by (lag, "Ana"), ==, 2);
  g_assert_true (fs_edit_history_redo (history));
  g_assert_cmpuint (fs_voting_count_by (lag, "Ana"), ==, 1);

  /* A card of no document of this voting takes no vote. */
  g_assert_false (fs_voting_cast (voting, stranger, "Ana"));
}

static void
test_causes_and_voters (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsVoting) voting = fs_voting_new (document, history);
  g_autoptr(FsRecord) cause = fs_document_new_item (document, FS_DOCUMENT_CAUSES);
  g_auto(GStrv) anonymous = NULL;
  g_auto(GStrv) named = NULL;
  const char *names[] = { "Ana", " ", "Bo", "Ana" };

  g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_CAUSES), cause);
  g_assert_true (fs_voting_cast (voting, cause, "SRE"));
  g_assert_cmpstr (fs_record_get_text (cause, FS_CAUSE_VOTES), ==, "[{\"by\":\"SRE\",\"count\":1}]");

  anonymous = fs_voting_default_voters (document, 3);
  g_assert_cmpuint (g_strv_length (anonymous), ==, 3);
  g_assert_cmpstr (anonymous[2], ==, "Voter 3");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(FsRecord) person = fs_document_new_item (document, FS_DOCUMENT_PEOPLE);

      fs_record_set_text (person, FS_PERSON_NAME, names[i]);
      g_list_store_append (fs_document_get_list (document, FS_DOCUMENT_PEOPLE), person);
    }
  named = fs_voting_default_voters (document, 3);
  g_assert_cmpuint (g_strv_length (named), ==, 2);
  g_assert_cmpstr (named[0], ==, "Ana");
  g_assert_cmpstr (named[1], ==, "Bo");
}

/* The votes given in a workshop come back whole from the exchange file. */
static void
test_exchange_round_trip (void)
{
  g_autoptr(FsDocument) document = premortem_with_risks ();
  g_autoptr(FsEditHistory) history = fs_edit_history_new ();
  g_autoptr(FsVoting) voting = fs_voting_new (document, history);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  fs_voting_cast (voting, risk_at (document, 2), "Ana");
  fs_voting_cast (voting, risk_at (document, 2), "Ana");
  fs_voting_cast (voting, risk_at (document, 0), "Bo");
  g_ptr_array_add (documents, document);
  written = fs_exchange_write (documents, NULL);
  again = fs_exchange_read_data (written, strlen (written), "votes.json", &error);
  g_assert_no_error (error);
  before = ranked_titles (document);
  after = ranked_titles (g_ptr_array_index (again, 0));
  g_assert_cmpstr (before, ==, "Backups 2, Lag 1, Pool 0");
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/voting/allowance", test_allowance);
  g_test_add_func ("/voting/take-back-and-undo", test_take_back_and_undo);
  g_test_add_func ("/voting/causes-and-voters", test_causes_and_voters);
  g_test_add_func ("/voting/exchange-round-trip", test_exchange_round_trip);

  return g_test_run ();
}
