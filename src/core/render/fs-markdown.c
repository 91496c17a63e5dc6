/* fs-markdown.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-anonymize.h"
#include "fs-incident-times.h"
#include "fs-markdown-private.h"
#include "fs-record-text.h"
#include "fs-votes.h"

/* Values shown as words. */

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static char *
format_time (const char *timestamp)
{
  g_autoptr(GDateTime) time = NULL;
  gint64 seconds;

  if (!fs_incident_times_parse (timestamp, &seconds))
    return g_strdup (timestamp);
  time = g_date_time_new_from_unix_utc (seconds);
  return g_date_time_format (time, "%Y-%m-%d %H:%M UTC");
}

/* The items that hold any text, joined by SEPARATOR. */
static char *
join_written (const char * const *items,
              const char         *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; items[i] != NULL; i++)
    if (!fs_markdown_is_blank (items[i]))
      g_ptr_array_add (parts, (char *) items[i]);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

/* The document as a whole. */

typedef struct
{
  GString    *out;
  FsDocument *document;
} Writer;

#define TEXT_OF(w, field)  fs_record_get_text (FS_RECORD ((w)->document), field)
#define LIST_OF(w, field)  fs_record_get_list (FS_RECORD ((w)->document), field)
#define ITEMS_OF(w, list)  G_LIST_MODEL (fs_document_get_list ((w)->document, list))

/* The heading of a step of the method; returns where its content starts. */
static gsize
step_begin (Writer     *w,
            const char *title)
{
  fs_markdown_heading (w->out, 2, title);
  return w->out->len;
}

static void
step_end (Writer *w,
          gsize   start)
{
  g_autofree char *nothing = NULL;

  if (w->out->len > start)
    return;
  nothing = fs_markdown_escape_flat (_("Nothing recorded yet."));
  fs_markdown_begin_block (w->out);
  g_string_append_printf (w->out, "_%s_\n", nothing);
}

static void
add_part (GPtrArray  *parts,
          const char *format,
          const char *value)
{
  g_autofree char *text = NULL;

  if (fs_markdown_is_blank (value))
    return;
  text = g_strdup_printf (format, value);
  g_ptr_array_add (parts, fs_markdown_escape_flat (text));
}

/* The title, then one line that says what the document is. */
static void
write_title (Writer *w)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind =
    fs_markdown_escape_flat (fs_choice_label (TEXT_OF (w, FS_DOCUMENT_KIND)));
  g_autofree char *authors = join_written (LIST_OF (w, FS_DOCUMENT_AUTHORS), ", ");
  g_autofree char *tags = join_written (LIST_OF (w, FS_DOCUMENT_TAGS), ", ");
  g_autofree char *created = format_time (TEXT_OF (w, FS_DOCUMENT_CREATED));
  g_autofree char *modified = format_time (TEXT_OF (w, FS_DOCUMENT_MODIFIED));
  g_autofree char *line = NULL;
  const char *title = fs_document_get_title (w->document);

  fs_markdown_heading (w->out, 1, fs_markdown_is_blank (title) ? _("Untitled document") : title);

  g_ptr_array_add (parts, g_strdup_printf ("**%s**", kind));
  add_part (parts, "%s", fs_choice_label (TEXT_OF (w, FS_DOCUMENT_STATUS)));
  /* Translators: the authors of a document, separated by commas. */
  add_part (parts, _("By %s"), authors);
  add_part (parts, _("Tags: %s"), tags);
  /* Translators: a date and time in UTC, such as "2026-11-21 10:00 UTC". */
  add_part (parts, _("Created %s"), created);
  /* Translators: a date and time in UTC, such as "2026-11-21 10:00 UTC". */
  add_part (parts, _("Last changed %s"), modified);
  g_ptr_array_add (parts, NULL);

  line = g_strjoinv (" · ", (char **) parts->pdata);
  fs_markdown_begin_block (w->out);
  fs_markdown_append_lines (w->out, "", 0, line);
}

/* A record with nothing written in it is not worth a row. */
static gboolean
record_is_blank (FsRecord *record)
{
  const FsSchema *schema = fs_record_get_schema (record);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      if (schema->fields[i].type == FS_FIELD_TEXT &&
          !fs_markdown_is_blank (fs_record_get_text (record, i)))
        return FALSE;
      if (schema->fields[i].type == FS_FIELD_TEXT_LIST &&
          !fs_markdown_list_is_blank (fs_record_get_list (record, i)))
        return FALSE;
    }
  return TRUE;
}

static guint
count_written (GListModel *items)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      count += !record_is_blank (item);
    }
  return count;
}

static const char *
cause_text (Writer     *w,
            const char *id)
{
  FsRecord *cause = NULL;

  if (id[0] != '\0')
    cause = fs_document_find_item (w->document, FS_DOCUMENT_CAUSES, id);
  return cause != NULL ? fs_record_get_text (cause, FS_CAUSE_TEXT) : "";
}

/* A field of a record as a reader wants it: a choice in words, a list line by
 * line, the cause of an action item by its text rather than its id. */
static char *
record_cell (Writer   *w,
             FsRecord *record,
             int       field)
{
  const FsField *info = &fs_record_get_schema (record)->fields[field];

  if (info->type == FS_FIELD_TEXT_LIST)
    return join_written (fs_record_get_list (record, field), "\n");
  if (info->type == FS_FIELD_CHOICE)
    return g_strdup (fs_choice_label (fs_record_get_text (record, field)));
  if (FS_IS_ACTION_ITEM (record) && field == FS_ACTION_ITEM_CAUSE)
    return g_strdup (cause_text (w, fs_record_get_text (record, field)));
  return g_strdup (fs_record_get_text (record, field));
}

/* A table of the records of LIST that hold any text, FIELDS (ending in -1)
 * under HEADERS, with TITLE over it; nothing at all when there is no row. */
static void
write_records (Writer             *w,
               FsDocumentList      list,
               const char         *title,
               const char * const *headers,
               const int          *fields)
{
  GListModel *items = ITEMS_OF (w, list);
  gboolean started = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      if (record_is_blank (item))
        continue;
      if (!started && title != NULL)
        fs_markdown_heading (w->out, 3, title);
      if (!started)
        fs_markdown_table_begin (w->out, headers, NULL);
      started = TRUE;
      for (guint f = 0; fields[f] >= 0; f++)
        g_ptr_array_add (cells, record_cell (w, item, fields[f]));
      g_ptr_array_add (cells, NULL);
      fs_markdown_table_row (w->out, (const char * const *) cells->pdata);
    }
}

/* Anonymised, a person's name is their role, told apart by a number where
 * several share it: one column says it all. */
static void
write_people (Writer     *w,
              const char *title)
{
  if (fs_record_get_boolean (FS_RECORD (w->document), FS_DOCUMENT_ANONYMIZE))
    write_records (w, FS_DOCUMENT_PEOPLE, title,
                   (const char *[]) { _("Role"), _("Responsibilities"), NULL },
                   (const int[]) { FS_PERSON_NAME, FS_PERSON_RESPONSIBILITIES, -1 });
  else
    write_records (w, FS_DOCUMENT_PEOPLE, title,
                   (const char *[]) { _("Name"), _("Role"), _("Responsibilities"), NULL },
                   (const int[]) { FS_PERSON_NAME, FS_PERSON_ROLE, FS_PERSON_RESPONSIBILITIES,
                                   -1 });
}

/* The pre-mortem, step by step. */

static void
write_overview (Writer *w)
{
  const char *date = TEXT_OF (w, FS_DOCUMENT_OVERVIEW_FAILURE_DATE);
  gsize start = step_begin (w, _("Overview"));

  fs_markdown_labelled (w->out, 0, _("What changes"), TEXT_OF (w, FS_DOCUMENT_OVERVIEW_CHANGE));
  fs_markdown_labelled (w->out, 0, _("Why it is necessary"),
                        TEXT_OF (w, FS_DOCUMENT_OVERVIEW_REASON));
  fs_markdown_labelled (w->out, 0, _("History"), TEXT_OF (w, FS_DOCUMENT_OVERVIEW_HISTORY));
  fs_markdown_labelled (w->out, 0, _("Risk level"),
                        fs_choice_label (TEXT_OF (w, FS_DOCUMENT_OVERVIEW_RISK_LEVEL)));
  if (!fs_markdown_is_blank (date))
    {
      /* Translators: the failure framing of a pre-mortem; %s is a date. */
      g_autofree char *framing =
        g_strdup_printf (_("It is %s. This change has failed. What happened?"), date);
      g_autofree char *escaped = fs_markdown_escape_flat (framing);

      fs_markdown_begin_block (w->out);
      g_string_append_printf (w->out, "_%s_\n", escaped);
    }
  step_end (w, start);
}

static void
write_timeline (Writer *w)
{
  gsize start = step_begin (w, _("Timeline & people"));

  fs_markdown_facts (w->out, (const char *[]) {
                       _("Starts"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_START),
                       _("Window"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_WINDOW),
                       _("Takes effect"), TEXT_OF (w, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT), NULL });
  write_records (w, FS_DOCUMENT_TIMELINE, _("Timeline"),
                 (const char *[]) { _("When"), _("Who"), _("Actions"), NULL },
                 (const int[]) { FS_TIMELINE_ENTRY_WHEN, FS_TIMELINE_ENTRY_WHO,
                                 FS_TIMELINE_ENTRY_ACTIONS, -1 });
  write_people (w, _("People"));
  step_end (w, start);
}

static void
write_happy_path (Writer *w)
{
  GListModel *steps = ITEMS_OF (w, FS_DOCUMENT_HAPPY_PATH);
  gsize start = step_begin (w, _("Happy path"));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(FsRecord) step = g_list_model_get_item (steps, i);
      const char *title = fs_record_get_text (step, FS_STEP_TITLE);
      g_autofree char *escaped =
        fs_markdown_escape_flat (fs_markdown_is_blank (title) ? _("Untitled step") : title);
      g_autofree char *marker = NULL;

      if (record_is_blank (step))
        continue;
      marker = g_strdup_printf ("%u. ", ++n);
      fs_markdown_begin_block (w->out);
      g_string_append_printf (w->out, "%s**%s**\n", marker, escaped);
      fs_markdown_labelled (w->out, strlen (marker), NULL,
                            fs_record_get_text (step, FS_STEP_DETAILS));
      fs_markdown_labelled (w->out, strlen (marker), _("Expected"),
                            fs_record_get_text (step, FS_STEP_EXPECTED));
    }
  step_end (w, start);
}

static const char *
cluster_name (Writer     *w,
              const char *id)
{
  FsRecord *cluster = NULL;

  if (id[0] != '\0')
    cluster = fs_document_find_item (w->document, FS_DOCUMENT_CLUSTERS, id);
  return cluster != NULL ? fs_record_get_text (cluster, FS_CLUSTER_NAME) : "";
}

static const char *
risk_title (FsRecord *risk)
{
  const char *title = fs_record_get_text (risk, FS_RISK_TITLE);

  return fs_markdown_is_blank (title) ? _("Untitled risk") : title;
}

static void
write_risk_row (Writer   *w,
                guint     rank,
                FsRisk   *risk,
                gboolean  votes)
{
  FsRecord *record = FS_RECORD (risk);
  g_autofree char *number = g_strdup_printf ("%u", rank);
  g_autofree char *probability =
    fs_markdown_format_number (fs_record_get_number (record, FS_RISK_PROBABILITY));
  g_autofree char *impact =
    fs_markdown_format_number (fs_record_get_number (record, FS_RISK_IMPACT));
  g_autofree char *score = fs_markdown_format_number (fs_risk_get_score (risk));
  guint n_votes = fs_votes_total (fs_record_get_text (record, FS_RISK_VOTES));
  g_autofree char *count = n_votes > 0 ? g_strdup_printf ("%u", n_votes) : g_strdup ("");
  const char *cluster = cluster_name (w, fs_record_get_text (record, FS_RISK_CLUSTER));
  const char *owner = fs_record_get_text (record, FS_RISK_OWNER);

  if (votes)
    fs_markdown_table_row (w->out, (const char *[]) {
                             number, risk_title (record), probability, impact, score, count,
                             cluster, owner, NULL });
  else
    fs_markdown_table_row (w->out, (const char *[]) {
                             number, risk_title (record), probability, impact, score, cluster,
                             owner, NULL });
}

static void
write_risk (Writer *w,
            guint   rank,
            FsRisk *risk)
{
  FsRecord *record = FS_RECORD (risk);
  g_autofree char *title = fs_markdown_escape_flat (risk_title (record));

  fs_markdown_begin_block (w->out);
  g_string_append_printf (w->out, "### %u. %s\n", rank, title);
  fs_markdown_write_happened (w->out, w->document, record);
  fs_markdown_labelled_list (w->out, _("Symptoms"),
                             fs_record_get_list (record, FS_RISK_SYMPTOMS), FALSE);
  fs_markdown_labelled (w->out, 0, _("Effect on users"),
                        fs_record_get_text (record, FS_RISK_USER_EFFECTS));
  fs_markdown_labelled (w->out, 0, _("Data affected"),
                        yes_no (fs_record_get_boolean (record, FS_RISK_DATA_AFFECTED)));
  fs_markdown_labelled_list (w->out, _("Actions"),
                             fs_record_get_list (record, FS_RISK_ACTIONS), FALSE);
  fs_markdown_labelled (w->out, 0, _("Can be fixed without a deployment"),
                        yes_no (fs_record_get_boolean (record, FS_RISK_FIX_WITHOUT_DEPLOY)));
  fs_markdown_labelled (w->out, 0, _("Cleanup"), fs_record_get_text (record, FS_RISK_CLEANUP));
}

static void
write_risks (Writer *w)
{
  g_autoptr(GPtrArray) ranked = fs_document_rank_risks (w->document);
  gsize start = step_begin (w, _("What can go wrong"));
  /* The votes of a workshop, when it held one. */
  gboolean votes = fs_votes_any (ITEMS_OF (w, FS_DOCUMENT_RISKS), FS_RISK_VOTES);

  if (ranked->len > 0 && votes)
    fs_markdown_table_begin (w->out, (const char *[]) {
                               C_("rank", "#"), _("Risk"), C_("probability", "P"),
                               C_("impact", "I"), _("Score"), _("Votes"), _("Cluster"), _("Owner"),
                               NULL },
                             "rlrrrrll");
  else if (ranked->len > 0)
    fs_markdown_table_begin (w->out, (const char *[]) {
                               C_("rank", "#"), _("Risk"), C_("probability", "P"),
                               C_("impact", "I"), _("Score"), _("Cluster"), _("Owner"), NULL },
                             "rlrrrll");
  for (guint i = 0; i < ranked->len; i++)
    write_risk_row (w, i + 1, g_ptr_array_index (ranked, i), votes);
  for (guint i = 0; i < ranked->len; i++)
    write_risk (w, i + 1, g_ptr_array_index (ranked, i));
  step_end (w, start);
}

static void
write_rollback (Writer *w)
{
  gsize start = step_begin (w, _("Rollback plan"));

  fs_markdown_labelled_list (w->out, _("Roll back when"),
                             LIST_OF (w, FS_DOCUMENT_ROLLBACK_TRIGGERS), FALSE);
  fs_markdown_labelled_list (w->out, _("How to roll back"),
                             LIST_OF (w, FS_DOCUMENT_ROLLBACK_STEPS), TRUE);
  fs_markdown_labelled (w->out, 0, _("Who may roll back"),
                        TEXT_OF (w, FS_DOCUMENT_ROLLBACK_PERFORMED_BY));
  fs_markdown_labelled (w->out, 0, _("Prepared in advance"),
                        TEXT_OF (w, FS_DOCUMENT_ROLLBACK_PREPARED));
  fs_markdown_labelled (w->out, 0, _("Point of no return"),
                        TEXT_OF (w, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN));
  step_end (w, start);
}

/* "- [ ]" pending, "- [x]" go, and a no-go struck through and said in words,
 * since not every renderer draws strikethrough. */
static void
write_criterion (GString  *out,
                 FsRecord *criterion)
{
  const char *state = fs_record_get_text (criterion, FS_CRITERION_STATE);
  const char *text = fs_record_get_text (criterion, FS_CRITERION_TEXT);
  const char *owner = fs_record_get_text (criterion, FS_CRITERION_OWNER);
  g_autofree char *escaped =
    fs_markdown_escape_flat (fs_markdown_is_blank (text) ? _("Unnamed criterion") : text);
  g_autofree char *no_go = NULL;

  if (g_str_equal (state, "go"))
    g_string_append_printf (out, "- [x] %s", escaped);
  else if (g_str_equal (state, "no-go"))
    {
      no_go = fs_markdown_escape_flat (_("(no-go)"));
      g_string_append_printf (out, "- [ ] ~~%s~~ **%s**", escaped, no_go);
    }
  else
    g_string_append_printf (out, "- [ ] %s", escaped);
  if (!fs_markdown_is_blank (owner))
    {
      g_autofree char *by = g_strdup_printf (_("owner: %s"), owner);
      g_autofree char *escaped_by = fs_markdown_escape_flat (by);

      g_string_append_printf (out, " — %s", escaped_by);
    }
  g_string_append_c (out, '\n');
}

static void
write_go_no_go (Writer *w)
{
  GListModel *criteria = ITEMS_OF (w, FS_DOCUMENT_CRITERIA);
  const char *decision = TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECISION);
  const char *decided_by = TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECIDED_BY);
  g_autofree char *decided_at = format_time (TEXT_OF (w, FS_DOCUMENT_GO_NO_GO_DECIDED_AT));
  gsize start = step_begin (w, _("Go / no-go"));

  if (count_written (criteria) > 0)
    fs_markdown_begin_block (w->out);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(FsRecord) criterion = g_list_model_get_item (criteria, i);

      if (!record_is_blank (criterion))
        write_criterion (w->out, criterion);
    }
  /* A decision still pending that nobody has touched says nothing yet. The
   * decision is not a list: one right after the criteria would join it. */
  if (!g_str_equal (decision, "pending") || !fs_markdown_is_blank (decided_by) ||
      !fs_markdown_is_blank (decided_at))
    fs_markdown_labelled (w->out, 0, _("Decision"), fs_choice_label (decision));
  fs_markdown_labelled (w->out, 0, _("Decided by"), decided_by);
  fs_markdown_labelled (w->out, 0, _("Decided at"), decided_at);
  step_end (w, start);
}

/* The action items as a table; a post-mortem's name the cause they answer. A
 * pre-mortem's are no step of the method, so they are left out when none. */
static void
write_action_items (Writer     *w,
                    const char *title,
                    gboolean    is_step)
{
  gsize start;

  if (!is_step && count_written (ITEMS_OF (w, FS_DOCUMENT_ACTION_ITEMS)) == 0)
    return;
  start = step_begin (w, title);
  if (fs_document_get_kind (w->document) == FS_DOCUMENT_KIND_POSTMORTEM)
    write_records (w, FS_DOCUMENT_ACTION_ITEMS, NULL,
                   (const char *[]) { _("Action"), _("Kind"), _("Area"), _("Cause"), _("Owner"),
                                      _("Due"), _("Status"), NULL },
                   (const int[]) { FS_ACTION_ITEM_TEXT, FS_ACTION_ITEM_KIND, FS_ACTION_ITEM_AREA,
                                   FS_ACTION_ITEM_CAUSE, FS_ACTION_ITEM_OWNER, FS_ACTION_ITEM_DUE,
                                   FS_ACTION_ITEM_STATUS, -1 });
  else
    write_records (w, FS_DOCUMENT_ACTION_ITEMS, NULL,
                   (const char *[]) { _("Action"), _("Kind"), _("Area"), _("Owner"), _("Due"),
                                      _("Status"), NULL },
                   (const int[]) { FS_ACTION_ITEM_TEXT, FS_ACTION_ITEM_KIND, FS_ACTION_ITEM_AREA,
                                   FS_ACTION_ITEM_OWNER, FS_ACTION_ITEM_DUE,
                                   FS_ACTION_ITEM_STATUS, -1 });
  step_end (w, start);
}

/* The post-mortem, step by step. */

static void
write_incident (Writer *w)
{
  g_autofree char *started = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_STARTED));
  g_autofree char *detected = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_DETECTED));
  g_autofree char *resolved = format_time (TEXT_OF (w, FS_DOCUMENT_INCIDENT_RESOLVED));
  gsize start = step_begin (w, _("Incident"));

  fs_markdown_facts (w->out, (const char *[]) {
                       _("Started"), started, _("Detected"), detected, _("Resolved"), resolved,
                       _("Status"), fs_choice_label (TEXT_OF (w, FS_DOCUMENT_INCIDENT_STATUS)),
                       _("Severity"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_SEVERITY),
                       _("Facilitator"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_FACILITATOR), NULL });
  fs_markdown_labelled (w->out, 0, _("Summary"), TEXT_OF (w, FS_DOCUMENT_INCIDENT_SUMMARY));
  write_people (w, _("Participants"));
  fs_markdown_write_anticipated (w->out, w->document);
  step_end (w, start);
}

static char *
format_share (Writer          *w,
              FsDocumentField  field)
{
  double value = fs_record_get_number (FS_RECORD (w->document), field);
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup (_("not known"));
  number = fs_markdown_format_number (value);
  /* Translators: a share in percent, such as "33%". */
  return g_strdup_printf (_("%s%%"), number);
}

static void
write_impact (Writer *w)
{
  double minutes = fs_record_get_number (FS_RECORD (w->document),
                                         FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  g_autofree char *duration = isnan (minutes) ? g_strdup (_("not known"))
                                              : fs_duration_format ((gint64) (minutes * 60));
  g_autofree char *requests = format_share (w, FS_DOCUMENT_IMPACT_REQUESTS_PCT);
  g_autofree char *users = format_share (w, FS_DOCUMENT_IMPACT_USERS_PCT);
  g_autofree char *data = format_share (w, FS_DOCUMENT_IMPACT_DATA_PCT);
  FsRecord *record = FS_RECORD (w->document);

  if (fs_markdown_is_blank (TEXT_OF (w, FS_DOCUMENT_IMPACT_DESCRIPTION)) &&
      fs_markdown_is_blank (TEXT_OF (w, FS_DOCUMENT_IMPACT_CLEANUP)) && isnan (minutes) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_REQUESTS_PCT) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_USERS_PCT) &&
      fs_record_is_empty (record, FS_DOCUMENT_IMPACT_DATA_PCT))
    return;
  fs_markdown_heading (w->out, 3, _("Impact"));
  fs_markdown_labelled (w->out, 0, NULL, TEXT_OF (w, FS_DOCUMENT_IMPACT_DESCRIPTION));
  fs_markdown_facts (w->out, (const char *[]) {
                       _("Duration"), duration, _("Requests affected"), requests,
                       _("Users affected"), users, _("Data affected"), data,
                       _("Cleanup"), TEXT_OF (w, FS_DOCUMENT_IMPACT_CLEANUP), NULL });
}

/* Where the time went, once any of it is known. */
static void
write_incident_times (Writer          *w,
                      FsIncidentTimes *times,
                      GPtrArray       *events)
{
  g_autofree char *detect = fs_duration_format (times->time_to_detect);
  g_autofree char *resolve = fs_duration_format (times->time_to_resolve);
  g_autofree char *gap = fs_duration_format (times->longest_gap);
  g_autofree char *after = NULL;

  if (times->longest_gap_after >= 0)
    {
      FsRecord *event = g_ptr_array_index (events, times->longest_gap_after);
      g_autofree char *at = format_time (fs_record_get_text (event, FS_EVENT_AT));

      /* Translators: the longest gap between events, and the time it began. */
      after = g_strdup_printf (_("%s, after %s"), gap, at);
    }
  fs_markdown_facts (w->out, (const char *[]) {
                       _("Time to detect"), detect, _("Time to resolve"), resolve,
                       _("Longest gap between events"), after != NULL ? after : gap, NULL });
}

/* The events in time order, then the durations derived from them. */
static void
write_events (Writer *w)
{
  g_autoptr(GPtrArray) events = fs_incident_times_sorted_events (w->document);
  gboolean rows = count_written (ITEMS_OF (w, FS_DOCUMENT_EVENTS)) > 0;
  FsIncidentTimes times;
  gboolean known;

  fs_incident_times_compute (w->document, &times);
  known = times.time_to_detect >= 0 || times.time_to_resolve >= 0 || times.longest_gap >= 0;
  if (!rows && !known)
    return;
  fs_markdown_heading (w->out, 3, _("Timeline"));
  if (rows)
    fs_markdown_table_begin (w->out, (const char *[]) { _("At"), _("What"), NULL }, NULL);
  for (guint i = 0; i < events->len; i++)
    {
      FsRecord *event = g_ptr_array_index (events, i);
      g_autofree char *at = format_time (fs_record_get_text (event, FS_EVENT_AT));

      if (!record_is_blank (event))
        fs_markdown_table_row (w->out, (const char *[]) {
                                 at, fs_record_get_text (event, FS_EVENT_TEXT), NULL });
    }
  if (known)
    write_incident_times (w, &times, events);
}

static void
write_what_went_wrong (Writer *w)
{
  gsize start = step_begin (w, _("What went wrong"));

  write_impact (w);
  fs_markdown_section_text (w->out, _("Detection"), TEXT_OF (w, FS_DOCUMENT_DETECTION));
  write_events (w);
  fs_markdown_section_text (w->out, _("Resolution"), TEXT_OF (w, FS_DOCUMENT_RESOLUTION));
  step_end (w, start);
}

static const struct
{
  const char *area;
  const char *label;
} cause_areas[] = {
  { "avoid", N_("Avoid: why was it not prevented?") },
  { "detect", N_("Detect: why was it not seen sooner?") },
  { "fix", N_("Fix: why did it take long to fix?") },
};

/* A cause's text and, after a vote, how many votes it got. */
static char *
cause_with_votes (FsRecord *cause)
{
  guint votes = fs_votes_total (fs_record_get_text (cause, FS_CAUSE_VOTES));
  g_autofree char *label = NULL;

  if (votes == 0)
    return g_strdup (fs_record_get_text (cause, FS_CAUSE_TEXT));
  label = fs_votes_label (votes);
  /* Translators: a root cause, then how many votes it got, e.g. "3 votes" */
  return g_strdup_printf (_("%s (%s)"), fs_record_get_text (cause, FS_CAUSE_TEXT), label);
}

static void
write_causes (Writer *w)
{
  GListModel *causes = ITEMS_OF (w, FS_DOCUMENT_CAUSES);

  if (count_written (causes) == 0)
    return;
  fs_markdown_heading (w->out, 3, _("Root causes"));
  for (guint a = 0; a < G_N_ELEMENTS (cause_areas); a++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
        {
          g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);

          if (g_str_equal (fs_record_get_text (cause, FS_CAUSE_AREA), cause_areas[a].area))
            g_ptr_array_add (texts, cause_with_votes (cause));
        }
      g_ptr_array_add (texts, NULL);
      fs_markdown_labelled_list (w->out, _(cause_areas[a].label),
                                 (const char * const *) texts->pdata, FALSE);
    }
}

static void
write_why (Writer *w)
{
  gsize start = step_begin (w, _("Why"));

  fs_markdown_labelled (w->out, 0, _("Trigger"), TEXT_OF (w, FS_DOCUMENT_TRIGGER));
  write_causes (w);
  fs_markdown_section_list (w->out, _("What went well"), LIST_OF (w, FS_DOCUMENT_WENT_WELL));
  fs_markdown_section_list (w->out, _("What went badly"), LIST_OF (w, FS_DOCUMENT_WENT_BADLY));
  fs_markdown_section_list (w->out, _("Where we got lucky"), LIST_OF (w, FS_DOCUMENT_GOT_LUCKY));
  step_end (w, start);
}

static void
write_lessons (Writer *w)
{
  if (fs_markdown_list_is_blank (LIST_OF (w, FS_DOCUMENT_LESSONS)))
    return;
  fs_markdown_heading (w->out, 2, _("Lessons learned"));
  fs_markdown_list (w->out, LIST_OF (w, FS_DOCUMENT_LESSONS), FALSE);
}

/* No line ends in white space, no two blank lines follow each other, and the
 * text ends with exactly one newline. */
static char *
finish (GString *out)
{
  g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);
  GString *tidy = g_string_sized_new (out->len);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0' && (tidy->len == 0 || g_str_has_suffix (tidy->str, "\n\n")))
        continue;
      g_string_append_printf (tidy, "%s\n", lines[i]);
    }
  while (g_str_has_suffix (tidy->str, "\n\n"))
    g_string_truncate (tidy, tidy->len - 1);
  g_string_free (out, TRUE);
  return g_string_free (tidy, FALSE);
}

char *
fs_markdown_render (FsDocument *document)
{
  g_autoptr(FsDocument) shown = NULL;
  Writer w;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  shown = fs_anonymize_for_export (document);
  w.out = g_string_new (NULL);
  w.document = shown;
  write_title (&w);
  if (fs_document_get_kind (shown) == FS_DOCUMENT_KIND_PREMORTEM)
    {
      write_overview (&w);
      write_timeline (&w);
      write_happy_path (&w);
      write_risks (&w);
      fs_markdown_write_linked_incidents (w.out, shown);
      write_rollback (&w);
      write_go_no_go (&w);
      write_action_items (&w, _("Action items"), FALSE);
    }
  else
    {
      write_incident (&w);
      write_what_went_wrong (&w);
      write_why (&w);
      write_action_items (&w, _("How"), TRUE);
      write_lessons (&w);
    }
  return finish (w.out);
}
