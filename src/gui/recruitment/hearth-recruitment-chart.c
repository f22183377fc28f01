/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-chart.c: one horizontal bar a stage, its length the number of
 * enquiries that reached it, drawn with cairo in the theme's colours. The figures are also
 * in the table beside it and in the chart's accessible description. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-recruitment-chart.h"

#define BAR_HEIGHT 18
#define BAR_GAP 8
#define LABEL_WIDTH 170

struct _HearthRecruitmentChart
{
  GtkWidget parent_instance;

  guint     reached[HEARTH_RECRUITMENT_N_STAGES];
  guint     dropped[HEARTH_RECRUITMENT_N_STAGES];
};

G_DEFINE_FINAL_TYPE (HearthRecruitmentChart, hearth_recruitment_chart, GTK_TYPE_WIDGET)

static void
draw_bar (HearthRecruitmentChart *self,
          cairo_t                *cr,
          PangoLayout            *layout,
          guint                   k,
          double                  width,
          guint                   most,
          const GdkRGBA          *fg)
{
  const char *stage = hearth_values_label (HEARTH_VALUES_CARER_STAGE, hearth_recruitment_stage (k));
  double y = k * (BAR_HEIGHT + BAR_GAP);
  double room = MAX (width - LABEL_WIDTH - 50, 10);
  double length = most > 0 ? room * self->reached[k] / most : 0;
  g_autofree char *count = g_strdup_printf ("%u", self->reached[k]);

  gdk_cairo_set_source_rgba (cr, fg);
  pango_layout_set_text (layout, stage, -1);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, layout);

  /* The accent blue of the default theme, as a bar with the drop-outs in a darker end. */
  cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
  cairo_rectangle (cr, LABEL_WIDTH, y + 2, MAX (length, 1), BAR_HEIGHT - 4);
  cairo_fill (cr);
  if (self->dropped[k] > 0 && most > 0)
    {
      double lost = room * self->dropped[k] / most;

      cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
      cairo_rectangle (cr, LABEL_WIDTH + length - lost, y + 2, lost, BAR_HEIGHT - 4);
      cairo_fill (cr);
    }

  gdk_cairo_set_source_rgba (cr, fg);
  pango_layout_set_text (layout, count, -1);
  cairo_move_to (cr, LABEL_WIDTH + length + 6, y);
  pango_cairo_show_layout (cr, layout);
}

static void
hearth_recruitment_chart_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  HearthRecruitmentChart *self = HEARTH_RECRUITMENT_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  cairo_t *cr;
  GdkRGBA fg;
  guint most = 0;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    most = MAX (most, self->reached[k]);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    draw_bar (self, cr, layout, k, width, most, &fg);
  cairo_destroy (cr);
}

static void
hearth_recruitment_chart_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = LABEL_WIDTH + 120;
  else
    *minimum = *natural = HEARTH_RECRUITMENT_N_STAGES * (BAR_HEIGHT + BAR_GAP);
}

static void
hearth_recruitment_chart_class_init (HearthRecruitmentChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = hearth_recruitment_chart_snapshot;
  widget_class->measure = hearth_recruitment_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_recruitment_chart_init (HearthRecruitmentChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of how many enquiries reached each stage"), -1);
}

GtkWidget *
hearth_recruitment_chart_new (void)
{
  return g_object_new (HEARTH_TYPE_RECRUITMENT_CHART, NULL);
}

/**
 * hearth_recruitment_chart_set_summary:
 *
 * Shows @summary's stages; its figures are also read out as the chart's description.
 */
void
hearth_recruitment_chart_set_summary (HearthRecruitmentChart         *self,
                                      const HearthRecruitmentSummary *summary)
{
  g_autoptr(GString) words = g_string_new (NULL);

  g_return_if_fail (HEARTH_IS_RECRUITMENT_CHART (self));
  g_return_if_fail (summary != NULL);

  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      self->reached[k] = summary->reached[k];
      self->dropped[k] = summary->dropped[k];
      /* Translators: one stage in the chart's description, as in "Assessment: 5 reached, 2 dropped out" */
      g_string_append_printf (words, _("%s: %u reached, %u dropped out. "),
                              hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                                   hearth_recruitment_stage (k)),
                              summary->reached[k], summary->dropped[k]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
