// Registers the client features around the language client: the scaffolder and build-stage commands, CodeLenses,
// the status-bar item and the `dockwise-build` task type. extension.ts calls this once the client is created.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BuildMemory } from './buildMemory';
import { buildStageCommandId, composeSelector, dockerfileSelector, StageCodeLensProvider } from './codeLens';
import { buildStageCommand, type BuildStageTarget } from './commands/buildStage';
import { scaffoldCommand } from './commands/scaffold';
import { registerBuildStatus } from './statusBar';
import { registerBuildTasks } from './taskProvider';

export const scaffoldCommandId = 'dockwise.scaffold';

/** Reports a failure of a command instead of letting it vanish in the extension host log. */
function guarded<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dockwise: {0}', e instanceof Error ? e.message : String(e)));
    }
  };
}

/** A CodeLens passes a BuildStageTarget; the Explorer passes a Uri; the palette passes nothing. */
function asBuildTarget(arg: unknown): BuildStageTarget | undefined {
  if (arg instanceof vscode.Uri) return { dockerfile: arg.toString() };
  if (arg !== null && typeof arg === 'object' && typeof (arg as BuildStageTarget).dockerfile === 'string') return arg as BuildStageTarget;
  return undefined;
}

export function registerClientFeatures(context: vscode.ExtensionContext, client: LanguageClient): void {
  const memory = new BuildMemory(context.workspaceState);
  const lenses = new StageCodeLensProvider(client);
  context.subscriptions.push(
    memory,
    vscode.commands.registerCommand(
      scaffoldCommandId,
      guarded(async (folder?: unknown) => scaffoldCommand(folder instanceof vscode.Uri ? folder : undefined)),
    ),
    vscode.commands.registerCommand(
      buildStageCommandId,
      guarded(async (target?: unknown) => buildStageCommand(client, memory, asBuildTarget(target))),
    ),
    vscode.languages.registerCodeLensProvider(dockerfileSelector, lenses),
    vscode.languages.registerCodeLensProvider(composeSelector, lenses),
    registerBuildStatus(memory),
    registerBuildTasks(),
  );
}
