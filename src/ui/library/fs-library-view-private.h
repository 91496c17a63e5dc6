/* fs-library-view-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-library-view.h"

G_BEGIN_DECLS

struct _FsLibraryView
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkPopover         *rename_popover;
  GtkEntry           *rename_entry;
  GtkWidget          *context_menu;

  FsStore            *store;
  GListStore         *model;
  GtkSingleSelection *selection;
  char               *selected_id;
  char               *kind;
  char               *status;
  char               *sort;
  char               *rename_when_shown;
  char               *renaming;
  guint               generation;
  guint               pending;

  /* An answer being shown a few rows a frame. */
  GListModel         *target;
  guint               next;
  guint               tick_id;
  char               *keep_selected;
};

void       fs_library_view_show_results           (FsLibraryView  *self,
                                                   GListModel     *result);
void       fs_library_view_finish_applying        (FsLibraryView  *self);
guint      fs_library_view_find_position          (FsLibraryView  *self,
                                                   const char     *id);
void       fs_library_release_later               (gpointer        data,
                                                   GDestroyNotify  release);
void       fs_library_view_class_add_context_menu (GtkWidgetClass *widget_class);
void       fs_library_view_init_context_menu      (FsLibraryView  *self);
GtkWidget *fs_library_view_find_row_widget        (FsLibraryView  *self,
                                                   const char     *id);

G_END_DECLS
