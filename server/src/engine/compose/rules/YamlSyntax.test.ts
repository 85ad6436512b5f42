import { ruleCases } from '../../../../../test/harness/check';

ruleCases('YamlSyntax', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    // An unclosed quote: reported on the line that opens it, not at the end of the file.
    `
    services:
      web:
        image: "nginx
        ^^^^^^^^^^^^^ YamlSyntax
    `,
    // Several errors, each at its own place.
    `
    services:
      web:
        command: [a, b
        image: nginx
        ^ YamlSyntax
               ^ YamlSyntax
               ^^^^^ YamlSyntax
      db: {image: postgres
      ^^^^^^^^^^^^^^^^^^^^ YamlSyntax
    `,
  ],
  quiet: [
    `
    x-base: &base
      restart: always
    services:
      web:
        <<: *base
        image: nginx
        ports: !reset []
        volumes: !override ["./a:/a"]
    `,
  ],
});
