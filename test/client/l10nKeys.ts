// Collects the message keys of `vscode.l10n.t('…')` calls in the client sources with the TypeScript parser,
// so the bundle test sees exactly the strings the code asks for (multi-line calls included).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

export interface L10nUse {
  readonly key: string;
  readonly file: string;
}

/** Every `l10n.t(<literal>)` in `dir`; a call whose first argument is not a literal is reported with key "". */
export function collectL10nKeys(dir: string): L10nUse[] {
  const uses: L10nUse[] = [];
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 't' &&
        node.expression.expression.getText(source).endsWith('l10n')
      ) {
        const first = node.arguments[0];
        const key = first !== undefined && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : '';
        uses.push({ key, file: path.relative(dir, file) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
