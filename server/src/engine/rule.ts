// The shape of a rule: one object holding its id, severity, messages, check and fixes.
import type { Msg } from './locale';
import type { Span, TextEdit } from './text';
import type { Workspace } from './workspace';
import type { EngineConfig } from './config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';
export const severities: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'hint', 'off'];
export type DocumentKind = 'dockerfile' | 'compose';
export type Tag = 'unnecessary' | 'deprecated';

/** A change to another file than the one linted; never overwrites what is there. */
export type FileChange =
  | { kind: 'create'; path: string; text: string }
  | { kind: 'append'; path: string; text: string };

export interface FixProposal {
  title: Msg;
  /** Edits of the linted document. */
  edits: TextEdit[];
  /** Other files to create or extend (e.g. `.dockerignore`, `.env`). */
  files?: FileChange[];
  preferred?: boolean;
}

export interface RelatedInfo {
  message: Msg;
  range: Span;
  /** Another file; the linted document when absent. */
  path?: string;
}

/** What a rule found: offsets into the linted text, messages in both languages. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Msg;
  range: Span;
  data?: unknown;
  tags?: Tag[];
  related?: RelatedInfo[];
}

export interface ReportOptions<D> {
  data?: D;
  /** Overrides the rule's message for this finding. */
  message?: Msg;
  /** Overrides the default severity for this finding (the user's setting still wins). */
  severity?: Severity;
  tags?: Tag[];
  related?: RelatedInfo[];
}

/** Loads another document of the project through the same engine and cache. */
export interface ProjectAccess {
  /** Bumped whenever files on disk may have changed: caches of workspace facts key on it (with the Workspace). */
  readonly generation: number;
  dockerfile(path: string): import('./dockerfile/model').DockerfileModel | undefined;
  compose(path: string): import('./compose/model').ComposeModel | undefined;
}

export interface CheckContext<M, D> {
  file: M;
  ws: Workspace;
  config: EngineConfig;
  project: ProjectAccess;
  report(range: Span, options?: ReportOptions<D>): void;
}

export interface FixContext<M, D> {
  file: M;
  data: D;
  range: Span;
  ws: Workspace;
  project: ProjectAccess;
}

export interface Rule<M = unknown, D = unknown> {
  id: string;
  kind: DocumentKind;
  severity: SeverityOrOff;
  aliases?: { hadolint?: string[] };
  message: Msg | ((data: D) => Msg);
  tags?: Tag[];
  check(ctx: CheckContext<M, D>): void;
  /** The quick fix: one edit list, or several proposals (did-you-mean candidates). */
  fix?: { title: Msg | ((data: D) => Msg); edits(ctx: FixContext<M, D>): TextEdit[] | null };
  fixes?(ctx: FixContext<M, D>): FixProposal[];
}

export type AnyRule = Rule<any, any>;

export function resolveMessage<D>(rule: Rule<unknown, D>, data: D): Msg {
  return typeof rule.message === 'function' ? rule.message(data) : rule.message;
}

/** All fixes a rule offers for one finding, in the rule's order. */
export function ruleFixes<M, D>(rule: Rule<M, D>, ctx: FixContext<M, D>): FixProposal[] {
  const out: FixProposal[] = [];
  if (rule.fix) {
    const edits = rule.fix.edits(ctx);
    if (edits && edits.length) {
      const title = typeof rule.fix.title === 'function' ? rule.fix.title(ctx.data) : rule.fix.title;
      out.push({ title, edits, preferred: true });
    }
  }
  if (rule.fixes) out.push(...rule.fixes(ctx));
  return out;
}

type DockerfileModelT = import('./dockerfile/model').DockerfileModel;
type ComposeModelT = import('./compose/model').ComposeModel;

/** Declares a Dockerfile rule; the file name must be the rule id. */
export function defineDockerfileRule<D = undefined>(rule: Omit<Rule<DockerfileModelT, D>, 'kind'>): Rule<DockerfileModelT, D> {
  return { ...rule, kind: 'dockerfile' };
}

/** Declares a compose rule; the file name must be the rule id. */
export function defineComposeRule<D = undefined>(rule: Omit<Rule<ComposeModelT, D>, 'kind'>): Rule<ComposeModelT, D> {
  return { ...rule, kind: 'compose' };
}
