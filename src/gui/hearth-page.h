/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-page.h: the base of every view in the window's sidebar (dashboard, people,
 * carers, recruitment, matching, ...): one scheme, its own header bar, and a way for
 * the window to open a record in it. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PAGE (hearth_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (HearthPage, hearth_page, HEARTH, PAGE, AdwBin)

/**
 * HearthPageClass:
 * @show_record: shows @record in this page (selects it, opens its profile) and returns
 *   %TRUE, or returns %FALSE when this page does not show records of that kind
 * @focus_search: moves the keyboard focus to the page's search entry, if it has one
 *
 * A page is made for one scheme (the construct-only #HearthPage:scheme) and dropped with
 * it. The window binds #HearthPage:folded to its leaflet: while it is %TRUE the sidebar is
 * hidden, so the page's header bar shows a Back button (action `win.back`) and the window
 * buttons at its start:
 *
 * |[<!-- language="xml" -->
 * <object class="AdwHeaderBar">
 *   <property name="show-start-title-buttons" bind-source="HearthMyPage"
 *             bind-property="folded" bind-flags="sync-create"/>
 *   <child type="start">
 *     <object class="GtkButton">
 *       <property name="icon-name">go-previous-symbolic</property>
 *       <property name="tooltip-text" translatable="yes">Back</property>
 *       <property name="action-name">win.back</property>
 *       <property name="visible" bind-source="HearthMyPage" bind-property="folded"
 *                 bind-flags="sync-create"/>
 *     </object>
 *   </child>
 * </object>
 * ]|
 *
 * To open a record from any page, activate `win.show-record` with a string parameter
 * "TABLE:ID" ("person:12", "carer:3", "trial:7", "arrangement:5", "review:9"); the window
 * offers it to each page's @show_record until one takes it. `win.show-history` with the
 * same kind of parameter opens the record's history of changes.
 */
struct _HearthPageClass
{
  AdwBinClass parent_class;

  gboolean (*show_record)  (HearthPage   *self,
                            HearthRecord *record);
  void     (*focus_search) (HearthPage   *self);
  /* Typing not saved yet, as an open editor holds it; the window asks before closing. */
  gboolean (*has_unsaved_changes) (HearthPage *self);
  gboolean (*save_changes)        (HearthPage *self);

  gpointer padding[6];
};

HearthScheme *hearth_page_get_scheme   (HearthPage   *self);
gboolean      hearth_page_get_folded   (HearthPage   *self);
void          hearth_page_set_folded   (HearthPage   *self,
                                        gboolean      folded);
gboolean      hearth_page_show_record  (HearthPage   *self,
                                        HearthRecord *record);
void          hearth_page_focus_search (HearthPage   *self);
void          hearth_page_add_toast    (HearthPage   *self,
                                        AdwToast     *toast);
gboolean      hearth_page_has_unsaved_changes (HearthPage *self);
gboolean      hearth_page_save_changes (HearthPage   *self);

G_END_DECLS
