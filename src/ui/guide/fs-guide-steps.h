/* fs-guide-steps.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-guide-step.h"

G_BEGIN_DECLS

/* The steps that hold more than their answers; every other step shows just
 * its parts (fs_guide_step_add_parts). */
void fs_guide_step_build_overview (FsGuideStep *step);
void fs_guide_step_build_risks    (FsGuideStep *step);
void fs_guide_step_build_review   (FsGuideStep *step);
void fs_guide_step_build_incident (FsGuideStep *step);
GtkWidget *fs_guide_premortem_link_new (FsDocument *document);
GtkWidget *fs_guide_premortem_summary_new (FsDocument *document,
                                           guint       incident_step);
GtkWidget *fs_guide_timeline_new  (FsDocument  *document);

const char *fs_guide_progress_icon_name (FsMethodProgress progress);
const char *fs_guide_progress_label     (FsMethodProgress progress);

G_END_DECLS
