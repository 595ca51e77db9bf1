'use strict';
// The Node.js side of a reliable topic shared with Java clients (the official one and Alder's), driven by
// io.alder.compat.nodejs.ReliableTopicNodeInteropIT, which starts this script and talks to it through the
// topic alone:
//
//   node peers/reliable-topic-peer.js --address HOST:PORT --server reference|alder --routing smart|unisocket
//        --topic NAME --messages N --publishers node,java-official,java-alder
//
// The peer listens on the topic, then publishes "node:0" .. "node:<N-1>", and waits until it has heard
// N messages from every publisher named, each publisher's in the order it published them. The Java side
// starts publishing once it hears "node:0", which the peer publishes only after its listener is in place.
// --topic, --messages and --publishers are this peer's own; the other options are the scenario runner's.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');

/** Takes this peer's options out of the command line, leaving the scenario runner's. */
function takeOption(name) {
    const index = process.argv.indexOf(name);
    if (index < 0 || index + 1 >= process.argv.length) {
        console.error('usage error: ' + name + ' is required');
        process.exit(3);
    }
    const value = process.argv[index + 1];
    process.argv.splice(index, 2);
    return value;
}

const topicName = takeOption('--topic');
const perPublisher = Number(takeOption('--messages'));
const publishers = takeOption('--publishers').split(',');

/** Each publisher's messages, in arrival order, and a way to wait for all of them. */
class Heard {
    constructor() {
        this.byPublisher = new Map(publishers.map((publisher) => [publisher, []]));
        this.total = 0;
        this.onComplete = null;
        this.listener = (message) => {
            const [publisher, n] = String(message.messageObject).split(':');
            assert.ok(this.byPublisher.has(publisher), 'a message from an unknown publisher: ' + message.messageObject);
            this.byPublisher.get(publisher).push(Number(n));
            this.total++;
            if (this.total === publishers.length * perPublisher && this.onComplete) {
                this.onComplete();
            }
        };
    }

    complete() {
        return new Promise((resolve) => {
            this.onComplete = resolve;
            if (this.total === publishers.length * perPublisher) {
                resolve();
            }
        });
    }
}

runScenario('reliable-topic-peer', async (ctx, step) => {
    const client = await step('connect', () => ctx.newClient());
    const topic = await step('get the reliable topic ' + topicName, () => client.getReliableTopic(topicName));
    const heard = new Heard();
    await step('listen', () => topic.addMessageListener(heard.listener));
    await step('publish ' + perPublisher + ' messages', async () => {
        for (let n = 0; n < perPublisher; n++) {
            await topic.publish('node:' + n);
        }
    });
    await step('hear every publisher\'s messages', () => heard.complete(), 60000);
    await step('each publisher\'s messages once and in order', () => {
        const expected = Array.from({ length: perPublisher }, (unused, n) => n);
        for (const publisher of publishers) {
            assert.deepEqual(heard.byPublisher.get(publisher), expected, 'the messages of ' + publisher);
        }
    });
});
