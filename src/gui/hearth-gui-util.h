/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-gui-util.h: small helpers that give controls the names a screen reader speaks, and
 * keep a list's rows. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How many rows a long list builds at once: what fits a window and a little more. A row at
 * the list's end, made with hearth_more_row_new(), builds the next page. */
#define HEARTH_PAGE_ROWS 25

GtkWidget *hearth_button_new_with_mnemonic (const char  *label);
void       hearth_drop_down_set_name       (GtkDropDown *drop_down,
                                            const char  *name);

void       hearth_name_inner_lists         (GtkWidget   *widget,
                                            const char  *name);

void       hearth_name_mnemonic_buttons    (GtkWidget   *widget);
void       hearth_set_spoken_name          (GtkWidget   *widget,
                                            const char  *name);
void       hearth_name_expander_row        (GtkWidget   *expander_row,
                                            const char  *name);
GtkWidget *hearth_decorative_image_new     (const char  *icon_name);
void       hearth_hide_inner_images        (GtkWidget   *widget);
void       hearth_name_switchers           (GtkWidget   *widget,
                                            const char  *name);
void       hearth_name_composite_rows      (GtkWidget   *widget);
void       hearth_present_dialog           (AdwMessageDialog *dialog);
void       hearth_show_toast               (AdwToastOverlay  *overlay,
                                            AdwToast         *toast);

typedef gboolean (*HearthWidgetMatch) (GtkWidget     *widget,
                                       gconstpointer  data);

GtkWidget *hearth_widget_find              (GtkWidget        *widget,
                                            HearthWidgetMatch match,
                                            gconstpointer     data);
gboolean   hearth_widget_is_named          (GtkWidget        *widget,
                                            gconstpointer     data);

GtkWidget *hearth_more_row_new             (guint        n_left,
                                            const char  *action,
                                            GVariant    *target);
gboolean   hearth_is_more_row              (GtkWidget   *row);

GtkWidget *hearth_wrap_box_new             (guint        spacing,
                                            const char  *name);
void       hearth_wrap_box_append          (GtkWidget   *wrap_box,
                                            GtkWidget   *child,
                                            const char  *name);

void       hearth_list_row_set_spoken_name (GtkWidget   *row,
                                            const char  *name);


typedef struct _HearthRowPool HearthRowPool;
typedef GtkWidget *(*HearthRowNew) (gpointer data);

HearthRowPool *hearth_row_pool_new   (HearthRowNew   new_row,
                                      gpointer       data);
GtkWidget     *hearth_row_pool_take  (HearthRowPool *pool);
void           hearth_row_pool_free  (HearthRowPool *pool);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthRowPool, hearth_row_pool_free)

G_END_DECLS
