import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidDuration', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        healthcheck:
          test: ["CMD", "true"]
          interval: 10
                    ^^ InvalidDuration
          timeout: 5 sec
                   ^^^^^ InvalidDuration
        stop_grace_period: 1d
                           ^^ InvalidDuration
    `,
    `
    services:
      web:
        image: nginx
        deploy:
          restart_policy:
            delay: \${DELAY:-5}
                   ^^^^^^^^^^^ InvalidDuration
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        healthcheck:
          test: ["CMD", "true"]
          interval: 1m30s
          timeout: 500ms
          start_period: "0"
          start_interval: \${START:-2s}
        stop_grace_period: \${GRACE}
        deploy:
          update_config:
            delay: 1.5h
    `,
  ],
});
