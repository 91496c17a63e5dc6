/* fs-workshop-summary.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"

G_BEGIN_DECLS

#define FS_WORKSHOP_SUMMARY_TOP 5

/* What a workshop leaves on a document, for the facilitator to read out at
 * the end: how much the room wrote and voted, what it thinks matters most,
 * and what still has nobody to look after it. The arrays hold the
 * document's own records. */
typedef struct
{
  guint      n_cards;
  guint      n_clusters;
  guint      n_votes;
  guint      n_voters;
  GPtrArray *by_votes;  /* at most FS_WORKSHOP_SUMMARY_TOP cards with votes, most first */
  GPtrArray *by_score;  /* at most FS_WORKSHOP_SUMMARY_TOP rated risks, highest first */
  GPtrArray *no_owner;  /* risks, or a post-mortem's action items, without an owner */
} FsWorkshopSummary;

FsWorkshopSummary *fs_workshop_summary_new  (FsDocument        *document);
void               fs_workshop_summary_free (FsWorkshopSummary *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FsWorkshopSummary, fs_workshop_summary_free)

G_END_DECLS
