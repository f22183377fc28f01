/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-item.h: one thing on the Dashboard that needs a coordinator's attention,
 * as an item of a list kept up to date by a worker. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-dashboard.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ATTENTION_ITEM (hearth_attention_item_get_type ())

G_DECLARE_FINAL_TYPE (HearthAttentionItem, hearth_attention_item, HEARTH, ATTENTION_ITEM, GObject)

HearthAttentionItem *hearth_attention_item_new        (const HearthAttention *attention,
                                                       const char            *key);
HearthAttentionKind  hearth_attention_item_get_kind   (HearthAttentionItem   *self);
const char          *hearth_attention_item_get_record (HearthAttentionItem   *self);
const char          *hearth_attention_item_get_title  (HearthAttentionItem   *self);
const char          *hearth_attention_item_get_detail (HearthAttentionItem   *self);
const char          *hearth_attention_item_get_date   (HearthAttentionItem   *self);
gboolean             hearth_attention_item_get_overdue (HearthAttentionItem  *self);
char                *hearth_attention_item_dup_subtitle (HearthAttentionItem *self);
char                *hearth_attention_item_dup_key    (HearthAttentionItem   *self);
gboolean             hearth_attention_item_same       (HearthAttentionItem   *a,
                                                       HearthAttentionItem   *b);
int                  hearth_attention_item_compare    (HearthAttentionItem   *a,
                                                       HearthAttentionItem   *b);
gboolean             hearth_attention_item_matches    (HearthAttentionItem   *self,
                                                       const char            *which,
                                                       const char            *search);
gboolean             hearth_attention_item_is_of      (HearthAttentionItem   *self,
                                                       const char            *record);

GPtrArray           *hearth_attention_items_from      (GPtrArray             *attention);
HearthAggregateList *hearth_attention_list_new        (HearthScheme          *scheme);
guint                hearth_attention_list_count_overdue (GListModel         *list);

G_END_DECLS
