// Stage names must start with a letter and hold only letters, digits, `-`, `_` and `.`.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';

const VALID = /^[a-z][a-z0-9-_.]*$/;

export default defineDockerfileRule<{ name: string }>({
  id: 'InvalidStageName',
  severity: 'error',
  message: (d) =>
    fill(
      {
        en: '"{name}" is not a valid stage name: start with a letter and use only letters, digits, "-", "_" and ".".',
        ru: '«{name}» — недопустимое имя стадии: оно должно начинаться с буквы и содержать только буквы, цифры, «-», «_» и «.».',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const st of file.stages) {
      const args = st.from.args;
      if (args.length !== 3 || args[1].value.toUpperCase() !== 'AS') continue;
      if (!VALID.test(args[2].value.toLowerCase())) report(args[2].span, { data: { name: args[2].value } });
    }
  },
});
