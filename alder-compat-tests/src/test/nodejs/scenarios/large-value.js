'use strict';
// Multi-megabyte values in single frames (the 3.12 clients never fragment). The 3.12.3 Node.js client
// has no serializer for Buffer (it would fall back to JSON), so the large values are strings, with
// multi-byte characters so that character and byte counts differ.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder } = require('../lib/events');

const MIB = 1024 * 1024;
const LARGE_STEP_TIMEOUT_MS = 60000;

/** A string of at least minBytes UTF-8 bytes in which every chunk is numbered, so any corruption shows. */
function largeString(minBytes, tag) {
    const chunks = [];
    let bytes = 0;
    for (let i = 0; bytes < minBytes; i++) {
        const chunk = tag + i.toString(16).padStart(6, '0') + ':é€😀|';
        chunks.push(chunk);
        bytes += Buffer.byteLength(chunk, 'utf8');
    }
    return chunks.join('');
}

function assertSameString(actual, expected) {
    // assert.equal would print megabytes on a mismatch; report the first difference instead.
    assert.equal(typeof actual, 'string', 'got ' + typeof actual);
    if (actual !== expected) {
        let i = 0;
        while (i < actual.length && actual[i] === expected[i]) {
            i++;
        }
        assert.fail('strings differ at char ' + i + ' (lengths ' + actual.length + ' and ' + expected.length + '): '
            + JSON.stringify(actual.slice(i, i + 40)) + ' vs ' + JSON.stringify(expected.slice(i, i + 40)));
    }
}

runScenario('large-value', async (ctx, step) => {
    const first = largeString(4 * MIB, 'a');
    const second = largeString(3 * MIB, 'b');
    const largeKey = largeString(MIB, 'k');
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('large')));
    const recorder = new EventRecorder('listener with values');
    await step('addEntryListener with values', () => map.addEntryListener(recorder.listener(['added', 'updated']), undefined, true));

    await step('put a 4 MiB value', async () => {
        assert.equal(await map.put('big', first), null);
    }, LARGE_STEP_TIMEOUT_MS);
    await step('get returns it unchanged', async () => {
        assertSameString(await map.get('big'), first);
    }, LARGE_STEP_TIMEOUT_MS);
    await step('containsValue finds it', async () => {
        assert.equal(await map.containsValue(first), true);
    }, LARGE_STEP_TIMEOUT_MS);
    await step('replacing it with a 3 MiB value returns the 4 MiB one', async () => {
        assertSameString(await map.put('big', second), first);
        assertSameString(await map.get('big'), second);
    }, LARGE_STEP_TIMEOUT_MS);
    await step('the listener got both values in the events', async () => {
        await recorder.waitForCount(2, LARGE_STEP_TIMEOUT_MS);
        assert.deepEqual(recorder.events.map((event) => event.type), ['added', 'updated']);
        assertSameString(recorder.events[0].value, first);
        assertSameString(recorder.events[1].value, second);
        assertSameString(recorder.events[1].oldValue, first);
    }, LARGE_STEP_TIMEOUT_MS);
    await step('a 1 MiB key works like any other', async () => {
        assert.equal(await map.put(largeKey, 'small'), null);
        assert.equal(await map.get(largeKey), 'small');
        assert.equal(await map.containsKey(largeKey), true);
        const keys = await map.keySet();
        assert.equal(keys.length, 2);
        assert.ok(keys.includes(largeKey), 'keySet holds the large key');
    }, LARGE_STEP_TIMEOUT_MS);
    await step('remove returns the large value and frees the key', async () => {
        assertSameString(await map.remove('big'), second);
        assert.equal(await map.get('big'), null);
        assert.equal(await map.size(), 1);
    }, LARGE_STEP_TIMEOUT_MS);
});
