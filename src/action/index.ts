// The entry point ncc bundles into dist/action/ (dist/index.js imports it): the runner runs it with node24.
import { isPoolWorker } from '../check/pool-tag.js';

// A worker thread of a run with many files (check/pool.ts) runs this same file, without the
// action's libraries.
if (isPoolWorker()) (await import('../check/pool.js')).serveChecks();
else await (await import('./main.js')).main(process.argv[1]);
