/** The entry ncc bundles into dist/cli/ (dist/cli.js, the `rflint` bin, imports it). */
import { isPoolWorker } from '../check/pool-tag.js';
import { main } from './main.js';

// A worker thread of a run with many files (check/pool.ts) runs this same file.
if (isPoolWorker()) void import('../check/pool.js').then((pool) => pool.serveChecks());
else run();

function run(): void {
  // argv[1], this file (or the bin linking to it): what the worker threads run.
  main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, entry: process.argv[1] }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // main catches everything; this is the last guard, still without a stack trace.
      process.stderr.write(`rflint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
