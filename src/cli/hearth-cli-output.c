/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-output.c: how hearth-cli prints: aligned tables for people to read, and JSON
 * (UTF-8, snake_case column names, null for empty) for scripts. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "hearth-cli-private.h"

struct _HearthCliTable
{
  GPtrArray *headings;  /* char * */
  GPtrArray *rows;      /* GPtrArray of char *, as many as headings */
};

/* A cell is one line: notes written over several lines are joined with spaces. Control
 * characters are shown before the columns are measured, so that they stay aligned. */
static char *
one_line (const char *text)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");

  return hearth_text_dup_visible (g_strdelimit (line, "\r\n\t", ' '), -1);
}

/* As GLib prints, in the terminal's character set, but with every control character in
 * the text shown rather than obeyed: a name or a note can hold escape sequences. */
static void
print_visibly (FILE       *stream,
               const char *string)
{
  g_autofree char *shown = hearth_text_dup_visible (string, -1);
  g_autofree char *converted = NULL;
  const char *charset;

  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (shown, -1, charset, "UTF-8", "?", NULL, NULL, NULL);

  fputs (converted != NULL ? converted : shown, stream);
  fflush (stream);
}

static void
print_cb (const char *string)
{
  print_visibly (stdout, string);
}

static void
printerr_cb (const char *string)
{
  print_visibly (stderr, string);
}

/* Everything hearth-cli prints for people to read goes through g_print() and g_printerr();
 * JSON is escaped by its own rules. */
void
hearth_cli_output_init (void)
{
  g_set_print_handler (print_cb);
  g_set_printerr_handler (printerr_cb);
}

HearthCliTable *
hearth_cli_table_new (const char *first_heading,
                      ...)
{
  HearthCliTable *table = g_new0 (HearthCliTable, 1);
  va_list args;

  table->headings = g_ptr_array_new_with_free_func (g_free);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  va_start (args, first_heading);
  for (const char *h = first_heading; h != NULL; h = va_arg (args, const char *))
    g_ptr_array_add (table->headings, g_strdup (h));
  va_end (args);

  return table;
}

HearthCliTable *
hearth_cli_table_newv (const char * const *headings,
                       guint               n_headings)
{
  HearthCliTable *table = hearth_cli_table_new (NULL, NULL);

  for (guint i = 0; i < n_headings; i++)
    g_ptr_array_add (table->headings, g_strdup (headings[i]));

  return table;
}

void
hearth_cli_table_add_rowv (HearthCliTable     *table,
                           const char * const *cells)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < table->headings->len; i++)
    g_ptr_array_add (row, one_line (cells != NULL ? cells[i] : NULL));

  g_ptr_array_add (table->rows, row);
}

/* Adds a row of as many cells as the table has headings; a NULL cell is empty. */
void
hearth_cli_table_add_row (HearthCliTable *table,
                          const char     *first_cell,
                          ...)
{
  g_autofree const char **cells = g_new0 (const char *, table->headings->len + 1);
  va_list args;

  va_start (args, first_cell);
  cells[0] = first_cell;
  for (guint i = 1; i < table->headings->len; i++)
    cells[i] = va_arg (args, const char *);
  va_end (args);

  hearth_cli_table_add_rowv (table, cells);
}

guint
hearth_cli_table_get_n_rows (HearthCliTable *table)
{
  return table->rows->len;
}

static void
print_row (GPtrArray *cells,
           const int *widths)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      int pad = widths[i] - (int) g_utf8_strlen (cell, -1);

      g_string_append (line, cell);
      if (i + 1 < cells->len)
        for (int j = 0; j < pad + 2; j++)
          g_string_append_c (line, ' ');
    }

  /* Empty cells at the end leave no trailing blanks. */
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  g_print ("%s\n", line->str);
}

/* Prints the headings and rows with each column as wide as its widest cell. */
void
hearth_cli_table_print (HearthCliTable *table)
{
  g_autofree int *widths = g_new0 (int, table->headings->len);
  const char *first;

  for (guint i = 0; i < table->headings->len; i++)
    widths[i] = (int) g_utf8_strlen (g_ptr_array_index (table->headings, i), -1);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);

      for (guint i = 0; i < row->len; i++)
        widths[i] = MAX (widths[i], (int) g_utf8_strlen (g_ptr_array_index (row, i), -1));
    }

  /* Tables of labels and values have no headings: their first heading is empty. */
  first = table->headings->len > 0 ? g_ptr_array_index (table->headings, 0) : "";
  if (first[0] != '\0')
    print_row (table->headings, widths);
  for (guint r = 0; r < table->rows->len; r++)
    print_row (g_ptr_array_index (table->rows, r), widths);
}

void
hearth_cli_table_free (HearthCliTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->headings);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static gboolean
column_is_null (HearthRecord *record,
                GParamSpec   *pspec)
{
  if (pspec->value_type == G_TYPE_STRING)
    return hearth_record_peek_text (record, pspec) == NULL;
  if (pspec->value_type == G_TYPE_INT64)
    return (hearth_record_column_flags (pspec) & HEARTH_COLUMN_NULL_IF_ZERO) &&
           hearth_record_peek_number (record, pspec) == 0;

  return FALSE;
}

/* Every column of @record, by its SQL name, as the scheme file holds it. */
JsonNode *
hearth_cli_record_to_json (HearthRecord *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      json_builder_set_member_name (builder, hearth_record_column_name (pspec));
      if (column_is_null (record, pspec))
        json_builder_add_null_value (builder);
      else if (pspec->value_type == G_TYPE_STRING)
        json_builder_add_string_value (builder, hearth_record_peek_text (record, pspec));
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        json_builder_add_boolean_value (builder, hearth_record_peek_number (record, pspec));
      else
        json_builder_add_int_value (builder, hearth_record_peek_number (record, pspec));
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
hearth_cli_records_to_json (GPtrArray *records)
{
  g_autoptr(JsonArray) array = json_array_sized_new (records != NULL ? records->len : 0);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; records != NULL && i < records->len; i++)
    json_array_add_element (array, hearth_cli_record_to_json (g_ptr_array_index (records, i)));

  json_node_set_array (node, array);
  return node;
}

/* JSON is UTF-8 whatever the terminal's character set, so it bypasses g_print(). */
void
hearth_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);

  fwrite (text, 1, length, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

/* A column's value as a person reads it: yes or no, pounds and pence, or the text itself. */
char *
hearth_cli_dup_column_text (HearthRecord *record,
                            GParamSpec   *pspec)
{
  gint64 number;

  if (column_is_null (record, pspec))
    return g_strdup ("");
  if (pspec->value_type == G_TYPE_STRING)
    return g_strdup (hearth_record_peek_text (record, pspec));

  number = hearth_record_peek_number (record, pspec);
  if (pspec->value_type == G_TYPE_BOOLEAN)
    return g_strdup (number ? _("yes") : _("no"));
  if (g_str_has_suffix (hearth_record_column_name (pspec), "_pence"))
    return hearth_money_format (number);

  return g_strdup_printf ("%" G_GINT64_FORMAT, number);
}

/* Prints each field that holds something, one to a line. */
void
hearth_cli_print_record (HearthRecord *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(HearthCliTable) table = hearth_cli_table_new ("", "", NULL);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);
      g_autofree char *text = hearth_cli_dup_column_text (record, pspec);
      g_autofree char *label = NULL;

      if (text[0] == '\0')
        continue;

      label = g_strdup_printf ("%s:", hearth_record_column_name (pspec));
      hearth_cli_table_add_row (table, label, text, NULL);
    }

  hearth_cli_table_print (table);
}
