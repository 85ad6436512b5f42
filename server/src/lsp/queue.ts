// Runs validations off the message loop, newest version only: a burst of edits costs one lint, a
// stale version is dropped before it is computed, and diagnostics of version N are never sent after N+1.

type Job = { version: number; urgent: boolean };

export class ValidationQueue {
  private readonly pending = new Map<string, Job>();
  private scheduled = false;

  /**
   * `defer` runs a callback on a later turn of the event loop (setImmediate: after the messages
   * already read, so a newer version can replace a waiting one; no timer, so no added delay).
   */
  constructor(
    private readonly run: (uri: string, version: number) => void,
    private readonly defer: (callback: () => void) => void = (callback) => void setImmediate(callback),
  ) {}

  schedule(uri: string, version: number, when: 'now' | 'later'): void {
    const prev = this.pending.get(uri);
    this.pending.set(uri, { version, urgent: when === 'now' || (prev?.urgent ?? false) });
    if (!this.scheduled) {
      this.scheduled = true;
      this.defer(() => this.drain());
    }
  }

  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  /** Versions waiting, for tests. */
  get size(): number {
    return this.pending.size;
  }

  private drain(): void {
    this.scheduled = false;
    // Urgent (edited) documents first, then the ones that depend on them; one per tick so that
    // incoming edits are read between validations and replace what is still waiting.
    const next = [...this.pending.entries()].sort((a, b) => Number(b[1].urgent) - Number(a[1].urgent))[0];
    if (!next) return;
    const [uri, job] = next;
    this.pending.delete(uri);
    try {
      this.run(uri, job.version);
    } finally {
      if (this.pending.size && !this.scheduled) {
        this.scheduled = true;
        this.defer(() => this.drain());
      }
    }
  }
}
