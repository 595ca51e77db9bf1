'use strict';
// The reliable topic, the only topic the 3.12.3 Node.js client has. It lives on a ringbuffer named
// "_hz_rb_<topic>": publish is RingbufferAdd, a listener is RingbufferTailSequence followed by
// long-polling RingbufferReadMany.
//
// Every topic here uses the ERROR overload policy. On the wire it is the same RingbufferAdd as the
// default BLOCK policy, but with BLOCK the 3.12.3 client drops a failed add on the floor and publish()
// never settles, so a server error would show up as a step that times out rather than as the error.
const assert = require('node:assert/strict');
const { Config } = require('hazelcast-client');
// The package exports the policy's module rather than the enum itself.
const { TopicOverloadPolicy } = require('hazelcast-client').TopicOverloadPolicy;
const { runScenario } = require('../lib/scenario');

/** Records the messages a topic listener receives and waits for them. */
class MessageRecorder {
    constructor() {
        this.messages = [];
        this.waiters = [];
        this.listener = (message) => {
            this.messages.push(message);
            this.waiters = this.waiters.filter((waiter) => !waiter());
        };
    }

    objects() {
        return this.messages.map((message) => message.messageObject);
    }

    waitForObjects(count, timeoutMs = 10000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('expected ' + count + ' messages within ' + timeoutMs
                + ' ms, got ' + JSON.stringify(this.objects()))), timeoutMs);
            const waiter = () => {
                if (this.messages.length < count) {
                    return false;
                }
                clearTimeout(timer);
                resolve(this.objects());
                return true;
            };
            if (!waiter()) {
                this.waiters.push(waiter);
            }
        });
    }
}

function withErrorOverloadPolicy(cfg) {
    const topicConfig = new Config.ReliableTopicConfig();
    topicConfig.overloadPolicy = TopicOverloadPolicy.ERROR;
    cfg.reliableTopicConfigs.default = topicConfig;
}

async function exercise(ctx, step) {
    const topicName = ctx.name('topic');
    const [clientA, clientB] = await step('connect two clients',
        () => Promise.all([ctx.newClient(withErrorOverloadPolicy), ctx.newClient(withErrorOverloadPolicy)]));
    const [topicA, topicB] = await step('both get the reliable topic',
        () => Promise.all([clientA.getReliableTopic(topicName), clientB.getReliableTopic(topicName)]));
    const heardByA = new MessageRecorder();
    const heardByB = new MessageRecorder();

    const idA = await step('A listens and hears its own message', async () => {
        const id = topicA.addMessageListener(heardByA.listener);
        assert.equal(typeof id, 'string');
        // Same connection and partition: the listener's tail sequence is read before this add.
        const before = Date.now();
        assert.equal(await topicA.publish('from A 1'), null);
        assert.deepEqual(await heardByA.waitForObjects(1), ['from A 1']);
        const message = heardByA.messages[0];
        const publishedAt = message.publishingTime.toNumber();
        assert.ok(publishedAt >= before - 1000 && publishedAt <= Date.now() + 1000, 'publishingTime ' + publishedAt);
        assert.equal(message.publisher.host, clientA.getClusterService().getClientInfo().localAddress.host);
        return id;
    });
    await step('B listens; B\'s message reaches both listeners', async () => {
        topicB.addMessageListener(heardByB.listener);
        await topicB.publish('from B 1');
        assert.deepEqual(await heardByB.waitForObjects(1), ['from B 1']);
        assert.deepEqual(await heardByA.waitForObjects(2), ['from A 1', 'from B 1']);
    });
    await step('A\'s messages reach B in publish order, whatever their type', async () => {
        const published = ['from A 2', 'ünïcödé 😀', 42, { json: ['object', true] }];
        for (const message of published) {
            await topicA.publish(message);
        }
        assert.deepEqual(await heardByB.waitForObjects(1 + published.length), ['from B 1'].concat(published));
        assert.deepEqual(await heardByA.waitForObjects(2 + published.length), ['from A 1', 'from B 1'].concat(published));
    });
    await step('a removed listener hears nothing more', async () => {
        assert.equal(topicA.removeMessageListener(idA), true);
        assert.equal(topicA.removeMessageListener(idA), false);
        const heardBefore = heardByA.messages.length;
        await topicB.publish('after removal');
        assert.equal((await heardByB.waitForObjects(6)).pop(), 'after removal');
        assert.equal(heardByA.messages.length, heardBefore);
    });
}

runScenario('reliable-topic', exercise);
