// The language server: LSP in, engine calls, LSP out. Holds no Docker knowledge of its own.
import {
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  ErrorCodes,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type WorkspaceEdit,
  type TextDocumentEdit,
  type CreateFile,
  type Diagnostic,
  RequestType,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { Engine, detectKind, type Model } from '../engine/index';
import { OverlayWorkspace } from '../engine/workspace';
import { pickLocale, localize, type Locale } from '../engine/locale';
import { parseConfigText, CONFIG_FILE_NAME, type EngineConfig } from '../engine/config';
import type { DocumentKind, FixProposal, SeverityOrOff } from '../engine/rule';
import { TextDoc } from '../engine/text';
import { FsWorkspace } from '../node/fsWorkspace';
import { toDiagnostic, toRange, toSpan, uriToPath, pathToUri, type DiagnosticData } from './convert';
import { ValidationQueue } from './queue';
import { stagesOf, type StagesParams, type StagesResult } from './stages';
import { runSafe } from './runSafe';
import { DocumentStore } from './documents';

const stagesRequest = new RequestType<StagesParams, StagesResult | null, void>('dockwise/stages');

interface ClientSettings {
  rules?: Record<string, SeverityOrOff>;
  language?: 'auto' | 'en' | 'ru';
  compose?: { schemaValidation?: 'auto' | 'on' | 'off' };
}

export function startServer(connection: Connection): void {
  const documents = new DocumentStore((m) => connection.console.warn(m));
  const disk = new FsWorkspace();
  const openText = (p: string): string | undefined => {
    const doc = documents.get(pathToUri(p));
    return doc?.getText();
  };
  const workspace = new OverlayWorkspace(disk, openText);
  const engine = new Engine({ workspace, log: (m) => connection.console.error(m), strict: process.env.DOCKWISE_STRICT === '1' });

  let editorLocale: string | undefined;
  let settings: ClientSettings = {};
  let fileConfig: Partial<EngineConfig> = {};
  let roots: string[] = [];
  let pullConfiguration = false;
  let watchRegistration = false;

  const locale = (): Locale => pickLocale(editorLocale, settings.language);

  const kindOf = (doc: TextDocument): DocumentKind | undefined => detectKind(uriToPath(doc.uri), doc.languageId);

  const inputOf = (doc: TextDocument) => ({ path: uriToPath(doc.uri), text: doc.getText(), kind: kindOf(doc) });

  const applyConfig = () => {
    const composeSchema = settings.compose?.schemaValidation;
    engine.setConfig({
      ...fileConfig,
      rules: { ...(fileConfig.rules ?? {}), ...(settings.rules ?? {}) },
      ...(composeSchema ? { composeSchemaValidation: composeSchema } : {}),
    });
  };

  const readFileConfig = () => {
    fileConfig = {};
    for (const root of roots) {
      const text = disk.read(path.join(root, CONFIG_FILE_NAME));
      if (text === undefined) continue;
      const { config, problems } = parseConfigText(text);
      for (const p of problems) connection.console.warn(`${CONFIG_FILE_NAME}: ${p.message}`);
      fileConfig = config;
      break;
    }
  };

  /** Lints one document version and publishes, unless a newer version arrived meanwhile. */
  const validate = (uri: string, version: number) => {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version || !kindOf(doc)) return;
    const input = inputOf(doc);
    const model = engine.model(input);
    const findings = engine.lint(input);
    const loc = locale();
    // Related locations in other files: each file's line index is built once per validation.
    const others = new Map<string, TextDoc | undefined>();
    const otherDoc = (p: string) => (others.has(p) ? others.get(p) : others.set(p, docTextOf(p)).get(p));
    const diagnostics = findings.map((f) => toDiagnostic(model.doc, uri, model.kind, f, loc, version, otherDoc));
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };
  const queue = new ValidationQueue(validate);

  const docTextOf = (p: string): TextDoc | undefined => {
    const text = workspace.read(p);
    return text === undefined ? undefined : new TextDoc(text);
  };

  const revalidateAll = (except?: string) => {
    for (const d of documents.all()) if (d.uri !== except && kindOf(d)) queue.schedule(d.uri, d.version, 'later');
  };

  connection.onInitialize((params: InitializeParams) => {
    editorLocale = params.locale;
    const opts = params.initializationOptions as { language?: ClientSettings['language'] } | undefined;
    if (opts?.language) settings.language = opts.language;
    roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (roots.length === 0 && params.rootUri) roots = [uriToPath(params.rootUri)];
    pullConfiguration = !!params.capabilities.workspace?.configuration;
    watchRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    readFileConfig();
    applyConfig();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        hoverProvider: true,
      },
      serverInfo: { name: 'dockwise', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (watchRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/${CONFIG_FILE_NAME}` },
          { globPattern: '**/.dockerignore' },
          { globPattern: '**/.env*' },
          { globPattern: '**/.gitignore' },
          { globPattern: '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*}' },
          { globPattern: '**/{compose,docker-compose}*.{yml,yaml}' },
        ],
      });
    }
    await loadSettings();
  });

  const loadSettings = async () => {
    if (!pullConfiguration) return;
    try {
      const [s] = (await connection.workspace.getConfiguration([{ section: 'dockwise' }])) as [ClientSettings | null];
      settings = { ...(s ?? {}) };
    } catch {
      settings = {};
    }
    applyConfig();
    revalidateAll();
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (pullConfiguration) await loadSettings();
    else {
      settings = ((change.settings as { dockwise?: ClientSettings })?.dockwise ?? {}) as ClientSettings;
      applyConfig();
      revalidateAll();
    }
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) {
      const p = uriToPath(c.uri);
      disk.invalidate(p);
      if (path.basename(p) === CONFIG_FILE_NAME) {
        readFileConfig();
        applyConfig();
      }
    }
    engine.workspaceChanged();
    revalidateAll();
  });

  documents.onDidOpen(() => engine.workspaceChanged());
  documents.onDidChangeContent((e) => {
    queue.schedule(e.document.uri, e.document.version, 'now');
    // Other open files may read this one (a compose file reads its Dockerfile).
    engine.workspaceChanged();
    revalidateAll(e.document.uri);
  });
  documents.onDidClose((e) => {
    queue.cancel(e.document.uri);
    engine.forget(uriToPath(e.document.uri));
    engine.workspaceChanged();
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    revalidateAll(e.document.uri);
  });

  const requireDoc = (uri: unknown) => {
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'missing textDocument.uri');
    const doc = documents.get(uri);
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `document not open: ${uri}`);
    return doc;
  };

  connection.onHover((params, token) =>
    runSafe(connection, token, null, () => {
      const doc = requireDoc(params?.textDocument?.uri);
      if (!kindOf(doc)) return null;
      const input = inputOf(doc);
      const model = engine.model(input);
      if (!params.position) throw new ResponseError(ErrorCodes.InvalidParams, 'missing position');
      const offset = model.doc.offsetAt(params.position);
      const h = engine.hover(input, offset, locale());
      return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: toRange(model.doc, h.range) } : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(connection, token, [], () => {
      const doc = requireDoc(params?.textDocument?.uri);
      if (!kindOf(doc)) return [];
      const input = inputOf(doc);
      const model = engine.model(input);
      const actions: CodeAction[] = [];
      const loc = locale();
      for (const diag of params.context?.diagnostics ?? []) {
        if (diag.source !== 'dockwise' || typeof diag.code !== 'string') continue;
        const data = diag.data as DiagnosticData | undefined;
        // A diagnostic of an older version cannot be fixed safely: its offsets may have moved.
        if (data && data.version !== doc.version) continue;
        const finding = { ruleId: diag.code, range: toSpan(model.doc, diag.range), data: data?.data };
        for (const fix of engine.fixes(input, finding)) {
          actions.push(toCodeAction(fix, diag, doc, model, loc));
        }
      }
      return actions;
    }),
  );

  const toCodeAction = (fix: FixProposal, diag: Diagnostic, doc: TextDocument, model: Model, loc: Locale): CodeAction => {
    const documentChanges: Array<TextDocumentEdit | CreateFile> = [];
    if (fix.edits.length) {
      documentChanges.push({
        textDocument: { uri: doc.uri, version: doc.version },
        edits: fix.edits.map((e) => ({ range: toRange(model.doc, e), newText: e.newText })),
      });
    }
    for (const f of fix.files ?? []) {
      const uri = pathToUri(f.path);
      const existing = workspace.read(f.path);
      if (f.kind === 'create' || existing === undefined) {
        documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true, overwrite: false } });
        const base = existing ?? '';
        const end = new TextDoc(base).positionAt(base.length);
        documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: end, end }, newText: f.text }] });
      } else {
        const td = new TextDoc(existing);
        const end = td.positionAt(existing.length);
        const sep = existing.length && !/\n$/.test(existing) ? td.eol : '';
        documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: end, end }, newText: sep + f.text }] });
      }
    }
    const edit: WorkspaceEdit = { documentChanges };
    return { title: localize(fix.title, loc), kind: CodeActionKind.QuickFix, diagnostics: [diag], edit, isPreferred: fix.preferred };
  };

  connection.onRequest(stagesRequest, (params, token) =>
    runSafe<StagesResult | null>(connection, token, null, () => {
      const doc = requireDoc(params?.uri);
      return stagesOf(engine.model(inputOf(doc)));
    }),
  );

  documents.listen(connection);
  connection.listen();
}
