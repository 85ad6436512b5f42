// The engine's front door: text (and a read-only workspace) in; models, findings, fixes and hovers out.
// It does no IO and knows nothing of LSP; the server and the CLI are thin adapters over it.
import * as path from 'node:path';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { parseCompose, type ComposeModel } from './compose/model';
import { mergeConfig, type EngineConfig } from './config';
import { allRules, ruleById, ruleNames } from './registry';
import {
  resolveMessage,
  ruleFixes,
  type AnyRule,
  type DocumentKind,
  type Finding,
  type FixProposal,
  type ProjectAccess,
  type ReportOptions,
  type Severity,
} from './rule';
import { Suppressions } from './suppressions';
import { applyEdits, TextDoc, type Span } from './text';
import { OverlayWorkspace, emptyWorkspace, MemoryWorkspace, type Workspace } from './workspace';
import { msg, type Locale } from './locale';
import { ignoreFixes } from './codeActions';
import { hoverAt, type HoverResult } from './hover';

export type Model = DockerfileModel | ComposeModel;
export type { Finding, FixProposal, DocumentKind, Severity, Workspace, EngineConfig, DockerfileModel, ComposeModel };
export { MemoryWorkspace, emptyWorkspace, OverlayWorkspace };

export interface LintInput {
  path: string;
  text: string;
  kind?: DocumentKind;
}

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:[.-].+)?$|\.(?:dockerfile|containerfile)$/i;
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-].+)?\.ya?ml$/i;

/** Which kind of document a path (and the editor's language id, when known) is. */
export function detectKind(filePath: string, languageId?: string): DocumentKind | undefined {
  if (languageId === 'dockerfile') return 'dockerfile';
  if (languageId === 'dockercompose') return 'compose';
  const base = path.basename(filePath);
  if (DOCKERFILE_NAME.test(base)) return 'dockerfile';
  if (COMPOSE_NAME.test(base)) return 'compose';
  if (languageId === 'yaml' && /\.ya?ml$/i.test(base)) return undefined;
  return undefined;
}

interface CacheEntry {
  text: string;
  model: Model;
  findings?: { configGeneration: number; wsGeneration: number; list: Finding[] };
}

export interface EngineOptions {
  workspace?: Workspace;
  config?: Partial<EngineConfig>;
  /** Called once per rule that throws; the rule is skipped for that document. */
  log?: (message: string) => void;
  /** Rethrow rule failures instead of isolating them (tests). */
  strict?: boolean;
  /** The rules to run; every registered rule by default (tests pass their own to check isolation). */
  rules?: readonly AnyRule[];
}

export const FILE_TOO_LARGE = 'FileTooLarge';

export class Engine {
  private ws: Workspace;
  private config: EngineConfig;
  private configGeneration = 0;
  private wsGeneration = 0;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly log: (message: string) => void;
  private readonly failedRules = new Set<string>();
  private readonly strict: boolean;
  private readonly rules: readonly AnyRule[];

  constructor(options: EngineOptions = {}) {
    this.ws = options.workspace ?? emptyWorkspace;
    this.config = mergeConfig(options.config);
    this.log = options.log ?? (() => undefined);
    this.strict = options.strict ?? false;
    this.rules = options.rules ?? allRules;
  }

  setConfig(config: Partial<EngineConfig>): void {
    this.config = mergeConfig(config);
    this.configGeneration++;
  }

  getConfig(): EngineConfig {
    return this.config;
  }

  setWorkspace(ws: Workspace): void {
    this.ws = ws;
    this.workspaceChanged();
  }

  /** Files on disk changed: findings that read other files must be recomputed. */
  workspaceChanged(): void {
    this.wsGeneration++;
  }

  /** Forgets a document (closed in the editor). */
  forget(filePath: string): void {
    this.cache.delete(path.resolve(filePath));
  }

  /** The model of a document: parsed once per distinct text. */
  model(input: LintInput): Model {
    const key = path.resolve(input.path);
    const hit = this.cache.get(key);
    const kind = input.kind ?? detectKind(input.path) ?? 'dockerfile';
    if (hit && hit.text === input.text && hit.model.kind === kind) return hit.model;
    // A file over the size limit is not parsed at all: it only gets the FileTooLarge notice.
    const model =
      input.text.length > this.config.maxFileSize
        ? unparsed(kind, input.text, key)
        : kind === 'compose'
          ? parseCompose(input.text, key)
          : // A new version of a Dockerfile re-parses only the instructions around the change.
            parseDockerfile(input.text, key, hit?.model.kind === 'dockerfile' ? hit.model : undefined);
    this.cache.set(key, { text: input.text, model });
    return model;
  }

  private project(): ProjectAccess {
    const load = (p: string, kind: DocumentKind): Model | undefined => {
      const text = this.ws.read(p);
      return text === undefined ? undefined : this.model({ path: p, text, kind });
    };
    return {
      generation: this.wsGeneration,
      dockerfile: (p) => load(p, 'dockerfile') as DockerfileModel | undefined,
      compose: (p) => load(p, 'compose') as ComposeModel | undefined,
    };
  }

  /**
   * The findings last computed for this exact text and these settings, even if other files changed
   * since (hovers show them without linting again: the validation queued for that change brings the
   * fresh ones); a lint when there are none.
   */
  private knownFindings(input: LintInput): Finding[] {
    const model = this.model(input);
    const entry = this.cache.get(path.resolve(input.path));
    if (entry && entry.model === model && entry.findings?.configGeneration === this.configGeneration) return entry.findings.list;
    return this.lint(input);
  }

  /** Findings for a document, after severity settings and suppressions. */
  lint(input: LintInput): Finding[] {
    const model = this.model(input);
    const entry = this.cache.get(path.resolve(input.path));
    const f = entry?.findings;
    if (entry && f && f.configGeneration === this.configGeneration && f.wsGeneration === this.wsGeneration) return f.list;
    const list = this.computeFindings(model, this.ws, this.config);
    if (entry && entry.model === model) {
      entry.findings = { configGeneration: this.configGeneration, wsGeneration: this.wsGeneration, list };
    }
    return list;
  }

  private computeFindings(model: Model, ws: Workspace, config: EngineConfig): Finding[] {
    if (model.text.length > config.maxFileSize) {
      return [
        {
          ruleId: FILE_TOO_LARGE,
          severity: 'info',
          range: { start: 0, end: 0 },
          message: msg(
            `This file is ${Math.round(model.text.length / 1024)} KB, over the ${Math.round(config.maxFileSize / 1024)} KB Dockwise analyses; it is not checked.`,
            `Файл занимает ${Math.round(model.text.length / 1024)} КБ — больше предела в ${Math.round(config.maxFileSize / 1024)} КБ, поэтому Dockwise его не проверяет.`,
          ),
        },
      ];
    }
    const raw: Finding[] = [];
    const project = this.project();
    for (const rule of this.rules) {
      if (rule.kind !== model.kind) continue;
      const severitySetting = this.severitySetting(rule, config);
      if (severitySetting === 'off') continue;
      try {
        rule.check({
          file: model,
          ws,
          config,
          project,
          report: (range: Span, options: ReportOptions<unknown> = {}) => {
            const data = options.data;
            const start = Math.max(0, Math.min(range.start, model.text.length));
            const end = Math.max(start, Math.min(range.end, model.text.length));
            raw.push({
              ruleId: rule.id,
              severity: config.rules[rule.id] && config.rules[rule.id] !== 'off' ? (config.rules[rule.id] as Severity) : options.severity ?? severitySetting,
              message: options.message ?? resolveMessage(rule, data),
              range: { start, end },
              data,
              tags: options.tags ?? rule.tags,
              related: options.related,
            });
          },
        });
      } catch (e) {
        if (this.strict) throw e;
        const key = `${rule.id}\u0000${(e as Error).message}`;
        if (!this.failedRules.has(key)) {
          this.failedRules.add(key);
          this.log(`rule ${rule.id} failed on ${model.path}: ${(e as Error).stack ?? e}`);
        }
      }
    }
    return this.suppress(model, raw).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  }

  private severitySetting(rule: AnyRule, config: EngineConfig) {
    for (const name of ruleNames(rule)) {
      const s = config.rules[name];
      if (s) return s;
    }
    return rule.severity;
  }

  private suppress(model: Model, findings: Finding[]): Finding[] {
    if (findings.length === 0) return findings;
    const doc = model.doc;
    const fileComments: string[] = [];
    const checkLines = new Set<number>();
    if (model.kind === 'dockerfile') {
      for (const d of model.directives) {
        // As written: the parser also takes `# hadolint global ignore=…` for a directive.
        fileComments.push(model.text.slice(d.span.start, d.span.end).replace(/^\s*#/, ''));
        checkLines.add(d.line);
      }
      // A `# check=` below the directives applies to the instruction under it, not the file.
      for (const c of model.comments) if (!/^check\s*=/i.test(c.text)) fileComments.push(c.text);
    } else {
      for (let l = 0; l < doc.lineCount; l++) {
        const t = doc.lineText(l).trim();
        if (t.startsWith('#')) fileComments.push(t.slice(1));
      }
    }
    const sup = new Suppressions(doc, fileComments, (line) => model.kind !== 'dockerfile' || checkLines.has(line));
    return findings.filter((f) => {
      const rule = ruleById(f.ruleId, model.kind);
      const names = rule ? ruleNames(rule) : [f.ruleId];
      let anchorLine = doc.positionAt(f.range.start).line;
      let stageLine: number | undefined;
      if (model.kind === 'dockerfile') {
        const ins = model.instructionAt(f.range.start);
        if (ins) {
          anchorLine = ins.startLine;
          if (ins.stageIndex >= 0) stageLine = model.stages[ins.stageIndex].from.startLine;
        }
      }
      return !sup.isSuppressed({ names, anchorLine, stageLine });
    });
  }

  /**
   * Quick fixes for one finding, each verified in memory: applied, the finding is gone and no new
   * error or warning appears. Ignore actions follow.
   */
  fixes(input: LintInput, finding: Pick<Finding, 'ruleId' | 'range' | 'data'>, options: { verify?: boolean; ignore?: boolean } = {}): FixProposal[] {
    const model = this.model(input);
    const rule = this.rules === allRules ? ruleById(finding.ruleId, model.kind) : this.rules.find((r) => r.id === finding.ruleId && r.kind === model.kind);
    const out: FixProposal[] = [];
    if (rule) {
      let proposals: FixProposal[] = [];
      try {
        proposals = ruleFixes(rule, { file: model, data: finding.data, range: finding.range, ws: this.ws, project: this.project() });
      } catch (e) {
        if (this.strict) throw e;
        this.log(`fix of ${rule.id} failed: ${(e as Error).message}`);
      }
      for (const p of proposals) if (options.verify === false || this.verify(input, model, finding, p)) out.push(p);
    }
    if (finding.ruleId !== FILE_TOO_LARGE && options.ignore !== false) out.push(...ignoreFixes(model, finding.ruleId, finding.range));
    return out;
  }

  /** Applies a fix in memory and checks that it removes the finding and adds no new problem. */
  verify(input: LintInput, model: Model, finding: Pick<Finding, 'ruleId'>, fix: FixProposal): boolean {
    let after: string;
    try {
      after = applyEdits(model.text, fix.edits);
    } catch {
      return false;
    }
    const overlays = new Map<string, string>();
    for (const f of fix.files ?? []) {
      const abs = path.resolve(f.path);
      const existing = overlays.get(abs) ?? this.ws.read(abs);
      if (f.kind === 'create' && existing !== undefined) return false;
      overlays.set(abs, f.kind === 'append' ? (existing ?? '') + f.text : f.text);
    }
    const ws = overlays.size ? new OverlayWorkspace(this.ws, (p) => overlays.get(path.resolve(p))) : this.ws;
    const before = this.lint(input);
    const scratch = model.kind === 'compose' ? parseCompose(after, model.path) : parseDockerfile(after, model.path);
    const next = this.computeFindings(scratch, ws, this.config);
    const count = (list: Finding[]) => {
      const m = new Map<string, number>();
      for (const f of list) if (f.severity === 'error' || f.severity === 'warning' || f.ruleId === finding.ruleId) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
      return m;
    };
    const b = count(before);
    const a = count(next);
    if ((a.get(finding.ruleId) ?? 0) >= (b.get(finding.ruleId) ?? 0)) return false;
    for (const [id, n] of a) if (id !== finding.ruleId && n > (b.get(id) ?? 0)) return false;
    return true;
  }

  hover(input: LintInput, offset: number, locale: Locale): HoverResult | null {
    const model = this.model(input);
    return hoverAt(model, offset, locale, { findings: () => this.knownFindings(input), project: this.project(), ws: this.ws });
  }
}

/** The model of an empty file carrying the real text, for files too large to analyse. */
function unparsed(kind: DocumentKind, text: string, key: string): Model {
  const empty = kind === 'compose' ? parseCompose('', key) : parseDockerfile('', key);
  return { ...empty, text, doc: new TextDoc(text) } as Model;
}

/** One-shot lint, for tests and scripts. */
export function lintText(input: LintInput, workspace?: Workspace, config?: Partial<EngineConfig>): Finding[] {
  return new Engine({ workspace, config }).lint(input);
}
