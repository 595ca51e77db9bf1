'use strict';
// ISemaphore: every operation the Node.js client has (init, acquire, tryAcquire, release, availablePermits,
// drainPermits, reducePermits), 3.12's quirks, an acquire that waits for another client's release, and the
// permits of a departed client coming back after the member's cleanup delay.
const assert = require('node:assert/strict');
const { runScenario, tracked } = require('../lib/scenario');

runScenario('semaphore', async (ctx, step) => {
    const name = ctx.name('permits');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [semaphoreA, semaphoreB] = await step('both get the same semaphore',
        () => Promise.all([clientA.getSemaphore(name), clientB.getSemaphore(name)]));

    await step('a semaphore without configuration starts without permits', async () => {
        assert.equal(await semaphoreA.availablePermits(), 0);
    });
    await step('init sets the permits once', async () => {
        assert.equal(await semaphoreA.init(3), true);
        assert.equal(await semaphoreA.init(5), false);
        assert.equal(await semaphoreB.availablePermits(), 3);
    });
    await step('acquire and tryAcquire take permits; tryAcquire gives up at once without enough', async () => {
        assert.equal(await semaphoreA.acquire(2), undefined);
        assert.equal(await semaphoreA.tryAcquire(2, 0), false);
        assert.equal(await semaphoreA.tryAcquire(1, 0), true);
        assert.equal(await semaphoreB.availablePermits(), 0);
    });
    await step('release gives permits back, also more than were taken', async () => {
        assert.equal(await semaphoreA.release(), undefined);
        assert.equal(await semaphoreB.release(3), undefined);
        assert.equal(await semaphoreA.availablePermits(), 4);
    });
    await step('drainPermits takes every available permit and returns how many', async () => {
        assert.equal(await semaphoreA.drainPermits(), 4);
        assert.equal(await semaphoreA.availablePermits(), 0);
        assert.equal(await semaphoreA.drainPermits(), 0);
    });
    await step('3.12\'s quirks: reducePermits goes below 0, drainPermits returns and resets a negative count', async () => {
        await semaphoreA.release(2);
        assert.equal(await semaphoreA.reducePermits(5), undefined);
        assert.equal(await semaphoreA.availablePermits(), -3);
        assert.equal(await semaphoreA.drainPermits(), -3);
        assert.equal(await semaphoreA.availablePermits(), 0);
    });
    await step('tryAcquire with a timeout waits, then gives up', async () => {
        const started = Date.now();
        assert.equal(await semaphoreA.tryAcquire(1, 500), false);
        const waited = Date.now() - started;
        assert.ok(waited >= 400, 'tryAcquire(1, 500 ms) returned after ' + waited + ' ms');
    });
    await step('B\'s acquire waits on the member until A has released enough permits', async () => {
        const acquire = tracked(semaphoreB.acquire(2));
        await semaphoreA.release(1);
        assert.equal(await semaphoreA.availablePermits(), 1);
        assert.equal(acquire.settled, false, 'B\'s acquire(2) returned with 1 permit available');
        await semaphoreA.release(1);
        await acquire.promise;
        assert.equal(await semaphoreA.availablePermits(), 0);
    });
    await step('a departed client\'s permits come back after the cleanup delay, and a waiting acquire gets them', async () => {
        const leaving = await ctx.newClient();
        await semaphoreB.release(2);
        await (await leaving.getSemaphore(name)).acquire(2);
        const clientLeft = Date.now();
        leaving.shutdown();
        const acquire = tracked(semaphoreB.acquire(2));
        assert.equal(await semaphoreA.availablePermits(), 0);
        await acquire.promise;
        const waited = Date.now() - clientLeft;
        // The member noticed the departure at most a little after the client closed its socket.
        assert.ok(waited >= ctx.options.cleanupDelayMs - 500,
            'permits back after ' + waited + ' ms, before the cleanup delay of ' + ctx.options.cleanupDelayMs + ' ms');
        assert.equal(await semaphoreA.availablePermits(), 0);
        await semaphoreB.release(2);
    }, 30000);
});
