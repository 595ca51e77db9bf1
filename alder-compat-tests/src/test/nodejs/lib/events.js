'use strict';
/*
 * Records the events a map listener, or an item listener of a queue, set or list, receives and lets a step
 * wait for them without fixed sleeps. Events of one key arrive in order (one partition); events of
 * different keys may interleave. Item events of one structure arrive in the order of its changes.
 */

const ENTRY_EVENT_TYPES = ['added', 'removed', 'updated', 'merged', 'evicted', 'expired', 'loaded'];
const MAP_EVENT_TYPES = ['mapEvicted', 'mapCleared'];
const DEFAULT_WAIT_MS = 10000;

class EventRecorder {
    constructor(label) {
        this.label = label;
        this.events = [];
        this.waiters = [];
    }

    /**
     * A listener object for IMap.addEntryListener that records the given event types. The client
     * registers only for the types the object has handlers for, so the choice matters on the wire.
     */
    listener(types = ENTRY_EVENT_TYPES.concat(MAP_EVENT_TYPES)) {
        const listener = {};
        for (const type of types) {
            listener[type] = (event) => this.record(type, event);
        }
        return listener;
    }

    /**
     * A listener object for addItemListener of a queue, set or list, that records each event as
     * itemEvent(type, item) and collects the structure names the events name in this.names.
     */
    itemListener() {
        this.names = new Set();
        const record = (type) => (event) => {
            this.names.add(event.name);
            this.push(itemEvent(type, event.item));
        };
        return { itemAdded: record('added'), itemRemoved: record('removed') };
    }

    record(type, event) {
        if (MAP_EVENT_TYPES.includes(type)) {
            this.push({ type, name: event.name, numberOfAffectedEntries: event.numberOfAffectedEntries });
        } else {
            this.push({
                type, key: event.key, value: event.value, oldValue: event.oldValue, mergingValue: event.mergingValue,
            });
        }
    }

    push(recorded) {
        this.events.push(recorded);
        this.waiters = this.waiters.filter((waiter) => !waiter.settleIfDone());
    }

    ofKey(key) {
        return this.events.filter((event) => event.key === key);
    }

    /** Resolves with the events once predicate(events) holds; fails after timeoutMs listing what came. */
    waitUntil(what, predicate, timeoutMs = DEFAULT_WAIT_MS) {
        return new Promise((resolve, reject) => {
            const waiter = {
                settleIfDone: () => {
                    if (!predicate(this.events)) {
                        return false;
                    }
                    clearTimeout(waiter.timer);
                    resolve(this.events);
                    return true;
                },
            };
            if (waiter.settleIfDone()) {
                return;
            }
            waiter.timer = setTimeout(() => {
                this.waiters = this.waiters.filter((other) => other !== waiter);
                reject(new Error(this.label + ': ' + what + ' did not happen within ' + timeoutMs + ' ms; events so far: '
                    + JSON.stringify(this.events)));
            }, timeoutMs);
            this.waiters.push(waiter);
        });
    }

    /** Waits until at least count events have arrived. */
    waitForCount(count, timeoutMs = DEFAULT_WAIT_MS) {
        return this.waitUntil(count + ' events', (events) => events.length >= count, timeoutMs);
    }
}

/**
 * The shape of an entry event as recorded. A value the member leaves out of the event (its "is null"
 * flag set) reaches the listener as undefined.
 */
function entryEvent(type, key, value = undefined, oldValue = undefined) {
    return { type, key, value, oldValue, mergingValue: undefined };
}

/** The shape of an item event as recorded; a member that sends no item leaves it null. */
function itemEvent(type, item = null) {
    return { type, item };
}

module.exports = { EventRecorder, entryEvent, itemEvent, ENTRY_EVENT_TYPES, MAP_EVENT_TYPES };
