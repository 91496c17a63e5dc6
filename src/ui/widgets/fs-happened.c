/* fs-happened.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-happened.h"

/* The mark of a pre-mortem's risk that an incident proved right: the word
 * and the post-mortem's icon, opening the post-mortem (or, for several, a
 * menu of them). The Guide's risks and the Board's cards carry it. */

/* The links (FsLinkEntry) of the post-mortems whose incident was an
 * instance of the risk; empty while the chain is not known. */
GPtrArray *
fs_happened_links (FsDocument *premortem,
                   const char *risk_id)
{
  FsChain *chain = fs_document_get_chain (premortem);

  if (chain == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return fs_chain_dup_links_of_risk (chain, risk_id);
}

static const char *
title_of (FsRecord *link)
{
  const char *title = fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_TITLE);

  return title[0] != '\0' ? title : _("Untitled");
}

/* In words, for a tooltip and a screen reader; NULL for none. */
char *
fs_happened_describe (GPtrArray *links)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  if (links->len == 0)
    return NULL;
  for (guint i = 0; i < links->len; i++)
    {
      /* Translators: quotes around a post-mortem's title in a list of them */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), title_of (g_ptr_array_index (links, i)));

      if (i > 0)
        /* Translators: between two titles in a list */
        g_string_append (titles, _(", "));
      g_string_append (titles, quoted);
    }
  /* Translators: a risk that an incident proved right, then the post-mortems of those incidents */
  return g_strdup_printf (ngettext ("Happened: %s", "Happened: %s", links->len), titles->str);
}

static GtkWidget *
badge_content_new (guint n)
{
  GtkWidget *content = adw_button_content_new ();
  g_autofree char *label = n == 1 ? g_strdup (_("Happened"))
                                  /* Translators: a risk that n incidents proved right */
                                  : g_strdup_printf (ngettext ("Happened %u×", "Happened %u×", n), n);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "fs-postmortem-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  return content;
}

/* A title in a menu: underscores are its own, not mnemonics. */
static char *
menu_label (FsRecord *link)
{
  g_auto(GStrv) parts = g_strsplit (title_of (link), "_", -1);

  return g_strjoinv ("__", parts);
}

static GtkWidget *
menu_button_new (GPtrArray *links)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint i = 0; i < links->len; i++)
    {
      FsRecord *link = g_ptr_array_index (links, i);
      g_autofree char *label = menu_label (link);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-document",
                                               g_variant_new_string (fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_ID)));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), badge_content_new (links->len));
  return button;
}

GtkWidget *
fs_happened_button_new (GPtrArray *links)
{
  g_autofree char *described = NULL;
  GtkWidget *button;

  if (links->len == 0)
    return NULL;
  described = fs_happened_describe (links);
  if (links->len == 1)
    {
      FsRecord *link = g_ptr_array_index (links, 0);

      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), badge_content_new (1));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-document");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        fs_record_get_text (link, FS_LINK_ENTRY_POSTMORTEM_ID));
    }
  else
    button = menu_button_new (links);
  gtk_widget_set_name (button, "happened");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "fs-happened");
  gtk_widget_set_tooltip_text (button, described);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
  return button;
}
