/* fs-print-postmortem.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain-text.h"
#include "fs-print-private.h"
#include "fs-record-text.h"
#include "fs-votes.h"

/* The post-mortem as blocks, in the order of the method; the title block and
 * the action items are shared with the pre-mortem (fs-print-document.c). */

#define TEXT(document, field) fs_record_get_text (FS_RECORD (document), field)
#define IS_SET(document, field) (!fs_record_is_empty (FS_RECORD (document), field))
#define LIST(document, field) fs_record_get_list (FS_RECORD (document), field)

static char *
participants (FsDocument *document)
{
  GListModel *people = fs_print_items_of (document, FS_DOCUMENT_PEOPLE);
  gboolean names = !fs_record_get_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      const char *name = fs_record_get_text (person, FS_PERSON_NAME);
      const char *role = fs_record_get_text (person, FS_PERSON_ROLE);

      if (names && name[0] != '\0' && role[0] != '\0')
        g_ptr_array_add (parts, g_strdup_printf ("%s (%s)", name, role));
      else
        g_ptr_array_add (parts, g_strdup (role[0] != '\0' || !names ? role : name));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
add_moment (FsFlow      *flow,
            const char  *key,
            FsDocument  *document,
            guint        field)
{
  g_autofree char *moment = fs_print_format_moment (TEXT (document, field));

  fs_flow_add_key_value (flow, key, moment);
}

static void
add_incident (FsFlow     *flow,
              FsDocument *document)
{
  g_autofree char *who = participants (document);

  fs_flow_add_heading (flow, 1, _("Incident"));
  fs_flow_add_text (flow, FS_STYLE_BODY, TEXT (document, FS_DOCUMENT_INCIDENT_SUMMARY));
  add_moment (flow, _("Started"), document, FS_DOCUMENT_INCIDENT_STARTED);
  add_moment (flow, _("Detected"), document, FS_DOCUMENT_INCIDENT_DETECTED);
  add_moment (flow, _("Resolved"), document, FS_DOCUMENT_INCIDENT_RESOLVED);
  fs_flow_add_key_value (flow, _("Status"),
                         fs_print_choice_name (TEXT (document, FS_DOCUMENT_INCIDENT_STATUS)));
  fs_flow_add_key_value (flow, _("Severity"), TEXT (document, FS_DOCUMENT_INCIDENT_SEVERITY));
  fs_flow_add_key_value (flow, _("Facilitator"), TEXT (document,
                                                       FS_DOCUMENT_INCIDENT_FACILITATOR));
  fs_flow_add_key_value (flow, _("Participants"), who);
}

static void
add_anticipated_risks (FsFlow    *flow,
                       GPtrArray *risks)
{
  for (guint i = 0; i < risks->len; i++)
    {
      FsRecord *risk = g_ptr_array_index (risks, i);
      g_autofree char *score = fs_print_format_number (fs_risk_get_score (FS_RISK (risk)));
      g_autofree char *text = fs_chain_text_risk_with_score (risk, score);
      g_autoptr(FsRich) rich = fs_rich_new_text (text, FS_SPAN_PLAIN);

      fs_flow_add_item (flow, "•", rich);
    }
}

/* Right after the incident, where the Guide asks about the link. */
static void
add_anticipated (FsFlow     *flow,
                 FsDocument *document)
{
  FsDocument *premortem;
  g_autoptr(GPtrArray) risks = NULL;

  if (!fs_chain_text_is_linked (document))
    return;
  fs_flow_add_heading (flow, 2, _("Anticipated by the pre-mortem"));
  premortem = fs_chain_text_get_premortem (document);
  if (premortem == NULL)
    {
      fs_flow_add_text (flow, FS_STYLE_BODY, fs_chain_text_why_not_shown (document));
      return;
    }
  fs_flow_add_key_value (flow, _("Pre-mortem"),
                         fs_chain_text_title (fs_document_get_title (premortem)));
  fs_flow_add_space (flow, 4);
  risks = fs_chain_text_dup_anticipated (document);
  fs_flow_add_text (flow, FS_STYLE_BODY, fs_chain_text_verdict (document, risks->len));
  add_anticipated_risks (flow, risks);
}

static void
add_subsection (FsFlow     *flow,
                const char *heading,
                const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  fs_flow_add_heading (flow, 2, heading);
  fs_flow_add_text (flow, FS_STYLE_BODY, text);
}

/* In the order of time and numbered, as in the figure of the timeline. */
static void
add_events_table (FsFlow     *flow,
                  FsDocument *document)
{
  g_autoptr(GPtrArray) events = fs_print_sort_events (document);
  g_autoptr(GDateTime) day = NULL;
  const FsColumn columns[] = {
    { "#", 0, FS_ALIGN_END },
    { _("Time"), 0, FS_ALIGN_START },
    { _("Event"), 1, FS_ALIGN_START },
  };
  FsTable *table;

  if (events->len == 0)
    return;
  table = fs_flow_add_table (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < events->len; i++)
    {
      FsRecord *event = g_ptr_array_index (events, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(GDateTime) moment =
        fs_print_parse_moment (fs_record_get_text (event, FS_EVENT_AT));
      g_autofree char *at = NULL;
      const char *cells[] = { number, NULL, fs_record_get_text (event, FS_EVENT_TEXT) };

      /* The day where it changes, else only the time. */
      if (moment == NULL)
        at = g_strdup (fs_record_get_text (event, FS_EVENT_AT));
      else if (day != NULL && g_date_time_get_year (day) == g_date_time_get_year (moment) &&
               g_date_time_get_day_of_year (day) == g_date_time_get_day_of_year (moment))
        at = g_date_time_format (moment, "%H:%M");
      else
        /* Translators: the time of an event on a new day, see the strftime manual */
        at = g_date_time_format (moment, _("%-d %b, %H:%M"));
      if (moment != NULL)
        {
          g_clear_pointer (&day, g_date_time_unref);
          day = g_date_time_ref (moment);
        }
      cells[1] = at;
      fs_table_add_row (table, cells);
    }
  fs_table_end (table);
}

static gboolean
has_impact (FsDocument *document)
{
  return IS_SET (document, FS_DOCUMENT_IMPACT_DESCRIPTION) ||
         IS_SET (document, FS_DOCUMENT_IMPACT_DURATION_MINUTES) ||
         IS_SET (document, FS_DOCUMENT_IMPACT_REQUESTS_PCT) ||
         IS_SET (document, FS_DOCUMENT_IMPACT_USERS_PCT) ||
         IS_SET (document, FS_DOCUMENT_IMPACT_DATA_PCT) ||
         IS_SET (document, FS_DOCUMENT_IMPACT_CLEANUP);
}

static void
add_what_went_wrong (FsFlow     *flow,
                     FsDocument *document)
{
  gboolean times = fs_print_count_of (document, FS_DOCUMENT_EVENTS) > 0 ||
                   IS_SET (document, FS_DOCUMENT_INCIDENT_STARTED);

  if (!has_impact (document) && !times && !IS_SET (document, FS_DOCUMENT_DETECTION) &&
      !IS_SET (document, FS_DOCUMENT_RESOLUTION))
    return;
  fs_flow_add_heading (flow, 1, _("What went wrong"));
  if (has_impact (document))
    {
      fs_flow_add_heading (flow, 2, _("Impact"));
      fs_print_add_impact_figures (flow, document);
      fs_flow_add_text (flow, FS_STYLE_BODY, TEXT (document, FS_DOCUMENT_IMPACT_DESCRIPTION));
      fs_flow_add_key_value (flow, _("Cleanup"), TEXT (document, FS_DOCUMENT_IMPACT_CLEANUP));
    }
  add_subsection (flow, _("Detection"), TEXT (document, FS_DOCUMENT_DETECTION));
  if (times)
    {
      fs_flow_add_heading (flow, 2, _("Timeline"));
      fs_print_add_incident_timeline (flow, document);
      add_events_table (flow, document);
    }
  add_subsection (flow, _("Resolution"), TEXT (document, FS_DOCUMENT_RESOLUTION));
}

static void
add_causes (FsFlow     *flow,
            FsDocument *document)
{
  static const struct { const char *area; const char *heading; } areas[] = {
    { "avoid", N_("Why it was not prevented") },
    { "detect", N_("Why it was not seen sooner") },
    { "fix", N_("Why it took long to fix") },
  };
  GListModel *causes = fs_print_items_of (document, FS_DOCUMENT_CAUSES);

  if (g_list_model_get_n_items (causes) == 0)
    return;
  fs_flow_add_heading (flow, 2, _("Root causes"));
  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
        {
          g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);
          g_autoptr(FsRich) rich = NULL;
          guint votes;

          if (!g_str_equal (fs_record_get_text (cause, FS_CAUSE_AREA), areas[a].area))
            continue;
          if (first)
            fs_flow_add_heading (flow, 3, _(areas[a].heading));
          first = FALSE;
          rich = fs_rich_new_text (fs_record_get_text (cause, FS_CAUSE_TEXT), FS_SPAN_PLAIN);
          votes = fs_votes_total (fs_record_get_text (cause, FS_CAUSE_VOTES));
          if (votes > 0)
            {
              g_autofree char *label = fs_votes_label (votes);
              g_autofree char *tail = g_strdup_printf (" (%s)", label);

              fs_rich_append (rich, tail, FS_SPAN_PLAIN);
            }
          fs_flow_add_item (flow, "•", rich);
        }
    }
}

static void
add_list_section (FsFlow             *flow,
                  guint               level,
                  const char         *heading,
                  const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;
  fs_flow_add_heading (flow, level, heading);
  fs_print_add_bullets (flow, items);
}

static void
add_why (FsFlow     *flow,
         FsDocument *document)
{
  if (!IS_SET (document, FS_DOCUMENT_TRIGGER) &&
      fs_print_count_of (document, FS_DOCUMENT_CAUSES) == 0 &&
      !IS_SET (document, FS_DOCUMENT_WENT_WELL) && !IS_SET (document, FS_DOCUMENT_WENT_BADLY) &&
      !IS_SET (document, FS_DOCUMENT_GOT_LUCKY))
    return;
  fs_flow_add_heading (flow, 1, _("Why"));
  add_subsection (flow, _("Trigger"), TEXT (document, FS_DOCUMENT_TRIGGER));
  add_causes (flow, document);
  add_list_section (flow, 2, _("What went well"), LIST (document, FS_DOCUMENT_WENT_WELL));
  add_list_section (flow, 2, _("What went badly"), LIST (document, FS_DOCUMENT_WENT_BADLY));
  add_list_section (flow, 2, _("Where we got lucky"), LIST (document, FS_DOCUMENT_GOT_LUCKY));
}

void
fs_print_postmortem_build (FsFlow     *flow,
                           FsDocument *document)
{
  const char *severity = TEXT (document, FS_DOCUMENT_INCIDENT_SEVERITY);
  g_autofree char *detail = NULL;

  if (severity[0] != '\0')
    /* Translators: the severity of an incident and its status, e.g. "SEV-2, resolved" */
    detail = g_strdup_printf (_("%s, %s"), severity,
                              fs_print_choice_name (TEXT (document, FS_DOCUMENT_INCIDENT_STATUS)));
  fs_print_add_title (flow, document, fs_print_kind_name (document), detail);
  add_incident (flow, document);
  add_anticipated (flow, document);
  add_what_went_wrong (flow, document);
  add_why (flow, document);
  fs_print_add_action_items (flow, document, _("How: action items"));
  add_list_section (flow, 1, _("Lessons learned"), LIST (document, FS_DOCUMENT_LESSONS));
}
