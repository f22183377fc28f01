/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-card-row.c: a prospective carer's card on the Recruitment board, or a
 * line of the pipeline as one list: days in the stage, targets passed, the assessor, what is
 * missing for panel, and buttons to move the carer on or back, record a check or review an
 * approval. A list view makes a few of these and gives each its card through
 * #HearthRecruitmentCardRow:item; the buttons act on that card's carer. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-approval-review-dialog.h"
#include "hearth-carer-check-dialog.h"
#include "hearth-carer-move-back-dialog.h"
#include "hearth-carer-move-on-dialog.h"
#include "hearth-gui-util.h"
#include "hearth-page.h"
#include "hearth-recruitment-card-row.h"

struct _HearthRecruitmentCardRow
{
  GtkWidget              parent_instance;

  HearthRecruitmentCard *item;
  gboolean               with_stage;

  GtkLabel              *name_label;
  GtkLabel              *days_label;
  GtkWidget             *past_stage_label;
  GtkWidget             *past_overall_label;
  GtkLabel              *assessor_label;
  GtkLabel              *missing_label;
  GtkButton             *move_on_button;
  GtkButton             *check_button;
  GtkButton             *review_button;
  GtkButton             *move_back_button;
};

G_DEFINE_FINAL_TYPE (HearthRecruitmentCardRow, hearth_recruitment_card_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_WITH_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A button's words for a screen reader say whom it acts on. */
static void
name_button (GtkButton  *button,
             const char *spoken)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), spoken);
  hearth_set_spoken_name (GTK_WIDGET (button), spoken);
}

static char *
describe_days (HearthRecruitmentCardRow *self)
{
  int days = hearth_recruitment_card_get_days_in_stage (self->item);
  const char *stage;
  g_autofree char *in_stage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%d day in this stage",
                                                            "%d days in this stage", days), days);

  if (!self->with_stage)
    return g_steal_pointer (&in_stage);
  stage = hearth_recruitment_card_get_stage (self->item);
  return g_strdup_printf ("%s · %s", hearth_recruitment_stage_label (stage), in_stage);
}

static void
show_missing (HearthRecruitmentCardRow *self)
{
  const char * const *missing = hearth_recruitment_card_get_missing (self->item);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing != NULL);
  if (missing == NULL)
    return;

  if (missing[0] == NULL)
    {
      gtk_label_set_label (self->missing_label, _("Checklist complete"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "success");
      return;
    }
  list = g_strjoinv (", ", (char **) missing);
  text = g_strdup_printf (_("Missing for panel: %s"), list);
  gtk_label_set_label (self->missing_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "dim-label");
}

/* Onwards and a check while in the flow; a review once approved; back or out otherwise. */
static void
show_buttons (HearthRecruitmentCardRow *self,
              const char               *who)
{
  const char *stage = hearth_recruitment_card_get_stage (self->item);
  gboolean in_flow = hearth_recruitment_stage_next (stage) != NULL;
  gboolean approved = g_strcmp0 (stage, "approved") == 0;
  g_autofree char *move_on = g_strdup_printf (_("Move %s on"), who);
  g_autofree char *check = g_strdup_printf (_("Record a check for %s"), who);
  g_autofree char *review = g_strdup_printf (_("Record a review of %s’s approval"), who);
  g_autofree char *move_back = g_strdup_printf (_("Move %s back or out"), who);

  gtk_widget_set_visible (GTK_WIDGET (self->move_on_button), in_flow);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), in_flow);
  gtk_widget_set_visible (GTK_WIDGET (self->review_button), approved);
  gtk_widget_set_visible (GTK_WIDGET (self->move_back_button), !approved);
  gtk_button_set_label (self->move_on_button, g_strcmp0 (stage, "ready-for-panel") == 0
                                              ? _("_Approve…") : _("Move _On…"));
  gtk_button_set_label (self->move_back_button, in_flow ? _("_Back or Out…") : _("_Move…"));
  name_button (self->move_on_button, move_on);
  name_button (self->check_button, check);
  name_button (self->review_button, review);
  name_button (self->move_back_button, move_back);
}

/* A screen reader names the card by the carer, as the card's heading does. */
static void
speak (HearthRecruitmentCardRow *self)
{
  if (self->item != NULL)
    hearth_list_row_set_spoken_name (GTK_WIDGET (self),
                                     hearth_recruitment_card_get_name (self->item));
}

static void
show_item (HearthRecruitmentCardRow *self)
{
  HearthPastTarget past;
  HearthRecord *carer;
  const char *assessor;
  const char *who;
  g_autofree char *days = NULL;
  g_autofree char *assessed = NULL;
  g_autofree char *name = NULL;

  if (self->item == NULL)
    {
      gtk_widget_set_name (GTK_WIDGET (self), NULL);
      return;
    }

  who = hearth_recruitment_card_get_name (self->item);
  past = hearth_recruitment_card_get_past_target (self->item);
  assessor = hearth_recruitment_card_get_assessor (self->item);
  days = describe_days (self);
  assessed = assessor != NULL ? g_strdup_printf (_("Assessor: %s"), assessor)
                              : g_strdup (_("No assessor yet"));
  carer = HEARTH_RECORD (hearth_recruitment_card_get_carer (self->item));
  name = g_strdup_printf ("carer-%" G_GINT64_FORMAT, hearth_record_get_id (carer));

  gtk_widget_set_name (GTK_WIDGET (self), name);
  gtk_label_set_label (self->name_label, who);
  gtk_label_set_label (self->days_label, days);
  gtk_widget_set_visible (self->past_stage_label, (past & HEARTH_PAST_TARGET_STAGE) != 0);
  gtk_widget_set_visible (self->past_overall_label, (past & HEARTH_PAST_TARGET_OVERALL) != 0);
  gtk_label_set_label (self->assessor_label, assessed);
  show_missing (self);
  show_buttons (self, who);
  speak (self);
}

static HearthPage *
page_of (HearthRecruitmentCardRow *self)
{
  return HEARTH_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self), HEARTH_TYPE_PAGE));
}

/* The dialogs work on a copy of the carer: the card stays as the worker computed it. */
static void
act_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  HearthRecruitmentCardRow *self = HEARTH_RECRUITMENT_CARD_ROW (widget);
  HearthPage *page = page_of (self);
  g_autoptr(HearthCarer) carer = NULL;

  if (self->item == NULL || page == NULL)
    return;

  carer = hearth_recruitment_card_dup_carer (self->item);
  if (g_str_equal (action, "card.move-on"))
    hearth_carer_move_on_dialog_present (page, carer);
  else if (g_str_equal (action, "card.record-check"))
    hearth_carer_check_dialog_present (page, carer);
  else if (g_str_equal (action, "card.review"))
    hearth_approval_review_dialog_present (page, carer);
  else
    hearth_carer_move_back_dialog_present (page, carer);
}

static void
parent_changed_cb (HearthRecruitmentCardRow *self)
{
  speak (self);
}

static void
hearth_recruitment_card_row_dispose (GObject *object)
{
  HearthRecruitmentCardRow *self = HEARTH_RECRUITMENT_CARD_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_recruitment_card_row_parent_class)->dispose (object);
}

static void
hearth_recruitment_card_row_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthRecruitmentCardRow *self = HEARTH_RECRUITMENT_CARD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_WITH_STAGE:
      g_value_set_boolean (value, self->with_stage);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_recruitment_card_row_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HearthRecruitmentCardRow *self = HEARTH_RECRUITMENT_CARD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_recruitment_card_row_set_item (self, g_value_get_object (value));
      break;
    case PROP_WITH_STAGE:
      self->with_stage = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_recruitment_card_row_class_init (HearthRecruitmentCardRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_recruitment_card_row_dispose;
  object_class->get_property = hearth_recruitment_card_row_get_property;
  object_class->set_property = hearth_recruitment_card_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_RECRUITMENT_CARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HearthRecruitmentCardRow:with-stage:
   *
   * Whether the card names its stage: in the one list, where no column does.
   */
  properties[PROP_WITH_STAGE] =
    g_param_spec_boolean ("with-stage", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-recruitment-card-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, days_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, past_stage_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, past_overall_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, assessor_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, move_on_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, check_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, review_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentCardRow, move_back_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "card.move-on", NULL, act_action);
  gtk_widget_class_install_action (widget_class, "card.record-check", NULL, act_action);
  gtk_widget_class_install_action (widget_class, "card.review", NULL, act_action);
  gtk_widget_class_install_action (widget_class, "card.move-back", NULL, act_action);
}

static void
hearth_recruitment_card_row_init (HearthRecruitmentCardRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthRecruitmentCard *
hearth_recruitment_card_row_get_item (HearthRecruitmentCardRow *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD_ROW (self), NULL);

  return self->item;
}

void
hearth_recruitment_card_row_set_item (HearthRecruitmentCardRow *self,
                                      HearthRecruitmentCard    *item)
{
  g_return_if_fail (HEARTH_IS_RECRUITMENT_CARD_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_RECRUITMENT_CARD (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
