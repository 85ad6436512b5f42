// The image a stage really starts from: follows `FROM <stage>` chains and expands global ARG
// defaults in FROM, so image-aware rules see `FROM golang:${GO_VERSION}` as the image it builds.
import type { DfInstruction, DockerfileModel } from './model';
import { parseImageRef, stageBase, type ImageRef, type StageBase } from './images';
import type { Span } from '../text';
import { expandFromImage } from './variables';

const cache = new WeakMap<DockerfileModel, Map<number, StageBase>>();

/** The base of a stage (cached per model), with ARG defaults expanded in the root FROM. */
export function baseOf(model: DockerfileModel, stageIndex: number): StageBase {
  let m = cache.get(model);
  if (!m) cache.set(model, (m = new Map()));
  let b = m.get(stageIndex);
  if (!b) {
    b = stageBase(model, stageIndex, (image) => expandFromImage(model, image));
    m.set(stageIndex, b);
  }
  return b;
}

/** Every instruction of a stage and the stages it is built on, in build order. */
export function chainInstructions(model: DockerfileModel, stageIndex: number): DfInstruction[] {
  return baseOf(model, stageIndex).chain.flatMap((i) => model.stages[i].instructions);
}

/** The stage a `COPY --from=` value names (by name or index); undefined for images and contexts. */
export function stageNamed(model: DockerfileModel, value: string, before: number): number | undefined {
  const byName = model.stageByName(value);
  if (byName && byName.index < before) return byName.index;
  if (/^\d+$/.test(value) && Number(value) < before) return Number(value);
  return undefined;
}

export interface FromImage {
  stage: number;
  /** The image token in FROM. */
  span: Span;
  /** The reference after ARG defaults are expanded. */
  ref: ImageRef;
  /** The reference holds variables (ranges then cover the whole token). */
  expanded: boolean;
}

/** The images FROM lines pull (stage references and `scratch` excluded), ARG defaults expanded. */
export function fromImages(model: DockerfileModel): FromImage[] {
  const out: FromImage[] = [];
  for (const st of model.stages) {
    if (st.parentStage !== null || !st.image || !st.imageSpan) continue;
    const expanded = st.image.includes('$');
    const raw = expanded ? expandFromImage(model, st.image) : st.image;
    if (!raw) continue;
    const ref = parseImageRef(raw);
    if (!ref || (ref.registry === 'docker.io' && ref.repository === 'scratch')) continue;
    // A name that an earlier stage holds after expansion is a stage, not an image.
    if (expanded && model.stages.some((s) => s.index < st.index && s.name?.toLowerCase() === raw.toLowerCase())) continue;
    out.push({ stage: st.index, span: st.imageSpan, ref, expanded });
  }
  return out;
}
