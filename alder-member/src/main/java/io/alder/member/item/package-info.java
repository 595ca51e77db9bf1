/**
 * What queues, sets and lists share: their item listeners (who listens to which structure, with or without
 * the items, and the ITEM events their changes publish: {@link io.alder.member.item.ItemListeners}), and
 * operations on their items ({@link io.alder.member.item.Items}).
 */
package io.alder.member.item;
