// Builds the compose schema validator at build time: the Compose Specification schema as the dclint
// package ships it, plus our overlay, compiled by ajv into standalone code, so nothing compiles a
// schema at run time and the bundle carries no ajv compiler. Output is git-ignored.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(join(root, 'package.json'));
const composeDir = join(root, 'server', 'src', 'engine', 'compose');
const out = join(composeDir, 'schemaValidate.generated.ts');
const SOURCE_PACKAGE = 'dclint';
const SOURCE_FILE = 'schemas/compose.schema.json';

const pkgDir = join(require.resolve(`${SOURCE_PACKAGE}/package.json`), '..');
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const schemaText = readFileSync(join(pkgDir, SOURCE_FILE), 'utf8');
const overlayText = readFileSync(join(composeDir, 'schemaOverlay.json'), 'utf8');
const ajvVersion = JSON.parse(readFileSync(require.resolve('ajv/package.json'), 'utf8')).version;
const inputs = createHash('sha256').update(`${pkgVersion}\0${ajvVersion}\0${schemaText}\0${overlayText}\0${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`).digest('hex').slice(0, 16);

if (existsSync(out) && readFileSync(out, 'utf8').includes(`inputs ${inputs}`)) {
  // Up to date: compiling takes longer than the rest of the build steps together.
} else {
  writeFileSync(out, generate());
  console.log(`gen-schema: compose schema from ${SOURCE_PACKAGE}@${pkgVersion} + overlay`);
}

/** Resolves a JSON pointer's parent object and last segment. */
function locate(doc, pointer) {
  const segs = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur = doc;
  for (const s of segs.slice(0, -1)) {
    if (cur == null || typeof cur !== 'object' || !(s in cur)) throw new Error(`schemaOverlay: ${pointer}: no "${s}" in the upstream schema`);
    cur = cur[s];
  }
  return { parent: cur, key: segs[segs.length - 1] };
}

function applyOverlay(schema, overlay) {
  for (const [pointer, value] of Object.entries(overlay.add ?? {})) {
    const { parent, key } = locate(schema, pointer);
    if (key in parent) throw new Error(`schemaOverlay: ${pointer} exists upstream now; drop it from the overlay`);
    parent[key] = value;
  }
}

/**
 * Walks the schema along instance paths (`services.*.build`, `*` for a user-chosen name, `[]` for
 * an item) and records, per path, the keys a closed mapping allows and whether a boolean is meant.
 */
function describe(schema) {
  const keys = {};
  const booleans = new Set();
  const seen = new Map();
  const resolve = (node) => {
    let n = node;
    for (let i = 0; n && n.$ref && i < 16; i++) {
      const { parent, key } = locate(schema, n.$ref.slice(1));
      n = parent[key];
    }
    return n;
  };
  const visit = (node, path) => {
    const n = resolve(node);
    if (!n || typeof n !== 'object') return;
    const paths = seen.get(n) ?? new Set();
    if (paths.has(path) || path.split('.').length > 12) return;
    seen.set(n, paths.add(path));
    const types = [n.type ?? []].flat();
    if (types.includes('boolean') && !types.includes('number') && !types.includes('null') && !types.includes('integer')) booleans.add(path);
    for (const b of [...(n.oneOf ?? []), ...(n.anyOf ?? []), ...(n.allOf ?? [])]) visit(b, path);
    if (n.properties) {
      if (n.additionalProperties === false) {
        const list = (keys[path] ??= []);
        for (const k of Object.keys(n.properties)) if (!list.includes(k)) list.push(k);
      }
      for (const [k, v] of Object.entries(n.properties)) visit(v, path ? `${path}.${k}` : k);
    }
    for (const [pat, v] of Object.entries(n.patternProperties ?? {})) if (pat !== '^x-') visit(v, path ? `${path}.*` : '*');
    if (n.items && !Array.isArray(n.items)) visit(n.items, `${path}.[]`);
  };
  visit(schema, '');
  return { keys, booleans: [...booleans].sort() };
}

/** Descriptions are for editors, not for validation; the generated code embeds what it is given. */
function stripDescriptions(node) {
  if (Array.isArray(node)) node.forEach(stripDescriptions);
  else if (node && typeof node === 'object') {
    if (typeof node.description === 'string') delete node.description;
    for (const v of Object.values(node)) stripDescriptions(v);
  }
}

function generate() {
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const schema = JSON.parse(schemaText);
  const overlay = JSON.parse(overlayText);
  applyOverlay(schema, overlay);
  delete schema.$schema;
  const { keys, booleans } = describe(schema);
  stripDescriptions(schema);
  // allErrors: every problem of a file, not the first; refs kept as functions to keep the code small.
  const ajv = new Ajv({ allErrors: true, inlineRefs: false, strict: false, code: { source: true, esm: true, optimize: true } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  return [
    '// @ts-nocheck',
    `// Generated by scripts/gen-schema.mjs from ${SOURCE_PACKAGE}@${pkgVersion} ${SOURCE_FILE} (the Compose Specification, Apache-2.0)`,
    `// plus server/src/engine/compose/schemaOverlay.json; do not edit. inputs ${inputs}`,
    code,
    `/** Per instance path (\`*\` a name, \`[]\` an item): the keys a closed mapping there allows. */`,
    `export const knownKeys: Record<string, string[]> = ${JSON.stringify(keys)};`,
    `/** Instance paths where the schema means a boolean. */`,
    `export const booleanPaths: string[] = ${JSON.stringify(booleans)};`,
    `export const schemaSource = ${JSON.stringify({ package: SOURCE_PACKAGE, version: pkgVersion, file: SOURCE_FILE, overlay: Object.keys(overlay.add ?? {}) })};`,
    '',
  ].join('\n');
}
