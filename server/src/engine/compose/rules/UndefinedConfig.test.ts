import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedConfig', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      proxy:
        image: nginx:1.27
        configs:
          - source: nginx_conf
                    ^^^^^^^^^^ UndefinedConfig
            target: /etc/nginx/nginx.conf
    configs:
      other:
        content: hello
    `,
  ],
  quiet: [
    `
    services:
      proxy:
        image: nginx:1.27
        configs: [nginx_conf]
    configs:
      nginx_conf:
        content: |
          events {}
    `,
  ],
  fixes: [
    {
      before: `
      services:
        proxy:
          image: nginx:1.27
          configs: [nginx_conf]
      configs:
        other:
          content: hello
      `,
      after: `
      services:
        proxy:
          image: nginx:1.27
          configs: [nginx_conf]
      configs:
        other:
          content: hello
        nginx_conf:
          environment: "NGINX_CONF"
      `,
    },
  ],
});
