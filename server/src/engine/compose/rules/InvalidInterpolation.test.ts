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
          BAD: \${1X}
               ^^^^^ InvalidInterpolation
          EMPTY: "\${}"
                  ^^^ InvalidInterpolation
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:\${TAG:-1.27}
        command: sh -c 'echo $$HOME $$(date) $$\{X}'
        environment:
          PRICE: 5$
          CMD: echo $(date) $1 $} a $ b
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
            PRICE: "5\${each"
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          environment:
            PRICE: "5$\${each"
      `,
    },
  ],
});
