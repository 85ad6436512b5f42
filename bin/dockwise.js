#!/usr/bin/env node
// Entry point of `npx dockwise`: runs the bundled CLI.
require('../dist/cli.js');
