/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-suggestion-row.c: one carer in the Matching view, shown through
 * #HearthSuggestionRow:item: a candidate with the parts of their score, the shortlist and what
 * can be done with them, or a carer ruled out with the rule. Its buttons reach the page's
 * actions with the carer's id. */

#define G_LOG_DOMAIN "hearth-suggestion-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-suggestion-row.h"

struct _HearthSuggestionRow
{
  GtkWidget         parent_instance;

  HearthSuggestion *item;
  GPtrArray        *part_rows;
  gboolean          showing;

  AdwExpanderRow   *candidate;
  GtkLabel         *score_label;
  AdwActionRow     *introductions_row;
  GtkSwitch        *shortlist_switch;
  GtkWidget        *print_button;
  GtkWidget        *save_button;
  GtkWidget        *open_button;
  GtkWidget        *propose_button;
  AdwActionRow     *ruled_out;
  GtkWidget        *suggest_again_button;
};

G_DEFINE_FINAL_TYPE (HearthSuggestionRow, hearth_suggestion_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
points_text (gint64 points)
{
  /* Translators: what one part of a score adds: "+3 points" */
  return g_strdup_printf (ngettext ("+%d point", "+%d points", (gulong) points), (int) points);
}

static char *
candidate_subtitle (HearthSuggestion *s)
{
  const char *area = hearth_carer_get_area (hearth_suggestion_get_carer (s));
  guint places = hearth_suggestion_get_places (s);
  g_autoptr(GString) line = g_string_new (NULL);

  if (!hearth_record_text_is_blank (area))
    g_string_append_printf (line, "%s · ", area);
  /* Translators: "2 of 3 places used" */
  g_string_append_printf (line, ngettext ("%u of %u place used", "%u of %u places used", places),
                          hearth_suggestion_get_places_used (s), places);
  if (hearth_suggestion_get_shortlisted (s))
    g_string_append_printf (line, " · %s", _("Shortlisted"));

  /* What scored, on a line of its own, so the reasons show before the row is opened. */
  for (guint i = 0, shown = 0; i < hearth_suggestion_get_n_parts (s); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (s, i);

      if (part->points > 0)
        g_string_append_printf (line, "%s%s", shown++ == 0 ? "\n" : "; ", part->detail);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* "Ann Smith, score 7: Shared interests, +4 points, Both enjoy gardening; Area, ..." */
static char *
candidate_spoken (HearthSuggestion *s)
{
  g_autofree char *name = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *subtitle = candidate_subtitle (s);
  GString *spoken = g_string_new (NULL);

  /* Translators: how a screen reader starts a candidate: "Ann Smith, score 7" */
  g_string_append_printf (spoken, _("%s, score %d"), name, (int) hearth_suggestion_get_score (s));
  for (guint i = 0; i < hearth_suggestion_get_n_parts (s); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (s, i);
      g_autofree char *points = points_text (part->points);

      g_string_append (spoken, i == 0 ? ": " : "; ");
      g_string_append_printf (spoken, "%s, %s, %s", hearth_match_factor_label (part->factor),
                              points, part->detail);
    }
  g_string_append_printf (spoken, ". %s", subtitle);
  return g_string_free (spoken, FALSE);
}

static char *
spoken_name (HearthSuggestion *s)
{
  g_autofree char *carer = NULL;

  if (!hearth_suggestion_is_ruled_out (s))
    return candidate_spoken (s);
  carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  /* Translators: how a screen reader speaks a carer ruled out, with the rule */
  return g_strdup_printf (_("%s, ruled out: %s"), carer, hearth_suggestion_get_rule (s));
}

static GtkWidget *
part_row_new (const HearthScorePart *part)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *points = points_text (part->points);
  GtkWidget *label = gtk_label_new (points);
  g_autofree char *spoken = g_strdup_printf ("%s, %s, %s", hearth_match_factor_label (part->factor),
                                             points, part->detail);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hearth_match_factor_label (part->factor));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), part->detail);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, part->points == 0 ? "dim-label" : "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  hearth_set_spoken_name (row, spoken);
  return row;
}

static void
speak (HearthSuggestionRow *self)
{
  g_autofree char *spoken = NULL;

  if (self->item == NULL)
    return;
  spoken = spoken_name (self->item);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), spoken);
}

/* The target first: an action of the page takes an id, and a button without one warns. */
static void
set_target (GtkWidget  *button,
            const char *action,
            gint64      id)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

static void
show_candidate (HearthSuggestionRow *self,
                HearthSuggestion    *s)
{
  g_autofree char *carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *score = g_strdup_printf (_("Score %d"), (int) hearth_suggestion_get_score (s));
  g_autofree char *name = g_strdup_printf ("candidate-%" G_GINT64_FORMAT,
                                           hearth_suggestion_get_carer_id (s));
  g_autofree char *subtitle = candidate_subtitle (s);
  g_autofree char *spoken = candidate_spoken (s);
  g_autofree char *shortlist = g_strdup_printf (_("Shortlist %s"), carer);
  gint64 id = hearth_suggestion_get_carer_id (s);
  gboolean shortlisted = hearth_suggestion_get_shortlisted (s);

  gtk_widget_set_name (GTK_WIDGET (self->candidate), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->candidate), carer);
  adw_expander_row_set_subtitle (self->candidate, subtitle);
  gtk_label_set_label (self->score_label, score);

  for (guint i = 0; i < self->part_rows->len; i++)
    adw_expander_row_remove (self->candidate, self->part_rows->pdata[i]);
  g_ptr_array_set_size (self->part_rows, 0);
  for (guint i = 0; i < hearth_suggestion_get_n_parts (s); i++)
    {
      GtkWidget *row = part_row_new (hearth_suggestion_get_part (s, i));

      g_ptr_array_add (self->part_rows, row);
      adw_expander_row_add_row (self->candidate, row);
    }

  gtk_switch_set_active (self->shortlist_switch, shortlisted);
  hearth_set_spoken_name (GTK_WIDGET (self->shortlist_switch), shortlist);
  /* Shortlisting opens the way to printing the pair's introductions. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->introductions_row), shortlisted);
  adw_action_row_set_subtitle (self->introductions_row,
                               shortlisted ? _("Both pen portraits, without surnames, dates of "
                                               "birth or addresses")
                                           : _("Shortlist this carer first"));
  set_target (self->print_button, "matching.print-introductions", id);
  set_target (self->save_button, "matching.save-introductions", id);
  set_target (self->open_button, "matching.open-carer", id);
  set_target (self->propose_button, "matching.propose-trial", id);
  hearth_name_expander_row (GTK_WIDGET (self->candidate), spoken);
  hearth_name_inner_lists (GTK_WIDGET (self->candidate), carer);
  hearth_name_composite_rows (GTK_WIDGET (self->candidate));
  /* The list that holds the row is named by whom it is about. */
  hearth_set_spoken_name (gtk_widget_get_parent (GTK_WIDGET (self->candidate)), carer);
}

static void
show_ruled_out (HearthSuggestionRow *self,
                HearthSuggestion    *s)
{
  gint64 id = hearth_suggestion_get_carer_id (s);
  g_autofree char *carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *name = g_strdup_printf ("ruled-out-%" G_GINT64_FORMAT, id);
  g_autofree char *spoken = spoken_name (s);

  gtk_widget_set_name (GTK_WIDGET (self->ruled_out), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ruled_out), carer);
  adw_action_row_set_subtitle (self->ruled_out, hearth_suggestion_get_rule (s));
  gtk_widget_set_visible (self->suggest_again_button, hearth_suggestion_get_past_no (s) != 0);
  set_target (self->suggest_again_button, "matching.suggest-again",
              hearth_suggestion_get_past_no (s));
  hearth_set_spoken_name (GTK_WIDGET (self->ruled_out), spoken);
  hearth_set_spoken_name (gtk_widget_get_parent (GTK_WIDGET (self->ruled_out)), carer);
}

static void
show_item (HearthSuggestionRow *self)
{
  gboolean out;

  if (self->item == NULL)
    return;

  out = hearth_suggestion_is_ruled_out (self->item);
  self->showing = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->candidate), !out);
  gtk_widget_set_visible (GTK_WIDGET (self->ruled_out), out);
  if (out)
    show_ruled_out (self, self->item);
  else
    show_candidate (self, self->item);
  self->showing = FALSE;
  speak (self);
}

/* The switch asks the page, which keeps the shortlist; then shows what it kept. */
static void
shortlist_toggled_cb (HearthSuggestionRow *self)
{
  gboolean on = gtk_switch_get_active (self->shortlist_switch);

  if (self->showing || self->item == NULL || on == hearth_suggestion_get_shortlisted (self->item))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self),
                              on ? "matching.shortlist" : "matching.unshortlist", "x",
                              hearth_suggestion_get_carer_id (self->item));
  show_item (self);
}

static void
parent_changed_cb (HearthSuggestionRow *self)
{
  speak (self);
}

static void
hearth_suggestion_row_dispose (GObject *object)
{
  HearthSuggestionRow *self = HEARTH_SUGGESTION_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);
  g_clear_pointer (&self->part_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_suggestion_row_parent_class)->dispose (object);
}

static void
hearth_suggestion_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthSuggestionRow *self = HEARTH_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_suggestion_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthSuggestionRow *self = HEARTH_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_suggestion_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_suggestion_row_class_init (HearthSuggestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_suggestion_row_dispose;
  object_class->get_property = hearth_suggestion_row_get_property;
  object_class->set_property = hearth_suggestion_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_SUGGESTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/matching/hearth-suggestion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, candidate);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, introductions_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, shortlist_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, print_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, propose_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, ruled_out);
  gtk_widget_class_bind_template_child (widget_class, HearthSuggestionRow, suggest_again_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hearth_suggestion_row_init (HearthSuggestionRow *self)
{
  self->part_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  g_signal_connect_swapped (self->shortlist_switch, "notify::active",
                            G_CALLBACK (shortlist_toggled_cb), self);
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthSuggestion *
hearth_suggestion_row_get_item (HearthSuggestionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION_ROW (self), NULL);

  return self->item;
}

void
hearth_suggestion_row_set_item (HearthSuggestionRow *self,
                                HearthSuggestion    *item)
{
  g_return_if_fail (HEARTH_IS_SUGGESTION_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_SUGGESTION (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* Enter on a candidate opens or closes it. */
void
hearth_suggestion_row_toggle (HearthSuggestionRow *self)
{
  g_return_if_fail (HEARTH_IS_SUGGESTION_ROW (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->candidate)))
    adw_expander_row_set_expanded (self->candidate,
                                   !adw_expander_row_get_expanded (self->candidate));
}
