/* fs-markdown-chain.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain-text.h"
#include "fs-markdown-private.h"

/* The chain in Markdown: what the pre-mortem had foreseen of an incident,
 * and on the pre-mortem the incidents that came of it. */

static void
write_anticipated_risks (GString   *out,
                         GPtrArray *risks)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < risks->len; i++)
    {
      FsRecord *risk = g_ptr_array_index (risks, i);
      g_autofree char *score = fs_markdown_format_number (fs_risk_get_score (FS_RISK (risk)));

      g_ptr_array_add (items, fs_chain_text_risk_with_score (risk, score));
    }
  g_ptr_array_add (items, NULL);
  fs_markdown_list (out, (const char * const *) items->pdata, FALSE);
}

/* At the end of the Incident step, where the Guide asks about the link. */
void
fs_markdown_write_anticipated (GString    *out,
                               FsDocument *postmortem)
{
  FsDocument *premortem;
  g_autoptr(GPtrArray) risks = NULL;

  if (!fs_chain_text_is_linked (postmortem))
    return;
  fs_markdown_heading (out, 3, _("Anticipated by the pre-mortem"));
  premortem = fs_chain_text_get_premortem (postmortem);
  if (premortem == NULL)
    {
      fs_markdown_labelled (out, 0, NULL, fs_chain_text_why_not_shown (postmortem));
      return;
    }
  fs_markdown_labelled (out, 0, _("Pre-mortem"),
                        fs_chain_text_title (fs_document_get_title (premortem)));
  risks = fs_chain_text_dup_anticipated (postmortem);
  fs_markdown_labelled (out, 0, NULL, fs_chain_text_verdict (postmortem, risks->len));
  write_anticipated_risks (out, risks);
}

/* Under the heading of a risk that one of the linked incidents was. */
void
fs_markdown_write_happened (GString    *out,
                            FsDocument *premortem,
                            FsRecord   *risk)
{
  g_autofree char *titles = fs_chain_text_happened (premortem, risk);

  if (titles != NULL)
    fs_markdown_labelled (out, 0, _("Happened"), titles);
}

/* Escaped for one line; a title of nothing but white space is no title. */
static char *
escape_title (const char *title)
{
  g_autofree char *escaped = fs_markdown_escape_flat (title);

  if (escaped[0] == '\0')
    return fs_markdown_escape_flat (_("Untitled"));
  return g_steal_pointer (&escaped);
}

void
fs_markdown_write_linked_incidents (GString    *out,
                                    FsDocument *premortem)
{
  GListModel *links = fs_chain_text_get_links (premortem);

  if (links == NULL)
    return;
  fs_markdown_heading (out, 2, _("Linked incidents"));
  fs_markdown_begin_block (out);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FsRecord) link = g_list_model_get_item (links, i);
      g_autofree char *title = escape_title (fs_chain_text_link_title (link));
      g_autofree char *outcome = fs_chain_text_link_outcome (premortem, link);
      g_autofree char *escaped = fs_markdown_escape_flat (outcome);

      g_string_append_printf (out, "- **%s** — %s\n", title, escaped);
    }
}
