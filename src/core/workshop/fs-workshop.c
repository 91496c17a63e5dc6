/* fs-workshop.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-workshop.h"

#define MINUTE G_GINT64_CONSTANT (60000000)
#define MAX_MINUTES 240

typedef struct
{
  const char *id;
  const char *title;
  guint       minutes;
} AgendaStep;

/* The method's steps as a workshop walks through them, with time boxes
 * that suit an hour. */
static const AgendaStep premortem_agenda[] = {
  { "imagine", N_("Imagine It Failed"), 10 },
  { "cluster", N_("Cluster"), 15 },
  { "vote", N_("Vote"), 5 },
  { "rank", N_("Rank"), 10 },
  { "rollback", N_("Rollback"), 15 },
};

static const AgendaStep postmortem_agenda[] = {
  { "timeline", N_("Timeline"), 15 },
  { "causes", N_("Causes"), 20 },
  { "vote", N_("Vote"), 5 },
  { "action-items", N_("Action Items"), 15 },
};

typedef struct
{
  const AgendaStep *step;
  guint             minutes;
  gboolean          skipped;
} Step;

struct _FsWorkshop
{
  GObject          parent_instance;

  FsClockFunc      clock;
  gpointer         clock_data;
  GArray          *steps;       /* of Step */
  FsWorkshopState  state;
  guint            current;
  gint64           deadline;    /* while running: when the step's time is up */
  gint64           left;        /* while paused: what the step has left */
  gboolean         hiding;      /* new cards are shown face down */
  GPtrArray       *hidden;      /* ids of the cards face down, in the order added */
  guint            votes_each;
  guint            anonymous;   /* anonymous voters, or 0 for the document's people */
};

G_DEFINE_FINAL_TYPE (FsWorkshop, fs_workshop, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Anything that is saved changed: the agenda, the timer, the hidden cards. */
static void
changed (FsWorkshop *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

G_DEFINE_QUARK (fs-workshop-error-quark, fs_workshop_error)

static const char * const state_names[] = { "not-started", "running", "paused", "finished" };

static Step *
step_at (FsWorkshop *self,
         guint       step)
{
  return &g_array_index (self->steps, Step, step);
}

static gint64
now (FsWorkshop *self)
{
  return self->clock (self->clock_data);
}

static void
fs_workshop_finalize (GObject *object)
{
  FsWorkshop *self = FS_WORKSHOP (object);

  g_array_unref (self->steps);
  g_ptr_array_unref (self->hidden);

  G_OBJECT_CLASS (fs_workshop_parent_class)->finalize (object);
}

static void
fs_workshop_class_init (FsWorkshopClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fs_workshop_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fs_workshop_init (FsWorkshop *self)
{
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  self->hidden = g_ptr_array_new_with_free_func (g_free);
  self->votes_each = FS_WORKSHOP_VOTES_EACH_DEFAULT;
}

/* The first step at or after FROM that is not skipped, or the number of
 * steps when none is left. */
static guint
first_step_from (FsWorkshop *self,
                 guint       from)
{
  while (from < self->steps->len && step_at (self, from)->skipped)
    from++;
  return from;
}

FsWorkshop *
fs_workshop_new (FsDocumentKind  kind,
                 FsClockFunc     clock,
                 gpointer        clock_data)
{
  FsWorkshop *self;
  const AgendaStep *agenda = kind == FS_DOCUMENT_KIND_PREMORTEM ? premortem_agenda
                                                                : postmortem_agenda;
  guint n = kind == FS_DOCUMENT_KIND_PREMORTEM ? G_N_ELEMENTS (premortem_agenda)
                                               : G_N_ELEMENTS (postmortem_agenda);

  g_return_val_if_fail (clock != NULL, NULL);

  self = g_object_new (FS_TYPE_WORKSHOP, NULL);
  self->clock = clock;
  self->clock_data = clock_data;
  for (guint i = 0; i < n; i++)
    {
      Step step = { &agenda[i], agenda[i].minutes, FALSE };

      g_array_append_val (self->steps, step);
    }
  return self;
}

guint
fs_workshop_get_n_steps (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);

  return self->steps->len;
}

const char *
fs_workshop_get_step_id (FsWorkshop *self,
                         guint       step)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return step_at (self, step)->step->id;
}

const char *
fs_workshop_get_step_title (FsWorkshop *self,
                            guint       step)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return _(step_at (self, step)->step->title);
}

guint
fs_workshop_get_step_minutes (FsWorkshop *self,
                              guint       step)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);
  g_return_val_if_fail (step < self->steps->len, 0);

  return step_at (self, step)->minutes;
}

/* The time box of a step still to come; the one at hand grows with
 * fs_workshop_add_minute(). */
void
fs_workshop_set_step_minutes (FsWorkshop *self,
                              guint       step,
                              guint       minutes)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));
  g_return_if_fail (step < self->steps->len);

  if (self->state != FS_WORKSHOP_NOT_STARTED && step <= self->current)
    return;
  step_at (self, step)->minutes = CLAMP (minutes, 1, MAX_MINUTES);
  changed (self);
}

gboolean
fs_workshop_get_step_skipped (FsWorkshop *self,
                              guint       step)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FALSE);
  g_return_val_if_fail (step < self->steps->len, FALSE);

  return step_at (self, step)->skipped;
}

void
fs_workshop_set_step_skipped (FsWorkshop *self,
                              guint       step,
                              gboolean    skipped)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));
  g_return_if_fail (step < self->steps->len);

  if (self->state != FS_WORKSHOP_NOT_STARTED && step <= self->current)
    return;
  step_at (self, step)->skipped = skipped;
  changed (self);
}

FsWorkshopState
fs_workshop_get_state (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FS_WORKSHOP_NOT_STARTED);

  return self->state;
}

/* The step at hand, or before the start the first one not skipped. */
guint
fs_workshop_get_current_step (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);

  if (self->state == FS_WORKSHOP_NOT_STARTED)
    return MIN (first_step_from (self, 0), self->steps->len - 1);
  return self->current;
}

/* What the step at hand has left, in microseconds; below zero once its
 * time is up and the talk goes on. */
gint64
fs_workshop_get_remaining (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);

  switch (self->state)
    {
    case FS_WORKSHOP_NOT_STARTED:
      return step_at (self, fs_workshop_get_current_step (self))->minutes * MINUTE;
    case FS_WORKSHOP_RUNNING:
      return self->deadline - now (self);
    case FS_WORKSHOP_PAUSED:
      return self->left;
    case FS_WORKSHOP_FINISHED:
    default:
      return 0;
    }
}

gboolean
fs_workshop_is_overtime (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FALSE);

  return (self->state == FS_WORKSHOP_RUNNING || self->state == FS_WORKSHOP_PAUSED) &&
         fs_workshop_get_remaining (self) <= 0;
}

static void
begin_step (FsWorkshop *self,
            guint       step)
{
  gint64 box = step_at (self, step)->minutes * MINUTE;

  self->current = step;
  self->deadline = now (self) + box;
  self->left = box;
}

void
fs_workshop_start (FsWorkshop *self)
{
  guint first;

  g_return_if_fail (FS_IS_WORKSHOP (self));

  if (self->state != FS_WORKSHOP_NOT_STARTED)
    return;
  first = first_step_from (self, 0);
  if (first == self->steps->len)
    {
      self->state = FS_WORKSHOP_FINISHED;
      changed (self);
      return;
    }
  begin_step (self, first);
  self->state = FS_WORKSHOP_RUNNING;
  changed (self);
}

void
fs_workshop_pause (FsWorkshop *self)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  if (self->state != FS_WORKSHOP_RUNNING)
    return;
  self->left = self->deadline - now (self);
  self->state = FS_WORKSHOP_PAUSED;
  changed (self);
}

void
fs_workshop_resume (FsWorkshop *self)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  if (self->state != FS_WORKSHOP_PAUSED)
    return;
  self->deadline = now (self) + self->left;
  self->state = FS_WORKSHOP_RUNNING;
  changed (self);
}

void
fs_workshop_add_minute (FsWorkshop *self)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  switch (self->state)
    {
    case FS_WORKSHOP_NOT_STARTED:
      fs_workshop_set_step_minutes (self, fs_workshop_get_current_step (self),
                                    fs_workshop_get_step_minutes (self, fs_workshop_get_current_step (self)) + 1);
      break;
    case FS_WORKSHOP_RUNNING:
      self->deadline += MINUTE;
      break;
    case FS_WORKSHOP_PAUSED:
      self->left += MINUTE;
      break;
    case FS_WORKSHOP_FINISHED:
    default:
      break;
    }
  changed (self);
}

/* On to the next step not skipped, its time box full; a paused timer
 * stays paused. After the last step the workshop is finished. */
void
fs_workshop_next (FsWorkshop *self)
{
  guint next;

  g_return_if_fail (FS_IS_WORKSHOP (self));

  if (self->state == FS_WORKSHOP_NOT_STARTED)
    {
      fs_workshop_start (self);
      return;
    }
  if (self->state == FS_WORKSHOP_FINISHED)
    return;
  next = first_step_from (self, self->current + 1);
  if (next == self->steps->len)
    {
      self->state = FS_WORKSHOP_FINISHED;
      changed (self);
      return;
    }
  begin_step (self, next);
  changed (self);
}

/* The end, whatever step the room is at: the hidden cards are turned
 * over, the timer stops, and the agenda is done. */
void
fs_workshop_finish (FsWorkshop *self)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  if (self->state == FS_WORKSHOP_FINISHED && fs_workshop_get_n_hidden (self) == 0)
    return;
  self->hiding = FALSE;
  g_ptr_array_set_size (self->hidden, 0);
  self->state = FS_WORKSHOP_FINISHED;
  changed (self);
}

/* Silent brainstorming: while hiding, the cards added are face down, so
 * that early ideas do not steer the room, until all are revealed at once. */
gboolean
fs_workshop_get_hiding (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FALSE);

  return self->hiding;
}

void
fs_workshop_set_hiding (FsWorkshop *self,
                        gboolean    hiding)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  self->hiding = hiding;
  changed (self);
}

static gboolean
find_hidden (FsWorkshop *self,
             const char *card_id,
             guint      *index)
{
  return g_ptr_array_find_with_equal_func (self->hidden, card_id, g_str_equal, index);
}

/* A card was added: face down while hiding. */
void
fs_workshop_add_card (FsWorkshop *self,
                      const char *card_id)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));
  g_return_if_fail (card_id != NULL);

  if (self->hiding && card_id[0] != '\0' && !find_hidden (self, card_id, NULL))
    g_ptr_array_add (self->hidden, g_strdup (card_id));
  changed (self);
}

gboolean
fs_workshop_is_hidden (FsWorkshop *self,
                       const char *card_id)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FALSE);

  return card_id != NULL && find_hidden (self, card_id, NULL);
}

guint
fs_workshop_get_n_hidden (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);

  return self->hidden->len;
}

/* Every card face up; cards added later are hidden again while hiding. */
void
fs_workshop_reveal (FsWorkshop *self)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  g_ptr_array_set_size (self->hidden, 0);
  changed (self);
}

/* Saved with the document: the agenda as changed, the step at hand, and
 * the deadline (or, paused, the time left) in the clock's own time. */
guint
fs_workshop_get_votes_each (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), FS_WORKSHOP_VOTES_EACH_DEFAULT);

  return self->votes_each;
}

void
fs_workshop_set_votes_each (FsWorkshop *self,
                            guint       votes)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  votes = CLAMP (votes, 1, FS_WORKSHOP_VOTES_EACH_MAX);
  if (self->votes_each == votes)
    return;
  self->votes_each = votes;
  changed (self);
}

guint
fs_workshop_get_anonymous_voters (FsWorkshop *self)
{
  g_return_val_if_fail (FS_IS_WORKSHOP (self), 0);

  return self->anonymous;
}

void
fs_workshop_set_anonymous_voters (FsWorkshop *self,
                                  guint       voters)
{
  g_return_if_fail (FS_IS_WORKSHOP (self));

  voters = MIN (voters, FS_WORKSHOP_ANONYMOUS_MAX);
  if (self->anonymous == voters)
    return;
  self->anonymous = voters;
  changed (self);
}

JsonNode *
fs_workshop_to_json (FsWorkshop *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (FS_IS_WORKSHOP (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "agenda");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, step_at (self, i)->step->id);
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_int_value (builder, step_at (self, i)->minutes);
      json_builder_set_member_name (builder, "skipped");
      json_builder_add_boolean_value (builder, step_at (self, i)->skipped);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, state_names[self->state]);
  json_builder_set_member_name (builder, "votes-each");
  json_builder_add_int_value (builder, self->votes_each);
  json_builder_set_member_name (builder, "anonymous-voters");
  json_builder_add_int_value (builder, self->anonymous);
  json_builder_set_member_name (builder, "hiding");
  json_builder_add_boolean_value (builder, self->hiding);
  json_builder_set_member_name (builder, "hidden");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->hidden->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->hidden, i));
  json_builder_end_array (builder);
  if (self->state == FS_WORKSHOP_RUNNING || self->state == FS_WORKSHOP_PAUSED)
    {
      json_builder_set_member_name (builder, "step");
      json_builder_add_string_value (builder, step_at (self, self->current)->step->id);
      json_builder_set_member_name (builder, self->state == FS_WORKSHOP_RUNNING ? "deadline"
                                                                                : "left");
      json_builder_add_int_value (builder, self->state == FS_WORKSHOP_RUNNING ? self->deadline
                                                                              : self->left);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, FS_WORKSHOP_ERROR, FS_WORKSHOP_ERROR_INVALID,
               _("The saved workshop is damaged: %s"), what);
  return FALSE;
}

/* A member of OBJECT if it is a plain value of TYPE; NULL when it is
 * missing, and *wrong set when it is there but something else. */
static JsonNode *
value_member (JsonObject *object,
              const char *name,
              GType       type,
              gboolean   *wrong)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    {
      *wrong = TRUE;
      return NULL;
    }
  return node;
}

static const char *
string_member (JsonObject *object,
               const char *name,
               gboolean   *wrong)
{
  JsonNode *node = value_member (object, name, G_TYPE_STRING, wrong);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static gint
find_step (FsWorkshop *self,
           const char *id)
{
  for (guint i = 0; id != NULL && i < self->steps->len; i++)
    if (g_str_equal (step_at (self, i)->step->id, id))
      return i;
  return -1;
}

static gboolean
read_agenda (FsWorkshop  *self,
             JsonArray   *agenda,
             GError     **error)
{
  for (guint i = 0; i < json_array_get_length (agenda); i++)
    {
      JsonNode *element = json_array_get_element (agenda, i);
      JsonObject *entry;
      JsonNode *minutes;
      JsonNode *skipped;
      gboolean wrong = FALSE;
      gint step;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return invalid (error, _("a step of the agenda is not an object"));
      entry = json_node_get_object (element);
      step = find_step (self, string_member (entry, "id", &wrong));
      minutes = value_member (entry, "minutes", G_TYPE_INT64, &wrong);
      skipped = value_member (entry, "skipped", G_TYPE_BOOLEAN, &wrong);
      if (wrong)
        return invalid (error, _("a step of the agenda has a member of the wrong kind"));
      if (step < 0)
        continue; /* a step of a newer version: left to it */
      if (minutes != NULL && (json_node_get_int (minutes) < 1 ||
                              json_node_get_int (minutes) > MAX_MINUTES))
        return invalid (error, _("a step has a time box out of range"));
      if (minutes != NULL)
        step_at (self, step)->minutes = json_node_get_int (minutes);
      step_at (self, step)->skipped = skipped != NULL && json_node_get_boolean (skipped);
    }
  return TRUE;
}

static gboolean
read_hidden (FsWorkshop  *self,
             JsonObject  *object,
             GError     **error)
{
  gboolean wrong = FALSE;
  JsonNode *hiding = value_member (object, "hiding", G_TYPE_BOOLEAN, &wrong);
  JsonNode *hidden = json_object_get_member (object, "hidden");

  if (wrong)
    return invalid (error, _("whether new cards are hidden is not true or false"));
  self->hiding = hiding != NULL && json_node_get_boolean (hiding);
  if (hidden == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (hidden))
    return invalid (error, _("its hidden cards are not a list"));
  for (guint i = 0; i < json_array_get_length (json_node_get_array (hidden)); i++)
    {
      JsonNode *id = json_array_get_element (json_node_get_array (hidden), i);

      if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
        return invalid (error, _("a hidden card is not named by its id"));
      if (!find_hidden (self, json_node_get_string (id), NULL))
        g_ptr_array_add (self->hidden, g_strdup (json_node_get_string (id)));
    }
  return TRUE;
}

/* The vote's rules; a workshop saved before they existed has the defaults. */
static gboolean
read_vote_rules (FsWorkshop  *self,
                 JsonObject  *object,
                 GError     **error)
{
  gboolean wrong = FALSE;
  JsonNode *each = value_member (object, "votes-each", G_TYPE_INT64, &wrong);
  JsonNode *anonymous = value_member (object, "anonymous-voters", G_TYPE_INT64, &wrong);

  if (wrong)
    return invalid (error, _("the rules of its vote are not numbers"));
  if (each != NULL && (json_node_get_int (each) < 1 ||
                       json_node_get_int (each) > FS_WORKSHOP_VOTES_EACH_MAX))
    return invalid (error, _("the votes each voter has are out of range"));
  if (anonymous != NULL && (json_node_get_int (anonymous) < 0 ||
                            json_node_get_int (anonymous) > FS_WORKSHOP_ANONYMOUS_MAX))
    return invalid (error, _("the number of anonymous voters is out of range"));
  if (each != NULL)
    self->votes_each = json_node_get_int (each);
  if (anonymous != NULL)
    self->anonymous = json_node_get_int (anonymous);
  return TRUE;
}

static gboolean
read_state (FsWorkshop  *self,
            JsonObject  *object,
            GError     **error)
{
  gboolean wrong = FALSE;
  const char *state = string_member (object, "state", &wrong);
  JsonNode *time;
  gint step;

  if (wrong)
    return invalid (error, _("its state is not a word"));
  if (state == NULL)
    state = "not-started";
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_str_equal (state, state_names[i]))
      self->state = i;
  if (!g_str_equal (state, state_names[self->state]))
    return invalid (error, _("its state is unknown"));
  if (self->state != FS_WORKSHOP_RUNNING && self->state != FS_WORKSHOP_PAUSED)
    return TRUE;
  step = find_step (self, string_member (object, "step", &wrong));
  if (step < 0)
    return invalid (error, _("its current step is unknown"));
  self->current = step;
  time = value_member (object, self->state == FS_WORKSHOP_RUNNING ? "deadline" : "left",
                       G_TYPE_INT64, &wrong);
  if (time == NULL)
    return invalid (error, _("its timer has no time"));
  if (self->state == FS_WORKSHOP_RUNNING)
    self->deadline = json_node_get_int (time);
  else
    self->left = json_node_get_int (time);
  return TRUE;
}

FsWorkshop *
fs_workshop_new_from_json (FsDocumentKind   kind,
                           JsonNode        *node,
                           FsClockFunc      clock,
                           gpointer         clock_data,
                           GError         **error)
{
  g_autoptr(FsWorkshop) self = NULL;
  JsonObject *object;
  JsonNode *agenda;

  g_return_val_if_fail (clock != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = fs_workshop_new (kind, clock, clock_data);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, _("it is not an object"));
      return NULL;
    }
  object = json_node_get_object (node);
  agenda = json_object_get_member (object, "agenda");
  if (agenda != NULL && !JSON_NODE_HOLDS_ARRAY (agenda))
    {
      invalid (error, _("its agenda is not a list"));
      return NULL;
    }
  if ((agenda != NULL && !read_agenda (self, json_node_get_array (agenda), error)) ||
      !read_hidden (self, object, error) || !read_vote_rules (self, object, error) ||
      !read_state (self, object, error))
    return NULL;
  return g_steal_pointer (&self);
}
