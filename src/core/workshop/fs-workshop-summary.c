/* fs-workshop-summary.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fs-items.h"
#include "fs-voting.h"
#include "fs-votes.h"
#include "fs-workshop-summary.h"

static gboolean
is_premortem (FsDocument *document)
{
  return fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM;
}

static GListModel *
list_of (FsDocument     *document,
         FsDocumentList  list)
{
  return G_LIST_MODEL (fs_document_get_list (document, list));
}

static void
count_votes (FsWorkshopSummary *self,
             GListModel        *cards,
             guint              field)
{
  g_autoptr(GHashTable) voters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(FsRecord) card = g_list_model_get_item (cards, i);
      g_autoptr(GPtrArray) votes = fs_votes_parse (fs_record_get_text (card, field));

      for (guint j = 0; j < votes->len; j++)
        {
          FsVote *vote = g_ptr_array_index (votes, j);

          self->n_votes += vote->count;
          if (vote->count > 0)
            g_hash_table_add (voters, g_strdup (vote->by));
        }
    }
  self->n_voters = g_hash_table_size (voters);
}

/* A post-mortem has no clusters of its own: the layers its causes are
 * sorted into stand for them. */
static guint
count_areas (GListModel *causes)
{
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
    {
      g_autoptr(FsRecord) cause = g_list_model_get_item (causes, i);

      g_hash_table_add (areas, (gpointer) g_intern_string (fs_record_get_text (cause, FS_CAUSE_AREA)));
    }
  return g_hash_table_size (areas);
}

typedef struct
{
  FsRisk *risk;
  double  score;
  guint   position;
} Rated;

/* Highest first; board order breaks ties. */
static int
by_score (gconstpointer a,
          gconstpointer b)
{
  const Rated *ra = a;
  const Rated *rb = b;

  if (ra->score != rb->score)
    return ra->score < rb->score ? 1 : -1;
  return (ra->position > rb->position) - (ra->position < rb->position);
}

static GPtrArray *
top_by_score (GListModel *risks)
{
  g_autoptr(GArray) rated = g_array_new (FALSE, FALSE, sizeof (Rated));
  GPtrArray *top = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(FsRisk) risk = g_list_model_get_item (risks, i);
      Rated entry = { risk, fs_risk_get_score (risk), i };

      if (entry.score > 0)
        g_array_append_val (rated, entry);
    }
  g_array_sort (rated, by_score);
  for (guint i = 0; i < rated->len && i < FS_WORKSHOP_SUMMARY_TOP; i++)
    g_ptr_array_add (top, g_object_ref (g_array_index (rated, Rated, i).risk));
  return top;
}

static GPtrArray *
top_by_votes (FsDocument *document)
{
  GPtrArray *ranked = fs_voting_rank (document);
  guint n = 0;

  while (n < ranked->len && n < FS_WORKSHOP_SUMMARY_TOP &&
         fs_voting_count (g_ptr_array_index (ranked, n)) > 0)
    n++;
  g_ptr_array_set_size (ranked, n);
  return ranked;
}

static GPtrArray *
without_owner (GListModel *items,
               guint       owner_field)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      FsRecord *item = g_list_model_get_item (items, i);
      g_autofree char *owner = g_strstrip (g_strdup (fs_record_get_text (item, owner_field)));

      if (owner[0] == '\0')
        g_ptr_array_add (found, item);
      else
        g_object_unref (item);
    }
  return found;
}

FsWorkshopSummary *
fs_workshop_summary_new (FsDocument *document)
{
  FsWorkshopSummary *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  self = g_new0 (FsWorkshopSummary, 1);
  if (is_premortem (document))
    {
      GListModel *risks = list_of (document, FS_DOCUMENT_RISKS);

      self->n_cards = g_list_model_get_n_items (risks);
      self->n_clusters = g_list_model_get_n_items (list_of (document, FS_DOCUMENT_CLUSTERS));
      count_votes (self, risks, FS_RISK_VOTES);
      self->by_score = top_by_score (risks);
      self->no_owner = without_owner (risks, FS_RISK_OWNER);
    }
  else
    {
      GListModel *causes = list_of (document, FS_DOCUMENT_CAUSES);

      self->n_cards = g_list_model_get_n_items (causes);
      self->n_clusters = count_areas (causes);
      count_votes (self, causes, FS_CAUSE_VOTES);
      self->by_score = g_ptr_array_new_with_free_func (g_object_unref);
      self->no_owner = without_owner (list_of (document, FS_DOCUMENT_ACTION_ITEMS), FS_ACTION_ITEM_OWNER);
    }
  self->by_votes = top_by_votes (document);
  return self;
}

void
fs_workshop_summary_free (FsWorkshopSummary *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->by_votes, g_ptr_array_unref);
  g_clear_pointer (&self->by_score, g_ptr_array_unref);
  g_clear_pointer (&self->no_owner, g_ptr_array_unref);
  g_free (self);
}
