'use strict';
// Connect, look at what the member told the client, shut down, and check the client is really closed.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

const PARTITION_COUNT = 271;

runScenario('connect-shutdown', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());

    await step('the member list holds exactly the member connected to', async () => {
        const members = client.getClusterService().getMembers();
        assert.equal(members.length, 1, 'members: ' + members);
        assert.equal(members[0].address.toString(), ctx.options.address);
        assert.equal(members[0].isLiteMember, false);
        assert.match(members[0].uuid, /^[0-9a-f-]{36}$/);
    });
    await step('the partition table has every partition', async () => {
        assert.equal(client.getPartitionService().getPartitionCount(), PARTITION_COUNT);
    });
    await step('the member assigned the client a uuid', async () => {
        assert.match(client.getLocalEndpoint().uuid, /^[0-9a-f-]{36}$/);
    });
    const map = await step('a request round-trips', async () => {
        const connectMap = await client.getMap(ctx.name('connect'));
        assert.equal(await connectMap.size(), 0);
        return connectMap;
    });
    await step('shutdown stops the client', async () => {
        const states = [];
        client.getLifecycleService().on('lifecycleEvent', (state) => states.push(state));
        assert.equal(client.shutdown(), undefined);
        assert.deepEqual(states, ['shuttingDown', 'shutdown']);
        assert.equal(client.getLifecycleService().isRunning(), false);
    });
    await step('requests after shutdown are refused by the client', async () => {
        await assert.rejects(map.size(), /Client is not active/);
    });
    await step('a new client connects after the first one left', async () => {
        const second = await ctx.newClient();
        const again = await second.getMap(ctx.name('connect'));
        await again.put('k', 'v');
        assert.equal(await again.get('k'), 'v');
    });
});
