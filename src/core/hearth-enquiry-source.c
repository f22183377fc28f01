/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-enquiry-source.c: Where a carer heard of the scheme; the scheme can add its own. */

#define G_LOG_DOMAIN "hearth-enquiry-source"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-enquiry-source.h"

struct _HearthEnquirySource
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthEnquirySource, hearth_enquiry_source, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_enquiry_source_class_init (HearthEnquirySourceClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "enquiry_source", "enquiry-source",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_enquiry_source_init (HearthEnquirySource *self)
{
}

HearthEnquirySource *
hearth_enquiry_source_new (void)
{
  return g_object_new (HEARTH_TYPE_ENQUIRY_SOURCE, NULL);
}

const char *
hearth_enquiry_source_get_name (HearthEnquirySource *self)
{
  g_return_val_if_fail (HEARTH_IS_ENQUIRY_SOURCE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "name");
}
