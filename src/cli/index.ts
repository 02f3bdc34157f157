/** The entry ncc bundles into dist/cli/ (dist/cli.js, the `rflint` bin, imports it). */
import { main } from './main.js';

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // main catches everything; this is the last guard, still without a stack trace.
    process.stderr.write(`rflint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
