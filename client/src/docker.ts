// The only module that prepares a process for docker: a ProcessExecution with an argument vector, never a shell.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { buildArgv, type BuildRequest } from './dockerArgs';
import { findOnPath } from './findExecutable';

function isExecutableFile(candidate: string): boolean {
  try {
    const stat = fs.statSync(candidate);
    if (!stat.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(candidate, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of the docker CLI on PATH, or undefined when it is not installed. */
export function findDocker(): string | undefined {
  return findOnPath('docker', process.env, process.platform, isExecutableFile);
}

export type DockerReadiness = { readonly ok: true; readonly docker: string } | { readonly ok: false; readonly reason: string };

/** Whether a build may run here: the workspace is trusted and docker is installed. */
export function dockerReadiness(): DockerReadiness {
  if (!vscode.workspace.isTrusted) {
    return {
      ok: false,
      reason: vscode.l10n.t('Dockwise does not run docker in an untrusted workspace. Trust the workspace to build stages.'),
    };
  }
  const docker = findDocker();
  if (docker === undefined) {
    return {
      ok: false,
      reason: vscode.l10n.t('Docker is not installed or not on PATH: the "docker" command was not found. Install Docker and restart VS Code.'),
    };
  }
  return { ok: true, docker };
}

/** The execution of `docker build …` for a task: the program and its arguments, with no shell between. */
export function buildExecution(docker: string, request: BuildRequest): vscode.ProcessExecution {
  return new vscode.ProcessExecution(docker, buildArgv(request), { cwd: request.context });
}
