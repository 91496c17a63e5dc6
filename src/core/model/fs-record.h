/* fs-record.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fs-field.h"

G_BEGIN_DECLS

#define FS_TYPE_RECORD (fs_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (FsRecord, fs_record, FS, RECORD, GObject)

/* A record holds the values of its schema's fields, one GObject property each,
 * so that widgets can bind to them and the store and the exchange format can
 * walk them without knowing the kind of record. */
struct _FsRecordClass
{
  GObjectClass parent_class;

  const FsSchema  *schema;
  GParamSpec    **pspecs;

  /* Called whenever a field takes a new value, watched or not. */
  void          (*field_changed) (FsRecord *self,
                                  guint     field);
};

void                 fs_record_class_set_schema (FsRecordClass      *klass,
                                                 const FsSchema     *schema);
const FsSchema      *fs_record_get_schema       (FsRecord           *self);
const char          *fs_record_get_text         (FsRecord           *self,
                                                 guint               field);
void                 fs_record_set_text         (FsRecord           *self,
                                                 guint               field,
                                                 const char         *value);
const char * const  *fs_record_get_list         (FsRecord           *self,
                                                 guint               field);
void                 fs_record_set_list         (FsRecord           *self,
                                                 guint               field,
                                                 const char * const *value);
void                 fs_record_take_list        (FsRecord           *self,
                                                 guint               field,
                                                 char              **value);
gboolean             fs_record_get_boolean      (FsRecord           *self,
                                                 guint               field);
void                 fs_record_set_boolean      (FsRecord           *self,
                                                 guint               field,
                                                 gboolean            value);
double               fs_record_get_number       (FsRecord           *self,
                                                 guint               field);
void                 fs_record_set_number       (FsRecord           *self,
                                                 guint               field,
                                                 double              value);
const char          *fs_record_get_extra        (FsRecord           *self);
void                 fs_record_set_extra        (FsRecord           *self,
                                                 const char         *json);
void                 fs_record_copy_values      (FsRecord           *self,
                                                 FsRecord           *source);
FsRecord            *fs_record_copy             (FsRecord           *self);
gboolean             fs_record_is_empty         (FsRecord           *self,
                                                 guint               field);
void                 fs_record_set_filling      (FsRecord           *self,
                                                 gboolean            filling);

/* Defines a final record type whose fields are those of SCHEMA. */
#define FS_DEFINE_RECORD(TypeName, type_name, SCHEMA)                         \
  struct _##TypeName { FsRecord parent_instance; };                           \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, FS_TYPE_RECORD)                   \
  static void type_name##_class_init (TypeName##Class *klass)                 \
  {                                                                           \
    fs_record_class_set_schema (FS_RECORD_CLASS (klass), SCHEMA);             \
  }                                                                           \
  static void type_name##_init (TypeName *self) { }

G_END_DECLS
