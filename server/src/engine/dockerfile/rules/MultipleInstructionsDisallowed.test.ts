import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MultipleInstructionsDisallowed', {
  fires: [
    `
    FROM node:20
    CMD ["node", "a.js"]
    ^^^ MultipleInstructionsDisallowed
    ENTRYPOINT ["tini", "--"]
    ^^^^^^^^^^ MultipleInstructionsDisallowed
    HEALTHCHECK CMD curl -f http://localhost/
    ^^^^^^^^^^^ MultipleInstructionsDisallowed
    HEALTHCHECK NONE
    ENTRYPOINT ["dumb-init", "--"]
    CMD ["node", "b.js"]
    `,
  ],
  quiet: [
    `
    FROM node:20 AS base
    CMD ["node", "a.js"]
    FROM base
    CMD ["node", "b.js"]
    `,
  ],
  fixes: [
    {
      before: 'FROM node:20\n# start\nCMD node \\\n  a.js\nCMD ["node", "b.js"]\n',
      after: 'FROM node:20\n# start\nCMD ["node", "b.js"]\n',
    },
  ],
});
