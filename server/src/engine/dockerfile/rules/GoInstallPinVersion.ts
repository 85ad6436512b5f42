// `go install example.com/tool` (or `@latest`) builds whatever the module's head is that day.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, positionals } from '../shell';
import { runsOf } from '../runEdits';
import { goPinned, unpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'GoInstallPinVersion',
  severity: 'off',
  aliases: { hadolint: ['DL3062'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` has no fixed version, so rebuilds may build another one. Name a release: `{module}@v<version>`.',
        ru: 'У `{name}` нет точной версии, и при пересборке может собраться другая. Укажите релиз: `{module}@v<версия>`.',
      },
      { name: d.name, module: d.name.replace(/@[^@/]*$/, '') },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'go')) {
        const pos = positionals(cmd);
        const sub = pos[0]?.value;
        // `go run pkg args…`: only the first word is a package.
        const packages = sub === 'install' || sub === 'get' ? pos.slice(1) : sub === 'run' ? pos.slice(1, 2) : [];
        for (const w of unpinned(packages, goPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
