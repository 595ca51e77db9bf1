'use strict';
// Two clients: events caused by one client reach the listeners of the other.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

runScenario('two-clients-listener', async (ctx, step) => {
    const mapName = ctx.name('shared');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [mapA, mapB] = await step('both get the same map', () => Promise.all([clientA.getMap(mapName), clientB.getMap(mapName)]));
    const heardByA = new EventRecorder('client A, all keys');
    const keyHeardByA = new EventRecorder('client A, key "k-watched"');
    const heardByB = new EventRecorder('client B, all keys');

    await step('A listens with values, on all keys and on one key', async () => {
        await mapA.addEntryListener(heardByA.listener(), undefined, true);
        await mapA.addEntryListener(keyHeardByA.listener(['added', 'updated', 'removed']), 'k-watched', true);
    });
    const idB = await step('B listens without values', () =>
        mapB.addEntryListener(heardByB.listener(['added', 'updated', 'removed']), undefined, false));

    await step('B\'s writes reach A\'s listener with values, in order', async () => {
        await mapB.put('x', 'b1');
        await mapB.put('x', 'b2');
        await mapB.remove('x');
        await heardByA.waitUntil('three events of "x"', () => heardByA.ofKey('x').length >= 3);
        assert.deepEqual(heardByA.ofKey('x'), [
            entryEvent('added', 'x', 'b1'),
            entryEvent('updated', 'x', 'b2', 'b1'),
            entryEvent('removed', 'x', undefined, 'b2'),
        ]);
    });
    await step('B hears its own writes, without values', async () => {
        await heardByB.waitUntil('three events of "x"', () => heardByB.ofKey('x').length >= 3);
        assert.deepEqual(heardByB.ofKey('x'), [entryEvent('added', 'x'), entryEvent('updated', 'x'), entryEvent('removed', 'x')]);
    });
    await step('B\'s write of the watched key reaches A\'s key listener only for that key', async () => {
        await mapB.put('k-other', 'o');
        await mapB.put('k-watched', 'w');
        await heardByA.waitUntil('both puts', () => heardByA.ofKey('k-other').length === 1 && heardByA.ofKey('k-watched').length === 1);
        await keyHeardByA.waitForCount(1);
        assert.deepEqual(keyHeardByA.events, [entryEvent('added', 'k-watched', 'w')]);
    });
    await step('A\'s writes reach B\'s listener', async () => {
        await mapA.put('y', 'a1');
        await heardByB.waitUntil('the put of "y"', () => heardByB.ofKey('y').length === 1);
        assert.deepEqual(heardByB.ofKey('y'), [entryEvent('added', 'y')]);
        await heardByA.waitUntil('the put of "y"', () => heardByA.ofKey('y').length === 1);
    });
    await step('B removing its listener leaves A\'s in place', async () => {
        assert.equal(await mapB.removeEntryListener(idB), true);
        const heardBefore = heardByB.events.length;
        await mapB.put('z', 'b');
        await heardByA.waitUntil('the put of "z"', () => heardByA.ofKey('z').length === 1);
        assert.deepEqual(heardByA.ofKey('z'), [entryEvent('added', 'z', 'b')]);
        assert.equal(heardByB.events.length, heardBefore);
    });
    await step('after B shuts down, A still hears its own writes', async () => {
        clientB.shutdown();
        await mapA.put('after-b', 'a');
        await heardByA.waitUntil('the put of "after-b"', () => heardByA.ofKey('after-b').length === 1);
        assert.deepEqual(heardByA.ofKey('after-b'), [entryEvent('added', 'after-b', 'a')]);
    });
});
