/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-backups-window.c: lists the backups of the open scheme, newest first, makes one on
 * request in a worker thread (with a spinner, and Cancel), and restores one after asking. Restoring sets the current file aside; the window
 * that owns the scheme closes it first and opens the restored file after. */

#define G_LOG_DOMAIN "hearth-backups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-backup.h"
#include "hearth-backups-window.h"

struct _HearthBackupsWindow
{
  AdwWindow            parent_instance;

  HearthScheme        *scheme;
  GListModel          *backups;  /* HearthBackup, newest first, as the list shows them */
  GFile               *restoring; /* the backup the open question offers to restore */
  AdwToastOverlay     *toasts;
  AdwPreferencesGroup *group;
  GtkWidget           *page;
  GtkListBox          *list;
  AdwStatusPage       *empty;
  GtkStack            *stack;
  GtkWidget           *back_up_button;
  GtkWidget           *cancel_button;
  GtkSpinner          *spinner;
  GCancellable        *busy;     /* a backup under way */
};

G_DEFINE_FINAL_TYPE (HearthBackupsWindow, hearth_backups_window, ADW_TYPE_WINDOW)

enum {
  RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void list_backups (HearthBackupsWindow *self);

static void
restore_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     HearthBackupsWindow *self)
{
  g_autoptr(GFile) backup = g_steal_pointer (&self->restoring);

  if (g_strcmp0 (response, "restore") != 0 || backup == NULL)
    return;

  g_signal_emit (self, signals[RESTORE], 0, backup);
  gtk_window_close (GTK_WINDOW (self));
}

/* The backup is the list's, at the row's place in it. */
static void
restore_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthBackupsWindow *self = HEARTH_BACKUPS_WINDOW (widget);
  g_autoptr(HearthBackup) backup = g_list_model_get_item (self->backups,
                                                          g_variant_get_uint32 (parameter));
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (backup == NULL)
    return;
  when = g_date_time_format (hearth_backup_get_taken_at (backup), "%-d %B %Y %H:%M");
  body = g_strdup_printf (_("The scheme goes back to how it was on %s. The "
                                             "current file is kept beside it under a new name, "
                                             "so nothing is lost."), when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"),
                                                       body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  g_set_object (&self->restoring, hearth_backup_get_file (backup));
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), self);
  hearth_present_dialog (dialog);
}

static GtkWidget *
backup_row (HearthBackup *backup,
            guint         position)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Restore…"));
  g_autofree char *when = g_date_time_format (hearth_backup_get_taken_at (backup), "%-d %B %Y, %H:%M");
  g_autofree char *size = g_format_size (hearth_backup_get_size (backup));
  g_autofree char *spoken = g_strdup_printf (_("Restore the backup of %s"), when);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", position);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
list_backups (HearthBackupsWindow *self)
{
  g_autoptr(GFile) folder = hearth_scheme_get_backup_folder (self->scheme);
  g_autofree char *base = g_file_get_basename (hearth_scheme_get_file (self->scheme));
  g_autofree char *path = g_file_get_path (folder);
  GListStore *backups;
  GtkWidget *child;
  guint n;

  if (g_str_has_suffix (base, ".hearth"))
    base[strlen (base) - strlen (".hearth")] = '\0';
  backups = hearth_backup_list (folder, base, NULL);
  if (backups == NULL)
    backups = g_list_store_new (HEARTH_TYPE_BACKUP);
  g_clear_object (&self->backups);
  self->backups = G_LIST_MODEL (backups);
  n = g_list_model_get_n_items (self->backups);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (self->backups, i);

      gtk_list_box_append (self->list, backup_row (backup, i));
    }

  adw_preferences_group_set_description (self->group, path);
  gtk_stack_set_visible_child (self->stack, n > 0 ? self->page : GTK_WIDGET (self->empty));
}

/* While a backup is made, nothing else in the window can be started. */
static void
show_busy (HearthBackupsWindow *self,
           gboolean             busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (self->back_up_button, !busy);
  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_widget_set_sensitive (self->cancel_button, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->list), !busy);
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(HearthBackupsWindow) self = data;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  backup = hearth_scheme_back_up_finish (HEARTH_SCHEME (source), result, &error);
  /* The window was closed meanwhile: nothing is left to show it in. */
  if (self->busy == NULL)
    return;
  g_clear_object (&self->busy);
  show_busy (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hearth_show_toast (self->toasts, adw_toast_new (_("Backup cancelled")));
  else if (backup == NULL)
    hearth_show_toast (self->toasts, adw_toast_new (error->message));
  else
    {
      hearth_show_toast (self->toasts, adw_toast_new (_("Backed up and checked")));
      list_backups (self);
    }
}

/* What Back Up Now does: a copy made, checked and older ones thinned, in a worker thread, so
 * a large scheme does not stop the window. */
void
hearth_backups_window_back_up (HearthBackupsWindow *self)
{
  g_return_if_fail (HEARTH_IS_BACKUPS_WINDOW (self));

  if (self->busy != NULL)
    return;

  self->busy = g_cancellable_new ();
  show_busy (self, TRUE);
  hearth_scheme_back_up_async (self->scheme, self->busy, backed_up_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (HearthBackupsWindow *self)
{
  if (self->busy != NULL)
    g_cancellable_cancel (self->busy);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
}

/* Whether a backup is being made. */
gboolean
hearth_backups_window_get_busy (HearthBackupsWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_BACKUPS_WINDOW (self), FALSE);

  return self->busy != NULL;
}

static GtkWidget *
build_header (HearthBackupsWindow *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *button = hearth_button_new_with_mnemonic (_("_Back Up Now"));

  gtk_widget_add_css_class (button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back Up Now"), -1);
  gtk_widget_set_sensitive (button, !hearth_scheme_get_read_only (self->scheme));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (hearth_backups_window_back_up), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  self->back_up_button = button;

  self->cancel_button = hearth_button_new_with_mnemonic (_("_Cancel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cancel the backup"), -1);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->cancel_button);

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Backing up"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  return header;
}

static void
build (HearthBackupsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Backups, Newest First"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Backups"), -1);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  self->page = adw_preferences_page_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), self->group);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "document-save-symbolic");
  adw_status_page_set_title (self->empty, _("No Backups Yet"));
  adw_status_page_set_description (self->empty, _("Hearth backs up a scheme when it opens and "
                                                  "every half hour while it changes."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_child (self->stack, self->page);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->empty));

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

static void
hearth_backups_window_dispose (GObject *object)
{
  HearthBackupsWindow *self = HEARTH_BACKUPS_WINDOW (object);

  /* Closed while backing up: the copy stops, and leaves no file behind. */
  if (self->busy != NULL)
    g_cancellable_cancel (self->busy);
  g_clear_object (&self->busy);
  g_clear_object (&self->scheme);
  g_clear_object (&self->backups);
  g_clear_object (&self->restoring);

  G_OBJECT_CLASS (hearth_backups_window_parent_class)->dispose (object);
}

static void
hearth_backups_window_class_init (HearthBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_backups_window_dispose;

  /**
   * HearthBackupsWindow::restore:
   * @backup: the backup file the coordinator chose
   *
   * Asks the window that owns the scheme to close it and put @backup in its place.
   */
  signals[RESTORE] =
    g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "backups.restore", "u",
                                   restore_action);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
hearth_backups_window_init (HearthBackupsWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Backups"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 520);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

HearthBackupsWindow *
hearth_backups_window_new (GtkWindow    *parent,
                           HearthScheme *scheme)
{
  HearthBackupsWindow *self = g_object_new (HEARTH_TYPE_BACKUPS_WINDOW,
                                            "transient-for", parent, NULL);

  self->scheme = g_object_ref (scheme);
  build (self);
  list_backups (self);
  return self;
}

/* How many backups the window lists. */
guint
hearth_backups_window_get_n_backups (HearthBackupsWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (HEARTH_IS_BACKUPS_WINDOW (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;

  return n;
}
