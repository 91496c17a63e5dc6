/* fs-window-private.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-action-items-view.h"
#include "fs-document-view.h"
#include "fs-library-view.h"
#include "fs-settings.h"
#include "fs-window.h"

G_BEGIN_DECLS

typedef struct _FsWindowLink FsWindowLink;

struct _FsWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkMenuButton        *new_button;
  GtkMenuButton        *primary_menu_button;
  GtkMenuButton        *examples_button;
  GMenuModel           *new_menu;
  GMenuModel           *primary_menu;
  GMenuModel           *examples_menu;
  AdwLeaflet           *leaflet;
  GtkListBox           *places_list;
  GtkLabel             *open_items_label;
  FsLibraryView        *library_view;
  GtkStack             *content_stack;
  AdwStatusPage        *welcome_page;
  AdwStatusPage        *unavailable_page;
  GtkWidget            *open_backup_button;
  GtkWidget            *new_library_button;
  FsDocumentView       *document_view;
  FsActionItemsView    *action_items_view;

  FsStore              *store;
  FsSettings           *settings;
  FsDocument           *document;
  FsWorkshop           *workshop;    /* while the window runs a workshop */
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  guint                 autosave_id;
  gboolean              unsaved;     /* the open document has edits not yet in the store */
  gboolean              save_failed; /* the last save failed: said once, retried */
  gboolean              saving;      /* the store's "changed" is the window's own save */
  guint                 chain_load_id;
  FsWindowLink         *unlinked;    /* the link the last unlink took away, for its undo */
};

void         fs_window_class_add_actions      (GtkWidgetClass *widget_class);
void         fs_window_class_add_file_actions (GtkWidgetClass *widget_class);
void         fs_window_class_add_workshop_actions (GtkWidgetClass *widget_class);
void         fs_window_init_workshop          (FsWindow       *self);
GdkMonitor  *fs_window_get_workshop_monitor   (FsWindow       *self);
gboolean     fs_window_is_in_workshop         (FsWindow       *self);
void         fs_window_leave_workshop         (FsWindow       *self);
void         fs_window_show_error             (FsWindow       *self,
                                               const char     *heading,
                                               const char     *body);
void         fs_window_show_toast             (FsWindow       *self,
                                               AdwToast       *toast);
FsDocument  *fs_window_get_document_by_id     (FsWindow       *self,
                                               const char     *id,
                                               GError        **error);
gboolean     fs_window_save_document          (FsWindow       *self,
                                               FsDocument     *document);
void         fs_window_close_document         (FsWindow       *self);
void         fs_window_set_open_document      (FsWindow       *self,
                                               FsDocument     *document);
void         fs_window_save_pending           (FsWindow       *self);
void         fs_window_library_closing        (FsWindow       *self);
void         fs_window_update_content         (FsWindow       *self);
void         fs_window_class_add_export_actions (GtkWidgetClass *widget_class);
void         fs_window_class_add_chain_actions (GtkWidgetClass *widget_class);
void         fs_window_load_chain             (FsWindow       *self);
void         fs_window_queue_chain_load       (FsWindow       *self);
void         fs_window_link_free              (FsWindowLink   *link);
FsDocumentView    *fs_window_get_document_view     (FsWindow *self);
FsActionItemsView *fs_window_get_action_items_view (FsWindow *self);
GtkFileFilter *fs_window_json_filter          (void);

G_END_DECLS
