/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-end-arrangement-dialog.c: ends an arrangement. The core cannot take an ending back,
 * so instead of an Undo the dialog shows, before anything is saved, what ending it will do,
 * and asks once more. A refusal comes back to the form, in the core's words, as typed. */

#define G_LOG_DOMAIN "hearth-end-arrangement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-end-arrangement-dialog.h"
#include "hearth-gui-util.h"

#define HEARTH_TYPE_END_ARRANGEMENT_DIALOG (hearth_end_arrangement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthEndArrangementDialog, hearth_end_arrangement_dialog, HEARTH,
                      END_ARRANGEMENT_DIALOG, AdwWindow)

struct _HearthEndArrangementDialog
{
  AdwWindow          parent_instance;

  HearthPage        *page;          /* (weak) */
  HearthArrangement *arrangement;   /* a copy, with its id */
  char              *title;         /* "Person ↔ Carer" */
  char              *person;

  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  GtkLabel          *intro_label;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  HearthDateRow     *on_entry;
  AdwComboRow       *reason_combo;
  AdwEntryRow       *note_entry;
  GtkLabel          *after_label;
  AdwStatusPage     *confirm_status;
  GtkWidget         *cancel_button;
  GtkWidget         *back_button;
  GtkWidget         *continue_button;
  GtkWidget         *end_button;
};

G_DEFINE_FINAL_TYPE (HearthEndArrangementDialog, hearth_end_arrangement_dialog, ADW_TYPE_WINDOW)

/* The first choice is no reason: one has to be chosen, never taken by default. */
static const char *
chosen_reason (HearthEndArrangementDialog *self)
{
  guint n;
  const HearthValue *reasons = hearth_values_get (HEARTH_VALUES_END_REASON, &n);
  guint i = adw_combo_row_get_selected (self->reason_combo);

  return i > 0 && i <= n ? reasons[i - 1].value : NULL;
}

static const char *
note_text (HearthEndArrangementDialog *self)
{
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));

  return hearth_record_text_is_blank (note) ? NULL : note;
}

/* What happens to the person: the core says, as hearth_scheme_end_arrangement() will do it. */
static char *
dup_after_text (HearthEndArrangementDialog *self)
{
  const char *status = NULL;

  if (self->page != NULL)
    status = hearth_scheme_status_after_ending (hearth_page_get_scheme (self->page),
                                                self->arrangement, chosen_reason (self), NULL);

  if (g_strcmp0 (status, "in-arrangement") == 0)
    return g_strdup_printf (_("%s keeps their other current arrangement."), self->person);
  if (g_strcmp0 (status, "in-trial") == 0)
    return g_strdup_printf (_("%s stays in their open trial."), self->person);
  if (g_strcmp0 (status, "moved-on") == 0)
    return g_strdup_printf (_("%s is recorded as moved on."), self->person);
  if (g_strcmp0 (status, "closed") == 0)
    return g_strdup_printf (_("%s’s record is closed."), self->person);
  if (g_strcmp0 (status, "matching") == 0)
    return g_strdup_printf (_("When the match ends, %s goes back to matching, so the scheme can "
                              "find them a new arrangement."), self->person);
  return g_strdup_printf (_("When the match ends, %s goes back to matching, unless they moved "
                            "to their own home or died."), self->person);
}

static void
reason_changed_cb (HearthEndArrangementDialog *self)
{
  g_autofree char *after = dup_after_text (self);
  gboolean other = g_strcmp0 (chosen_reason (self), "other") == 0;

  gtk_label_set_text (self->after_label, after);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_entry),
                                 other ? _("Note (needed for Other)") : _("Note (optional)"));
}

static void
show_error (HearthEndArrangementDialog *self,
            const char                 *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
show_step (HearthEndArrangementDialog *self,
           gboolean                    confirm)
{
  gtk_stack_set_visible_child_name (self->stack, confirm ? "confirm" : "form");
  /* The question itself is the confirmation's title: the header keeps room for its buttons. */
  adw_window_title_set_title (self->window_title, confirm ? "" : _("End Arrangement"));
  gtk_widget_set_visible (self->cancel_button, !confirm);
  gtk_widget_set_visible (self->continue_button, !confirm);
  gtk_widget_set_visible (self->back_button, confirm);
  gtk_widget_set_visible (self->end_button, confirm);
  gtk_window_set_default_widget (GTK_WINDOW (self), confirm ? NULL : self->continue_button);
  /* The safe answer has the focus: ending takes a deliberate choice. */
  gtk_widget_grab_focus (confirm ? self->back_button : GTK_WIDGET (self->on_entry));
}

static void
continue_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  HearthEndArrangementDialog *self = HEARTH_END_ARRANGEMENT_DIALOG (widget);
  const char *reason = chosen_reason (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;

  if (!hearth_date_row_read (self->on_entry, &on, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The question needs an answer to ask about; the words are the core's own. */
  if (reason == NULL)
    {
      show_error (self, _("Choose why the arrangement ended."));
      return;
    }

  shown = on != NULL ? hearth_date_to_display (on) : g_strdup (_("today"));
  after = dup_after_text (self);
  /* Translators: "Alex Kim ↔ Sam Carter ends on 3 March 2026: Needs changed. ..." */
  body = g_strdup_printf (_("%s ends on %s: %s. %s This cannot be undone."), self->title, shown,
                          hearth_values_label (HEARTH_VALUES_END_REASON, reason), after);
  adw_status_page_set_description (self->confirm_status, body);
  show_error (self, NULL);
  show_step (self, TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  show_step (HEARTH_END_ARRANGEMENT_DIALOG (widget), FALSE);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthEndArrangementDialog *self = HEARTH_END_ARRANGEMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  g_autofree char *text = NULL;

  if (self->page == NULL)
    return;

  if (!hearth_date_row_read (self->on_entry, &on, &error) ||
      !hearth_scheme_end_arrangement (hearth_page_get_scheme (self->page), self->arrangement, on,
                                      chosen_reason (self), note_text (self), &error))
    {
      /* Back to the form, as it was typed, with the reason. */
      show_error (self, error->message);
      show_step (self, FALSE);
      return;
    }

  text = g_strdup_printf (_("%s ended"), self->title);
  hearth_page_add_toast (self->page, adw_toast_new (text));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hearth_end_arrangement_dialog_dispose (GObject *object)
{
  HearthEndArrangementDialog *self = HEARTH_END_ARRANGEMENT_DIALOG (object);

  g_clear_weak_pointer (&self->page);
  g_clear_object (&self->arrangement);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->person, g_free);

  G_OBJECT_CLASS (hearth_end_arrangement_dialog_parent_class)->dispose (object);
}

static void
hearth_end_arrangement_dialog_class_init (HearthEndArrangementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_end_arrangement_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/arrangements/hearth-end-arrangement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, on_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, reason_combo);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, after_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, confirm_status);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, continue_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEndArrangementDialog, end_button);

  gtk_widget_class_install_action (widget_class, "end.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "end.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "end.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_end_arrangement_dialog_init (HearthEndArrangementDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;
  const HearthValue *reasons = hearth_values_get (HEARTH_VALUES_END_REASON, &n);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (labels, _("Choose…"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(reasons[i].label));
  adw_combo_row_set_model (self->reason_combo, G_LIST_MODEL (labels));
  g_signal_connect_object (self->reason_combo, "notify::selected", G_CALLBACK (reason_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* GTK 4.8 speaks a combo row's list of choices by its class name: it takes the row's. */
static void
name_choice_lists (GtkWidget  *widget,
                   const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      name_choice_lists (child, name);
    }
}

static char *
dup_person_name (HearthScheme      *scheme,
                 HearthArrangement *arrangement)
{
  gint64 person_id = hearth_arrangement_get_person_id (arrangement);
  g_autoptr(HearthRecord) person = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, person_id, NULL);

  return person != NULL ? hearth_person_dup_display_name (HEARTH_PERSON (person))
                        : g_strdup (_("The person"));
}

/**
 * hearth_end_arrangement_dialog_present:
 * @page: the page whose window the dialog belongs to, where the toast goes
 * @arrangement: a current arrangement
 * @title: how the arrangement is named, "Person ↔ Carer"
 */
void
hearth_end_arrangement_dialog_present (HearthPage        *page,
                                       HearthArrangement *arrangement,
                                       const char        *title)
{
  HearthScheme *scheme;
  HearthEndArrangementDialog *self;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *since = NULL;
  g_autofree char *intro = NULL;
  GtkRoot *root;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_ARRANGEMENT (arrangement));

  scheme = hearth_page_get_scheme (page);
  self = g_object_new (HEARTH_TYPE_END_ARRANGEMENT_DIALOG, NULL);
  g_set_weak_pointer (&self->page, page);
  self->arrangement = HEARTH_ARRANGEMENT (hearth_record_copy (HEARTH_RECORD (arrangement)));
  self->title = g_strdup (title);
  self->person = dup_person_name (scheme, arrangement);

  root = gtk_widget_get_root (GTK_WIDGET (page));
  if (GTK_IS_WINDOW (root))
    {
      int width = gtk_widget_get_width (GTK_WIDGET (root));

      gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
      /* Never wider than a narrow window it belongs to. */
      if (width > 0 && width < 520)
        gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), 440);
    }

  since = hearth_date_to_display (hearth_arrangement_get_start_date (arrangement));
  /* Translators: "Alex Kim ↔ Sam Carter, since 3 March 2026." */
  intro = g_strdup_printf (_("%s, since %s."), title, since);
  gtk_label_set_text (self->intro_label, intro);
  hearth_date_row_set_date (self->on_entry, today);
  reason_changed_cb (self);
  show_step (self, FALSE);

  hearth_name_composite_rows (GTK_WIDGET (self));
  name_choice_lists (GTK_WIDGET (self->reason_combo), _("Why it ended"));
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_window_present (GTK_WINDOW (self));
}
