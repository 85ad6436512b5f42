// Remembers, per Dockerfile, the image tag the user last entered and the stage last built, in workspace state.
import * as vscode from 'vscode';

const tagKey = (dockerfile: vscode.Uri): string => `dockwise.build.tag:${dockerfile.toString()}`;
const targetKey = (dockerfile: vscode.Uri): string => `dockwise.build.lastTarget:${dockerfile.toString()}`;

export class BuildMemory {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the Dockerfile whose remembered values changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  tag(dockerfile: vscode.Uri): string | undefined {
    return this.state.get<string>(tagKey(dockerfile));
  }

  /** The label of the last stage built: its name, or the final stage's label when it has none. */
  lastTarget(dockerfile: vscode.Uri): string | undefined {
    return this.state.get<string>(targetKey(dockerfile));
  }

  async remember(dockerfile: vscode.Uri, tag: string, targetLabel: string): Promise<void> {
    await this.state.update(tagKey(dockerfile), tag);
    await this.state.update(targetKey(dockerfile), targetLabel);
    this.changed.fire(dockerfile);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
