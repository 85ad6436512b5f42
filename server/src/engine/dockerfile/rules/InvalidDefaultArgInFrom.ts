// BuildKit's InvalidDefaultArgInFrom: with only the ARG defaults (no --build-arg) FROM would name no valid image.
import { defineDockerfileRule } from '../../rule';
import { expandWithDefaults } from '../variables';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/** Whether Docker's reference parser accepts `ref` as an image name (the distribution/reference grammar). */
export function isValidImageReference(ref: string): boolean {
  if (!ref || /^[a-f0-9]{64}$/.test(ref)) return false;
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const hasDomain = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const remainder = hasDomain ? ref.slice(slash + 1) : ref;
  const name = remainder.replace(/@.*$/, '').replace(/:[^/]*$/, '');
  if (name !== name.toLowerCase()) return false;
  if ((hasDomain ? first.length + 1 : 0) + name.length > 255) return false;
  return REFERENCE.test(ref);
}

export default defineDockerfileRule<{ image: string; expanded: string }>({
  id: 'InvalidDefaultArgInFrom',
  severity: 'warning',
  message: (d) => ({
    en: `With the default ARG values, "${d.image}" becomes "${d.expanded}", which is not a valid image name; give the ARG a valid default.`,
    ru: `Со значениями ARG по умолчанию «${d.image}» превращается в «${d.expanded}» — это не имя образа; задайте ARG корректное значение по умолчанию.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      if (!st.image || !st.imageSpan || !st.image.includes('$')) continue;
      const expanded = expandWithDefaults(file, file.text.slice(st.imageSpan.start, st.imageSpan.end));
      if (expanded === null || isValidImageReference(expanded)) continue;
      report(st.imageSpan, { data: { image: st.image, expanded } });
    }
  },
});
