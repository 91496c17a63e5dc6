/* fs-print-document.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fs-chain-text.h"
#include "fs-print-private.h"
#include "fs-votes.h"
#include "fs-risk-rating.h"

/* The whole document as blocks, in the order of the method. Sections with
 * nothing in them are left out, so a draft prints as far as it goes. Here
 * are the pre-mortem and what both kinds share; the post-mortem's own
 * sections are in fs-print-postmortem.c. */

#define TEXT(document, field) fs_record_get_text (FS_RECORD (document), field)
#define IS_SET(document, field) (!fs_record_is_empty (FS_RECORD (document), field))
#define LIST(document, field) fs_record_get_list (FS_RECORD (document), field)

GListModel *
fs_print_items_of (FsDocument     *document,
                   FsDocumentList  list)
{
  return G_LIST_MODEL (fs_document_get_list (document, list));
}

guint
fs_print_count_of (FsDocument     *document,
                   FsDocumentList  list)
{
  return g_list_model_get_n_items (fs_print_items_of (document, list));
}

/* Shared helpers */

const char *
fs_print_kind_name (FsDocument *document)
{
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_POSTMORTEM)
    return _("Post-mortem");
  return _("Pre-mortem");
}

const char *
fs_print_status_name (FsDocument *document)
{
  const char *status = TEXT (document, FS_DOCUMENT_STATUS);

  if (g_strcmp0 (status, "review") == 0)
    return _("In review");
  if (g_strcmp0 (status, "final") == 0)
    return _("Final");
  return _("Draft");
}

/* Ratings are often a team's average: one decimal, none when whole. */
char *
fs_print_format_number (double value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

GDateTime *
fs_print_parse_moment (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) moment = NULL;

  if (timestamp == NULL || timestamp[0] == '\0')
    return NULL;
  moment = g_date_time_new_from_iso8601 (timestamp, utc);
  if (moment == NULL)
    {
      /* A calendar date is the same day everywhere: no time zone moves it. */
      g_autofree char *midnight = g_strconcat (timestamp, "T00:00:00Z", NULL);

      return g_date_time_new_from_iso8601 (midnight, utc);
    }
  return g_date_time_to_local (moment);
}

/* A date and time as a person reads it; text that is no timestamp as it is. */
char *
fs_print_format_moment (const char *timestamp)
{
  g_autoptr(GDateTime) moment = fs_print_parse_moment (timestamp);

  if (moment == NULL)
    return g_strdup (timestamp != NULL ? timestamp : "");
  /* Translators: a date and time on a printed page, see the strftime manual */
  return g_date_time_format (moment, _("%-d %B %Y, %H:%M"));
}

char *
fs_print_format_day (const char *timestamp)
{
  g_autoptr(GDateTime) moment = fs_print_parse_moment (timestamp);

  if (moment == NULL)
    return g_strdup (timestamp != NULL ? timestamp : "");
  /* Translators: a date on a printed page, see the strftime manual */
  return g_date_time_format (moment, _("%-d %B %Y"));
}

FsColor
fs_print_score_tint (double score)
{
  return FS_RGB (fs_risk_band_tint (fs_risk_band_for_score (score)));
}

const char *
fs_print_score_band (double score)
{
  return fs_risk_band_name (fs_risk_band_for_score (score));
}

void
fs_print_set_running (FsFlow     *flow,
                      FsDocument *document,
                      const char *kind_name)
{
  g_autofree char *status = g_strdup_printf ("%s · %s", kind_name,
                                             fs_print_status_name (document));
  g_autofree char *day = fs_print_format_day (TEXT (document, FS_DOCUMENT_MODIFIED));
  /* Translators: the footer of a printed page; %s is a date */
  g_autofree char *date = g_strdup_printf (_("Updated %s"), day);
  const char *title = fs_document_get_title (document);

  fs_flow_set_running (flow, title[0] != '\0' ? title : _("Untitled"), status, date);
}

const char *
fs_print_choice_name (const char *choice)
{
  static const struct { const char *choice; const char *name; } names[] = {
    { "low", N_("Low") }, { "medium", N_("Medium") }, { "high", N_("High") },
    { "critical", N_("Critical") }, { "pending", N_("Pending") }, { "go", N_("Go") },
    { "no-go", N_("No-go") }, { "resolved", N_("Resolved") }, { "ongoing", N_("Ongoing") },
    { "avoid", N_("Avoid") }, { "detect", N_("Detect") }, { "fix", N_("Fix") },
    { "process", N_("Process") }, { "technology", N_("Technology") }, { "open", N_("Open") },
    { "done", N_("Done") }, { "dropped", N_("Dropped") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].choice, choice) == 0)
      return _(names[i].name);
  return choice;
}

/* The title block */

void
fs_print_add_title (FsFlow     *flow,
                    FsDocument *document,
                    const char *kind_name,
                    const char *detail)
{
  g_autofree char *kicker = g_utf8_strup (kind_name, -1);
  g_autofree char *authors = g_strjoinv (", ", (char **) LIST (document, FS_DOCUMENT_AUTHORS));
  g_autofree char *tags = g_strjoinv (" · ", (char **) LIST (document, FS_DOCUMENT_TAGS));
  g_autoptr(FsRich) meta = fs_rich_new ();
  const char *title = fs_document_get_title (document);

  fs_flow_add_text (flow, FS_STYLE_KICKER, kicker);
  fs_flow_add_text (flow, FS_STYLE_TITLE, title[0] != '\0' ? title : _("Untitled"));
  fs_flow_add_space (flow, 4);
  fs_rich_append (meta, fs_print_status_name (document), FS_SPAN_BOLD);
  if (detail != NULL)
    {
      fs_rich_append (meta, "   ·   ", FS_SPAN_SECONDARY);
      fs_rich_append (meta, detail, FS_SPAN_PLAIN);
    }
  if (authors[0] != '\0')
    {
      fs_rich_append (meta, "   ·   ", FS_SPAN_SECONDARY);
      fs_rich_append (meta, authors, FS_SPAN_PLAIN);
    }
  if (tags[0] != '\0')
    {
      fs_rich_append (meta, "\n", FS_SPAN_PLAIN);
      fs_rich_append (meta, tags, FS_SPAN_SECONDARY | FS_SPAN_SMALL);
    }
  fs_flow_add_rich (flow, FS_STYLE_BODY, meta);
  fs_flow_add_rule (flow, FS_COLOR_ACCENT, 1.5);
}

void
fs_print_add_bullets (FsFlow             *flow,
                      const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autoptr(FsRich) rich = fs_rich_new_text (items[i], FS_SPAN_PLAIN);

      fs_flow_add_item (flow, "•", rich);
    }
}

static void
add_key_list (FsFlow             *flow,
              const char         *key,
              const char * const *items)
{
  g_autoptr(FsRich) rich = fs_rich_new ();

  fs_rich_append_list (rich, items);
  fs_flow_add_key_rich (flow, key, rich);
}

/* Pre-mortem */

static void
add_overview (FsFlow     *flow,
              FsDocument *document)
{
  g_autofree char *day = fs_print_format_day (TEXT (document, FS_DOCUMENT_OVERVIEW_FAILURE_DATE));
  g_autofree char *framing = NULL;

  if (day[0] != '\0')
    /* Translators: %s is a date */
    framing = g_strdup_printf (_("It is %s. This change has failed. What happened?"), day);
  else
    framing = g_strdup (_("Imagine that this change has failed. What happened?"));

  fs_flow_add_heading (flow, 1, _("Overview"));
  fs_flow_add_callout (flow, NULL, framing, FS_COLOR_ACCENT, FS_COLOR_ACCENT_TINT);
  fs_flow_add_key_value (flow, _("What changes"), TEXT (document, FS_DOCUMENT_OVERVIEW_CHANGE));
  fs_flow_add_key_value (flow, _("Why"), TEXT (document, FS_DOCUMENT_OVERVIEW_REASON));
  fs_flow_add_key_value (flow, _("History"), TEXT (document, FS_DOCUMENT_OVERVIEW_HISTORY));
}

static void
add_people (FsFlow     *flow,
            FsDocument *document)
{
  GListModel *people = fs_print_items_of (document, FS_DOCUMENT_PEOPLE);
  gboolean names = !fs_record_get_boolean (FS_RECORD (document), FS_DOCUMENT_ANONYMIZE);
  FsColumn columns[] = {
    { _("Role"), 1, FS_ALIGN_START },
    { _("Name"), 1, FS_ALIGN_START },
    { _("Responsibilities"), 2, FS_ALIGN_START },
  };
  FsTable *table;

  if (g_list_model_get_n_items (people) == 0)
    return;
  /* Anonymised, the names are the roles again: leave that column out. */
  if (!names)
    columns[1] = columns[2];
  fs_flow_add_heading (flow, 2, _("People"));
  table = fs_flow_add_table (flow, columns, names ? 3 : 2);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      const char *cells[] = {
        fs_record_get_text (person, FS_PERSON_ROLE),
        names ? fs_record_get_text (person, FS_PERSON_NAME)
              : fs_record_get_text (person, FS_PERSON_RESPONSIBILITIES),
        fs_record_get_text (person, FS_PERSON_RESPONSIBILITIES),
      };

      fs_table_add_row (table, cells);
    }
  fs_table_end (table);
}

static void
add_timeline_table (FsFlow     *flow,
                    FsDocument *document)
{
  GListModel *timeline = fs_print_items_of (document, FS_DOCUMENT_TIMELINE);
  const FsColumn columns[] = {
    { _("When"), 0, FS_ALIGN_START },
    { _("Who"), 1, FS_ALIGN_START },
    { _("Actions"), 2.4, FS_ALIGN_START },
  };
  FsTable *table;

  if (g_list_model_get_n_items (timeline) == 0)
    return;
  fs_flow_add_heading (flow, 2, _("Timeline"));
  table = fs_flow_add_table (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(FsRecord) entry = g_list_model_get_item (timeline, i);
      g_autoptr(FsRich) when = fs_rich_new_text (fs_record_get_text (entry, FS_TIMELINE_ENTRY_WHEN),
                                                 FS_SPAN_BOLD);
      g_autoptr(FsRich) who = fs_rich_new_text (fs_record_get_text (entry, FS_TIMELINE_ENTRY_WHO),
                                                FS_SPAN_PLAIN);
      g_autoptr(FsRich) actions = fs_rich_new ();
      FsRich *cells[] = { when, who, actions };

      fs_rich_append_list (actions, fs_record_get_list (entry, FS_TIMELINE_ENTRY_ACTIONS));
      fs_table_add_rich_row (table, cells);
    }
  fs_table_end (table);
}

static void
add_timeline_and_people (FsFlow     *flow,
                         FsDocument *document)
{
  if (!IS_SET (document, FS_DOCUMENT_SCHEDULE_START) &&
      !IS_SET (document, FS_DOCUMENT_SCHEDULE_WINDOW) &&
      !IS_SET (document, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT) &&
      fs_print_count_of (document, FS_DOCUMENT_PEOPLE) == 0 &&
      fs_print_count_of (document, FS_DOCUMENT_TIMELINE) == 0)
    return;

  fs_flow_add_heading (flow, 1, _("Timeline & people"));
  fs_flow_add_key_value (flow, _("Starts"), TEXT (document, FS_DOCUMENT_SCHEDULE_START));
  fs_flow_add_key_value (flow, _("Window"), TEXT (document, FS_DOCUMENT_SCHEDULE_WINDOW));
  fs_flow_add_key_value (flow, _("Takes effect"),
                         TEXT (document, FS_DOCUMENT_SCHEDULE_TAKES_EFFECT));
  add_people (flow, document);
  add_timeline_table (flow, document);
}

static void
add_happy_path (FsFlow     *flow,
                FsDocument *document)
{
  GListModel *steps = fs_print_items_of (document, FS_DOCUMENT_HAPPY_PATH);

  if (g_list_model_get_n_items (steps) == 0)
    return;
  fs_flow_add_heading (flow, 1, _("Happy path"));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(FsRecord) step = g_list_model_get_item (steps, i);
      g_autoptr(FsRich) rich = fs_rich_new ();
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      const char *details = fs_record_get_text (step, FS_STEP_DETAILS);
      const char *expected = fs_record_get_text (step, FS_STEP_EXPECTED);

      fs_rich_append (rich, fs_record_get_text (step, FS_STEP_TITLE), FS_SPAN_BOLD);
      if (details[0] != '\0')
        {
          fs_rich_append (rich, "\n", FS_SPAN_PLAIN);
          fs_rich_append (rich, details, FS_SPAN_PLAIN);
        }
      if (expected[0] != '\0')
        {
          fs_rich_append (rich, "\n", FS_SPAN_PLAIN);
          fs_rich_append (rich, _("Expected: "), FS_SPAN_SECONDARY | FS_SPAN_BOLD);
          fs_rich_append (rich, expected, FS_SPAN_SECONDARY);
        }
      fs_flow_add_item (flow, number, rich);
    }
}

static const char *
cluster_name (FsDocument *document,
              FsRecord   *risk)
{
  const char *id = fs_record_get_text (risk, FS_RISK_CLUSTER);
  FsRecord *cluster;

  if (id[0] == '\0')
    return "";
  cluster = fs_document_find_item (document, FS_DOCUMENT_CLUSTERS, id);
  return cluster != NULL ? fs_record_get_text (cluster, FS_CLUSTER_NAME) : "";
}

#define VOTES_COLUMN 5

static void
add_risk_table (FsFlow     *flow,
                FsDocument *document,
                GPtrArray  *ranked)
{
  /* With the votes of a workshop, when it held one, after the score. */
  gboolean votes = fs_votes_any (fs_print_items_of (document, FS_DOCUMENT_RISKS), FS_RISK_VOTES);
  const FsColumn columns[] = {
    { "#", 0, FS_ALIGN_END },
    { _("Risk"), 3, FS_ALIGN_START },
    { _("P"), 0, FS_ALIGN_END },
    { _("I"), 0, FS_ALIGN_END },
    { _("Score"), 0, FS_ALIGN_END },
    { _("Votes"), 0, FS_ALIGN_END },
    { _("Cluster"), 1, FS_ALIGN_START },
    { _("Owner"), 1.2, FS_ALIGN_START },
  };
  FsColumn kept[G_N_ELEMENTS (columns)];
  guint n_columns = 0;
  FsTable *table;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    if (c != VOTES_COLUMN || votes)
      kept[n_columns++] = columns[c];
  table = fs_flow_add_table (flow, kept, n_columns);

  for (guint i = 0; i < ranked->len; i++)
    {
      FsRecord *risk = g_ptr_array_index (ranked, i);
      double score = fs_risk_get_score (FS_RISK (risk));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *p = fs_print_format_number (fs_record_get_number (risk, FS_RISK_PROBABILITY));
      g_autofree char *impact = fs_print_format_number (fs_record_get_number (risk, FS_RISK_IMPACT));
      g_autofree char *total = fs_print_format_number (score);
      guint n_votes = fs_votes_total (fs_record_get_text (risk, FS_RISK_VOTES));
      g_autofree char *count = n_votes > 0 ? g_strdup_printf ("%u", n_votes) : g_strdup ("");
      const char *all[] = {
        number, fs_record_get_text (risk, FS_RISK_TITLE), p, impact, total, count,
        cluster_name (document, risk), fs_record_get_text (risk, FS_RISK_OWNER),
      };
      const char *cells[G_N_ELEMENTS (all)];
      guint n = 0;

      for (guint c = 0; c < G_N_ELEMENTS (all); c++)
        if (c != VOTES_COLUMN || votes)
          cells[n++] = all[c];
      fs_table_add_row (table, cells);
      if (score > 0)
        fs_table_set_fill (table, 4, fs_print_score_tint (score));
    }
  fs_table_end (table);
}

static void
add_risk_details (FsFlow     *flow,
                  FsDocument *document,
                  FsRecord   *risk,
                  guint       number)
{
  g_autofree char *heading = g_strdup_printf ("%u. %s", number,
                                              fs_record_get_text (risk, FS_RISK_TITLE));
  double score = fs_risk_get_score (FS_RISK (risk));
  g_autofree char *p = fs_print_format_number (fs_record_get_number (risk, FS_RISK_PROBABILITY));
  g_autofree char *impact = fs_print_format_number (fs_record_get_number (risk, FS_RISK_IMPACT));
  g_autofree char *total = fs_print_format_number (score);
  g_autoptr(FsRich) rating = fs_rich_new ();
  gboolean data = fs_record_get_boolean (risk, FS_RISK_DATA_AFFECTED);
  g_autofree char *happened = fs_chain_text_happened (document, risk);

  fs_flow_add_heading (flow, 3, heading);
  if (happened != NULL)
    {
      g_autoptr(FsRich) incidents = fs_rich_new_text (happened, FS_SPAN_BOLD | FS_SPAN_WARNING);

      fs_flow_add_key_rich (flow, _("Happened"), incidents);
    }
  if (score > 0)
    {
      /* Translators: a risk's rating: score, band, probability, impact */
      g_autofree char *text = g_strdup_printf (_("%s (%s) = probability %s × impact %s"), total,
                                               fs_print_score_band (score), p, impact);

      fs_rich_append (rating, text, FS_SPAN_PLAIN);
    }
  fs_flow_add_key_rich (flow, _("Score"), rating);
  add_key_list (flow, _("Symptoms"), fs_record_get_list (risk, FS_RISK_SYMPTOMS));
  fs_flow_add_key_value (flow, _("Effect on users"), fs_record_get_text (risk, FS_RISK_USER_EFFECTS));
  fs_flow_add_key_value (flow, _("Data affected"), data ? _("Yes") : _("No"));
  add_key_list (flow, _("Avoid or fix"), fs_record_get_list (risk, FS_RISK_ACTIONS));
  fs_flow_add_key_value (flow, _("Fix without deploying"),
                         fs_record_get_boolean (risk, FS_RISK_FIX_WITHOUT_DEPLOY) ? _("Yes")
                                                                                 : _("No"));
  fs_flow_add_key_value (flow, _("Cleanup"), fs_record_get_text (risk, FS_RISK_CLEANUP));
  fs_flow_add_key_value (flow, _("Cluster"), cluster_name (document, risk));
  fs_flow_add_key_value (flow, _("Owner"), fs_record_get_text (risk, FS_RISK_OWNER));
}

static void
add_risks (FsFlow     *flow,
           FsDocument *document)
{
  g_autoptr(GPtrArray) ranked = fs_document_rank_risks (document);
  g_autofree char *intro = NULL;

  if (ranked->len == 0)
    return;
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u risk, ranked by score (probability × impact).",
                                        "%u risks, ranked by score (probability × impact).",
                                        ranked->len), ranked->len);
  fs_flow_add_heading (flow, 1, _("What can go wrong"));
  fs_flow_add_text (flow, FS_STYLE_BODY, intro);
  fs_flow_add_heading (flow, 2, _("Risk matrix"));
  fs_print_add_risk_matrix (flow, ranked);
  fs_flow_add_heading (flow, 2, _("Ranked risks"));
  add_risk_table (flow, document, ranked);
  fs_flow_add_heading (flow, 2, _("Risk details"));
  for (guint i = 0; i < ranked->len; i++)
    add_risk_details (flow, document, g_ptr_array_index (ranked, i), i + 1);
}

/* After the risks: what became of them once the change was made. */
static void
add_linked_incidents (FsFlow     *flow,
                      FsDocument *document)
{
  GListModel *links = fs_chain_text_get_links (document);

  if (links == NULL)
    return;
  fs_flow_add_heading (flow, 1, _("Linked incidents"));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FsRecord) link = g_list_model_get_item (links, i);
      g_autofree char *outcome = fs_chain_text_link_outcome (document, link);
      g_autoptr(FsRich) rich = fs_rich_new_text (fs_chain_text_link_title (link), FS_SPAN_BOLD);

      fs_rich_append (rich, "\n", FS_SPAN_PLAIN);
      fs_rich_append (rich, outcome, FS_SPAN_SECONDARY);
      fs_flow_add_item (flow, "•", rich);
    }
}

static void
add_numbered (FsFlow             *flow,
              const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autoptr(FsRich) rich = fs_rich_new_text (items[i], FS_SPAN_PLAIN);

      fs_flow_add_item (flow, number, rich);
    }
}

static void
add_rollback (FsFlow     *flow,
              FsDocument *document)
{
  const char *point = TEXT (document, FS_DOCUMENT_ROLLBACK_POINT_OF_NO_RETURN);

  if (!IS_SET (document, FS_DOCUMENT_ROLLBACK_TRIGGERS) &&
      !IS_SET (document, FS_DOCUMENT_ROLLBACK_STEPS) &&
      !IS_SET (document, FS_DOCUMENT_ROLLBACK_PERFORMED_BY) &&
      !IS_SET (document, FS_DOCUMENT_ROLLBACK_PREPARED) && point[0] == '\0')
    return;

  fs_flow_add_heading (flow, 1, _("Rollback plan"));
  fs_flow_add_key_value (flow, _("Performed by"),
                         TEXT (document, FS_DOCUMENT_ROLLBACK_PERFORMED_BY));
  fs_flow_add_key_value (flow, _("Prepared in advance"),
                         TEXT (document, FS_DOCUMENT_ROLLBACK_PREPARED));
  if (IS_SET (document, FS_DOCUMENT_ROLLBACK_TRIGGERS))
    {
      fs_flow_add_heading (flow, 3, _("Roll back when"));
      fs_print_add_bullets (flow, LIST (document, FS_DOCUMENT_ROLLBACK_TRIGGERS));
    }
  if (IS_SET (document, FS_DOCUMENT_ROLLBACK_STEPS))
    {
      fs_flow_add_heading (flow, 3, _("How to roll back"));
      add_numbered (flow, LIST (document, FS_DOCUMENT_ROLLBACK_STEPS));
    }
  if (point[0] != '\0')
    fs_flow_add_callout (flow, _("Point of no return"), point, FS_COLOR_WARNING,
                         FS_COLOR_WARN_TINT);
}

/* A tick box as the criterion's state leaves it: empty, ticked or crossed. */
static const char *
tick_for (const char *state)
{
  if (g_strcmp0 (state, "go") == 0)
    return "\u2611";
  if (g_strcmp0 (state, "no-go") == 0)
    return "\u2612";
  return "\u2610";
}

static void
add_go_no_go (FsFlow     *flow,
              FsDocument *document)
{
  GListModel *criteria = fs_print_items_of (document, FS_DOCUMENT_CRITERIA);
  const char *decision = TEXT (document, FS_DOCUMENT_GO_NO_GO_DECISION);
  g_autoptr(FsRich) decided = fs_rich_new ();

  if (g_list_model_get_n_items (criteria) == 0 && g_strcmp0 (decision, "pending") == 0)
    return;
  fs_flow_add_heading (flow, 1, _("Go / no-go"));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(FsRecord) criterion = g_list_model_get_item (criteria, i);
      g_autoptr(FsRich) rich = fs_rich_new_text (fs_record_get_text (criterion, FS_CRITERION_TEXT),
                                                 FS_SPAN_PLAIN);
      const char *owner = fs_record_get_text (criterion, FS_CRITERION_OWNER);
      const char *state = fs_record_get_text (criterion, FS_CRITERION_STATE);

      if (owner[0] != '\0')
        {
          fs_rich_append (rich, " — ", FS_SPAN_SECONDARY);
          fs_rich_append (rich, owner, FS_SPAN_SECONDARY);
        }
      if (g_strcmp0 (state, "pending") != 0)
        {
          fs_rich_append (rich, "  ", FS_SPAN_PLAIN);
          fs_rich_append (rich, fs_print_choice_name (state),
                          FS_SPAN_BOLD | (g_str_equal (state, "go") ? FS_SPAN_ACCENT
                                                                    : FS_SPAN_WARNING));
        }
      fs_flow_add_item (flow, tick_for (state), rich);
    }
  fs_rich_append (decided, fs_print_choice_name (decision), FS_SPAN_BOLD);
  if (IS_SET (document, FS_DOCUMENT_GO_NO_GO_DECIDED_BY))
    {
      fs_rich_append (decided, " — ", FS_SPAN_SECONDARY);
      fs_rich_append (decided, TEXT (document, FS_DOCUMENT_GO_NO_GO_DECIDED_BY), FS_SPAN_PLAIN);
    }
  if (IS_SET (document, FS_DOCUMENT_GO_NO_GO_DECIDED_AT))
    {
      g_autofree char *when = fs_print_format_moment (TEXT (document,
                                                            FS_DOCUMENT_GO_NO_GO_DECIDED_AT));

      fs_rich_append (decided, ", ", FS_SPAN_SECONDARY);
      fs_rich_append (decided, when, FS_SPAN_PLAIN);
    }
  fs_flow_add_space (flow, 4);
  fs_flow_add_key_rich (flow, _("Decision"), decided);
}

static FsRich *
action_text (FsDocument *document,
             FsRecord   *item)
{
  FsRich *rich = fs_rich_new_text (fs_record_get_text (item, FS_ACTION_ITEM_TEXT), FS_SPAN_PLAIN);
  const char *cause_id = fs_record_get_text (item, FS_ACTION_ITEM_CAUSE);
  FsRecord *cause = NULL;

  if (cause_id[0] != '\0' && fs_document_list_applies (FS_DOCUMENT_CAUSES,
                                                       fs_document_get_kind (document)))
    cause = fs_document_find_item (document, FS_DOCUMENT_CAUSES, cause_id);
  if (cause != NULL)
    {
      fs_rich_append (rich, "\n", FS_SPAN_PLAIN);
      fs_rich_append (rich, _("Cause: "), FS_SPAN_SECONDARY | FS_SPAN_SMALL | FS_SPAN_BOLD);
      fs_rich_append (rich, fs_record_get_text (cause, FS_CAUSE_TEXT),
                      FS_SPAN_SECONDARY | FS_SPAN_SMALL);
    }
  return rich;
}

void
fs_print_add_action_items (FsFlow     *flow,
                           FsDocument *document,
                           const char *heading)
{
  GListModel *items = fs_print_items_of (document, FS_DOCUMENT_ACTION_ITEMS);
  const FsColumn columns[] = {
    { _("Action"), 3, FS_ALIGN_START },
    { _("Kind"), 0, FS_ALIGN_START },
    { _("Area"), 0, FS_ALIGN_START },
    { _("Owner"), 1, FS_ALIGN_START },
    { _("Due"), 0, FS_ALIGN_START },
    { _("Status"), 0, FS_ALIGN_START },
  };
  FsTable *table;

  if (g_list_model_get_n_items (items) == 0)
    return;
  fs_flow_add_heading (flow, 1, heading);
  table = fs_flow_add_table (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);
      g_autofree char *due = fs_print_format_day (fs_record_get_text (item, FS_ACTION_ITEM_DUE));
      const char *status = fs_record_get_text (item, FS_ACTION_ITEM_STATUS);
      g_autoptr(FsRich) text = action_text (document, item);
      g_autoptr(FsRich) kind = fs_rich_new_text (
        fs_print_choice_name (fs_record_get_text (item, FS_ACTION_ITEM_KIND)), 0);
      g_autoptr(FsRich) area = fs_rich_new_text (
        fs_print_choice_name (fs_record_get_text (item, FS_ACTION_ITEM_AREA)), 0);
      g_autoptr(FsRich) owner = fs_rich_new_text (fs_record_get_text (item, FS_ACTION_ITEM_OWNER),
                                                  0);
      g_autoptr(FsRich) when = fs_rich_new_text (due, 0);
      g_autoptr(FsRich) state = fs_rich_new_text (fs_print_choice_name (status),
                                                  g_str_equal (status, "open") ? FS_SPAN_BOLD
                                                                               : FS_SPAN_SECONDARY);
      FsRich *cells[] = { text, kind, area, owner, when, state };

      fs_table_add_rich_row (table, cells);
    }
  fs_table_end (table);
}

static void
build_premortem (FsFlow     *flow,
                 FsDocument *document)
{
  g_autofree char *level =
    g_strdup_printf (_("Risk level: %s"),
                     fs_print_choice_name (TEXT (document, FS_DOCUMENT_OVERVIEW_RISK_LEVEL)));

  fs_print_add_title (flow, document, fs_print_kind_name (document), level);
  add_overview (flow, document);
  add_timeline_and_people (flow, document);
  add_happy_path (flow, document);
  add_risks (flow, document);
  add_linked_incidents (flow, document);
  add_rollback (flow, document);
  add_go_no_go (flow, document);
  fs_print_add_action_items (flow, document, _("Action items"));
}

void
fs_print_document_build (FsFlow     *flow,
                         FsDocument *document)
{
  fs_print_set_running (flow, document, fs_print_kind_name (document));
  if (fs_document_get_kind (document) == FS_DOCUMENT_KIND_POSTMORTEM)
    fs_print_postmortem_build (flow, document);
  else
    build_premortem (flow, document);
}
