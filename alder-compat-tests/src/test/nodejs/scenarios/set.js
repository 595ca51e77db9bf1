'use strict';
// ISet through the Node.js client: each item once, 3.12's answers of bulk operations, and item listeners
// across two clients, including 3.12's two ADDED events for an item given twice to addAll.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, itemEvent } = require('../lib/events');

runScenario('set', async (ctx, step) => {
    const name = ctx.name('set');
    const [client, other] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [set, others] = await step('both get the same set', () => Promise.all([client.getSet(name), other.getSet(name)]));

    await step('a set holds each item once; the other client sees it', async () => {
        assert.equal(await set.add('a'), true);
        assert.equal(await set.add('a'), false);
        assert.equal(await others.contains('a'), true);
        assert.equal(await others.size(), 1);
        assert.equal(await set.remove('a'), true);
        assert.equal(await set.remove('a'), false);
        assert.equal(await set.isEmpty(), true);
    });
    await step('bulk operations answer whether the set changed; addAll of nothing is false', async () => {
        assert.equal(await set.addAll(['a', 'b', 'c']), true);
        assert.equal(await set.addAll(['a', 'b']), false);
        assert.equal(await set.addAll([]), false);
        assert.equal(await set.containsAll(['c', 'a']), true);
        assert.equal(await set.containsAll(['a', 'z']), false);
        assert.equal(await set.removeAll(['a', 'z']), true);
        assert.equal(await set.retainAll(['b', 'c']), false);
        assert.equal(await set.retainAll(['c']), true);
        assert.deepEqual(await set.toArray(), ['c']);
        await set.clear();
        assert.equal(await set.size(), 0);
    });
    await step('numbers and strings are different items', async () => {
        assert.equal(await set.add(1), true);
        assert.equal(await set.add('1'), true);
        assert.equal(await set.contains(1), true);
        assert.equal(await set.size(), 2);
        await set.clear();
    });
    const heard = new EventRecorder('set item listener');
    const noItems = new EventRecorder('set item listener without items');
    const registration = await step('item listeners hear another client\'s changes, with items when asked', async () => {
        const id = await set.addItemListener(heard.itemListener(), true);
        await set.addItemListener(noItems.itemListener(), false);
        await others.add('x');
        await heard.waitForCount(1);
        await others.addAll(['y', 'y']);
        await heard.waitForCount(3);
        await others.remove('x');
        await heard.waitForCount(4);
        assert.deepEqual(heard.events, [itemEvent('added', 'x'), itemEvent('added', 'y'), itemEvent('added', 'y'),
            itemEvent('removed', 'x')]);
        await noItems.waitForCount(4);
        assert.deepEqual(noItems.events.map((event) => event.item), [null, null, null, null]);
        assert.deepEqual(await set.toArray(), ['y']);
        return id;
    });
    await step('a removed item listener hears nothing more', async () => {
        assert.equal(await set.removeItemListener(registration), true);
        await others.clear();
        await noItems.waitForCount(5);
        assert.equal(heard.events.length, 4);
    });
});
