'use strict';
// Time-to-live: entries written with a ttl (milliseconds in the Node.js API) expire, and a listener
// that asked for both hears "expired" and "evicted" for them, as from a 3.12 member.
const assert = require('node:assert/strict');
const Long = require('long');
const { runScenario, eventually } = require('../lib/scenario');
const { EventRecorder, entryEvent } = require('../lib/events');

const NO_EXPIRY = Long.MAX_VALUE.toString();
const TTL_MS = 2000;
const EXPIRY_WAIT_MS = 15000;

runScenario('map-ttl', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('ttl')));
    const recorder = new EventRecorder('expiry listener');
    await step('addEntryListener for expired and evicted events', () =>
        map.addEntryListener(recorder.listener(['expired', 'evicted']), undefined, true));

    await step('put, set, putIfAbsent and putTransient accept a ttl', async () => {
        assert.equal(await map.put('put', 'p', TTL_MS), null);
        assert.equal(await map.set('set', 's', TTL_MS), undefined);
        assert.equal(await map.putIfAbsent('putIfAbsent', 'a', TTL_MS), null);
        assert.equal(await map.putTransient('putTransient', 't', TTL_MS), undefined);
        assert.equal(await map.put('eternal', 'e'), null);
        assert.equal(await map.put('zero', 'z', 0), null);
    });
    await step('the entry view shows the ttl and the expiration time', async () => {
        const view = await map.getEntryView('put');
        assert.equal(view.ttl.toString(), String(TTL_MS));
        assert.equal(view.expirationTime.toString(), view.lastUpdateTime.add(TTL_MS).toString());
        for (const key of ['set', 'putIfAbsent', 'putTransient']) {
            assert.equal((await map.getEntryView(key)).ttl.toString(), String(TTL_MS), key);
        }
    });
    await step('no ttl and a ttl of 0 both mean "never expires"', async () => {
        for (const key of ['eternal', 'zero']) {
            const view = await map.getEntryView(key);
            assert.equal(view.ttl.toString(), NO_EXPIRY, key);
            assert.equal(view.expirationTime.toString(), NO_EXPIRY, key);
        }
    });
    await step('a put without a ttl keeps the ttl the entry already has', async () => {
        await map.put('kept', 'first', TTL_MS);
        assert.equal(await map.put('kept', 'second'), 'first');
        assert.equal((await map.getEntryView('kept')).ttl.toString(), String(TTL_MS));
    });
    await step('entries with a ttl disappear, the others stay', async () => {
        const expiring = ['put', 'set', 'putIfAbsent', 'putTransient', 'kept'];
        await eventually('every entry with a ttl expired', async () => {
            const left = await Promise.all(expiring.map((key) => map.get(key)));
            return left.every((value) => value === null);
        }, EXPIRY_WAIT_MS, 200);
        assert.equal(await map.containsKey('put'), false);
        assert.equal(await map.get('eternal'), 'e');
        assert.equal(await map.get('zero'), 'z');
        assert.deepEqual((await map.keySet()).sort(), ['eternal', 'zero']);
        assert.equal(await map.size(), 2);
    }, EXPIRY_WAIT_MS + 5000);
    await step('each expired entry fired "expired" and "evicted" with its old value', async () => {
        const expected = { put: 'p', set: 's', putIfAbsent: 'a', putTransient: 't', kept: 'second' };
        await recorder.waitUntil('two events per expired key', (events) => events.length >= 10);
        for (const [key, value] of Object.entries(expected)) {
            const types = recorder.ofKey(key).map((event) => event.type).sort();
            assert.deepEqual(types, ['evicted', 'expired'], 'events of ' + key);
            for (const event of recorder.ofKey(key)) {
                assert.deepEqual(event, entryEvent(event.type, key, undefined, value));
            }
        }
        assert.equal(recorder.events.length, 10, 'events: ' + JSON.stringify(recorder.events));
    });
});
