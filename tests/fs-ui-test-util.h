/* fs-ui-test-util.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*FsTestCondition) (gpointer data);

void       fs_ui_test_wait_until   (FsTestCondition  condition,
                                    gpointer         data);
void       fs_ui_test_settle       (void);
GdkTexture *fs_ui_test_render       (GtkWidget       *widget);
guchar    *fs_ui_test_render_pixels (GtkWidget      *widget,
                                    int             *width,
                                    int             *height);
void       fs_ui_test_screenshot   (GtkWidget       *widget,
                                    const char      *name);
GtkWidget *fs_ui_test_find         (GtkWidget       *root,
                                    GType            type);
GtkWidget *fs_ui_test_find_named   (GtkWidget       *root,
                                    const char      *name);
GtkWidget *fs_ui_test_find_by_id    (GtkWidget       *root,
                                    const char      *id);
GtkWidget *fs_ui_test_find_by_class (GtkWidget      *root,
                                    const char      *css_class);
GtkWidget *fs_ui_test_find_action_button (GtkWidget *root,
                                    const char      *action);
GtkLabel  *fs_ui_test_find_label   (GtkWidget       *root,
                                    const char      *text);
GtkWindow *fs_ui_test_find_dialog  (GType            type);
void       fs_ui_test_park_pointer (void);
void       fs_ui_test_press_keys   (const char      *keys);
void       fs_ui_test_wait_for_visible (GtkWidget   *widget,
                                    gboolean         visible);
void       fs_ui_test_close_popovers (GtkWidget   *root);
gboolean   fs_ui_test_pointer_move (GtkWidget       *widget,
                                    double           x,
                                    double           y);
void       fs_ui_test_pointer_button (gboolean       down);

G_END_DECLS
