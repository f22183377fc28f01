/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record.c: column storage, copying and comparison shared by every kind of record. */

#define G_LOG_DOMAIN "hearth-record"

#include "config.h"

#include <string.h>

#include "hearth-error.h"
#include "hearth-record.h"

typedef struct
{
  GValue *values;   /* one per column, allocated on first use */
  guint   n_values;
} HearthRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HearthRecord, hearth_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark column_index_quark;
static GQuark column_name_quark;
static GQuark column_flags_quark;

static GValue *
values_of (HearthRecord *self)
{
  HearthRecordPrivate *priv = hearth_record_get_instance_private (self);

  if (priv->values == NULL)
    {
      HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (self);

      g_assert (klass->columns != NULL);

      priv->n_values = klass->columns->len;
      priv->values = g_new0 (GValue, priv->n_values);
      for (guint i = 0; i < priv->n_values; i++)
        {
          GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

          g_value_init (&priv->values[i], pspec->value_type);
          g_param_value_set_default (pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

/* A column's place in the row follows from its property id: "id" comes first, then each
 * kind's own columns in the order they were installed (tag_column() checks it), which spares
 * a locked qdata look-up on every read of a value. */
static inline guint
column_index (GParamSpec *pspec)
{
  return pspec == properties[PROP_ID] ? 1 : pspec->param_id + 1;
}

static GValue *
value_for (HearthRecord *self,
           GParamSpec   *pspec)
{
  return &values_of (self)[column_index (pspec) - 1];
}

static GParamSpec *
find_column (HearthRecord *self,
             const char   *property)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (self);
  GParamSpec *pspec;

  if (klass->columns_by_name != NULL &&
      (pspec = g_hash_table_lookup (klass->columns_by_name, property)) != NULL)
    return pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  if (pspec == NULL || g_param_spec_get_qdata (pspec, column_index_quark) == NULL)
    {
      g_critical ("%s has no column %s", G_OBJECT_TYPE_NAME (self), property);
      return NULL;
    }

  return pspec;
}

static void
hearth_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  g_value_copy (value_for (HEARTH_RECORD (object), pspec), value);
}

static void
hearth_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GValue *stored = value_for (HEARTH_RECORD (object), pspec);

  if (g_param_values_cmp (pspec, stored, value) == 0)
    return;

  g_value_copy (value, stored);
  g_object_notify_by_pspec (object, pspec);
}

static void
hearth_record_finalize (GObject *object)
{
  HearthRecordPrivate *priv = hearth_record_get_instance_private (HEARTH_RECORD (object));

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);

  G_OBJECT_CLASS (hearth_record_parent_class)->finalize (object);
}

static char *
hearth_record_real_dup_title (HearthRecord *self)
{
  return g_strdup_printf ("%s %" G_GINT64_FORMAT, hearth_record_get_kind (self),
                          hearth_record_get_id (self));
}

static void
hearth_record_class_init (HearthRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_record_finalize;
  object_class->get_property = hearth_record_get_property;
  object_class->set_property = hearth_record_set_property;

  klass->dup_title = hearth_record_real_dup_title;

  column_index_quark = g_quark_from_static_string ("hearth-column-index");
  column_name_quark = g_quark_from_static_string ("hearth-column-name");
  column_flags_quark = g_quark_from_static_string ("hearth-column-flags");

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_record_init (HearthRecord *self)
{
}

static void
tag_column (HearthRecordClass *klass,
            GParamSpec        *pspec,
            HearthColumnFlags  flags)
{
  char *name = g_strdelimit (g_strdup (pspec->name), "-", '_');

  g_ptr_array_add (klass->columns, pspec);
  g_assert (column_index (pspec) == klass->columns->len);
  g_hash_table_insert (klass->columns_by_name, (gpointer) pspec->name, pspec);
  g_param_spec_set_qdata (pspec, column_index_quark, GUINT_TO_POINTER (klass->columns->len));
  g_param_spec_set_qdata_full (pspec, column_name_quark, name, g_free);
  g_param_spec_set_qdata (pspec, column_flags_quark, GUINT_TO_POINTER (flags));
}

static GParamSpec *
text_column (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

/**
 * hearth_record_class_install_columns:
 * @klass: a kind of record's class, from its class_init
 * @table: its SQL table
 * @kind: its name in the audit trail
 * @flags: which bookkeeping columns the table has
 * @pspecs: the table's own columns, as properties
 * @n_pspecs: how many
 *
 * Installs the properties and records them, with "id" and the bookkeeping columns, as the
 * columns the store reads and writes.
 */
void
hearth_record_class_install_columns (HearthRecordClass  *klass,
                                     const char         *table,
                                     const char         *kind,
                                     HearthRecordFlags   flags,
                                     GParamSpec        **pspecs,
                                     guint               n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();
  guint prop_id = 1;

  g_return_if_fail (HEARTH_IS_RECORD_CLASS (klass));
  g_return_if_fail (table != NULL && kind != NULL);

  /* GObject does not inherit these: each kind of record stores its columns the same way. */
  object_class->get_property = hearth_record_get_property;
  object_class->set_property = hearth_record_set_property;

  klass->table = table;
  klass->kind = kind;
  klass->columns = g_ptr_array_new ();
  klass->columns_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  tag_column (klass, properties[PROP_ID], HEARTH_COLUMN_BOOKKEEPING);

  if (flags & HEARTH_RECORD_TRACKED)
    {
      g_ptr_array_add (extra, text_column ("created-at"));
      g_ptr_array_add (extra, text_column ("updated-at"));
      g_ptr_array_add (extra, text_column ("updated-by"));
    }
  if (flags & HEARTH_RECORD_ARCHIVABLE)
    {
      g_ptr_array_add (extra, text_column ("archived-at"));
      g_ptr_array_add (extra, text_column ("archive-reason"));
    }

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_object_class_install_property (object_class, prop_id++, pspecs[i]);
      tag_column (klass, pspecs[i], HEARTH_COLUMN_NORMAL);
    }

  for (guint i = 0; i < extra->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (extra, i);

      g_object_class_install_property (object_class, prop_id++, pspec);
      tag_column (klass, pspec, HEARTH_COLUMN_BOOKKEEPING);
    }
}

void
hearth_record_class_mark_column (HearthRecordClass *klass,
                                 const char        *property,
                                 HearthColumnFlags  flags)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  g_return_if_fail (pspec != NULL);

  g_param_spec_set_qdata (pspec, column_flags_quark,
                          GUINT_TO_POINTER (hearth_record_column_flags (pspec) | flags));
}

HearthColumnFlags
hearth_record_column_flags (GParamSpec *pspec)
{
  return GPOINTER_TO_UINT (g_param_spec_get_qdata (pspec, column_flags_quark));
}

const char *
hearth_record_column_name (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, column_name_quark);
}

const char *
hearth_record_get_table (HearthRecord *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  return HEARTH_RECORD_GET_CLASS (self)->table;
}

const char *
hearth_record_get_kind (HearthRecord *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  return HEARTH_RECORD_GET_CLASS (self)->kind;
}

gint64
hearth_record_get_id (HearthRecord *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), 0);

  return g_value_get_int64 (value_for (self, properties[PROP_ID]));
}

void
hearth_record_set_id (HearthRecord *self,
                      gint64        id)
{
  g_return_if_fail (HEARTH_IS_RECORD (self));

  g_object_set (self, "id", id, NULL);
}

gboolean
hearth_record_has_column (HearthRecord *self,
                          const char   *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  return pspec != NULL && g_param_spec_get_qdata (pspec, column_index_quark) != NULL;
}

gboolean
hearth_record_is_archived (HearthRecord *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), FALSE);

  return hearth_record_has_column (self, "archived-at") &&
         hearth_record_get_string (self, "archived-at") != NULL;
}

char *
hearth_record_dup_title (HearthRecord *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  return HEARTH_RECORD_GET_CLASS (self)->dup_title (self);
}

gboolean
hearth_record_validate (HearthRecord  *self,
                        GError       **error)
{
  HearthRecordClass *klass;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = HEARTH_RECORD_GET_CLASS (self);
  if (klass->validate != NULL)
    return klass->validate (self, error);

  return TRUE;
}

/* A copy for an editor to change; the store compares it with the saved row. */
HearthRecord *
hearth_record_copy (HearthRecord *self)
{
  HearthRecordClass *klass;
  HearthRecord *copy;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  klass = HEARTH_RECORD_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  for (guint i = 0; i < klass->columns->len; i++)
    g_value_copy (&values_of (self)[i], &values_of (copy)[i]);

  return copy;
}

/* Makes @self hold what @from holds, notifying each column that changes. */
void
hearth_record_assign (HearthRecord *self,
                      HearthRecord *from)
{
  HearthRecordClass *klass;

  g_return_if_fail (HEARTH_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  klass = HEARTH_RECORD_GET_CLASS (self);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      g_object_set_property (G_OBJECT (self), pspec->name, &values_of (from)[i]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
hearth_record_column_equal (HearthRecord *a,
                            HearthRecord *b,
                            GParamSpec   *pspec)
{
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  return g_param_values_cmp (pspec, value_for (a, pspec), value_for (b, pspec)) == 0;
}

const GValue *
hearth_record_peek_value (HearthRecord *self,
                          GParamSpec   *pspec)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  return value_for (self, pspec);
}

const char *
hearth_record_get_string (HearthRecord *self,
                          const char   *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  if ((pspec = find_column (self, property)) == NULL)
    return NULL;

  return g_value_get_string (value_for (self, pspec));
}

void
hearth_record_set_string (HearthRecord *self,
                          const char   *property,
                          const char   *value)
{
  g_return_if_fail (HEARTH_IS_RECORD (self));

  g_object_set (self, property, value, NULL);
}

gint64
hearth_record_get_int (HearthRecord *self,
                       const char   *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), 0);

  if ((pspec = find_column (self, property)) == NULL)
    return 0;

  return g_value_get_int64 (value_for (self, pspec));
}

void
hearth_record_set_int (HearthRecord *self,
                       const char   *property,
                       gint64        value)
{
  g_return_if_fail (HEARTH_IS_RECORD (self));

  g_object_set (self, property, value, NULL);
}

gboolean
hearth_record_get_boolean (HearthRecord *self,
                           const char   *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), FALSE);

  if ((pspec = find_column (self, property)) == NULL)
    return FALSE;

  return g_value_get_boolean (value_for (self, pspec));
}

void
hearth_record_set_boolean (HearthRecord *self,
                           const char   *property,
                           gboolean      value)
{
  g_return_if_fail (HEARTH_IS_RECORD (self));

  g_object_set (self, property, value, NULL);
}

/* Empty, or nothing but white space: a name or a reason that says nothing. */
gboolean
hearth_record_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}
