// Pure decision of where the scaffolder writes: nothing is overwritten unless the user chose so, and "beside"
// picks names that do not exist yet and that docker still pairs up (Dockerfile.new + Dockerfile.new.dockerignore).

export type ConflictChoice = 'overwrite' | 'beside' | 'cancel';

export type GeneratedName = 'Dockerfile' | '.dockerignore' | 'compose.yaml';

export interface PlannedWrite {
  readonly generated: GeneratedName;
  /** File name inside the target folder. */
  readonly fileName: string;
  /** True when the file exists and the user chose to overwrite it (the edit replaces its text). */
  readonly replaces: boolean;
}

export type WritePlan =
  | { readonly kind: 'write'; readonly writes: readonly PlannedWrite[]; readonly dockerfileName: string }
  | { readonly kind: 'ask'; readonly conflicts: readonly string[] }
  | { readonly kind: 'cancel' };

/** Compose reads any of these as the project file; writing compose.yaml beside one would start a second project file. */
const composeNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The existing file a generated one collides with, if any. */
function collision(generated: GeneratedName, exists: (name: string) => boolean): string | undefined {
  if (generated === 'compose.yaml') return composeNames.find(exists);
  return exists(generated) ? generated : undefined;
}

/** `base`, else `base` with -2, -3… before the suffix, the first name not taken. */
function freeName(stem: string, suffix: string, exists: (name: string) => boolean): string {
  if (!exists(stem + suffix)) return stem + suffix;
  for (let i = 2; ; i++) {
    const candidate = `${stem}-${i}${suffix}`;
    if (!exists(candidate)) return candidate;
  }
}

/**
 * Plans the writes of `generated` files into a folder where `exists` tells which names are taken.
 * Without a choice and with conflicts, the answer is to ask; "cancel" writes nothing.
 */
export function planWrites(
  generated: readonly GeneratedName[],
  exists: (name: string) => boolean,
  choice: ConflictChoice | undefined,
): WritePlan {
  const conflicts = generated.map((g) => collision(g, exists)).filter((c): c is string => c !== undefined);
  if (conflicts.length === 0) {
    return { kind: 'write', writes: generated.map((g) => ({ generated: g, fileName: g, replaces: false })), dockerfileName: 'Dockerfile' };
  }
  if (choice === undefined) return { kind: 'ask', conflicts };
  if (choice === 'cancel') return { kind: 'cancel' };
  if (choice === 'overwrite') {
    return {
      kind: 'write',
      writes: generated.map((g) => {
        const existing = collision(g, exists);
        return { generated: g, fileName: existing ?? g, replaces: existing !== undefined };
      }),
      dockerfileName: 'Dockerfile',
    };
  }
  // Beside: only the colliding files move. BuildKit reads <Dockerfile>.dockerignore before .dockerignore,
  // so the new ignore file is named after the Dockerfile it serves.
  const dockerfileName = collision('Dockerfile', exists) === undefined ? 'Dockerfile' : freeName('Dockerfile.new', '', exists);
  const writes = generated.map((g): PlannedWrite => {
    if (collision(g, exists) === undefined) return { generated: g, fileName: g, replaces: false };
    const besideName: Record<GeneratedName, () => string> = {
      Dockerfile: () => dockerfileName,
      '.dockerignore': () => freeName(dockerfileName, '.dockerignore', exists),
      'compose.yaml': () => freeName('compose.new', '.yaml', exists),
    };
    return { generated: g, fileName: besideName[g](), replaces: false };
  });
  return { kind: 'write', writes, dockerfileName };
}
