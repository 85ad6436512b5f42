import { ruleCases } from '../../../../../test/harness/check';

ruleCases('Sudo', {
  fires: [
    `
    FROM debian:12
    RUN sudo -u app make install && echo ok
        ^^^^ Sudo
    `,
    `
    FROM debian:12
    RUN set -e; if true; then sudo rm -rf /tmp/x; fi
                              ^^^^ Sudo
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get install -y sudo
    RUN echo "sudo make me a sandwich" # sudo
    RUN useradd app && echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app
    `,
  ],
});
