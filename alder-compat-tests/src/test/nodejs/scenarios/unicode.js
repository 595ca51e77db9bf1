'use strict';
// Non-ASCII keys, values and structure names. The Node.js client writes strings inside serialized data
// in one of two ways: STANDARD (its default: real UTF-8, so a character outside the BMP takes 4 bytes)
// or LEGACY (the 3.x Java encoding: each UTF-16 unit on 1-3 bytes, a surrogate pair on 6). A 3.12
// member stores and compares the bytes as sent, so both must round-trip, and a BMP-only string
// is the same key in both.
const assert = require('node:assert/strict');
const { StringSerializationPolicy } = require('hazelcast-client');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

const KEY = 'hé€😀';
const VALUE = 'vålue ∑ 日本語 😀🎉 \u0000 end';
const BMP_KEY = 'hé€ – ключ';
const BMP_VALUE = 'é€ – значение';

function withPolicy(policy) {
    return (cfg) => {
        cfg.serializationConfig.stringSerializationPolicy = policy;
    };
}

async function roundTrip(map, recorder) {
    assert.equal(await map.put(KEY, VALUE), null);
    assert.equal(await map.get(KEY), VALUE);
    assert.equal(await map.containsKey(KEY), true);
    assert.equal(await map.containsValue(VALUE), true);
    assert.deepEqual(await map.keySet(), [KEY]);
    assert.deepEqual(await map.entrySet(), [[KEY, VALUE]]);
    assert.deepEqual(await map.getAll([KEY]), [[KEY, VALUE]]);
    assert.equal(await map.replaceIfSame(KEY, VALUE, VALUE + '✓'), true);
    await recorder.waitForCount(2);
    assert.deepEqual(recorder.events, [entryEvent('added', KEY, VALUE), entryEvent('updated', KEY, VALUE + '✓', VALUE)]);
}

runScenario('unicode', async (ctx, step) => {
    const standard = await step('connect a client with the STANDARD string policy (the default)', () => ctx.newClient());
    const legacy = await step('connect a client with the LEGACY string policy',
        () => ctx.newClient(withPolicy(StringSerializationPolicy.LEGACY)));
    const mapName = ctx.name('ünïcödé-карта-😀');

    await step('STANDARD: keys, values, events and the map name round-trip', async () => {
        const map = await standard.getMap(mapName + '-standard');
        assert.equal(map.getName(), mapName + '-standard');
        const recorder = new EventRecorder('STANDARD listener');
        await map.addEntryListener(recorder.listener(['added', 'updated']), undefined, true);
        await roundTrip(map, recorder);
    });
    await step('LEGACY: keys, values, events and the map name round-trip', async () => {
        const map = await legacy.getMap(mapName + '-legacy');
        const recorder = new EventRecorder('LEGACY listener');
        await map.addEntryListener(recorder.listener(['added', 'updated']), undefined, true);
        await roundTrip(map, recorder);
    });
    await step('a BMP-only key is the same key for both policies', async () => {
        const mapS = await standard.getMap(mapName + '-shared');
        const mapL = await legacy.getMap(mapName + '-shared');
        await mapS.put(BMP_KEY, BMP_VALUE);
        assert.equal(await mapL.get(BMP_KEY), BMP_VALUE);
        assert.equal(await mapL.put(BMP_KEY, BMP_VALUE + '!'), BMP_VALUE);
        assert.equal(await mapS.get(BMP_KEY), BMP_VALUE + '!');
    });
    await step('a key with an emoji is two keys: the member compares serialized bytes', async () => {
        const mapS = await standard.getMap(mapName + '-shared');
        const mapL = await legacy.getMap(mapName + '-shared');
        await mapS.put(KEY, 'standard');
        await mapL.put(KEY, 'legacy');
        assert.equal(await mapS.get(KEY), 'standard');
        assert.equal(await mapL.get(KEY), 'legacy');
        assert.equal(await mapS.size(), 3);
    });
    await step('the unicode keys lock and unlock', async () => {
        const map = await standard.getMap(mapName + '-standard');
        await map.lock(KEY);
        assert.equal(await map.isLocked(KEY), true, 'isLocked after lock');
        await map.unlock(KEY);
        assert.equal(await map.isLocked(KEY), false, 'isLocked after lock, unlock');
    });
});
