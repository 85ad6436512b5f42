// FROM takes an image, or an image, `AS` and a stage name: anything else stops the build.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';

interface Data {
  count: number;
  word: string;
}

export default defineDockerfileRule<Data>({
  id: 'FromArgumentCount',
  severity: 'error',
  message: (d) =>
    d.count === 3
      ? fill({ en: 'Expected AS before the stage name, found "{word}".', ru: 'Перед именем стадии ожидалось AS, а стоит «{word}».' }, { word: d.word })
      : fill(
          {
            en: 'FROM takes one argument (the image) or three (image AS name); here are {count}.',
            ru: 'FROM принимает один аргумент (образ) или три (образ AS имя), а здесь их {count}.',
          },
          { count: d.count },
        ),
  check({ file, report }) {
    for (const st of file.stages) {
      const args = st.from.args;
      if (args.length === 0 || args.length === 1) continue;
      if (args.length === 3 && args[1].value.toUpperCase() === 'AS') continue;
      const span = args.length === 3 ? args[1].span : { start: args[1].span.start, end: args[args.length - 1].span.end };
      report(span, { data: { count: args.length, word: args[1].value } });
    }
  },
});
