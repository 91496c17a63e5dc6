/* fs-record-list-editor.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-edit-history.h"

G_BEGIN_DECLS

/* A field that holds the id of an item of another list of the document,
 * chosen by that item's name: a risk's cluster, an action item's cause. */
typedef struct
{
  FsDocumentList  list;
  guint           id_field;
  guint           name_field;
  const char     *none_label; /* translated */
} FsListReference;

/* One field of the items that the editor shows, in the order given; the
 * first one titles each item. */
typedef struct
{
  guint                  field;
  const char            *label;     /* translated */
  const FsListReference *reference; /* NULL for a field edited as its type says */
} FsListColumn;

typedef enum
{
  FS_RECORD_LIST_EDITOR_NUMBERED   = 1 << 0, /* ordered list: titles read "1. …" */
  FS_RECORD_LIST_EDITOR_BRAINSTORM = 1 << 1, /* an entry at the top: type, Enter, next */
} FsRecordListEditorFlags;

typedef char *(*FsRecordDescribeFunc) (FsRecord *item,
                                       gpointer  data);
/* Where the item at POSITION belongs once edited, or -1 where it is. */
typedef int   (*FsRecordPlaceFunc)    (FsDocument *document,
                                       guint       position);

/* A widget to show beside an item's title, or NULL. */
typedef GtkWidget *(*FsRecordBadgeFunc) (FsRecord *item,
                                         gpointer  data);

#define FS_TYPE_RECORD_LIST_EDITOR (fs_record_list_editor_get_type ())

G_DECLARE_FINAL_TYPE (FsRecordListEditor, fs_record_list_editor, FS, RECORD_LIST_EDITOR,
                      AdwPreferencesGroup)

GtkWidget *fs_record_list_editor_new                   (FsDocument              *document,
                                                        FsDocumentList           list,
                                                        FsEditHistory           *history,
                                                        const char              *title,
                                                        const char              *description,
                                                        const char              *add_label,
                                                        const FsListColumn      *columns,
                                                        guint                    n_columns,
                                                        FsRecordListEditorFlags  flags);
void       fs_record_list_editor_set_describe_func     (FsRecordListEditor      *self,
                                                        FsRecordDescribeFunc     describe,
                                                        gpointer                 data,
                                                        GDestroyNotify           destroy);
void       fs_record_list_editor_set_badge_func        (FsRecordListEditor      *self,
                                                        FsRecordBadgeFunc        badge,
                                                        gpointer                 data);
void       fs_record_list_editor_refresh_badges        (FsRecordListEditor      *self);
void       fs_record_list_editor_set_place_func        (FsRecordListEditor      *self,
                                                        FsRecordPlaceFunc        place);
void       fs_record_list_editor_set_placeholder       (FsRecordListEditor      *self,
                                                        const char              *untitled);
void       fs_record_list_editor_set_brainstorm_title  (FsRecordListEditor      *self,
                                                        const char              *title);
void       fs_record_list_editor_add_header_widget    (FsRecordListEditor      *self,
                                                        GtkWidget               *widget);
void       fs_record_list_editor_expand                (FsRecordListEditor      *self,
                                                        guint                    position);

G_END_DECLS
