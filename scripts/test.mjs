// `npm test`: builds the app (the end-to-end tests drive the built renderer) and runs every test.
import { npmCmd, npxCmd, run } from './lib.mjs';

if (run(npmCmd, ['run', 'build']) !== 0) process.exit(1);
process.exit(run(npxCmd, ['vitest', 'run', ...process.argv.slice(2)]));
