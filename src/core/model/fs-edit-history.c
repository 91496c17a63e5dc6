/* fs-edit-history.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "fs-edit-history.h"

typedef enum
{
  EDIT_LIST,
  EDIT_FIELD,
  EDIT_GROUP,
} EditKind;

/* Lists in a document are short, so a list edit keeps the whole order before
 * and after it; going back or forth changes only the stretch that differs.
 * A field edit keeps the field's two values, a group the edits it made. */
typedef struct
{
  EditKind    kind;
  GListStore *list;
  GPtrArray  *before;
  GPtrArray  *after;
  FsRecord   *record;
  guint       field;
  gboolean    is_number;
  char       *old_text;
  char       *new_text;
  double      old_number;
  double      new_number;
  GPtrArray  *edits;
} Edit;

struct _FsEditHistory
{
  GObject    parent_instance;

  GPtrArray *done;
  GPtrArray *undone;
  GPtrArray *group;
  guint      depth;
  guint      serial;     /* changes with every edit, undo and redo */
};

G_DEFINE_FINAL_TYPE (FsEditHistory, fs_edit_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->list);
  g_clear_pointer (&edit->before, g_ptr_array_unref);
  g_clear_pointer (&edit->after, g_ptr_array_unref);
  g_clear_object (&edit->record);
  g_free (edit->old_text);
  g_free (edit->new_text);
  g_clear_pointer (&edit->edits, g_ptr_array_unref);
  g_free (edit);
}

static GPtrArray *
items_of (GListStore *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));
  return items;
}

/* Makes LIST hold ITEMS, replacing only what lies between the common start
 * and the common end, so that the rows of unchanged items stay as they are. */
static void
set_items (GListStore *list,
           GPtrArray  *items)
{
  g_autoptr(GPtrArray) current = items_of (list);
  guint start = 0;
  guint end_current = current->len;
  guint end_items = items->len;

  while (start < current->len && start < items->len &&
         current->pdata[start] == items->pdata[start])
    start++;
  while (end_current > start && end_items > start &&
         current->pdata[end_current - 1] == items->pdata[end_items - 1])
    {
      end_current--;
      end_items--;
    }
  if (start == end_current && start == end_items)
    return;
  g_list_store_splice (list, start, end_current - start, items->pdata + start,
                       end_items - start);
}

static void
notify_state (FsEditHistory *self)
{
  self->serial++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* A new edit is the end of what can be redone; inside a group it waits
 * for the group to close, so that the group is one step. */
static void
push (FsEditHistory *self,
      Edit          *edit)
{
  if (self->depth > 0)
    {
      g_ptr_array_add (self->group, edit);
      return;
    }
  g_ptr_array_add (self->done, edit);
  g_ptr_array_set_size (self->undone, 0);
  notify_state (self);
}

static void
record (FsEditHistory *self,
        GListStore    *list,
        GPtrArray     *before)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = EDIT_LIST;
  edit->list = g_object_ref (list);
  edit->before = before;
  edit->after = items_of (list);
  push (self, edit);
}

static Edit *
field_edit_new (FsRecord *record,
                guint     field)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = EDIT_FIELD;
  edit->record = g_object_ref (record);
  edit->field = field;
  return edit;
}

static void
set_field (Edit     *edit,
           gboolean  forward)
{
  if (edit->is_number)
    fs_record_set_number (edit->record, edit->field,
                          forward ? edit->new_number : edit->old_number);
  else
    fs_record_set_text (edit->record, edit->field, forward ? edit->new_text : edit->old_text);
}

/* Going back undoes a group's edits last first; going forth redoes them in
 * the order they were made. */
static void
apply (Edit     *edit,
       gboolean  forward)
{
  switch (edit->kind)
    {
    case EDIT_LIST:
      set_items (edit->list, forward ? edit->after : edit->before);
      break;
    case EDIT_FIELD:
      set_field (edit, forward);
      break;
    case EDIT_GROUP:
    default:
      for (guint i = 0; i < edit->edits->len; i++)
        apply (g_ptr_array_index (edit->edits, forward ? i : edit->edits->len - 1 - i),
               forward);
      break;
    }
}

static void
fs_edit_history_finalize (GObject *object)
{
  FsEditHistory *self = FS_EDIT_HISTORY (object);

  g_ptr_array_unref (self->done);
  g_ptr_array_unref (self->undone);
  g_ptr_array_unref (self->group);

  G_OBJECT_CLASS (fs_edit_history_parent_class)->finalize (object);
}

static void
fs_edit_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FsEditHistory *self = FS_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fs_edit_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, fs_edit_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fs_edit_history_class_init (FsEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fs_edit_history_finalize;
  object_class->get_property = fs_edit_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fs_edit_history_init (FsEditHistory *self)
{
  self->done = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
  self->undone = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
  self->group = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
}

FsEditHistory *
fs_edit_history_new (void)
{
  return g_object_new (FS_TYPE_EDIT_HISTORY, NULL);
}

void
fs_edit_history_insert (FsEditHistory *self,
                        GListStore    *list,
                        guint          position,
                        gpointer       item)
{
  GPtrArray *before;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  before = items_of (list);
  g_list_store_insert (list, MIN (position, before->len), item);
  record (self, list, before);
}

void
fs_edit_history_remove (FsEditHistory *self,
                        GListStore    *list,
                        guint          position)
{
  GPtrArray *before;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  before = items_of (list);
  if (position >= before->len)
    {
      g_ptr_array_unref (before);
      return;
    }
  g_list_store_remove (list, position);
  record (self, list, before);
}

void
fs_edit_history_move (FsEditHistory *self,
                      GListStore    *list,
                      guint          from,
                      guint          to)
{
  GPtrArray *before;
  g_autoptr(GPtrArray) after = NULL;
  gpointer item;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  before = items_of (list);
  if (from >= before->len || to >= before->len || from == to)
    {
      g_ptr_array_unref (before);
      return;
    }
  after = items_of (list);
  item = g_ptr_array_steal_index (after, from);
  g_ptr_array_insert (after, to, item);
  set_items (list, after);
  record (self, list, before);
}

/* Puts the items of LIST in the order of ITEMS, which holds the same items. */
void
fs_edit_history_reorder (FsEditHistory *self,
                         GListStore    *list,
                         GPtrArray     *items)
{
  GPtrArray *before;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (items != NULL);
  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (list)) == items->len);

  before = items_of (list);
  set_items (list, items);
  for (guint i = 0; i < items->len; i++)
    if (before->pdata[i] != items->pdata[i])
      {
        record (self, list, before);
        return;
      }
  g_ptr_array_unref (before);
}

static gboolean
is_field_of_type (FsRecord      *record,
                  guint          field,
                  FsFieldType    type)
{
  const FsSchema *schema = fs_record_get_schema (record);

  return field < schema->n_fields && schema->fields[field].type == type;
}

void
fs_edit_history_set_text (FsEditHistory *self,
                          FsRecord      *record,
                          guint          field,
                          const char    *value)
{
  g_autofree char *old = NULL;
  Edit *edit;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (FS_IS_RECORD (record));
  g_return_if_fail (is_field_of_type (record, field, FS_FIELD_TEXT) ||
                    is_field_of_type (record, field, FS_FIELD_VOTES) ||
                    is_field_of_type (record, field, FS_FIELD_CHOICE));

  /* The record itself refuses a value outside a choice: then nothing changed. */
  old = g_strdup (fs_record_get_text (record, field));
  fs_record_set_text (record, field, value);
  if (g_str_equal (old, fs_record_get_text (record, field)))
    return;
  edit = field_edit_new (record, field);
  edit->old_text = g_steal_pointer (&old);
  edit->new_text = g_strdup (fs_record_get_text (record, field));
  push (self, edit);
}

void
fs_edit_history_set_number (FsEditHistory *self,
                            FsRecord      *record,
                            guint          field,
                            double         value)
{
  double old;
  double now;
  Edit *edit;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (FS_IS_RECORD (record));
  g_return_if_fail (is_field_of_type (record, field, FS_FIELD_NUMBER) ||
                    is_field_of_type (record, field, FS_FIELD_OPTIONAL_NUMBER));

  old = fs_record_get_number (record, field);
  fs_record_set_number (record, field, value);
  now = fs_record_get_number (record, field);
  if (old == now || (isnan (old) && isnan (now)))
    return;
  edit = field_edit_new (record, field);
  edit->is_number = TRUE;
  edit->old_number = old;
  edit->new_number = now;
  push (self, edit);
}

void
fs_edit_history_begin_group (FsEditHistory *self)
{
  g_return_if_fail (FS_IS_EDIT_HISTORY (self));

  self->depth++;
}

/* Closing the outermost group makes one step of what it did, if anything. */
void
fs_edit_history_end_group (FsEditHistory *self)
{
  Edit *edit;

  g_return_if_fail (FS_IS_EDIT_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0 || self->group->len == 0)
    return;
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_GROUP;
  edit->edits = g_steal_pointer (&self->group);
  self->group = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
  push (self, edit);
}

/* Tells whether anything was done, undone or redone since a moment: what
 * an Undo button offered then is still what Undo would take back. */
guint
fs_edit_history_get_serial (FsEditHistory *self)
{
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (self), 0);

  return self->serial;
}

gboolean
fs_edit_history_can_undo (FsEditHistory *self)
{
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (self), FALSE);

  return self->done->len > 0;
}

gboolean
fs_edit_history_can_redo (FsEditHistory *self)
{
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (self), FALSE);

  return self->undone->len > 0;
}

gboolean
fs_edit_history_undo (FsEditHistory *self)
{
  Edit *edit;

  g_return_val_if_fail (FS_IS_EDIT_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->done->len == 0)
    return FALSE;
  edit = g_ptr_array_steal_index (self->done, self->done->len - 1);
  apply (edit, FALSE);
  g_ptr_array_add (self->undone, edit);
  notify_state (self);
  return TRUE;
}

gboolean
fs_edit_history_redo (FsEditHistory *self)
{
  Edit *edit;

  g_return_val_if_fail (FS_IS_EDIT_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->undone->len == 0)
    return FALSE;
  edit = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  apply (edit, TRUE);
  g_ptr_array_add (self->done, edit);
  notify_state (self);
  return TRUE;
}

