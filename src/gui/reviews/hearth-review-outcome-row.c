/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-outcome-row.c: one question of a review's outcomes in the Record Review
 * form: the area asked about, the answer ("not asked" first, then the closed set) and a
 * comment, stacked so that it reads well in a narrow window. */

#define G_LOG_DOMAIN "hearth-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-review-outcome-row.h"

struct _HearthReviewOutcomeRow
{
  GtkListBoxRow  parent_instance;

  const char    *area;      /* interned: one of HEARTH_VALUES_OUTCOME_AREA */

  GtkDropDown   *answer;
  GtkWidget     *comment;
};

G_DEFINE_FINAL_TYPE (HearthReviewOutcomeRow, hearth_review_outcome_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
answer_new (const char *area_label)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *name = g_strdup_printf (_("%s: answer"), area_label);
  guint n;
  const HearthValue *answers = hearth_values_get (HEARTH_VALUES_OUTCOME_ANSWER, &n);
  GtkWidget *dropdown;

  gtk_string_list_append (model, _("Not asked"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (model, hearth_values_label (HEARTH_VALUES_OUTCOME_ANSWER,
                                                        answers[i].value));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL);
  hearth_drop_down_set_name (GTK_DROP_DOWN (dropdown), name);
  return dropdown;
}

static GtkWidget *
comment_new (const char *area_label)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *name = g_strdup_printf (_("%s: comment"), area_label);

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Comment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_hexpand (entry, TRUE);
  return entry;
}

static void
hearth_review_outcome_row_constructed (GObject *object)
{
  HearthReviewOutcomeRow *self = HEARTH_REVIEW_OUTCOME_ROW (object);
  const char *area_label = hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, self->area);
  GtkWidget *label = gtk_label_new (area_label);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  G_OBJECT_CLASS (hearth_review_outcome_row_parent_class)->constructed (object);

  self->answer = GTK_DROP_DOWN (answer_new (area_label));
  self->comment = comment_new (area_label);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->answer));
  gtk_box_append (GTK_BOX (line), self->comment);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), line);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  /* The row takes the focus on its way to the answer: it says which question it holds. */
  hearth_set_spoken_name (GTK_WIDGET (self), area_label);
}

static void
hearth_review_outcome_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HearthReviewOutcomeRow *self = HEARTH_REVIEW_OUTCOME_ROW (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_review_outcome_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HearthReviewOutcomeRow *self = HEARTH_REVIEW_OUTCOME_ROW (object);

  switch (prop_id)
    {
    case PROP_AREA:
      self->area = g_intern_string (g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_review_outcome_row_class_init (HearthReviewOutcomeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_review_outcome_row_constructed;
  object_class->get_property = hearth_review_outcome_row_get_property;
  object_class->set_property = hearth_review_outcome_row_set_property;

  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_review_outcome_row_init (HearthReviewOutcomeRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}

/**
 * hearth_review_outcome_row_new:
 * @area: the area asked about, one of HEARTH_VALUES_OUTCOME_AREA
 */
GtkWidget *
hearth_review_outcome_row_new (const char *area)
{
  g_return_val_if_fail (hearth_values_contains (HEARTH_VALUES_OUTCOME_AREA, area), NULL);

  return g_object_new (HEARTH_TYPE_REVIEW_OUTCOME_ROW, "area", area, NULL);
}

const char *
hearth_review_outcome_row_get_area (HearthReviewOutcomeRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME_ROW (self), NULL);

  return self->area;
}

/* Returns: (transfer none): the answer: "not asked" first, then the closed set in order */
GtkDropDown *
hearth_review_outcome_row_get_answer (HearthReviewOutcomeRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME_ROW (self), NULL);

  return self->answer;
}

/* Returns: (transfer none): the entry for the comment */
GtkWidget *
hearth_review_outcome_row_get_comment (HearthReviewOutcomeRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME_ROW (self), NULL);

  return self->comment;
}
