// CodeLenses that start the build-target picker: "Build stage" above each named FROM of a Dockerfile, and above
// each compose service whose build has a `target`. Both read the stages from the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { composeBuild } from './buildTargets';
import type { BuildStageTarget } from './commands/buildStage';
import { requestStages } from './stagesRequest';

export const buildStageCommandId = 'dockwise.buildStage';

export const dockerfileSelector: vscode.DocumentSelector = [
  { language: 'dockerfile' },
  { scheme: 'file', pattern: '**/{Dockerfile,Containerfile,Dockerfile.*,*.Dockerfile,*.dockerfile}' },
];

export const composeSelector: vscode.DocumentSelector = [
  { language: 'dockercompose' },
  { scheme: 'file', pattern: '**/{compose,docker-compose}{,.*,-*}.{yml,yaml}' },
];

export class StageCodeLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    let info;
    try {
      info = await requestStages(this.client, document.uri.toString(), token);
    } catch {
      // The server may still be starting or the request was cancelled: no lenses this time.
      return [];
    }
    if (info === undefined || token.isCancellationRequested) return [];
    const lineRange = (line: number): vscode.Range | undefined =>
      line >= 0 && line < document.lineCount ? document.lineAt(line).range : undefined;
    const lenses: vscode.CodeLens[] = [];
    if (info.kind === 'dockerfile') {
      for (const stage of info.stages) {
        const range = lineRange(stage.line);
        if (stage.name === null || stage.name === '' || range === undefined) continue;
        const arg: BuildStageTarget = { dockerfile: document.uri.toString(), stage: stage.name };
        lenses.push(
          new vscode.CodeLens(range, {
            title: vscode.l10n.t('$(play) Build stage'),
            tooltip: `docker build --target ${stage.name}`,
            command: buildStageCommandId,
            arguments: [arg],
          }),
        );
      }
      return lenses;
    }
    if (document.uri.scheme !== 'file') return [];
    for (const service of info.services) {
      const build = composeBuild(document.uri.fsPath, service);
      const range = lineRange(service.line);
      if (build === null || range === undefined) continue;
      const arg: BuildStageTarget = { dockerfile: vscode.Uri.file(build.dockerfile).toString(), stage: build.target, context: build.context };
      lenses.push(
        new vscode.CodeLens(range, {
          title: vscode.l10n.t('$(play) Build stage "{0}"', build.target),
          tooltip: `docker build --target ${build.target} -f ${vscode.workspace.asRelativePath(build.dockerfile)}`,
          command: buildStageCommandId,
          arguments: [arg],
        }),
      );
    }
    return lenses;
  }
}
