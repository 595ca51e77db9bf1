'use strict';
// IMap key locks held by one client: reentrancy, leases, force-unlock and the 3.12 errors.
// The Node.js client sends thread id 0 for every lock call, so all calls of one client share one owner.
const assert = require('node:assert/strict');
const { runScenario, eventually } = require('../lib/scenario');

const NOT_OWNER = /java\.lang\.IllegalMonitorStateException/;
// A 3.12 member rounds lease expiry up to whole seconds on its scheduler, so leave room.
const LEASE_EXPIRY_WAIT_MS = 10000;

runScenario('map-locks', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const map = await step('getMap', () => client.getMap(ctx.name('locks')));

    await step('a key starts unlocked', async () => {
        assert.equal(await map.isLocked('k'), false, 'isLocked of a never locked key');
    });
    await step('lock locks the key', async () => {
        assert.equal(await map.lock('k'), undefined);
        assert.equal(await map.isLocked('k'), true, 'isLocked after lock');
    });
    await step('the owner may still write and read the locked key', async () => {
        assert.equal(await map.put('k', 'v'), null);
        assert.equal(await map.get('k'), 'v');
    });
    await step('the lock is reentrant: tryLock by the owner succeeds and needs its own unlock', async () => {
        assert.equal(await map.tryLock('k'), true, 'tryLock by the owner');
        assert.equal(await map.unlock('k'), undefined);
        assert.equal(await map.isLocked('k'), true, 'isLocked after lock, tryLock, unlock');
        assert.equal(await map.unlock('k'), undefined);
        assert.equal(await map.isLocked('k'), false, 'isLocked after lock, tryLock, unlock, unlock');
    });
    await step('unlocking a key that is not locked fails with IllegalMonitorStateException', async () => {
        await assert.rejects(map.unlock('k'), NOT_OWNER);
        await assert.rejects(map.unlock('never-locked'), NOT_OWNER);
    });
    await step('tryLock on a free key succeeds', async () => {
        assert.equal(await map.tryLock('t', 500), true, 'tryLock of a free key');
        assert.equal(await map.isLocked('t'), true, 'isLocked after tryLock');
        await map.unlock('t');
    });
    await step('forceUnlock releases every hold at once', async () => {
        await map.lock('f');
        await map.lock('f');
        assert.equal(await map.forceUnlock('f'), undefined);
        assert.equal(await map.isLocked('f'), false, 'isLocked after lock, lock, forceUnlock');
        assert.equal(await map.forceUnlock('f'), undefined, 'forceUnlock of a free key is a no-op');
    });
    await step('a lock with a lease is released when the lease ends', async () => {
        await map.lock('lease', 1000);
        assert.equal(await map.isLocked('lease'), true, 'isLocked right after lock with a lease');
        await eventually('lease of 1000 ms ended', async () => !(await map.isLocked('lease')), LEASE_EXPIRY_WAIT_MS);
    }, LEASE_EXPIRY_WAIT_MS + 5000);
    await step('a tryLock with a lease is released when the lease ends', async () => {
        assert.equal(await map.tryLock('trylease', 0, 1000), true, 'tryLock with a lease');
        assert.equal(await map.isLocked('trylease'), true, 'isLocked right after tryLock with a lease');
        await eventually('lease of 1000 ms ended', async () => !(await map.isLocked('trylease')), LEASE_EXPIRY_WAIT_MS);
    }, LEASE_EXPIRY_WAIT_MS + 5000);
    await step('locks of one map do not lock the same key in another map', async () => {
        const other = await client.getMap(ctx.name('locks-other'));
        await map.lock('shared');
        assert.equal(await other.isLocked('shared'), false, 'isLocked of the same key in another map');
        await map.unlock('shared');
    });
});
