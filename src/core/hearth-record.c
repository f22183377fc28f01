/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record.c: column storage, copying and comparison shared by every kind of record. */

#define G_LOG_DOMAIN "hearth-record"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-error.h"
#include "hearth-record-private.h"
#include "hearth-text.h"

/* A column's value: its text, or its number (a yes-or-no is 0 or 1). A third of a GValue's
 * size, which counts when a large scheme holds 40,000 records of 20 to 40 columns. */
typedef union
{
  gint64  number;
  char   *text;
} HearthCell;

typedef struct
{
  HearthCell *cells;   /* one per column, allocated on first use */
  guint       n_cells;
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

static inline gboolean
is_text (GParamSpec *pspec)
{
  return pspec->value_type == G_TYPE_STRING;
}

static HearthCell *
cells_of (HearthRecord *self)
{
  HearthRecordPrivate *priv = hearth_record_get_instance_private (self);

  if (priv->cells == NULL)
    {
      HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (self);

      g_assert (klass->columns != NULL);

      priv->n_cells = klass->columns->len;
      priv->cells = g_new0 (HearthCell, priv->n_cells);
      for (guint i = 0; i < priv->n_cells; i++)
        {
          GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

          if (is_text (pspec))
            priv->cells[i].text = g_strdup (G_PARAM_SPEC_STRING (pspec)->default_value);
          else if (pspec->value_type == G_TYPE_BOOLEAN)
            priv->cells[i].number = G_PARAM_SPEC_BOOLEAN (pspec)->default_value ? 1 : 0;
          else
            priv->cells[i].number = G_PARAM_SPEC_INT64 (pspec)->default_value;
        }
    }

  return priv->cells;
}

/* A column's place in the row follows from its property id: "id" comes first, then each
 * kind's own columns in the order they were installed (tag_column() checks it), which spares
 * a locked qdata look-up on every read of a value. */
static inline guint
column_index (GParamSpec *pspec)
{
  return pspec == properties[PROP_ID] ? 1 : pspec->param_id + 1;
}

static HearthCell *
cell_for (HearthRecord *self,
          GParamSpec   *pspec)
{
  return &cells_of (self)[column_index (pspec) - 1];
}

static void
cell_to_value (GParamSpec       *pspec,
               const HearthCell *cell,
               GValue           *value)
{
  if (is_text (pspec))
    g_value_set_string (value, cell->text);
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, cell->number != 0);
  else
    g_value_set_int64 (value, cell->number);
}

static gboolean
cells_equal (GParamSpec       *pspec,
             const HearthCell *a,
             const HearthCell *b)
{
  return is_text (pspec) ? g_strcmp0 (a->text, b->text) == 0 : a->number == b->number;
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
  cell_to_value (pspec, cell_for (HEARTH_RECORD (object), pspec), value);
}

static void
hearth_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthCell *stored = cell_for (HEARTH_RECORD (object), pspec);
  HearthCell given;

  if (is_text (pspec))
    given.text = (char *) g_value_get_string (value);
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    given.number = g_value_get_boolean (value) ? 1 : 0;
  else
    given.number = g_value_get_int64 (value);

  if (cells_equal (pspec, stored, &given))
    return;

  if (is_text (pspec))
    {
      g_free (stored->text);
      stored->text = g_strdup (given.text);
    }
  else
    stored->number = given.number;
  g_object_notify_by_pspec (object, pspec);
}

static void
hearth_record_finalize (GObject *object)
{
  HearthRecordPrivate *priv = hearth_record_get_instance_private (HEARTH_RECORD (object));
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (object);

  for (guint i = 0; i < priv->n_cells; i++)
    if (is_text (g_ptr_array_index (klass->columns, i)))
      g_free (priv->cells[i].text);
  g_free (priv->cells);

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
    g_param_spec_int64 ("id", N_("Number"), NULL, 0, G_MAXINT64, 0,
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
text_column (const char *name,
             const char *nick)
{
  return g_param_spec_string (name, nick, NULL, NULL,
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
      g_ptr_array_add (extra, text_column ("created-at", N_("Added at")));
      g_ptr_array_add (extra, text_column ("updated-at", N_("Changed at")));
      g_ptr_array_add (extra, text_column ("updated-by", N_("Changed by")));
    }
  if (flags & HEARTH_RECORD_ARCHIVABLE)
    {
      g_ptr_array_add (extra, text_column ("archived-at", N_("Archived at")));
      g_ptr_array_add (extra, text_column ("archive-reason", N_("Why archived")));
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

  return cell_for (self, properties[PROP_ID])->number;
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

  /* Whoever set it (a window, hearth-cli, a file), only UTF-8 is ever saved. */
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);
      g_autofree char *what = NULL;
      const char *text;

      if (!is_text (pspec) || (text = hearth_record_peek_text (self, pspec)) == NULL ||
          g_utf8_validate (text, -1, NULL))
        continue;

      what = g_strdup_printf (_("The value of “%s”"), hearth_record_column_name (pspec));
      return hearth_text_check_utf8 (text, -1, what, error);
    }

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
    {
      HearthCell *to = &cells_of (copy)[i];

      if (is_text (g_ptr_array_index (klass->columns, i)))
        {
          g_free (to->text);
          to->text = g_strdup (cells_of (self)[i].text);
        }
      else
        to->number = cells_of (self)[i].number;
    }

  return copy;
}

/**
 * hearth_record_equal:
 *
 * Returns: whether @a and @b are the same kind of record with the same id and the same
 *   value in every column: what a list asks before it tells its views that a row changed
 */
gboolean
hearth_record_equal (HearthRecord *a,
                     HearthRecord *b)
{
  HearthRecordClass *klass;

  g_return_val_if_fail (HEARTH_IS_RECORD (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (b), FALSE);

  if (a == b)
    return TRUE;
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) ||
      hearth_record_get_id (a) != hearth_record_get_id (b))
    return FALSE;

  klass = HEARTH_RECORD_GET_CLASS (a);
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (!cells_equal (pspec, &cells_of (a)[i], &cells_of (b)[i]))
        return FALSE;
    }

  return TRUE;
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
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      cell_to_value (pspec, &cells_of (from)[i], &value);
      g_object_set_property (G_OBJECT (self), pspec->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
hearth_record_column_equal (HearthRecord *a,
                            HearthRecord *b,
                            GParamSpec   *pspec)
{
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  return cells_equal (pspec, cell_for (a, pspec), cell_for (b, pspec));
}

/**
 * hearth_record_peek_text:
 * @self: a record
 * @pspec: one of its text columns
 *
 * Returns: (nullable): what the column holds, owned by @self
 */
const char *
hearth_record_peek_text (HearthRecord *self,
                         GParamSpec   *pspec)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);
  g_return_val_if_fail (is_text (pspec), NULL);

  return cell_for (self, pspec)->text;
}

/**
 * hearth_record_peek_number:
 * @self: a record
 * @pspec: one of its whole-number or yes-or-no columns
 *
 * Returns: the number the column holds; a yes-or-no is 1 or 0
 */
gint64
hearth_record_peek_number (HearthRecord *self,
                           GParamSpec   *pspec)
{
  g_return_val_if_fail (HEARTH_IS_RECORD (self), 0);
  g_return_val_if_fail (!is_text (pspec), 0);

  return cell_for (self, pspec)->number;
}

/* For the store, filling a record it has just made: no notifications, nothing compared. */
void
_hearth_record_load_text (HearthRecord *self,
                          GParamSpec   *pspec,
                          const char   *text)
{
  HearthCell *cell = cell_for (self, pspec);

  g_assert (is_text (pspec));

  g_free (cell->text);
  cell->text = g_strdup (text);
}

void
_hearth_record_load_number (HearthRecord *self,
                            GParamSpec   *pspec,
                            gint64        number)
{
  g_assert (!is_text (pspec));

  cell_for (self, pspec)->number = pspec->value_type == G_TYPE_BOOLEAN ? number != 0 : number;
}

const char *
hearth_record_get_string (HearthRecord *self,
                          const char   *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (HEARTH_IS_RECORD (self), NULL);

  if ((pspec = find_column (self, property)) == NULL)
    return NULL;

  g_return_val_if_fail (is_text (pspec), NULL);

  return cell_for (self, pspec)->text;
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

  g_return_val_if_fail (pspec->value_type == G_TYPE_INT64, 0);

  return cell_for (self, pspec)->number;
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

  g_return_val_if_fail (pspec->value_type == G_TYPE_BOOLEAN, FALSE);

  return cell_for (self, pspec)->number != 0;
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

/**
 * hearth_record_fold_search:
 * @text: (nullable): what was typed in a search
 *
 * A search as the views compare it: folded for case and without white space at either end,
 * to be found with strstr() in text folded with g_utf8_casefold() once per item.
 *
 * Returns: (transfer full) (nullable): the folded search, or %NULL when @text is blank and
 *   finds everything
 */
char *
hearth_record_fold_search (const char *text)
{
  if (hearth_record_text_is_blank (text))
    return NULL;

  return g_strstrip (g_utf8_casefold (text, -1));
}
