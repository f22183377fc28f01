/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-readers.c: readers from hearth_scheme_open_reader(), for the workers that read a
 * scheme off the window's thread (the attention map, the photo reader): they see what the
 * scheme committed, never write, and leave the write-ahead log to be emptied at closing. */

#define G_LOG_DOMAIN "test-readers"

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-scheme-private.h"
#include "hearth-test-util.h"

/* A PNG signature and the start of its header: enough for the scheme to keep it. */
static const guint8 png_a[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'a' };
static const guint8 png_b[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'b' };

typedef struct
{
  HearthPhotoReader *reader;
  gint64             id;
  GError            *error;
} ThreadRead;

static gpointer
read_thread (gpointer data)
{
  ThreadRead *read = data;

  return hearth_photo_reader_read (read->reader, HEARTH_TYPE_PERSON, read->id, &read->error);
}

/* The photo of person @id, read by @reader in a thread of its own, as the lists do. */
static GBytes *
read_in_thread (HearthPhotoReader *reader,
                gint64             id)
{
  ThreadRead read = { reader, id, NULL };
  GBytes *photo = g_thread_join (g_thread_new ("photo", read_thread, &read));

  g_assert_no_error (read.error);
  return photo;
}

static void
set_photo (HearthScheme *scheme,
           gpointer      record,
           GBytes       *photo)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_scheme_set_photo (scheme, record, photo, &error));
  g_assert_no_error (error);
}

/* A reader reads one record's photo by its number, as the scheme has committed it, and
 * refuses to change anything. */
static void
test_photo (SchemeFixture *f,
            gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Jac", "Morgan");
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Gwen", "Ellis");
  g_autoptr(GBytes) a = g_bytes_new_static (png_a, sizeof png_a);
  g_autoptr(GBytes) b = g_bytes_new_static (png_b, sizeof png_b);
  g_autoptr(HearthScheme) reader = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (person));

  set_photo (f->scheme, person, a);
  reader = hearth_scheme_open_reader (f->scheme, &error);
  g_assert_no_error (error);

  read = hearth_scheme_load_photo_by_id (reader, HEARTH_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, a));
  g_clear_pointer (&read, g_bytes_unref);
  read = hearth_scheme_load_photo_by_id (reader, HEARTH_TYPE_CARER,
                                         hearth_record_get_id (HEARTH_RECORD (carer)), &error);
  g_assert_no_error (error);
  g_assert_null (read);

  /* Changed through the scheme: the reader has the new photo, then none. */
  set_photo (f->scheme, person, b);
  read = hearth_scheme_load_photo_by_id (reader, HEARTH_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, b));
  g_clear_pointer (&read, g_bytes_unref);
  set_photo (f->scheme, person, NULL);
  g_assert_null (hearth_scheme_load_photo_by_id (reader, HEARTH_TYPE_PERSON, id, &error));
  g_assert_no_error (error);

  /* A reader changes nothing, and the scheme keeps what it had. */
  g_assert_false (hearth_scheme_set_photo (reader, HEARTH_RECORD (person), a, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_null (hearth_scheme_load_photo (f->scheme, HEARTH_RECORD (person), NULL));
}

/* The photo reader reads in a thread of its own what the scheme has committed. */
static void
test_photo_reader (SchemeFixture *f,
                   gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Nia", "Pryce");
  g_autoptr(HearthPerson) other = test_add_person (f->scheme, "Idris", "Vaughan");
  g_autoptr(GBytes) a = g_bytes_new_static (png_a, sizeof png_a);
  g_autoptr(GBytes) b = g_bytes_new_static (png_b, sizeof png_b);
  g_autoptr(HearthPhotoReader) photos = NULL;
  g_autoptr(GBytes) read = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (person));

  set_photo (f->scheme, person, a);
  photos = hearth_photo_reader_new (f->scheme);
  read = read_in_thread (photos, id);
  g_assert_true (g_bytes_equal (read, a));
  g_clear_pointer (&read, g_bytes_unref);
  g_assert_null (read_in_thread (photos, hearth_record_get_id (HEARTH_RECORD (other))));

  set_photo (f->scheme, person, b);
  read = read_in_thread (photos, id);
  g_assert_true (g_bytes_equal (read, b));
  set_photo (f->scheme, person, NULL);
  g_assert_null (read_in_thread (photos, id));
}

static void
loading_changed_cb (GObject    *map,
                    GParamSpec *pspec,
                    guint      *n_refreshes)
{
  if (!hearth_attention_map_get_loading (HEARTH_ATTENTION_MAP (map)))
    (*n_refreshes)++;
}

static void
wait_for_map (HearthAttentionMap *map)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (hearth_attention_map_get_loading (map) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (hearth_attention_map_get_loading (map));
}

/* A scheme closed while an attention map and a photo reader that have read it are still
 * alive is closed whole: their readers hold no transaction between reads, so the log is
 * emptied into the file, and the next opening need not read the file through. */
static void
test_log_emptied_on_close (SchemeFixture *f,
                           gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Nia", "Pryce");
  g_autoptr(GBytes) photo = g_bytes_new_static (png_a, sizeof png_a);
  g_autoptr(HearthAttentionMap) people = NULL;
  g_autoptr(HearthAttentionMap) carers = NULL;
  g_autoptr(HearthPhotoReader) photos = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autoptr(HearthScheme) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guint n_refreshes = 0;
  GStatBuf st;

  set_photo (f->scheme, person, photo);
  people = hearth_attention_map_new (f->scheme, HEARTH_TYPE_PERSON);
  carers = hearth_attention_map_new (f->scheme, HEARTH_TYPE_CARER);
  g_signal_connect (people, "notify::loading", G_CALLBACK (loading_changed_cb), &n_refreshes);
  wait_for_map (people);
  wait_for_map (carers);
  photos = hearth_photo_reader_new (f->scheme);
  read = read_in_thread (photos, hearth_record_get_id (HEARTH_RECORD (person)));
  g_assert_true (g_bytes_equal (read, photo));

  /* The map reads again after a change; every reader has read from the log. */
  g_object_set (person, "risk-assessed-on", "2025-01-01", "risk-review-due", "2026-01-01", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);
  wait_for_map (people);
  g_assert_cmpuint (n_refreshes, ==, 2);
  g_assert_cmpstr (hearth_attention_map_lookup (people,
                                                hearth_record_get_id (HEARTH_RECORD (person))),
                   ==, "Risk assessment review overdue");
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  hearth_scheme_close (f->scheme);
  g_assert_true (g_stat (wal, &st) != 0 || st.st_size == 0);

  again = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (_hearth_scheme_get_checked_in_full (again));
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/readers/photo", test_photo);
  ADD ("/readers/photo-reader", test_photo_reader);
  ADD ("/readers/log-emptied-on-close", test_log_emptied_on_close);

  return g_test_run ();
}
