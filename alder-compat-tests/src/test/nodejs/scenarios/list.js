'use strict';
// IList through the Node.js client: index operations, the reference member's errors for indexes out of
// range, ranges, bulk operations, and item listeners across two clients, including 3.12's events of set
// and of removeAt.
const assert = require('node:assert/strict');
const { runScenario } = require('../lib/scenario');
const { EventRecorder, itemEvent } = require('../lib/events');

runScenario('list', async (ctx, step) => {
    const name = ctx.name('list');
    const [client, other] = await step('connect two clients', () => Promise.all([ctx.newClient(), ctx.newClient()]));
    const [list, others] = await step('both get the same list', () =>
        Promise.all([client.getList(name), other.getList(name)]));

    await step('items keep their order and repeat; index operations read, replace, insert and remove', async () => {
        assert.equal(await list.add('a'), true);
        assert.equal(await list.add('b'), true);
        assert.equal(await list.addAt(1, 'x'), undefined);
        await list.addAt(-1, 'end');
        assert.deepEqual(await others.toArray(), ['a', 'x', 'b', 'end']);
        assert.equal(await list.get(1), 'x');
        assert.equal(await list.set(1, 'a'), 'x');
        assert.equal(await list.indexOf('a'), 0);
        assert.equal(await list.lastIndexOf('a'), 1);
        assert.equal(await list.indexOf('z'), -1);
        assert.equal(await list.removeAt(3), 'end');
        assert.equal(await list.remove('a'), true);
        assert.deepEqual(await list.toArray(), ['a', 'b']);
    });
    await step('indexes out of range are refused with the member\'s errors', async () => {
        await assert.rejects(list.get(2), { name: 'RangeError', message: 'Index 2 out of bounds for length 2' });
        await assert.rejects(list.set(-1, 'x'), { name: 'RangeError', message: 'Index -1 out of bounds for length 2' });
        await assert.rejects(list.addAt(5, 'x'), { name: 'RangeError', message: 'Index: 5, Size: 2' });
        await assert.rejects(list.subList(0, 3), { name: 'RangeError', message: 'toIndex = 3' });
        await assert.rejects(list.subList(2, 1), { name: 'TypeError', message: 'fromIndex(2) > toIndex(1)' });
        assert.deepEqual(await list.toArray(), ['a', 'b']);
    });
    await step('subList is a range of the list; bulk operations answer whether it changed', async () => {
        assert.equal(await list.addAllAt(1, ['c', 'a']), true);
        assert.deepEqual((await list.subList(1, 3)).toArray(), ['c', 'a']);
        assert.equal(await list.addAll([]), false);
        assert.equal(await list.containsAll(['c', 'b']), true);
        assert.equal(await list.contains('z'), false);
        assert.equal(await list.removeAll(['a']), true);
        assert.deepEqual(await list.toArray(), ['c', 'b']);
        assert.equal(await list.retainAll(['b']), true);
        await list.clear();
        assert.equal(await list.isEmpty(), true);
        assert.equal(await list.size(), 0);
    });
    const heard = new EventRecorder('list item listener');
    const registration = await step('an item listener hears another client\'s changes, as 3.12 reports them', async () => {
        const id = await list.addItemListener(heard.itemListener(), true);
        await others.add('a');
        await others.addAt(0, 'b');
        assert.equal(await others.set(0, 'B'), 'b');
        assert.equal(await others.removeAt(0), 'B');
        await assert.rejects(others.removeAt(5), { name: 'RangeError' });
        await others.clear();
        await heard.waitForCount(7);
        assert.deepEqual(heard.events, [itemEvent('added', 'a'), itemEvent('added', 'b'), itemEvent('removed', 'b'),
            itemEvent('added', 'B'), itemEvent('removed'), itemEvent('removed'), itemEvent('removed', 'a')]);
        assert.deepEqual([...heard.names], [name]);
        return id;
    });
    await step('a removed item listener hears nothing more', async () => {
        assert.equal(await list.removeItemListener(registration), true);
        await others.add('after');
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(heard.events.length, 7);
        assert.deepEqual(await list.toArray(), ['after']);
    });
});
