import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedVariable', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: "nginx:\${TAG}"
                      ^^^^^^ UndefinedVariable
        command: echo $GREETING
                      ^^^^^^^^^ UndefinedVariable
        environment:
          A: \${SET:-\${UNSET}}
                    ^^^^^^^^ UndefinedVariable
    //- /ws/.env
    KNOWN=1
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    x-img: &img "app:\${KNOWN}"
    services:
      web:
        image: *img
        user: \${USER}
        command: echo $$LITERAL \${A:-x} \${B-} \${C:+y}
        env_file: app.env
        environment:
          A: \${SET:-\${UNSET}}
          B: \${FROM_ENV_FILE}
    //- /ws/.env
    KNOWN=1
    SET=yes
    //- /ws/app.env
    FROM_ENV_FILE=2
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: "nginx:\${TAG}"
      `,
      after: `
      services:
        web:
          image: "nginx:\${TAG:-}"
      `,
    },
    {
      before: `
      //- /ws/compose.yaml
      services:
        web:
          command: echo $GREETING
          image: nginx:1.27
      //- /ws/.env
      A=1
      `,
      after: `
      services:
        web:
          command: echo $GREETING
          image: nginx:1.27
      `,
      index: 1,
      files: { '/ws/.env': 'A=1\nGREETING=\n' },
    },
  ],
});
