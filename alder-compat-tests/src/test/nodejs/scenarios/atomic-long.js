'use strict';
// IAtomicLong: every operation the Node.js client has (it has no functions: apply and alter are Java's
// only), wrap-around on overflow, increments of two clients at once, and destroy.
const assert = require('node:assert/strict');
const Long = require('long');
const { runScenario } = require('../lib/scenario');

const INCREMENTS_PER_CLIENT = 100;

/** The counter's answer as text: the client answers with Longs, which assert cannot compare to numbers. */
async function text(pending) {
    return (await pending).toString();
}

runScenario('atomic-long', async (ctx, step) => {
    const name = ctx.name('counter');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const counter = await step('getAtomicLong', () => clientA.getAtomicLong(name));

    await step('a new counter is 0', async () => {
        assert.equal(await text(counter.get()), '0');
    });
    await step('incrementAndGet, getAndIncrement and decrementAndGet', async () => {
        assert.equal(await text(counter.incrementAndGet()), '1');
        assert.equal(await text(counter.getAndIncrement()), '1');
        assert.equal(await text(counter.decrementAndGet()), '1');
    });
    await step('addAndGet and getAndAdd, with numbers and Longs', async () => {
        assert.equal(await text(counter.addAndGet(10)), '11');
        assert.equal(await text(counter.getAndAdd(-1)), '11');
        assert.equal(await text(counter.addAndGet(Long.fromString('9007199254740993'))), '9007199254741003');
        assert.equal(await text(counter.getAndAdd(Long.fromString('-9007199254740993'))), '9007199254741003');
        assert.equal(await text(counter.get()), '10');
    });
    await step('set returns nothing; getAndSet returns the previous value', async () => {
        assert.equal(await counter.set(42), undefined);
        assert.equal(await text(counter.getAndSet(7)), '42');
        assert.equal(await text(counter.get()), '7');
    });
    await step('compareAndSet sets only on a match', async () => {
        assert.equal(await counter.compareAndSet(6, 0), false);
        assert.equal(await counter.compareAndSet(7, 8), true);
        assert.equal(await text(counter.get()), '8');
    });
    await step('another client sees the same counter', async () => {
        const seen = await clientB.getAtomicLong(name);
        assert.equal(await text(seen.get()), '8');
    });
    await step('the counter wraps around on overflow, as a Java long does', async () => {
        await counter.set(Long.MAX_VALUE);
        assert.equal(await text(counter.incrementAndGet()), Long.MIN_VALUE.toString());
        assert.equal(await text(counter.decrementAndGet()), Long.MAX_VALUE.toString());
    });
    await step('increments of two clients at once all count, and no two get the same value', async () => {
        const counted = await ctx.newClient().then((client) => client.getAtomicLong(ctx.name('counted')));
        const other = await clientB.getAtomicLong(ctx.name('counted'));
        const pending = [];
        for (let i = 0; i < INCREMENTS_PER_CLIENT; i++) {
            pending.push(text(counted.incrementAndGet()), text(other.incrementAndGet()));
        }
        const values = await Promise.all(pending);
        assert.equal(new Set(values).size, 2 * INCREMENTS_PER_CLIENT, 'distinct values returned');
        assert.equal(await text(counted.get()), String(2 * INCREMENTS_PER_CLIENT));
    });
    await step('a destroyed counter starts over at 0', async () => {
        await counter.destroy();
        const again = await clientB.getAtomicLong(name);
        assert.equal(await text(again.get()), '0');
    });
});
