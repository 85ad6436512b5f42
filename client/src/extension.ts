// Extension entry: starts the language server and hands the client to the UI features. Nothing else.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerClientFeatures } from './features';
import { currentSchemaValidation } from './schemaValidation';

let client: LanguageClient | undefined;

/** Compose files that VS Code calls plain YAML are recognised by their names. */
const COMPOSE_GLOB = '**/{compose,docker-compose}*.{yml,yaml}';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dockerfile' },
      { language: 'dockercompose' },
      { language: 'yaml', pattern: COMPOSE_GLOB },
    ],
    initializationOptions: { language: vscode.workspace.getConfiguration('dockwise').get('language') },
    synchronize: { configurationSection: 'dockwise' },
    middleware: {
      workspace: {
        // The server asks for `dockwise`; `auto` is resolved here, where the other extensions are visible.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) =>
            params.items[i]?.section === 'dockwise' && value && typeof value === 'object'
              ? { ...value, compose: { ...(value as { compose?: object }).compose, schemaValidation: currentSchemaValidation() } }
              : value,
          );
        },
      },
    },
  };
  client = new LanguageClient('dockwise', 'Dockwise', serverOptions, clientOptions);
  // Not awaited: activation returns at once and the server comes up in the background.
  client.start().catch((e: unknown) => void vscode.window.showErrorMessage(`Dockwise: the language server did not start: ${String(e)}`));
  registerClientFeatures(context, client);
  // Installing or removing a YAML validator changes what `auto` means.
  context.subscriptions.push(vscode.extensions.onDidChange(() => void client?.sendNotification('workspace/didChangeConfiguration', { settings: null })));
  client.outputChannel.appendLine(`Dockwise activated in ${Date.now() - started} ms`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
