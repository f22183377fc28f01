/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rows.c: the People and Carers rows and the photos they show. A row shows its item
 * (name, status and town, what needs attention) and is spoken as one sentence; the lists make
 * one per list item, set its item and keep it through a search; each photo is read once, and
 * again after a change. */

#define G_LOG_DOMAIN "test-gui-rows"

#include "config.h"

#include <glib/gstdio.h>

#include "hearth.h"
#include "hearth-gui-test.h"
#include "hearth-list-pane.h"
#include "hearth-photo-cache.h"
#include "hearth-record-row.h"

typedef struct
{
  char         *dir;
  HearthScheme *scheme;
  GtkWidget    *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hearth-gui-rows-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "Rows.hearth", NULL);
  file = g_file_new_for_path (path);
  f->scheme = hearth_scheme_create (file, "Rows", NULL, &error);
  g_assert_no_error (error);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
  g_clear_object (&f->scheme);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static HearthPerson *
add_person (HearthScheme *scheme,
            const char   *first,
            const char   *last,
            const char   *area)
{
  g_autoptr(GError) error = NULL;
  HearthPerson *person = hearth_person_new ();

  g_object_set (person, "first-name", first, "last-name", last, "area", area,
                "date-of-birth", "1990-04-23", "referral-date", "2026-03-03",
                "support-needs", "learning-disability", NULL);
  hearth_scheme_add_person (scheme, person, &error);
  g_assert_no_error (error);
  return person;
}

static const char *
label_of (GtkWidget  *row,
          const char *name)
{
  GtkWidget *label = hearth_gui_test_find (row, name);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

/* A square PNG @size pixels across, as the editor stores a photo. */
static GBytes *
png_of_size (int size)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, size, size);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &length, "png", &error, NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static void
wait_for (gboolean (*busy) (gpointer),
          gpointer   object)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (busy (object) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (busy (object));
  hearth_gui_test_settle ();
}

/* A row shows its item, and says it as a person would read it, badge and all. */
static void
test_record_row (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HearthPerson) person = add_person (f->scheme, "Morwenna", "Trelawny", "Millbrook");
  g_autoptr(HearthAttentionMap) attention = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  GtkWidget *badge;

  g_object_set (person, "risk-assessed-on", "2025-01-01", "risk-review-due", "2026-01-01", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);
  attention = hearth_attention_map_new (f->scheme, HEARTH_TYPE_PERSON);

  row = hearth_record_row_new (NULL, attention);
  gtk_window_set_child (GTK_WINDOW (f->window), row);
  gtk_window_present (GTK_WINDOW (f->window));
  g_object_set (row, "item", person, NULL);
  g_assert_true (hearth_record_row_get_item (HEARTH_RECORD_ROW (row)) == HEARTH_RECORD (person));
  g_assert_cmpstr (label_of (row, "title"), ==, "Morwenna Trelawny");
  g_assert_cmpstr (label_of (row, "subtitle"), ==, "Referred · Millbrook");
  badge = hearth_gui_test_find (row, "badge");
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_cmpstr (hearth_record_row_get_spoken (HEARTH_RECORD_ROW (row)), ==,
                   "Morwenna Trelawny, Referred · Millbrook");

  /* The attention map fills in a worker; the row shows the badge when it does. */
  wait_for ((gboolean (*) (gpointer)) hearth_attention_map_get_loading, attention);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, "Risk assessment review overdue");
  g_assert_cmpstr (hearth_record_row_get_spoken (HEARTH_RECORD_ROW (row)), ==,
                   "Morwenna Trelawny, Referred · Millbrook, Risk assessment review overdue");

  g_object_set (row, "item", NULL, NULL);
  g_assert_null (hearth_record_row_get_spoken (HEARTH_RECORD_ROW (row)));
}

/* Each photo is read and decoded once; a change to its record reads it again. */
static void
test_photo_cache (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthPerson) person = add_person (f->scheme, "Morwenna", "Trelawny", "Millbrook");
  g_autoptr(HearthPerson) other = add_person (f->scheme, "Idris", "Vaughan", NULL);
  g_autoptr(HearthPhotoCache) cache = hearth_photo_cache_get_for_scheme (f->scheme);
  g_autoptr(HearthPhotoCache) again = hearth_photo_cache_get_for_scheme (f->scheme);
  g_autoptr(GBytes) small = png_of_size (8);
  g_autoptr(GBytes) large = png_of_size (16);
  g_autoptr(GError) error = NULL;
  GdkPaintable *photo;
  GtkWidget *row;
  GtkWidget *avatar;

  g_assert_true (cache == again);
  g_assert_true (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), small, &error));
  g_assert_no_error (error);

  /* Asked for, it is not there yet; a row shows initials until it is. */
  row = hearth_record_row_new (cache, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), row);
  gtk_window_present (GTK_WINDOW (f->window));
  hearth_record_row_set_item (HEARTH_RECORD_ROW (row), HEARTH_RECORD (person));
  avatar = hearth_gui_test_find (row, "avatar");
  g_assert_null (adw_avatar_get_custom_image (ADW_AVATAR (avatar)));
  g_assert_true (hearth_photo_cache_get_loading (cache));
  wait_for ((gboolean (*) (gpointer)) hearth_photo_cache_get_loading, cache);
  g_assert_cmpuint (hearth_photo_cache_get_n_reads (cache), ==, 1);

  photo = hearth_photo_cache_lookup (cache, HEARTH_RECORD (person));
  g_assert_nonnull (photo);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (photo), ==, 8);
  g_assert_nonnull (adw_avatar_get_custom_image (ADW_AVATAR (avatar)));

  /* Asked again, and by another row: nothing is read again. */
  g_assert_true (hearth_photo_cache_lookup (cache, HEARTH_RECORD (person)) == photo);
  hearth_record_row_set_item (HEARTH_RECORD_ROW (row), HEARTH_RECORD (other));
  hearth_record_row_set_item (HEARTH_RECORD_ROW (row), HEARTH_RECORD (person));
  g_assert_true (adw_avatar_get_custom_image (ADW_AVATAR (avatar)) != NULL);
  hearth_gui_test_settle ();
  wait_for ((gboolean (*) (gpointer)) hearth_photo_cache_get_loading, cache);
  /* The other person, who has no photo, was read once too. */
  g_assert_cmpuint (hearth_photo_cache_get_n_reads (cache), ==, 2);
  g_assert_null (hearth_photo_cache_lookup (cache, HEARTH_RECORD (other)));
  g_assert_cmpuint (hearth_photo_cache_get_n_reads (cache), ==, 2);

  /* A new photo: the scheme says the record changed, and the row shows the new one. */
  g_assert_true (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), large, &error));
  g_assert_no_error (error);
  wait_for ((gboolean (*) (gpointer)) hearth_photo_cache_get_loading, cache);
  g_assert_cmpuint (hearth_photo_cache_get_n_reads (cache), ==, 3);
  photo = hearth_photo_cache_lookup (cache, HEARTH_RECORD (person));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (photo), ==, 16);
  g_assert_true (adw_avatar_get_custom_image (ADW_AVATAR (avatar)) == photo);
}

/* The People list makes a row per list item and gives it the item at that place. */
static void
test_list_rows (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HearthPerson) first = add_person (f->scheme, "Morwenna", "Trelawny", "Millbrook");
  g_autoptr(HearthPerson) second = add_person (f->scheme, "Idris", "Vaughan", "Fernley");
  g_autoptr(GError) error = NULL;
  HearthListPane *pane = hearth_list_pane_new (f->scheme, HEARTH_TYPE_PERSON, &error);
  GListModel *model = hearth_list_pane_get_model (pane);
  guint found = 0;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  for (GtkWidget *w = GTK_WIDGET (pane); w != NULL; )
    {
      /* A depth-first walk of the pane. */
      if (HEARTH_IS_RECORD_ROW (w) && hearth_record_row_get_item (HEARTH_RECORD_ROW (w)) != NULL)
        {
          HearthRecord *item = hearth_record_row_get_item (HEARTH_RECORD_ROW (w));
          g_autofree char *name = hearth_person_dup_display_name (HEARTH_PERSON (item));

          g_assert_cmpstr (label_of (w, "title"), ==, name);
          g_assert_true (g_str_has_prefix (hearth_record_row_get_spoken (HEARTH_RECORD_ROW (w)),
                                           name));
          found++;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (pane) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == GTK_WIDGET (pane)) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_cmpuint (found, ==, 2);

  /* A rename reaches the row through its new item. */
  hearth_record_set_string (HEARTH_RECORD (second), "first-name", "Iolo");
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (second), &error));
  g_assert_no_error (error);
  hearth_gui_test_settle ();
  hearth_list_pane_set_search (pane, "Iolo");
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (pane), ==, 1);
  {
    g_autoptr(HearthRecord) shown = g_list_model_get_item (model, 0);

    g_assert_cmpstr (hearth_record_get_string (shown, "first-name"), ==, "Iolo");
  }
}

/* The rows the pane shows an item in, found by a depth-first walk. */
static GPtrArray *
rows_of (HearthListPane *pane)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *w = GTK_WIDGET (pane); w != NULL; )
    {
      if (HEARTH_IS_RECORD_ROW (w) && hearth_record_row_get_item (HEARTH_RECORD_ROW (w)) != NULL)
        g_ptr_array_add (rows, w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (pane) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == GTK_WIDGET (pane)) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return rows;
}

/* A search that hides most of a long list, and clearing it, gives the rows it had to the
 * people shown again rather than building new ones: the list view drops a row for each
 * person hidden and asks for one for each shown. */
static void
test_search_keeps_rows (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthPerson) found = add_person (f->scheme, "Morwenna", "Trelawny", "Millbrook");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) during = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  HearthListPane *pane;

  for (guint i = 0; i < 240; i++)
    {
      g_autofree char *last = g_strdup_printf ("Vaughan%03u", i);
      g_autoptr(HearthPerson) person = add_person (f->scheme, "Idris", last, "Fernley");
    }
  pane = hearth_list_pane_new (f->scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (pane));
  gtk_window_present (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
  before = rows_of (pane);
  /* GTK 4.8 makes rows for a window of items around what is in view, not for all of them. */
  g_assert_cmpuint (before->len, >, 100);
  g_assert_cmpuint (before->len, <, 241);

  hearth_list_pane_set_search (pane, "Morwenna");
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (pane), ==, 1);
  /* Listed last, she had no row yet; hers is made while the others are being given back. */
  during = rows_of (pane);
  g_assert_cmpuint (during->len, ==, 1);
  hearth_list_pane_set_search (pane, "");
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (pane), ==, 241);

  after = rows_of (pane);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_true (g_ptr_array_find (before, after->pdata[i], NULL) ||
                   after->pdata[i] == during->pdata[0]);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  ADD ("/rows/record-row", test_record_row);
  ADD ("/rows/photo-cache", test_photo_cache);
  ADD ("/rows/list-rows", test_list_rows);
  ADD ("/rows/search-keeps-rows", test_search_keeps_rows);

  return g_test_run ();
}
