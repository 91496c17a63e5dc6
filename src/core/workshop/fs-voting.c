/* fs-voting.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-voting.h"
#include "fs-votes.h"

struct _FsVoting
{
  GObject        parent_instance;

  FsDocument    *document;
  FsEditHistory *history;
  guint          allowance;
};

G_DEFINE_FINAL_TYPE (FsVoting, fs_voting, G_TYPE_OBJECT)

static FsDocumentList
card_list (FsDocument *document)
{
  return fs_document_get_kind (document) == FS_DOCUMENT_KIND_PREMORTEM ? FS_DOCUMENT_RISKS
                                                                       : FS_DOCUMENT_CAUSES;
}

static guint
votes_field (FsRecord *card)
{
  return FS_IS_RISK (card) ? FS_RISK_VOTES : FS_CAUSE_VOTES;
}

static gboolean
is_card (FsVoting *self,
         FsRecord *card)
{
  guint position;

  return (FS_IS_RISK (card) || FS_IS_CAUSE (card)) &&
         g_list_store_find (fs_document_get_list (self->document, card_list (self->document)),
                            card, &position);
}

static void
fs_voting_dispose (GObject *object)
{
  FsVoting *self = FS_VOTING (object);

  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (fs_voting_parent_class)->dispose (object);
}

static void
fs_voting_class_init (FsVotingClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fs_voting_dispose;
}

static void
fs_voting_init (FsVoting *self)
{
  self->allowance = FS_VOTING_DEFAULT_ALLOWANCE;
}

FsVoting *
fs_voting_new (FsDocument    *document,
               FsEditHistory *history)
{
  FsVoting *self;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FS_IS_EDIT_HISTORY (history), NULL);

  self = g_object_new (FS_TYPE_VOTING, NULL);
  self->document = g_object_ref (document);
  self->history = g_object_ref (history);
  return self;
}

guint
fs_voting_get_allowance (FsVoting *self)
{
  g_return_val_if_fail (FS_IS_VOTING (self), 0);

  return self->allowance;
}

/* Votes already given stay when the allowance shrinks under them; their
 * voters just have none left. */
void
fs_voting_set_allowance (FsVoting *self,
                         guint     allowance)
{
  g_return_if_fail (FS_IS_VOTING (self));

  self->allowance = CLAMP (allowance, 1, FS_VOTES_MAX_COUNT);
}

guint
fs_voting_count (FsRecord *card)
{
  g_return_val_if_fail (FS_IS_RISK (card) || FS_IS_CAUSE (card), 0);

  return fs_votes_total (fs_record_get_text (card, votes_field (card)));
}

guint
fs_voting_count_by (FsRecord   *card,
                    const char *voter)
{
  g_return_val_if_fail (FS_IS_RISK (card) || FS_IS_CAUSE (card), 0);
  g_return_val_if_fail (voter != NULL, 0);

  return fs_votes_by (fs_record_get_text (card, votes_field (card)), voter);
}

guint
fs_voting_get_used (FsVoting   *self,
                    const char *voter)
{
  GListModel *cards;
  guint used = 0;

  g_return_val_if_fail (FS_IS_VOTING (self), 0);
  g_return_val_if_fail (voter != NULL, 0);

  cards = G_LIST_MODEL (fs_document_get_list (self->document, card_list (self->document)));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(FsRecord) card = g_list_model_get_item (cards, i);

      used += fs_voting_count_by (card, voter);
    }
  return used;
}

guint
fs_voting_get_left (FsVoting   *self,
                    const char *voter)
{
  guint used;

  g_return_val_if_fail (FS_IS_VOTING (self), 0);

  used = fs_voting_get_used (self, voter);
  return used < self->allowance ? self->allowance - used : 0;
}

static gboolean
change_vote (FsVoting   *self,
             FsRecord   *card,
             const char *voter,
             int         change)
{
  guint field = votes_field (card);
  g_autofree char *votes = fs_votes_add (fs_record_get_text (card, field), voter, change);

  if (g_str_equal (votes, fs_record_get_text (card, field)))
    return FALSE;
  fs_edit_history_set_text (self->history, card, field, votes);
  return TRUE;
}

/* One vote of VOTER on CARD; FALSE when they have none left. */
gboolean
fs_voting_cast (FsVoting   *self,
                FsRecord   *card,
                const char *voter)
{
  g_return_val_if_fail (FS_IS_VOTING (self), FALSE);
  g_return_val_if_fail (voter != NULL && voter[0] != '\0', FALSE);

  if (!is_card (self, card) || fs_voting_get_left (self, voter) == 0 ||
      fs_voting_count_by (card, voter) >= FS_VOTES_MAX_COUNT)
    return FALSE;
  return change_vote (self, card, voter, 1);
}

/* One vote of VOTER back from CARD; FALSE when they gave it none. */
gboolean
fs_voting_take_back (FsVoting   *self,
                     FsRecord   *card,
                     const char *voter)
{
  g_return_val_if_fail (FS_IS_VOTING (self), FALSE);
  g_return_val_if_fail (voter != NULL && voter[0] != '\0', FALSE);

  if (!is_card (self, card) || fs_voting_count_by (card, voter) == 0)
    return FALSE;
  return change_vote (self, card, voter, -1);
}

typedef struct
{
  FsRecord *card;
  guint     votes;
  double    score;
  guint     position;
} Ranked;

static int
by_votes (gconstpointer a,
          gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->votes != y->votes)
    return x->votes > y->votes ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->position < y->position ? -1 : 1;
}

/* The cards by votes, most first; equal votes by score, then in the
 * document's order. */
GPtrArray *
fs_voting_rank (FsDocument *document)
{
  GListModel *cards;
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GPtrArray *rank;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  cards = G_LIST_MODEL (fs_document_get_list (document, card_list (document)));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      FsRecord *card = g_list_model_get_item (cards, i);
      Ranked entry = { card, fs_voting_count (card),
                       FS_IS_RISK (card) ? fs_risk_get_score (FS_RISK (card)) : 0, i };

      g_array_append_val (ranked, entry);
    }
  g_array_sort (ranked, by_votes);
  rank = g_ptr_array_new_full (ranked->len, g_object_unref);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (rank, g_array_index (ranked, Ranked, i).card);
  return rank;
}

/* Who votes: the people the document names, or ANONYMOUS voters "Voter 1"
 * to "Voter N" when it names none. */
GStrv
fs_voting_default_voters (FsDocument *document,
                          guint       anonymous)
{
  g_autoptr(GStrvBuilder) voters = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *people;
  guint named = 0;

  g_return_val_if_fail (FS_IS_DOCUMENT (document), NULL);

  people = G_LIST_MODEL (fs_document_get_list (document, FS_DOCUMENT_PEOPLE));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(FsRecord) person = g_list_model_get_item (people, i);
      g_autofree char *name = g_strstrip (g_strdup (fs_record_get_text (person, FS_PERSON_NAME)));

      if (name[0] != '\0' && g_hash_table_add (seen, g_strdup (name)))
        {
          g_strv_builder_add (voters, name);
          named++;
        }
    }
  if (named == 0)
    return fs_voting_anonymous_voters (anonymous);
  return g_strv_builder_end (voters);
}

/* "Voter 1" to "Voter N", for a room that votes without names. */
GStrv
fs_voting_anonymous_voters (guint n)
{
  g_autoptr(GStrvBuilder) voters = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      /* Translators: an anonymous participant of a dot vote */
      g_autofree char *name = g_strdup_printf (_("Voter %u"), i + 1);

      g_strv_builder_add (voters, name);
    }
  return g_strv_builder_end (voters);
}
