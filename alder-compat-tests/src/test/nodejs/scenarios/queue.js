'use strict';
// IQueue through the Node.js client: offers and polls in order, 3.12's answers for an empty and an
// unbounded queue, bulk operations and drains, a take that waits on the member for another client's
// offer, and item listeners across two clients.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, itemEvent } = require('../lib/events');

const UNBOUNDED = 2147483647;

runScenario('queue', async (ctx, step) => {
    const name = ctx.name('queue');
    const [client, other] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [queue, others] = await step('both get the same queue', () =>
        Promise.all([client.getQueue(name), other.getQueue(name)]));

    await step('offer, add and put add at the tail; peek and poll read the head', async () => {
        assert.equal(await queue.offer('a'), true);
        assert.equal(await queue.add('b'), true);
        assert.equal(await queue.put('c'), undefined);
        assert.equal(await queue.size(), 3);
        assert.equal(await queue.peek(), 'a');
        assert.equal(await others.poll(), 'a');
        assert.deepEqual(await queue.toArray(), ['b', 'c']);
    });
    await step('an unbounded queue has Integer.MAX_VALUE less its size left', async () => {
        assert.equal(await queue.remainingCapacity(), UNBOUNDED - 2);
        assert.equal(await queue.offer('d', 1000), true);
    });
    await step('bulk operations answer whether the queue changed', async () => {
        assert.equal(await queue.addAll(['a', 'b']), true);
        assert.equal(await queue.contains('d'), true);
        assert.equal(await queue.containsAll(['a', 'd']), true);
        assert.equal(await queue.containsAll(['a', 'z']), false);
        assert.equal(await queue.remove('c'), true);
        assert.equal(await queue.remove('z'), false);
        assert.equal(await queue.removeAll(['b']), true);
        assert.equal(await queue.retainAll(['a', 'd']), false);
        assert.deepEqual(await queue.toArray(), ['d', 'a']);
    });
    await step('drainTo takes from the head, at most the given number', async () => {
        await queue.addAll(['e', 'f']);
        const drained = [];
        assert.equal(await queue.drainTo(drained, 1), 1);
        assert.equal(await queue.drainTo(drained), 3);
        assert.deepEqual(drained, ['d', 'a', 'e', 'f']);
        assert.equal(await queue.isEmpty(), true);
    });
    await step('poll of an empty queue: null at once, or after its timeout', async () => {
        assert.equal(await queue.poll(), null);
        assert.equal(await queue.peek(), null);
        const started = Date.now();
        assert.equal(await queue.poll(300), null);
        assert.ok(Date.now() - started >= 290, 'poll(300) returned after ' + (Date.now() - started) + ' ms');
    });
    await step('take waits on the member until another client offers', async () => {
        let taken;
        const take = queue.take().then((item) => {
            taken = item;
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(taken, undefined, 'take answered before any offer');
        await others.offer('late');
        await take;
        assert.equal(taken, 'late');
        assert.equal(await queue.size(), 0);
    });
    const heard = new EventRecorder('queue item listener');
    const registration = await step('an item listener hears another client\'s offers and polls', async () => {
        const id = await queue.addItemListener(heard.itemListener(), true);
        await others.offer('x');
        await others.addAll(['y', 'z']);
        assert.equal(await others.poll(), 'x');
        await others.clear();
        await heard.waitForCount(6);
        assert.deepEqual(heard.events, [itemEvent('added', 'x'), itemEvent('added', 'y'), itemEvent('added', 'z'),
            itemEvent('removed', 'x'), itemEvent('removed', 'y'), itemEvent('removed', 'z')]);
        assert.deepEqual([...heard.names], [name]);
        return id;
    });
    await step('a removed item listener hears nothing more', async () => {
        assert.equal(await queue.removeItemListener(registration), true);
        await others.offer('after');
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(heard.events.length, 6);
        assert.equal(await queue.poll(), 'after');
    });
});
