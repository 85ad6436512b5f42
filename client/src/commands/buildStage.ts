// "Dockwise: Build Stage…": pick a stage of a Dockerfile, a tag and the build arguments to change, then run
// `docker build` as a `dockwise-build` task. Stages and ARGs come from the server; docker gets an argument vector.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { BuildMemory } from '../buildMemory';
import { defaultTag, isDockerfileName, pickableStages, type PickableStage } from '../buildTargets';
import { changedBuildArgs, tagProblem, type BuildRequest } from '../dockerArgs';
import { dockerReadiness } from '../docker';
import { requestStages, type ArgInfo } from '../stagesRequest';
import { createBuildTask } from '../taskProvider';

/** What a CodeLens (or another caller) already knows; the palette passes nothing. */
export interface BuildStageTarget {
  /** The Dockerfile, as a uri string. */
  readonly dockerfile: string;
  /** The stage to build; the picker asks when undefined. */
  readonly stage?: string;
  /** The build context folder (fs path); the Dockerfile's folder when undefined. */
  readonly context?: string;
}

/** Label of a stage for the memory and the status bar: its name, or "final" for an unnamed last stage. */
export function stageLabel(p: PickableStage): string {
  return p.target ?? vscode.l10n.t('final stage');
}

function activeDockerfile(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc === undefined) return undefined;
  return doc.languageId === 'dockerfile' || isDockerfileName(doc.uri.path) ? doc.uri : undefined;
}

async function pickStage(stages: readonly PickableStage[]): Promise<PickableStage | undefined> {
  type Item = vscode.QuickPickItem & { readonly pickable: PickableStage };
  const items: Item[] = stages.map((p) => ({
    label: p.target ?? vscode.l10n.t('(unnamed final stage)'),
    description: p.stage.baseImage,
    detail: p.stage.isFinal
      ? vscode.l10n.t('Final image · line {0}', p.stage.line + 1)
      : vscode.l10n.t('Line {0}', p.stage.line + 1),
    pickable: p,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Build Stage'), placeHolder: vscode.l10n.t('Stage to build') });
  return picked?.pickable;
}

async function askTag(initial: string): Promise<string | undefined> {
  const problems = {
    empty: () => vscode.l10n.t('Enter an image tag.'),
    whitespace: () => vscode.l10n.t('An image tag cannot contain spaces.'),
    leadingDash: () => vscode.l10n.t('An image tag cannot start with "-".'),
  };
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Build Stage'),
    prompt: vscode.l10n.t('Image tag (name:tag)'),
    value: initial,
    validateInput: (v) => {
      const problem = tagProblem(v.trim());
      return problem === null ? undefined : problems[problem]();
    },
  });
}

/**
 * Lets the user change build arguments one by one; returns the entered values by name (all of them, the
 * caller keeps only the changed ones), or undefined when cancelled.
 */
async function askBuildArgs(args: readonly ArgInfo[]): Promise<Map<string, string> | undefined> {
  const declared = args.filter((a, i) => args.findIndex((b) => b.name === a.name) === i);
  const values = new Map(declared.map((a) => [a.name, a.defaultValue ?? '']));
  type Item = vscode.QuickPickItem & { readonly arg?: ArgInfo };
  for (;;) {
    const items: Item[] = [
      { label: `$(play) ${vscode.l10n.t('Build')}`, description: vscode.l10n.t('with the values below') },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      ...declared.map((arg): Item => {
        const value = values.get(arg.name) ?? '';
        const changed = value !== (arg.defaultValue ?? '');
        return {
          label: arg.name,
          description: changed ? vscode.l10n.t('{0} (changed)', value) : value,
          detail: arg.defaultValue === null ? vscode.l10n.t('No default') : vscode.l10n.t('Default: {0}', arg.defaultValue),
          arg,
        };
      }),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Build arguments'),
      placeHolder: vscode.l10n.t('Pick an argument to change it, or Build'),
    });
    if (picked === undefined) return undefined;
    if (picked.arg === undefined) return values;
    const entered = await vscode.window.showInputBox({
      title: vscode.l10n.t('Build argument {0}', picked.arg.name),
      value: values.get(picked.arg.name),
      prompt: picked.arg.defaultValue === null ? vscode.l10n.t('No default') : vscode.l10n.t('Default: {0}', picked.arg.defaultValue),
    });
    if (entered !== undefined) values.set(picked.arg.name, entered);
  }
}

export async function buildStageCommand(client: LanguageClient, memory: BuildMemory, given?: BuildStageTarget): Promise<void> {
  const ready = dockerReadiness();
  if (!ready.ok) {
    void vscode.window.showErrorMessage(ready.reason);
    return;
  }
  const dockerfile = given !== undefined ? vscode.Uri.parse(given.dockerfile) : activeDockerfile();
  if (dockerfile === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Dockerfile to build one of its stages.'));
    return;
  }
  if (dockerfile.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Only Dockerfiles on disk can be built.'));
    return;
  }
  // The server answers for open documents; opening it (without showing) makes sure it knows this one.
  try {
    await vscode.workspace.openTextDocument(dockerfile);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('Dockerfile not found: {0}', dockerfile.fsPath));
    return;
  }
  let info;
  try {
    info = await requestStages(client, dockerfile.toString());
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the stages of {0}: {1}', path.basename(dockerfile.fsPath), String(e)));
    return;
  }
  if (info?.kind !== 'dockerfile' || info.stages.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no stages to build.', path.basename(dockerfile.fsPath)));
    return;
  }
  const stages = pickableStages(info.stages);
  let chosen: PickableStage | undefined;
  if (given?.stage !== undefined) {
    chosen = stages.find((s) => s.target === given.stage);
    if (chosen === undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no stage named "{1}".', path.basename(dockerfile.fsPath), given.stage));
      return;
    }
  } else {
    chosen = await pickStage(stages);
  }
  if (chosen === undefined) return;

  const tag = await askTag(memory.tag(dockerfile) ?? defaultTag(dockerfile.fsPath, chosen.target));
  if (tag === undefined) return;
  const entered = info.args.length === 0 ? new Map<string, string>() : await askBuildArgs(info.args);
  if (entered === undefined) return;

  const request: BuildRequest = {
    dockerfile: dockerfile.fsPath,
    context: given?.context ?? path.dirname(dockerfile.fsPath),
    target: chosen.target,
    tag: tag.trim(),
    buildArgs: changedBuildArgs(info.args, entered),
  };
  const folder = vscode.workspace.getWorkspaceFolder(dockerfile);
  const task = createBuildTask(request, folder ?? vscode.TaskScope.Workspace);
  if (task === undefined) return;
  await memory.remember(dockerfile, request.tag ?? '', stageLabel(chosen));
  await vscode.tasks.executeTask(task);
}
