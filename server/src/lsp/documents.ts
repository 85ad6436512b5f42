// Open documents, kept like vscode-languageserver's TextDocuments but refusing a change whose version
// is not newer than the one held: a stale change is dropped instead of rewinding the text.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver/node';

type Listener = (e: { document: TextDocument }) => void;

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  private readonly opened: Listener[] = [];
  private readonly changed: Listener[] = [];
  private readonly closed: Listener[] = [];

  constructor(private readonly log: (message: string) => void = () => undefined) {}

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  onDidOpen(l: Listener): void {
    this.opened.push(l);
  }

  onDidChangeContent(l: Listener): void {
    this.changed.push(l);
  }

  onDidClose(l: Listener): void {
    this.closed.push(l);
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      if (!t?.uri || typeof t.text !== 'string') return this.log('didOpen without a document: ignored');
      const document = TextDocument.create(t.uri, t.languageId ?? '', t.version ?? 0, t.text);
      this.docs.set(t.uri, document);
      for (const l of this.opened) l({ document });
      for (const l of this.changed) l({ document });
    });
    connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
      const doc = t?.uri ? this.docs.get(t.uri) : undefined;
      if (!doc) return this.log(`didChange for a document that is not open: ${t?.uri}`);
      if (typeof t.version !== 'number' || t.version <= doc.version) {
        return this.log(`didChange of ${t.uri} with version ${t.version} after ${doc.version}: ignored`);
      }
      let document: TextDocument;
      try {
        document = TextDocument.update(doc, contentChanges ?? [], t.version);
      } catch (e) {
        return this.log(`didChange of ${t.uri} could not be applied: ${(e as Error).message}`);
      }
      this.docs.set(t.uri, document);
      for (const l of this.changed) l({ document });
    });
    connection.onDidCloseTextDocument(({ textDocument: t }) => {
      const document = t?.uri ? this.docs.get(t.uri) : undefined;
      if (!document) return;
      this.docs.delete(t.uri);
      for (const l of this.closed) l({ document });
    });
  }
}
