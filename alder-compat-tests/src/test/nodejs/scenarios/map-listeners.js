'use strict';
// Entry listeners of one client: every event type a map fires, with and without values, for all keys
// and for one key, and removal of a listener.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

runScenario('map-listeners', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('listeners')));
    const all = new EventRecorder('listener with values');
    const noValues = new EventRecorder('listener without values');
    const watched = new EventRecorder('listener on key "watched"');

    const allId = await step('addEntryListener with values for every event type', async () => {
        const id = await map.addEntryListener(all.listener(), undefined, true);
        assert.match(id, /\S/);
        return id;
    });
    await step('addEntryListener without values for added, updated and removed', () =>
        map.addEntryListener(noValues.listener(['added', 'updated', 'removed']), undefined, false));
    await step('addEntryListener for one key', () =>
        map.addEntryListener(watched.listener(), 'watched', true));

    await step('put, set, replace and remove fire added, updated and removed', async () => {
        await map.put('a', '1');
        await map.put('a', '2');
        await map.set('a', '3');
        await map.replace('a', '4');
        await map.remove('a');
        await all.waitUntil('five events of "a"', () => all.ofKey('a').length >= 5);
        assert.deepEqual(all.ofKey('a'), [
            entryEvent('added', 'a', '1'),
            entryEvent('updated', 'a', '2', '1'),
            entryEvent('updated', 'a', '3', '2'),
            entryEvent('updated', 'a', '4', '3'),
            entryEvent('removed', 'a', undefined, '4'),
        ]);
    });
    await step('operations that change nothing fire nothing', async () => {
        await map.put('b', '1');
        assert.equal(await map.putIfAbsent('b', '2'), '1');
        assert.equal(await map.replaceIfSame('b', 'not-1', '3'), false);
        assert.equal(await map.remove('b', 'not-1'), false);
        assert.equal(await map.replace('absent', 'x'), null);
        assert.equal(await map.remove('absent'), null);
        await map.put('b', 'last');
        await all.waitUntil('the update of "b"', () => all.ofKey('b').length >= 2);
        assert.deepEqual(all.ofKey('b'), [entryEvent('added', 'b', '1'), entryEvent('updated', 'b', 'last', '1')]);
        assert.deepEqual(all.ofKey('absent'), []);
    });
    await step('delete fires removed without the old value; evict fires evicted with it', async () => {
        await map.put('watched', 'w1');
        await map.delete('watched');
        await map.put('e', 'x');
        assert.equal(await map.evict('e'), true);
        await all.waitUntil('evicted "e"', () => all.ofKey('e').length >= 2);
        // Events of different keys travel in different partitions, so "watched" may still be on its way.
        await all.waitUntil('removed "watched"', () => all.ofKey('watched').length >= 2);
        assert.deepEqual(all.ofKey('watched'), [entryEvent('added', 'watched', 'w1'), entryEvent('removed', 'watched')]);
        assert.deepEqual(all.ofKey('e'), [entryEvent('added', 'e', 'x'), entryEvent('evicted', 'e', undefined, 'x')]);
    });
    await step('clear fires one mapCleared, evictAll one mapEvicted, with the entry counts', async () => {
        await map.putAll([['c1', '1'], ['c2', '2']]); // with "b": 3 entries
        await map.clear();
        await map.putAll([['d1', '1'], ['d2', '2']]);
        await map.evictAll();
        const bulkKeys = ['c1', 'c2', 'd1', 'd2'];
        await all.waitUntil('mapEvicted and four added events', (events) =>
            events.some((event) => event.type === 'mapEvicted') && bulkKeys.every((key) => all.ofKey(key).length > 0));
        const mapEvents = all.events.filter((event) => event.key === undefined);
        assert.deepEqual(mapEvents, [
            { type: 'mapCleared', name: map.getName(), numberOfAffectedEntries: 3 },
            { type: 'mapEvicted', name: map.getName(), numberOfAffectedEntries: 2 },
        ]);
        for (const key of bulkKeys) {
            assert.deepEqual(all.ofKey(key), [entryEvent('added', key, key.slice(1))], 'events of ' + key);
        }
    });
    await step('the listener without values got the same entry events, without values', async () => {
        const expected = all.events
            .filter((event) => ['added', 'updated', 'removed'].includes(event.type))
            .map((event) => entryEvent(event.type, event.key));
        await noValues.waitForCount(expected.length);
        assert.deepEqual(sortedByKey(noValues.events), sortedByKey(expected));
    });
    await step('the key listener got the events of its key, and the map-wide events (as 3.12 does)', async () => {
        await watched.waitForCount(4);
        assert.deepEqual(watched.ofKey('watched'), [entryEvent('added', 'watched', 'w1'), entryEvent('removed', 'watched')]);
        assert.deepEqual(watched.events.filter((event) => event.key !== 'watched').map((event) => event.type),
            ['mapCleared', 'mapEvicted']);
    });
    await step('a removed listener hears nothing more', async () => {
        assert.equal(await map.removeEntryListener(allId), true);
        assert.equal(await map.removeEntryListener(allId), false);
        const before = all.events.length;
        await map.put('after-removal', 'v');
        await noValues.waitUntil('the put after the removal', () => noValues.ofKey('after-removal').length === 1);
        assert.equal(all.events.length, before, 'events after removal: ' + JSON.stringify(all.events.slice(before)));
    });
});

/** Events of different keys may interleave; events of one key keep their order. */
function sortedByKey(events) {
    return events.map((event, index) => ({ event, index }))
        .sort((x, y) => String(x.event.key).localeCompare(String(y.event.key)) || x.index - y.index)
        .map(({ event }) => event);
}
