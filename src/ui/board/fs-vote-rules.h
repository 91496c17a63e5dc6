/* fs-vote-rules.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fs-workshop.h"

G_BEGIN_DECLS

#define FS_TYPE_VOTE_RULES (fs_vote_rules_get_type ())

G_DECLARE_FINAL_TYPE (FsVoteRules, fs_vote_rules, FS, VOTE_RULES, GtkPopover)

GtkWidget *fs_vote_rules_new          (void);
void       fs_vote_rules_set_workshop (FsVoteRules *self,
                                       FsWorkshop  *workshop,
                                       guint        n_people);

G_END_DECLS
