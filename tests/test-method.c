/* test-method.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-exchange.h"
#include "fs-method.h"
#include "fs-test-util.h"

static guint
step_index (FsDocument *document,
            const char *id)
{
  int index = fs_method_find_step (fs_document_get_kind (document), id);

  g_assert_cmpint (index, >=, 0);
  return index;
}

static FsMethodProgress
progress (FsDocument *document,
          const char *id)
{
  return fs_method_get_progress (document, step_index (document, id));
}

static void
test_new_document_has_no_step_started (void)
{
  g_autoptr(FsDocument) pre = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autoptr(FsDocument) post = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  guint n_steps;

  fs_method_get_steps (FS_DOCUMENT_KIND_PREMORTEM, &n_steps);
  g_assert_cmpuint (n_steps, ==, 7);
  for (guint i = 0; i < n_steps; i++)
    g_assert_cmpint (fs_method_get_progress (pre, i), ==, FS_METHOD_PROGRESS_EMPTY);
  fs_method_get_steps (FS_DOCUMENT_KIND_POSTMORTEM, &n_steps);
  for (guint i = 0; i < n_steps; i++)
    g_assert_cmpint (fs_method_get_progress (post, i), ==, FS_METHOD_PROGRESS_EMPTY);
}

static void
test_marks_follow_answers (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  FsRecord *record = FS_RECORD (document);

  /* A choice other than the default starts a step. */
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_RISK_LEVEL, "high");
  g_assert_cmpint (progress (document, "overview"), ==, FS_METHOD_PROGRESS_STARTED);
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_CHANGE, "Move orders to the managed service");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_REASON, "The old host is out of support");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_HISTORY, "The last move took two nights");
  g_assert_cmpint (progress (document, "overview"), ==, FS_METHOD_PROGRESS_STARTED);
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE, "2027-05-01");
  g_assert_cmpint (progress (document, "overview"), ==, FS_METHOD_PROGRESS_COMPLETE);

  g_assert_cmpint (progress (document, "happy-path"), ==, FS_METHOD_PROGRESS_EMPTY);
  fs_test_add_item (document, FS_DOCUMENT_HAPPY_PATH, "title", "Stop writes", NULL);
  g_assert_cmpint (progress (document, "happy-path"), ==, FS_METHOD_PROGRESS_COMPLETE);

  g_assert_cmpint (progress (document, "review"), ==, FS_METHOD_PROGRESS_STARTED);
}

static void
test_review_is_complete_when_all_others_are (void)
{
  g_autofree char *path = fs_test_data_path ("premortem-rich.json");
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, NULL);
  FsDocument *document = g_ptr_array_index (documents, 0);
  guint index = step_index (document, "review");

  /* Written before the go/no-go meeting, it waits for the decision. */
  g_assert_cmpint (progress (document, "go-no-go"), ==, FS_METHOD_PROGRESS_STARTED);
  g_assert_cmpint (fs_method_get_progress (document, index), ==, FS_METHOD_PROGRESS_STARTED);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_GO_NO_GO_DECISION, "go");
  g_assert_cmpint (fs_method_get_progress (document, index), ==, FS_METHOD_PROGRESS_COMPLETE);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_PERFORMED_BY, "");
  g_assert_cmpint (progress (document, "rollback"), ==, FS_METHOD_PROGRESS_STARTED);
  g_assert_cmpint (fs_method_get_progress (document, index), ==, FS_METHOD_PROGRESS_STARTED);
}

/* Risks make the step; clusters are welcome but not asked for. A go/no-go
 * decision still pending is no answer yet. */
static void
test_optional_and_undecided_parts (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  FsRecord *record = FS_RECORD (document);

  fs_test_add_item (document, FS_DOCUMENT_RISKS, "title", "Replica lag", NULL);
  g_assert_cmpint (progress (document, "risks"), ==, FS_METHOD_PROGRESS_COMPLETE);

  fs_test_add_item (document, FS_DOCUMENT_CRITERIA, "text", "Lag is zero", NULL);
  fs_record_set_text (record, FS_DOCUMENT_GO_NO_GO_DECIDED_BY, "Head of engineering");
  fs_record_set_text (record, FS_DOCUMENT_GO_NO_GO_DECIDED_AT, "Friday 17:00");
  g_assert_cmpint (progress (document, "go-no-go"), ==, FS_METHOD_PROGRESS_STARTED);
  fs_record_set_text (record, FS_DOCUMENT_GO_NO_GO_DECISION, "no-go");
  g_assert_cmpint (progress (document, "go-no-go"), ==, FS_METHOD_PROGRESS_COMPLETE);
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/method/new-document-has-no-step-started",
                   test_new_document_has_no_step_started);
  g_test_add_func ("/method/marks-follow-answers", test_marks_follow_answers);
  g_test_add_func ("/method/optional-and-undecided-parts", test_optional_and_undecided_parts);
  g_test_add_func ("/method/review-is-complete-when-all-others-are",
                   test_review_is_complete_when_all_others_are);

  return g_test_run ();
}
