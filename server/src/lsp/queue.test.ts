// The validation queue under bursts of edits: only the newest version of a document is computed,
// versions are published in increasing order, and the last one published is the document's last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationQueue } from './queue';

/** A queue whose deferred callbacks run when the test says (one event-loop turn per `tick`). */
function harness() {
  const waiting: Array<() => void> = [];
  const current = new Map<string, number>();
  const calls: Array<[string, number]> = [];
  const computed: Array<[string, number]> = [];
  const published: Array<[string, number]> = [];
  // Like the server: a version that is no longer the document's is dropped before any work.
  const queue = new ValidationQueue(
    (uri, version) => {
      calls.push([uri, version]);
      if (current.get(uri) !== version) return;
      computed.push([uri, version]);
      published.push([uri, version]);
    },
    (callback) => waiting.push(callback),
  );
  const edit = (uri: string, version: number, when: 'now' | 'later' = 'now') => {
    current.set(uri, version);
    queue.schedule(uri, version, when);
  };
  const tick = () => waiting.splice(0).forEach((f) => f());
  const settle = () => {
    for (let i = 0; i < 100 && waiting.length; i++) tick();
  };
  return { queue, edit, tick, settle, calls, computed, published };
}

test('a burst of edits computes only the last version', () => {
  const h = harness();
  for (let v = 1; v <= 20; v++) h.edit('file:///Dockerfile', v);
  h.settle();
  assert.deepEqual(h.calls, [['file:///Dockerfile', 20]]);
  assert.deepEqual(h.computed, [['file:///Dockerfile', 20]]);
  assert.equal(h.queue.size, 0);
});

test('edits arriving between validations: increasing versions, the final one last, superseded ones skipped', () => {
  const h = harness();
  const uri = 'file:///compose.yaml';
  let v = 0;
  // Bursts of 1, 2, 3, ... edits, with one event-loop turn between bursts.
  for (let burst = 1; burst <= 6; burst++) {
    for (let k = 0; k < burst; k++) h.edit(uri, ++v);
    h.tick();
  }
  h.settle();
  const versions = h.published.map(([, n]) => n);
  assert.deepEqual(versions, [1, 3, 6, 10, 15, 21]);
  assert.equal(versions[versions.length - 1], v);
  // The queue never even asked for a superseded version.
  assert.deepEqual(h.calls, h.published);
});

test('the edited document goes first, documents that depend on it follow, each once', () => {
  const h = harness();
  h.edit('file:///a/Dockerfile', 1, 'later');
  h.edit('file:///a/compose.yaml', 7, 'now');
  h.edit('file:///a/Dockerfile', 2, 'later');
  h.tick();
  assert.deepEqual(h.computed, [['file:///a/compose.yaml', 7]]);
  h.settle();
  assert.deepEqual(h.computed, [['file:///a/compose.yaml', 7], ['file:///a/Dockerfile', 2]]);
});

test('a closed document is never validated', () => {
  const h = harness();
  h.edit('file:///Dockerfile', 1);
  h.queue.cancel('file:///Dockerfile');
  h.settle();
  assert.deepEqual(h.computed, []);
});
