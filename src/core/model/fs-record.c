/* fs-record.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "fs-record.h"

typedef struct
{
  GValue  *values;
  char    *extra;
  gboolean filling;
} FsRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FsRecord, fs_record, G_TYPE_OBJECT)

static GType
value_type_for (const FsField *field)
{
  switch (field->type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_CHOICE:
    case FS_FIELD_VOTES:
      return G_TYPE_STRING;
    case FS_FIELD_TEXT_LIST:
      return G_TYPE_STRV;
    case FS_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case FS_FIELD_NUMBER:
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      return G_TYPE_DOUBLE;
    }
}

static GParamSpec *
param_spec_for (const FsField *field)
{
  g_autofree char *dashed = g_strdelimit (g_strdup (field->name), "_", '-');
  const char *name = g_intern_string (dashed);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_VOTES:
      return g_param_spec_string (name, NULL, NULL, "", flags);
    case FS_FIELD_CHOICE:
      return g_param_spec_string (name, NULL, NULL, field->choices[0], flags);
    case FS_FIELD_TEXT_LIST:
      return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, flags);
    case FS_FIELD_BOOLEAN:
      return g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
    case FS_FIELD_NUMBER:
      return g_param_spec_double (name, NULL, NULL, field->min, field->max,
                                  CLAMP (0, field->min, field->max), flags);
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      /* The instance's default is NaN, "not given", which no range can hold. */
      return g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    }
}

static void
init_default (GValue        *value,
              const FsField *field)
{
  g_value_init (value, value_type_for (field));
  switch (field->type)
    {
    case FS_FIELD_TEXT:
    case FS_FIELD_VOTES:
      g_value_set_static_string (value, "");
      break;
    case FS_FIELD_CHOICE:
      g_value_set_static_string (value, field->choices[0]);
      break;
    case FS_FIELD_TEXT_LIST:
      g_value_take_boxed (value, g_new0 (char *, 1));
      break;
    case FS_FIELD_BOOLEAN:
      break;
    case FS_FIELD_NUMBER:
      g_value_set_double (value, CLAMP (0, field->min, field->max));
      break;
    case FS_FIELD_OPTIONAL_NUMBER:
    default:
      g_value_set_double (value, NAN);
      break;
    }
}

static GValue *
slot_for (FsRecord *self,
          guint     field)
{
  FsRecordPrivate *priv = fs_record_get_instance_private (self);

  g_assert (field < FS_RECORD_GET_CLASS (self)->schema->n_fields);
  return &priv->values[field];
}

/* Records are filled by the thousand when a file is read, long before
 * anything watches them; GLib 2.74 would queue a notification all the same. */
static void
notify_field (FsRecord *self,
              guint     field)
{
  static guint notify_id;
  GParamSpec *pspec = FS_RECORD_GET_CLASS (self)->pspecs[field];

  if (((FsRecordPrivate *) fs_record_get_instance_private (self))->filling)
    return;
  if (G_UNLIKELY (notify_id == 0))
    notify_id = g_signal_lookup ("notify", G_TYPE_OBJECT);
  if (g_signal_handler_find (self, G_SIGNAL_MATCH_ID, notify_id, 0, NULL, NULL, NULL) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  if (FS_RECORD_GET_CLASS (self)->field_changed != NULL)
    FS_RECORD_GET_CLASS (self)->field_changed (self, field);
}

static void
fs_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_copy (slot_for (FS_RECORD (object), prop_id - 1), value);
}

static void
set_from_value (FsRecord     *self,
                guint         field,
                const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    fs_record_set_text (self, field, g_value_get_string (value));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    fs_record_set_boolean (self, field, g_value_get_boolean (value));
  else if (G_VALUE_HOLDS_DOUBLE (value))
    fs_record_set_number (self, field, g_value_get_double (value));
  else
    fs_record_set_list (self, field, g_value_get_boxed (value));
}

static void
fs_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  set_from_value (FS_RECORD (object), prop_id - 1, value);
}

static void
fs_record_constructed (GObject *object)
{
  FsRecord *self = FS_RECORD (object);
  FsRecordPrivate *priv = fs_record_get_instance_private (self);
  const FsSchema *schema = FS_RECORD_GET_CLASS (self)->schema;

  G_OBJECT_CLASS (fs_record_parent_class)->constructed (object);

  g_assert (schema != NULL);
  priv->values = g_new0 (GValue, schema->n_fields);
  for (guint i = 0; i < schema->n_fields; i++)
    init_default (&priv->values[i], &schema->fields[i]);
}

static void
fs_record_finalize (GObject *object)
{
  FsRecord *self = FS_RECORD (object);
  FsRecordPrivate *priv = fs_record_get_instance_private (self);
  const FsSchema *schema = FS_RECORD_GET_CLASS (self)->schema;

  for (guint i = 0; priv->values != NULL && i < schema->n_fields; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->extra, g_free);

  G_OBJECT_CLASS (fs_record_parent_class)->finalize (object);
}

static void
fs_record_class_init (FsRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = fs_record_constructed;
  object_class->finalize = fs_record_finalize;
}

static void
fs_record_init (FsRecord *self)
{
}

/* Called from a subclass's class_init: one property a field, in field order,
 * so that a field's index is its property id minus one. */
void
fs_record_class_set_schema (FsRecordClass  *klass,
                            const FsSchema *schema)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (FS_IS_RECORD_CLASS (klass));
  g_return_if_fail (schema != NULL);

  /* GObject does not inherit these two: each class with properties sets them. */
  object_class->get_property = fs_record_get_property;
  object_class->set_property = fs_record_set_property;
  klass->schema = schema;
  klass->pspecs = g_new0 (GParamSpec *, schema->n_fields + 1);
  for (guint i = 0; i < schema->n_fields; i++)
    klass->pspecs[i + 1] = param_spec_for (&schema->fields[i]);
  g_object_class_install_properties (object_class, schema->n_fields + 1, klass->pspecs);
  klass->pspecs++;
}

const FsSchema *
fs_record_get_schema (FsRecord *self)
{
  g_return_val_if_fail (FS_IS_RECORD (self), NULL);

  return FS_RECORD_GET_CLASS (self)->schema;
}

const char *
fs_record_get_text (FsRecord *self,
                    guint     field)
{
  g_return_val_if_fail (FS_IS_RECORD (self), NULL);

  return g_value_get_string (slot_for (self, field));
}

void
fs_record_set_text (FsRecord   *self,
                    guint       field,
                    const char *value)
{
  GValue *slot;

  g_return_if_fail (FS_IS_RECORD (self));

  slot = slot_for (self, field);
  g_return_if_fail (G_VALUE_HOLDS_STRING (slot));

  if (value == NULL)
    value = "";
  g_return_if_fail (fs_record_get_schema (self)->fields[field].type != FS_FIELD_CHOICE ||
                    fs_field_is_choice (&fs_record_get_schema (self)->fields[field], value));
  if (g_strcmp0 (g_value_get_string (slot), value) == 0)
    return;
  g_value_set_string (slot, value);
  notify_field (self, field);
}

const char * const *
fs_record_get_list (FsRecord *self,
                    guint     field)
{
  g_return_val_if_fail (FS_IS_RECORD (self), NULL);

  return g_value_get_boxed (slot_for (self, field));
}

void
fs_record_take_list (FsRecord  *self,
                     guint      field,
                     char     **value)
{
  GValue *slot;

  g_return_if_fail (FS_IS_RECORD (self));

  slot = slot_for (self, field);
  g_return_if_fail (G_VALUE_HOLDS (slot, G_TYPE_STRV));

  if (value == NULL)
    value = g_new0 (char *, 1);
  if (g_strv_equal ((const char * const *) value, g_value_get_boxed (slot)))
    {
      g_strfreev (value);
      return;
    }
  g_value_take_boxed (slot, value);
  notify_field (self, field);
}

void
fs_record_set_list (FsRecord           *self,
                    guint               field,
                    const char * const *value)
{
  fs_record_take_list (self, field, g_strdupv ((char **) value));
}

gboolean
fs_record_get_boolean (FsRecord *self,
                       guint     field)
{
  g_return_val_if_fail (FS_IS_RECORD (self), FALSE);

  return g_value_get_boolean (slot_for (self, field));
}

void
fs_record_set_boolean (FsRecord *self,
                       guint     field,
                       gboolean  value)
{
  GValue *slot;

  g_return_if_fail (FS_IS_RECORD (self));

  slot = slot_for (self, field);
  g_return_if_fail (G_VALUE_HOLDS_BOOLEAN (slot));

  if (g_value_get_boolean (slot) == !!value)
    return;
  g_value_set_boolean (slot, !!value);
  notify_field (self, field);
}

double
fs_record_get_number (FsRecord *self,
                      guint     field)
{
  g_return_val_if_fail (FS_IS_RECORD (self), NAN);

  return g_value_get_double (slot_for (self, field));
}

void
fs_record_set_number (FsRecord *self,
                      guint     field,
                      double    value)
{
  GValue *slot;
  double old;

  g_return_if_fail (FS_IS_RECORD (self));

  slot = slot_for (self, field);
  g_return_if_fail (G_VALUE_HOLDS_DOUBLE (slot));

  old = g_value_get_double (slot);
  if (old == value || (isnan (old) && isnan (value)))
    return;
  g_value_set_double (slot, value);
  notify_field (self, field);
}

/* Members of the exchange format that this version does not know, kept as a
 * JSON object so that a round trip through an older Foresight loses nothing. */
const char *
fs_record_get_extra (FsRecord *self)
{
  FsRecordPrivate *priv = fs_record_get_instance_private (self);

  g_return_val_if_fail (FS_IS_RECORD (self), NULL);

  return priv->extra;
}

void
fs_record_set_extra (FsRecord   *self,
                     const char *json)
{
  FsRecordPrivate *priv = fs_record_get_instance_private (self);

  g_return_if_fail (FS_IS_RECORD (self));

  g_free (priv->extra);
  priv->extra = (json != NULL && json[0] != '\0') ? g_strdup (json) : NULL;
}

gboolean
fs_record_is_empty (FsRecord *self,
                    guint     field)
{
  const GValue *slot;

  g_return_val_if_fail (FS_IS_RECORD (self), TRUE);

  slot = slot_for (self, field);
  if (G_VALUE_HOLDS_STRING (slot))
    return g_value_get_string (slot)[0] == '\0';
  if (G_VALUE_HOLDS (slot, G_TYPE_STRV))
    return ((char **) g_value_get_boxed (slot))[0] == NULL;
  if (G_VALUE_HOLDS_DOUBLE (slot))
    return isnan (g_value_get_double (slot));
  return FALSE;
}

void
fs_record_copy_values (FsRecord *self,
                       FsRecord *source)
{
  const FsSchema *schema;

  g_return_if_fail (FS_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  schema = fs_record_get_schema (self);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < schema->n_fields; i++)
    set_from_value (self, i, slot_for (source, i));
  fs_record_set_extra (self, fs_record_get_extra (source));
  g_object_thaw_notify (G_OBJECT (self));
}

FsRecord *
fs_record_copy (FsRecord *self)
{
  FsRecord *copy;

  g_return_val_if_fail (FS_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  fs_record_copy_values (copy, self);
  return copy;
}

/* While a new record is being filled, before anything can watch it, its
 * fields change without a word: reading a library or a file fills records
 * by the hundred thousand. */
void
fs_record_set_filling (FsRecord *self,
                       gboolean  filling)
{
  FsRecordPrivate *priv;

  g_return_if_fail (FS_IS_RECORD (self));

  priv = fs_record_get_instance_private (self);
  priv->filling = !!filling;
}
