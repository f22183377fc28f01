/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-window.c: the welcome page, and a scheme's views in a leaflet: the sidebar of
 * views beside the chosen view's page. Opening, creating, restoring and the demo run in a
 * worker thread behind a page that says what is happening and can cancel it; each ends in
 * hearth_window_set_scheme(), which makes one page per view for that scheme. */

#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-arrangements-page.h"
#include "hearth-backup.h"
#include "hearth-backups-window.h"
#include "hearth-dashboard-page.h"
#include "hearth-list-export.h"
#include "hearth-history-page.h"
#include "hearth-matching-page.h"
#include "hearth-subject-access-export.h"
#include "hearth-page.h"
#include "hearth-retention-window.h"
#include "hearth-preferences.h"
#include "hearth-settings-window.h"
#include "hearth-record-list.h"
#include "hearth-records-page.h"
#include "hearth-reviews-page.h"
#include "hearth-recruitment-page.h"
#include "hearth-trials-page.h"
#include "hearth-window.h"

#define MAX_RECENT 10
/* While a scheme has changed, a backup every half hour. */
#define BACKUP_INTERVAL_SECONDS (30 * 60)

/* The sidebar, in order; Alt+1 to Alt+9 follow it. Each page is made anew for each scheme,
 * when it is first asked for: a view nobody opens costs nothing. `takes` is the kind of
 * record the view opens (win.show-record), so it is made only for a record it will take. */
static const struct {
  const char *name;
  const char *title;
  const char *icon_name;
  HearthPage *(*create) (HearthScheme *scheme, GError **error);
  GType       (*takes) (void);
} views[] = {
  { "dashboard", N_("Dashboard"), "view-grid-symbolic", hearth_dashboard_page_new, NULL },
  { "recruitment", N_("Recruitment"), "list-add-symbolic", hearth_recruitment_page_new, NULL },
  { "people", N_("People"), "system-users-symbolic", hearth_records_page_new_people,
    hearth_person_get_type },
  { "carers", N_("Carers"), "go-home-symbolic", hearth_records_page_new_carers,
    hearth_carer_get_type },
  { "matching", N_("Matching"), "emoji-people-symbolic", hearth_matching_page_new, NULL },
  { "trials", N_("Trials"), "emblem-default-symbolic", hearth_trials_page_new,
    hearth_trial_get_type },
  { "arrangements", N_("Arrangements"), "emblem-favorite-symbolic", hearth_arrangements_page_new,
    hearth_arrangement_get_type },
  { "reviews", N_("Reviews"), "x-office-calendar-symbolic", hearth_reviews_page_new,
    hearth_review_get_type },
  { "history", N_("History"), "document-open-recent-symbolic", hearth_history_page_new, NULL },
};

/* The records that `win.show-record` can open, by their table's name. */
static GType
record_type_for_table (const char *table)
{
  static const struct { const char *table; GType (*get_type) (void); } kinds[] = {
    { "person", hearth_person_get_type },
    { "carer", hearth_carer_get_type },
    { "trial", hearth_trial_get_type },
    { "arrangement", hearth_arrangement_get_type },
    { "review", hearth_review_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].table, table))
      return kinds[i].get_type ();
  return G_TYPE_INVALID;
}

struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  HearthScheme         *scheme;
  GSettings            *settings;
  GtkFileChooserNative *chooser;
  guint                 backup_source;
  gboolean              changed_since_backup;
  gboolean              closing_unsaved;      /* the coordinator chose to close anyway */
  gboolean              backing_up;
  GCancellable         *busy;                 /* the open, creation or restore under way */
  GFile                *opening;              /* the file it is for */
  HearthRecordList     *people;               /* read with the scheme, for its People view */
  GFile                *offered_backup;       /* the backup an open's refusal offers */
  char                 *new_scheme_name;      /* the scheme being saved for the first time */
  HearthPerson         *access_person;        /* whose subject access files are saved */
  GStrv                 recent_paths;         /* the recent schemes listed, in order */

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkListBox           *view_list;
  GtkLabel             *scheme_title;
  GtkStack             *view_stack;
  AdwToast             *read_only_toast;
  AdwWindowTitle       *busy_title;
  AdwStatusPage        *busy_status;
  GtkSpinner           *busy_spinner;
  GtkButton            *busy_cancel;
};

/* One piece of slow work for the window, in a worker thread. When it finishes, the window
 * takes its result only if the same work is still the window's busy one: work that was
 * overtaken by a newer request is dropped. */
typedef struct _Job Job;

struct _Job
{
  HearthWindow *window;
  GCancellable *cancellable;
  GFile        *file;
  char         *name;
  char         *message;    /* why the scheme would not open, while a backup is looked for */
  void        (*start) (Job *job);
  GdkFrameClock *frame_clock;
  gulong        painted_handler;
  guint         fallback;
};

static void
job_free (Job *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->file);
  g_free (job->name);
  g_free (job->message);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* Starts the worker once, whichever comes first of the two below. */
static void
start_now (Job *job)
{
  if (job->frame_clock != NULL)
    g_clear_signal_handler (&job->painted_handler, job->frame_clock);
  g_clear_object (&job->frame_clock);
  g_clear_handle_id (&job->fallback, g_source_remove);
  job->start (job);
}

static void
painted_cb (GdkFrameClock *clock,
            Job           *job)
{
  start_now (job);
}

/* A window whose drawing is held up (minimised, say) starts the work all the same. */
static gboolean
not_painted_cb (gpointer data)
{
  Job *job = data;

  job->fallback = 0;
  start_now (job);
  return G_SOURCE_REMOVE;
}

/* Starts @job's worker once the window has drawn what it is doing: at launch, the window
 * comes up as fast as a bare one, before the worker competes with it for the processor. */
static void
start_when_shown (Job   *job,
                  void (*start) (Job *job))
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (job->window));

  job->start = start;
  if (clock == NULL || !gtk_widget_get_visible (GTK_WIDGET (job->window)))
    {
      start (job);
      return;
    }

  job->frame_clock = g_object_ref (clock);
  job->painted_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), job);
  job->fallback = g_timeout_add (250, not_painted_cb, job);
}

G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_error (HearthWindow *self,
            const char   *heading,
            const char   *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

/* Shows a view; in the narrow layout, its page slides over the sidebar. */
void
hearth_window_show_view (HearthWindow *self,
                         const char   *view)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (view != NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->view_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_str_equal (gtk_widget_get_name (row), view))
      {
        gtk_list_box_select_row (self->view_list, GTK_LIST_BOX_ROW (row));
        adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->view_stack));
        return;
      }

  g_warning ("No view called “%s”", view);
}

static void
view_selected_cb (GtkListBox    *box,
                  GtkListBoxRow *row,
                  HearthWindow  *self)
{
  const char *view;

  if (row == NULL)
    return;

  view = gtk_widget_get_name (GTK_WIDGET (row));
  if (hearth_window_get_page (self, view) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, view);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-view", view);
}

/* A list box passes Tab from row to row, and in the sidebar each row it reaches is
 * selected: Tab would change the view rather than leave the sidebar. Tab goes on into the
 * view shown instead, and Shift+Tab back to the header bar. */
static gboolean
view_list_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          HearthWindow          *self)
{
  GtkWidget *header = gtk_widget_get_first_child (self->sidebar_box);

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0)
    return gtk_widget_child_focus (header, GTK_DIR_TAB_BACKWARD);
  if (adw_leaflet_get_folded (self->leaflet))
    return FALSE;
  return gtk_widget_child_focus (gtk_stack_get_visible_child (self->view_stack),
                                 GTK_DIR_TAB_FORWARD);
}

static void
view_activated_cb (GtkListBox    *box,
                   GtkListBoxRow *row,
                   HearthWindow  *self)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->view_stack));
}

/**
 * hearth_window_show_record:
 *
 * Opens @record in the first page that shows records of its kind.
 *
 * Returns: %TRUE if a page took it
 */
gboolean
hearth_window_show_record (HearthWindow *self,
                           HearthRecord *record)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->view_stack, views[i].name);

      if (page == NULL && views[i].takes != NULL &&
          G_TYPE_CHECK_INSTANCE_TYPE (record, views[i].takes ()))
        page = GTK_WIDGET (hearth_window_get_page (self, views[i].name));
      if (page != NULL && hearth_page_show_record (HEARTH_PAGE (page), record))
        {
          hearth_window_show_view (self, views[i].name);
          return TRUE;
        }
    }

  return FALSE;
}

static GtkWidget *
view_row_new (guint i)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(views[i].title));

  gtk_widget_set_name (row, views[i].name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), hearth_decorative_image_new (views[i].icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(views[i].title), -1);
  return row;
}

static void
remember_recent (HearthWindow *self,
                 GFile        *file)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (path == NULL || self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-schemes");
  builder = g_strv_builder_new ();

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-schemes", (const char * const *) recent);
}

static int
find_view (const char *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_str_equal (views[i].name, view))
      return (int) i;

  return -1;
}

/* Screen readers walk the pages in the stack's order, which a stack only appends to: the
 * pages made before @made that come after it in the sidebar go to the end again, after it. */
static void
keep_sidebar_order (HearthWindow *self,
                    guint         made)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->view_stack);

  for (guint i = made + 1; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *later = gtk_stack_get_child_by_name (self->view_stack, views[i].name);

      if (later == NULL)
        continue;
      g_object_ref (later);
      gtk_stack_remove (self->view_stack, later);
      gtk_stack_add_named (self->view_stack, later, views[i].name);
      g_object_unref (later);
    }
  if (visible != NULL && visible != gtk_stack_get_visible_child (self->view_stack))
    gtk_stack_set_visible_child (self->view_stack, visible);
}

/* The page of view @i, made now if it was never asked for. */
static HearthPage *
ensure_page (HearthWindow  *self,
             guint          i,
             GError       **error)
{
  HearthPage *page = (HearthPage *) gtk_stack_get_child_by_name (self->view_stack,
                                                                 views[i].name);

  if (page != NULL)
    return page;
  if (!(page = views[i].create (self->scheme, error)))
    return NULL;

  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  gtk_stack_add_named (self->view_stack, GTK_WIDGET (page), views[i].name);
  keep_sidebar_order (self, i);
  return page;
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(HearthWindow) self = data;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  self->backing_up = FALSE;
  backup = hearth_scheme_back_up_finish (HEARTH_SCHEME (source), result, &error);
  if (backup == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The automatic backup failed: %s"), error->message);

      self->changed_since_backup = TRUE;
      hearth_show_toast (self->toast_overlay, adw_toast_new (text));
    }
}

/* A verified backup, then thinning, in a worker thread so that a large scheme does not stop
 * the window; a failure is shown, never silent. */
static void
back_up (HearthWindow *self)
{
  if (self->scheme == NULL || hearth_scheme_get_read_only (self->scheme) || self->backing_up)
    return;

  self->backing_up = TRUE;
  self->changed_since_backup = FALSE;
  hearth_scheme_back_up_async (self->scheme, NULL, backed_up_cb, g_object_ref (self));
}

static gboolean
back_up_on_open_cb (gpointer data)
{
  back_up (HEARTH_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static gboolean
back_up_if_changed_cb (gpointer data)
{
  HearthWindow *self = data;

  if (self->changed_since_backup)
    back_up (self);
  return G_SOURCE_CONTINUE;
}

/* "Brookfield.hearth" → "Brookfield": what the scheme is called until it has been read. */
static char *
file_stem (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  if (g_str_has_suffix (base, ".hearth"))
    base[strlen (base) - strlen (".hearth")] = '\0';
  return g_steal_pointer (&base);
}

/* Shows at once what the window is doing for @file, named @name, and returns the work that
 * does it: a job whose cancellable is the window's busy one. Anything already under way is
 * cancelled and dropped. */
static Job *
begin_busy (HearthWindow *self,
            GFile        *file,
            const char   *name,
            const char   *status)
{
  g_autofree char *title = g_strdup_printf (_("%s — Hearth"), name);
  Job *job = g_new0 (Job, 1);

  if (self->busy != NULL)
    g_cancellable_cancel (self->busy);
  g_clear_object (&self->busy);
  self->busy = g_cancellable_new ();
  g_set_object (&self->opening, file);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->busy_title, name);
  adw_status_page_set_title (self->busy_status, status);
  gtk_widget_set_sensitive (GTK_WIDGET (self->busy_cancel), TRUE);
  gtk_spinner_start (self->busy_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "busy");

  job->window = g_object_ref (self);
  job->cancellable = g_object_ref (self->busy);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->name = g_strdup (name);
  return job;
}

/* Whether @job is still the window's work, rather than overtaken or the window gone. */
static gboolean
job_is_current (Job *job)
{
  return job->window->busy == job->cancellable;
}

/* Back to the scheme shown before, or to the welcome page. */
static void
end_busy (HearthWindow *self)
{
  g_clear_object (&self->busy);
  g_clear_object (&self->opening);
  gtk_spinner_stop (self->busy_spinner);
  if (self->scheme != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("%s — Hearth"),
                                                hearth_scheme_get_name (self->scheme));

      gtk_window_set_title (GTK_WINDOW (self), title);
      gtk_stack_set_visible_child_name (self->main_stack, "scheme");
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Hearth"));
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
}

static void
busy_cancel_clicked_cb (HearthWindow *self)
{
  if (self->busy == NULL)
    return;

  /* The work stops at its next step; a migration under way finishes first. */
  g_cancellable_cancel (self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->busy_cancel), FALSE);
  adw_status_page_set_title (self->busy_status, _("Cancelling…"));
}

/**
 * hearth_window_get_busy:
 *
 * Returns: whether the window is opening, creating or restoring a scheme, or making the demo
 */
gboolean
hearth_window_get_busy (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);

  return self->busy != NULL;
}

static void
show_scheme_name (HearthWindow *self)
{
  const char *name = hearth_scheme_get_name (self->scheme);
  g_autofree char *title = g_strdup_printf (_("%s — Hearth"), name);

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_label (self->scheme_title, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scheme_title), name);
}

static void
details_changed_cb (HearthWindow *self,
                    HearthRecord *record)
{
  if (HEARTH_IS_SCHEME_DETAILS (record))
    show_scheme_name (self);
}

static void
scheme_changed_cb (HearthWindow *self)
{
  self->changed_since_backup = TRUE;
}

static void
watch_for_backups (HearthWindow *self)
{
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_signal_connect_object (self->scheme, "record-added", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheme, "record-changed", G_CALLBACK (details_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheme, "record-changed", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_idle_add_full (G_PRIORITY_LOW, back_up_on_open_cb, g_object_ref (self), g_object_unref);
  self->backup_source = g_timeout_add_seconds (BACKUP_INTERVAL_SECONDS, back_up_if_changed_cb, self);
}

/* Drops every page and its sidebar row: a page belongs to one scheme. */
static void
clear_views (HearthWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack))) != NULL)
    gtk_stack_remove (self->view_stack, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->view_list))) != NULL)
    gtk_list_box_remove (self->view_list, child);
}

/* What the window offers follows from its state alone: whether a scheme is open, whether
 * this window may change it, and whether a view is shown. Called whenever one of them
 * changes. */
static void
update_actions (HearthWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->scheme != NULL;
  gboolean read_only = open && hearth_scheme_get_read_only (self->scheme);
  gboolean showing = open && gtk_stack_get_visible_child (self->view_stack) != NULL;

  gtk_widget_action_set_enabled (widget, "win.backups", open);
  gtk_widget_action_set_enabled (widget, "win.retention", open);
  gtk_widget_action_set_enabled (widget, "win.settings", open);
  gtk_widget_action_set_enabled (widget, "win.export-list", open);
  gtk_widget_action_set_enabled (widget, "win.show-view", open);
  gtk_widget_action_set_enabled (widget, "win.show-record", open);
  gtk_widget_action_set_enabled (widget, "win.show-history", open);
  gtk_widget_action_set_enabled (widget, "win.find-carers", open);
  gtk_widget_action_set_enabled (widget, "win.subject-access", open);
  gtk_widget_action_set_enabled (widget, "win.search", showing);
  /* Only a window that cannot write to its scheme has anything to take over. */
  gtk_widget_action_set_enabled (widget, "win.take-over", read_only);
}

/* Lets go of the scheme, its pages and its file, back to the welcome page. */
static void
close_scheme (HearthWindow *self)
{
  if (self->scheme == NULL)
    return;

  clear_views (self);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->scheme, self);
  hearth_scheme_close (self->scheme);
  g_clear_object (&self->scheme);
  g_clear_object (&self->people);
  update_actions (self);
  gtk_window_set_title (GTK_WINDOW (self), _("Hearth"));
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/**
 * hearth_window_set_scheme:
 *
 * Shows @scheme in this window, with its people and carers.
 */
gboolean
hearth_window_set_scheme (HearthWindow *self,
                          HearthScheme *scheme)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), FALSE);

  clear_views (self);
  if (self->scheme != NULL)
    g_signal_handlers_disconnect_by_data (self->scheme, self);
  if (self->scheme != scheme)
    g_clear_object (&self->people);
  g_set_object (&self->scheme, scheme);
  g_signal_connect_object (scheme, "notify::read-only", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  watch_for_backups (self);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_list_box_append (self->view_list, view_row_new (i));
  if (!ensure_page (self, 0, &error))
    {
      clear_views (self);
      show_error (self, _("The Scheme Could Not Be Shown"), error->message);
      return FALSE;
    }

  show_scheme_name (self);
  remember_recent (self, hearth_scheme_get_file (scheme));
  gtk_stack_set_visible_child_name (self->main_stack, "scheme");

  /* A scheme always opens on its first view, the dashboard: what needs attention first. */
  hearth_window_show_view (self, views[0].name);

  if (self->read_only_toast != NULL)
    adw_toast_dismiss (self->read_only_toast);
  if (hearth_scheme_get_read_only (scheme))
    {
      const char *writer = hearth_scheme_get_other_writer (scheme);
      g_autofree char *text = writer != NULL
        ? g_strdup_printf (_("Read-only — opened by %s"), writer)
        : g_strdup (_("Open read-only: this scheme cannot be changed here"));
      AdwToast *toast = adw_toast_new (text);

      /* A lock can outlive its Hearth on another computer; the coordinator may break it. */
      if (writer != NULL)
        {
          adw_toast_set_button_label (toast, _("_Take Over…"));
          adw_toast_set_action_name (toast, "win.take-over");
        }
      adw_toast_set_timeout (toast, 0);
      g_set_weak_pointer (&self->read_only_toast, toast);
      hearth_show_toast (self->toast_overlay, toast);
    }

  return TRUE;
}

HearthScheme *
hearth_window_get_scheme (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->scheme;
}

/**
 * hearth_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page of @view, made if it was not yet, while a
 *   scheme is open; %NULL, after saying why, when it cannot be made
 */
HearthPage *
hearth_window_get_page (HearthWindow *self,
                        const char   *view)
{
  g_autoptr(GError) error = NULL;
  HearthPage *page;
  int i;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (view != NULL, NULL);

  if (self->scheme == NULL || (i = find_view (view)) < 0)
    return NULL;
  if (!(page = ensure_page (self, (guint) i, &error)))
    show_error (self, _("The View Could Not Be Shown"), error->message);
  return page;
}

GtkWidget *
hearth_window_get_list_pane (HearthWindow *self,
                             const char   *view)
{
  HearthPage *page = hearth_window_get_page (self, view);

  return HEARTH_IS_RECORDS_PAGE (page)
    ? GTK_WIDGET (hearth_records_page_get_list (HEARTH_RECORDS_PAGE (page))) : NULL;
}

GtkWidget *
hearth_window_get_profile_pane (HearthWindow *self,
                                const char   *view)
{
  HearthPage *page = hearth_window_get_page (self, view);

  return HEARTH_IS_RECORDS_PAGE (page)
    ? GTK_WIDGET (hearth_records_page_get_profile (HEARTH_RECORDS_PAGE (page))) : NULL;
}

static void
backup_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HearthWindow     *self)
{
  g_autoptr(GFile) backup = g_steal_pointer (&self->offered_backup);

  if (g_strcmp0 (response, "backup") == 0 && backup != NULL)
    hearth_window_open_file (self, backup);
}

static void
present_open_error (HearthWindow *self,
                    const char   *message,
                    HearthBackup *backup)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The Scheme Could Not Be Opened"),
                                                       message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));

  if (backup != NULL)
    {
      g_set_object (&self->offered_backup, hearth_backup_get_file (backup));
      adw_message_dialog_add_response (dialog, "backup", _("Open the Newest _Backup"));
      adw_message_dialog_set_response_appearance (dialog, "backup", ADW_RESPONSE_SUGGESTED);
      g_signal_connect (dialog, "response", G_CALLBACK (backup_response_cb), self);
    }

  hearth_present_dialog (dialog);
}

static void
good_backup_found_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  g_autoptr(Job) job = data;
  g_autoptr(HearthBackup) backup = hearth_backup_find_newest_good_finish (result, NULL);

  if (!job_is_current (job))
    return;

  end_busy (job->window);
  /* The search cancelled, the error is still said, without a backup to offer. */
  present_open_error (job->window, job->message, backup);
}

/* A scheme that will not open: say why, and offer the newest good backup when it is damaged.
 * Each backup is checked whole before it is offered, so the search runs in a worker thread. */
static void
show_open_error (HearthWindow *self,
                 GFile        *file,
                 const char   *name,
                 GError       *error)
{
  g_autofree char *status = NULL;
  Job *job;

  if (!g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED))
    {
      present_open_error (self, error->message, NULL);
      return;
    }

  status = g_strdup_printf (_("Looking for a good backup of “%s”…"), name);
  job = begin_busy (self, file, name, status);
  job->message = g_strdup (error->message);
  hearth_backup_find_newest_good_async (file, job->cancellable, good_backup_found_cb, job);
}

/**
 * hearth_window_find_for_file:
 *
 * Returns: (transfer none) (nullable): another window of the application that shows @file
 */
HearthWindow *
hearth_window_find_for_file (HearthWindow *self,
                             GFile        *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (application == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (HEARTH_IS_WINDOW (l->data) && l->data != (gpointer) self &&
        hearth_window_shows_file (l->data, file))
      return l->data;

  return NULL;
}

/**
 * hearth_window_shows_file:
 *
 * Returns: whether this window shows @file, or is opening it
 */
gboolean
hearth_window_shows_file (HearthWindow *self,
                          GFile        *file)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->opening != NULL && g_file_equal (self->opening, file))
    return TRUE;

  return self->scheme != NULL && g_file_equal (hearth_scheme_get_file (self->scheme), file);
}

static HearthPage *page_with_unsaved_changes (HearthWindow *self);

/* Replacing the scheme would drop an editor's typing: the coordinator finishes first. */
static gboolean
blocked_by_unsaved_changes (HearthWindow *self)
{
  HearthPage *page = page_with_unsaved_changes (self);
  AdwMessageDialog *dialog;

  if (page == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (gtk_stack_get_child_by_name (self->view_stack, views[i].name) == GTK_WIDGET (page))
      hearth_window_show_view (self, views[i].name);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changes Not Saved Yet"),
                                                       _("Finish what you are editing, with Done "
                                                         "or Cancel, before opening another "
                                                         "scheme.")));
  adw_message_dialog_add_response (dialog, "close", _("_Back to Editing"));
  hearth_present_dialog (dialog);
  return TRUE;
}

typedef struct
{
  HearthScheme     *scheme;
  HearthRecordList *people;
} Opened;

static void
opened_free (Opened *opened)
{
  g_clear_object (&opened->people);
  g_clear_object (&opened->scheme);
  g_free (opened);
}

/* Opens the scheme and reads its people, the list a coordinator asks for first, while the
 * window stays free; nothing else holds the scheme until it is returned. */
static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  Opened *opened = g_new0 (Opened, 1);

  if (!(opened->scheme = hearth_scheme_open (task_data, cancellable, &error)))
    {
      opened_free (opened);
      g_task_return_error (task, error);
      return;
    }
  /* A list that cannot be read here is read, and its failure told, by the People view. */
  opened->people = hearth_record_list_get_shared (opened->scheme, HEARTH_TYPE_PERSON, NULL);
  g_task_return_pointer (task, opened, (GDestroyNotify) opened_free);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(Job) job = data;
  HearthWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  Opened *opened = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(HearthScheme) scheme = opened != NULL ? g_steal_pointer (&opened->scheme) : NULL;
  g_autoptr(HearthRecordList) people = opened != NULL ? g_steal_pointer (&opened->people) : NULL;

  g_clear_pointer (&opened, opened_free);

  /* Cancelled once the open had begun to write: it finished, but was not wanted. */
  if (scheme != NULL && g_cancellable_is_cancelled (job->cancellable))
    {
      hearth_scheme_close (scheme);
      g_clear_object (&scheme);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
    }

  if (!job_is_current (job))
    {
      if (scheme != NULL)
        hearth_scheme_close (scheme);
      return;
    }

  end_busy (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (scheme == NULL)
    {
      show_open_error (self, job->file, job->name, error);
      return;
    }

  hearth_window_set_scheme (self, scheme);
  g_set_object (&self->people, people);
}

static void
open_in_thread (Job *job)
{
  g_autoptr(GTask) task = g_task_new (NULL, job->cancellable, opened_cb, job);

  g_task_set_source_tag (task, open_in_thread);
  g_task_set_task_data (task, g_object_ref (job->file), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

/* The window says at once what it is opening; the scheme's views come when it has opened. */
static void
start_open (HearthWindow *self,
            GFile        *file)
{
  g_autofree char *name = file_stem (file);
  g_autofree char *status = g_strdup_printf (_("Opening “%s”…"), name);
  Job *job = begin_busy (self, file, name, status);

  start_when_shown (job, open_in_thread);
}

void
hearth_window_open_file (HearthWindow *self,
                         GFile        *file)
{
  HearthWindow *other;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* One window per scheme: a second would only get it read-only from the first. */
  if ((other = hearth_window_find_for_file (self, file)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }

  if (blocked_by_unsaved_changes (self))
    return;

  if (self->opening != NULL && g_file_equal (self->opening, file))
    return;

  start_open (self, file);
}

static void
demo_made_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(Job) job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = hearth_application_make_demo_finish (result, &error);

  if (!job_is_current (job))
    return;

  if (file == NULL)
    {
      end_busy (job->window);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (job->window, _("The Demo Scheme Could Not Be Made"), error->message);
      return;
    }

  start_open (job->window, file);
}

static void
make_demo_in_thread (Job *job)
{
  hearth_application_make_demo_async (job->cancellable, demo_made_cb, job);
}

void
hearth_window_open_demo (HearthWindow *self)
{
  g_autoptr(GFile) demo = hearth_application_dup_demo_file ();
  g_autofree char *name = NULL;
  HearthWindow *other;
  Job *job;

  g_return_if_fail (HEARTH_IS_WINDOW (self));

  /* The demo is made afresh each time, but never under a window that shows it. */
  if ((other = hearth_window_find_for_file (self, demo)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  if (blocked_by_unsaved_changes (self))
    return;
  if (self->opening != NULL && g_file_equal (self->opening, demo))
    return;
  if (self->scheme != NULL && g_file_equal (hearth_scheme_get_file (self->scheme), demo))
    close_scheme (self);

  name = file_stem (demo);
  job = begin_busy (self, demo, name, _("Making the demo scheme…"));
  start_when_shown (job, make_demo_in_thread);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  HearthWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    hearth_window_open_file (self, file);
}

static GtkFileFilter *
scheme_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Hearth schemes"));
  gtk_file_filter_add_mime_type (filter, "application/x-hearth-scheme");
  gtk_file_filter_add_suffix (filter, "hearth");
  return filter;
}

static void
open_scheme_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = scheme_filter ();

  self->chooser = gtk_file_chooser_native_new (_("Open a Scheme"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
created_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(Job) job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_create_finish (result, &error);

  if (!job_is_current (job))
    {
      if (scheme != NULL)
        hearth_scheme_close (scheme);
      return;
    }

  end_busy (job->window);
  if (scheme == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (job->window, _("The Scheme Could Not Be Created"), error->message);
      return;
    }

  hearth_window_set_scheme (job->window, scheme);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  HearthWindow    *self)
{
  g_autofree char *name = g_steal_pointer (&self->new_scheme_name);
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *with_suffix = NULL;
  g_autofree char *status = NULL;
  Job *job;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    return;

  if (blocked_by_unsaved_changes (self))
    return;

  path = g_file_get_path (chosen);
  with_suffix = g_strconcat (path, ".hearth", NULL);
  file = g_str_has_suffix (path, ".hearth") ? g_object_ref (chosen)
                                             : g_file_new_for_path (with_suffix);
  status = g_strdup_printf (_("Creating “%s”…"), name);
  job = begin_busy (self, file, name, status);
  hearth_scheme_create_async (file, name, job->cancellable, created_cb, job);
}

static void
choose_where (HearthWindow *self,
              const char   *name)
{
  g_autofree char *file_name = g_strdup_printf ("%s.hearth", name);

  self->chooser = gtk_file_chooser_native_new (_("Save the New Scheme"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_free (self->new_scheme_name);
  self->new_scheme_name = g_strdup (name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  HearthWindow     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "create") == 0 && name[0] != '\0')
    choose_where (self, name);
}

static void
name_changed_cb (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "create",
                                           !hearth_record_text_is_blank (gtk_editable_get_text (entry)));
}

static void
new_scheme_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("New Scheme"),
                                                       _("What is the scheme called? You choose "
                                                         "where to keep its file next.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Scheme name"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scheme name"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("C_ontinue"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_response_enabled (dialog, "create", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (name_response_cb), self);
  hearth_present_dialog (dialog);
}

static void
search_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->view_stack);

  if (self->scheme == NULL || page == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->view_stack));
  hearth_page_focus_search (HEARTH_PAGE (page));
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(Job) job = data;
  HearthWindow *self = job->window;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  gboolean restored = hearth_backup_restore_finish (result, &aside, &error);

  if (!job_is_current (job))
    return;

  /* Restored or not, the scheme opens again: the restored one, or the one as it was. */
  start_open (self, job->file);
  if (!restored && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hearth_show_toast (self->toast_overlay,
                       adw_toast_new (_("Restore cancelled: the scheme is as it was")));
  else if (!restored)
    show_error (self, _("The Backup Could Not Be Restored"), error->message);
  else if (aside != NULL)
    {
      g_autofree char *name = g_file_get_basename (aside);
      g_autofree char *text = g_strdup_printf (_("Restored. The file it replaced is kept as “%s”"),
                                               name);

      hearth_show_toast (self->toast_overlay, adw_toast_new (text));
    }
}

/* Closes the scheme, puts the backup in its place in a worker thread, and opens it again. */
static void
restore_requested_cb (HearthBackupsWindow *backups,
                      GFile               *backup,
                      HearthWindow        *self)
{
  g_autoptr(GFile) file = g_object_ref (hearth_scheme_get_file (self->scheme));
  g_autofree char *name = g_strdup (hearth_scheme_get_name (self->scheme));
  g_autofree char *status = g_strdup_printf (_("Restoring “%s” from a backup…"), name);
  Job *job;

  close_scheme (self);
  job = begin_busy (self, file, name, status);
  hearth_backup_restore_async (backup, file, job->cancellable, restored_cb, job);
}

static void
backups_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthBackupsWindow *backups;

  if (self->scheme == NULL)
    return;

  backups = hearth_backups_window_new (GTK_WINDOW (self), self->scheme);
  g_signal_connect_object (backups, "restore", G_CALLBACK (restore_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (backups));
}

/* "people", "carers", ...: the whole list as CSV, from the main menu. */
static void
export_list_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->scheme != NULL)
    hearth_list_export_run (GTK_WINDOW (self), self->scheme, g_variant_get_string (parameter, NULL));
}

static void
settings_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->scheme != NULL)
    gtk_window_present (GTK_WINDOW (hearth_settings_window_new (GTK_WINDOW (self), self->scheme)));
}

static void
retention_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->scheme != NULL)
    gtk_window_present (GTK_WINDOW (hearth_retention_window_new (GTK_WINDOW (self), self->scheme)));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *view = g_variant_get_string (parameter, NULL);

  if (self->scheme == NULL || find_view (view) < 0)
    return;

  /* Alt+number, or a link from another page: the keyboard goes into the view shown, to its
   * first control, so the next key acts there. */
  hearth_window_show_view (self, view);
  if (gtk_stack_get_child_by_name (self->view_stack, view) != NULL)
    gtk_widget_child_focus (gtk_stack_get_child_by_name (self->view_stack, view),
                            GTK_DIR_TAB_FORWARD);
}

/* "TABLE:ID", from any page: a dashboard item, a link in a profile. */
static HearthRecord *
load_record (HearthWindow  *self,
             const char    *reference,
             GError       **error)
{
  g_auto(GStrv) parts = g_strsplit (reference, ":", 2);
  GType type = parts[0] != NULL ? record_type_for_table (parts[0]) : G_TYPE_INVALID;
  guint64 id = 0;

  if (type == G_TYPE_INVALID || parts[1] == NULL ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("There is no record called “%s”."), reference);
      return NULL;
    }

  return hearth_scheme_load (self->scheme, type, (gint64) id, error);
}

static void
show_record_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (self->scheme == NULL)
    return;

  record = load_record (self, g_variant_get_string (parameter, NULL), &error);
  if (record == NULL)
    show_error (self, _("The Record Could Not Be Opened"), error->message);
  else if (!hearth_window_show_record (self, record))
    g_debug ("No page shows %s records yet", hearth_record_get_table (record));
}

/* "person:ID": the Matching view, with that person chosen. */
static void
find_carers_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthPage *page = hearth_window_get_page (self, "matching");
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (self->scheme == NULL || page == NULL)
    return;

  record = load_record (self, g_variant_get_string (parameter, NULL), &error);
  if (record != NULL && !HEARTH_IS_PERSON (record))
    g_set_error (&error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("Carers are found for a person."));
  if (error != NULL)
    {
      show_error (self, _("The Carers Could Not Be Found"), error->message);
      return;
    }

  hearth_window_show_view (self, "matching");
  hearth_matching_page_select_person (HEARTH_MATCHING_PAGE (page), hearth_record_get_id (record));
}

/* "TABLE:ID": the History view, narrowed to that record and the records that belong to it. */
static void
show_history_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  HearthPage *page = hearth_window_get_page (self, "history");

  if (self->scheme == NULL || page == NULL)
    return;

  record = load_record (self, g_variant_get_string (parameter, NULL), &error);
  if (record == NULL)
    {
      show_error (self, _("The History Could Not Be Shown"), error->message);
      return;
    }

  hearth_history_page_show_record (HEARTH_HISTORY_PAGE (page), hearth_record_get_kind (record),
                                   hearth_record_get_id (record));
  hearth_window_show_view (self, "history");
}

static void
take_over_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HearthWindow     *self)
{
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "take-over") != 0 || self->scheme == NULL)
    return;

  scheme = g_object_ref (self->scheme);
  if (!hearth_scheme_take_over (scheme, &error))
    {
      show_error (self, _("The Scheme Could Not Be Taken Over"), error->message);
      return;
    }

  /* The pages were made read-only; make them again for a scheme that can be changed. */
  hearth_window_set_scheme (self, scheme);
  hearth_show_toast (self->toast_overlay,
                     adw_toast_new (_("This scheme can now be changed here")));
}

static void
take_over_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  AdwMessageDialog *dialog;
  g_autofree char *warning = NULL;

  if (self->scheme == NULL ||
      (warning = hearth_scheme_dup_take_over_warning (self->scheme)) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Take Over This Scheme?"), warning));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "take-over", _("_Take Over"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "take-over", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (take_over_response_cb), self);
  hearth_present_dialog (dialog);
}

static void
subject_access_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            HearthWindow    *self)
{
  g_autoptr(HearthPerson) person = g_steal_pointer (&self->access_person);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder == NULL || self->scheme == NULL || (path = g_file_get_path (folder)) == NULL)
    {
      g_clear_object (&self->chooser);
      return;
    }

  if (!hearth_subject_access_export (self->scheme, person, path, NULL, NULL, &error))
    {
      g_clear_object (&self->chooser);
      show_error (self, _("The Subject Access Files Could Not Be Saved"), error->message);
      return;
    }

  name = hearth_record_dup_title (HEARTH_RECORD (person));
  text = g_strdup_printf (_("Saved everything held about %s, as PDF and JSON"), name);
  uri = g_file_get_uri (folder);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open Folder"));
  adw_toast_set_action_name (toast, "win.open-folder");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  hearth_show_toast (self->toast_overlay, toast);
  g_clear_object (&self->chooser);
}

/* "person:ID": everything held about one person, for a request under UK GDPR. */
static void
subject_access_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->scheme == NULL)
    return;

  record = load_record (self, g_variant_get_string (parameter, NULL), &error);
  if (record != NULL && !HEARTH_IS_PERSON (record))
    g_set_error (&error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                 _("A subject access request is answered for a person."));
  if (error != NULL)
    {
      show_error (self, _("The Subject Access Files Could Not Be Saved"), error->message);
      return;
    }

  title = g_strdup_printf (_("Choose a Folder for %s’s Subject Access Files"),
                           hearth_person_get_first_name (HEARTH_PERSON (record)));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Save Here"), _("_Cancel"));
  g_clear_object (&self->access_person);
  self->access_person = HEARTH_PERSON (g_steal_pointer (&record));
  g_signal_connect (self->chooser, "response", G_CALLBACK (subject_access_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  adw_leaflet_navigate (HEARTH_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
recent_activated_cb (GtkListBox    *box,
                     GtkListBoxRow *row,
                     HearthWindow  *self)
{
  int i = gtk_list_box_row_get_index (row);
  g_autoptr(GFile) file = NULL;

  if (self->recent_paths == NULL || i < 0 || (guint) i >= g_strv_length (self->recent_paths))
    return;
  file = g_file_new_for_path (self->recent_paths[i]);
  hearth_window_open_file (self, file);
}

static void
load_recent (HearthWindow *self)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();
  guint shown = 0;

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-schemes");

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (recent[i]);
      g_autofree char *folder = g_path_get_dirname (recent[i]);
      GtkWidget *row;

      if (!g_file_test (recent[i], G_FILE_TEST_EXISTS))
        continue;

      if (g_str_has_suffix (base, ".hearth"))
        base[strlen (base) - strlen (".hearth")] = '\0';
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), base);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), hearth_decorative_image_new ("go-next-symbolic"));
      g_strv_builder_add (paths, recent[i]);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_strfreev (self->recent_paths);
  self->recent_paths = g_strv_builder_end (paths);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

static HearthPage *
page_with_unsaved_changes (HearthWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->view_stack, views[i].name);

      if (page != NULL && hearth_page_has_unsaved_changes (HEARTH_PAGE (page)))
        return HEARTH_PAGE (page);
    }

  return NULL;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   HearthWindow     *self)
{
  HearthPage *page = page_with_unsaved_changes (self);

  if (g_str_equal (response, "cancel") || page == NULL)
    return;

  /* A refused save keeps the window open on the editor, showing why. */
  if (g_str_equal (response, "save") && !hearth_page_save_changes (page))
    return;

  self->closing_unsaved = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing with an editor open never loses typing silently. */
static gboolean
ask_before_closing (HearthWindow *self)
{
  AdwMessageDialog *dialog;

  if (self->closing_unsaved || page_with_unsaved_changes (self) == NULL)
    return FALSE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                                       _("Some changes have not been saved. If "
                                                         "you close without saving, they are "
                                                         "lost.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "discard", _("_Close Without Saving"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  hearth_present_dialog (dialog);
  return TRUE;
}

static gboolean
hearth_window_close_request (GtkWindow *window)
{
  HearthWindow *self = HEARTH_WINDOW (window);
  int width, height;

  if (ask_before_closing (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  if (self->settings != NULL)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (hearth_window_parent_class)->close_request (window);
}

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (self->busy != NULL)
    g_cancellable_cancel (self->busy);
  g_clear_object (&self->busy);
  g_clear_object (&self->opening);
  g_clear_weak_pointer (&self->read_only_toast);
  g_clear_object (&self->chooser);
  if (self->scheme != NULL)
    g_signal_handlers_disconnect_by_data (self->scheme, self);
  g_clear_object (&self->scheme);
  g_clear_object (&self->people);
  g_clear_object (&self->offered_backup);
  g_clear_pointer (&self->new_scheme_name, g_free);
  g_clear_object (&self->access_person);
  g_clear_pointer (&self->recent_paths, g_strfreev);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hearth_window_dispose;
  window_class->close_request = hearth_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH "/ui/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, view_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, scheme_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, busy_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, busy_status);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, busy_cancel);
  gtk_widget_class_bind_template_callback (widget_class, busy_cancel_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.new-scheme", NULL, new_scheme_action);
  gtk_widget_class_install_action (widget_class, "win.open-scheme", NULL, open_scheme_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-record", "s", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-history", "s", show_history_action);
  gtk_widget_class_install_action (widget_class, "win.find-carers", "s", find_carers_action);
  gtk_widget_class_install_action (widget_class, "win.take-over", NULL, take_over_action);
  gtk_widget_class_install_action (widget_class, "win.subject-access", "s", subject_access_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", "s", open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
  gtk_widget_class_install_action (widget_class, "win.retention", NULL, retention_action);
  gtk_widget_class_install_action (widget_class, "win.settings", NULL, settings_action);
  gtk_widget_class_install_action (widget_class, "win.export-list", "s", export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.settings", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  for (guint i = 0; i < MIN (G_N_ELEMENTS (views), 9); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", views[i].name);
}

static void
hearth_window_init (HearthWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (update_actions),
                           self, G_CONNECT_SWAPPED);
  update_actions (self);

  self->settings = hearth_preferences_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    {
      /* The schema's defaults, so a Hearth without its schema opens at the same size. */
      gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
    }

  g_signal_connect (self->view_list, "row-selected", G_CALLBACK (view_selected_cb), self);
  g_signal_connect (self->view_list, "row-activated", G_CALLBACK (view_activated_cb), self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (view_list_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->view_list), keys);
  }
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (recent_activated_cb), self);
  load_recent (self);
}

HearthWindow *
hearth_window_new (HearthApplication *application)
{
  return g_object_new (HEARTH_TYPE_WINDOW, "application", application, NULL);
}
