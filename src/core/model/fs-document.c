/* fs-document.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-chain.h"
#include "fs-document.h"

struct _FsDocument
{
  FsRecord    parent_instance;

  GListStore *lists[FS_DOCUMENT_N_LISTS];
  gboolean    follows_items;
  GObject    *chain;
};

G_DEFINE_FINAL_TYPE (FsDocument, fs_document, FS_TYPE_RECORD)

enum {
  CHANGED,
  CHAIN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PRE  FS_FIELD_PREMORTEM
#define POST FS_FIELD_POSTMORTEM
#define HIDDEN FS_FIELD_NOT_SEARCHED

#define FIELD(n, s, m, t, f)  { n, s, m, t, f, NULL, 0, 0 }
#define CHOICE(n, s, m, c, f) { n, s, m, FS_FIELD_CHOICE, (f) | HIDDEN, c, 0, 0 }
#define AMOUNT(n, s, m, max)  { n, s, m, FS_FIELD_OPTIONAL_NUMBER, POST, NULL, 0, max }

static const char * const kinds[] = { "premortem", "postmortem", NULL };
static const char * const statuses[] = { "draft", "review", "final", NULL };
static const char * const risk_levels[] = { "low", "medium", "high", "critical", NULL };
static const char * const decisions[] = { "pending", "go", "no-go", NULL };
static const char * const incident_states[] = { "resolved", "ongoing", NULL };

static const FsField document_fields[] = {
  FIELD ("id", NULL, "id", FS_FIELD_TEXT, FS_FIELD_REQUIRED | HIDDEN),
  CHOICE ("kind", NULL, "kind", kinds, FS_FIELD_REQUIRED),
  FIELD ("title", NULL, "title", FS_FIELD_TEXT, FS_FIELD_REQUIRED),
  CHOICE ("status", NULL, "status", statuses, 0),
  FIELD ("created", NULL, "created", FS_FIELD_TEXT, HIDDEN | FS_FIELD_TIMESTAMP),
  FIELD ("modified", NULL, "modified", FS_FIELD_TEXT, HIDDEN | FS_FIELD_TIMESTAMP),
  FIELD ("authors", NULL, "authors", FS_FIELD_TEXT_LIST, 0),
  FIELD ("tags", NULL, "tags", FS_FIELD_TEXT_LIST, 0),
  FIELD ("overview_change", "overview", "change", FS_FIELD_TEXT, PRE),
  FIELD ("overview_reason", "overview", "reason", FS_FIELD_TEXT, PRE),
  FIELD ("overview_history", "overview", "history", FS_FIELD_TEXT, PRE),
  CHOICE ("overview_risk_level", "overview", "risk_level", risk_levels, PRE),
  FIELD ("overview_failure_date", "overview", "failure_date", FS_FIELD_TEXT,
         PRE | HIDDEN | FS_FIELD_DATE),
  FIELD ("schedule_start", "schedule", "start", FS_FIELD_TEXT, PRE),
  FIELD ("schedule_window", "schedule", "window", FS_FIELD_TEXT, PRE),
  FIELD ("schedule_takes_effect", "schedule", "takes_effect", FS_FIELD_TEXT, PRE),
  FIELD ("rollback_triggers", "rollback", "triggers", FS_FIELD_TEXT_LIST, PRE),
  FIELD ("rollback_steps", "rollback", "steps", FS_FIELD_TEXT_LIST, PRE),
  FIELD ("rollback_performed_by", "rollback", "performed_by", FS_FIELD_TEXT, PRE),
  FIELD ("rollback_prepared", "rollback", "prepared", FS_FIELD_TEXT, PRE),
  FIELD ("rollback_point_of_no_return", "rollback", "point_of_no_return", FS_FIELD_TEXT, PRE),
  CHOICE ("go_no_go_decision", "go_no_go", "decision", decisions, PRE),
  FIELD ("go_no_go_decided_by", "go_no_go", "decided_by", FS_FIELD_TEXT, PRE),
  FIELD ("go_no_go_decided_at", "go_no_go", "decided_at", FS_FIELD_TEXT, PRE | HIDDEN),
  FIELD ("incident_started", "incident", "started", FS_FIELD_TEXT,
         POST | HIDDEN | FS_FIELD_TIMESTAMP),
  FIELD ("incident_detected", "incident", "detected", FS_FIELD_TEXT,
         POST | HIDDEN | FS_FIELD_TIMESTAMP),
  FIELD ("incident_resolved", "incident", "resolved", FS_FIELD_TEXT,
         POST | HIDDEN | FS_FIELD_TIMESTAMP),
  CHOICE ("incident_status", "incident", "status", incident_states, POST),
  FIELD ("incident_severity", "incident", "severity", FS_FIELD_TEXT, POST),
  FIELD ("incident_facilitator", "incident", "facilitator", FS_FIELD_TEXT, POST),
  FIELD ("incident_summary", "incident", "summary", FS_FIELD_TEXT, POST),
  FIELD ("impact_description", "impact", "description", FS_FIELD_TEXT, POST),
  AMOUNT ("impact_duration_minutes", "impact", "duration_minutes", G_MAXINT32),
  AMOUNT ("impact_requests_pct", "impact", "requests_pct", 100),
  AMOUNT ("impact_users_pct", "impact", "users_pct", 100),
  AMOUNT ("impact_data_pct", "impact", "data_pct", 100),
  FIELD ("impact_cleanup", "impact", "cleanup", FS_FIELD_TEXT, POST),
  FIELD ("trigger", NULL, "trigger", FS_FIELD_TEXT, POST),
  FIELD ("detection", NULL, "detection", FS_FIELD_TEXT, POST),
  FIELD ("resolution", NULL, "resolution", FS_FIELD_TEXT, POST),
  FIELD ("went_well", NULL, "went_well", FS_FIELD_TEXT_LIST, POST),
  FIELD ("went_badly", NULL, "went_badly", FS_FIELD_TEXT_LIST, POST),
  FIELD ("got_lucky", NULL, "got_lucky", FS_FIELD_TEXT_LIST, POST),
  FIELD ("lessons", NULL, "lessons", FS_FIELD_TEXT_LIST, POST),
  FIELD ("anonymize", NULL, "anonymize", FS_FIELD_BOOLEAN, 0),
  FIELD ("premortem", NULL, "premortem", FS_FIELD_TEXT, POST | HIDDEN | FS_FIELD_OMIT_EMPTY),
  FIELD ("anticipated", NULL, "anticipated", FS_FIELD_TEXT_LIST, POST | HIDDEN),
  FIELD ("anticipated_asked", NULL, NULL, FS_FIELD_BOOLEAN, POST | HIDDEN | FS_FIELD_PRESENCE),
};

G_STATIC_ASSERT (G_N_ELEMENTS (document_fields) == FS_DOCUMENT_N_FIELDS);

static const FsSchema document_schema = { "documents", document_fields, FS_DOCUMENT_N_FIELDS };

static const FsDocumentListInfo list_infos[] = {
  { NULL, "people", 0, FS_DOCUMENT_OVERVIEW_CHANGE, fs_person_get_type },
  { NULL, "timeline", PRE, FS_DOCUMENT_ROLLBACK_TRIGGERS, fs_timeline_entry_get_type },
  { NULL, "happy_path", PRE, FS_DOCUMENT_ROLLBACK_TRIGGERS, fs_step_get_type },
  { NULL, "clusters", PRE, FS_DOCUMENT_ROLLBACK_TRIGGERS, fs_cluster_get_type },
  { NULL, "risks", PRE, FS_DOCUMENT_ROLLBACK_TRIGGERS, fs_risk_get_type },
  { "go_no_go", "criteria", PRE, FS_DOCUMENT_GO_NO_GO_DECISION, fs_criterion_get_type },
  { NULL, "events", POST, FS_DOCUMENT_TRIGGER, fs_event_get_type },
  { NULL, "causes", POST, FS_DOCUMENT_WENT_WELL, fs_cause_get_type },
  { NULL, "action_items", 0, FS_DOCUMENT_LESSONS, fs_action_item_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (list_infos) == FS_DOCUMENT_N_LISTS);

static void
fs_document_dispose (GObject *object)
{
  FsDocument *self = FS_DOCUMENT (object);

  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_object (&self->chain);

  G_OBJECT_CLASS (fs_document_parent_class)->dispose (object);
}

/* Saving touches "modified", which is no change of content. */
static void
fs_document_field_changed (FsRecord *record,
                           guint     field)
{
  if (field != FS_DOCUMENT_MODIFIED)
    g_signal_emit (record, signals[CHANGED], 0);
}

static void
fs_document_class_init (FsDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fs_document_dispose;
  FS_RECORD_CLASS (klass)->field_changed = fs_document_field_changed;
  fs_record_class_set_schema (FS_RECORD_CLASS (klass), &document_schema);

  /* Any change of the document's content: one of its fields, an item of
   * one of its lists, or the order and number of items in a list. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A new FsChain was set: what the library holds of the other documents. */
  signals[CHAIN_CHANGED] = g_signal_new ("chain-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
on_item_notify (FsDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* An item is followed from the first time it joins one of the lists; an item
 * taken out and put back (an undo) is not followed twice. */
static void
follow_items (FsDocument *self,
              GListModel *list,
              guint       position,
              guint       added)
{
  static GQuark followed;

  if (followed == 0)
    followed = g_quark_from_static_string ("fs-document-follows");
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_object_get_qdata (item, followed) == self)
        continue;
      g_object_set_qdata (item, followed, self);
      g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  FsDocument *self)
{
  if (self->follows_items)
    follow_items (self, list, position, added);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* From now on, "changed" also tells of edits of the items in the lists. Only
 * what is edited needs it: documents read by the thousand go without. */
void
fs_document_follow_items (FsDocument *self)
{
  g_return_if_fail (FS_IS_DOCUMENT (self));

  if (self->follows_items)
    return;
  self->follows_items = TRUE;
  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    follow_items (self, G_LIST_MODEL (self->lists[i]), 0,
                  g_list_model_get_n_items (G_LIST_MODEL (self->lists[i])));
}

static void
fs_document_init (FsDocument *self)
{
  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    {
      self->lists[i] = g_list_store_new (list_infos[i].item_type ());
      g_signal_connect_object (self->lists[i], "items-changed", G_CALLBACK (on_items_changed),
                               self, 0);
    }
}

const FsDocumentListInfo *
fs_document_list_info (FsDocumentList list)
{
  g_return_val_if_fail (list < FS_DOCUMENT_N_LISTS, NULL);

  return &list_infos[list];
}

gboolean
fs_document_list_applies (FsDocumentList list,
                          FsDocumentKind kind)
{
  FsField as_field = { .flags = fs_document_list_info (list)->flags };

  return fs_field_applies_to (&as_field, kind);
}

const char *
fs_document_kind_to_string (FsDocumentKind kind)
{
  return kind == FS_DOCUMENT_KIND_POSTMORTEM ? "postmortem" : "premortem";
}

gboolean
fs_document_kind_from_string (const char     *text,
                              FsDocumentKind *kind)
{
  if (g_strcmp0 (text, "premortem") == 0)
    *kind = FS_DOCUMENT_KIND_PREMORTEM;
  else if (g_strcmp0 (text, "postmortem") == 0)
    *kind = FS_DOCUMENT_KIND_POSTMORTEM;
  else
    return FALSE;
  return TRUE;
}

/* Timestamps are stored and exchanged as UTC ISO 8601 with whole seconds, so
 * that they sort as text. */
char *
fs_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

FsDocument *
fs_document_new (FsDocumentKind kind)
{
  FsDocument *self = g_object_new (FS_TYPE_DOCUMENT, NULL);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = fs_timestamp_now ();

  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_ID, id);
  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_KIND, fs_document_kind_to_string (kind));
  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_CREATED, now);
  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_MODIFIED, now);
  return self;
}

const char *
fs_document_get_id (FsDocument *self)
{
  return fs_record_get_text (FS_RECORD (self), FS_DOCUMENT_ID);
}

FsDocumentKind
fs_document_get_kind (FsDocument *self)
{
  FsDocumentKind kind = FS_DOCUMENT_KIND_PREMORTEM;

  fs_document_kind_from_string (fs_record_get_text (FS_RECORD (self), FS_DOCUMENT_KIND), &kind);
  return kind;
}

const char *
fs_document_get_title (FsDocument *self)
{
  return fs_record_get_text (FS_RECORD (self), FS_DOCUMENT_TITLE);
}

void
fs_document_set_title (FsDocument *self,
                       const char *title)
{
  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_TITLE, title);
}

GListStore *
fs_document_get_list (FsDocument     *self,
                      FsDocumentList  list)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (list < FS_DOCUMENT_N_LISTS, NULL);

  return self->lists[list];
}

void
fs_document_touch (FsDocument *self)
{
  g_autofree char *now = fs_timestamp_now ();

  g_return_if_fail (FS_IS_DOCUMENT (self));

  fs_record_set_text (FS_RECORD (self), FS_DOCUMENT_MODIFIED, now);
}

/* What the library knows of the document's pre-mortem or post-mortems, for
 * showing and exporting it; NULL until someone looked. A copy shares it. */
FsChain *
fs_document_get_chain (FsDocument *self)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);

  return (FsChain *) self->chain;
}

void
fs_document_set_chain (FsDocument *self,
                       FsChain    *chain)
{
  g_return_if_fail (FS_IS_DOCUMENT (self));
  g_return_if_fail (chain == NULL || FS_IS_CHAIN (chain));

  if (g_set_object (&self->chain, (GObject *) chain))
    g_signal_emit (self, signals[CHAIN_CHANGED], 0);
}

/* A deep copy, id and all: a snapshot that other threads may read while the
 * original goes on being edited. */
FsDocument *
fs_document_copy (FsDocument *self)
{
  FsDocument *copy;

  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);

  copy = FS_DOCUMENT (fs_record_copy (FS_RECORD (self)));
  for (guint i = 0; i < FS_DOCUMENT_N_LISTS; i++)
    {
      GListModel *source = G_LIST_MODEL (self->lists[i]);
      guint n = g_list_model_get_n_items (source);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(FsRecord) item = g_list_model_get_item (source, j);

          g_ptr_array_add (items, fs_record_copy (item));
        }
      g_list_store_splice (copy->lists[i], 0, 0, items->pdata, n);
    }
  g_set_object (&copy->chain, self->chain);
  return copy;
}

/* A copy under a new id; the ids of its records stay, since they are only
 * unique within a document and links between them must keep working. */
FsDocument *
fs_document_duplicate (FsDocument *self)
{
  FsDocument *copy;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = fs_timestamp_now ();

  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);

  copy = fs_document_copy (self);
  g_clear_object (&copy->chain);
  fs_record_set_text (FS_RECORD (copy), FS_DOCUMENT_ID, id);
  fs_record_set_text (FS_RECORD (copy), FS_DOCUMENT_CREATED, now);
  fs_record_set_text (FS_RECORD (copy), FS_DOCUMENT_MODIFIED, now);
  return copy;
}

FsRecord *
fs_document_find_item (FsDocument     *self,
                       FsDocumentList  list,
                       const char     *id)
{
  GListModel *model;

  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  model = G_LIST_MODEL (fs_document_get_list (self, list));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (model, i);
      const FsSchema *schema = fs_record_get_schema (item);

      if (schema->n_fields > 0 && g_str_equal (schema->fields[0].name, "id") &&
          g_str_equal (fs_record_get_text (item, 0), id))
        return item;
    }
  return NULL;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  double x = fs_risk_get_score (*(FsRisk **) a);
  double y = fs_risk_get_score (*(FsRisk **) b);

  return (x < y) - (x > y);
}

/* The risks, highest score first; the sort is stable, so equal scores keep
 * the order of the board. Every export ranks them the same way. */
GPtrArray *
fs_document_rank_risks (FsDocument *self)
{
  GListModel *risks;
  GPtrArray *ranked = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);

  risks = G_LIST_MODEL (self->lists[FS_DOCUMENT_RISKS]);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    g_ptr_array_add (ranked, g_list_model_get_item (risks, i));
  g_ptr_array_sort (ranked, compare_scores);
  return ranked;
}

/* The highest number after PREFIX among the VALUES, ids like "r7". */
static guint64
highest_number (char        prefix,
                const char *value,
                guint64     highest)
{
  char *end = NULL;
  guint64 number;

  if (value[0] != prefix || !g_ascii_isdigit (value[1]))
    return highest;
  number = g_ascii_strtoull (value + 1, &end, 10);
  if (*end != '\0' || number >= G_MAXUINT32)
    return highest;
  return MAX (highest, number);
}

/* A new, empty item for LIST, not yet in it. Items that others refer to by
 * id (risks, clusters, causes, action items) get one that neither an item
 * of the list nor a reference to a removed one holds: the list's letter and
 * the next number ("r7"). An id is never handed out twice, so a risk whose
 * cluster was removed does not end up in the next new cluster. */
FsRecord *
fs_document_new_item (FsDocument     *self,
                      FsDocumentList  list)
{
  static const char prefixes[FS_DOCUMENT_N_LISTS] = {
    [FS_DOCUMENT_CLUSTERS] = 'c', [FS_DOCUMENT_RISKS] = 'r',
    [FS_DOCUMENT_CAUSES] = 'k', [FS_DOCUMENT_ACTION_ITEMS] = 'a',
  };
  /* Who refers to the items of a list, by which field. */
  static const struct { FsDocumentList list; FsDocumentList by; guint field; } references[] = {
    { FS_DOCUMENT_CLUSTERS, FS_DOCUMENT_RISKS, FS_RISK_CLUSTER },
    { FS_DOCUMENT_CAUSES, FS_DOCUMENT_ACTION_ITEMS, FS_ACTION_ITEM_CAUSE },
  };
  FsRecord *item;
  GListModel *items;
  guint64 highest = 0;
  g_autofree char *id = NULL;

  g_return_val_if_fail (FS_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (list < FS_DOCUMENT_N_LISTS, NULL);

  item = g_object_new (list_infos[list].item_type (), NULL);
  if (prefixes[list] == '\0')
    return item;
  items = G_LIST_MODEL (self->lists[list]);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) other = g_list_model_get_item (items, i);

      highest = highest_number (prefixes[list], fs_record_get_text (other, 0), highest);
    }
  for (guint r = 0; r < G_N_ELEMENTS (references); r++)
    {
      GListModel *referring = G_LIST_MODEL (self->lists[references[r].by]);

      if (references[r].list != list)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (referring); i++)
        {
          g_autoptr(FsRecord) other = g_list_model_get_item (referring, i);

          highest = highest_number (prefixes[list],
                                    fs_record_get_text (other, references[r].field), highest);
        }
    }
  id = g_strdup_printf ("%c%" G_GUINT64_FORMAT, prefixes[list], highest + 1);
  fs_record_set_text (item, 0, id);
  return item;
}
