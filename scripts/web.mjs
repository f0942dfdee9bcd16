// `npm run web [-- --port N --db FILE]`: the same services and renderer over loopback HTTP.
import { join } from 'node:path';
import { ensureBuilt, npxCmd, root, run } from './lib.mjs';

ensureBuilt();
process.exit(run(npxCmd, ['tsx', join(root, 'src', 'server', 'web-main.ts'), ...process.argv.slice(2)]));
