/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-page.c: what every view in the window's sidebar has in common. */

#define G_LOG_DOMAIN "hearth-page"

#include "config.h"

#include "hearth-gui-util.h"
#include "hearth-page.h"

typedef struct
{
  HearthScheme *scheme;
  gboolean      folded;
} HearthPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HearthPage, hearth_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_page_real_show_record (HearthPage   *self,
                              HearthRecord *record)
{
  return FALSE;
}

static void
hearth_page_real_focus_search (HearthPage *self)
{
}

static void
hearth_page_dispose (GObject *object)
{
  HearthPagePrivate *priv = hearth_page_get_instance_private (HEARTH_PAGE (object));

  g_clear_object (&priv->scheme);

  G_OBJECT_CLASS (hearth_page_parent_class)->dispose (object);
}

static void
hearth_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HearthPagePrivate *priv = hearth_page_get_instance_private (HEARTH_PAGE (object));

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, priv->scheme);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, priv->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HearthPage *self = HEARTH_PAGE (object);
  HearthPagePrivate *priv = hearth_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SCHEME:
      priv->scheme = g_value_dup_object (value);
      break;
    case PROP_FOLDED:
      hearth_page_set_folded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_page_class_init (HearthPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_page_dispose;
  object_class->get_property = hearth_page_get_property;
  object_class->set_property = hearth_page_set_property;

  klass->show_record = hearth_page_real_show_record;
  klass->focus_search = hearth_page_real_focus_search;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_page_init (HearthPage *self)
{
}

HearthScheme *
hearth_page_get_scheme (HearthPage *self)
{
  HearthPagePrivate *priv = hearth_page_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_PAGE (self), NULL);

  return priv->scheme;
}

gboolean
hearth_page_get_folded (HearthPage *self)
{
  HearthPagePrivate *priv = hearth_page_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_PAGE (self), FALSE);

  return priv->folded;
}

void
hearth_page_set_folded (HearthPage *self,
                        gboolean    folded)
{
  HearthPagePrivate *priv = hearth_page_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_PAGE (self));

  folded = !!folded;
  if (priv->folded == folded)
    return;

  priv->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

gboolean
hearth_page_show_record (HearthPage   *self,
                         HearthRecord *record)
{
  g_return_val_if_fail (HEARTH_IS_PAGE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);

  return HEARTH_PAGE_GET_CLASS (self)->show_record (self, record);
}

void
hearth_page_focus_search (HearthPage *self)
{
  g_return_if_fail (HEARTH_IS_PAGE (self));

  HEARTH_PAGE_GET_CLASS (self)->focus_search (self);
}

/* Toasts go to the window's overlay, so that they outlive a page that is replaced. */
void
hearth_page_add_toast (HearthPage *self,
                       AdwToast   *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (HEARTH_IS_PAGE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    hearth_show_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* Whether the page holds typing that is not saved yet (an open editor with changes). */
gboolean
hearth_page_has_unsaved_changes (HearthPage *self)
{
  HearthPageClass *klass;

  g_return_val_if_fail (HEARTH_IS_PAGE (self), FALSE);

  klass = HEARTH_PAGE_GET_CLASS (self);
  return klass->has_unsaved_changes != NULL && klass->has_unsaved_changes (self);
}

/* Saves what the page holds; on a refusal the page shows why and keeps the typing. */
gboolean
hearth_page_save_changes (HearthPage *self)
{
  HearthPageClass *klass;

  g_return_val_if_fail (HEARTH_IS_PAGE (self), FALSE);

  klass = HEARTH_PAGE_GET_CLASS (self);
  return klass->save_changes == NULL || klass->save_changes (self);
}
