'use strict';
// Whole-map and multi-key IMap operations. Fifty keys spread over many partitions, so putAll and
// getAll send one request per partition.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

const ENTRY_COUNT = 50;

function sortedPairs(pairs) {
    return pairs.map(([k, v]) => [k, v]).sort((a, b) => a[0].localeCompare(b[0]));
}

runScenario('map-bulk', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('bulk')));
    const entries = [];
    for (let i = 0; i < ENTRY_COUNT; i++) {
        entries.push(['key-' + String(i).padStart(2, '0'), 'value-' + i]);
    }
    const keys = entries.map(([k]) => k).sort();
    const values = entries.map(([, v]) => v).sort();

    await step('putAll stores every entry', async () => {
        assert.equal(await map.putAll(entries), undefined);
        assert.equal(await map.size(), ENTRY_COUNT);
        assert.equal(await map.isEmpty(), false);
    });
    await step('getAll returns the present entries and skips missing keys', async () => {
        const got = await map.getAll(['key-00', 'key-17', 'key-49', 'no-such-key']);
        assert.deepEqual(sortedPairs(got), [['key-00', 'value-0'], ['key-17', 'value-17'], ['key-49', 'value-49']]);
        assert.deepEqual(await map.getAll(['no-such-key']), []);
    });
    await step('putAll overwrites existing keys', async () => {
        await map.putAll([['key-01', 'changed'], ['key-02', 'changed too']]);
        assert.equal(await map.get('key-01'), 'changed');
        assert.equal(await map.get('key-02'), 'changed too');
        await map.putAll([['key-01', 'value-1'], ['key-02', 'value-2']]);
        assert.equal(await map.size(), ENTRY_COUNT);
    });
    await step('keySet, values and entrySet list every entry', async () => {
        assert.deepEqual((await map.keySet()).sort(), keys);
        const lazyValues = await map.values();
        assert.equal(lazyValues.size(), ENTRY_COUNT);
        assert.deepEqual(lazyValues.toArray().sort(), values);
        assert.deepEqual(sortedPairs(await map.entrySet()), sortedPairs(entries));
    });
    await step('evict removes one entry and reports whether it was there', async () => {
        assert.equal(await map.evict('key-03'), true);
        assert.equal(await map.evict('key-03'), false);
        assert.equal(await map.containsKey('key-03'), false);
        assert.equal(await map.size(), ENTRY_COUNT - 1);
    });
    await step('flush succeeds on a map without a store', async () => {
        assert.equal(await map.flush(), undefined);
        assert.equal(await map.size(), ENTRY_COUNT - 1);
    });
    await step('evictAll empties the map', async () => {
        assert.equal(await map.evictAll(), undefined);
        assert.equal(await map.size(), 0);
        assert.equal(await map.isEmpty(), true);
        assert.deepEqual(await map.keySet(), []);
    });
    await step('clear empties the map', async () => {
        await map.putAll(entries);
        assert.equal(await map.size(), ENTRY_COUNT);
        assert.equal(await map.clear(), undefined);
        assert.equal(await map.size(), 0);
        assert.deepEqual(await map.entrySet(), []);
        assert.equal((await map.values()).size(), 0);
    });
    await step('other maps are unaffected by clear', async () => {
        const other = await client.getMap(ctx.name('bulk-other'));
        await other.put('k', 'v');
        await map.put('k', 'v');
        await map.clear();
        assert.equal(await other.get('k'), 'v');
        assert.equal(await other.size(), 1);
    });
});
