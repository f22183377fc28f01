/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-records-page.c: the People and Carers views. The list and the profile sit side by
 * side in a leaflet of their own; narrow, the profile slides over the list. */

#define G_LOG_DOMAIN "hearth-records-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-portrait-print.h"
#include "hearth-record-editor.h"
#include "hearth-records-page.h"
#include "hearth-window.h"

struct _HearthRecordsPage
{
  HearthPage          parent_instance;

  GType               type;
  HearthListPane     *list;
  HearthProfilePane  *profile;
  HearthRecordEditor *editor;        /* while adding or editing */
  GtkStack           *profile_stack;
  gint64              pending_id;    /* chosen in the list while unsaved changes are asked about */

  AdwLeaflet         *leaflet;
  GtkWidget          *list_box;
  GtkWidget          *profile_box;
  AdwWindowTitle     *list_title;
  AdwWindowTitle     *profile_title;
  GtkMenuButton      *record_menu_button;
  GtkWidget          *add_button;
  GtkWidget          *edit_button;
  GtkWidget          *done_button;
  GtkWidget          *cancel_button;
  GtkWidget          *profile_back_button;
};

G_DEFINE_FINAL_TYPE (HearthRecordsPage, hearth_records_page, HEARTH_TYPE_PAGE)

static gboolean
is_people (HearthRecordsPage *self)
{
  return self->type == HEARTH_TYPE_PERSON;
}

static HearthRecord *
shown_record (HearthRecordsPage *self)
{
  return hearth_profile_pane_get_record (self->profile);
}

/* The header follows what the pane shows: a profile (Edit, its menu) or the editor
 * (Cancel, Done). */
static void
update_header (HearthRecordsPage *self)
{
  gboolean editing = self->editor != NULL;
  gboolean has_record = shown_record (self) != NULL;

  gtk_widget_set_visible (self->cancel_button, editing);
  gtk_widget_set_visible (self->done_button, editing);
  gtk_widget_set_visible (self->edit_button, !editing && has_record);
  gtk_widget_set_visible (GTK_WIDGET (self->record_menu_button), !editing && has_record);
  gtk_widget_set_visible (self->profile_back_button,
                          !editing && adw_leaflet_get_folded (self->leaflet));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.save", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.cancel", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.edit", !editing && has_record);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.archive", !editing && has_record);
}

static void
update_titles (HearthRecordsPage *self)
{
  g_autofree char *count = hearth_list_pane_dup_count_text (self->list);
  g_autofree char *editing = self->editor != NULL ? hearth_record_editor_dup_title (self->editor)
                                                  : NULL;
  const char *name = hearth_profile_pane_get_title (self->profile);

  adw_window_title_set_title (self->list_title, is_people (self) ? _("People") : _("Carers"));
  adw_window_title_set_subtitle (self->list_title, count);
  adw_window_title_set_title (self->profile_title,
                              editing != NULL ? editing : name != NULL ? name : "");
  update_header (self);
}

static char *
reference_of (HearthRecord *record)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, hearth_record_get_table (record),
                          hearth_record_get_id (record));
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* The record's own menu: its pen portrait, its history, archiving and, for a person, a
 * subject access request. */
static void
update_record_menu (HearthRecordsPage *self,
                    HearthRecord      *record)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) portrait = NULL;
  g_autoptr(GMenu) record_section = NULL;
  g_autofree char *reference = NULL;

  if (record == NULL)
    return;

  reference = reference_of (record);
  menu = g_menu_new ();
  portrait = g_menu_new ();
  append_item (portrait, _("_Print Pen Portrait…"), "records.print-portrait",
               g_variant_new_boolean (FALSE));
  append_item (portrait, _("Print Pen Portrait for _Introductions…"), "records.print-portrait",
               g_variant_new_boolean (TRUE));
  append_item (portrait, _("Save Pen Portrait as P_DF…"), "records.export-portrait",
               g_variant_new_boolean (FALSE));
  append_item (portrait, _("Save Pen Portrait for Introductions as PD_F…"),
               "records.export-portrait", g_variant_new_boolean (TRUE));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (portrait));

  record_section = g_menu_new ();
  append_item (record_section, _("Show _History"), "win.show-history",
               g_variant_new_string (reference));
  if (HEARTH_IS_PERSON (record))
    append_item (record_section, _("_Subject Access Request…"), "win.subject-access",
                 g_variant_new_string (reference));
  if (hearth_record_is_archived (record))
    append_item (record_section, _("_Bring Back"), "records.unarchive", NULL);
  else
    append_item (record_section, _("_Archive…"), "records.archive", NULL);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (record_section));

  gtk_menu_button_set_menu_model (self->record_menu_button, G_MENU_MODEL (menu));
}

static void
open_profile (HearthRecordsPage *self,
              HearthRecord      *record)
{
  hearth_profile_pane_set_record (self->profile, record);
  update_record_menu (self, record);
  update_titles (self);
  /* Wide, both panes show; asking AdwLeaflet 1.2 for one would pull the focus out of the
   * search and into the profile. */
  if (record != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->profile_box);
}

static void
close_editor (HearthRecordsPage *self)
{
  if (self->editor == NULL)
    return;

  gtk_stack_set_visible_child (self->profile_stack, GTK_WIDGET (self->profile));
  gtk_stack_remove (self->profile_stack, GTK_WIDGET (self->editor));
  self->editor = NULL;
  update_titles (self);
}

static void
editor_changed_cb (HearthRecordsPage *self)
{
  update_titles (self);
}

static void
open_editor (HearthRecordsPage *self,
             HearthRecord      *record)
{
  close_editor (self);
  self->editor = hearth_record_editor_new (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                           self->type, record);
  g_signal_connect_object (self->editor, "changed", G_CALLBACK (editor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_child (self->profile_stack, GTK_WIDGET (self->editor));
  gtk_stack_set_visible_child (self->profile_stack, GTK_WIDGET (self->editor));
  adw_leaflet_set_visible_child (self->leaflet, self->profile_box);
  update_titles (self);
  hearth_record_editor_focus_first (self->editor);
}

/* Saves the editor's record; on a refusal the editor stays open with the reason shown. */
static gboolean
save_editor (HearthRecordsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRecord) saved = NULL;

  if (self->editor == NULL)
    return TRUE;

  if (!hearth_record_editor_save (self->editor, &error))
    {
      hearth_record_editor_show_error (self->editor, error);
      return FALSE;
    }

  saved = g_object_ref (hearth_record_editor_get_record (self->editor));
  close_editor (self);
  hearth_list_pane_select_id (self->list, hearth_record_get_id (saved));
  open_profile (self, saved);
  return TRUE;
}

static void
reselect_shown (HearthRecordsPage *self)
{
  HearthRecord *record = shown_record (self);

  hearth_list_pane_select_id (self->list, record != NULL ? hearth_record_get_id (record) : 0);
}

static void
leave_response_cb (AdwMessageDialog  *dialog,
                   const char        *response,
                   HearthRecordsPage *self)
{
  gint64 next = self->pending_id;

  self->pending_id = 0;
  if (g_str_equal (response, "save") && !save_editor (self))
    {
      reselect_shown (self);
      return;
    }

  if (g_str_equal (response, "discard") || g_str_equal (response, "save"))
    {
      close_editor (self);
      hearth_list_pane_select_id (self->list, next);
      open_profile (self, hearth_list_pane_get_selected (self->list));
      return;
    }

  /* Keep editing: the list goes back to the record being edited. */
  reselect_shown (self);
}

static void
ask_before_leaving (HearthRecordsPage *self,
                    gint64             next_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *title = hearth_record_editor_dup_title (self->editor);
  g_autofree char *body = g_strdup_printf (_("Changes to %s have not been saved."), title);
  AdwMessageDialog *dialog;

  self->pending_id = next_id;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root), _("Save Changes?"),
                                                       body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  hearth_present_dialog (dialog);
}

static void
selected_changed_cb (HearthRecordsPage *self)
{
  HearthRecord *selected = hearth_list_pane_get_selected (self->list);
  HearthRecord *shown = shown_record (self);

  if (self->editor != NULL)
    {
      /* The list follows a save or a change made elsewhere: nothing to ask. */
      if (selected == NULL || self->pending_id != 0 ||
          (shown != NULL && hearth_record_get_id (selected) == hearth_record_get_id (shown) &&
           !hearth_record_editor_is_new (self->editor)))
        return;

      if (hearth_record_editor_has_changes (self->editor))
        {
          ask_before_leaving (self, hearth_record_get_id (selected));
          return;
        }
      close_editor (self);
    }

  if (selected != NULL || shown == NULL)
    open_profile (self, selected);
}

/* A record shown here was saved elsewhere (by the editor, another view, or an undo). */
static void
record_changed_cb (HearthRecordsPage *self,
                   HearthRecord      *record)
{
  HearthRecord *shown = shown_record (self);
  const char *link = is_people (self) ? "person-id" : "carer-id";

  if (shown == NULL)
    return;

  if (G_OBJECT_TYPE (record) == self->type)
    {
      if (hearth_record_get_id (record) == hearth_record_get_id (shown))
        open_profile (self, record);
      return;
    }

  /* A pen portrait, a trial or a check that belongs to the record shown. */
  if (hearth_record_has_column (record, link) &&
      hearth_record_get_int (record, link) == hearth_record_get_id (shown))
    hearth_profile_pane_refresh (self->profile);
}

static gboolean
hearth_records_page_show_record (HearthPage   *page,
                                 HearthRecord *record)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  if (!G_TYPE_CHECK_INSTANCE_TYPE (record, self->type))
    return FALSE;

  if (self->editor != NULL && hearth_record_editor_has_changes (self->editor))
    {
      ask_before_leaving (self, hearth_record_get_id (record));
      return TRUE;
    }

  close_editor (self);
  hearth_list_pane_select_id (self->list, hearth_record_get_id (record));
  open_profile (self, record);
  return TRUE;
}

static void
hearth_records_page_focus_search (HearthPage *page)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  hearth_list_pane_focus_search (self->list);
}

static gboolean
hearth_records_page_has_unsaved_changes (HearthPage *page)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  return self->editor != NULL && hearth_record_editor_has_changes (self->editor);
}

static gboolean
hearth_records_page_save_changes (HearthPage *page)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  if (!save_editor (self))
    {
      /* Shows the page, so the coordinator sees why. */
      hearth_window_show_view (HEARTH_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               is_people (self) ? "people" : "carers");
      return FALSE;
    }
  return TRUE;
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

static void
add_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  if (self->editor != NULL && hearth_record_editor_has_changes (self->editor))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->editor));
      return;
    }

  open_editor (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  if (self->editor == NULL && shown_record (self) != NULL)
    open_editor (self, shown_record (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  save_editor (HEARTH_RECORDS_PAGE (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  if (self->editor == NULL)
    return;

  /* Escape never throws away typing: with changes, it asks first. */
  if (hearth_record_editor_has_changes (self->editor))
    {
      HearthRecord *shown = shown_record (self);

      ask_before_leaving (self, shown != NULL ? hearth_record_get_id (shown) : 0);
      return;
    }

  close_editor (self);
  if (shown_record (self) == NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

/* What an archive's Undo needs: the toast lives in the window's overlay, outside the page, so
 * it holds the record it brings back itself. */
typedef struct
{
  GWeakRef      page;
  HearthRecord *record;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->record);
  g_free (undo);
}

static void
undo_archive_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(HearthRecordsPage) self = g_weak_ref_get (&undo->page);
  HearthRecord *record = undo->record;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (!hearth_scheme_restore (hearth_page_get_scheme (HEARTH_PAGE (self)), record, &error))
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  hearth_list_pane_select_id (self->list, hearth_record_get_id (record));
  open_profile (self, record);
}

static void
archive_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     HearthRecordsPage *self)
{
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!g_str_equal (response, "archive") || shown_record (self) == NULL)
    return;

  record = hearth_record_copy (shown_record (self));
  if (!hearth_scheme_archive (hearth_page_get_scheme (HEARTH_PAGE (self)), record,
                              gtk_editable_get_text (reason), &error))
    {
      AdwMessageDialog *refusal;

      refusal = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                            _("Could Not Archive"),
                                                            error->message));
      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      hearth_present_dialog (refusal);
      return;
    }

  name = hearth_record_dup_title (record);
  /* Translators: shown after archiving someone, with an Undo button */
  title = g_strdup_printf (_("%s archived"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->page, self);
  undo->record = g_object_ref (record);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_archive_cb), undo, undo_free,
                         0);
  hearth_page_add_toast (HEARTH_PAGE (self), toast);

  /* The profile stays, marked archived, until another record is chosen. */
  open_profile (self, record);
}

static void
reason_changed_cb (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "archive",
                                           !hearth_record_text_is_blank (gtk_editable_get_text (reason)));
}

static void
archive_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);
  HearthRecord *record = shown_record (self);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *reason;

  if (record == NULL)
    return;

  name = hearth_record_dup_title (record);
  heading = g_strdup_printf (_("Archive %s?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       heading,
                                                       is_people (self)
                                                       ? _("Their record leaves the People list "
                                                           "but is kept, with its history, until "
                                                           "the scheme’s retention period ends.")
                                                       : _("Their record leaves the Carers list "
                                                           "but is kept, with its history, until "
                                                           "the scheme’s retention period ends.")));
  reason = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason, such as “moved away”"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for archiving"), -1);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "archive", _("_Archive"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "archive", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "archive", FALSE);
  adw_message_dialog_set_default_response (dialog, "archive");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (reason, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (archive_response_cb), self, 0);
  hearth_present_dialog (dialog);
  gtk_widget_grab_focus (reason);
}

static void
unarchive_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (shown_record (self) == NULL)
    return;

  record = hearth_record_copy (shown_record (self));
  if (!hearth_scheme_restore (hearth_page_get_scheme (HEARTH_PAGE (self)), record, &error))
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
  else
    open_profile (self, record);
}

static void
print_portrait_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  if (shown_record (self) != NULL)
    hearth_portrait_print (HEARTH_PAGE (self), shown_record (self),
                           g_variant_get_boolean (parameter), FALSE);
}

static void
export_portrait_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  if (shown_record (self) != NULL)
    hearth_portrait_print (HEARTH_PAGE (self), shown_record (self),
                           g_variant_get_boolean (parameter), TRUE);
}

static void
hearth_records_page_class_init (HearthRecordsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  page_class->show_record = hearth_records_page_show_record;
  page_class->focus_search = hearth_records_page_focus_search;
  page_class->has_unsaved_changes = hearth_records_page_has_unsaved_changes;
  page_class->save_changes = hearth_records_page_save_changes;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/people/hearth-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, profile_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, profile_title);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, record_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, profile_back_button);

  gtk_widget_class_install_action (widget_class, "records.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "records.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "records.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "records.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "records.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "records.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "records.unarchive", NULL, unarchive_action);
  gtk_widget_class_install_action (widget_class, "records.print-portrait", "b",
                                   print_portrait_action);
  gtk_widget_class_install_action (widget_class, "records.export-portrait", "b",
                                   export_portrait_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "records.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "records.add", NULL);
}

/* Done and Cancel by key, caught before a field of the editor takes Return or Escape for
 * itself. They only act while editing (the actions are disabled otherwise). */
static void
add_editor_shortcuts (HearthRecordsPage *self)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_Return, GDK_CONTROL_MASK, "records.save" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "records.save" },
    { GDK_KEY_ISO_Enter, GDK_CONTROL_MASK, "records.save" },
    { GDK_KEY_Escape, 0, "records.cancel" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
hearth_records_page_init (HearthRecordsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_editor_shortcuts (self);
}

/* Returns: (transfer floating): the page, or %NULL when its list cannot be loaded */
static HearthPage *
records_page_new (HearthScheme  *scheme,
                  GType          type,
                  GError       **error)
{
  HearthRecordsPage *self;
  HearthListPane *list;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  list = hearth_list_pane_new (scheme, type, error);
  if (list == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_RECORDS_PAGE, "scheme", scheme, NULL);
  self->type = type;
  self->list = list;
  self->profile = hearth_profile_pane_new (scheme, type);
  self->profile_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->list), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->profile_stack), TRUE);
  gtk_stack_add_child (self->profile_stack, GTK_WIDGET (self->profile));
  gtk_box_append (GTK_BOX (self->list_box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self->profile_box), GTK_WIDGET (self->profile_stack));

  gtk_widget_set_tooltip_text (self->add_button, is_people (self) ? _("Add a Person")
                                                                 : _("Add a Carer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_people (self) ? _("Add a Person") : _("Add a Carer"), -1);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-added", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (list, "notify::selected", G_CALLBACK (selected_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "notify::count-text", G_CALLBACK (update_titles), self,
                           G_CONNECT_SWAPPED);
  update_titles (self);

  return HEARTH_PAGE (self);
}

HearthPage *
hearth_records_page_new_people (HearthScheme  *scheme,
                                GError       **error)
{
  return records_page_new (scheme, HEARTH_TYPE_PERSON, error);
}

HearthPage *
hearth_records_page_new_carers (HearthScheme  *scheme,
                                GError       **error)
{
  return records_page_new (scheme, HEARTH_TYPE_CARER, error);
}

HearthListPane *
hearth_records_page_get_list (HearthRecordsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORDS_PAGE (self), NULL);

  return self->list;
}

HearthProfilePane *
hearth_records_page_get_profile (HearthRecordsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORDS_PAGE (self), NULL);

  return self->profile;
}

/**
 * hearth_records_page_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor, while a record is being added or edited
 */
HearthRecordEditor *
hearth_records_page_get_editor (HearthRecordsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORDS_PAGE (self), NULL);

  return self->editor;
}
