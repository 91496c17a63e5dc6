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
void       fs_ui_test_screenshot   (GtkWidget       *widget,
                                    const char      *name);
GtkWidget *fs_ui_test_find         (GtkWidget       *root,
                                    GType            type);
GtkWindow *fs_ui_test_find_dialog  (GType            type);
void       fs_ui_test_park_pointer (void);
void       fs_ui_test_press_keys   (const char      *keys);
void       fs_ui_test_close_popovers (GtkWidget   *root);

G_END_DECLS
