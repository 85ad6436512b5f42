import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DuplicateContainerName', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        container_name: app
                        ^^^ DuplicateContainerName
      api:
        image: myapi:1.0
        container_name: "app"
                         ^^^ DuplicateContainerName
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        container_name: \${NAME:-app}
                        ^^^^^^^^^^^^ DuplicateContainerName
    //- /ws/compose.override.yaml
    services:
      api:
        image: myapi:1.0
        container_name: app
    `,
  ],
  quiet: [
    // CPU and GPU variants of one service: never enabled together.
    `
    x-ollama: &ollama
      image: ollama/ollama:0.3.12
      container_name: ollama
    services:
      ollama-cpu:
        <<: *ollama
        profiles: [cpu]
      ollama-gpu:
        <<: *ollama
        profiles: [gpu]
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        container_name: web
      api:
        image: myapi:1.0
        container_name: \${API_NAME}
      other:
        image: myapi:1.0
        container_name: \${API_NAME}
    //- /ws/compose.override.yaml
    services:
      web:
        container_name: web
    `,
  ],
});
