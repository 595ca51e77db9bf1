'use strict';
/*
 * Runs one compatibility scenario: a list of named steps driven through the official Node.js client.
 *
 * Usage: node scenarios/<name>.js --address HOST:PORT --server reference|alder
 *            [--routing smart|unisocket] [--cleanup-delay-ms N] [--expect-unsupported]
 * or the environment variables ALDER_MEMBER_ADDRESS, ALDER_SERVER, ALDER_ROUTING,
 * ALDER_CLEANUP_DELAY_MS and ALDER_EXPECT_UNSUPPORTED=true.
 *
 * --server names the implementation under test, for the few places where Alder differs from 3.12 on
 * purpose. --cleanup-delay-ms is how long the member keeps a departed client's locks (the suites
 * configure 3000 ms on both servers). --expect-unsupported makes a scenario that covers a feature the
 * server does not have yet check for a clean refusal instead.
 *
 * Every step has its own deadline, so a server that never answers shows up as a named, timed-out step
 * instead of a silent hang. Exit codes: 0 all steps passed, 1 a step failed, 2 a step got no answer in
 * time, 3 bad usage.
 */
const { Client, Config } = require('hazelcast-client');

const GROUP_NAME = 'dev';
const GROUP_PASSWORD = 'dev-pass';
const DEFAULT_STEP_TIMEOUT_MS = 15000;
const EXIT_FAILED = 1;
const EXIT_TIMED_OUT = 2;
const EXIT_USAGE = 3;

/** Raised when a step gets no answer before its deadline: the server hangs rather than fails. */
class DeadlineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeadlineError';
    }
}

const SERVERS = ['reference', 'alder'];
const ROUTINGS = ['smart', 'unisocket'];

function parseOptions(argv, env) {
    const options = {
        address: env.ALDER_MEMBER_ADDRESS,
        server: env.ALDER_SERVER,
        routing: env.ALDER_ROUTING || 'smart',
        cleanupDelayMs: Number(env.ALDER_CLEANUP_DELAY_MS || 3000),
        expectUnsupported: env.ALDER_EXPECT_UNSUPPORTED === 'true',
    };
    const valued = { '--address': 'address', '--server': 'server', '--routing': 'routing', '--cleanup-delay-ms': 'cleanupDelayMs' };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (valued[arg] && i + 1 < argv.length) {
            options[valued[arg]] = argv[++i];
        } else if (arg === '--expect-unsupported') {
            options.expectUnsupported = true;
        } else {
            throw new Error('unknown argument or missing value: ' + arg);
        }
    }
    options.cleanupDelayMs = Number(options.cleanupDelayMs);
    if (!options.address || !/^[^:]+:\d+$/.test(options.address)) {
        throw new Error('member address: ' + options.address + ' (expected --address HOST:PORT)');
    }
    if (!SERVERS.includes(options.server)) {
        throw new Error('server: ' + options.server + ' (expected --server ' + SERVERS.join('|') + ')');
    }
    if (!ROUTINGS.includes(options.routing)) {
        throw new Error('routing: ' + options.routing + ' (expected --routing ' + ROUTINGS.join('|') + ')');
    }
    if (!Number.isInteger(options.cleanupDelayMs) || options.cleanupDelayMs < 0) {
        throw new Error('cleanup delay: ' + options.cleanupDelayMs + ' (expected a whole number of milliseconds)');
    }
    return options;
}

/** Settles with the promise, or rejects with a DeadlineError after timeoutMs. */
function within(timeoutMs, promise, what) {
    let timer;
    const deadline = new Promise((resolve, reject) => {
        timer = setTimeout(() => reject(new DeadlineError(what + ': no answer within ' + timeoutMs + ' ms')), timeoutMs);
    });
    return Promise.race([Promise.resolve(promise), deadline]).finally(() => clearTimeout(timer));
}

/**
 * Polls check() until it returns a truthy value (which is returned). Missing the deadline is a failed
 * expectation (a plain Error), not a server that stopped answering.
 */
async function eventually(what, check, timeoutMs = 10000, pollMs = 100) {
    const end = Date.now() + timeoutMs;
    let last;
    for (;;) {
        last = await check();
        if (last) {
            return last;
        }
        if (Date.now() > end) {
            throw new Error(what + ': still not true after ' + timeoutMs + ' ms (last: ' + last + ')');
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
}

/** Wraps a promise so a step can check whether it has settled yet, e.g. a call that waits on the member. */
function tracked(promise) {
    const state = { settled: false };
    state.promise = promise.finally(() => {
        state.settled = true;
    });
    return state;
}

/** The state one scenario run shares with its steps: options, clients, unique names. */
class ScenarioContext {
    constructor(title, options) {
        this.title = title;
        this.options = options;
        this.clients = [];
        this.runId = process.pid.toString(36) + '-' + Date.now().toString(36);
    }

    /** A structure name no other run on the same server uses. */
    name(prefix) {
        return prefix + '-' + this.title + '-' + this.options.routing + '-' + this.runId;
    }

    /** The client configuration every scenario starts from; adjust(cfg) may change it. */
    clientConfig(adjust) {
        const cfg = new Config.ClientConfig();
        cfg.groupConfig.name = GROUP_NAME;
        cfg.groupConfig.password = GROUP_PASSWORD;
        cfg.networkConfig.addresses.push(this.options.address);
        cfg.networkConfig.smartRouting = this.options.routing === 'smart';
        // Fail fast: one attempt, so a refused connection surfaces in well under a second.
        cfg.networkConfig.connectionAttemptLimit = 1;
        cfg.networkConfig.connectionAttemptPeriod = 200;
        cfg.networkConfig.connectionTimeout = 5000;
        cfg.properties['hazelcast.client.invocation.timeout.millis'] = 20000;
        cfg.properties['hazelcast.logging.level'] = 1; // WARN: keep the client's own warnings in the output
        if (adjust) {
            adjust(cfg);
        }
        return cfg;
    }

    /** Starts a client that the scenario shuts down at the end, whatever happens. */
    async newClient(adjust) {
        const client = await Client.newHazelcastClient(this.clientConfig(adjust));
        this.clients.push(client);
        return client;
    }

    /** Starts a client that is not tracked (for clients expected not to start). */
    startUntracked(adjust) {
        return Client.newHazelcastClient(this.clientConfig(adjust));
    }

    shutdownAll() {
        for (const client of this.clients) {
            if (client.getLifecycleService().isRunning()) {
                client.shutdown();
            }
        }
    }
}

/** An error with its stack (minus promise-library and Node internals) and its causes. */
function describeError(e) {
    if (!(e instanceof Error)) {
        return String(e);
    }
    const stack = (e.stack || e.name + ': ' + e.message).split('\n')
        .filter((line) => !line.includes('node_modules/bluebird/') && !line.includes('(node:internal/'))
        .join('\n');
    const cause = e.cause ? '\n  caused by: ' + describeError(e.cause) : '';
    return stack + cause;
}

/**
 * Runs body(ctx, step) and exits the process. step(name, fn, timeoutMs) runs one step; the first failing
 * step ends the scenario, since later steps build on earlier ones.
 */
function runScenario(title, body) {
    let options;
    try {
        options = parseOptions(process.argv.slice(2), process.env);
    } catch (e) {
        console.error('usage error: ' + e.message);
        process.exit(EXIT_USAGE);
    }
    const ctx = new ScenarioContext(title, options);
    const unhandled = [];
    process.on('unhandledRejection', (reason) => unhandled.push(reason));

    let passed = 0;
    const step = async (name, fn, timeoutMs = DEFAULT_STEP_TIMEOUT_MS) => {
        const started = Date.now();
        try {
            const result = await within(timeoutMs, fn(), 'step "' + name + '"');
            passed++;
            console.log('  ok    ' + passed + ' ' + name + ' (' + (Date.now() - started) + ' ms)');
            return result;
        } catch (e) {
            console.log('  FAIL  ' + (passed + 1) + ' ' + name + ' (' + (Date.now() - started) + ' ms)');
            const error = e instanceof Error ? e : new Error('rejected with ' + String(e));
            error.failedStep = name;
            throw error;
        }
    };

    const mode = options.expectUnsupported ? ', expecting "unsupported"' : '';
    console.log('scenario ' + title + ' against the ' + options.server + ' server at ' + options.address
        + ' (' + options.routing + ' routing' + mode + ')');
    Promise.resolve()
        .then(() => body(ctx, step))
        .then(() => {
            if (unhandled.length > 0) {
                throw new Error('unhandled promise rejections inside the client: ' + unhandled.map(describeError).join('\n'));
            }
        })
        .then(() => {
            ctx.shutdownAll();
            console.log('scenario ' + title + ': all ' + passed + ' steps passed');
            process.exit(0);
        }, (e) => {
            ctx.shutdownAll();
            console.log('    ' + describeError(e).split('\n').join('\n    '));
            const where = e.failedStep ? ' at step "' + e.failedStep + '"' : '';
            const timedOut = e instanceof DeadlineError;
            console.log('scenario ' + title + ': ' + (timedOut ? 'TIMED OUT' : 'FAILED') + where + ' after ' + passed + ' passed steps');
            process.exit(timedOut ? EXIT_TIMED_OUT : EXIT_FAILED);
        });
}

module.exports = { runScenario, eventually, tracked };
