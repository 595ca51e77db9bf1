'use strict';
// A ringbuffer of the default configuration (capacity 10000) through the Node.js client: sequences, reads of
// one and of many items, a readMany that waits for an item another client adds, and refused reads.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

runScenario('ringbuffer', async (ctx, step) => {
    const name = ctx.name('ring');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [ringA, ringB] = await step('both get the same ringbuffer', () => Promise.all([clientA.getRingbuffer(name), clientB.getRingbuffer(name)]));

    await step('an empty ringbuffer: capacity 10000, head 0, tail -1', async () => {
        assert.equal((await ringA.capacity()).toNumber(), 10000);
        assert.equal((await ringA.size()).toNumber(), 0);
        assert.equal((await ringA.headSequence()).toNumber(), 0);
        assert.equal((await ringA.tailSequence()).toNumber(), -1);
        assert.equal((await ringA.remainingCapacity()).toNumber(), 10000);
    });
    await step('add and addAll answer the sequence of the (last) item', async () => {
        assert.equal((await ringA.add('a')).toNumber(), 0);
        assert.equal((await ringA.add('b')).toNumber(), 1);
        assert.equal((await ringA.addAll(['c', 'd', 'e'])).toNumber(), 4);
        assert.equal((await ringB.size()).toNumber(), 5);
        assert.equal((await ringB.tailSequence()).toNumber(), 4);
    });
    await step('readOne and readMany read what was added, in order', async () => {
        assert.equal(await ringB.readOne(0), 'a');
        assert.equal(await ringB.readOne(4), 'e');
        const result = await ringB.readMany(1, 2, 10);
        assert.equal(result.size(), 4);
        assert.equal(result.getReadCount(), 4);
        assert.deepEqual([0, 1, 2, 3].map((i) => result.get(i)), ['b', 'c', 'd', 'e']);
        assert.equal(result.getSequence(0).toNumber(), 1);
        const capped = await ringB.readMany(0, 1, 2);
        assert.equal(capped.size(), 2, 'at most maxCount items');
    });
    await step('a readMany past the tail waits for the item another client adds', async () => {
        let settled = false;
        const waiting = ringB.readMany(5, 1, 10).finally(() => {
            settled = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(settled, false, 'readMany returned before any item came');
        assert.equal((await ringA.add('f')).toNumber(), 5);
        const result = await waiting;
        assert.equal(result.size(), 1);
        assert.equal(result.get(0), 'f');
    });
    await step('reading beyond the tail or a negative sequence is refused', async () => {
        // the client itself refuses some arguments, by throwing rather than by a rejected promise
        await assert.rejects(ringA.readOne(100), 'a sequence beyond the tail');
        await assert.rejects(async () => ringA.readOne(-1), 'a negative sequence');
        await assert.rejects(async () => ringA.readMany(0, 5, 2), 'minCount above maxCount');
    });
});
