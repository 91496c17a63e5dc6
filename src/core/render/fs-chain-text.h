/* fs-chain-text.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-chain.h"

G_BEGIN_DECLS

/* What the exports say of a document's chain (fs-chain-text.c): the same
 * words in Markdown and on the page. Each export lays them out and writes
 * the numbers as its risk table does. Only the renderers use these. */

/* A post-mortem's side: its pre-mortem, if it can be shown, else why not. */
gboolean     fs_chain_text_is_linked          (FsDocument *postmortem);
FsDocument  *fs_chain_text_get_premortem      (FsDocument *postmortem);
const char  *fs_chain_text_why_not_shown      (FsDocument *postmortem);
GPtrArray   *fs_chain_text_dup_anticipated    (FsDocument *postmortem);
const char  *fs_chain_text_verdict            (FsDocument *postmortem,
                                               guint       n_anticipated);
char        *fs_chain_text_risk_with_score    (FsRecord   *risk,
                                               const char *score);

/* A pre-mortem's side: the post-mortems linked to it. */
GListModel  *fs_chain_text_get_links          (FsDocument *premortem);
char        *fs_chain_text_happened           (FsDocument *premortem,
                                               FsRecord   *risk);
const char  *fs_chain_text_link_title         (FsRecord   *link);
char        *fs_chain_text_link_outcome       (FsDocument *premortem,
                                               FsRecord   *link);

const char  *fs_chain_text_title              (const char *title);
const char  *fs_chain_text_risk_title         (FsRecord   *risk);

G_END_DECLS
