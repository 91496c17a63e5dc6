/* fs-chain.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-chain.h"

struct _FsChain
{
  GObject       parent_instance;

  FsChainState  state;
  FsDocument   *premortem;
  GListModel   *links;
  GStrv         team_levels;
};

G_DEFINE_FINAL_TYPE (FsChain, fs_chain, G_TYPE_OBJECT)

static void
fs_chain_finalize (GObject *object)
{
  FsChain *self = FS_CHAIN (object);

  g_clear_object (&self->premortem);
  g_clear_object (&self->links);
  g_clear_pointer (&self->team_levels, g_strfreev);

  G_OBJECT_CLASS (fs_chain_parent_class)->finalize (object);
}

static void
fs_chain_class_init (FsChainClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fs_chain_finalize;
}

static void
fs_chain_init (FsChain *self)
{
  self->links = G_LIST_MODEL (g_list_store_new (FS_TYPE_LINK_ENTRY));
}

/* PREMORTEM is taken as it is now: pass a copy of one still being edited. */
FsChain *
fs_chain_new_for_postmortem (FsChainState  state,
                             FsDocument   *premortem)
{
  FsChain *self = g_object_new (FS_TYPE_CHAIN, NULL);

  g_return_val_if_fail ((state == FS_CHAIN_FOUND) == (premortem != NULL), self);

  self->state = state;
  if (premortem != NULL)
    self->premortem = g_object_ref (premortem);
  return self;
}

FsChain *
fs_chain_new_for_premortem (GListModel *links)
{
  FsChain *self = g_object_new (FS_TYPE_CHAIN, NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (links), self);

  g_set_object (&self->links, links);
  return self;
}

FsChainState
fs_chain_get_state (FsChain *self)
{
  g_return_val_if_fail (FS_IS_CHAIN (self), FS_CHAIN_UNLINKED);

  return self->state;
}

FsDocument *
fs_chain_get_premortem (FsChain *self)
{
  g_return_val_if_fail (FS_IS_CHAIN (self), NULL);

  return self->premortem;
}

/* FsLinkEntry records; empty on a post-mortem's chain. */
GListModel *
fs_chain_get_links (FsChain *self)
{
  g_return_val_if_fail (FS_IS_CHAIN (self), NULL);

  return self->links;
}

/* The pre-mortem's risks that POSTMORTEM was an instance of, in the
 * pre-mortem's order; risks removed since are left out. */
GPtrArray *
fs_chain_dup_risks_anticipated_by (FsChain    *self,
                                   FsDocument *postmortem)
{
  GPtrArray *risks = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  g_return_val_if_fail (FS_IS_CHAIN (self), risks);
  g_return_val_if_fail (FS_IS_DOCUMENT (postmortem), risks);

  if (self->premortem == NULL)
    return risks;
  list = G_LIST_MODEL (fs_document_get_list (self->premortem, FS_DOCUMENT_RISKS));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (list, i);

      if (fs_document_is_anticipated (postmortem, fs_record_get_text (risk, FS_RISK_ID)))
        g_ptr_array_add (risks, g_steal_pointer (&risk));
    }
  return risks;
}

/* The links (FsLinkEntry) whose incident was an instance of the risk. */
GPtrArray *
fs_chain_dup_links_of_risk (FsChain    *self,
                            const char *risk_id)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (FS_IS_CHAIN (self), links);

  for (guint i = 0; i < g_list_model_get_n_items (self->links); i++)
    {
      g_autoptr(FsRecord) link = g_list_model_get_item (self->links, i);

      if (fs_link_entry_anticipated (link, risk_id))
        g_ptr_array_add (links, g_steal_pointer (&link));
    }
  return links;
}

/* The linked incidents that were an instance of at least one risk. */
guint
fs_chain_count_foreseen (FsChain *self)
{
  guint count = 0;

  g_return_val_if_fail (FS_IS_CHAIN (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (self->links); i++)
    {
      g_autoptr(FsRecord) link = g_list_model_get_item (self->links, i);

      count += fs_record_get_list (link, FS_LINK_ENTRY_ANTICIPATED)[0] != NULL;
    }
  return count;
}

static gboolean
same_links (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FsRecord) first = g_list_model_get_item (a, i);
      g_autoptr(FsRecord) second = g_list_model_get_item (b, i);
      const char * const *x = fs_record_get_list (first, FS_LINK_ENTRY_ANTICIPATED);
      const char * const *y = fs_record_get_list (second, FS_LINK_ENTRY_ANTICIPATED);

      for (guint f = FS_LINK_ENTRY_POSTMORTEM_ID; f <= FS_LINK_ENTRY_PREMORTEM_ID; f++)
        if (!g_str_equal (fs_record_get_text (first, f), fs_record_get_text (second, f)))
          return FALSE;
      if (fs_record_get_boolean (first, FS_LINK_ENTRY_ASKED) !=
          fs_record_get_boolean (second, FS_LINK_ENTRY_ASKED) ||
          !g_strv_equal (x, y))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_premortem (FsDocument *a,
                FsDocument *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_str_equal (fs_document_get_id (a), fs_document_get_id (b)) &&
         g_str_equal (fs_record_get_text (FS_RECORD (a), FS_DOCUMENT_MODIFIED),
                      fs_record_get_text (FS_RECORD (b), FS_DOCUMENT_MODIFIED));
}

static gboolean
same_levels (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

/* Whether the two say the same: a chain read again after an unrelated
 * change need not be shown again. */
gboolean
fs_chain_same (FsChain *a,
               FsChain *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->state == b->state && same_premortem (a->premortem, b->premortem) &&
         same_links (a->links, b->links) &&
         same_levels ((const char * const *) a->team_levels, (const char * const *) b->team_levels);
}

/* The severities other post-mortems of the library were given, one a
 * level however it was spelled; NULL until read. */
const char * const *
fs_chain_get_team_levels (FsChain *self)
{
  g_return_val_if_fail (FS_IS_CHAIN (self), NULL);

  return (const char * const *) self->team_levels;
}

void
fs_chain_set_team_levels (FsChain            *self,
                          const char * const *levels)
{
  g_return_if_fail (FS_IS_CHAIN (self));

  g_strfreev (self->team_levels);
  self->team_levels = g_strdupv ((GStrv) levels);
}

const char *
fs_document_get_premortem_id (FsDocument *postmortem)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (postmortem), "");

  return fs_record_get_text (FS_RECORD (postmortem), FS_DOCUMENT_PREMORTEM);
}

/* Another pre-mortem's risks are other risks: the answers given about the
 * last one are cleared. NULL or "" unlinks. */
void
fs_document_link_premortem (FsDocument *postmortem,
                            const char *premortem_id)
{
  const char * const none[] = { NULL };
  FsRecord *record = FS_RECORD (postmortem);

  g_return_if_fail (FS_IS_DOCUMENT (postmortem));

  if (premortem_id == NULL)
    premortem_id = "";
  if (g_str_equal (fs_document_get_premortem_id (postmortem), premortem_id))
    return;
  fs_record_set_list (record, FS_DOCUMENT_ANTICIPATED, none);
  fs_record_set_boolean (record, FS_DOCUMENT_ANTICIPATED_ASKED, FALSE);
  fs_record_set_text (record, FS_DOCUMENT_PREMORTEM, premortem_id);
}

gboolean
fs_document_anticipated_asked (FsDocument *postmortem)
{
  g_return_val_if_fail (FS_IS_DOCUMENT (postmortem), FALSE);

  return fs_record_get_boolean (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED_ASKED);
}

gboolean
fs_document_is_anticipated (FsDocument *postmortem,
                            const char *risk_id)
{
  const char * const *anticipated;

  g_return_val_if_fail (FS_IS_DOCUMENT (postmortem), FALSE);

  anticipated = fs_record_get_list (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED);
  return risk_id != NULL && risk_id[0] != '\0' && g_strv_contains (anticipated, risk_id);
}

/* Answering for one risk answers the question: the list is no longer
 * "not asked", even when it ends empty. */
void
fs_document_set_anticipated (FsDocument *postmortem,
                             const char *risk_id,
                             gboolean    anticipated)
{
  FsRecord *record = FS_RECORD (postmortem);
  const char * const *old;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_return_if_fail (FS_IS_DOCUMENT (postmortem));
  g_return_if_fail (risk_id != NULL && risk_id[0] != '\0');

  old = fs_record_get_list (record, FS_DOCUMENT_ANTICIPATED);
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_equal (old[i], risk_id))
      g_strv_builder_add (builder, old[i]);
  if (anticipated)
    g_strv_builder_add (builder, risk_id);
  list = g_strv_builder_end (builder);
  fs_record_set_boolean (record, FS_DOCUMENT_ANTICIPATED_ASKED, TRUE);
  fs_record_set_list (record, FS_DOCUMENT_ANTICIPATED, (const char * const *) list);
}

void
fs_document_set_none_anticipated (FsDocument *postmortem)
{
  const char * const none[] = { NULL };

  g_return_if_fail (FS_IS_DOCUMENT (postmortem));

  fs_record_set_list (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED, none);
  fs_record_set_boolean (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED_ASKED, TRUE);
}
