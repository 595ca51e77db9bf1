'use strict';
// Authentication. A 3.12 member checks the group name only and ignores the password; Alder checks
// both on purpose. Either way a refused client fails fast and the member keeps serving others.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

/** Starts a client with the adjusted settings that the server must refuse, and checks how it fails. */
async function assertRefused(ctx, adjust) {
    const started = ctx.startUntracked((cfg) => {
        adjust(cfg);
        // The client logs the refusal at ERROR level; the assertions below are what matters.
        cfg.properties['hazelcast.logging.level'] = -1;
    });
    const error = await started.then(
        (client) => {
            client.shutdown();
            assert.fail('the client connected');
        },
        (e) => e);
    assert.match(error.message, /Unable to connect to any of the following addresses/);
    assert.ok(error.cause, 'the refusal carries its cause');
    assert.match(error.cause.message, /Invalid Credentials/);
}

runScenario('wrong-group', async (ctx, step) => {
    await step('a wrong group name is refused', () => assertRefused(ctx, (cfg) => {
        cfg.groupConfig.name = 'not-dev';
    }));
    if (ctx.options.server === 'reference') {
        await step('the right group name with a wrong password is accepted by 3.12', async () => {
            const client = await ctx.newClient((cfg) => {
                cfg.groupConfig.password = 'not-the-password';
            });
            const map = await client.getMap(ctx.name('password'));
            assert.equal(await map.size(), 0);
        });
    } else {
        await step('the right group name with a wrong password is refused by Alder', () => assertRefused(ctx, (cfg) => {
            cfg.groupConfig.password = 'not-the-password';
        }));
    }
    await step('the member still serves new clients after the refusals', async () => {
        const client = await ctx.newClient();
        const map = await client.getMap(ctx.name('after-refusal'));
        await map.put('k', 'v');
        assert.equal(await map.get('k'), 'v');
    });
});
