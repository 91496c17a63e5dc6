/* fs-record-list-editor-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-record-list-editor.h"

G_BEGIN_DECLS

typedef struct _FsRecordListItem FsRecordListItem;

struct _FsRecordListEditor
{
  AdwPreferencesGroup      parent_instance;

  FsDocument              *document;
  FsDocumentList           list;
  GListStore              *store;
  FsEditHistory           *history;
  FsListColumn            *columns;
  guint                    n_columns;
  FsRecordListEditorFlags  flags;
  char                    *placeholder;

  FsRecordDescribeFunc     describe;
  gpointer                 describe_data;
  GDestroyNotify           describe_destroy;
  FsRecordBadgeFunc        badge;
  gpointer                 badge_data;
  FsRecordPlaceFunc        place;
  guint                    place_id;

  GtkWidget               *header_box;
  GtkWidget               *add_button;
  GtkListBox              *rows;
  GtkWidget               *brainstorm;
  GtkWidget               *empty_row;
  GtkWidget               *empty_label;

  GPtrArray               *items; /* FsRecordListItem, in the order of the store */
  guint                    advice_id;
};

/* The row of one item of the list. What it shows when expanded is built the
 * first time it expands: most items of a long list are never opened. */
struct _FsRecordListItem
{
  FsRecordListEditor *editor;
  FsRecord           *record;
  guint               position;
  gulong              notify_id;
  GtkWidget          *row;
  GtkWidget          *advice_icon;
  GtkWidget          *badge_box;
  GtkWidget          *first_field;
  GtkWidget          *move_up;
  GtkWidget          *move_down;
  GPtrArray          *advice_rows;
};

void              fs_record_list_editor_queue_place     (FsRecordListEditor *self);
void              fs_record_list_item_move_to           (FsRecordListItem   *item,
                                                         guint               to);
FsRecordListItem *fs_record_list_item_new               (FsRecordListEditor *self,
                                                         FsRecord           *record);
void              fs_record_list_item_free              (FsRecordListItem   *item);
void              fs_record_list_item_show_header       (FsRecordListItem   *item);
void              fs_record_list_item_show_buttons      (FsRecordListItem   *item);
void              fs_record_list_item_show_badge        (FsRecordListItem   *item);
void              fs_record_list_item_show_advice       (FsRecordListEditor *self,
                                                         FsRecordListItem   *item);
void              fs_record_list_item_move              (FsRecordListItem   *item,
                                                         int                 delta);
void              fs_record_list_item_focus_first_field (FsRecordListItem   *item);
gboolean          fs_record_list_focus_inside           (GtkWidget          *widget);

G_END_DECLS
