import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidStopSignal', {
  fires: [
    `
    FROM nginx:1.27
    STOPSIGNAL SIGTERMM
               ^^^^^^^^ InvalidStopSignal
    STOPSIGNAL 0
               ^ InvalidStopSignal
    STOPSIGNAL SIGTERM now
               ^^^^^^^^^^^ InvalidStopSignal
    `,
  ],
  quiet: [
    `
    FROM nginx:1.27
    STOPSIGNAL SIGQUIT
    STOPSIGNAL term
    STOPSIGNAL 9
    STOPSIGNAL SIGRTMIN+3
    STOPSIGNAL "SIGINT"
    STOPSIGNAL \$SIG
    `,
  ],
  fixes: [
    { before: 'FROM nginx:1.27\nSTOPSIGNAL SIGTERMM\n', after: 'FROM nginx:1.27\nSTOPSIGNAL SIGTERM\n' },
    { before: 'FROM nginx:1.27\nSTOPSIGNAL QUTI\n', after: 'FROM nginx:1.27\nSTOPSIGNAL QUIT\n' },
  ],
});
