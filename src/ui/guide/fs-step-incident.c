/* fs-step-incident.c
 *
 * Copyright 2026 The Foresight authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fs-chain.h"
#include "fs-guide-steps.h"

/* Under the Incident's answers: the pre-mortem of the change, and a check
 * box for each of its risks — tick those this incident is an instance of,
 * or "None of them", an answer too. The window links and loads the chain;
 * this group rebuilds when the chain does and keeps its boxes in step with
 * the document otherwise, so that a tick never takes the focus away. */
typedef struct
{
  FsDocument          *document;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;    /* owned by the group */
  GPtrArray           *checks;  /* one a risk, with its id as "fs-risk-id" */
  GtkCheckButton      *none;
  gboolean             syncing;
} LinkGroup;

static void
link_group_free (LinkGroup *link)
{
  g_ptr_array_unref (link->rows);
  g_ptr_array_unref (link->checks);
  g_free (link);
}

static GtkWidget *
text_button_new (const char *label,
                 const char *action,
                 const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

static GtkWidget *
add_row (LinkGroup  *link,
         const char *name,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (link->group, row);
  g_ptr_array_add (link->rows, row);
  return row;
}

/* "Link Another Pre-mortem…" and "Unlink", out of the way of the risks. */
static GtkWidget *
link_menu_new (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_append (menu, _("Link _Another Pre-mortem…"), "win.link-premortem");
  g_menu_append (menu, _("_Unlink"), "win.unlink-premortem");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Link options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Link options"), -1);
  return button;
}

static void
sync_checks (LinkGroup *link)
{
  gboolean asked = fs_document_anticipated_asked (link->document);
  /* Risks ticked and since removed from the pre-mortem are still an answer. */
  gboolean any = fs_record_get_list (FS_RECORD (link->document), FS_DOCUMENT_ANTICIPATED)[0] != NULL;

  link->syncing = TRUE;
  for (guint i = 0; i < link->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (link->checks, i);
      gboolean ticked = fs_document_is_anticipated (link->document,
                                                    g_object_get_data (G_OBJECT (check), "fs-risk-id"));

      gtk_check_button_set_active (check, ticked);
      any = any || ticked;
    }
  if (link->none != NULL)
    gtk_check_button_set_active (link->none, asked && !any);
  link->syncing = FALSE;
}

static void
on_risk_toggled (GtkCheckButton *check,
                 LinkGroup      *link)
{
  if (link->syncing)
    return;
  fs_document_set_anticipated (link->document, g_object_get_data (G_OBJECT (check), "fs-risk-id"),
                               gtk_check_button_get_active (check));
}

/* Taking back "None of them" leaves the question open again. */
static void
on_none_toggled (GtkCheckButton *check,
                 LinkGroup      *link)
{
  if (link->syncing)
    return;
  fs_document_set_none_anticipated (link->document);
  if (!gtk_check_button_get_active (check))
    fs_record_set_boolean (FS_RECORD (link->document), FS_DOCUMENT_ANTICIPATED_ASKED, FALSE);
}

static GtkCheckButton *
add_check_row (LinkGroup  *link,
               const char *name,
               const char *title,
               const char *subtitle)
{
  GtkWidget *row = add_row (link, name, title, subtitle);
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return GTK_CHECK_BUTTON (check);
}

static char *
risk_subtitle (FsRecord *risk)
{
  double score = fs_risk_get_score (FS_RISK (risk));

  if (score <= 0)
    return g_strdup (_("Not scored"));
  return g_strdup_printf (_("Score %g"), score);
}

static void
show_risks (LinkGroup  *link,
            FsDocument *premortem)
{
  GListModel *risks = G_LIST_MODEL (fs_document_get_list (premortem, FS_DOCUMENT_RISKS));
  guint n = g_list_model_get_n_items (risks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FsRecord) risk = g_list_model_get_item (risks, i);
      const char *id = fs_record_get_text (risk, FS_RISK_ID);
      const char *title = fs_record_get_text (risk, FS_RISK_TITLE);
      g_autofree char *name = g_strdup_printf ("risk-%u", i);
      g_autofree char *subtitle = risk_subtitle (risk);
      GtkCheckButton *check;

      if (id[0] == '\0')
        continue;
      check = add_check_row (link, name, title[0] != '\0' ? title : _("Unnamed risk"), subtitle);
      g_object_set_data_full (G_OBJECT (check), "fs-risk-id", g_strdup (id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_risk_toggled), link);
      g_ptr_array_add (link->checks, check);
    }
  link->none = add_check_row (link, "none", _("None of them"),
                              n > 0 ? _("The pre-mortem did not foresee this incident")
                                    : _("The pre-mortem lists no risks"));
  g_signal_connect (link->none, "toggled", G_CALLBACK (on_none_toggled), link);
}

static void
show_found (LinkGroup  *link,
            FsDocument *premortem)
{
  const char *title = fs_document_get_title (premortem);
  GtkWidget *row = add_row (link, "premortem", title[0] != '\0' ? title : _("Untitled"),
                            _("Tick the risks this incident is an instance of"));

  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("fs-premortem-symbolic"));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             text_button_new (_("_Open"), "win.open-document",
                                              fs_document_get_id (premortem)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), link_menu_new ());
  show_risks (link, premortem);
}

static void
show_missing (LinkGroup    *link,
              FsChainState  state)
{
  const char *title, *subtitle;
  GtkWidget *row;

  if (state == FS_CHAIN_DELETED)
    {
      title = _("The linked pre-mortem was deleted");
      subtitle = _("Restore it, or import it again, to see its risks; the ticks are kept");
    }
  else
    {
      title = _("The linked pre-mortem is not in this library");
      subtitle = _("Import it to compare its risks with this incident");
    }
  row = add_row (link, "premortem", title, subtitle);
  gtk_widget_add_css_class (row, "fs-link-missing");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), link_menu_new ());
}

static void
rebuild (LinkGroup *link)
{
  FsChain *chain = fs_document_get_chain (link->document);
  FsChainState state = chain != NULL ? fs_chain_get_state (chain) : FS_CHAIN_UNLINKED;
  FsDocument *premortem = chain != NULL ? fs_chain_get_premortem (chain) : NULL;
  const char *id = fs_document_get_premortem_id (link->document);
  GtkWidget *row;

  for (guint i = 0; i < link->rows->len; i++)
    adw_preferences_group_remove (link->group, g_ptr_array_index (link->rows, i));
  g_ptr_array_set_size (link->rows, 0);
  g_ptr_array_set_size (link->checks, 0);
  link->none = NULL;

  /* The chain follows the link a moment later: until then, what it says. */
  if (premortem != NULL && !g_str_equal (fs_document_get_id (premortem), id))
    state = FS_CHAIN_UNLINKED;
  if (id[0] != '\0' && state == FS_CHAIN_FOUND)
    show_found (link, premortem);
  else if (id[0] != '\0' && (state == FS_CHAIN_DELETED || state == FS_CHAIN_ABSENT))
    show_missing (link, state);
  else
    {
      row = add_row (link, "premortem", _("Not linked"),
                     _("Link the pre-mortem of the change to see which of its risks happened"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 text_button_new (_("_Link Pre-mortem…"), "win.link-premortem",
                                                  NULL));
    }
  sync_checks (link);
}

static void
on_chain_changed (FsDocument *document,
                  GtkWidget  *group)
{
  rebuild (g_object_get_data (G_OBJECT (group), "fs-link"));
}

static void
on_document_changed (FsDocument *document,
                     GtkWidget  *group)
{
  sync_checks (g_object_get_data (G_OBJECT (group), "fs-link"));
}

GtkWidget *
fs_guide_premortem_link_new (FsDocument *document)
{
  LinkGroup *link = g_new0 (LinkGroup, 1);
  GtkWidget *group = adw_preferences_group_new ();

  link->document = document;
  link->group = ADW_PREFERENCES_GROUP (group);
  link->rows = g_ptr_array_new ();
  link->checks = g_ptr_array_new ();
  gtk_widget_set_name (group, "premortem-link");
  adw_preferences_group_set_title (link->group, _("Pre-mortem"));
  adw_preferences_group_set_description (link->group,
                                         _("Which risks of the change’s pre-mortem did this "
                                           "incident prove right? What it missed is worth as "
                                           "much as what it foresaw."));
  g_object_set_data_full (G_OBJECT (group), "fs-link", link, (GDestroyNotify) link_group_free);
  rebuild (link);
  g_signal_connect_object (document, "chain-changed", G_CALLBACK (on_chain_changed), group, 0);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), group, 0);
  return group;
}

/* The Review's line on the link: what it says, and the way to answer it. */
static char *
answer_text (FsDocument *postmortem,
             FsChain    *chain)
{
  g_autoptr(GPtrArray) risks = fs_chain_dup_risks_anticipated_by (chain, postmortem);

  if (!fs_document_anticipated_asked (postmortem))
    return g_strdup (_("Its risks are not compared with the incident yet"));
  if (risks->len == 0)
    return g_strdup (_("None of its risks happened: the incident was not foreseen"));
  return g_strdup_printf (ngettext ("%u of its risks happened", "%u of its risks happened",
                                    risks->len), risks->len);
}

static void
update_summary (FsDocument *document,
                GtkWidget  *row)
{
  FsChain *chain = fs_document_get_chain (document);
  FsChainState state = chain != NULL ? fs_chain_get_state (chain) : FS_CHAIN_UNLINKED;
  FsDocument *premortem = chain != NULL ? fs_chain_get_premortem (chain) : NULL;
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "fs-link-button");
  GtkWidget *arrow = g_object_get_data (G_OBJECT (row), "fs-arrow");
  g_autofree char *subtitle = NULL;
  const char *title;

  if (fs_document_get_premortem_id (document)[0] == '\0')
    state = FS_CHAIN_UNLINKED;
  switch (state)
    {
    case FS_CHAIN_FOUND:
      title = fs_document_get_title (premortem);
      subtitle = answer_text (document, chain);
      break;
    case FS_CHAIN_DELETED:
      title = _("The linked pre-mortem was deleted");
      break;
    case FS_CHAIN_ABSENT:
      title = _("The linked pre-mortem is not in this library");
      break;
    case FS_CHAIN_UNLINKED:
    default:
      title = _("Not linked to a pre-mortem");
      subtitle = g_strdup (_("Was this incident foreseen? Link the pre-mortem of the change"));
      break;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] != '\0' ? title : _("Untitled"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (button, state == FS_CHAIN_UNLINKED);
  gtk_widget_set_visible (arrow, state != FS_CHAIN_UNLINKED);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), state != FS_CHAIN_UNLINKED);
}

/* For the Review: the link in one row, which leads to the Incident step. */
GtkWidget *
fs_guide_premortem_summary_new (FsDocument *document,
                                guint       incident_step)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = text_button_new (_("_Link Pre-mortem…"), "win.link-premortem", NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_name (group, "premortem-summary");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Pre-mortem"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (row, "premortem");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "guide.show-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", incident_step);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("fs-premortem-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data (G_OBJECT (row), "fs-link-button", button);
  g_object_set_data (G_OBJECT (row), "fs-arrow", arrow);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  update_summary (document, row);
  g_signal_connect_object (document, "chain-changed", G_CALLBACK (update_summary), row, 0);
  g_signal_connect_object (document, "changed", G_CALLBACK (update_summary), row, 0);
  return group;
}

void
fs_guide_step_build_incident (FsGuideStep *step)
{
  fs_guide_step_add_parts (step);
  fs_guide_step_append (step, fs_guide_premortem_link_new (fs_guide_step_get_document (step)));
}
