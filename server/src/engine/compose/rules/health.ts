// Whether a dependency can report "healthy", and the edit that gives it a healthcheck when it cannot.
import type { ProjectAccess } from '../../rule';
import type { TextEdit } from '../../text';
import type { ComposeModel } from '../model';
import { effectiveService, type ComposeProject } from '../project';
import { composeHealthcheck, fittedTest, healthcheckLines, imageHasNoOwnHealthcheck, serviceImage } from './datastores';
import { ownServices } from './services';
import { appendToMap, indentUnit } from './yamlEdit';

export type Health =
  /** A healthcheck in compose or in the Dockerfile stage it builds. */
  | 'yes'
  /** Certainly none: disabled, or a build (or known image) without HEALTHCHECK. */
  | 'no'
  /** A prebuilt image we cannot see into. */
  | 'unknown';

export function healthOf(project: ComposeProject, access: ProjectAccess, name: string): Health {
  const eff = effectiveService(project, name);
  if (!eff) return 'unknown';
  const hc = composeHealthcheck(eff);
  if (hc === 'yes') return 'yes';
  if (hc === 'disabled') return 'no';
  const img = serviceImage(project, access, eff);
  if (img?.dockerfileRead) {
    if (img.dockerfileHealthcheck) return 'yes';
    return imageHasNoOwnHealthcheck(img.raw) ? 'no' : 'unknown';
  }
  // A prebuilt image may define HEALTHCHECK in its own Dockerfile, which we cannot read.
  return 'unknown';
}

/** The edit adding a fitted healthcheck to a service written in the linted file; null when none fits. */
export function addHealthcheck(file: ComposeModel, project: ComposeProject, access: ProjectAccess, name: string): TextEdit | null {
  const svc = ownServices(file).find((s) => s.key === name);
  const eff = effectiveService(project, name);
  if (!svc || svc.value?.type !== 'map' || !eff || eff.has('healthcheck')) return null;
  const test = fittedTest(serviceImage(project, access, eff), eff);
  if (!test) return null;
  return appendToMap(file, svc.value, healthcheckLines(test, indentUnit(file)));
}
