import { ruleCases } from '../../../../../test/harness/check';

ruleCases('IgnorePragmaUsed', {
  fires: [
    `
    FROM debian:12
    # hadolint ignore=DL3008,DL3015
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IgnorePragmaUsed
    RUN apt-get update && apt-get install -y curl
    #dockwise-ignore AptListsNotCleaned
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IgnorePragmaUsed
    RUN apt-get update
    `,
  ],
  quiet: [
    `
    # syntax=docker/dockerfile:1
    FROM debian:12
    # we ignore nothing here; see hadolint docs
    # check=skip=JSONArgsRecommended
    RUN echo "# hadolint ignore=DL3008"
    `,
  ],
});
