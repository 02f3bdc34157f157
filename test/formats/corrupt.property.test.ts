/**
 * Bad bytes never crash a loader: for every loader (test/fuzz/targets.ts lists them with their
 * seeds), damaged real files and noise give a model or diagnostics of the loader's own codes
 * (with a line, for text formats), never an exception, an unhandled rejection or a hang. The
 * files take the CLI's path (check/load-file.ts, then the check layer); test/fuzz/property.ts
 * says exactly what is checked. This is the bounded run; `npm run fuzz -- --runs N` is the long one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputs, violation } from '../fuzz/property.js';
import { TARGETS } from '../fuzz/targets.js';

/** Inputs per loader here: the whole file stays under ~20 s on a busy 2-core machine. */
const RUNS = Number(process.env.RFLINT_FUZZ_RUNS ?? 100);

describe('corrupt files', () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))('%s: damaged files load or explain', async (_name, target) => {
    await fc.assert(
      fc.asyncProperty(inputs(target), async (bytes) => {
        expect(await violation(target, bytes)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('every seed loads: mutations start from working files', async () => {
    for (const target of TARGETS) {
      for (const seed of target.seeds()) expect(await violation(target, seed), target.name).toBeUndefined();
    }
  });
});
