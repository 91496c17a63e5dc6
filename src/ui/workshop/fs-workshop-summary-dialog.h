/* fs-workshop-summary-dialog.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"

G_BEGIN_DECLS

#define FS_TYPE_WORKSHOP_SUMMARY_DIALOG (fs_workshop_summary_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FsWorkshopSummaryDialog, fs_workshop_summary_dialog, FS, WORKSHOP_SUMMARY_DIALOG,
                      AdwWindow)

GtkWidget  *fs_workshop_summary_dialog_new           (GtkWindow  *parent,
                                                      FsDocument *document);
const char *fs_workshop_summary_dialog_get_next_step (FsWorkshopSummaryDialog *self);

G_END_DECLS
