// The `image:` of a service, interpolated and split into repository, tag and digest.
import { parseImageRef, type ImageRef } from '../../dockerfile/images';
import { get } from '../model';
import type { CNode, ComposeModel } from '../model';
import type { CheckContext } from '../../rule';
import { ownServices, projectOf, resolved } from './services';

export interface ServiceImageRef {
  service: string;
  node: CNode;
  ref: ImageRef;
  /** The value is written without variables, so parts can be located in the text. */
  literal: boolean;
}

/** The images of the linted file's services that run a pulled image (services that build are left out). */
export function pulledImages(ctx: Pick<CheckContext<ComposeModel, unknown>, 'file' | 'ws' | 'project'>): ServiceImageRef[] {
  const project = projectOf(ctx);
  const out: ServiceImageRef[] = [];
  const seen = new Set<CNode>();
  for (const svc of ownServices(ctx.file)) {
    const node = get(svc.value, 'image');
    if (!node || seen.has(node) || get(svc.value, 'build')) continue;
    seen.add(node);
    const v = resolved(project, node);
    const ref = v ? parseImageRef(v) : null;
    if (ref) out.push({ service: svc.key, node, ref, literal: !String((node as { value?: unknown }).value ?? '').includes('$') });
  }
  return out;
}
