/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-settings-window.c: the scheme's details, its review and recruitment policies, how
 * long it keeps records, and where its backups go. Changes are kept in a copy and saved
 * together when the window closes, as one change in the history; if saving fails, the
 * window stays open with everything as typed and says why. */

#define G_LOG_DOMAIN "hearth-settings-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-backup.h"
#include "hearth-settings-window.h"

struct _HearthSettingsWindow
{
  AdwPreferencesWindow  parent_instance;

  HearthScheme         *scheme;
  HearthSchemeDetails  *edited;
  AdwActionRow         *backup_row;
  GtkFileChooserNative *chooser;
  GtkWidget            *text_rows[6];     /* one for each of texts[], in order */
  GtkWidget            *number_spins[10]; /* one for each of numbers[], in order */
};

G_DEFINE_FINAL_TYPE (HearthSettingsWindow, hearth_settings_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The policies: each a whole number within the range the scheme file allows. */
static const struct {
  const char *property;
  const char *title;
  const char *subtitle;
} numbers[] = {
  { "first-review-weeks", N_("First review"), N_("Weeks after an arrangement starts") },
  { "review-interval-months", N_("Then every"), N_("Months between reviews of an arrangement") },
  { "emergency-review-weeks", N_("Emergency reviews"), N_("Weeks between reviews of an emergency arrangement") },
  { "emergency-max-months", N_("Emergency arrangements last at most"), N_("Months") },
  { "emergency-planning-days", N_("Emergency planning meeting"), N_("Working days after it starts") },
  { "approval-review-months", N_("Carer approval review"), N_("Months between reviews of approval") },
  { "dbs-renewal-years", N_("DBS check renewed"), N_("Every this many years") },
  { "recruitment-target-days", N_("Recruitment target"), N_("Days from enquiry to approval") },
  { "trial-stall-days", N_("A trial has stalled after"), N_("Days without moving on") },
  { "retention-years", N_("Keep records"), N_("Years after someone leaves the scheme") },
};

static const struct {
  const char *property;
  const char *title;
} texts[] = {
  { "name", N_("Scheme name") },
  { "cqc-location-id", N_("CQC location ID") },
  { "address", N_("Address") },
  { "postcode", N_("Postcode") },
  { "phone", N_("Phone") },
  { "email", N_("Email") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (texts) == G_N_ELEMENTS (((HearthSettingsWindow *) NULL)->text_rows));
G_STATIC_ASSERT (G_N_ELEMENTS (numbers) ==
                 G_N_ELEMENTS (((HearthSettingsWindow *) NULL)->number_spins));

/* Which of @widgets is @widget: the same index names its property. */
static guint
index_of (GtkWidget * const *widgets,
          guint              n_widgets,
          GtkWidget         *widget)
{
  for (guint i = 0; i < n_widgets; i++)
    if (widgets[i] == widget)
      return i;
  g_assert_not_reached ();
}

static void
text_changed_cb (GtkEditable          *row,
                 HearthSettingsWindow *self)
{
  const char *property = texts[index_of (self->text_rows, G_N_ELEMENTS (self->text_rows),
                                         GTK_WIDGET (row))].property;
  const char *text = gtk_editable_get_text (row);

  hearth_record_set_string (HEARTH_RECORD (self->edited), property,
                            text[0] != '\0' || g_str_equal (property, "name") ? text : NULL);
}

static void
number_changed_cb (GtkSpinButton        *spin,
                   HearthSettingsWindow *self)
{
  const char *property = numbers[index_of (self->number_spins, G_N_ELEMENTS (self->number_spins),
                                           GTK_WIDGET (spin))].property;

  g_object_set (self->edited, property, (gint64) gtk_spin_button_get_value_as_int (spin), NULL);
}

static GtkWidget *
text_row (HearthSettingsWindow *self,
          guint                 i)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *value = hearth_record_get_string (HEARTH_RECORD (self->edited), texts[i].property);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(texts[i].title));
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  self->text_rows[i] = row;
  g_signal_connect (row, "changed", G_CALLBACK (text_changed_cb), self);
  return row;
}

static GtkWidget *
number_row (HearthSettingsWindow *self,
            guint                 i)
{
  GParamSpecInt64 *pspec = G_PARAM_SPEC_INT64 (g_object_class_find_property (G_OBJECT_GET_CLASS (self->edited),
                                                                            numbers[i].property));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (pspec->minimum, pspec->maximum, 1);
  gint64 value;

  g_object_get (self->edited, numbers[i].property, &value, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(numbers[i].title));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(numbers[i].subtitle));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  hearth_set_spoken_name (spin, _(numbers[i].title));
  self->number_spins[i] = spin;
  g_signal_connect (spin, "value-changed", G_CALLBACK (number_changed_cb), self);
  return row;
}

static void
show_backup_folder (HearthSettingsWindow *self)
{
  const char *folder = hearth_scheme_details_get_backup_folder (self->edited);
  g_autoptr(GFile) beside = hearth_backup_folder_for (hearth_scheme_get_file (self->scheme));
  g_autofree char *beside_path = g_file_get_path (beside);

  adw_action_row_set_subtitle (self->backup_row, folder != NULL ? folder : beside_path);
}

static void
folder_chosen_cb (GtkNativeDialog      *chooser,
                  int                   response,
                  HearthSettingsWindow *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL && (path = g_file_get_path (folder)) != NULL)
    {
      hearth_record_set_string (HEARTH_RECORD (self->edited), "backup-folder", path);
      show_backup_folder (self);
    }
  g_clear_object (&self->chooser);
}

static void
choose_folder_cb (HearthSettingsWindow *self)
{
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose Where Backups Go"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Choose"), _("_Cancel"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
default_folder_cb (HearthSettingsWindow *self)
{
  hearth_record_set_string (HEARTH_RECORD (self->edited), "backup-folder", NULL);
  show_backup_folder (self);
}

static GtkWidget *
backup_group (HearthSettingsWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *choose = hearth_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Backups"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Hearth backs up the scheme when it opens and every "
                                           "half hour while it changes. A folder on a USB drive "
                                           "keeps copies away from this computer."));
  self->backup_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->backup_row), _("Backup folder"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (reset, _("Back Up Beside the Scheme File"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose the Backup Folder"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reset), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back Up Beside the Scheme File"), -1);
  gtk_widget_add_css_class (reset, "flat");
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (choose_folder_cb), self);
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (default_folder_cb), self);
  adw_action_row_add_suffix (self->backup_row, reset);
  adw_action_row_add_suffix (self->backup_row, choose);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->backup_row));
  show_backup_folder (self);
  return group;
}

static AdwPreferencesGroup *
group_new (AdwPreferencesPage *page,
           const char         *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static AdwPreferencesPage *
page_new (HearthSettingsWindow *self,
          const char           *title,
          const char           *icon_name)
{
  GtkWidget *page = adw_preferences_page_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), title);
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), icon_name);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  return ADW_PREFERENCES_PAGE (page);
}

static void
build (HearthSettingsWindow *self)
{
  AdwPreferencesPage *scheme = page_new (self, _("Scheme"), "go-home-symbolic");
  AdwPreferencesPage *policy = page_new (self, _("Policies"), "x-office-calendar-symbolic");
  AdwPreferencesGroup *details = group_new (scheme, _("Details"));
  AdwPreferencesGroup *reviews = group_new (policy, _("Reviews"));
  AdwPreferencesGroup *carers = group_new (policy, _("Carers and Trials"));
  AdwPreferencesGroup *records = group_new (policy, _("Records"));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    adw_preferences_group_add (details, text_row (self, i));
  adw_preferences_page_add (scheme, ADW_PREFERENCES_GROUP (backup_group (self)));

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    adw_preferences_group_add (i < 5 ? reviews : i < 9 ? carers : records, number_row (self, i));

  /* Someone else has the scheme open: the settings can be read, not changed. */
  gtk_widget_set_sensitive (GTK_WIDGET (scheme), !hearth_scheme_get_read_only (self->scheme));
  gtk_widget_set_sensitive (GTK_WIDGET (policy), !hearth_scheme_get_read_only (self->scheme));
}

/**
 * hearth_settings_window_save:
 *
 * Saves what was changed, as closing the window does.
 */
gboolean
hearth_settings_window_save (HearthSettingsWindow  *self,
                             GError               **error)
{
  HearthRecord *stored;

  g_return_val_if_fail (HEARTH_IS_SETTINGS_WINDOW (self), FALSE);

  stored = HEARTH_RECORD (hearth_scheme_get_details (self->scheme));
  for (guint i = 0; i < HEARTH_RECORD_GET_CLASS (stored)->columns->len; i++)
    if (!hearth_record_column_equal (stored, HEARTH_RECORD (self->edited),
                                     g_ptr_array_index (HEARTH_RECORD_GET_CLASS (stored)->columns, i)))
      return hearth_scheme_update (self->scheme, HEARTH_RECORD (self->edited), error);

  return TRUE;
}

static void
save_failed (HearthSettingsWindow *self,
             GError               *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The Settings Could Not Be Saved"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

static gboolean
hearth_settings_window_close_request (GtkWindow *window)
{
  HearthSettingsWindow *self = HEARTH_SETTINGS_WINDOW (window);
  g_autoptr(GError) error = NULL;

  if (!hearth_scheme_get_read_only (self->scheme) && !hearth_settings_window_save (self, &error))
    {
      save_failed (self, error);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (hearth_settings_window_parent_class)->close_request (window);
}

static void
hearth_settings_window_dispose (GObject *object)
{
  HearthSettingsWindow *self = HEARTH_SETTINGS_WINDOW (object);

  g_clear_object (&self->chooser);
  g_clear_object (&self->edited);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_settings_window_parent_class)->dispose (object);
}

static void
hearth_settings_window_class_init (HearthSettingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hearth_settings_window_dispose;
  window_class->close_request = hearth_settings_window_close_request;
}

static void
hearth_settings_window_init (HearthSettingsWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Scheme Settings"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 640);
}

HearthSettingsWindow *
hearth_settings_window_new (GtkWindow    *parent,
                            HearthScheme *scheme)
{
  HearthSettingsWindow *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_SETTINGS_WINDOW, "transient-for", parent, NULL);
  self->scheme = g_object_ref (scheme);
  self->edited = HEARTH_SCHEME_DETAILS (hearth_record_copy (HEARTH_RECORD (hearth_scheme_get_details (scheme))));
  build (self);
  return self;
}

/**
 * hearth_settings_window_get_edited:
 *
 * Returns: (transfer none): the details as changed in the window, not yet saved
 */
HearthSchemeDetails *
hearth_settings_window_get_edited (HearthSettingsWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_SETTINGS_WINDOW (self), NULL);

  return self->edited;
}
