/* fs-voting.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"
#include "fs-edit-history.h"

G_BEGIN_DECLS

/* Dot voting on a document's cards (a pre-mortem's risks, a post-mortem's
 * causes): each voter has an allowance of votes to give, several to one
 * card if they like, and can take a vote back. The votes live on the cards,
 * and each one given or taken back is a step of the document's history. */

#define FS_TYPE_VOTING (fs_voting_get_type ())

G_DECLARE_FINAL_TYPE (FsVoting, fs_voting, FS, VOTING, GObject)

#define FS_VOTING_DEFAULT_ALLOWANCE 3

FsVoting   *fs_voting_new            (FsDocument    *document,
                                      FsEditHistory *history);
guint       fs_voting_get_allowance  (FsVoting      *self);
void        fs_voting_set_allowance  (FsVoting      *self,
                                      guint          allowance);
guint       fs_voting_get_used       (FsVoting      *self,
                                      const char    *voter);
guint       fs_voting_get_left       (FsVoting      *self,
                                      const char    *voter);
gboolean    fs_voting_cast           (FsVoting      *self,
                                      FsRecord      *card,
                                      const char    *voter);
gboolean    fs_voting_take_back      (FsVoting      *self,
                                      FsRecord      *card,
                                      const char    *voter);

guint       fs_voting_count          (FsRecord      *card);
guint       fs_voting_count_by       (FsRecord      *card,
                                      const char    *voter);
GPtrArray  *fs_voting_rank           (FsDocument    *document);
GStrv       fs_voting_default_voters (FsDocument    *document,
                                      guint          anonymous);
GStrv       fs_voting_anonymous_voters (guint        n);

G_END_DECLS
