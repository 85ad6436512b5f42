import { ruleCases } from '../../../../../test/harness/check';

ruleCases('RunInteractiveCommand', {
  fires: [
    `
    FROM debian:12
    RUN service nginx start && ps aux | grep nginx
        ^^^^^^^ RunInteractiveCommand
                               ^^ RunInteractiveCommand
    `,
    `
    FROM debian:12
    RUN sudo shutdown -h now; ssh git@example.com
             ^^^^^^^^ RunInteractiveCommand
                              ^^^ RunInteractiveCommand
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get install -y procps openssh-client vim
    RUN echo "service nginx start" && command -v ps && which top
    RUN pkill -f nginx || true
    CMD ["service", "nginx", "start"]
    `,
  ],
});
