/* fs-coach-postmortem.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fs-chain.h"
#include "fs-coach-private.h"
#include "fs-incident-times.h"

/* The post-mortem's rules beyond blameless words: the incident's times,
 * the layers its causes name, the kinds of its action items, its lessons. */

/* Minutes apart before a typed duration and the one the times give count as
 * different: people round, and a few minutes either way is the same story. */
#define DURATION_SLACK_MINUTES 5

/* A duration typed beside a start and a resolution that say otherwise: one
 * of the three is wrong, and the timeline figure and the time to resolve
 * are read from the times. */
void
fs_coach_check_duration (FsCoachChecker *checker)
{
  FsRecord *document = FS_RECORD (checker->document);
  double typed = fs_record_get_number (document, FS_DOCUMENT_IMPACT_DURATION_MINUTES);
  FsIncidentTimes times;
  double derived;
  g_autofree char *from_times = NULL;
  g_autofree char *from_field = NULL;

  if (isnan (typed))
    return;
  fs_incident_times_compute (checker->document, &times);
  if (times.time_to_resolve < 0)
    return;
  derived = times.time_to_resolve / 60.0;
  if (fabs (derived - typed) <= MAX (DURATION_SLACK_MINUTES, derived * 0.1))
    return;
  from_times = fs_duration_format (times.time_to_resolve);
  from_field = fs_duration_format ((gint64) llround (typed * 60));
  fs_coach_advise (checker, FS_ADVICE_DURATION_DISAGREES, FS_DOCUMENT_IMPACT_DURATION_MINUTES,
                   /* Translators: both are durations, e.g. "2 h 5 min" */
                   g_strdup_printf (_("The incident’s start and resolution are %s apart, but the duration "
                                      "says %s. Check the three: the timeline is drawn from the times."),
                                    from_times, from_field));
}

/* The causes written so far, and how many of them name each layer. */
static guint
count_causes (FsDocument *document,
              guint      *detect,
              guint      *fix)
{
  GListModel *causes = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_CAUSES));
  guint written = 0;

  *detect = *fix = 0;
  for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
    {
      g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);
      const char *area = fs_record_get_text (cause, FS_CAUSE_AREA);

      if (fs_coach_field_is_blank (cause, FS_CAUSE_TEXT))
        continue;
      written++;
      *detect += g_str_equal (area, "detect");
      *fix += g_str_equal (area, "fix");
    }
  return written;
}

/* An incident is also why it was not seen sooner and not fixed faster.
 * A single cause has its own advice, which asks both already. */
void
fs_coach_check_cause_layers (FsCoachChecker *checker)
{
  FsCoachChecker list = { checker->document, checker->advice, FS_DOCUMENT_CAUSES, -1 };
  guint detect, fix;

  if (count_causes (checker->document, &detect, &fix) < 2)
    return;
  if (detect == 0)
    fs_coach_advise (&list, FS_ADVICE_NO_DETECT_CAUSE, -1,
                     g_strdup (_("No cause is tagged Detect. Why was it not seen sooner? "
                                 "A missing alert or a dashboard nobody watched is a cause too.")));
  if (fix == 0)
    fs_coach_advise (&list, FS_ADVICE_NO_FIX_CAUSE, -1,
                     g_strdup (_("No cause is tagged Fix. Why did it take as long as it did "
                                 "to fix? Slow tooling, missing access or no runbook are causes too.")));
}

/* Action items that all change the process, or all the technology. */
void
fs_coach_check_action_kinds (FsCoachChecker *checker)
{
  GListModel *items = G_LIST_MODEL (fs_document_get_list (checker->document, FS_DOCUMENT_ACTION_ITEMS));
  FsCoachChecker list = { checker->document, checker->advice, FS_DOCUMENT_ACTION_ITEMS, -1 };
  const char *kind = NULL;
  guint written = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);
      const char *this_kind = fs_record_get_text (item, FS_ACTION_ITEM_KIND);

      if (fs_coach_field_is_blank (item, FS_ACTION_ITEM_TEXT) ||
          g_str_equal (fs_record_get_text (item, FS_ACTION_ITEM_STATUS), "dropped"))
        continue;
      if (this_kind[0] == '\0' || (kind != NULL && !g_str_equal (kind, this_kind)))
        return;
      kind = this_kind;
      written++;
    }
  if (written < 2)
    return;
  fs_coach_advise (&list, FS_ADVICE_ACTIONS_ONE_KIND, -1,
                   g_strdup (g_str_equal (kind, "process")
                             ? _("Every action item changes a process. Which change to a tool "
                                 "or a system would make this incident impossible, or harmless?")
                             : _("Every action item changes the technology. Which change to how "
                                 "the team works — a review, a runbook, a rota — would have helped?")));
}

/* Went well, went badly and got lucky: the lessons, asked for once the
 * causes are there. Luck is where the next incident hides. */
void
fs_coach_check_lessons (FsCoachChecker *checker)
{
  FsRecord *document = FS_RECORD (checker->document);
  guint detect, fix;

  if (count_causes (checker->document, &detect, &fix) == 0 ||
      !fs_coach_field_is_blank (document, FS_DOCUMENT_WENT_WELL) ||
      !fs_coach_field_is_blank (document, FS_DOCUMENT_WENT_BADLY) ||
      !fs_coach_field_is_blank (document, FS_DOCUMENT_GOT_LUCKY))
    return;
  fs_coach_advise (checker, FS_ADVICE_LESSONS_EMPTY, FS_DOCUMENT_GOT_LUCKY,
                   g_strdup (_("What went well, what went badly, and where did we get lucky? "
                               "Luck is where the next incident hides: what would have happened "
                               "without it?")));
}

/* In a post-mortem, each action item answers a cause. */
void
fs_coach_check_action_cause (FsCoachChecker *checker,
                             FsRecord       *item)
{
  guint detect, fix;

  if (fs_document_get_kind (checker->document) != FS_DOCUMENT_KIND_POSTMORTEM ||
      !fs_coach_field_is_blank (item, FS_ACTION_ITEM_CAUSE) ||
      count_causes (checker->document, &detect, &fix) == 0)
    return;
  fs_coach_advise (checker, FS_ADVICE_ACTION_WITHOUT_CAUSE, FS_ACTION_ITEM_CAUSE,
                   g_strdup (_("Which cause does this answer? An action item linked to a cause "
                               "shows what the incident taught, and whether every cause has one.")));
}

/* How often NAME, or its first word, is named in TEXT as whole words. */
static guint
count_mentions (const char *folded_text,
                const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", 2);
  const char *forms[] = { folded, words[0] };
  guint count = 0;

  if (words[0] == NULL || words[0][0] == '\0')
    return 0;
  for (const char *p = folded_text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean starts = p == folded_text ||
                        !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));

      if (!starts)
        continue;
      /* The full name first, so that "Ana Ruiz" counts once, not twice. */
      for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
        {
          gsize length = strlen (forms[f]);

          if (strncmp (p, forms[f], length) == 0 &&
              (p[length] == '\0' || !g_unichar_isalnum (g_utf8_get_char (p + length))))
            {
              count++;
              break;
            }
        }
    }
  return count;
}

/* The events and the causes, folded, for names to be counted in. */
static char *
story_text (FsDocument *document)
{
  static const struct { FsDocumentList list; guint field; } parts[] = {
    { FS_DOCUMENT_EVENTS, FS_EVENT_TEXT }, { FS_DOCUMENT_CAUSES, FS_CAUSE_TEXT },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      GListModel *items = G_LIST_MODEL (fs_document_get_list (document, parts[i].list));

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(FsRecord) item = g_list_model_get_item (items, j);
          g_autofree char *folded = g_utf8_casefold (fs_record_get_text (item, parts[i].field), -1);

          g_string_append (text, folded);
          g_string_append_c (text, '\n');
        }
    }
  return g_string_free (text, FALSE);
}

/* Twice at least, and more than anyone else the document names. */
#define FACILITATOR_MENTIONS 2

/* A facilitator at the centre of the incident finds it hard to keep the
 * review blameless, for themselves as for the others. */
void
fs_coach_check_facilitator (FsCoachChecker *checker)
{
  const char *facilitator = fs_record_get_text (FS_RECORD (checker->document),
                                                FS_DOCUMENT_INCIDENT_FACILITATOR);
  GListModel *people = G_LIST_MODEL (fs_document_get_list (checker->document, FS_DOCUMENT_PEOPLE));
  g_autofree char *story = NULL;
  g_autofree char *name = g_strstrip (g_strdup (facilitator));
  guint mentions;

  if (name[0] == '\0')
    return;
  story = story_text (checker->document);
  mentions = count_mentions (story, name);
  if (mentions < FACILITATOR_MENTIONS)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      const char *other = fs_record_get_text (person, FS_PERSON_NAME);
      g_autofree char *folded_other = g_utf8_casefold (other, -1);
      g_autofree char *folded_name = g_utf8_casefold (name, -1);

      if (!g_str_equal (g_strstrip (folded_other), folded_name) &&
          count_mentions (story, other) >= mentions)
        return;
    }
  fs_coach_advise (checker, FS_ADVICE_FACILITATOR_INVOLVED, FS_DOCUMENT_INCIDENT_FACILITATOR,
                   /* Translators: %s is the facilitator's name */
                   g_strdup_printf (_("%s is the person the events and causes name most. Someone "
                                      "further from the incident may find it easier to keep the "
                                      "review blameless, and to ask what nobody thought to ask."),
                                    name));
}

/* A severity of the team's own making is one no other incident compares
 * with: once the library's post-mortems use levels, offer them. */
void
fs_coach_check_severity (FsCoachChecker *checker)
{
  FsChain *chain = fs_document_get_chain (checker->document);
  const char * const *levels = chain != NULL ? fs_chain_get_team_levels (chain) : NULL;
  g_autofree char *severity = NULL;
  g_autofree char *wanted = NULL;
  g_autoptr(GString) offered = NULL;

  if (levels == NULL || levels[0] == NULL ||
      fs_coach_field_is_blank (FS_RECORD (checker->document), FS_DOCUMENT_INCIDENT_SEVERITY))
    return;
  severity = g_strstrip (g_strdup (fs_record_get_text (FS_RECORD (checker->document),
                                                       FS_DOCUMENT_INCIDENT_SEVERITY)));
  wanted = g_utf8_casefold (severity, -1);
  offered = g_string_new (NULL);
  for (guint i = 0; levels[i] != NULL; i++)
    {
      g_autofree char *level = g_utf8_casefold (levels[i], -1);

      if (g_str_equal (level, wanted))
        return;
      /* Translators: a severity level in the list of those in use, e.g. “SEV2” */
      g_string_append_printf (offered, i == 0 ? _("“%s”") : _(", “%s”"), levels[i]);
    }
  fs_coach_advise (checker, FS_ADVICE_SEVERITY_NOT_A_LEVEL, FS_DOCUMENT_INCIDENT_SEVERITY,
                   /* Translators: the severity levels other post-mortems use, e.g. “SEV1”, “SEV2” */
                   g_strdup_printf (_("Other post-mortems of the library use %s. One of those "
                                      "levels makes this incident comparable with them."),
                                    offered->str));
}
