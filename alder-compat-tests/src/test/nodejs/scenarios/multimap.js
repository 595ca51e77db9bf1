'use strict';
// MultiMap through the Node.js client: SET values per key (3.12's default), the views, entry listeners fed by
// another client, and key locks that make the other client's writes wait. The Node.js client sends thread id 1
// for every call, so all calls of one client share one lock owner.
const assert = require('node:assert/strict');
const { runScenario, eventually } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

const NOT_OWNER = /java\.lang\.IllegalMonitorStateException/;
// A 3.12 member rounds lease expiry up to whole seconds on its scheduler, so leave room.
const LEASE_EXPIRY_WAIT_MS = 10000;

/** Wraps a promise so a step can check whether it has settled yet. */
function tracked(promise) {
    const state = { settled: false };
    state.promise = promise.finally(() => {
        state.settled = true;
    });
    return state;
}

const sorted = (values) => [...values].sort();

runScenario('multimap', async (ctx, step) => {
    const name = ctx.name('tags');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [multiA, multiB] = await step('both get the same multimap',
        () => Promise.all([clientA.getMultiMap(name), clientB.getMultiMap(name)]));

    await step('put adds each value once per key', async () => {
        assert.equal(await multiA.put('k', 'a'), true);
        assert.equal(await multiA.put('k', 'b'), true);
        assert.equal(await multiA.put('k', 'a'), false, 'a value the key has');
        assert.equal(await multiA.put('j', 'c'), true);
    });
    await step('get, valueCount and size count values', async () => {
        assert.deepEqual(sorted((await multiB.get('k')).toArray()), ['a', 'b']);
        assert.deepEqual((await multiB.get('none')).toArray(), []);
        assert.equal(await multiB.valueCount('k'), 2);
        assert.equal(await multiB.size(), 3);
    });
    await step('containsKey, containsValue and containsEntry', async () => {
        assert.equal(await multiB.containsKey('j'), true);
        assert.equal(await multiB.containsKey('c'), false);
        assert.equal(await multiB.containsValue('c'), true);
        assert.equal(await multiB.containsValue('k'), false);
        assert.equal(await multiB.containsEntry('k', 'b'), true);
        assert.equal(await multiB.containsEntry('k', 'c'), false);
    });
    await step('keySet, values and entrySet list every key, value and pair', async () => {
        assert.deepEqual(sorted(await multiB.keySet()), ['j', 'k']);
        assert.deepEqual(sorted((await multiB.values()).toArray()), ['a', 'b', 'c']);
        assert.deepEqual(sorted((await multiB.entrySet()).map(([key, value]) => key + '=' + value)),
            ['j=c', 'k=a', 'k=b']);
    });
    await step('remove with a value removes it; removeAll answers every value of the key', async () => {
        assert.equal(await multiB.remove('k', 'a'), true);
        assert.equal(await multiB.remove('k', 'a'), false);
        assert.deepEqual((await multiB.removeAll('k')).toArray(), ['b']);
        assert.deepEqual((await multiB.removeAll('k')).toArray(), []);
        assert.equal(await multiB.containsKey('k'), false);
    });
    await step('clear empties the multimap', async () => {
        await multiB.clear();
        assert.equal(await multiA.size(), 0);
    });

    const heard = new EventRecorder('client A, all keys');
    const keyHeard = new EventRecorder('client A, key "k", without values');
    const id = await step('A listens on all keys with values, and on one key without', async () => {
        await multiA.addEntryListener(keyHeard.listener(), 'k', false);
        return multiA.addEntryListener(heard.listener(), undefined, true);
    });
    await step('B\'s values added and removed reach A\'s listeners', async () => {
        await multiB.put('k', 'a');
        await multiB.put('k', 'b');
        await multiB.remove('k', 'a');
        await multiB.removeAll('k');
        await multiB.put('j', 'c');
        await heard.waitUntil('four events of "k"', () => heard.ofKey('k').length >= 4);
        assert.deepEqual(heard.ofKey('k'), [
            entryEvent('added', 'k', 'a'),
            entryEvent('added', 'k', 'b'),
            entryEvent('removed', 'k', undefined, 'a'),
            entryEvent('removed', 'k', undefined, 'b'),
        ]);
        await keyHeard.waitForCount(4);
        assert.deepEqual(keyHeard.events, [entryEvent('added', 'k'), entryEvent('added', 'k'),
            entryEvent('removed', 'k'), entryEvent('removed', 'k')]);
    });
    await step('a clear reaches every listener with the number of keys cleared', async () => {
        await multiB.put('x', '1');
        await multiB.clear();
        await keyHeard.waitForCount(5);
        assert.deepEqual(keyHeard.events[4], { type: 'mapCleared', name, numberOfAffectedEntries: 2 });
        await heard.waitUntil('the clear', () => heard.events.some((event) => event.type === 'mapCleared'));
    });
    await step('after removing the listener A hears nothing more on it', async () => {
        assert.equal(await multiA.removeEntryListener(id), true);
        const before = heard.events.length;
        await multiB.put('k', 'late');
        await keyHeard.waitForCount(6);
        assert.equal(heard.events.length, before);
    });

    await step('A locks a key; B sees the lock, cannot take it and cannot unlock it', async () => {
        await multiA.lock('locked');
        assert.equal(await multiB.isLocked('locked'), true);
        assert.equal(await multiB.tryLock('locked'), false);
        assert.equal(await multiB.tryLock('locked', 300), false);
        await assert.rejects(multiB.unlock('locked'), NOT_OWNER);
    });
    await step('B\'s put on the locked key waits until A unlocks; its reads do not', async () => {
        const put = tracked(multiB.put('locked', 'from B'));
        assert.deepEqual((await multiB.get('locked')).toArray(), []);
        assert.equal(put.settled, false, 'the put returned while A held the lock');
        assert.equal(await multiA.put('locked', 'from A'), true, 'the owner writes freely');
        await multiA.unlock('locked');
        assert.equal(await put.promise, true);
        assert.deepEqual(sorted((await multiA.get('locked')).toArray()), ['from A', 'from B']);
    });
    await step('forceUnlock by B releases A\'s lock however often it is held', async () => {
        await multiA.lock('locked');
        await multiA.lock('locked');
        await multiB.forceUnlock('locked');
        assert.equal(await multiA.isLocked('locked'), false);
    });
    await step('a lock with a lease is released when the lease ends', async () => {
        await multiA.lock('lease', 1000);
        assert.equal(await multiB.isLocked('lease'), true);
        await eventually('lease of 1000 ms ended', async () => !(await multiB.isLocked('lease')), LEASE_EXPIRY_WAIT_MS);
    }, LEASE_EXPIRY_WAIT_MS + 5000);
});
