// The shared corpus of real-world Dockerfiles and compose files, found beside the repo (never copied into it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { detectKind, type DocumentKind } from '../../server/src/engine/index';

export const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

export interface CorpusFile {
  /** Path relative to the corpus folder, with `/`. */
  rel: string;
  abs: string;
  kind: DocumentKind;
}

export function corpusAvailable(): boolean {
  return existsSync(path.join(CORPUS, 'dockerfiles')) && existsSync(path.join(CORPUS, 'compose'));
}

export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const top of ['dockerfiles', 'compose'] as const) {
    const base = path.join(CORPUS, top);
    for (const folder of readdirSync(base).sort()) {
      const dir = path.join(base, folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of readdirSync(dir).sort()) {
        const abs = path.join(dir, name);
        if (!statSync(abs).isFile()) continue;
        // A file's kind is given by the folder it is in (some compose files are named stack.yml).
        const kind: DocumentKind | undefined = top === 'compose' ? (/\.ya?ml$/i.test(name) ? 'compose' : undefined) : detectKind(abs);
        if (kind) out.push({ rel: `${top}/${folder}/${name}`, abs, kind });
      }
    }
  }
  return out;
}
