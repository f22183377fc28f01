/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record.h: the base of every record a scheme file holds.
 *
 * Each kind of record declares its SQL columns as GObject properties (kebab-case names for
 * snake_case columns), so the store loads, saves, diffs and audits every kind the same way.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORD (hearth_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (HearthRecord, hearth_record, HEARTH, RECORD, GObject)

typedef enum
{
  HEARTH_RECORD_PLAIN = 0,
  HEARTH_RECORD_TRACKED = 1 << 0,     /* created-at, updated-at, updated-by */
  HEARTH_RECORD_ARCHIVABLE = 1 << 1,  /* archived-at, archive-reason */
} HearthRecordFlags;

/* Flags kept on a column's GParamSpec. */
typedef enum
{
  HEARTH_COLUMN_NORMAL = 0,
  HEARTH_COLUMN_WORKFLOW = 1 << 0,    /* changed only by the workflow that owns it */
  HEARTH_COLUMN_BOOKKEEPING = 1 << 1, /* id, timestamps and archive columns */
  HEARTH_COLUMN_NULL_IF_ZERO = 1 << 2, /* an optional number or link: 0 is stored as NULL */
} HearthColumnFlags;

struct _HearthRecordClass
{
  GObjectClass parent_class;

  const char *table;        /* the SQL table */
  const char *kind;         /* the audit trail's record type: "person", "carer", ... */
  GPtrArray  *columns;      /* GParamSpec *, in column order, "id" first */

  /* Checks of one record on its own; rules that need other records live in the workflows. */
  gboolean  (*validate)  (HearthRecord  *self,
                          GError       **error);
  char     *(*dup_title) (HearthRecord  *self);

  /*< private >*/
  GHashTable *columns_by_name;  /* property name → GParamSpec, without GObject's global lock */

  gpointer padding[7];
};

void          hearth_record_class_install_columns (HearthRecordClass  *klass,
                                                   const char         *table,
                                                   const char         *kind,
                                                   HearthRecordFlags   flags,
                                                   GParamSpec        **pspecs,
                                                   guint               n_pspecs);
void          hearth_record_class_mark_column     (HearthRecordClass  *klass,
                                                   const char         *property,
                                                   HearthColumnFlags   flags);
HearthColumnFlags hearth_record_column_flags      (GParamSpec         *pspec);
const char   *hearth_record_column_name           (GParamSpec         *pspec);

const char   *hearth_record_get_table      (HearthRecord  *self);
const char   *hearth_record_get_kind       (HearthRecord  *self);
gint64        hearth_record_get_id         (HearthRecord  *self);
void          hearth_record_set_id         (HearthRecord  *self,
                                            gint64         id);
gboolean      hearth_record_is_archived    (HearthRecord  *self);
char         *hearth_record_dup_title      (HearthRecord  *self);
gboolean      hearth_record_validate       (HearthRecord  *self,
                                            GError       **error);
HearthRecord *hearth_record_copy           (HearthRecord  *self);
gboolean      hearth_record_equal          (HearthRecord  *a,
                                            HearthRecord  *b);
void          hearth_record_assign         (HearthRecord  *self,
                                            HearthRecord  *from);
gboolean      hearth_record_column_equal   (HearthRecord  *a,
                                            HearthRecord  *b,
                                            GParamSpec    *pspec);
gboolean      hearth_record_has_column     (HearthRecord  *self,
                                            const char    *property);

const char   *hearth_record_get_string     (HearthRecord  *self,
                                            const char    *property);
void          hearth_record_set_string     (HearthRecord  *self,
                                            const char    *property,
                                            const char    *value);
gint64        hearth_record_get_int        (HearthRecord  *self,
                                            const char    *property);
void          hearth_record_set_int        (HearthRecord  *self,
                                            const char    *property,
                                            gint64         value);
gboolean      hearth_record_get_boolean    (HearthRecord  *self,
                                            const char    *property);
void          hearth_record_set_boolean    (HearthRecord  *self,
                                            const char    *property,
                                            gboolean       value);
const char   *hearth_record_peek_text      (HearthRecord  *self,
                                            GParamSpec    *pspec);
gint64        hearth_record_peek_number    (HearthRecord  *self,
                                            GParamSpec    *pspec);

gboolean      hearth_record_text_is_blank  (const char    *text);
char         *hearth_record_fold_search    (const char    *text);

G_END_DECLS
