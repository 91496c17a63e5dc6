/* test-markdown.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "fs-chain.h"
#include "fs-exchange.h"
#include "fs-incident-times.h"
#include "fs-markdown.h"
#include "fs-test-util.h"

#define STRV(...) ((const char *[]) { __VA_ARGS__, NULL })

static void
set_list (FsDocument         *document,
          guint               field,
          const char * const *values)
{
  fs_record_set_list (FS_RECORD (document), field, values);
}

static FsDocument *
make_premortem (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  FsRecord *record = FS_RECORD (document);

  fs_document_set_title (document, "Move orders to the new database");
  fs_record_set_text (record, FS_DOCUMENT_CREATED, "2026-11-21T10:00:00Z");
  fs_record_set_text (record, FS_DOCUMENT_MODIFIED, "2026-11-22T09:30:00Z");
  set_list (document, FS_DOCUMENT_AUTHORS, STRV ("Priya Raman"));
  set_list (document, FS_DOCUMENT_TAGS, STRV ("database", "orders"));
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_CHANGE, "Orders move to a new cluster.");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_RISK_LEVEL, "high");
  fs_record_set_text (record, FS_DOCUMENT_OVERVIEW_FAILURE_DATE, "2027-05-01");
  fs_record_set_text (record, FS_DOCUMENT_SCHEDULE_START, "Saturday 06:00");
  fs_test_add_item (document, FS_DOCUMENT_PEOPLE, "name", "Priya Raman", "role", "Database lead", NULL);
  fs_test_add_item (document, FS_DOCUMENT_TIMELINE, "when", "06:00", "who", "Database lead",
            "actions", STRV ("Stop writers", "Start copy"), NULL);
  fs_test_add_item (document, FS_DOCUMENT_HAPPY_PATH, "title", "Copy the data", "details",
            "pg_dump piped into the new cluster", "expected", "Row counts match", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CLUSTERS, "id", "c1", "name", "Performance", NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r1", "title", "Middling risk",
            "probability", 2.0, "impact", 2.0, NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r2", "title", "Highest risk",
            "probability", 4.5, "impact", 3.0, "cluster", "c1", "owner", "Database lead",
            "symptoms", STRV ("p99 above 2 s"), NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r3", "title", "Lowest risk",
            "probability", 1.0, "impact", 1.5, NULL);
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "id", "r4", "title", "Tied with the middle",
            "probability", 1.0, "impact", 4.0, NULL);
  fs_test_add_item (document, FS_DOCUMENT_CRITERIA, "text", "Backups verified", "owner", "Ops",
            "state", "go", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CRITERIA, "text", "Replica caught up", "state", "no-go",
            NULL);
  fs_test_add_item (document, FS_DOCUMENT_CRITERIA, "text", "Support told", NULL);
  return document;
}

static FsDocument *
make_postmortem (void)
{
  FsDocument *document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);

  fs_document_set_title (document, "Checkout outage");
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:00:00Z");
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_DETECTED, "2026-06-30T14:35:00Z");
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_RESOLVED, "2026-06-30T16:05:00Z");
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DURATION_MINUTES, 125);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT, 33);
  fs_record_set_number (record, FS_DOCUMENT_IMPACT_DATA_PCT, 0);
  /* Out of order, and one without a time. */
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "2026-06-30T15:50:00Z", "text", "Fix deployed",
            NULL);
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "2026-06-30T14:00:00Z", "text", "Deploy", NULL);
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "", "text", "Someone noticed", NULL);
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "2026-06-30T14:35:00Z", "text", "Alert", NULL);
  fs_test_add_item (document, FS_DOCUMENT_CAUSES, "id", "k1", "text", "No canary", "area", "avoid",
            NULL);
  fs_test_add_item (document, FS_DOCUMENT_CAUSES, "id", "k2", "text", "Alert too coarse",
            "area", "detect", NULL);
  fs_test_add_item (document, FS_DOCUMENT_ACTION_ITEMS, "id", "a1", "text", "Add a canary stage",
            "kind", "technology", "area", "avoid", "cause", "k1", "owner", "Release team",
            "due", "2026-08-01", NULL);
  return document;
}

static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strv_contains ((const char * const *) lines, line);
}

static void
assert_has_line (const char *text,
                 const char *line)
{
  if (!has_line (text, line))
    g_error ("no line “%s” in:\n%s", line, text);
}

/* What every export must be: one final newline, no trailing white space, no
 * blank line doubled. */
static void
assert_tidy (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_true (g_str_has_suffix (markdown, "\n"));
  g_assert_false (g_str_has_suffix (markdown, "\n\n"));
  for (guint i = 0; i < n; i++)
    {
      gsize length = strlen (lines[i]);

      g_assert_false (length > 0 && g_ascii_isspace (lines[i][length - 1]));
      g_assert_false (i > 0 && length == 0 && lines[i - 1][0] == '\0' && i + 1 < n);
      /* Two bullet lists with only a blank line between them would be one. */
      if (i >= 2 && g_str_has_prefix (lines[i], "- ") && lines[i - 1][0] == '\0')
        g_assert_false (g_str_has_prefix (lines[i - 2], "- ") ||
                        g_str_has_prefix (lines[i - 2], "  "));
    }
}

static void
test_escape_inline (void)
{
  struct { const char *in, *out; } cases[] = {
    { "# heading", "\\# heading" },
    { "  ## indented", "\\#\\# indented" },
    { "| a | b |", "\\| a \\| b \\|" },
    { "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>" },
    { "run `rm -rf /`", "run \\`rm -rf /\\`" },
    { "```", "\\`\\`\\`" },
    { "~~~", "\\~\\~\\~" },
    { "- item", "\\- item" },
    { "+ item", "\\+ item" },
    { "* item", "\\* item" },
    { "1. item", "1\\. item" },
    { "12) item", "12\\) item" },
    { "1.5 s is fine", "1.5 s is fine" },
    { "> quote", "\\> quote" },
    { "[link](x)", "\\[link\\](x)" },
    { "![img](x.png)", "\\!\\[img\\](x.png)" },
    { "a_b *c* \\d", "a\\_b \\*c\\* \\\\d" },
    { "R&D &amp; &#60; & more", "R&amp;D &amp;amp; &amp;\\#60; &amp; more" },
    { "===", "\\===" },
    { "---", "\\---" },
    { "    code", "code" },
    { "first\nsecond", "first\\\nsecond" },
    { "first\r\n- second", "first\\\n\\- second" },
    { "para one\n\n\n# para two", "para one\n\n\\# para two" },
    { "\n\nlonely\n\n", "lonely" },
    { "bell\a and escape\x1b[31m", "bell and escape\\[31m" },
    { "trailing  ", "trailing" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = fs_markdown_escape_inline (cases[i].in);

      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
}

static void
test_escape_cell (void)
{
  struct { const char *in, *out; } cases[] = {
    { "| a | b |", "\\| a \\| b \\|" },
    { "line one\nline two", "line one<br>line two" },
    { "line one\r\n\r\nline two\n", "line one<br><br>line two" },
    { "<br>", "\\<br\\>" },
    { "- item", "- item" },
    { "# not a heading", "# not a heading" },
    { "`code` and \\|", "\\`code\\` and \\\\\\|" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = fs_markdown_escape_cell (cases[i].in);

      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
}

static void
test_risks_ranked_by_score (void)
{
  g_autoptr(FsDocument) document = make_premortem ();
  g_autofree char *markdown = fs_markdown_render (document);
  const char *highest, *middling, *tied, *lowest;

  assert_has_line (markdown, "| # | Risk | P | I | Score | Cluster | Owner |");
  assert_has_line (markdown,
                   "| 1 | Highest risk | 4.5 | 3 | 13.5 | Performance | Database lead |");
  assert_has_line (markdown, "| 2 | Middling risk | 2 | 2 | 4 |  |  |");
  assert_has_line (markdown, "| 3 | Tied with the middle | 1 | 4 | 4 |  |  |");
  assert_has_line (markdown, "| 4 | Lowest risk | 1 | 1.5 | 1.5 |  |  |");

  /* The sections that follow the table are in the same order. */
  highest = strstr (markdown, "### 1. Highest risk\n");
  middling = strstr (markdown, "### 2. Middling risk\n");
  tied = strstr (markdown, "### 3. Tied with the middle\n");
  lowest = strstr (markdown, "### 4. Lowest risk\n");
  g_assert_nonnull (highest);
  g_assert_true (highest < middling && middling < tied && tied < lowest);
  assert_tidy (markdown);
}

static void
test_premortem_parts (void)
{
  g_autoptr(FsDocument) document = make_premortem ();
  g_autofree char *markdown = fs_markdown_render (document);

  g_assert_true (g_str_has_prefix (markdown, "# Move orders to the new database\n\n"));
  assert_has_line (markdown, "**Pre-mortem** · Draft · By Priya Raman · Tags: database, orders"
                   " · Created 2026-11-21 10:00 UTC · Last changed 2026-11-22 09:30 UTC");
  assert_has_line (markdown, "_It is 2027-05-01. This change has failed. What happened?_");
  assert_has_line (markdown, "| 06:00 | Database lead | Stop writers<br>Start copy |");
  assert_has_line (markdown, "1. **Copy the data**");
  assert_has_line (markdown, "   **Expected:** Row counts match");
  assert_has_line (markdown, "- [x] Backups verified — owner: Ops");
  assert_has_line (markdown, "- [ ] ~~Replica caught up~~ **(no-go)**");
  assert_has_line (markdown, "- [ ] Support told");
  /* Steps with nothing in them say so; the optional action items are left out. */
  assert_has_line (markdown, "## Rollback plan");
  g_assert_nonnull (strstr (markdown, "## Rollback plan\n\n_Nothing recorded yet._\n"));
  g_assert_null (strstr (markdown, "## Action items"));
  g_assert_null (strstr (markdown, "## Incident"));
  assert_tidy (markdown);
}

/* Every text a user can type, set to the same hostile string. */
static void
fill_text (FsRecord   *record,
           const char *hostile)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const FsField *field = &schema->fields[i];
      const char *values[] = { hostile, hostile, NULL };

      if (field->flags & FS_FIELD_NOT_SEARCHED)
        continue;
      if (field->type == FS_FIELD_TEXT)
        fs_record_set_text (record, i, hostile);
      else if (field->type == FS_FIELD_TEXT_LIST)
        fs_record_set_list (record, i, values);
    }
}

static FsDocument *
make_hostile (FsDocumentKind  kind,
              const char     *hostile)
{
  FsDocument *document = fs_document_new (kind);

  fill_text (FS_RECORD (document), hostile);
  fs_record_set_text (FS_RECORD (document), FS_DOCUMENT_OVERVIEW_FAILURE_DATE, hostile);
  for (guint list = 0; list < FS_DOCUMENT_N_LISTS; list++)
    {
      FsRecord *item = fs_test_add_item (document, list, NULL, NULL);

      fill_text (item, hostile);
    }
  return document;
}

static guint
count_unescaped_pipes (const char *line)
{
  guint count = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        count++;
    }
  return count;
}

/* Whatever a user types, the structure stays ours: the only headings are the
 * ones we write, every table row has its columns, and no HTML gets through. */
static void
assert_structure_holds (const char *markdown,
                        guint       expected_headings)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint headings = 0;
  guint columns = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *html = strchr (line, '<');
      const char *start = line + strspn (line, " ");

      for (; html != NULL; html = strchr (html + 1, '<'))
        g_assert_true (g_str_has_prefix (html, "<br>") || html[-1] == '\\');
      g_assert_false (i > 0 && g_str_has_prefix (line, "    ") && lines[i - 1][0] == '\0');
      g_assert_false (start[0] == '>');
      if (line[0] == '#')
        {
          headings++;
          g_assert_true (g_regex_match_simple ("^#{1,3} [^#]", line, 0, 0));
        }
      if (line[0] == '|')
        {
          if (columns == 0)
            columns = count_unescaped_pipes (line);
          g_assert_cmpuint (count_unescaped_pipes (line), ==, columns);
        }
      else
        columns = 0;
    }
  g_assert_cmpuint (headings, ==, expected_headings);
}

static void
test_hostile_text (void)
{
  const char *hostile[] = {
    "# heading", "| a | b |", "<script>alert(1)</script>", "```\ncode\n```", "- item",
    "1. item", "> quote", "[link](javascript:alert(1))", "line\n# heading\n---\n===",
    "    indented\n\n    code", "a | b\n|---|---|\n| c | d |", "&lt;script&gt;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(FsDocument) pre = make_hostile (FS_DOCUMENT_KIND_PREMORTEM, hostile[i]);
      g_autoptr(FsDocument) post = make_hostile (FS_DOCUMENT_KIND_POSTMORTEM, hostile[i]);
      g_autofree char *pre_markdown = fs_markdown_render (pre);
      g_autofree char *post_markdown = fs_markdown_render (post);

      /* Title, 7 steps, 2 sub-headings and one heading for the risk. */
      assert_structure_holds (pre_markdown, 1 + 7 + 2 + 1);
      /* Title, 5 steps and 9 sub-headings. */
      assert_structure_holds (post_markdown, 1 + 5 + 9);
      assert_tidy (pre_markdown);
      assert_tidy (post_markdown);
    }
}

static void
test_hostile_exact (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);
  g_autofree char *markdown = NULL;

  fs_document_set_title (document, "# Owned | <b>now</b>\n- list");
  fs_test_add_item (document, FS_DOCUMENT_RISKS, "title", "| a | b |\n> quote", "owner", "`x`",
            "user-effects", "first\n1. second\n\n# third", NULL);
  markdown = fs_markdown_render (document);

  g_assert_true (g_str_has_prefix (markdown, "# \\# Owned \\| \\<b\\>now\\</b\\> \\- list\n"));
  assert_has_line (markdown, "| 1 | \\| a \\| b \\|<br>\\> quote | 0 | 0 | 0 |  | \\`x\\` |");
  assert_has_line (markdown, "### 1. \\| a \\| b \\| \\> quote");
  assert_has_line (markdown, "**Effect on users:** first\\");
  assert_has_line (markdown, "1\\. second");
  assert_has_line (markdown, "\\# third");
}

static void
test_incident_times (void)
{
  g_autoptr(FsDocument) document = make_postmortem ();
  g_autoptr(GPtrArray) sorted = fs_incident_times_sorted_events (document);
  FsIncidentTimes times;

  fs_incident_times_compute (document, &times);
  g_assert_cmpint (times.time_to_detect, ==, 35 * 60);
  g_assert_cmpint (times.time_to_resolve, ==, 125 * 60);
  /* 14:00, 14:35, 15:50: the gap of 75 minutes follows the second event. */
  g_assert_cmpint (times.longest_gap, ==, 75 * 60);
  g_assert_cmpint (times.longest_gap_after, ==, 1);

  g_assert_cmpuint (sorted->len, ==, 4);
  g_assert_cmpstr (fs_record_get_text (g_ptr_array_index (sorted, 0), FS_EVENT_TEXT), ==,
                   "Deploy");
  g_assert_cmpstr (fs_record_get_text (g_ptr_array_index (sorted, 1), FS_EVENT_TEXT), ==,
                   "Alert");
  g_assert_cmpstr (fs_record_get_text (g_ptr_array_index (sorted, 2), FS_EVENT_TEXT), ==,
                   "Fix deployed");
  g_assert_cmpstr (fs_record_get_text (g_ptr_array_index (sorted, 3), FS_EVENT_TEXT), ==,
                   "Someone noticed");
}

static void
test_incident_times_unknown (void)
{
  g_autoptr(FsDocument) document = fs_document_new (FS_DOCUMENT_KIND_POSTMORTEM);
  FsRecord *record = FS_RECORD (document);
  FsIncidentTimes times;

  fs_incident_times_compute (document, &times);
  g_assert_cmpint (times.time_to_detect, ==, -1);
  g_assert_cmpint (times.time_to_resolve, ==, -1);
  g_assert_cmpint (times.longest_gap, ==, -1);
  g_assert_cmpint (times.longest_gap_after, ==, -1);

  /* Detected but no start; a resolution before the start; one readable event. */
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_DETECTED, "2026-06-30T14:35:00Z");
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_RESOLVED, "2026-06-30T11:00:00Z");
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "yesterday", "text", "a", NULL);
  fs_test_add_item (document, FS_DOCUMENT_EVENTS, "at", "2026-06-30T14:00:00Z", "text", "b", NULL);
  fs_incident_times_compute (document, &times);
  g_assert_cmpint (times.time_to_detect, ==, -1);
  g_assert_cmpint (times.longest_gap, ==, -1);

  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:00:00+02:00");
  fs_incident_times_compute (document, &times);
  g_assert_cmpint (times.time_to_detect, ==, 2 * 3600 + 35 * 60);
  g_assert_cmpint (times.time_to_resolve, ==, -1);

  /* Without a zone, a time is UTC, as the exchange format writes it. */
  fs_record_set_text (record, FS_DOCUMENT_INCIDENT_STARTED, "2026-06-30T14:30:00");
  fs_incident_times_compute (document, &times);
  g_assert_cmpint (times.time_to_detect, ==, 5 * 60);
}

static void
test_duration_format (void)
{
  struct { gint64 seconds; const char *text; } cases[] = {
    { -1, "unknown" }, { 0, "0 min" }, { 30, "under 1 min" }, { 60, "1 min" },
    { 35 * 60 + 59, "35 min" }, { 3600, "1 h" }, { 2 * 3600 + 5 * 60, "2 h 5 min" },
    { 86400, "1 d" }, { 3 * 86400 + 4 * 3600 + 59 * 60, "3 d 4 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fs_duration_format (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_postmortem_parts (void)
{
  g_autoptr(FsDocument) document = make_postmortem ();
  g_autofree char *markdown = fs_markdown_render (document);

  assert_has_line (markdown, "- **Started:** 2026-06-30 14:00 UTC");
  assert_has_line (markdown, "- **Duration:** 2 h 5 min");
  assert_has_line (markdown, "- **Requests affected:** 33%");
  assert_has_line (markdown, "- **Users affected:** not known");
  assert_has_line (markdown, "- **Data affected:** 0%");
  assert_has_line (markdown, "| At | What |");
  assert_has_line (markdown, "| 2026-06-30 14:00 UTC | Deploy |");
  assert_has_line (markdown, "|  | Someone noticed |");
  assert_has_line (markdown, "- **Time to detect:** 35 min");
  assert_has_line (markdown, "- **Time to resolve:** 2 h 5 min");
  assert_has_line (markdown, "- **Longest gap between events:** 1 h 15 min, after "
                   "2026-06-30 14:35 UTC");
  assert_has_line (markdown, "**Avoid: why was it not prevented?**");
  assert_has_line (markdown, "- No canary");
  assert_has_line (markdown, "| Action | Kind | Area | Cause | Owner | Due | Status |");
  assert_has_line (markdown, "| Add a canary stage | Technology | Avoid | No canary | "
                   "Release team | 2026-08-01 | Open |");
  g_assert_nonnull (strstr (markdown, "## Why\n"));
  g_assert_null (strstr (markdown, "## Lessons learned"));
  g_assert_null (strstr (markdown, "## Overview"));
  assert_tidy (markdown);
}

static void
test_empty_documents (void)
{
  FsDocumentKind kinds[] = { FS_DOCUMENT_KIND_PREMORTEM, FS_DOCUMENT_KIND_POSTMORTEM };
  guint steps[] = { 6, 4 };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(FsDocument) document = fs_document_new (kinds[k]);
      g_autofree char *markdown = fs_markdown_render (document);
      guint nothing = 0;

      for (const char *p = markdown; (p = strstr (p, "_Nothing recorded yet._")) != NULL; p++)
        nothing++;
      g_assert_true (g_str_has_prefix (markdown, "# Untitled document\n"));
      /* The overview and the incident always show their risk level or status. */
      g_assert_cmpuint (nothing, ==, steps[k] - 1);
      assert_tidy (markdown);
    }
}

static void
test_anonymized_export (void)
{
  g_autoptr(FsDocument) document = make_premortem ();
  g_autofree char *plain = fs_markdown_render (document);
  g_autofree char *anonymous = NULL;

  g_assert_nonnull (strstr (plain, "Priya"));
  fs_record_set_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE, TRUE);
  anonymous = fs_markdown_render (document);
  g_assert_null (strstr (anonymous, "Priya"));
  assert_has_line (anonymous, "| Role | Responsibilities |");
  assert_has_line (anonymous, "| Database lead |  |");
  /* The document itself is left as it was. */
  g_assert_cmpstr (fs_record_get_list (FS_RECORD (document), FS_DOCUMENT_AUTHORS)[0], ==,
                   "Priya Raman");
}

/* Names the first line that differs, rather than printing both documents. */
static void
assert_same_lines (const char *actual,
                   const char *expected)
{
  g_auto(GStrv) got = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) wanted = g_strsplit (expected, "\n", -1);

  for (guint i = 0; got[i] != NULL || wanted[i] != NULL; i++)
    {
      if (g_strcmp0 (got[i], wanted[i]) != 0)
        g_error ("line %u differs:\n  expected: %s\n  rendered: %s", i + 1,
                 wanted[i] != NULL ? wanted[i] : "(end)", got[i] != NULL ? got[i] : "(end)");
      if (got[i] == NULL || wanted[i] == NULL)
        break;
    }
}

/* The rich fixtures rendered whole, against Markdown read and checked by a
 * person. FORESIGHT_UPDATE_GOLDEN=1 writes the files anew: read them before
 * committing. */
static void
test_golden (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json_name = g_strconcat (name, ".json", NULL);
  g_autofree char *md_name = g_strconcat (name, ".md", NULL);
  g_autofree char *json_path = fs_test_data_path (json_name);
  g_autofree char *md_path = fs_test_data_path (md_name);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *expected = NULL;

  if (!g_file_test (json_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("fixture not written yet");
      return;
    }
  documents = fs_exchange_read_file (json_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  markdown = fs_markdown_render (g_ptr_array_index (documents, 0));
  assert_tidy (markdown);

  if (g_getenv ("FORESIGHT_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (md_path, markdown, -1, &error);
      g_assert_no_error (error);
    }
  expected = fs_test_read_file (md_path);
  assert_same_lines (markdown, expected);
}

static FsDocument *
load_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fs_test_data_path (name);
  g_autoptr(GPtrArray) documents = fs_exchange_read_file (path, &error);

  g_assert_no_error (error);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

/* After a vote, the risks table counts the votes and each cause says its
 * own; without one, neither is there. */
static void
test_votes (void)
{
  g_autoptr(FsDocument) premortem = load_fixture ("premortem-rich.json");
  g_autoptr(FsDocument) postmortem = load_fixture ("postmortem-rich.json");
  g_autofree char *before = fs_markdown_render (premortem);
  g_autofree char *after = NULL;
  g_autofree char *causes = NULL;
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (premortem, FS_DOCUMENT_RISKS));
  g_autoptr(FsRecord) risk = g_list_model_get_item (risks, 0);
  g_autoptr(FsRecord) cause = g_list_model_get_item (G_LIST_MODEL (fs_document_get_list (postmortem,
                                                                                         FS_DOCUMENT_CAUSES)),
                                                     0);
  g_autofree char *row = NULL;

  g_assert_null (strstr (before, "Votes"));
  fs_record_set_text (risk, FS_RISK_VOTES, "[{\"by\":\"Ana\",\"count\":2},{\"by\":\"Bo\",\"count\":1}]");
  after = fs_markdown_render (premortem);
  g_assert_nonnull (strstr (after, "| Score | Votes | Cluster | Owner |"));
  row = g_strdup_printf ("| %s | ", fs_record_get_text (risk, FS_RISK_TITLE));
  g_assert_nonnull (strstr (after, row));
  g_assert_nonnull (strstr (strstr (after, row), " | 3 | "));

  fs_record_set_text (cause, FS_CAUSE_VOTES, "[{\"by\":\"Ana\",\"count\":2}]");
  causes = fs_markdown_render (postmortem);
  g_assert_nonnull (strstr (causes, "(2 votes)"));
}

/* The chain: a pre-mortem and the post-mortems of its change. */

static FsDocument *
make_chain_premortem (const char *title)
{
  FsDocument *premortem = fs_document_new (FS_DOCUMENT_KIND_PREMORTEM);

  fs_document_set_title (premortem, title);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r1", "title", "Replica lag",
                    "probability", 2.0, "impact", 3.0, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r2", "title", "Connection pool exhausted",
                    "probability", 3.0, "impact", 2.5, NULL);
  fs_test_add_item (premortem, FS_DOCUMENT_RISKS, "id", "r3", "title", "Rollback takes hours",
                    NULL);
  return premortem;
}

/* The post-mortem of make_postmortem(), linked to PREMORTEM_ID, with a chain
 * of STATE attached (none at all for -1). */
static FsDocument *
make_linked_postmortem (const char *premortem_id,
                        int         state,
                        FsDocument *premortem)
{
  FsDocument *postmortem = make_postmortem ();

  fs_document_link_premortem (postmortem, premortem_id);
  if (state >= 0)
    {
      g_autoptr(FsChain) chain = fs_chain_new_for_postmortem (state, premortem);

      fs_document_set_chain (postmortem, chain);
    }
  return postmortem;
}

/* The text of the section, from its heading to the next heading. */
static char *
anticipated_section (const char *markdown)
{
  const char *start = strstr (markdown, "### Anticipated by the pre-mortem\n");
  const char *end;

  if (start == NULL)
    return NULL;
  end = strstr (start + 1, "\n#");
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
test_chain_found (void)
{
  g_autoptr(FsDocument) premortem = make_chain_premortem ("Checkout moves to the new database");
  g_autoptr(FsDocument) postmortem =
    make_linked_postmortem (fs_document_get_id (premortem), FS_CHAIN_FOUND, premortem);
  g_autofree char *markdown = NULL;
  g_autofree char *section = NULL;
  g_autofree char *single = NULL;
  const char *incident, *anticipated, *wrong;

  fs_document_set_anticipated (postmortem, "r2", TRUE);
  fs_document_set_anticipated (postmortem, "r1", TRUE);
  markdown = fs_markdown_render (postmortem);
  section = anticipated_section (markdown);
  g_assert_nonnull (section);
  assert_has_line (section, "**Pre-mortem:** Checkout moves to the new database");
  assert_has_line (section, "The incident was an instance of these risks:");
  /* In the pre-mortem's order, scored as its risk table scores them. */
  g_assert_nonnull (strstr (section, "\n- Replica lag — score 6\n"
                                     "- Connection pool exhausted — score 7.5\n"));
  g_assert_null (strstr (section, "Rollback takes hours"));
  /* The last part of the Incident step, before What went wrong. */
  incident = strstr (markdown, "## Incident\n");
  anticipated = strstr (markdown, "### Anticipated by the pre-mortem\n");
  wrong = strstr (markdown, "## What went wrong\n");
  g_assert_true (incident != NULL && incident < anticipated && anticipated < wrong);
  assert_tidy (markdown);

  fs_document_set_anticipated (postmortem, "r2", FALSE);
  single = fs_markdown_render (postmortem);
  assert_has_line (single, "The incident was an instance of this risk:");
  assert_has_line (single, "- Replica lag — score 6");
  g_assert_null (strstr (single, "Connection pool exhausted"));
}

static void
assert_anticipated_says (FsDocument *postmortem,
                         const char *sentence,
                         gboolean    names_premortem)
{
  g_autofree char *markdown = fs_markdown_render (postmortem);
  g_autofree char *section = anticipated_section (markdown);

  if (section == NULL)
    g_error ("no section on the pre-mortem in:\n%s", markdown);
  assert_has_line (section, sentence);
  g_assert_true ((strstr (section, "**Pre-mortem:**") != NULL) == names_premortem);
  g_assert_null (strstr (section, "\n- "));
  assert_tidy (markdown);
}

static void
test_chain_verdicts (void)
{
  g_autoptr(FsDocument) premortem = make_chain_premortem ("Checkout moves to the new database");
  const char *id = fs_document_get_id (premortem);
  g_autoptr(FsDocument) none = make_linked_postmortem (id, FS_CHAIN_FOUND, premortem);
  g_autoptr(FsDocument) not_asked = make_linked_postmortem (id, FS_CHAIN_FOUND, premortem);
  g_autoptr(FsDocument) removed = make_linked_postmortem (id, FS_CHAIN_FOUND, premortem);
  g_autoptr(FsDocument) deleted = make_linked_postmortem (id, FS_CHAIN_DELETED, NULL);
  g_autoptr(FsDocument) absent = make_linked_postmortem (id, FS_CHAIN_ABSENT, NULL);
  g_autoptr(FsDocument) not_loaded = make_linked_postmortem (id, -1, NULL);
  g_autoptr(FsDocument) other = make_chain_premortem ("Another change");
  g_autoptr(FsDocument) stale = make_linked_postmortem (id, FS_CHAIN_FOUND, other);

  fs_document_set_none_anticipated (none);
  fs_document_set_anticipated (removed, "r9", TRUE);
  fs_document_set_anticipated (stale, "r1", TRUE);
  assert_anticipated_says (none, "None of its risks matched: the incident was not foreseen.",
                           TRUE);
  assert_anticipated_says (not_asked, "Its risks have not yet been compared with the incident.",
                           TRUE);
  assert_anticipated_says (removed, "The risks the incident was an instance of were removed "
                           "from the pre-mortem.", TRUE);
  assert_anticipated_says (deleted, "The linked pre-mortem was deleted.", FALSE);
  assert_anticipated_says (absent, "The linked pre-mortem is not in this library.", FALSE);
  assert_anticipated_says (not_loaded,
                           "The risks of the linked pre-mortem could not be looked up.", FALSE);
  /* A chain read for another pre-mortem is not this one's. */
  assert_anticipated_says (stale, "The risks of the linked pre-mortem could not be looked up.",
                           FALSE);
}

static void
test_chain_unlinked (void)
{
  g_autoptr(FsDocument) bare = make_postmortem ();
  g_autoptr(FsDocument) loaded = make_postmortem ();
  g_autoptr(FsChain) chain = fs_chain_new_for_postmortem (FS_CHAIN_UNLINKED, NULL);
  g_autofree char *bare_markdown = fs_markdown_render (bare);
  g_autofree char *loaded_markdown = NULL;

  fs_document_set_chain (loaded, chain);
  loaded_markdown = fs_markdown_render (loaded);
  g_assert_null (strstr (bare_markdown, "pre-mortem"));
  g_assert_null (strstr (loaded_markdown, "pre-mortem"));
}

/* Markup in the pre-mortem's title stays text. */
static void
test_chain_title_escaped (void)
{
  g_autoptr(FsDocument) premortem = make_chain_premortem ("# Owned | <b>now</b> *x*");
  g_autoptr(FsDocument) postmortem =
    make_linked_postmortem (fs_document_get_id (premortem), FS_CHAIN_FOUND, premortem);
  g_autofree char *markdown = fs_markdown_render (postmortem);

  assert_has_line (markdown, "**Pre-mortem:** \\# Owned \\| \\<b\\>now\\</b\\> \\*x\\*");
}

static FsDocument *
make_premortem_with_links (void)
{
  FsDocument *premortem = make_chain_premortem ("Checkout moves to the new database");
  g_autoptr(GListStore) links = g_list_store_new (FS_TYPE_LINK_ENTRY);
  g_autoptr(FsChain) chain = NULL;

  fs_test_add_link (links, "Checkout down for an hour", TRUE, STRV ("r1", "r2"));
  fs_test_add_link (links, "Orders lost", TRUE, NULL);
  fs_test_add_link (links, "Search slow", FALSE, NULL);
  fs_test_add_link (links, "*Replica* | behind <again>", TRUE, STRV ("r1"));
  fs_test_add_link (links, "Ghost", TRUE, STRV ("r9"));
  chain = fs_chain_new_for_premortem (G_LIST_MODEL (links));
  fs_document_set_chain (premortem, chain);
  return premortem;
}

static void
test_chain_premortem (void)
{
  g_autoptr(FsDocument) premortem = make_premortem_with_links ();
  g_autofree char *markdown = fs_markdown_render (premortem);
  const char *risks, *incidents, *rollback;

  /* Ranked by score: the pool (7.5), the lag (6), the rollback (0). */
  g_assert_nonnull (strstr (markdown, "### 1. Connection pool exhausted\n\n"
                                      "**Happened:** Checkout down for an hour\n"));
  g_assert_nonnull (strstr (markdown, "### 2. Replica lag\n\n"
                                      "**Happened:** Checkout down for an hour, "
                                      "\\*Replica\\* \\| behind \\<again\\>\n"));
  g_assert_null (strstr (markdown, "### 3. Rollback takes hours\n\n**Happened:**"));
  /* The table keeps its columns. */
  assert_has_line (markdown, "| # | Risk | P | I | Score | Cluster | Owner |");
  assert_has_line (markdown, "| 1 | Connection pool exhausted | 3 | 2.5 | 7.5 |  |  |");

  risks = strstr (markdown, "## What can go wrong\n");
  incidents = strstr (markdown, "## Linked incidents\n");
  rollback = strstr (markdown, "## Rollback plan\n");
  g_assert_true (risks != NULL && risks < incidents && incidents < rollback);
  g_assert_nonnull (strstr (incidents,
                            "\n- **Checkout down for an hour** — an instance of “Replica lag”, "
                            "“Connection pool exhausted”\n"
                            "- **Orders lost** — none of its risks\n"
                            "- **Search slow** — risks not yet compared\n"
                            "- **\\*Replica\\* \\| behind \\<again\\>** — an instance of "
                            "“Replica lag”\n"
                            "- **Ghost** — risks since removed\n"));
  assert_tidy (markdown);
}

static void
test_chain_premortem_without_links (void)
{
  g_autoptr(FsDocument) premortem = make_chain_premortem ("Checkout moves to the new database");
  g_autoptr(GListStore) links = g_list_store_new (FS_TYPE_LINK_ENTRY);
  g_autoptr(FsChain) chain = fs_chain_new_for_premortem (G_LIST_MODEL (links));
  g_autofree char *bare = fs_markdown_render (premortem);
  g_autofree char *loaded = NULL;

  fs_document_set_chain (premortem, chain);
  loaded = fs_markdown_render (premortem);
  g_assert_cmpstr (loaded, ==, bare);
  g_assert_null (strstr (loaded, "Happened"));
  g_assert_null (strstr (loaded, "Linked incidents"));
}

/* An anonymised export is a copy of the document: it keeps the chain. */
static void
test_chain_anonymized (void)
{
  g_autoptr(FsDocument) premortem = make_chain_premortem ("Checkout moves to the new database");
  g_autoptr(FsDocument) postmortem =
    make_linked_postmortem (fs_document_get_id (premortem), FS_CHAIN_FOUND, premortem);
  g_autofree char *markdown = NULL;

  fs_document_set_anticipated (postmortem, "r1", TRUE);
  fs_record_set_boolean (FS_RECORD (postmortem), FS_DOCUMENT_ANONYMIZE, TRUE);
  markdown = fs_markdown_render (postmortem);
  assert_has_line (markdown, "- Replica lag — score 6");
}

int
main (int   argc,
      char *argv[])
{
  fs_test_init (&argc, &argv);

  g_test_add_func ("/markdown/escape/inline", test_escape_inline);
  g_test_add_func ("/markdown/votes", test_votes);
  g_test_add_func ("/markdown/escape/cell", test_escape_cell);
  g_test_add_func ("/markdown/escape/hostile-documents", test_hostile_text);
  g_test_add_func ("/markdown/escape/hostile-exact", test_hostile_exact);
  g_test_add_func ("/markdown/premortem/risks-by-score", test_risks_ranked_by_score);
  g_test_add_func ("/markdown/premortem/parts", test_premortem_parts);
  g_test_add_func ("/markdown/postmortem/parts", test_postmortem_parts);
  g_test_add_func ("/markdown/empty", test_empty_documents);
  g_test_add_func ("/markdown/anonymized", test_anonymized_export);
  g_test_add_func ("/markdown/incident-times/derived", test_incident_times);
  g_test_add_func ("/markdown/incident-times/unknown", test_incident_times_unknown);
  g_test_add_func ("/markdown/duration-format", test_duration_format);
  g_test_add_func ("/markdown/chain/found", test_chain_found);
  g_test_add_func ("/markdown/chain/verdicts", test_chain_verdicts);
  g_test_add_func ("/markdown/chain/unlinked", test_chain_unlinked);
  g_test_add_func ("/markdown/chain/title-escaped", test_chain_title_escaped);
  g_test_add_func ("/markdown/chain/premortem", test_chain_premortem);
  g_test_add_func ("/markdown/chain/premortem-without-links", test_chain_premortem_without_links);
  g_test_add_func ("/markdown/chain/anonymized", test_chain_anonymized);
  g_test_add_data_func ("/markdown/golden/premortem", "premortem-rich", test_golden);
  g_test_add_data_func ("/markdown/golden/postmortem", "postmortem-rich", test_golden);

  return g_test_run ();
}
