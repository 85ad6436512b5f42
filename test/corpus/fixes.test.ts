// Fixes never damage a file: every fix offered on the corpus is applied, the file is linted again,
// and the fixed finding is gone, nothing new at warning or above appears, the text outside the
// edits is untouched, and applying a file's fixes one after another in two orders leaves a file that parses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import * as path from 'node:path';
import { Engine, OverlayWorkspace, type Finding, type FixProposal, type DocumentKind, type Workspace } from '../../server/src/engine/index';
import { applyEdits } from '../../server/src/engine/text';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { corpusAvailable, corpusFiles, CORPUS } from './corpusFiles';

/** The text between and around edits must be the original text, byte for byte. */
function assertOutsideUntouched(before: string, after: string, fix: FixProposal) {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let delta = 0;
  let pos = 0;
  for (const e of edits) {
    assert.equal(after.slice(pos + delta, e.start + delta), before.slice(pos, e.start));
    delta += e.newText.length - (e.end - e.start);
    pos = e.end;
  }
  assert.equal(after.slice(pos + delta), before.slice(pos));
}

function parses(kind: DocumentKind, text: string): boolean {
  return kind === 'dockerfile' || parseDocument(text, { uniqueKeys: false }).errors.length === 0;
}

/** Other files a fix creates or extends, laid over the disk for the next lint. */
function withFiles(base: Workspace, files: Map<string, string>, fix: FixProposal): Map<string, string> {
  const next = new Map(files);
  for (const c of fix.files ?? []) {
    const p = path.resolve(c.path);
    const existing = next.get(p) ?? base.read(p);
    next.set(p, c.kind === 'append' ? (existing ?? '') + c.text : existing ?? c.text);
  }
  return next;
}

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

test('every fix offered on the corpus round-trips', (t) => {
  if (!corpusAvailable()) {
    t.skip(`no corpus at ${CORPUS}; skipped`);
    return;
  }
  const disk = new FsWorkspace();
  const engine = new Engine({ workspace: disk, strict: true });
  let offered = 0;
  const rejected: string[] = [];
  let sequences = 0;
  for (const f of corpusFiles()) {
    const text = readFileSync(f.abs, 'utf8');
    const input = { path: f.abs, text, kind: f.kind };
    const findings = engine.lint(input);
    const yamlOk = parses(f.kind, text);
    for (const finding of findings) {
      const proposals = engine.fixes(input, finding, { verify: false, ignore: false });
      if (proposals.length === 0) continue;
      const verified = engine.fixes(input, finding, { ignore: false });
      for (const p of proposals) {
        if (!verified.some((v) => v.title.en === p.title.en)) rejected.push(`${f.rel}: ${finding.ruleId} "${p.title.en}"`);
      }
      for (const fix of verified) {
        offered++;
        const after = applyEdits(text, fix.edits);
        assertOutsideUntouched(text, after, fix);
        if (yamlOk) assert.ok(parses(f.kind, after), `${f.rel}: ${finding.ruleId} fix breaks the YAML`);
        const files = withFiles(disk, new Map(), fix);
        const next = new Engine({ workspace: new OverlayWorkspace(disk, (p) => files.get(path.resolve(p))) }).lint({ ...input, text: after });
        const count = (list: Finding[], id: string) => list.filter((x) => x.ruleId === id).length;
        assert.ok(count(next, finding.ruleId) < count(findings, finding.ruleId), `${f.rel}: ${finding.ruleId} still there after "${fix.title.en}"`);
      }
    }
    // Two orders of applying one fix after another, re-linting in between.
    for (let order = 0; order < 2 && findings.some((x) => x.severity !== 'hint'); order++) {
      let current = text;
      let files = new Map<string, string>();
      for (let step = 0; step < 8; step++) {
        const cur = { ...input, text: current };
        const overlay = files;
        const stepEngine = new Engine({ workspace: new OverlayWorkspace(disk, (p) => overlay.get(path.resolve(p))) });
        const list = stepEngine.lint(cur);
        // Start at a random finding and take the first one, from there on, that has a fix.
        const startAt = Math.floor(random() * list.length);
        let fix: FixProposal | undefined;
        for (let i = 0; i < list.length && !fix; i++) fix = stepEngine.fixes(cur, list[(startAt + i) % list.length], { ignore: false })[0];
        if (!fix) break;
        current = applyEdits(current, fix.edits);
        files = withFiles(disk, files, fix);
        sequences++;
      }
      if (yamlOk) assert.ok(parses(f.kind, current), `${f.rel}: a sequence of fixes leaves YAML that does not parse`);
    }
    engine.forget(f.abs);
  }
  t.diagnostic(`fixes offered and round-tripped: ${offered}; fix steps applied in sequence: ${sequences}; rejected by verification: ${rejected.length}`);
  for (const r of rejected.slice(0, 30)) t.diagnostic(`rejected: ${r}`);
  assert.ok(offered > 0);
});
