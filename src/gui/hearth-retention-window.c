/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-retention-window.c: the records a scheme no longer needs to keep. Erasing cannot be
 * undone, so it asks for the person's full name to be typed, says what will remain, and the
 * core checks the name again before it erases anything. */

#define G_LOG_DOMAIN "hearth-retention-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-retention-window.h"

struct _HearthRetentionWindow
{
  AdwWindow            parent_instance;

  HearthScheme        *scheme;
  GPtrArray           *records;
  AdwToastOverlay     *toasts;
  AdwPreferencesGroup *group;
  GtkWidget           *page;
  GtkListBox          *list;
  HearthRecord        *erasing;        /* the record the open question would erase */
  char                *erasing_name;   /* its full name, which has to be typed */
  AdwMessageDialog    *erase_dialog;   /* (weak) the question */
  GtkStack            *stack;
  AdwStatusPage       *empty;
};

G_DEFINE_FINAL_TYPE (HearthRetentionWindow, hearth_retention_window, ADW_TYPE_WINDOW)

static void list_records_due (HearthRetentionWindow *self);

static void
erase_response_cb (AdwMessageDialog      *dialog,
                   const char            *response,
                   HearthRetentionWindow *self)
{
  HearthRecord *record = self->erasing;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *said = NULL;

  if (g_strcmp0 (response, "erase") != 0 || record == NULL)
    return;

  if (!hearth_scheme_erase (self->scheme, record, gtk_editable_get_text (entry), &report,
                            &error))
    {
      hearth_show_toast (self->toasts, adw_toast_new (error->message));
      return;
    }

  said = g_strjoin (" ", _("Erased. The audit trail keeps only that an erasure happened."),
                    report, NULL);
  hearth_show_toast (self->toasts, adw_toast_new (said));
  list_records_due (self);
}

static void
typed_cb (GtkEditable           *entry,
          HearthRetentionWindow *self)
{
  if (self->erase_dialog != NULL)
    adw_message_dialog_set_response_enabled (self->erase_dialog, "erase",
                                             g_strcmp0 (gtk_editable_get_text (entry),
                                                        self->erasing_name) == 0);
}

/**
 * hearth_retention_window_ask_erase:
 *
 * Asks to erase the record at @position, as its Erase button does.
 *
 * Returns: (transfer none): the question
 */
AdwMessageDialog *
hearth_retention_window_ask_erase (HearthRetentionWindow *self,
                                   guint                  position)
{
  HearthRecord *record;
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (HEARTH_IS_RETENTION_WINDOW (self), NULL);
  g_return_val_if_fail (position < self->records->len, NULL);

  record = g_ptr_array_index (self->records, position);
  name = hearth_record_dup_title (record);
  heading = g_strdup_printf (_("Erase %s?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Everything about %s is removed from this scheme for good: "
                                    "their profile, pen portrait, trials, arrangements, reviews "
                                    "and their entries in the history. This cannot be undone. "
                                    "Backups made before today keep it until they are thinned "
                                    "away, within a year.\n\nType their full name to erase."),
                                  name);
  label = g_strdup_printf (_("Type %s to erase"), name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "erase", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_set_object (&self->erasing, record);
  g_free (self->erasing_name);
  self->erasing_name = g_steal_pointer (&name);
  g_set_weak_pointer (&self->erase_dialog, dialog);
  g_signal_connect_object (entry, "changed", G_CALLBACK (typed_cb), self, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (erase_response_cb), self);
  hearth_present_dialog (dialog);
  return dialog;
}

static void
erase_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  HearthRetentionWindow *self = HEARTH_RETENTION_WINDOW (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (position < self->records->len)
    hearth_retention_window_ask_erase (self, position);
}

static GtkWidget *
record_row (HearthRetentionWindow *self,
            HearthRecord          *record,
            guint                  position)
{
  g_autofree char *name = hearth_record_dup_title (record);
  g_autofree char *left = hearth_scheme_dup_left_on (self->scheme, record, NULL);
  g_autofree char *left_text = left != NULL ? hearth_date_to_display (left) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *spoken = g_strdup_printf (_("Erase %s"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Erase…"));

  subtitle = g_strdup_printf (HEARTH_IS_PERSON (record) ? _("Person · left on %s")
                                                        : _("Carer · left on %s"),
                              left_text != NULL ? left_text : _("an unknown date"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", position);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "retention.erase");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* A scheme opened read-only erases nothing. */
static void
update_actions (HearthRetentionWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "retention.erase",
                                 self->scheme != NULL &&
                                 !hearth_scheme_get_read_only (self->scheme));
}

static void
list_records_due (HearthRetentionWindow *self)
{
  g_autofree char *today = hearth_date_today ();
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  HearthSchemeDetails *details = hearth_scheme_get_details (self->scheme);
  GtkWidget *child;

  update_actions (self);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  self->records = hearth_scheme_list_past_retention (self->scheme, today, &error);
  if (self->records == NULL)
    {
      self->records = g_ptr_array_new_with_free_func (g_object_unref);
      hearth_show_toast (self->toasts, adw_toast_new (error->message));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->records->len; i++)
    gtk_list_box_append (self->list, record_row (self, g_ptr_array_index (self->records, i), i));

  description = g_strdup_printf (ngettext ("This scheme keeps records for %d year after someone "
                                           "leaves. These are older than that.",
                                           "This scheme keeps records for %d years after someone "
                                           "leaves. These are older than that.",
                                           (int) hearth_scheme_details_get_retention_years (details)),
                                 (int) hearth_scheme_details_get_retention_years (details));
  adw_preferences_group_set_description (self->group, description);
  gtk_stack_set_visible_child (self->stack, self->records->len > 0 ? self->page
                                                                    : GTK_WIDGET (self->empty));
}

static void
build (HearthRetentionWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Past Their Retention Period"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Records past their retention period"), -1);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  self->page = adw_preferences_page_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), self->group);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "emblem-ok-symbolic");
  adw_status_page_set_title (self->empty, _("Nothing to Erase"));
  adw_status_page_set_description (self->empty, _("No one’s records are past the scheme’s "
                                                  "retention period."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_child (self->stack, self->page);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->empty));

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

static void
hearth_retention_window_dispose (GObject *object)
{
  HearthRetentionWindow *self = HEARTH_RETENTION_WINDOW (object);

  g_clear_object (&self->scheme);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_object (&self->erasing);
  g_clear_pointer (&self->erasing_name, g_free);
  g_clear_weak_pointer (&self->erase_dialog);

  G_OBJECT_CLASS (hearth_retention_window_parent_class)->dispose (object);
}

static void
hearth_retention_window_class_init (HearthRetentionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_retention_window_dispose;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "retention.erase", "u",
                                   erase_action);

  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
hearth_retention_window_init (HearthRetentionWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Records Past Retention"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 520);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

HearthRetentionWindow *
hearth_retention_window_new (GtkWindow    *parent,
                             HearthScheme *scheme)
{
  HearthRetentionWindow *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_RETENTION_WINDOW, "transient-for", parent, NULL);
  self->scheme = g_object_ref (scheme);
  build (self);
  list_records_due (self);
  return self;
}

guint
hearth_retention_window_get_n_shown (HearthRetentionWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_WINDOW (self), 0);

  return self->records->len;
}
