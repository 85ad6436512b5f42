// A status-bar item that shows, for the active Dockerfile, the stage last built from it; clicking builds again.
import * as vscode from 'vscode';
import type { BuildMemory } from './buildMemory';
import { isDockerfileName } from './buildTargets';
import { buildStageCommandId } from './codeLens';

export function registerBuildStatus(memory: BuildMemory): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('dockwise.lastTarget', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Dockwise build target');
  item.command = buildStageCommandId;

  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined || !(doc.languageId === 'dockerfile' || isDockerfileName(doc.uri.path))) {
      item.hide();
      return;
    }
    const last = memory.lastTarget(doc.uri);
    item.text = last === undefined ? `$(package) ${vscode.l10n.t('Build stage…')}` : `$(package) ${last}`;
    item.tooltip =
      last === undefined
        ? vscode.l10n.t('No stage of this Dockerfile built yet. Click to pick one.')
        : vscode.l10n.t('Last stage built from this Dockerfile: {0}. Click to build a stage.', last);
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    memory.onDidChange(update),
  );
}
