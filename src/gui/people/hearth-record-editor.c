/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-editor.c: the form for a person or a carer.
 *
 * The editor works on a copy of the record, its pen portrait and its photo; nothing reaches
 * the scheme until Done. Each field is checked by the core as it is typed, and a refusal on
 * saving is shown beside the field it is about, with everything typed kept so the
 * coordinator can put it right and try again. */

#define G_LOG_DOMAIN "hearth-record-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-record-editor.h"

typedef enum
{
  FIELD_TEXT,
  FIELD_LONG,     /* several lines */
  FIELD_DATE,
  FIELD_FLAG,
  FIELD_CHOICE,   /* one of a value set */
  FIELD_NEEDS,    /* any of the support needs */
} FieldKind;

/* A field's label is its property's, from the core, as History and exports say it. */
typedef struct
{
  const char *property;
  FieldKind   kind;
  int         set;
} EditField;

typedef struct
{
  const char      *title;
  const EditField *fields;
} EditGroup;

#define TEXT(p) { p, FIELD_TEXT, 0 }
#define LONG(p) { p, FIELD_LONG, 0 }
#define DATE(p) { p, FIELD_DATE, 0 }
#define FLAG(p) { p, FIELD_FLAG, 0 }
#define CHOICE(p, s) { p, FIELD_CHOICE, s }

static const EditField person_name[] = {
  TEXT ("first-name"), TEXT ("last-name"), TEXT ("preferred-name"), TEXT ("pronouns"),
  DATE ("date-of-birth"), { NULL },
};
static const EditField person_contact[] = {
  TEXT ("address"), TEXT ("area"), TEXT ("postcode"), TEXT ("phone"), { NULL },
};
static const EditField person_support[] = {
  { "support-needs", FIELD_NEEDS, 0 }, LONG ("support-notes"), { NULL },
};
static const EditField person_referral[] = {
  DATE ("referral-date"), TEXT ("referring-org"), TEXT ("referrer-name"),
  TEXT ("care-manager-name"), TEXT ("care-manager-contact"),
  CHOICE ("funding-route", HEARTH_VALUES_FUNDING_ROUTE), DATE ("care-plan-received"), { NULL },
};
static const EditField person_risk[] = {
  DATE ("risk-assessed-on"), DATE ("risk-review-due"), LONG ("risk-summary"), { NULL },
};
static const EditField person_preferences[] = {
  LONG ("preferences"), TEXT ("interests"), TEXT ("wants-language"), TEXT ("wants-faith"),
  TEXT ("wants-culture"), FLAG ("avoid-pets"), FLAG ("avoid-smoking"), FLAG ("avoid-children"),
  FLAG ("needs-step-free"), { NULL },
};
static const EditField person_advocate[] = {
  TEXT ("advocate-name"), CHOICE ("advocate-kind", HEARTH_VALUES_ADVOCATE_KIND),
  TEXT ("advocate-contact"), { NULL },
};
static const EditGroup person_groups[] = {
  { N_("Name"), person_name }, { N_("Contact"), person_contact },
  { N_("Support"), person_support }, { N_("Referral"), person_referral },
  { N_("Risk assessment"), person_risk }, { N_("Preferences"), person_preferences },
  { N_("Advocate or named person"), person_advocate }, { NULL },
};

static const EditField carer_name[] = {
  TEXT ("first-name"), TEXT ("last-name"), TEXT ("preferred-name"), TEXT ("pronouns"),
  DATE ("date-of-birth"), DATE ("enquiry-date"), { NULL },
};
static const EditField carer_contact[] = {
  TEXT ("phone"), TEXT ("email"), TEXT ("address"), TEXT ("area"), TEXT ("postcode"), { NULL },
};
static const EditField carer_home[] = {
  LONG ("household"), FLAG ("has-children"), FLAG ("has-pets"), TEXT ("pets"),
  CHOICE ("smoking", HEARTH_VALUES_SMOKING), TEXT ("accommodation"), FLAG ("step-free"),
  TEXT ("accessibility"), { NULL },
};
static const EditField carer_culture[] = {
  TEXT ("languages"), TEXT ("faith"), TEXT ("culture"), TEXT ("interests"),
  LONG ("experience"), { NULL },
};
static const EditGroup carer_groups[] = {
  { N_("Name"), carer_name }, { N_("Contact"), carer_contact },
  { N_("Home and household"), carer_home }, { N_("Languages, faith and interests"), carer_culture },
  { NULL },
};

/* A scaled photo's longest side, in pixels: sharp on a printed page, small in the file. */
#define PHOTO_SIZE 320

struct _HearthRecordEditor
{
  AdwBin                parent_instance;

  HearthScheme         *scheme;
  GType                 type;
  HearthRecord         *original;            /* NULL while adding */
  HearthRecord         *record;              /* what is being edited */
  HearthRecord         *portrait_original;   /* NULL when there is none yet */
  HearthRecord         *portrait;
  GBytes               *photo;
  gboolean              photo_changed;

  GHashTable           *rows;                /* property → row, or "portrait:section" → view */
  GHashTable           *portrait_words;      /* section → the label counting its words */
  GPtrArray            *need_checks;         /* a check button for each support need, in order */
  GHashTable           *problems;            /* property → message, for fields typed wrong */
  GPtrArray            *order;               /* properties, in the order shown */
  GtkRevealer          *problem_revealer;
  GtkLabel             *problem_label;
  AdwAvatar            *avatar;
  GtkWidget            *remove_photo_button;
  GtkLabel             *total_words;
  GtkFileChooserNative *chooser;
  gboolean              loading;             /* filling the form is not a change */
};

G_DEFINE_FINAL_TYPE (HearthRecordEditor, hearth_record_editor, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_person (HearthRecordEditor *self)
{
  return self->type == HEARTH_TYPE_PERSON;
}

static const char *
label_of (HearthRecordEditor *self,
          const char         *property)
{
  const char *label = hearth_record_get_field_label (self->type, property);

  return label != NULL ? label : property;
}

/* Shows the first problem in words at the top, and marks every field that has one. */
static void
update_problems (HearthRecordEditor *self,
                 const char         *extra)
{
  g_autofree char *text = g_strdup (extra);

  for (guint i = 0; text == NULL && i < self->order->len; i++)
    {
      const char *property = g_ptr_array_index (self->order, i);
      const char *message = g_hash_table_lookup (self->problems, property);

      if (message != NULL)
        /* Translators: a field's name, then what is wrong with it */
        text = g_strdup_printf (_("%s: %s"), label_of (self, property), message);
    }

  gtk_label_set_label (self->problem_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, text != NULL);
}

static void
mark_field (HearthRecordEditor *self,
            const char         *property,
            const char         *message)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, property);

  if (message != NULL)
    g_hash_table_insert (self->problems, g_strdup (property), g_strdup (message));
  else
    g_hash_table_remove (self->problems, property);

  if (row == NULL)
    return;

  if (HEARTH_IS_DATE_ROW (row))
    {
      hearth_date_row_set_problem (HEARTH_DATE_ROW (row), message);
      return;
    }

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  /* A screen reader hears what is wrong when it reaches the field. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
changed (HearthRecordEditor *self)
{
  if (self->loading)
    return;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
check_field (HearthRecordEditor *self,
             const char         *property)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_record_check_field (self->record, property, &error))
    mark_field (self, property, error->message);
  else
    mark_field (self, property, NULL);
}

static void
set_text_value (HearthRecordEditor *self,
                const char         *property,
                const char         *text)
{
  hearth_record_set_string (self->record, property,
                            hearth_record_text_is_blank (text) ? NULL : text);
}

/* The key in self->rows of the field that @edited (a row, a switch in one, or a text
 * buffer) belongs to: a property, or "portrait:section". */
static const char *
key_of (HearthRecordEditor *self,
        gpointer            edited)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == edited ||
        (GTK_IS_TEXT_VIEW (value) && gtk_text_view_get_buffer (value) == edited) ||
        (GTK_IS_WIDGET (edited) && gtk_widget_is_ancestor (edited, value)))
      return key;
  g_assert_not_reached ();
}

/* The form's description of @property. */
static const EditField *
find_field (HearthRecordEditor *self,
            const char         *property)
{
  for (const EditGroup *group = is_person (self) ? person_groups : carer_groups;
       group->title != NULL; group++)
    for (const EditField *field = group->fields; field->property != NULL; field++)
      if (g_str_equal (field->property, property))
        return field;
  g_assert_not_reached ();
}

static void
entry_changed_cb (GtkEditable        *entry,
                  HearthRecordEditor *self)
{
  const char *property = key_of (self, entry);
  const char *text = gtk_editable_get_text (entry);

  if (HEARTH_IS_DATE_ROW (entry))
    {
      g_autofree char *iso = NULL;

      /* A date half typed is not yet wrong: the row says so when the keyboard leaves it. */
      if (hearth_date_row_read (HEARTH_DATE_ROW (entry), &iso, NULL))
        {
          hearth_record_set_string (self->record, property, iso);
          check_field (self, property);
        }
    }
  else
    {
      set_text_value (self, property, text);
      check_field (self, property);
    }

  update_problems (self, NULL);
  changed (self);
}

/* The row refused what was typed in it, as the keyboard left it or on Enter. */
static void
date_problem_cb (HearthDateRow      *row,
                 GParamSpec         *pspec,
                 HearthRecordEditor *self)
{
  const char *message = hearth_date_row_get_problem (row);

  if (message == NULL)
    return;
  mark_field (self, key_of (self, row), message);
  update_problems (self, NULL);
}

static void
long_text_changed_cb (GtkTextBuffer      *buffer,
                      HearthRecordEditor *self)
{
  const char *key = key_of (self, buffer);
  gboolean in_portrait = g_str_has_prefix (key, "portrait:");
  const char *property = in_portrait ? key + strlen ("portrait:") : key;
  HearthRecord *target = in_portrait ? self->portrait : self->record;
  GtkLabel *words = in_portrait ? g_hash_table_lookup (self->portrait_words, property) : NULL;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (target == self->portrait)
    hearth_record_set_string (target, property, text);
  else
    set_text_value (self, property, text);

  if (words != NULL)
    {
      guint n = hearth_text_count_words (text);
      guint total = hearth_pen_portrait_count_words (HEARTH_PEN_PORTRAIT (self->portrait));
      g_autofree char *count = g_strdup_printf (ngettext ("%u word", "%u words", n), n);
      g_autofree char *all = g_strdup_printf (ngettext ("%u word in all", "%u words in all",
                                                        total), total);

      gtk_label_set_label (words, count);
      gtk_label_set_label (self->total_words, all);
    }

  changed (self);
}

static void
flag_changed_cb (GtkSwitch          *toggle,
                 GParamSpec         *pspec,
                 HearthRecordEditor *self)
{
  hearth_record_set_boolean (self->record, key_of (self, toggle), gtk_switch_get_active (toggle));
  changed (self);
}

static void
choice_changed_cb (AdwComboRow        *row,
                   GParamSpec         *pspec,
                   HearthRecordEditor *self)
{
  const char *property = key_of (self, row);
  int set = find_field (self, property)->set;
  guint selected = adw_combo_row_get_selected (row);
  guint n_values;
  const HearthValue *values = hearth_values_get (set, &n_values);

  hearth_record_set_string (self->record, property,
                            selected == 0 || selected > n_values ? NULL
                                                                 : values[selected - 1].value);
  changed (self);
}

static void
need_toggled_cb (GtkCheckButton     *check,
                 HearthRecordEditor *self)
{
  AdwExpanderRow *expander = g_hash_table_lookup (self->rows, "support-needs");
  GPtrArray *checks = self->need_checks;
  guint n_values;
  const HearthValue *values = hearth_values_get (HEARTH_VALUES_SUPPORT_NEED, &n_values);
  g_autoptr(GString) codes = g_string_new (NULL);
  g_autoptr(GString) labels = g_string_new (NULL);

  g_assert (checks->len == n_values);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *each = g_ptr_array_index (checks, i);
      const char *code = values[i].value;

      if (!gtk_check_button_get_active (each))
        continue;
      g_string_append_printf (codes, "%s%s", codes->len > 0 ? "," : "", code);
      g_string_append_printf (labels, "%s%s", labels->len > 0 ? ", " : "",
                              hearth_values_label (HEARTH_VALUES_SUPPORT_NEED, code));
    }

  hearth_record_set_string (self->record, "support-needs", codes->str);
  adw_expander_row_set_subtitle (expander, labels->len > 0 ? labels->str : _("None chosen"));
  changed (self);
}

static GtkWidget *
text_view_in_frame (const char *text,
                    const char *spoken,
                    GtkTextBuffer **out_buffer)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  *out_buffer = buffer;
  return frame;
}

static GtkWidget *
build_long_field (HearthRecordEditor *self,
                  const EditField    *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label_of (self, field->property));
  GtkTextBuffer *buffer;
  GtkWidget *frame = text_view_in_frame (hearth_record_get_string (self->record, field->property),
                                         label_of (self, field->property), &buffer);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_top (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), frame);
  g_signal_connect (buffer, "changed", G_CALLBACK (long_text_changed_cb), self);
  g_hash_table_insert (self->rows, g_strdup (field->property),
                       gtk_frame_get_child (GTK_FRAME (frame)));
  return box;
}

static GtkWidget *
build_needs (HearthRecordEditor *self,
             const EditField    *field)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_auto(GStrv) chosen = g_strsplit (hearth_record_get_string (self->record, field->property)
                                     ? hearth_record_get_string (self->record, field->property)
                                     : "", ",", -1);
  GPtrArray *checks;
  guint n_values;
  const HearthValue *values = hearth_values_get (HEARTH_VALUES_SUPPORT_NEED, &n_values);
  GtkCheckButton *last = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), label_of (self, field->property));
  hearth_name_inner_lists (expander, label_of (self, field->property));
  hearth_name_expander_row (expander, label_of (self, field->property));
  g_clear_pointer (&self->need_checks, g_ptr_array_unref);
  checks = self->need_checks = g_ptr_array_new ();
  /* The field is looked up by its row as soon as a box is ticked. */
  g_hash_table_insert (self->rows, g_strdup (field->property), expander);

  for (guint i = 0; i < n_values; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(values[i].label));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char * const *) chosen, values[i].value));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      hearth_set_spoken_name (check, _(values[i].label));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (checks, check);
      last = GTK_CHECK_BUTTON (check);
    }

  for (guint i = 0; i < checks->len; i++)
    g_signal_connect (g_ptr_array_index (checks, i), "toggled", G_CALLBACK (need_toggled_cb), self);
  /* Sets the subtitle from what is ticked. */
  if (last != NULL)
    need_toggled_cb (last, self);

  return expander;
}

static GtkWidget *
build_field (HearthRecordEditor *self,
             const EditField    *field)
{
  GtkWidget *row;

  switch (field->kind)
    {
    case FIELD_LONG:
      return build_long_field (self, field);

    case FIELD_NEEDS:
      return build_needs (self, field);

    case FIELD_FLAG:
      {
        GtkWidget *toggle = gtk_switch_new ();

        row = adw_action_row_new ();
        gtk_switch_set_active (GTK_SWITCH (toggle),
                               hearth_record_get_boolean (self->record, field->property));
        gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
        hearth_set_spoken_name (toggle, label_of (self, field->property));
        g_signal_connect (toggle, "notify::active", G_CALLBACK (flag_changed_cb), self);
        break;
      }

    case FIELD_CHOICE:
      {
        GtkStringList *items = gtk_string_list_new (NULL);
        guint n_values;
        const HearthValue *values = hearth_values_get (field->set, &n_values);
        int index = hearth_values_index (field->set,
                                         hearth_record_get_string (self->record, field->property));

        gtk_string_list_append (items, _("Not recorded"));
        for (guint i = 0; i < n_values; i++)
          gtk_string_list_append (items, _(values[i].label));
        row = adw_combo_row_new ();
        adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
        g_object_unref (items);
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), index >= 0 ? (guint) index + 1 : 0);
        g_signal_connect (row, "notify::selected", G_CALLBACK (choice_changed_cb), self);
        break;
      }

    case FIELD_DATE:
      row = hearth_date_row_new (label_of (self, field->property));
      hearth_date_row_set_date (HEARTH_DATE_ROW (row),
                                hearth_record_get_string (self->record, field->property));
      g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), self);
      g_signal_connect (row, "notify::problem", G_CALLBACK (date_problem_cb), self);
      break;

    case FIELD_TEXT:
    default:
      {
        const char *value = hearth_record_get_string (self->record, field->property);

        row = adw_entry_row_new ();
        gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
        g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), self);
        break;
      }
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label_of (self, field->property));
  g_hash_table_insert (self->rows, g_strdup (field->property), row);
  return row;
}

static void
show_photo (HearthRecordEditor *self)
{
  g_autoptr(GdkTexture) texture = NULL;

  if (self->photo != NULL)
    texture = gdk_texture_new_from_bytes (self->photo, NULL);
  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (self->remove_photo_button, self->photo != NULL);
}

static void
show_photo_error (HearthRecordEditor *self,
                  const char         *message)
{
  gtk_label_set_label (self->problem_label, message);
  gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
}

/* Any image GdkPixbuf reads, scaled to fit PHOTO_SIZE and kept as PNG. */
static void
photo_chosen_cb (GtkNativeDialog    *chooser,
                 int                 response,
                 HearthRecordEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *buffer = NULL;
  gsize size;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  stream = g_file_read (file, NULL, &error);
  if (stream != NULL)
    pixbuf = gdk_pixbuf_new_from_stream_at_scale (G_INPUT_STREAM (stream), PHOTO_SIZE,
                                                  PHOTO_SIZE, TRUE, NULL, &error);
  if (pixbuf != NULL)
    {
      g_autoptr(GdkPixbuf) upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);

      gdk_pixbuf_save_to_buffer (upright, &buffer, &size, "png", &error, NULL);
    }

  if (buffer == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("This photo could not be read: %s"),
                                                  error->message);

      show_photo_error (self, message);
      goto out;
    }

  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo = g_bytes_new_take (g_steal_pointer (&buffer), size);
  if (!hearth_photo_check (self->photo, &error))
    {
      g_clear_pointer (&self->photo, g_bytes_unref);
      show_photo_error (self, error->message);
      goto out;
    }

  self->photo_changed = TRUE;
  show_photo (self);
  update_problems (self, NULL);
  changed (self);

out:
  g_clear_object (&self->chooser);
}

static void
choose_photo_cb (HearthRecordEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();

  gtk_file_filter_set_name (images, _("Photos"));
  gtk_file_filter_add_pixbuf_formats (images);
  self->chooser = gtk_file_chooser_native_new (_("Choose a Photo"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), images);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (photo_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
remove_photo_cb (HearthRecordEditor *self)
{
  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo_changed = TRUE;
  show_photo (self);
  changed (self);
}

static GtkWidget *
build_photo (HearthRecordEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *choose = hearth_button_new_with_mnemonic (_("C_hoose Photo…"));
  g_autofree char *name = hearth_record_dup_title (self->record);

  self->avatar = ADW_AVATAR (adw_avatar_new (96, name, TRUE));
  self->remove_photo_button = hearth_button_new_with_mnemonic (_("_Remove Photo"));
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), choose);
  gtk_box_append (GTK_BOX (buttons), self->remove_photo_button);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->avatar));
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (choose_photo_cb), self);
  g_signal_connect_swapped (self->remove_photo_button, "clicked", G_CALLBACK (remove_photo_cb),
                            self);
  show_photo (self);
  return box;
}

static void
add_portrait_groups (HearthRecordEditor *self,
                     GtkBox             *content)
{
  guint n_sections;
  const HearthValue *sections = hearth_values_get (HEARTH_VALUES_PORTRAIT_SECTION, &n_sections);
  GtkWidget *heading = adw_preferences_group_new ();

  self->total_words = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->total_words), "dim-label");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (heading), _("Pen portrait"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (heading),
                                         is_person (self)
                                         ? _("Shared before an introduction, so a carer meets "
                                             "the person before the paperwork. Write it as "
                                             "they would say it.")
                                         : _("Shared before an introduction, so a person "
                                             "meets the household before the paperwork."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (heading),
                                           GTK_WIDGET (self->total_words));
  gtk_box_append (content, heading);

  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *words = gtk_label_new (NULL);
      const char *prompt = hearth_pen_portrait_section_prompt (sections[i].value, !is_person (self));
      GtkTextBuffer *buffer;
      GtkWidget *frame = text_view_in_frame (hearth_record_get_string (self->portrait,
                                                                       sections[i].value),
                                             _(sections[i].label), &buffer);
      GtkWidget *view = gtk_frame_get_child (GTK_FRAME (frame));

      gtk_widget_add_css_class (words, "dim-label");
      gtk_widget_add_css_class (words, "caption");
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(sections[i].label));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), prompt);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), words);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      prompt, -1);
      gtk_widget_set_size_request (view, -1, 96);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
      gtk_box_append (content, group);

      g_hash_table_insert (self->portrait_words, g_strdup (sections[i].value), words);
      g_hash_table_insert (self->rows, g_strdup_printf ("portrait:%s", sections[i].value), view);
      g_signal_connect (buffer, "changed", G_CALLBACK (long_text_changed_cb), self);

      long_text_changed_cb (buffer, self);
    }
}

static void
build (HearthRecordEditor *self)
{
  const EditGroup *groups = is_person (self) ? person_groups : carer_groups;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *problem_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = hearth_decorative_image_new ("dialog-warning-symbolic");

  self->loading = TRUE;
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* What is wrong, where it is seen first; each field it is about is marked too. */
  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->problem_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
  gtk_box_append (GTK_BOX (problem_box), icon);
  gtk_box_append (GTK_BOX (problem_box), GTK_WIDGET (self->problem_label));
  gtk_widget_add_css_class (problem_box, "error");
  gtk_widget_add_css_class (problem_box, "card");
  gtk_widget_set_margin_start (GTK_WIDGET (self->problem_label), 0);
  gtk_widget_set_margin_top (problem_box, 0);
  g_object_set (problem_box, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_set_margin_top (icon, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->problem_label), 12);
  self->problem_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->problem_revealer, problem_box);

  gtk_box_append (GTK_BOX (content), build_photo (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->problem_revealer));

  for (guint g = 0; groups[g].title != NULL; g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
      for (guint i = 0; groups[g].fields[i].property != NULL; i++)
        {
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     build_field (self, &groups[g].fields[i]));
          g_ptr_array_add (self->order, (gpointer) groups[g].fields[i].property);
        }
      gtk_box_append (GTK_BOX (content), group);
    }

  add_portrait_groups (self, GTK_BOX (content));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
  hearth_name_composite_rows (content);
  self->loading = FALSE;
}

static void
hearth_record_editor_dispose (GObject *object)
{
  HearthRecordEditor *self = HEARTH_RECORD_EDITOR (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->scheme);
  g_clear_object (&self->original);
  g_clear_object (&self->record);
  g_clear_object (&self->portrait_original);
  g_clear_object (&self->portrait);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->portrait_words, g_hash_table_unref);
  g_clear_pointer (&self->need_checks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_record_editor_parent_class)->dispose (object);
}

static void
hearth_record_editor_class_init (HearthRecordEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_record_editor_dispose;

  /**
   * HearthRecordEditor::changed:
   *
   * Something was typed or chosen.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hearth_record_editor_init (HearthRecordEditor *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->portrait_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->order = g_ptr_array_new ();
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

/**
 * hearth_record_editor_new:
 * @type: %HEARTH_TYPE_PERSON or %HEARTH_TYPE_CARER
 * @record: (nullable): the record to change, or %NULL to add one
 */
HearthRecordEditor *
hearth_record_editor_new (HearthScheme *scheme,
                          GType         type,
                          HearthRecord *record)
{
  HearthRecordEditor *self;
  g_autoptr(GPtrArray) portraits = NULL;
  g_autofree char *today = hearth_date_today ();

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (type == HEARTH_TYPE_PERSON || type == HEARTH_TYPE_CARER, NULL);
  g_return_val_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, type), NULL);

  self = g_object_new (HEARTH_TYPE_RECORD_EDITOR, NULL);
  self->scheme = g_object_ref (scheme);
  self->type = type;

  if (record != NULL)
    {
      self->original = hearth_record_copy (record);
      self->record = hearth_record_copy (record);
      portraits = hearth_scheme_load_related (scheme, HEARTH_TYPE_PEN_PORTRAIT,
                                              type == HEARTH_TYPE_PERSON ? "person-id" : "carer-id",
                                              hearth_record_get_id (record), NULL);
      self->photo = hearth_scheme_load_photo (scheme, record, NULL);
    }
  else
    {
      /* A new referral or enquiry is most often recorded the day it arrives. */
      self->record = g_object_new (type, NULL);
      hearth_record_set_string (self->record,
                                type == HEARTH_TYPE_PERSON ? "referral-date" : "enquiry-date",
                                today);
      self->original = NULL;
    }

  if (portraits != NULL && portraits->len > 0)
    {
      self->portrait_original = hearth_record_copy (g_ptr_array_index (portraits, 0));
      self->portrait = hearth_record_copy (self->portrait_original);
    }
  else
    self->portrait = HEARTH_RECORD (hearth_pen_portrait_new ());

  build (self);
  return self;
}

/**
 * hearth_record_editor_get_record:
 *
 * Returns: (transfer none): the record as edited so far (saved, once Done succeeds)
 */
HearthRecord *
hearth_record_editor_get_record (HearthRecordEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

gboolean
hearth_record_editor_is_new (HearthRecordEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), FALSE);

  return self->original == NULL;
}

static gboolean
records_differ (HearthRecord *a,
                HearthRecord *b)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (a);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING)
        continue;
      if (!hearth_record_column_equal (a, b, pspec))
        return TRUE;
    }

  return FALSE;
}

static gboolean
portrait_is_blank (HearthRecord *portrait)
{
  guint n_sections;
  const HearthValue *sections = hearth_values_get (HEARTH_VALUES_PORTRAIT_SECTION, &n_sections);

  for (guint i = 0; i < n_sections; i++)
    if (!hearth_record_text_is_blank (hearth_record_get_string (portrait, sections[i].value)))
      return FALSE;

  return TRUE;
}

static gboolean
portrait_changed (HearthRecordEditor *self)
{
  if (self->portrait_original == NULL)
    return !portrait_is_blank (self->portrait);

  return records_differ (self->portrait_original, self->portrait);
}

/* Whether every date row holds a date or nothing; with @show, each that does not says why. */
static gboolean
dates_read (HearthRecordEditor *self,
            gboolean            show)
{
  GHashTableIter iter;
  gpointer row;
  gboolean all = TRUE;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      g_autofree char *iso = NULL;

      if (!HEARTH_IS_DATE_ROW (row))
        continue;
      if (show ? !hearth_date_row_check (row) : !hearth_date_row_read (row, &iso, NULL))
        all = FALSE;
    }

  return all;
}

/* Whether closing the editor now would lose anything typed. */
gboolean
hearth_record_editor_has_changes (HearthRecordEditor *self)
{
  g_autoptr(HearthRecord) blank = NULL;

  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), FALSE);

  if (self->photo_changed || portrait_changed (self) || g_hash_table_size (self->problems) > 0 ||
      !dates_read (self, FALSE))
    return TRUE;

  if (self->original != NULL)
    return records_differ (self->original, self->record);

  /* A new record counts as changed once anything but the prefilled date is typed. */
  blank = g_object_new (self->type, NULL);
  hearth_record_set_string (blank, is_person (self) ? "referral-date" : "enquiry-date",
                            hearth_record_get_string (self->record,
                                                      is_person (self) ? "referral-date"
                                                                       : "enquiry-date"));
  return records_differ (blank, self->record);
}

/**
 * hearth_record_editor_save:
 *
 * Saves the record, then its pen portrait, then its photo, each as its own change. When one
 * is refused, what came before it stays saved, the editor keeps everything typed, and
 * @error says what to put right.
 */
gboolean
hearth_record_editor_save (HearthRecordEditor  *self,
                           GError             **error)
{
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), FALSE);

  /* Saved with the keyboard still in a date row: what it holds is checked first. */
  dates_read (self, TRUE);
  for (guint i = 0; i < self->order->len; i++)
    {
      const char *message = g_hash_table_lookup (self->problems,
                                                 g_ptr_array_index (self->order, i));

      if (message != NULL)
        {
          g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, message);
          return FALSE;
        }
    }

  if (self->original == NULL)
    {
      gboolean added = is_person (self)
                       ? hearth_scheme_add_person (self->scheme, HEARTH_PERSON (self->record), error)
                       : hearth_scheme_add_carer (self->scheme, HEARTH_CARER (self->record), error);
      if (!added)
        return FALSE;
      self->original = hearth_record_copy (self->record);
    }
  else if (records_differ (self->original, self->record))
    {
      if (!hearth_scheme_update (self->scheme, self->record, error))
        return FALSE;
      g_set_object (&self->original, NULL);
      self->original = hearth_record_copy (self->record);
    }

  id = hearth_record_get_id (self->record);
  if (portrait_changed (self))
    {
      hearth_record_set_int (self->portrait, is_person (self) ? "person-id" : "carer-id", id);
      if (self->portrait_original == NULL
          ? !hearth_scheme_insert (self->scheme, self->portrait, error)
          : !hearth_scheme_update (self->scheme, self->portrait, error))
        return FALSE;
      g_clear_object (&self->portrait_original);
      self->portrait_original = hearth_record_copy (self->portrait);
    }

  if (self->photo_changed)
    {
      if (!hearth_scheme_set_photo (self->scheme, self->record, self->photo, error))
        return FALSE;
      self->photo_changed = FALSE;
      g_clear_object (&self->original);
      self->original = hearth_record_copy (self->record);
    }

  return TRUE;
}

/* Shows why saving was refused, beside the field it is about when there is one. */
void
hearth_record_editor_show_error (HearthRecordEditor *self,
                                 const GError       *error)
{
  const char *property;
  GtkWidget *row;

  g_return_if_fail (HEARTH_IS_RECORD_EDITOR (self));
  g_return_if_fail (error != NULL);

  property = hearth_record_field_for_error (self->record, error);
  if (property == NULL)
    for (guint i = 0; i < self->order->len && property == NULL; i++)
      if (g_hash_table_contains (self->problems, g_ptr_array_index (self->order, i)))
        property = g_ptr_array_index (self->order, i);

  if (property != NULL && !g_hash_table_contains (self->problems, property))
    mark_field (self, property, error->message);
  update_problems (self, error->message);

  row = property != NULL ? g_hash_table_lookup (self->rows, property) : NULL;
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

char *
hearth_record_editor_dup_title (HearthRecordEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), NULL);

  if (self->original == NULL)
    return g_strdup (is_person (self) ? _("New Person") : _("New Carer"));

  return hearth_record_dup_title (self->original);
}

/* Types @text into a field (a property, or "portrait:" and a section), as a person would. */
void
hearth_record_editor_set_text (HearthRecordEditor *self,
                               const char         *property,
                               const char         *text)
{
  GtkWidget *row;

  g_return_if_fail (HEARTH_IS_RECORD_EDITOR (self));

  row = g_hash_table_lookup (self->rows, property);
  g_return_if_fail (row != NULL);

  if (GTK_IS_TEXT_VIEW (row))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row)), text, -1);
  else if (GTK_IS_EDITABLE (row))
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  else
    g_return_if_reached ();
}

void
hearth_record_editor_focus_first (HearthRecordEditor *self)
{
  g_return_if_fail (HEARTH_IS_RECORD_EDITOR (self));

  gtk_widget_grab_focus (g_hash_table_lookup (self->rows, "first-name"));
}

/* What the editor says is wrong, or %NULL when nothing is. */
const char *
hearth_record_editor_get_problem (HearthRecordEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->problem_revealer))
    return NULL;
  return gtk_label_get_label (self->problem_label);
}

/**
 * hearth_record_editor_dup_fields:
 *
 * Returns: (transfer full): the record's properties the editor shows, in order
 */
GStrv
hearth_record_editor_dup_fields (HearthRecordEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), NULL);

  for (guint i = 0; i < self->order->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->order, i));

  return g_strv_builder_end (builder);
}

/**
 * hearth_record_editor_get_field_title:
 * @property: one of the properties the editor shows
 *
 * Returns: (nullable): the title shown with the field, or %NULL when it is not shown
 */
const char *
hearth_record_editor_get_field_title (HearthRecordEditor *self,
                                      const char         *property)
{
  GtkWidget *row;

  g_return_val_if_fail (HEARTH_IS_RECORD_EDITOR (self), NULL);

  row = g_hash_table_lookup (self->rows, property);
  if (row == NULL)
    return NULL;
  if (ADW_IS_PREFERENCES_ROW (row))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  /* A field of several lines: a heading above its framed text. */
  row = gtk_widget_get_parent (gtk_widget_get_parent (row));
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (row)));
}
