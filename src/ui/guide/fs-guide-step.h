/* fs-guide-step.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-document.h"
#include "fs-edit-history.h"
#include "fs-method.h"

G_BEGIN_DECLS

#define FS_TYPE_GUIDE_STEP (fs_guide_step_get_type ())

G_DECLARE_FINAL_TYPE (FsGuideStep, fs_guide_step, FS, GUIDE_STEP, GtkWidget)

GtkWidget          *fs_guide_step_new              (FsDocument         *document,
                                                    FsEditHistory      *history,
                                                    guint               index);
FsDocument         *fs_guide_step_get_document     (FsGuideStep        *self);
guint               fs_guide_step_get_index        (FsGuideStep        *self);
const FsMethodStep *fs_guide_step_get_method_step  (FsGuideStep        *self);
FsEditHistory      *fs_guide_step_get_history      (FsGuideStep        *self);
void                fs_guide_step_append           (FsGuideStep        *self,
                                                    GtkWidget          *widget);
void                fs_guide_step_add_parts        (FsGuideStep        *self);
GtkWidget          *fs_guide_step_add_field        (FsGuideStep        *self,
                                                    AdwPreferencesGroup *group,
                                                    guint               field,
                                                    const char         *label);

G_END_DECLS
