import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidInterpolation', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: "nginx:\${TAG"
                      ^^^^^ InvalidInterpolation
        environment:
          PRICE: 5$
                  ^ InvalidInterpolation
          BAD: \${1X}
               ^^^^^ InvalidInterpolation
          CMD: echo $(date)
                    ^^ InvalidInterpolation
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:\${TAG:-1.27}
        command: sh -c 'echo $$HOME $$(date) $$\{X}'
        environment:
          A: \${A:-\${B:-x}}
          B: $B
          C: \${C:?set C}
          D: "\${D:+on}"
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          environment:
            PASSWORD: "pa$ word"
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          environment:
            PASSWORD: "pa$$ word"
      `,
    },
  ],
});
