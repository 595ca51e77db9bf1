'use strict';
// ReplicatedMap through the Node.js client: the map operations, time to live, entry listeners fed by another
// client (their events always carry values), and listeners with a predicate, which Alder refuses.
const assert = require('node:assert/strict');
const { Predicates } = require('hazelcast-client');
const { runScenario, eventually } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

// A 3.12 member evicts entries on a scheduler with whole-second steps, so leave room.
const TTL_EXPIRY_WAIT_MS = 10000;

const sorted = (values) => [...values].sort();

runScenario('replicated-map', async (ctx, step) => {
    const name = ctx.name('settings');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [mapA, mapB] = await step('both get the same replicated map',
        () => Promise.all([clientA.getReplicatedMap(name), clientB.getReplicatedMap(name)]));

    await step('put answers the previous value; the other client reads it', async () => {
        assert.equal(await mapA.put('a', '1'), null);
        assert.equal(await mapA.put('a', '2'), '1');
        assert.equal(await mapB.get('a'), '2');
        assert.equal(await mapB.get('none'), null);
    });
    await step('putAll, size, isEmpty, containsKey and containsValue', async () => {
        await mapA.putAll([['b', '3'], ['c', '3']]);
        assert.equal(await mapB.size(), 3);
        assert.equal(await mapB.isEmpty(), false);
        assert.equal(await mapB.containsKey('b'), true);
        assert.equal(await mapB.containsKey('z'), false);
        assert.equal(await mapB.containsValue('3'), true);
        assert.equal(await mapB.containsValue('1'), false);
    });
    await step('keySet, values (sorted by a comparator too) and entrySet', async () => {
        assert.deepEqual(sorted(await mapB.keySet()), ['a', 'b', 'c']);
        assert.deepEqual(sorted((await mapB.values()).toArray()), ['2', '3', '3']);
        assert.deepEqual((await mapB.values((x, y) => (x < y ? 1 : x > y ? -1 : 0))).toArray(), ['3', '3', '2']);
        assert.deepEqual(sorted((await mapB.entrySet()).map(([key, value]) => key + '=' + value)),
            ['a=2', 'b=3', 'c=3']);
    });
    await step('remove answers the value, then null; clear empties the map', async () => {
        assert.equal(await mapB.remove('a'), '2');
        assert.equal(await mapB.remove('a'), null);
        await mapB.clear();
        assert.equal(await mapA.isEmpty(), true);
    });
    await step('an entry put with a time to live goes when it runs out', async () => {
        await mapA.put('short', 'lived', 1000);
        await mapA.put('long', 'lived');
        assert.equal(await mapB.get('short'), 'lived');
        await eventually('time to live of 1000 ms ran out', async () => (await mapB.get('short')) === null,
            TTL_EXPIRY_WAIT_MS);
        assert.deepEqual(await mapB.keySet(), ['long']);
        await mapA.clear();
    }, TTL_EXPIRY_WAIT_MS + 5000);

    const heard = new EventRecorder('client A, all keys');
    const keyHeard = new EventRecorder('client A, key "k"');
    const id = await step('A listens on all keys and on one key', async () => {
        await mapA.addEntryListenerToKey(keyHeard.listener(), 'k');
        return mapA.addEntryListener(heard.listener());
    });
    await step('B\'s changes reach A\'s listeners with values, a REMOVED of an absent key too (as 3.12)', async () => {
        await mapB.put('k', '1');
        await mapB.put('k', '2');
        await mapB.put('j', '3');
        await mapB.remove('k');
        await mapB.remove('k');
        const ofK = [
            entryEvent('added', 'k', '1'),
            entryEvent('updated', 'k', '2', '1'),
            entryEvent('removed', 'k', undefined, '2'),
            entryEvent('removed', 'k'),
        ];
        await heard.waitUntil('four events of "k"', () => heard.ofKey('k').length >= 4);
        assert.deepEqual(heard.ofKey('k'), ofK);
        await heard.waitUntil('the put of "j"', () => heard.ofKey('j').length === 1);
        await keyHeard.waitForCount(4);
        assert.deepEqual(keyHeard.events, ofK);
    });
    await step('a clear reaches every listener with the number of entries cleared', async () => {
        await mapB.clear();
        await keyHeard.waitForCount(5);
        assert.deepEqual(keyHeard.events[4], { type: 'mapCleared', name, numberOfAffectedEntries: 1 });
    });
    await step('an entry whose time to live runs out is evicted, with its value', async () => {
        await mapB.put('k', 'brief', 1000);
        await keyHeard.waitForCount(7, TTL_EXPIRY_WAIT_MS);
        assert.deepEqual(keyHeard.events[6], entryEvent('evicted', 'k', undefined, 'brief'));
    }, TTL_EXPIRY_WAIT_MS + 5000);
    await step('after removing the listener A hears nothing more on it', async () => {
        assert.equal(await mapA.removeEntryListener(id), true);
        const before = heard.events.length;
        await mapB.put('k', 'late');
        await keyHeard.waitForCount(8);
        assert.equal(heard.events.length, before);
    });
    await step('a listener with a predicate: Alder refuses it as unsupported, 3.12 registers it', async () => {
        const listening = mapA.addEntryListenerWithPredicate(new EventRecorder('predicate').listener(),
            Predicates.alwaysTrue());
        if (ctx.options.server === 'alder') {
            await assert.rejects(listening);
        } else {
            assert.equal(await mapA.removeEntryListener(await listening), true);
        }
    });
});
