import { ruleCases } from '../../../../../test/harness/check';

ruleCases('GemPinVersions', {
  fires: [
    `
    FROM ruby:3.3
    RUN gem install bundler:2.5.9 rake --no-document
                                  ^^^^ GemPinVersions
    `,
  ],
  quiet: [
    `
    FROM ruby:3.3
    RUN gem install bundler -v 2.5.9 && gem install rails --version '~> 7.1' && gem install rake --version=13.2.1
    RUN gem install ./vendor/tool-1.0.gem && gem install bundler:2.5.9
    RUN gem update --system 3.5.11 && gem list
    `,
  ],
});
