/* test-pdf.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "fs-anonymize.h"
#include "fs-chain.h"
#include "fs-exchange.h"
#include "fs-pdf.h"
#include "fs-print-layout.h"
#include "fs-test-util.h"

/* Every test reads its PDF back the way a person would see it: the text
 * through pdftotext, the page size and metadata through pdfinfo. Set
 * FS_PDF_KEEP to a folder to keep the PDFs for a look. */

#define N_ELEMENTS_OF(a) G_N_ELEMENTS (a)

static const char * const premortem_headings[] = {
  "Overview", "Timeline & people", "People", "Timeline", "Happy path", "What can go wrong",
  "Risk matrix", "Ranked risks", "Risk details", "Rollback plan", "Go / no-go", "Action items",
};

static const char * const postmortem_headings[] = {
  "Incident", "What went wrong", "Impact", "Detection", "Timeline", "Resolution", "Why",
  "Trigger", "Root causes", "What went well", "What went badly", "Where we got lucky",
  "How: action items", "Lessons learned",
};

/* Tools */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_printerr ("%s failed: %s\n", argv[0], err);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *path)
{
  /* In the order of drawing: each cell of a table whole, not line by line across the row. */
  return run_tool ((const char * const[]) { "pdftotext", "-raw", "-enc", "UTF-8", path, "-",
                                            NULL });
}

/* In reading order, which puts right-to-left text together. */
static char *
pdf_reading_text (const char *path)
{
  return run_tool ((const char * const[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
}

static char *
pdf_layout_text (const char *path)
{
  return run_tool ((const char * const[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-",
                                            NULL });
}

static char *
pdf_info (const char *path)
{
  return run_tool ((const char * const[]) { "pdfinfo", "-enc", "UTF-8", path, NULL });
}

static char *
info_value (const char *info,
            const char *key)
{
  g_autofree char *pattern = g_strdup_printf ("^%s:\\s*(.*?)\\s*$", key);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, info, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = pdf_info (path);
  g_autofree char *pages = info_value (info, "Pages");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

/* Words as pdftotext wraps them: all runs of white space become one. */
static char *
flatten (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *flat_text = flatten (text);
  g_autofree char *flat_needle = flatten (needle);

  if (strstr (flat_text, flat_needle) == NULL)
    g_error ("“%s” is missing from the PDF text", needle);
}

static void
keep_pdf (const char *path,
          const char *name)
{
  const char *folder = g_getenv ("FS_PDF_KEEP");
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  gsize length;

  if (folder == NULL)
    return;
  copy = g_build_filename (folder, name, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

static char *
export (FsDocument  *document,
        FsPrintKind  kind,
        gboolean     letter,
        const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fs_test_make_dir ();
  char *path = g_build_filename (dir, name, NULL);
  FsPageSetup setup;

  if (letter)
    fs_page_setup_init_letter (&setup);
  else
    fs_page_setup_init_a4 (&setup);
  g_assert_true (fs_pdf_export (document, kind, &setup, path, &error));
  g_assert_no_error (error);
  keep_pdf (path, name);
  return path;
}

/* Documents */

static FsDocument *
load_document (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

static void
append (FsDocument     *document,
        FsDocumentList  list,
        gpointer        item)
{
  g_list_store_append (fs_document_get_list (document, list), item);
  g_object_unref (item);
}

static FsRecord *
new_risk (guint n)
{
  FsRecord *risk = g_object_new (FS_TYPE_RISK, NULL);
  g_autofree char *id = g_strdup_printf ("r%u", n);
  g_autofree char *title = g_strdup_printf ("Risk number %u: the replica falls behind", n);
  const char *symptoms[] = { "Replication lag above 30 s", "Stale balances in the app", NULL };

  fs_record_set_text (risk, FS_RISK_ID, id);
  fs_record_set_text (risk, FS_RISK_TITLE, title);
  fs_record_set_list (risk, FS_RISK_SYMPTOMS, symptoms);
  fs_record_set_text (risk, FS_RISK_USER_EFFECTS, "Some users see yesterday's balance.");
  fs_record_set_list (risk, FS_RISK_ACTIONS, symptoms);
  fs_record_set_number (risk, FS_RISK_PROBABILITY, 1 + n % 5);
  fs_record_set_number (risk, FS_RISK_IMPACT, 1 + (n * 7 / 3) % 4 + 0.5 * (n % 2));
  fs_record_set_text (risk, FS_RISK_OWNER, "Database lead");
  return risk;
}

static FsDocument *
make_premortem (guint n_risks,
                guint n_timeline,
                guint n_items)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  FsRecord *record = FS_RECORD (document);
  const char *actions[] = { "Stop the writers", "Take a snapshot", NULL };

  fs_document_set_title (document, "Move the ledger to the new cluster");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_CHANGE, "The ledger moves.");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE, "2027-05-01");
  for (guint i = 0; i < n_risks; i++)
    append (document, FS_DOCUMENT_RISKS, new_risk (i + 1));
  for (guint i = 0; i < n_timeline; i++)
    {
      FsRecord *entry = g_object_new (FS_TYPE_TIMELINE_ENTRY, NULL);
      g_autofree char *when = g_strdup_printf ("Sat %02u:%02u", 18 + i / 60 % 6, i % 60);

      fs_record_set_text (entry, FS_TIMELINE_ENTRY_WHEN, when);
      fs_record_set_text (entry, FS_TIMELINE_ENTRY_WHO, "Database engineer");
      fs_record_set_list (entry, FS_TIMELINE_ENTRY_ACTIONS, actions);
      append (document, FS_DOCUMENT_TIMELINE, entry);
    }
  for (guint i = 0; i < n_items; i++)
    {
      FsRecord *item = g_object_new (FS_TYPE_ACTION_ITEM, NULL);

      fs_record_set_text (item, FS_ACTION_ITEM_TEXT, "Add an alert on replication lag");
      fs_record_set_text (item, FS_ACTION_ITEM_OWNER, "Platform team");
      fs_record_set_text (item, FS_ACTION_ITEM_DUE, "2027-01-15");
      append (document, FS_DOCUMENT_ACTION_ITEMS, item);
    }
  return document;
}

/* Tests */

static void
assert_risk_titles (FsDocument *document,
                    const char *text)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_RISKS));

  g_assert_cmpuint (g_list_model_get_n_items (risks), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, i);

      assert_contains (text, fs_record_get_text (risk, FS_RISK_TITLE));
    }
}

static void
test_premortem_sections (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "premortem.pdf");
  g_autofree char *text = pdf_text (path);
  guint pages = pdf_pages (path);

  for (guint i = 0; i < N_ELEMENTS_OF (premortem_headings); i++)
    assert_contains (text, premortem_headings[i]);
  assert_risk_titles (document, text);
  assert_contains (text, "It is 14 February 2027. This change has failed. What happened?");
  assert_contains (text, fs_document_get_title (document));
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 16);
}

static void
test_postmortem_sections (void)
{
  g_autoptr(FsDocument) document = load_document ("postmortem-rich.json");
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "postmortem.pdf");
  g_autofree char *text = pdf_text (path);
  guint pages = pdf_pages (path);

  for (guint i = 0; i < N_ELEMENTS_OF (postmortem_headings); i++)
    assert_contains (text, postmortem_headings[i]);
  /* The derived times printed beside the incident timeline. */
  assert_contains (text, "Time to detect");
  assert_contains (text, "Time to resolve");
  assert_contains (text, "Responding");
  g_assert_cmpuint (pages, >=, 2);
  g_assert_cmpuint (pages, <=, 10);
}

/* After a vote the risks table has a column of votes, and a cause says
 * how many it got. */
static void
test_votes (void)
{
  g_autoptr(FsDocument) premortem = load_document ("premortem-rich.json");
  g_autoptr(FsDocument) postmortem = load_document ("postmortem-rich.json");
  g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (premortem,
                                                                                        FS_DOCUMENT_RISKS)),
                                                    0);
  g_autoptr(FsRecord) cause = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (postmortem,
                                                                                         FS_DOCUMENT_CAUSES)),
                                                     0);
  g_autofree char *plain_path = export (premortem, FS_PRINT_DOCUMENT, FALSE, "votes-none.pdf");
  g_autofree char *plain = pdf_text (plain_path);
  g_autofree char *voted_path = NULL;
  g_autofree char *voted = NULL;
  g_autofree char *causes_path = NULL;
  g_autofree char *causes = NULL;

  g_assert_null (strstr (plain, "Votes"));
  fs_record_set_text (risk, FS_RISK_VOTES, "[{\"by\":\"Ana\",\"count\":7}]");
  voted_path = export (premortem, FS_PRINT_DOCUMENT, FALSE, "votes.pdf");
  voted = pdf_text (voted_path);
  assert_contains (voted, "Score Votes Cluster Owner");
  fs_record_set_text (cause, FS_CAUSE_VOTES, "[{\"by\":\"Ana\",\"count\":1}]");
  causes_path = export (postmortem, FS_PRINT_DOCUMENT, FALSE, "votes-causes.pdf");
  causes = pdf_text (causes_path);
  assert_contains (causes, "(1 vote)");
}

static void
test_empty_document (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "empty.pdf");
  g_autofree char *text = pdf_text (path);

  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_contains (text, "Untitled");
  assert_contains (text, "Overview");
  /* Sections with nothing in them are left out. */
  g_assert_null (strstr (text, "Happy path"));
  g_assert_null (strstr (text, "Rollback plan"));
  g_assert_null (strstr (text, "Risk matrix"));
}

static void
test_metadata (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "metadata.pdf");
  g_autofree char *info = pdf_info (path);
  g_autofree char *title = info_value (info, "Title");
  g_autofree char *author = info_value (info, "Author");
  g_autofree char *subject = info_value (info, "Subject");
  g_autofree char *keywords = info_value (info, "Keywords");
  g_autofree char *creator = info_value (info, "Creator");
  g_autofree char *created = info_value (info, "CreationDate");
  g_autofree char *size = info_value (info, "Page size");

  g_assert_cmpstr (title, ==, "Move the payments ledger database to managed PostgreSQL");
  g_assert_cmpstr (author, ==, "Ingrid Haugen, Tomás Ferreira");
  g_assert_cmpstr (subject, ==, "Pre-mortem");
  g_assert_cmpstr (keywords, ==, "payments, database, migration, change-window");
  g_assert_cmpstr (creator, ==, "Foresight");
  g_assert_nonnull (created);
  g_assert_nonnull (strstr (created, "2026"));
  g_assert_nonnull (strstr (size, "595.28 x 841.89"));
}

static void
test_page_sizes (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  g_autofree char *a4 = export (document, FS_PRINT_DOCUMENT, FALSE, "a4.pdf");
  g_autofree char *letter = export (document, FS_PRINT_DOCUMENT, TRUE, "letter.pdf");
  g_autofree char *a4_info = pdf_info (a4);
  g_autofree char *letter_info = pdf_info (letter);
  g_autofree char *a4_size = info_value (a4_info, "Page size");
  g_autofree char *letter_size = info_value (letter_info, "Page size");

  g_assert_nonnull (strstr (a4_size, "(A4)"));
  g_assert_nonnull (strstr (letter_size, "612 x 792"));
  g_assert_nonnull (strstr (letter_size, "(letter)"));
}

/* The bounding box of every word: inside the page, inside the margins but for
 * the running header and footer, which stay in their bands. */
static void
assert_words_inside (const char        *path,
                     const FsPageSetup *setup)
{
  g_autofree char *html = run_tool ((const char * const[]) { "pdftotext", "-bbox", "-enc",
                                                             "UTF-8", path, "-", NULL });
  g_autoptr(GRegex) regex = g_regex_new ("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">|"
                                         "<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" "
                                         "xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">([^<]*)</word>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double width = 0, height = 0, tolerance = 1.5;
  guint words = 0;

  g_regex_match (regex, html, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *page_width = g_match_info_fetch (match, 1);
      g_autofree char *word = NULL;
      double box[4];

      if (page_width[0] != '\0')
        {
          g_autofree char *page_height = g_match_info_fetch (match, 2);

          width = g_ascii_strtod (page_width, NULL);
          height = g_ascii_strtod (page_height, NULL);
          g_assert_cmpfloat_with_epsilon (width, setup->width, 0.1);
          g_assert_cmpfloat_with_epsilon (height, setup->height, 0.1);
          continue;
        }
      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *number = g_match_info_fetch (match, 3 + i);

          box[i] = g_ascii_strtod (number, NULL);
        }
      word = g_match_info_fetch (match, 7);
      words++;
      if (box[0] < setup->margin_left - tolerance ||
          box[2] > width - setup->margin_right + tolerance ||
          box[1] < 12 || box[3] > height - 12 ||
          (box[1] < setup->margin_top - tolerance && box[3] > setup->margin_top - 8) ||
          (box[3] > height - setup->margin_bottom + tolerance &&
           box[1] < height - setup->margin_bottom + 8))
        g_error ("“%s” at %.1f,%.1f–%.1f,%.1f leaves the margins of %s", word, box[0], box[1],
                 box[2], box[3], path);
    }
  g_assert_cmpuint (words, >, 100);
}

static FsDocument *
make_unbreakable (void)
{
  g_autoptr(GString) word = g_string_new ("Donaudampfschifffahrts");
  g_autofree char *url = NULL;
  g_autofree char *title = NULL;
  FsDocument *document = make_premortem (3, 3, 2);
  FsRecord *risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                            document, FS_DOCUMENT_RISKS)), 0);
  FsRecord *entry = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                             document, FS_DOCUMENT_TIMELINE)), 0);

  for (guint i = 0; i < 12; i++)
    g_string_append (word, "gesellschaftskapitänswitwe");
  url = g_strdup_printf ("https://dashboards.example.com/d/ledger-replication-lag/overview?"
                         "orgId=1&from=now-6h&to=now&var-cluster=%s&refresh=30s", word->str);
  title = g_strdup_printf ("%s %s", word->str, url);
  fs_document_set_title (document, title);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_CHANGE, url);
  fs_record_set_text (risk, FS_RISK_TITLE, title);
  fs_record_set_text (risk, FS_RISK_OWNER, word->str);
  fs_record_set_text (entry, FS_TIMELINE_ENTRY_WHEN, word->str);
  g_object_unref (risk);
  g_object_unref (entry);
  return document;
}

static void
test_words_inside_margins (void)
{
  g_autoptr(FsDocument) rich = load_document ("premortem-rich.json");
  g_autoptr(FsDocument) post = load_document ("postmortem-rich.json");
  g_autoptr(FsDocument) unbreakable = make_unbreakable ();
  struct { FsDocument *document; FsPrintKind kind; const char *name; } cases[] = {
    { rich, FS_PRINT_DOCUMENT, "bounds-rich" },
    { rich, FS_PRINT_RUNBOOK, "bounds-runbook" },
    { post, FS_PRINT_DOCUMENT, "bounds-post" },
    { unbreakable, FS_PRINT_DOCUMENT, "bounds-long-words" },
    { unbreakable, FS_PRINT_RUNBOOK, "bounds-long-words-runbook" },
  };

  for (guint i = 0; i < N_ELEMENTS_OF (cases); i++)
    for (guint letter = 0; letter < 2; letter++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s.pdf", cases[i].name,
                                                 letter ? "letter" : "a4");
        g_autofree char *path = export (cases[i].document, cases[i].kind, letter, name);
        FsPageSetup setup;

        if (letter)
          fs_page_setup_init_letter (&setup);
        else
          fs_page_setup_init_a4 (&setup);
        assert_words_inside (path, &setup);
      }
}

/* The lines of each page, without the running header and footer. */
static GPtrArray *
body_pages (const char *path)
{
  g_autofree char *text = pdf_layout_text (path);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  GPtrArray *bodies = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      GPtrArray *body = g_ptr_array_new ();
      gboolean header = TRUE;

      for (guint l = 0; lines[l] != NULL; l++)
        {
          char *line = g_strstrip (g_strdup (lines[l]));
          gboolean blank = line[0] == '\0';

          /* The first line is the running header. */
          if (blank || header || strstr (line, "Page ") != NULL)
            g_free (line);
          else
            g_ptr_array_add (body, line);
          header = header && blank;
        }
      if (strlen (pages[p]) == 0)
        {
          g_ptr_array_free (body, TRUE);
          continue;
        }
      g_ptr_array_add (body, NULL);
      g_ptr_array_add (bodies, g_ptr_array_free (body, FALSE));
    }
  return bodies;
}

static void
test_table_header_repeats (void)
{
  g_autoptr(FsDocument) document = make_premortem (60, 0, 0);
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "sixty-risks.pdf");
  g_autofree char *text = pdf_text (path);
  g_autoptr(GPtrArray) pages = body_pages (path);
  g_autoptr(GRegex) header = g_regex_new ("^#\\s+Risk\\s+P\\s+I\\s+Score\\s+Cluster\\s+Owner$",
                                          0, 0, NULL);
  guint with_header = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      char **lines = g_ptr_array_index (pages, p);

      for (guint l = 0; lines[l] != NULL; l++)
        if (g_regex_match (header, lines[l], 0, NULL))
          {
            with_header++;
            break;
          }
    }
  g_assert_cmpuint (with_header, >=, 2);
  assert_risk_titles (document, text);
}

static void
assert_no_heading_last (const char         *path,
                        const char * const *headings,
                        guint               n_headings)
{
  g_autoptr(GPtrArray) pages = body_pages (path);
  g_autoptr(GRegex) detail = g_regex_new ("^\\d+\\. \\S", 0, 0, NULL);

  g_assert_cmpuint (pages->len, >, 1);
  for (guint p = 0; p < pages->len; p++)
    {
      char **lines = g_ptr_array_index (pages, p);
      guint n = g_strv_length (lines);
      const char *last = n > 0 ? lines[n - 1] : "";

      for (guint h = 0; h < n_headings; h++)
        if (g_str_equal (last, headings[h]))
          g_error ("Page %u of %s ends with the heading “%s”", p + 1, path, last);
      if (p + 1 < pages->len && g_regex_match (detail, last, 0, NULL) &&
          strstr (last, "Risk number") != NULL)
        g_error ("Page %u of %s ends with the heading “%s”", p + 1, path, last);
    }
}

static void
test_headings_never_last (void)
{
  g_autoptr(FsDocument) rich = load_document ("premortem-rich.json");
  g_autoptr(FsDocument) post = load_document ("postmortem-rich.json");
  g_autoptr(FsDocument) many = make_premortem (40, 30, 20);

  for (guint letter = 0; letter < 2; letter++)
    {
      g_autofree char *a = export (rich, FS_PRINT_DOCUMENT, letter, "keep-rich.pdf");
      g_autofree char *b = export (post, FS_PRINT_DOCUMENT, letter, "keep-post.pdf");
      g_autofree char *c = export (many, FS_PRINT_DOCUMENT, letter, "keep-many.pdf");

      assert_no_heading_last (a, premortem_headings, N_ELEMENTS_OF (premortem_headings));
      assert_no_heading_last (b, postmortem_headings, N_ELEMENTS_OF (postmortem_headings));
      assert_no_heading_last (c, premortem_headings, N_ELEMENTS_OF (premortem_headings));
    }
}

static void
test_unicode_title (void)
{
  g_autoptr(FsDocument) document = make_premortem (2, 1, 1);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *flat = NULL;
  const char *full = "Café déjà vu — 変更の計画 — خطة التغيير — 🚀";

  fs_document_set_title (document, full);
  path = export (document, FS_PRINT_DOCUMENT, FALSE, "unicode.pdf");
  text = pdf_reading_text (path);
  flat = flatten (text);
  assert_contains (text, "Café déjà vu");
  assert_contains (text, "変更の計画");
  assert_contains (text, "🚀");
  /* pdftotext gives right-to-left text in either order. */
  g_assert_true (strstr (flat, "خطة التغيير") != NULL || strstr (flat, "ريرغتلا ةطخ") != NULL ||
                 strstr (flat, "التغيير خطة") != NULL);
  info = pdf_info (path);
  title = info_value (info, "Title");
  g_assert_cmpstr (title, ==, full);
}

static void
test_markup_is_literal (void)
{
  g_autoptr(FsDocument) document = make_premortem (1, 1, 1);
  g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                                      document, FS_DOCUMENT_RISKS)), 0);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  fs_document_set_title (document, "<b>&amp;</b> R&D <i>now</i>");
  fs_record_set_text (risk, FS_RISK_TITLE, "<span foreground='red'>Red</span> & <big>");
  path = export (document, FS_PRINT_DOCUMENT, FALSE, "markup.pdf");
  text = pdf_text (path);
  assert_contains (text, "<b>&amp;</b> R&D <i>now</i>");
  assert_contains (text, "<span foreground='red'>Red</span> & <big>");
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median height of the words on the first page, in points. */
static double
median_word_height (const char *path)
{
  g_autofree char *html = run_tool ((const char * const[]) { "pdftotext", "-bbox", "-f", "1",
                                                             "-l", "1", path, "-", NULL });
  g_autoptr(GRegex) regex = g_regex_new ("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\"",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));

  g_regex_match (regex, html, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *top = g_match_info_fetch (match, 1);
      g_autofree char *bottom = g_match_info_fetch (match, 2);
      double height = g_ascii_strtod (bottom, NULL) - g_ascii_strtod (top, NULL);

      g_array_append_val (heights, height);
    }
  g_assert_cmpuint (heights->len, >, 20);
  g_array_sort (heights, compare_doubles);
  return g_array_index (heights, double, heights->len / 2);
}

/* The text of page PAGE (from 1), laid out as on the sheet. */
static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  return run_tool ((const char * const[]) { "pdftotext", "-layout", "-enc", "UTF-8", "-f",
                                            number, "-l", number, path, "-", NULL });
}

/* The called-out point of no return is on one page: its heading and the
 * last words of its text on the same one. */
static void
assert_point_of_no_return_whole (const char *path,
                                 FsDocument *document)
{
  const char *point = fs_record_get_text (FS_RECORD (document),
                                          FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN);
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", point, 0, 0);
  guint n_words = g_strv_length (words);
  g_autofree char *last = NULL;
  guint pages = pdf_pages (path);
  guint found = 0;

  g_assert_cmpuint (n_words, >=, 2);
  last = g_strdup_printf ("%s %s", words[n_words - 2], words[n_words - 1]);
  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *text = page_text (path, page);
      g_autofree char *flat = flatten (text);

      if (strstr (flat, "Point of no return") == NULL)
        continue;
      found = page;
      if (strstr (flat, last) == NULL)
        g_error ("The point of no return of %s starts on page %u and ends on another", path,
                 page);
    }
  g_assert_cmpuint (found, >, 0);
}

static void
test_runbook (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  GListModel *criteria = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CRITERIA));
  GListModel *timeline = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_TIMELINE));
  const char * const *steps = fs_record_get_list (FS_RECORD (document),
                                                  FS_DOCUMENT_ROLLBACK_STEPS);
  const char * const *triggers = fs_record_get_list (FS_RECORD (document),
                                                     FS_DOCUMENT_ROLLBACK_TRIGGERS);
  g_autofree char *path = export (document, FS_PRINT_RUNBOOK, FALSE, "runbook.pdf");
  g_autofree char *text = pdf_text (path);
  g_autofree char *info = pdf_info (path);
  g_autofree char *subject = info_value (info, "Subject");
  guint pages = pdf_pages (path);

  g_assert_cmpuint (pages, >=, 1);
  g_assert_cmpuint (pages, <=, 3);
  g_assert_cmpstr (subject, ==, "Go/no-go runbook");
  /* A tick box a timeline row, a criterion, and the decision's two. */
  g_assert_cmpuint (count_occurrences (text, "☐"), ==,
                    g_list_model_get_n_items (timeline) + g_list_model_get_n_items (criteria) + 2);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(FsRecord) criterion = g_list_model_get_item (criteria, i);

      assert_contains (text, fs_record_get_text (criterion, FS_CRITERION_TEXT));
      assert_contains (text, fs_record_get_text (criterion, FS_CRITERION_OWNER));
    }
  g_assert_nonnull (steps[0]);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *numbered = g_strdup_printf ("%u. %s", i + 1, steps[i]);

      assert_contains (text, numbered);
    }
  for (guint i = 0; triggers[i] != NULL; i++)
    assert_contains (text, triggers[i]);
  assert_contains (text, "Point of no return");
  assert_contains (text, fs_record_get_text (FS_RECORD (document),
                                             FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN));
  assert_contains (text, "Contacts");
  assert_point_of_no_return_whole (path, document);
  /* Large type: body text of 11 pt, the timeline's actions too, makes words
   * 13.2 pt tall, where the document's 9 and 10 pt make them 12 at most. */
  g_assert_cmpfloat (median_word_height (path), >=, 13);
}

/* The example that ships with the app, a typical pre-mortem with much to
 * say, on three sheets at most. */
static void
test_runbook_example (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("FORESIGHT_TEST_DATA"), "..", "..",
                                              "src", "examples", "premortem-example.json",
                                              NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (source, &error);
  g_autoptr(FsDocument) typical = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = export (g_ptr_array_index (documents, 0), FS_PRINT_RUNBOOK, FALSE,
                 "example-runbook.pdf");
  g_assert_cmpuint (pdf_pages (path), <=, 3);
  assert_point_of_no_return_whole (path, g_ptr_array_index (documents, 0));
  g_clear_pointer (&path, g_free);
  /* US Letter is shorter than A4: the example, longer than most pre-mortems,
   * spills three steps and the box onto a fourth page; a typical one fits. */
  path = export (g_ptr_array_index (documents, 0), FS_PRINT_RUNBOOK, TRUE,
                 "example-runbook-letter.pdf");
  g_assert_cmpuint (pdf_pages (path), <=, 4);
  assert_point_of_no_return_whole (path, g_ptr_array_index (documents, 0));
  g_clear_pointer (&path, g_free);
  typical = load_document ("premortem-rich.json");
  path = export (typical, FS_PRINT_RUNBOOK, TRUE, "rich-runbook-letter.pdf");
  g_assert_cmpuint (pdf_pages (path), <=, 3);
}

/* However many steps push it down, the box of the point of no return never
 * breaks across pages: it moves whole to the next. */
static void
test_runbook_point_of_no_return (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  const char * const *steps = fs_record_get_list (FS_RECORD (document),
                                                  FS_DOCUMENT_ROLLBACK_STEPS);
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_free);
  guint pages = 0;

  /* Long enough to break, were it a paragraph. */
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN,
                      "Once the settlement job has sent a file to the bank from the new "
                      "database, rolling back needs finance to reconcile that file by hand, "
                      "and the bank to accept a second file for the same day, which it does "
                      "only on a call with our account manager before noon; after noon the "
                      "reconciliation waits until the next working day, and the payments of "
                      "that day are held until then.");
  for (guint i = 0; steps[i] != NULL; i++)
    g_ptr_array_add (more, g_strdup (steps[i]));
  /* A step is a line or two: one at a time, the box passes the bottom of
   * the page at some point. */
  for (guint extra = 0; extra < 24; extra++)
    {
      g_autofree char *path = NULL;

      g_ptr_array_add (more, g_strdup_printf ("Check the ledger again, round %u", extra + 1));
      g_ptr_array_add (more, NULL);
      fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_ROLLBACK_STEPS,
                          (const char * const *) more->pdata);
      g_ptr_array_remove_index (more, more->len - 1);
      path = export (document, FS_PRINT_RUNBOOK, FALSE, "point-of-no-return.pdf");
      assert_point_of_no_return_whole (path, document);
      pages = MAX (pages, pdf_pages (path));
    }
  /* The steps did reach the next page. */
  g_assert_cmpuint (pages, >=, 3);
}

typedef struct
{
  guint            n_ready;
  cairo_surface_t *first;
} Progress;

static cairo_surface_t *
draw_body (FsPrintLayout *layout,
           guint          page)
{
  const FsPageSetup *setup = fs_print_layout_get_page_setup (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, setup->width,
                                                         setup->height);
  cairo_t *cr = cairo_create (surface);

  /* All but the footer, whose page count comes last. */
  cairo_rectangle (cr, 0, 0, setup->width, setup->height - setup->margin_bottom);
  cairo_clip (cr);
  fs_print_layout_draw_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
on_progress (FsPrintLayout *layout,
             guint          n_ready,
             gpointer       data)
{
  Progress *progress = data;

  g_assert_cmpuint (n_ready, >, progress->n_ready);
  g_assert_cmpuint (fs_print_layout_get_n_pages (layout), ==, n_ready);
  if (progress->first == NULL)
    progress->first = draw_body (layout, 0);
  progress->n_ready = n_ready;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int size = cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);

  return cairo_image_surface_get_stride (a) == cairo_image_surface_get_stride (b) &&
         memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), size) == 0;
}

/* Pages broken while the flow fills, as the Preview does to show its first
 * page early, are the pages of the export, every one of them. */
static void
test_progressive (void)
{
  g_autoptr(FsDocument) rich = load_document ("premortem-rich.json");
  g_autoptr(FsDocument) large = make_premortem (60, 30, 30);
  FsDocument *documents[] = { rich, large };
  FsPageSetup setup;

  fs_page_setup_init_a4 (&setup);
  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    for (FsPrintKind kind = FS_PRINT_DOCUMENT; kind <= FS_PRINT_RUNBOOK; kind++)
      {
        Progress progress = { 0 };
        g_autoptr(FsPrintLayout) whole = fs_print_layout_new (documents[d], kind, &setup);
        g_autoptr(FsPrintLayout) early = fs_print_layout_new_progressive (documents[d], kind,
                                                                          &setup, on_progress,
                                                                          &progress);
        guint n = fs_print_layout_get_n_pages (whole);

        g_assert_cmpuint (fs_print_layout_get_n_pages (early), ==, n);
        /* A long document's first pages are ready long before its end. */
        if (documents[d] == large && kind == FS_PRINT_DOCUMENT)
          {
            g_assert_cmpuint (progress.n_ready, >=, n / 2);
            g_assert_nonnull (progress.first);
          }
        for (guint page = 0; page < n; page++)
          {
            cairo_surface_t *a = draw_body (whole, page);
            cairo_surface_t *b = draw_body (early, page);

            g_assert_true (same_pixels (a, b));
            if (page == 0 && progress.first != NULL)
              g_assert_true (same_pixels (a, progress.first));
            cairo_surface_destroy (a);
            cairo_surface_destroy (b);
          }
        g_clear_pointer (&progress.first, cairo_surface_destroy);
      }
}

static void
assert_no_file_left (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));
}

static void
test_missing_folder (void)
{
  g_autoptr(FsDocument) document = make_premortem (2, 2, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "out.pdf", NULL);
  FsPageSetup setup;

  fs_page_setup_init_a4 (&setup);
  g_assert_false (fs_pdf_export (document, FS_PRINT_DOCUMENT, &setup, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_file_left (dir);
}

static void
test_read_only_folder (void)
{
  g_autoptr(FsDocument) document = make_premortem (2, 2, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fs_test_make_dir ();
  g_autofree char *path = NULL;
  FsPageSetup setup;

  /* A folder's mode does not stop root: /proc takes no new files from anyone. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (access (dir, W_OK) == 0)
    path = g_build_filename ("/proc", "foresight-test.pdf", NULL);
  else
    path = g_build_filename (dir, "out.pdf", NULL);
  fs_page_setup_init_a4 (&setup);
  g_assert_false (fs_pdf_export (document, FS_PRINT_RUNBOOK, &setup, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_file_left (dir);
  g_chmod (dir, 0755);
}

/* A disk that fills up while the PDF is written: a file size limit makes
 * every write past it fail, like a full disk. */
static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FsDocument) document = make_premortem (40, 10, 10);
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = fs_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GDir) listing = NULL;
      struct rlimit limit = { 16 * 1024, RLIM_INFINITY };
      FsPageSetup setup;

      g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      fs_page_setup_init_a4 (&setup);
      g_assert_false (fs_pdf_export (document, FS_PRINT_DOCUMENT, &setup, path, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, path));
      /* The previous file is whole, and nothing else is left in the folder. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous export");
      listing = g_dir_open (dir, 0, NULL);
      g_assert_cmpstr (g_dir_read_name (listing), ==, "out.pdf");
      g_assert_null (g_dir_read_name (listing));
      g_print ("%s\n", error->message);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Could not save*");
}

static void
add_person (FsDocument *document,
            const char *name,
            const char *role)
{
  FsRecord *person = g_object_new (FS_TYPE_PERSON, NULL);

  fs_record_set_text (person, FS_PERSON_NAME, name);
  fs_record_set_text (person, FS_PERSON_ROLE, role);
  fs_record_set_text (person, FS_PERSON_RESPONSIBILITIES, "Keeps the change on track");
  append (document, FS_DOCUMENT_PEOPLE, person);
}

static void
test_anonymized (void)
{
  g_autoptr(FsDocument) document = make_premortem (3, 3, 3);
  g_autoptr(FsDocument) post = load_document ("postmortem-rich.json");
  GListModel *people = G_LIST_MODEL (fs_document_get_list (post, FS_DOCUMENT_PEOPLE));
  g_autoptr(FsRecord) risk = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                                      document, FS_DOCUMENT_RISKS)), 0);
  g_autoptr(FsRecord) entry = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (
                                                       document, FS_DOCUMENT_TIMELINE)), 0);
  const char *authors[] = { "Alice Example", NULL };

  add_person (document, "Alice Example", "Release manager");
  fs_record_set_text (risk, FS_RISK_OWNER, "Alice Example");
  fs_record_set_text (entry, FS_TIMELINE_ENTRY_WHO, "Alice Example");
  fs_record_set_list (FS_RECORD (document), FS_DOCUMENT_AUTHORS, authors);
  fs_record_set_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE, TRUE);
  for (guint kind = FS_PRINT_DOCUMENT; kind <= FS_PRINT_RUNBOOK; kind++)
    {
      g_autofree char *path = export (document, kind, FALSE, "anonymized.pdf");
      g_autofree char *text = pdf_text (path);
      g_autofree char *info = pdf_info (path);

      g_assert_null (strstr (text, "Alice"));
      g_assert_null (strstr (info, "Alice"));
      assert_contains (text, "Release manager");
    }

  g_assert_true (fs_record_get_boolean (FS_RECORD (post), FS_DOCUMENT_ANONYMIZE));
  g_assert_cmpuint (g_list_model_get_n_items (people), >, 0);
  {
    g_autofree char *path = export (post, FS_PRINT_DOCUMENT, FALSE, "anonymized-post.pdf");
    g_autofree char *text = pdf_text (path);

    for (guint i = 0; i < g_list_model_get_n_items (people); i++)
      {
        g_autoptr(FsRecord) person = g_list_model_get_item (people, i);

        g_assert_null (strstr (text, fs_record_get_text (person, FS_PERSON_NAME)));
        assert_contains (text, fs_record_get_text (person, FS_PERSON_ROLE));
      }
  }
}

/* Whether NEEDLE is in the LENGTH bytes at DATA, which may hold NULs. */
static gboolean
has_bytes (const char *data,
           gsize       length,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_outline (void)
{
  g_autoptr(FsDocument) document = load_document ("premortem-rich.json");
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, "outline.pdf");
  g_autofree char *dests = run_tool ((const char * const[]) { "pdfinfo", "-dests", path, NULL });
  g_autofree char *contents = NULL;
  gsize length;

  /* A destination a heading, and the outline that points at them. */
  for (guint i = 1; i <= N_ELEMENTS_OF (premortem_headings); i++)
    {
      g_autofree char *name = g_strdup_printf ("\"section-%u\"", i);

      g_assert_nonnull (strstr (dests, name));
    }
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (has_bytes (contents, length, "/Outlines"));
  g_assert_true (has_bytes (contents, length, "/Title (Risk matrix)"));
  g_assert_true (has_bytes (contents, length, "/Dest (section-7)"));
}

static guint
count_dark (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint dark = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < width; x++)
        dark += (row[x] & 0xff) < 0x80;
    }
  return dark;
}

/* The Preview draws onto an image surface, at its own scale, and every page
 * shows something. */
static void
test_draw_on_image (void)
{
  g_autoptr(FsDocument) document = load_document ("postmortem-rich.json");
  g_autoptr(FsPrintLayout) layout = NULL;
  FsPageSetup setup;
  cairo_surface_t *surface;
  cairo_t *cr;

  fs_page_setup_init_letter (&setup);
  layout = fs_print_layout_new (document, FS_PRINT_DOCUMENT, &setup);
  g_assert_cmpuint (fs_print_layout_get_n_pages (layout), >=, 2);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 306, 396);
  cr = cairo_create (surface);
  for (guint page = 0; page < fs_print_layout_get_n_pages (layout); page++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_save (cr);
      cairo_scale (cr, 0.5, 0.5);
      fs_print_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpuint (count_dark (surface), >, page == 0 ? 1000 : 50);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The chain: the post-mortem of postmortem-rich.json is linked to the
 * pre-mortem of premortem-rich.json, and was an instance of its risk r3. */

#define RISK_R3 \
  "The managed instance's connection limit is lower than the pools the ledger pods open"

static void
attach_postmortem_chain (FsDocument   *postmortem,
                         FsChainState  state,
                         FsDocument   *premortem)
{
  g_autoptr(FsChain) chain = fs_chain_new_for_postmortem (state, premortem);

  fs_document_set_chain (postmortem, chain);
}

static char *
export_text (FsDocument *document,
             const char *name)
{
  g_autofree char *path = export (document, FS_PRINT_DOCUMENT, FALSE, name);
  g_autofree char *text = pdf_text (path);

  return flatten (text);
}

static void
test_chain_postmortem (void)
{
  g_autoptr(FsDocument) premortem = load_document ("premortem-rich.json");
  g_autoptr(FsDocument) postmortem = load_document ("postmortem-rich.json");
  g_autofree char *found = NULL;
  g_autofree char *none = NULL;
  g_autofree char *deleted = NULL;
  const char *participants, *section, *wrong;

  attach_postmortem_chain (postmortem, FS_CHAIN_FOUND, premortem);
  found = export_text (postmortem, "chain-found.pdf");
  participants = strstr (found, "Participants");
  section = strstr (found, "Anticipated by the pre-mortem");
  wrong = strstr (found, "What went wrong");
  g_assert_true (participants != NULL && participants < section && section < wrong);
  assert_contains (section, "Pre-mortem Move the payments ledger database to managed PostgreSQL");
  assert_contains (section, "The incident was an instance of this risk: • " RISK_R3
                   " — score 14 What went wrong");

  fs_document_set_none_anticipated (postmortem);
  none = export_text (postmortem, "chain-none.pdf");
  assert_contains (none, "None of its risks matched: the incident was not foreseen.");
  g_assert_null (strstr (none, "score 14"));

  attach_postmortem_chain (postmortem, FS_CHAIN_DELETED, NULL);
  deleted = export_text (postmortem, "chain-deleted.pdf");
  assert_contains (deleted, "Anticipated by the pre-mortem The linked pre-mortem was deleted.");
  g_assert_null (strstr (deleted, "Move the payments ledger database"));
}

static void
test_chain_premortem (void)
{
  g_autoptr(FsDocument) premortem = load_document ("premortem-rich.json");
  g_autoptr(GListStore) links = g_list_store_new (FS_TYPE_LINK_ENTRY);
  g_autoptr(FsChain) chain = NULL;
  g_autofree char *plain = export_text (premortem, "chain-none-linked.pdf");
  g_autofree char *linked = NULL;
  const char *details, *incidents, *rollback;

  fs_test_add_link (links, "Failed card payments", TRUE, (const char *[]) { "r3", NULL });
  fs_test_add_link (links, "Slow <b>settlement</b> & more", TRUE, NULL);
  chain = fs_chain_new_for_premortem (G_LIST_MODEL (links));
  fs_document_set_chain (premortem, chain);
  linked = export_text (premortem, "chain-premortem.pdf");

  g_assert_null (strstr (plain, "Happened"));
  g_assert_null (strstr (plain, "Linked incidents"));
  /* The risk that happened says so under its heading, and only that one. */
  details = strstr (linked, "Risk details");
  g_assert_nonnull (details);
  assert_contains (details, RISK_R3 " Happened Failed card payments Score 14 (High)");
  g_assert_null (strstr (strstr (details, "Happened") + 1, "Happened"));
  incidents = strstr (linked, "Linked incidents");
  rollback = strstr (linked, "Rollback plan");
  g_assert_true (details < incidents && incidents < rollback);
  assert_contains (incidents, "• Failed card payments an instance of “" RISK_R3 "” "
                   "• Slow <b>settlement</b> & more none of its risks Rollback plan");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/pdf/premortem/sections", test_premortem_sections);
  g_test_add_func ("/pdf/postmortem/sections", test_postmortem_sections);
  g_test_add_func ("/pdf/empty-document", test_empty_document);
  g_test_add_func ("/pdf/votes", test_votes);
  g_test_add_func ("/pdf/metadata", test_metadata);
  g_test_add_func ("/pdf/page-sizes", test_page_sizes);
  g_test_add_func ("/pdf/words-inside-margins", test_words_inside_margins);
  g_test_add_func ("/pdf/table-header-repeats", test_table_header_repeats);
  g_test_add_func ("/pdf/headings-never-last", test_headings_never_last);
  g_test_add_func ("/pdf/unicode-title", test_unicode_title);
  g_test_add_func ("/pdf/markup-is-literal", test_markup_is_literal);
  g_test_add_func ("/pdf/runbook", test_runbook);
  g_test_add_func ("/pdf/runbook-example", test_runbook_example);
  g_test_add_func ("/pdf/runbook-point-of-no-return", test_runbook_point_of_no_return);
  g_test_add_func ("/pdf/progressive", test_progressive);
  g_test_add_func ("/pdf/errors/missing-folder", test_missing_folder);
  g_test_add_func ("/pdf/errors/read-only-folder", test_read_only_folder);
  g_test_add_func ("/pdf/errors/disk-full", test_disk_full);
  g_test_add_func ("/pdf/anonymized", test_anonymized);
  g_test_add_func ("/pdf/outline", test_outline);
  g_test_add_func ("/pdf/draw-on-image", test_draw_on_image);
  g_test_add_func ("/pdf/chain/postmortem", test_chain_postmortem);
  g_test_add_func ("/pdf/chain/premortem", test_chain_premortem);

  return g_test_run ();
}
