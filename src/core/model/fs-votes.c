/* fs-votes.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fs-record.h"
#include "fs-votes.h"

static void
vote_free (FsVote *vote)
{
  g_free (vote->by);
  g_free (vote);
}

static GPtrArray *
votes_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) vote_free);
}

static FsVote *
find_vote (GPtrArray  *votes,
           const char *voter)
{
  for (guint i = 0; i < votes->len; i++)
    {
      FsVote *vote = g_ptr_array_index (votes, i);

      if (g_str_equal (vote->by, voter))
        return vote;
    }
  return NULL;
}

/* Adds COUNT votes of VOTER, merging with what they gave already. */
static gboolean
append_vote (GPtrArray  *votes,
             const char *voter,
             gint64      count)
{
  FsVote *vote;

  if (voter == NULL || voter[0] == '\0' || count < 1 || count > FS_VOTES_MAX_COUNT)
    return FALSE;
  vote = find_vote (votes, voter);
  if (vote != NULL)
    {
      vote->count = MIN (vote->count + count, FS_VOTES_MAX_COUNT);
      return TRUE;
    }
  vote = g_new (FsVote, 1);
  vote->by = g_strdup (voter);
  vote->count = count;
  g_ptr_array_add (votes, vote);
  return TRUE;
}

/* Reads an array of votes; FALSE, and nothing in *votes, for anything
 * else: a vote without a voter, a count that is not a whole number from
 * 1 to FS_VOTES_MAX_COUNT. */
static gboolean
read_votes (JsonNode   *node,
            GPtrArray **votes)
{
  g_autoptr(GPtrArray) read = votes_new ();
  JsonArray *array;

  *votes = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode *by;
      JsonNode *count;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return FALSE;
      object = json_node_get_object (element);
      by = json_object_get_member (object, "by");
      count = json_object_get_member (object, "count");
      if (by == NULL || !JSON_NODE_HOLDS_VALUE (by) || json_node_get_value_type (by) != G_TYPE_STRING ||
          count == NULL || !JSON_NODE_HOLDS_VALUE (count) ||
          json_node_get_value_type (count) != G_TYPE_INT64 ||
          !append_vote (read, json_node_get_string (by), json_node_get_int (count)))
        return FALSE;
    }
  *votes = g_steal_pointer (&read);
  return TRUE;
}

GPtrArray *
fs_votes_parse (const char *text)
{
  g_autoptr(JsonNode) node = NULL;
  GPtrArray *votes = NULL;

  if (text != NULL && text[0] != '\0')
    node = json_from_string (text, NULL);
  if (node == NULL || !read_votes (node, &votes))
    return votes_new ();
  return votes;
}

/* The field's text for the votes of an exchange file; FALSE when NODE is
 * not a list of votes. */
gboolean
fs_votes_from_json (JsonNode  *node,
                    char     **text)
{
  g_autoptr(GPtrArray) votes = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  *text = NULL;
  if (!read_votes (node, &votes))
    return FALSE;
  *text = fs_votes_format (votes);
  return TRUE;
}

void
fs_votes_write_json (const char *text,
                     GString    *out)
{
  g_autoptr(GPtrArray) votes = fs_votes_parse (text);

  g_string_append_c (out, '[');
  for (guint i = 0; i < votes->len; i++)
    {
      FsVote *vote = g_ptr_array_index (votes, i);
      g_autoptr(JsonNode) name = json_node_init_string (json_node_alloc (), vote->by);
      g_autofree char *quoted = json_to_string (name, FALSE);

      g_string_append_printf (out, "%s{\"by\": %s, \"count\": %u}", i > 0 ? ", " : "", quoted,
                              vote->count);
    }
  g_string_append_c (out, ']');
}

char *
fs_votes_format (GPtrArray *votes)
{
  GString *out;

  if (votes == NULL || votes->len == 0)
    return g_strdup ("");
  out = g_string_new (NULL);
  g_string_append_c (out, '[');
  for (guint i = 0; i < votes->len; i++)
    {
      FsVote *vote = g_ptr_array_index (votes, i);
      g_autoptr(JsonNode) name = json_node_init_string (json_node_alloc (), vote->by);
      g_autofree char *quoted = json_to_string (name, FALSE);

      g_string_append_printf (out, "%s{\"by\":%s,\"count\":%u}", i > 0 ? "," : "", quoted,
                              vote->count);
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

guint
fs_votes_total (const char *text)
{
  g_autoptr(GPtrArray) votes = fs_votes_parse (text);
  guint total = 0;

  for (guint i = 0; i < votes->len; i++)
    total += ((FsVote *) g_ptr_array_index (votes, i))->count;
  return total;
}

guint
fs_votes_by (const char *text,
             const char *voter)
{
  g_autoptr(GPtrArray) votes = fs_votes_parse (text);
  FsVote *vote;

  g_return_val_if_fail (voter != NULL, 0);

  vote = find_vote (votes, voter);
  return vote != NULL ? vote->count : 0;
}

/* The votes of TEXT with CHANGE more (or, below zero, fewer) by VOTER; a
 * voter left with none is dropped. */
char *
fs_votes_add (const char *text,
              const char *voter,
              int         change)
{
  g_autoptr(GPtrArray) votes = fs_votes_parse (text);
  FsVote *vote;
  gint64 count;

  g_return_val_if_fail (voter != NULL && voter[0] != '\0', g_strdup (text));

  vote = find_vote (votes, voter);
  count = (vote != NULL ? vote->count : 0) + (gint64) change;
  if (vote != NULL && count <= 0)
    g_ptr_array_remove (votes, vote);
  else if (vote != NULL)
    vote->count = MIN (count, FS_VOTES_MAX_COUNT);
  else if (count > 0)
    append_vote (votes, voter, count);
  return fs_votes_format (votes);
}

/* Whether anybody voted on any of ITEMS (FsRecords), whose votes are FIELD. */
gboolean
fs_votes_any (GListModel *items,
              guint       field)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(FsRecord) item = g_list_model_get_item (items, i);

      if (fs_votes_total (fs_record_get_text (item, field)) > 0)
        return TRUE;
    }
  return FALSE;
}
