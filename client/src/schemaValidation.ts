// Resolves `dockwise.compose.schemaValidation: auto` where the other extensions are visible: when one
// already validates compose files against the schema, Dockwise keeps its own (different) diagnostics
// but leaves schema errors to it, so the user does not see every schema error twice.
import * as vscode from 'vscode';
import { effectiveSchemaValidation, type SchemaValidation } from './schemaValidationMode';

export function currentSchemaValidation(): 'on' | 'off' {
  const setting = vscode.workspace.getConfiguration('dockwise').get<SchemaValidation>('compose.schemaValidation');
  return effectiveSchemaValidation(setting, vscode.extensions.all.map((e) => e.id));
}
