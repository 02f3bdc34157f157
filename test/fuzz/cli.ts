/**
 * The long fuzz run: `npm run fuzz -- --runs N [--format NAME] [--seed S]`. For each loader in
 * turn, N inputs through the same property as `npm test`'s bounded run; prints inputs per second
 * and, for a failure, the shrunk input (base64) and the seed and path that reproduce it
 * (`--seed S --path P`). Exits 1 when any format failed. `--trace --out F` writes each input to
 * F.<format> before trying it: after a crash of the whole process, F holds the input.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { inputs, violation } from './property.js';
import { TARGETS } from './targets.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, format: { type: 'string', multiple: true }, seed: { type: 'string' }, path: { type: 'string' }, out: { type: 'string' }, trace: { type: 'boolean' } } });
const runs = Number(values.runs);
const chosen = values.format?.length ? TARGETS.filter((t) => values.format!.includes(t.name)) : TARGETS;
if (chosen.length === 0) {
  console.error(`unknown format; one of: ${TARGETS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
let unhandled: unknown;
process.on('unhandledRejection', (reason) => (unhandled ??= reason));

let failed = 0;
for (const target of chosen) {
  // The seed up front: a run that dies (out of memory) can still be replayed.
  const seed = values.seed ? Number(values.seed) : Date.now() ^ (Math.random() * 0x100000000);
  console.log(`${target.name.padEnd(12)} seed ${seed}`);
  const started = performance.now();
  let tried = 0;
  const result = await fc.check(
    fc.asyncProperty(inputs(target), async (bytes) => {
      tried++;
      // Replaying one input (--path), or --trace: keep it on disk first, in case it hangs or
      // takes the process down (out of memory).
      if ((values.path || values.trace) && values.out) writeFileSync(`${values.out}.${target.name}`, bytes);
      const problem = await violation(target, bytes);
      if (unhandled !== undefined) throw new Error(`unhandled rejection: ${String(unhandled)}`);
      if (problem) throw new Error(problem);
    }),
    { numRuns: runs, seed, ...(values.path ? { path: values.path } : {}) },
  );
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(result.numRuns / seconds);
  if (!result.failed) {
    console.log(`${target.name.padEnd(12)} ${result.numRuns} inputs, 0 failures, ${seconds.toFixed(1)} s, ${rate} inputs/s`);
    continue;
  }
  failed++;
  const bytes = result.counterexample?.[0] as Uint8Array | undefined;
  console.log(`${target.name.padEnd(12)} FAILED after ${result.numRuns} inputs (${tried} tried with shrinking), ${seconds.toFixed(1)} s`);
  console.log(`  reproduce: npm run fuzz -- --format ${target.name} --seed=${result.seed} --path=${result.counterexamplePath} --runs ${runs}`);
  console.log(`  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).split('\n').join('\n  ')}`);
  if (bytes) {
    console.log(`  input (${bytes.length} bytes, base64): ${Buffer.from(bytes).toString('base64').slice(0, 2000)}`);
    if (values.out) writeFileSync(`${values.out}.${target.name}`, bytes);
  }
}
process.exit(failed > 0 ? 1 : 0);
