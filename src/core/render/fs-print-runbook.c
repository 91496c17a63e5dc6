/* fs-print-runbook.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-print-private.h"

/* The go/no-go runbook: what the people in the change window hold in their
 * hands. Large type, tick boxes to mark by pen, and nothing of the analysis
 * that does not help during the change. */

#define TICK "\u2610"

#define TEXT(document, field) fs_record_get_text (FS_RECORD (document), field)
#define LIST(document, field) fs_record_get_list (FS_RECORD (document), field)

static GListModel *
items_of (FsDocument     *document,
          FsDocumentList  list)
{
  return G_LIST_MODEL (fs_document_get_list (document, list));
}

static void
add_title (FsFlow     *flow,
           FsDocument *document)
{
  g_autofree char *kicker = g_utf8_strup (_("Go/no-go runbook"), -1);
  const char *title = fs_document_get_title (document);

  fs_flow_add_text (flow, FS_STYLE_KICKER, kicker);
  fs_flow_add_text (flow, FS_STYLE_TITLE, title[0] != '\0' ? title : _("Untitled"));
  fs_flow_add_rule (flow, FS_COLOR_ACCENT, 2);
  fs_flow_add_key_value (flow, _("Starts"), TEXT (document, FS_DOCUMENT_SCHEDULE_START));
  fs_flow_add_key_value (flow, _("Window"), TEXT (document, FS_DOCUMENT_SCHEDULE_WINDOW));
  fs_flow_add_key_value (flow, _("Takes effect"),
                         TEXT (document, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT));
  fs_flow_add_key_value (flow, _("Rollback by"),
                         TEXT (document, FS_DOCUMENT_ROLLBACK_PERFORMED_BY));
}

/* A line a person, the role first: it is what people ask for during a
 * change. What each of them does is in the timeline; their standing duties
 * are in the document, not on the sheet. */
static void
add_contacts (FsFlow     *flow,
              FsDocument *document)
{
  GListModel *people = items_of (document, FS_DOCUMENT_PEOPLE);
  gboolean names = !fs_record_get_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE);
  const FsColumn columns[] = {
    { _("Role"), 1.2, FS_ALIGN_START },
    { _("Name"), 1, FS_ALIGN_START },
  };
  FsTable *table;

  if (g_list_model_get_n_items (people) == 0)
    return;
  fs_flow_add_heading (flow, 1, _("Contacts"));
  /* Anonymised, the name is the role again: the roles alone. */
  table = fs_flow_add_table (flow, columns, names ? 2 : 1);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      g_autoptr(FsRich) role = fs_rich_new_text (fs_record_get_text (person, FS_PERSON_ROLE),
                                                 FS_SPAN_BOLD);
      g_autoptr(FsRich) name = fs_rich_new_text (fs_record_get_text (person, FS_PERSON_NAME),
                                                 FS_SPAN_PLAIN);
      FsRich *cells[] = { role, name };

      fs_table_add_rich_row (table, cells);
    }
  fs_table_end (table);
}

static void
add_timeline (FsFlow     *flow,
              FsDocument *document)
{
  GListModel *timeline = items_of (document, FS_DOCUMENT_TIMELINE);
  const FsColumn columns[] = {
    { "", 0, FS_ALIGN_START },
    { _("When"), 0, FS_ALIGN_START },
    { _("Who and what"), 1, FS_ALIGN_START },
  };
  FsTable *table;

  if (g_list_model_get_n_items (timeline) == 0)
    return;
  fs_flow_add_heading (flow, 1, _("Timeline"));
  table = fs_flow_add_table (flow, columns, G_N_ELEMENTS (columns));
  /* Some rows are long: whole, they would leave gaps at the bottoms of pages. */
  fs_table_let_rows_break (table);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (timeline, i);
      g_autoptr(FsRich) tick = fs_rich_new_text (TICK, 0);
      g_autoptr(FsRich) when = fs_rich_new_text (fs_record_get_text (entry, FS_TIMELINE_ENTRY_WHEN),
                                                 FS_SPAN_BOLD);
      g_autoptr(FsRich) what = fs_rich_new_text (fs_record_get_text (entry, FS_TIMELINE_ENTRY_WHO),
                                                 FS_SPAN_BOLD | FS_SPAN_SECONDARY);
      FsRich *cells[] = { tick, when, what };

      /* What is done in the body size too: it is what is read in the change
       * window, from arm's length. */
      if (what->text->len > 0)
        g_string_append_c (what->text, '\n');
      fs_rich_append_list (what, fs_record_get_list (entry, FS_TIMELINE_ENTRY_ACTIONS));
      fs_table_add_rich_row (table, cells);
    }
  fs_table_end (table);
}

static void
add_decision (FsFlow     *flow,
              FsDocument *document)
{
  g_autoptr(FsRich) line = fs_rich_new ();
  const char *decided_by = TEXT (document, FS_DOCUMENT_GO_NO_GO_DECIDED_BY);

  fs_rich_append (line, TICK, FS_SPAN_TICK);
  fs_rich_append (line, _(" Go"), FS_SPAN_BOLD);
  fs_rich_append (line, "          ", 0);
  fs_rich_append (line, TICK, FS_SPAN_TICK);
  fs_rich_append (line, _(" No-go"), FS_SPAN_BOLD);
  fs_rich_append (line, "\n", 0);
  /* Translators: followed by the name of who gives the signal, or a line to write it on */
  fs_rich_append (line, _("Signal given by "), FS_SPAN_SECONDARY);
  fs_rich_append (line, decided_by[0] != '\0' ? decided_by : "________________", 0);
  /* Translators: followed by a line to write the time on */
  fs_rich_append (line, _("  at "), FS_SPAN_SECONDARY);
  fs_rich_append (line, "________", 0);
  fs_flow_add_key_rich (flow, _("Decision"), line);
}

static void
add_criteria (FsFlow     *flow,
              FsDocument *document)
{
  GListModel *criteria = items_of (document, FS_DOCUMENT_CRITERIA);
  const FsColumn columns[] = {
    { "", 0, FS_ALIGN_START },
    { _("Criterion"), 1, FS_ALIGN_START },
    { _("Owner"), 0.3, FS_ALIGN_START },
  };
  FsTable *table;

  fs_flow_add_heading (flow, 1, _("Go / no-go criteria"));
  if (g_list_model_get_n_items (criteria) > 0)
    {
      table = fs_flow_add_table (flow, columns, G_N_ELEMENTS (columns));
      for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
        {
          g_autoptr(FsRecord) criterion = g_list_model_get_item (criteria, i);
          const char *cells[] = {
            TICK,
            fs_record_get_text (criterion, FS_CRITERION_TEXT),
            fs_record_get_text (criterion, FS_CRITERION_OWNER),
          };

          fs_table_add_row (table, cells);
        }
      fs_table_end (table);
    }
  add_decision (flow, document);
}

static void
add_rollback (FsFlow     *flow,
              FsDocument *document)
{
  const char * const *triggers = LIST (document, FS_DOCUMENT_ROLLBACK_TRIGGERS);
  const char * const *steps = LIST (document, FS_DOCUMENT_ROLLBACK_STEPS);
  const char *point = TEXT (document, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN);

  if (triggers[0] == NULL && steps[0] == NULL && point[0] == '\0')
    return;
  fs_flow_add_heading (flow, 1, _("Rollback"));
  fs_flow_add_key_value (flow, _("Prepared"), TEXT (document, FS_DOCUMENT_ROLLBACK_PREPARED));
  if (triggers[0] != NULL)
    {
      fs_flow_add_heading (flow, 2, _("Roll back when"));
      for (guint i = 0; triggers[i] != NULL; i++)
        {
          g_autoptr(FsRich) rich = fs_rich_new_text (triggers[i], 0);

          fs_flow_add_item (flow, "•", rich);
        }
    }
  if (steps[0] != NULL)
    {
      fs_flow_add_heading (flow, 2, _("Steps"));
      for (guint i = 0; steps[i] != NULL; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u.", i + 1);
          g_autoptr(FsRich) rich = fs_rich_new_text (steps[i], 0);

          fs_flow_add_item (flow, number, rich);
        }
    }
  /* Last, where the way back ends. */
  if (point[0] != '\0')
    fs_flow_add_callout (flow, _("Point of no return"), point, FS_COLOR_WARNING,
                         FS_COLOR_WARN_TINT);
}

void
fs_print_runbook_build (FsFlow     *flow,
                        FsDocument *document)
{
  fs_print_set_running (flow, document, _("Go/no-go runbook"));
  add_title (flow, document);
  /* Who is there, what happens when, what must hold to go on, and the way
   * back. */
  add_contacts (flow, document);
  add_timeline (flow, document);
  add_criteria (flow, document);
  add_rollback (flow, document);
}
