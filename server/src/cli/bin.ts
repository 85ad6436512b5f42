// Process entry of the CLI bundle (dist/cli.js): arguments in, output and exit code out.
import { run } from './main';

const r = run(process.argv.slice(2), process.env, !!process.stdout.isTTY);
process.stdout.write(r.stdout);
if (r.stderr) process.stderr.write(r.stderr);
process.exitCode = r.code;
