'use strict';
// A key lock contended by two clients. Each client is one lock owner (the Node.js client always sends
// thread id 0), so the clients exclude each other.
const assert = require('node:assert/strict');
const { runScenario, tracked } = require('../lib/scenario');

const NOT_OWNER = /java\.lang\.IllegalMonitorStateException/;

runScenario('two-clients-lock', async (ctx, step) => {
    const mapName = ctx.name('contended');
    const [clientA, clientB] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [mapA, mapB] = await step('both get the same map', () => Promise.all([clientA.getMap(mapName), clientB.getMap(mapName)]));

    await step('A locks; B sees the lock and cannot take it', async () => {
        await mapA.lock('k');
        assert.equal(await mapB.isLocked('k'), true, 'B\'s isLocked while A holds the lock');
        assert.equal(await mapB.tryLock('k'), false, 'B\'s tryLock while A holds the lock');
    });
    await step('B\'s tryLock with a timeout waits, then gives up', async () => {
        const started = Date.now();
        assert.equal(await mapB.tryLock('k', 500), false);
        const waited = Date.now() - started;
        assert.ok(waited >= 400, 'tryLock(500 ms) returned after ' + waited + ' ms');
    });
    await step('B cannot unlock A\'s lock', async () => {
        await assert.rejects(mapB.unlock('k'), NOT_OWNER);
        assert.equal(await mapA.isLocked('k'), true, 'isLocked after B\'s refused unlock');
    });
    await step('B\'s put on the locked key waits until A unlocks', async () => {
        const put = tracked(mapB.put('k', 'from B'));
        assert.equal(await mapB.isLocked('k'), true);
        assert.equal(put.settled, false, 'the put returned while A held the lock');
        assert.equal(await mapA.put('k', 'from A'), null, 'the owner writes freely');
        await mapA.unlock('k');
        assert.equal(await put.promise, 'from A');
        assert.equal(await mapA.get('k'), 'from B');
    });
    await step('B\'s lock waits until A unlocks, then B owns the lock', async () => {
        await mapA.lock('k');
        const lock = tracked(mapB.lock('k'));
        assert.equal(await mapB.isLocked('k'), true);
        assert.equal(lock.settled, false, 'B got the lock while A held it');
        await mapA.unlock('k');
        await lock.promise;
        assert.equal(await mapA.tryLock('k'), false, 'A\'s tryLock while B holds the lock');
        await assert.rejects(mapA.unlock('k'), NOT_OWNER);
    });
    await step('A\'s tryLock with a timeout succeeds once B unlocks in time', async () => {
        const tryLock = tracked(mapA.tryLock('k', 10000));
        assert.equal(await mapA.isLocked('k'), true);
        assert.equal(tryLock.settled, false, 'A\'s tryLock returned while B held the lock');
        await mapB.unlock('k');
        assert.equal(await tryLock.promise, true);
        assert.equal(await mapB.tryLock('k'), false, 'B\'s tryLock once A got the lock');
    });
    await step('forceUnlock by B releases A\'s lock', async () => {
        await mapB.forceUnlock('k');
        assert.equal(await mapA.isLocked('k'), false, 'isLocked after B\'s forceUnlock');
        assert.equal(await mapB.tryLock('k'), true, 'B\'s tryLock after its forceUnlock');
        await mapB.unlock('k');
    });
    await step('locks on different keys do not contend', async () => {
        await mapA.lock('k1');
        assert.equal(await mapB.tryLock('k2'), true, 'B\'s tryLock of k2 while A holds k1');
        assert.equal(await mapB.isLocked('k1'), true, 'isLocked of k1');
        await mapA.unlock('k1');
        await mapB.unlock('k2');
        assert.equal(await mapA.isLocked('k1'), false, 'isLocked of k1 after its unlock');
        assert.equal(await mapA.isLocked('k2'), false, 'isLocked of k2 after its unlock');
    });
    await step('a departed owner\'s lock is kept for the cleanup delay, then B\'s waiting lock gets it', async () => {
        await mapA.lock('left-behind');
        const ownerLeft = Date.now();
        clientA.shutdown();
        const lock = tracked(mapB.lock('left-behind'));
        assert.equal(await mapB.isLocked('left-behind'), true);
        await lock.promise;
        const waited = Date.now() - ownerLeft;
        // The member noticed the departure at most a little after the client closed its socket.
        assert.ok(waited >= ctx.options.cleanupDelayMs - 500,
            'released after ' + waited + ' ms, before the cleanup delay of ' + ctx.options.cleanupDelayMs + ' ms');
        assert.equal(await mapB.isLocked('left-behind'), true);
        await mapB.unlock('left-behind');
    }, 30000);
});
