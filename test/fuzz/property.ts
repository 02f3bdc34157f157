/**
 * The property every loader must keep on any bytes, and the inputs it is tried on. Shared by the
 * bounded run in `npm test` (test/formats/corrupt.property.test.ts) and the long run
 * (`npm run fuzz`), so both test the same thing.
 *
 * A file goes the way the CLI takes it (check/load-file.ts's loadSource: LFS pointers, the
 * registry, the size limit, the catch that turns a thrown error into RF507), then through the
 * check layer (checkModel: the engine, thresholds, ERF), with the per-file time budget running.
 */
import fc from 'fast-check';
import { loadSource, startDeadline } from '../../src/check/load-file.js';
import { checkModel } from '../../src/check/model-check.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { memorySource, mutations, textMutations } from '../support/mutations.js';
import { allowedCodes, type FuzzTarget } from './targets.js';

/**
 * The defaults, as a user runs rflint, but half the time budget: a fuzzed input (a seed at most
 * 50 times its size) takes at most a few seconds of work, so one that reaches 30 s of wall time
 * is a hang to fix. (10 s was reached by 3 s of work on a machine running four test suites.)
 */
const LIMITS = { ...DEFAULT_LIMITS, timeBudgetMs: 30_000 };

/** Inputs for a target: mostly damaged seeds (twice damaged now and then), some pure noise. */
export function inputs(target: FuzzTarget): fc.Arbitrary<Uint8Array> {
  const seeds = target.seeds();
  const damage = (bytes: Uint8Array) => (target.text ? textMutations(bytes, target.syntax) : mutations(bytes));
  const seed = fc.constantFrom(...seeds);
  const noise = target.text
    ? fc.string({ unit: fc.constantFrom(...target.syntax, 'a', 'x', 'conv', 'kernel', '\t', '\u00e9', '\ufeff'), maxLength: 400 }).map((s) => new TextEncoder().encode(s))
    : fc.uint8Array({ maxLength: 400 });
  return fc.oneof(
    { weight: 12, arbitrary: seed.chain(damage) },
    { weight: 3, arbitrary: seed.chain(damage).chain(damage) },
    { weight: 1, arbitrary: noise },
  );
}

/** Undefined when the file was handled as it must be; otherwise what went wrong, in words. */
export async function violation(target: FuzzTarget, bytes: Uint8Array): Promise<string | undefined> {
  const deadline = startDeadline({ limits: LIMITS });
  let load;
  try {
    load = await loadSource(memorySource(target.file, bytes), { limits: LIMITS, deadline });
  } catch (err) {
    return `loadSource threw: ${describe(err)}`;
  }
  const diagnostics = [...load.diagnostics];
  if (load.model) {
    try {
      diagnostics.push(...checkModel(target.file, load.model, [], { deadline }).diagnostics);
    } catch (err) {
      return `checkModel threw: ${describe(err)}`;
    }
  } else if (!load.diagnostics.some((d) => d.severity === 'error')) {
    return 'no model and no error';
  }
  const allowed = allowedCodes(load.format);
  const lines = countLines(bytes);
  for (const d of diagnostics) {
    if (d.code === 'RF507') return `a loader threw: ${d.message}`;
    if (d.code === 'RF511') return `a hang: ${d.message}`;
    if (!allowed.has(d.code)) return `${d.code} is not a code of the ${load.format ?? 'unrecognised'} loader (${d.message})`;
    if (typeof d.message !== 'string' || d.message.length === 0) return `${d.code} has no message`;
    // Only a loader's own errors must have lines: the registry's (RF505) concern no line.
    const loaders = d.code.startsWith('RF5') || d.code.startsWith('RF4') || d.code.startsWith('RF0');
    if (target.text && load.format && !loaders && d.severity === 'error') {
      if (d.line === undefined) return `${d.code} has no line (${d.message})`;
      if (!(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1)) return `${d.code} points at line ${d.line} of ${lines} (${d.message})`;
      if (d.column !== undefined && !(Number.isInteger(d.column) && d.column >= 1)) return `${d.code} points at column ${d.column}`;
    }
  }
  return undefined;
}

function countLines(bytes: Uint8Array): number {
  let n = 1;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack?.split('\n').slice(1, 6).join('\n')}` : String(err);
}
