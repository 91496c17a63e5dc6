/* fs-chain.h
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fs-document.h"
#include "fs-summary.h"

G_BEGIN_DECLS

/* Where a post-mortem's linked pre-mortem is. */
typedef enum
{
  FS_CHAIN_UNLINKED,  /* no pre-mortem linked */
  FS_CHAIN_FOUND,     /* in the library */
  FS_CHAIN_DELETED,   /* deleted; it comes back with an undo or a new import */
  FS_CHAIN_ABSENT,    /* never in this library, or purged */
} FsChainState;

#define FS_TYPE_CHAIN (fs_chain_get_type ())

/* A pre-mortem and the post-mortems linked to it, as one document of the
 * chain sees them: a post-mortem its pre-mortem (and the severity levels
 * the library's other post-mortems use), a pre-mortem its links. It is read
 * from the library when the document is shown or exported, not changed once
 * attached to a document, and may be read from any thread. */
G_DECLARE_FINAL_TYPE (FsChain, fs_chain, FS, CHAIN, GObject)

FsChain      *fs_chain_new_for_postmortem (FsChainState  state,
                                           FsDocument   *premortem);
FsChain      *fs_chain_new_for_premortem  (GListModel   *links);
FsChainState  fs_chain_get_state          (FsChain      *self);
FsDocument   *fs_chain_get_premortem      (FsChain      *self);
GListModel   *fs_chain_get_links          (FsChain      *self);
GPtrArray    *fs_chain_dup_risks_anticipated_by (FsChain    *self,
                                                 FsDocument *postmortem);
GPtrArray    *fs_chain_dup_links_of_risk  (FsChain      *self,
                                           const char   *risk_id);
guint         fs_chain_count_foreseen     (FsChain      *self);
gboolean      fs_chain_same               (FsChain      *a,
                                           FsChain      *b);
const char * const *fs_chain_get_team_levels (FsChain   *self);
void          fs_chain_set_team_levels    (FsChain      *self,
                                           const char * const *levels);

/* The link as the post-mortem holds it. */
const char   *fs_document_get_premortem_id  (FsDocument  *postmortem);
void          fs_document_link_premortem    (FsDocument  *postmortem,
                                             const char  *premortem_id);
gboolean      fs_document_anticipated_asked (FsDocument  *postmortem);
gboolean      fs_document_is_anticipated    (FsDocument  *postmortem,
                                             const char  *risk_id);
void          fs_document_set_anticipated   (FsDocument  *postmortem,
                                             const char  *risk_id,
                                             gboolean     anticipated);
void          fs_document_set_none_anticipated (FsDocument *postmortem);

G_END_DECLS
