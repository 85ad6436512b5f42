// Pure parts of the build-target picker: stage order, compose build targets, default tags, file kinds, task definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { composeBuild, defaultTag, isComposeFileName, isDockerfileName, pickableStages } from '../../client/src/buildTargets';
import { BuildRequestError } from '../../client/src/dockerArgs';
import { classifyStagesResponse, type StageInfo } from '../../client/src/stagesRequest';
import { definitionFromRequest, requestFromDefinition } from '../../client/src/taskDefinition';

const stage = (index: number, name: string | null, line: number, isFinal = false): StageInfo => ({ name, index, baseImage: `img${index}`, line, isFinal });

test('stages: the final image first, then named stages in file order; unnamed intermediate stages are left out', () => {
  const stages = [stage(0, 'deps', 2), stage(1, null, 8), stage(2, 'build', 12), stage(3, 'runtime', 20, true)];
  assert.deepEqual(
    pickableStages(stages).map((p) => [p.target, p.stage.index]),
    [['runtime', 3], ['deps', 0], ['build', 2]],
  );
  assert.deepEqual(pickableStages([stage(0, 'build', 0), stage(1, null, 5, true)]).map((p) => p.target), [null, 'build']);
  assert.deepEqual(pickableStages([]), []);
});

test('compose: build.target resolves context against the compose file and the Dockerfile against the context', () => {
  const p = path.posix;
  const svc = { name: 'api', line: 3, target: 'runtime', dockerfile: 'docker/Dockerfile.prod', context: './services/api' };
  assert.deepEqual(composeBuild('/w/compose.yaml', svc, p), { context: '/w/services/api', dockerfile: '/w/services/api/docker/Dockerfile.prod', target: 'runtime' });
  assert.deepEqual(composeBuild('/w/compose.yaml', { ...svc, context: null, dockerfile: null }, p), { context: '/w', dockerfile: '/w/Dockerfile', target: 'runtime' });
  assert.deepEqual(composeBuild('/w/compose.yaml', { ...svc, dockerfile: '/abs/Dockerfile' }, p), { context: '/w/services/api', dockerfile: '/abs/Dockerfile', target: 'runtime' });
  assert.equal(composeBuild('/w/compose.yaml', { ...svc, target: null }, p), null);
  assert.equal(composeBuild('/w/compose.yaml', { ...svc, context: 'https://github.com/acme/api.git#main' }, p), null);
  assert.equal(composeBuild('/w/compose.yaml', { ...svc, context: 'git@github.com:acme/api.git' }, p), null);
});

test('default tag: folder as repository, stage as tag, both made valid', () => {
  const p = path.posix;
  assert.equal(defaultTag('/w/My App/Dockerfile', 'Build_Stage', p), 'my-app:build_stage');
  assert.equal(defaultTag('/w/api/Dockerfile', null, p), 'api:latest');
  assert.equal(defaultTag('/__/Dockerfile', '..x', p), 'image:x');
});

test('file kinds', () => {
  assert.deepEqual(['Dockerfile', 'dockerfile.dev', 'api.Dockerfile', 'Containerfile', 'Dockerfile-old', 'README.md'].map(isDockerfileName), [true, true, true, true, false, false]);
  assert.deepEqual(['compose.yaml', 'docker-compose.override.yml', 'compose.prod.yaml', 'compose-dev.yml', 'my-compose.yaml', 'compose.json'].map(isComposeFileName), [true, true, true, true, false, false]);
});

test('stages response: Dockerfile and compose shapes told apart; junk is ignored', () => {
  assert.deepEqual(classifyStagesResponse({ stages: [stage(0, 'a', 0, true)], args: [] }), { kind: 'dockerfile', stages: [stage(0, 'a', 0, true)], args: [] });
  assert.deepEqual(classifyStagesResponse({ services: [] }), { kind: 'compose', services: [] });
  assert.deepEqual(classifyStagesResponse({ stages: [] }), { kind: 'dockerfile', stages: [], args: [] });
  assert.equal(classifyStagesResponse(null), undefined);
  assert.equal(classifyStagesResponse('x'), undefined);
  assert.equal(classifyStagesResponse({}), undefined);
});

test('task definition from tasks.json: paths resolved against the folder, ${workspaceFolder} expanded, context defaults to the Dockerfile folder', () => {
  const p = path.posix;
  assert.deepEqual(
    requestFromDefinition({ type: 'dockwise-build', dockerfile: 'services/api/Dockerfile', target: 'test', tag: 'api:test', buildArgs: { NODE_ENV: 'test', X: '$(id)' } }, '/w', p),
    { dockerfile: '/w/services/api/Dockerfile', context: '/w/services/api', target: 'test', tag: 'api:test', buildArgs: [['NODE_ENV', 'test'], ['X', '$(id)']] },
  );
  assert.deepEqual(
    requestFromDefinition({ type: 'dockwise-build', dockerfile: '${workspaceFolder}/Dockerfile', context: '${workspaceFolder}' }, '/w', p),
    { dockerfile: '/w/Dockerfile', context: '/w', target: null, tag: null, buildArgs: [] },
  );
});

test('task definition from tasks.json: wrong shapes are refused with a message', () => {
  const p = path.posix;
  for (const bad of [{}, { dockerfile: '' }, { dockerfile: 3 }, { dockerfile: 'D', target: ['x'] }, { dockerfile: 'D', buildArgs: ['A=1'] }, { dockerfile: 'D', buildArgs: { A: 1 } }]) {
    assert.throws(() => requestFromDefinition({ type: 'dockwise-build', ...bad }, '/w', p), BuildRequestError, JSON.stringify(bad));
  }
});

test('task definition made by the picker: relative inside the folder, absolute outside, round-trips', () => {
  const p = path.posix;
  const req = { dockerfile: '/w/api/Dockerfile', context: '/w', target: 'runtime', tag: 'api:dev', buildArgs: [['A', '1']] as Array<[string, string]> };
  const def = definitionFromRequest(req, '/w', p);
  assert.deepEqual(def, { type: 'dockwise-build', dockerfile: 'api/Dockerfile', context: '.', target: 'runtime', tag: 'api:dev', buildArgs: { A: '1' } });
  assert.deepEqual(requestFromDefinition({ ...def }, '/w', p), req);
  assert.deepEqual(definitionFromRequest({ ...req, dockerfile: '/elsewhere/Dockerfile', target: null, tag: null, buildArgs: [] }, '/w', p), {
    type: 'dockwise-build',
    dockerfile: '/elsewhere/Dockerfile',
    context: '.',
  });
});
