'use strict';
// ILock objects (HazelcastClient.getLock) of two clients: ownership, re-entrance, lock count, leases,
// tryLock timeouts and forceUnlock. The Node.js client is one lock owner per client (thread id 0); it has
// no conditions.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

const NOT_OWNER = /java\.lang\.IllegalMonitorStateException/;

runScenario('lock', async (ctx, step) => {
    const lockName = ctx.name('ilock');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [lockA, lockB] = await step('both get the same lock', () => Promise.all([clientA.getLock(lockName), clientB.getLock(lockName)]));

    await step('a free lock: not locked, count 0, remaining lease -1', async () => {
        assert.equal(await lockA.isLocked(), false);
        assert.equal(await lockA.getLockCount(), 0);
        assert.equal(await lockA.getRemainingLeaseTime(), -1);
        await assert.rejects(lockA.unlock(), NOT_OWNER);
    });
    await step('A locks twice: B sees the count, cannot take or release it', async () => {
        await lockA.lock();
        await lockA.lock();
        assert.equal(await lockB.getLockCount(), 2);
        assert.equal(await lockA.isLockedByThisClient(), true);
        assert.equal(await lockB.isLockedByThisClient(), false);
        assert.equal(await lockB.tryLock(), false);
        await assert.rejects(lockB.unlock(), NOT_OWNER);
    });
    await step('B\'s tryLock with a timeout gives up; it succeeds once A unlocks as often as it locked', async () => {
        const started = Date.now();
        assert.equal(await lockB.tryLock(300), false);
        assert.ok(Date.now() - started >= 250, 'tryLock(300 ms) returned after ' + (Date.now() - started) + ' ms');
        await lockA.unlock();
        assert.equal(await lockB.isLocked(), true, 'still held once');
        const waiting = lockB.tryLock(10000);
        await lockA.unlock();
        assert.equal(await waiting, true);
        assert.equal(await lockA.isLockedByThisClient(), false);
        await lockB.unlock();
    });
    await step('a lease frees the lock by itself; the remaining lease time counts down', async () => {
        await lockA.lock(1000);
        const remaining = await lockB.getRemainingLeaseTime();
        assert.ok(remaining > 0 && remaining <= 1000, 'remaining lease ' + remaining);
        const started = Date.now();
        await lockB.lock();
        assert.ok(Date.now() - started >= 500, 'B got the leased lock after ' + (Date.now() - started) + ' ms');
        await lockB.unlock();
    });
    await step('forceUnlock by B frees A\'s lock however often it is held', async () => {
        await lockA.lock();
        await lockA.lock();
        await lockB.forceUnlock();
        assert.equal(await lockA.isLocked(), false);
        await assert.rejects(lockA.unlock(), NOT_OWNER);
    });
});
