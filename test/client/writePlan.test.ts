// The scaffolder never overwrites unasked: the pure decision of what to write where, for every choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planWrites, type ConflictChoice, type GeneratedName, type WritePlan } from '../../client/src/scaffold/writePlan';

const all: GeneratedName[] = ['Dockerfile', '.dockerignore', 'compose.yaml'];
const w = (generated: GeneratedName, fileName: string, replaces = false) => ({ generated, fileName, replaces });

const cases: ReadonlyArray<{ name: string; existing: string[]; generated?: GeneratedName[]; choice?: ConflictChoice; plan: WritePlan }> = [
  {
    name: 'empty folder: write everything, no question',
    existing: ['go.mod'],
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile'), w('.dockerignore', '.dockerignore'), w('compose.yaml', 'compose.yaml')], dockerfileName: 'Dockerfile' },
  },
  {
    name: 'existing files and no choice yet: ask, naming each conflict',
    existing: ['Dockerfile', 'docker-compose.yml'],
    plan: { kind: 'ask', conflicts: ['Dockerfile', 'docker-compose.yml'] },
  },
  {
    name: 'the choice is ignored when nothing conflicts',
    existing: [],
    generated: ['Dockerfile', '.dockerignore'],
    choice: 'cancel',
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile'), w('.dockerignore', '.dockerignore')], dockerfileName: 'Dockerfile' },
  },
  { name: 'cancel writes nothing', existing: ['Dockerfile'], choice: 'cancel', plan: { kind: 'cancel' } },
  {
    name: 'overwrite replaces the existing files, the compose file under its own name',
    existing: ['Dockerfile', '.dockerignore', 'compose.yml'],
    choice: 'overwrite',
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile', true), w('.dockerignore', '.dockerignore', true), w('compose.yaml', 'compose.yml', true)], dockerfileName: 'Dockerfile' },
  },
  {
    name: 'beside: Dockerfile.new with its own Dockerfile.new.dockerignore, compose.new.yaml',
    existing: ['Dockerfile', '.dockerignore', 'compose.yaml'],
    choice: 'beside',
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile.new'), w('.dockerignore', 'Dockerfile.new.dockerignore'), w('compose.yaml', 'compose.new.yaml')], dockerfileName: 'Dockerfile.new' },
  },
  {
    name: 'beside: only the colliding .dockerignore moves, named for the Dockerfile docker pairs it with',
    existing: ['.dockerignore'],
    generated: ['Dockerfile', '.dockerignore'],
    choice: 'beside',
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile'), w('.dockerignore', 'Dockerfile.dockerignore')], dockerfileName: 'Dockerfile' },
  },
  {
    name: 'beside: names already taken get a number',
    existing: ['Dockerfile', 'Dockerfile.new', 'Dockerfile.new-2', '.dockerignore', 'compose.yaml', 'compose.new.yaml'],
    choice: 'beside',
    plan: { kind: 'write', writes: [w('Dockerfile', 'Dockerfile.new-3'), w('.dockerignore', 'Dockerfile.new-3.dockerignore'), w('compose.yaml', 'compose.new-2.yaml')], dockerfileName: 'Dockerfile.new-3' },
  },
];

for (const c of cases) {
  test(`write plan: ${c.name}`, () => {
    const taken = new Set(c.existing);
    assert.deepEqual(planWrites(c.generated ?? all, (n) => taken.has(n), c.choice), c.plan);
  });
}

test('write plan: no choice ever targets an existing file without marking it as a replacement', () => {
  const existingSets = [[], ['Dockerfile'], ['.dockerignore'], ['Dockerfile', '.dockerignore', 'compose.yaml', 'Dockerfile.new'], ['docker-compose.yaml', 'Dockerfile.dockerignore', '.dockerignore']];
  for (const existing of existingSets) {
    const taken = new Set(existing);
    for (const choice of [undefined, 'overwrite', 'beside', 'cancel'] as const) {
      const plan = planWrites(all, (n) => taken.has(n), choice);
      if (plan.kind !== 'write') continue;
      for (const write of plan.writes) {
        assert.equal(write.replaces, taken.has(write.fileName), `${existing.join(',')} / ${choice}: ${write.fileName}`);
        if (choice !== 'overwrite') assert.equal(write.replaces, false);
      }
      assert.equal(new Set(plan.writes.map((x) => x.fileName)).size, plan.writes.length, 'distinct targets');
    }
  }
});
