'use strict';
// Single-key IMap operations and their 3.12 return values, including the entry view.
const assert = require('node:assert/strict');
const Long = require('long');
const { runScenario } = require('../lib/scenario');

const NO_EXPIRY = Long.MAX_VALUE.toString();

runScenario('map-basic', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('basic')));

    await step('put returns null for a new key, then the previous value', async () => {
        assert.equal(await map.put('k1', 'v1'), null);
        assert.equal(await map.put('k1', 'v2'), 'v1');
    });
    await step('get returns the value, or null for a missing key', async () => {
        assert.equal(await map.get('k1'), 'v2');
        assert.equal(await map.get('missing'), null);
    });
    await step('set stores without returning anything', async () => {
        assert.equal(await map.set('k2', 's1'), undefined);
        assert.equal(await map.set('k2', 's2'), undefined);
        assert.equal(await map.get('k2'), 's2');
    });
    await step('containsKey and containsValue', async () => {
        assert.equal(await map.containsKey('k1'), true);
        assert.equal(await map.containsKey('missing'), false);
        assert.equal(await map.containsValue('v2'), true);
        assert.equal(await map.containsValue('v1'), false);
    });
    await step('putIfAbsent stores only when absent and returns the current value', async () => {
        assert.equal(await map.putIfAbsent('k3', 'a'), null);
        assert.equal(await map.putIfAbsent('k3', 'b'), 'a');
        assert.equal(await map.get('k3'), 'a');
    });
    await step('replace replaces only present keys', async () => {
        assert.equal(await map.replace('k3', 'c'), 'a');
        assert.equal(await map.replace('missing', 'x'), null);
        assert.equal(await map.containsKey('missing'), false);
        assert.equal(await map.get('k3'), 'c');
    });
    await step('replaceIfSame compares the old value', async () => {
        assert.equal(await map.replaceIfSame('k3', 'c', 'd'), true);
        assert.equal(await map.replaceIfSame('k3', 'c', 'e'), false);
        assert.equal(await map.get('k3'), 'd');
    });
    await step('remove with a value removes only on a match', async () => {
        assert.equal(await map.remove('k3', 'wrong'), false);
        assert.equal(await map.containsKey('k3'), true);
        assert.equal(await map.remove('k3', 'd'), true);
        assert.equal(await map.containsKey('k3'), false);
    });
    await step('remove returns the removed value, then null', async () => {
        assert.equal(await map.remove('k2'), 's2');
        assert.equal(await map.remove('k2'), null);
    });
    await step('delete removes without returning anything', async () => {
        assert.equal(await map.delete('k1'), undefined);
        assert.equal(await map.get('k1'), null);
        assert.equal(await map.delete('k1'), undefined);
    });
    await step('tryPut and tryRemove', async () => {
        assert.equal(await map.tryPut('k4', 't', 1000), true);
        assert.equal(await map.get('k4'), 't');
        assert.equal(await map.tryRemove('k4', 1000), true);
        assert.equal(await map.tryRemove('k4', 1000), false);
    });
    await step('putTransient stores the value', async () => {
        assert.equal(await map.putTransient('k5', 'p'), undefined);
        assert.equal(await map.get('k5'), 'p');
    });
    await step('size and isEmpty follow the contents', async () => {
        assert.equal(await map.size(), 1);
        assert.equal(await map.isEmpty(), false);
        await map.delete('k5');
        assert.equal(await map.size(), 0);
        assert.equal(await map.isEmpty(), true);
    });
    await step('values of other types round-trip unchanged', async () => {
        const values = [42, -0.5, true, { nested: ['json', 1, null] }, Long.fromString('-9007199254740993')];
        for (let i = 0; i < values.length; i++) {
            await map.set('typed' + i, values[i]);
        }
        for (let i = 0; i < values.length; i++) {
            assert.deepEqual(await map.get('typed' + i), values[i]);
        }
        assert.equal(await map.containsValue({ nested: ['json', 1, null] }), true);
        assert.equal(await map.containsValue(43), false);
    });
    await step('getEntryView of a new entry', async () => {
        const before = Date.now();
        await map.put('ev', 'one');
        const after = Date.now();
        const view = await map.getEntryView('ev');
        assert.equal(view.key, 'ev');
        assert.equal(view.value, 'one');
        assert.equal(view.version.toString(), '0');
        assert.equal(view.hits.toString(), '0');
        assert.equal(view.ttl.toString(), NO_EXPIRY);
        assert.equal(view.expirationTime.toString(), NO_EXPIRY);
        assert.equal(view.lastStoreTime.toString(), '0');
        assertTimeBetween('creationTime', view.creationTime, before, after);
        assertTimeBetween('lastUpdateTime', view.lastUpdateTime, before, after);
    });
    await step('getEntryView counts reads and updates as hits, updates as versions', async () => {
        await map.get('ev');
        assert.equal((await map.getEntryView('ev')).hits.toString(), '1');
        await map.set('ev', 'two');
        const view = await map.getEntryView('ev');
        assert.equal(view.value, 'two');
        assert.equal(view.version.toString(), '1');
        assert.equal(view.hits.toString(), '2');
        assert.ok(view.lastUpdateTime.greaterThanOrEqual(view.creationTime), 'lastUpdateTime >= creationTime');
    });
    await step('getEntryView of a missing key is null', async () => {
        assert.equal(await map.getEntryView('missing'), null);
    });
});

function assertTimeBetween(what, time, before, after) {
    // One second of slack for clock granularity: member and client share this machine's clock.
    const millis = time.toNumber();
    assert.ok(millis >= before - 1000 && millis <= after + 1000,
        what + ' ' + millis + ' is not between ' + before + ' and ' + after);
}
