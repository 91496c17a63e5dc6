/* fs-chain-text.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain-text.h"

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

const char *
fs_chain_text_title (const char *title)
{
  return is_blank (title) ? _("Untitled") : title;
}

const char *
fs_chain_text_risk_title (FsRecord *risk)
{
  const char *title = fs_record_get_text (risk, FS_RISK_TITLE);

  return is_blank (title) ? _("Untitled risk") : title;
}

/* The post-mortem's side */

gboolean
fs_chain_text_is_linked (FsDocument *postmortem)
{
  return fs_document_get_kind (postmortem) == FS_DOCUMENT_KIND_POSTMORTEM &&
         fs_document_get_premortem_id (postmortem)[0] != '\0';
}

/* A chain read before the link last changed may name another pre-mortem:
 * its risks are not this incident's to show. */
FsDocument *
fs_chain_text_get_premortem (FsDocument *postmortem)
{
  FsChain *chain = fs_document_get_chain (postmortem);
  FsDocument *premortem;

  if (chain == NULL || fs_chain_get_state (chain) != FS_CHAIN_FOUND)
    return NULL;
  premortem = fs_chain_get_premortem (chain);
  if (premortem == NULL ||
      !g_str_equal (fs_document_get_id (premortem), fs_document_get_premortem_id (postmortem)))
    return NULL;
  return premortem;
}

/* What is said instead, when fs_chain_text_get_premortem() finds none. */
const char *
fs_chain_text_why_not_shown (FsDocument *postmortem)
{
  FsChain *chain = fs_document_get_chain (postmortem);
  FsChainState state = chain != NULL ? fs_chain_get_state (chain) : FS_CHAIN_UNLINKED;

  if (state == FS_CHAIN_DELETED)
    return _("The linked pre-mortem was deleted.");
  if (state == FS_CHAIN_ABSENT)
    return _("The linked pre-mortem is not in this library.");
  return _("The risks of the linked pre-mortem could not be looked up.");
}

GPtrArray *
fs_chain_text_dup_anticipated (FsDocument *postmortem)
{
  FsChain *chain = fs_document_get_chain (postmortem);

  if (fs_chain_text_get_premortem (postmortem) == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return fs_chain_dup_risks_anticipated_by (chain, postmortem);
}

/* What comparing the pre-mortem's risks with the incident came to: said
 * before the N_ANTICIPATED risks it found, or instead of them. */
const char *
fs_chain_text_verdict (FsDocument *postmortem,
                       guint       n_anticipated)
{
  const char * const *ids = fs_record_get_list (FS_RECORD (postmortem), FS_DOCUMENT_ANTICIPATED);

  if (!fs_document_anticipated_asked (postmortem))
    return _("Its risks have not yet been compared with the incident.");
  if (n_anticipated > 0)
    return g_dngettext (GETTEXT_PACKAGE, "The incident was an instance of this risk:",
                        "The incident was an instance of these risks:", n_anticipated);
  if (ids[0] != NULL)
    return _("The risks the incident was an instance of were removed from the pre-mortem.");
  return _("None of its risks matched: the incident was not foreseen.");
}

char *
fs_chain_text_risk_with_score (FsRecord   *risk,
                               const char *score)
{
  /* Translators: a risk of the pre-mortem and its score, e.g. "Replica lag — score 6" */
  return g_strdup_printf (_("%s — score %s"), fs_chain_text_risk_title (risk), score);
}

/* The pre-mortem's side */

/* NULL when no post-mortem is linked, or nobody looked. */
GListModel *
fs_chain_text_get_links (FsDocument *premortem)
{
  FsChain *chain = fs_document_get_chain (premortem);
  GListModel *links;

  if (chain == NULL || fs_document_get_kind (premortem) != FS_DOCUMENT_KIND_PREMORTEM)
    return NULL;
  links = fs_chain_get_links (chain);
  return g_list_model_get_n_items (links) > 0 ? links : NULL;
}

const char *
fs_chain_text_link_title (FsRecord *link)
{
  return fs_chain_text_title (fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_TITLE));
}

/* The titles of the incidents that were an instance of RISK, or NULL. */
char *
fs_chain_text_happened (FsDocument *premortem,
                        FsRecord   *risk)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (fs_chain_text_get_links (premortem) == NULL)
    return NULL;
  links = fs_chain_dup_links_of_risk (fs_document_get_chain (premortem),
                                      fs_record_get_text (risk, FS_RISK_ID));
  if (links->len == 0)
    return NULL;
  for (guint i = 0; i < links->len; i++)
    g_ptr_array_add (titles, (char *) fs_chain_text_link_title (g_ptr_array_index (links, i)));
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (", ", (char **) titles->pdata);
}

/* The titles of the risks with these ids that the pre-mortem still has,
 * each in quotes: a title is often a sentence of its own. */
static char *
join_risk_titles (FsDocument         *premortem,
                  const char * const *ids)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FsRecord *risk = fs_document_find_item (premortem, FS_DOCUMENT_RISKS, ids[i]);

      /* Translators: the title of a risk, quoted in a sentence */
      if (risk != NULL)
        g_ptr_array_add (titles, g_strdup_printf (_("“%s”"), fs_chain_text_risk_title (risk)));
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv (", ", (char **) titles->pdata);
}

/* Which of the pre-mortem's risks the incident of LINK was an instance of. */
char *
fs_chain_text_link_outcome (FsDocument *premortem,
                            FsRecord   *link)
{
  const char * const *ids = fs_record_get_list (link, FS_LINK_ENTRY_ANTICIPATED);
  g_autofree char *titles = NULL;

  if (!fs_record_get_boolean (link, FS_LINK_ENTRY_ASKED))
    return g_strdup (_("risks not yet compared"));
  if (ids[0] == NULL)
    return g_strdup (_("none of its risks"));
  titles = join_risk_titles (premortem, ids);
  if (titles[0] == '\0')
    return g_strdup (_("risks since removed"));
  /* Translators: the risks of a pre-mortem that a linked incident was an instance of */
  return g_strdup_printf (_("an instance of %s"), titles);
}
