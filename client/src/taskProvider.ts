// The `dockwise-build` task type: tasks from the build-target picker and from tasks.json run `docker build`
// through a ProcessExecution, so nothing passes through a shell.
import * as vscode from 'vscode';
import { BuildRequestError, type BuildRequest } from './dockerArgs';
import { buildExecution, dockerReadiness } from './docker';
import { buildTaskType, definitionFromRequest, requestFromDefinition } from './taskDefinition';

function folderOf(scope: vscode.Task['scope'], fallback: string): string {
  return typeof scope === 'object' && scope !== null && 'uri' in scope ? scope.uri.fsPath : fallback;
}

/** The task's display name: the stage and the Dockerfile it comes from. */
function taskName(req: BuildRequest): string {
  const file = vscode.workspace.asRelativePath(req.dockerfile, false);
  return req.target !== null ? vscode.l10n.t('build stage {0} of {1}', req.target, file) : vscode.l10n.t('build final stage of {0}', file);
}

/** A task for a request, or undefined after telling the user why docker cannot run. */
export function createBuildTask(req: BuildRequest, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace): vscode.Task | undefined {
  const ready = dockerReadiness();
  if (!ready.ok) {
    void vscode.window.showErrorMessage(ready.reason);
    return undefined;
  }
  const folder = typeof scope === 'object' ? scope.uri.fsPath : undefined;
  const task = new vscode.Task(definitionFromRequest(req, folder), scope, taskName(req), 'dockwise', buildExecution(ready.docker, req), []);
  task.group = vscode.TaskGroup.Build;
  return task;
}

export class BuildTaskProvider implements vscode.TaskProvider {
  /** Build tasks are made by the picker or written in tasks.json; there is nothing to list up front. */
  provideTasks(): vscode.Task[] {
    return [];
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const ready = dockerReadiness();
    if (!ready.ok) {
      void vscode.window.showErrorMessage(ready.reason);
      return undefined;
    }
    const fallback = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
    let execution: vscode.ProcessExecution;
    try {
      execution = buildExecution(ready.docker, requestFromDefinition(task.definition, folderOf(task.scope, fallback)));
    } catch (e) {
      if (!(e instanceof BuildRequestError)) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('Invalid dockwise-build task: {0}', e.message));
      return undefined;
    }
    const scope = task.scope === undefined || task.scope === vscode.TaskScope.Global ? vscode.TaskScope.Workspace : task.scope;
    // The definition must be the very object VS Code passed in, or it treats the task as a different one.
    return new vscode.Task(task.definition, scope, task.name, 'dockwise', execution, []);
  }
}

export function registerBuildTasks(): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(buildTaskType, new BuildTaskProvider());
}
