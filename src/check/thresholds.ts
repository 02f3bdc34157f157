/**
 * Thresholds: gathered for one output from the model file, every matching rule and the default
 * min-rf, then evaluated against the engine's TensorRF. Every source is checked on its own, so a
 * failure says which threshold failed, from where, on which axis, and what to do about it.
 */
import type { ThresholdFailure } from './report.js';
import type { Status } from './report.js';
import type { Thresholds } from '../formats/model.js';
import type { EffectiveRF, TensorRF } from '../rf/index.js';
import { ruleMatchesFile, ruleMatchesOutput } from './match.js';
import type { Rule } from './rules.js';

export type ThresholdName = ThresholdFailure['threshold'];

/** One threshold from one place. */
export interface ThresholdEntry {
  readonly threshold: ThresholdName;
  readonly value: number | readonly number[];
  readonly source: ThresholdFailure['source'];
  /** The rule's index, when source is `rules`. */
  readonly rule?: number;
}

const NAMES: readonly ThresholdName[] = ['min_rf', 'max_rf', 'min_coverage', 'min_erf'];

export function gatherThresholds(
  path: string,
  output: { readonly name: string; readonly aliases?: readonly string[]; readonly thresholds: Thresholds },
  rules: readonly Rule[],
  defaultMinRf: number | undefined,
  defaultMinErf?: number,
): ThresholdEntry[] {
  const entries: ThresholdEntry[] = [];
  const add = (t: Thresholds, source: ThresholdEntry['source'], rule?: number) => {
    for (const threshold of NAMES) {
      const value = t[threshold];
      if (value !== undefined) entries.push({ threshold, value, source, ...(rule !== undefined ? { rule } : {}) });
    }
  };
  add(output.thresholds, 'file');
  for (const rule of rules) {
    const names = [output.name, ...(output.aliases ?? [])];
    if (ruleMatchesFile(rule, path) && names.some((name) => ruleMatchesOutput(rule, name))) add(rule.thresholds, 'rules', rule.index);
  }
  // The default is for outputs that set no min_rf of their own (nor through a rule).
  if (defaultMinRf !== undefined && !entries.some((e) => e.threshold === 'min_rf')) {
    entries.push({ threshold: 'min_rf', value: defaultMinRf, source: 'default' });
  }
  if (defaultMinErf !== undefined && !entries.some((e) => e.threshold === 'min_erf')) {
    entries.push({ threshold: 'min_erf', value: defaultMinErf, source: 'default' });
  }
  return entries;
}

/** The thresholds in force, the strictest per axis (a scalar stays a scalar when all are). */
export function mergeThresholds(entries: readonly ThresholdEntry[], axes: number): Thresholds {
  const pick = (name: ThresholdName, strictest: (a: number, b: number) => number) => {
    const values = entries.filter((e) => e.threshold === name).map((e) => e.value);
    if (values.length === 0) return undefined;
    if (values.every((v) => typeof v === 'number')) return (values as number[]).reduce((a, b) => strictest(a, b));
    return Array.from({ length: axes }, (_, a) => values.map((v) => (typeof v === 'number' ? v : v[a] ?? v[0]!)).reduce((x, y) => strictest(x, y)));
  };
  const min_rf = pick('min_rf', Math.max);
  const max_rf = pick('max_rf', Math.min);
  const min_coverage = pick('min_coverage', Math.max) as number | undefined;
  const min_erf = pick('min_erf', Math.max);
  return {
    ...(min_rf !== undefined ? { min_rf } : {}),
    ...(max_rf !== undefined ? { max_rf } : {}),
    ...(min_coverage !== undefined ? { min_coverage } : {}),
    ...(min_erf !== undefined ? { min_erf } : {}),
  };
}

export interface Evaluation {
  readonly status: Exclude<Status, 'error'> | 'error';
  readonly failures: ThresholdFailure[];
  /** Thresholds that could not be evaluated, and why (a diagnostic for the caller to position). */
  readonly problems: { readonly code: string; readonly severity: 'error' | 'warning'; readonly message: string }[];
}

export function evaluateThresholds(entries: readonly ThresholdEntry[], rf: TensorRF, axes: number, erf?: EffectiveRF): Evaluation {
  const failures: ThresholdFailure[] = [];
  const problems: Evaluation['problems'] = [];
  let evaluated = 0;
  for (const entry of entries) {
    const from = origin(entry);
    if (entry.threshold === 'min_coverage') {
      const limit = entry.value as number;
      if (!rf.coverage) {
        problems.push({ code: 'RF413', severity: 'warning', message: `min_coverage ${limit} (${from}) is not checked: it needs the input size; set \`input.size\` in the model file` });
        continue;
      }
      evaluated++;
      const short = rf.coverage.flatMap((coverage, axis) =>
        coverage < limit
          ? [failure(entry, axis, limit, coverage, `coverage ${round(coverage)} < min_coverage ${limit} on axis ${axis} (${from}); grow the RF (more layers, a larger stride or dilation) or lower min_coverage`)]
          : [],
      );
      failures.push(...collapse(entry, short));
      continue;
    }
    const limits = typeof entry.value === 'number' ? Array.from({ length: axes }, () => entry.value as number) : entry.value;
    if (limits.length !== axes) {
      problems.push({ code: 'RF406', severity: 'error', message: `${entry.threshold} (${from}) has ${limits.length} values for ${axes} axes; give one per axis or a single number` });
      continue;
    }
    if (entry.threshold === 'min_erf') {
      // A global output sees everything: like min_rf, any min_erf holds.
      if (!rf.global && !erf?.width95Min) {
        const why = erf ? 'at every output position (its phases after upsampling)' : 'exactly';
        problems.push({ code: 'RF417', severity: 'warning', message: `min_erf (${from}) is not checked: the effective RF of this output is too costly to compute ${why}` });
        continue;
      }
      evaluated++;
      const narrow = rf.global ? [] : limits.flatMap((limit, axis) => {
        // The smallest over positions: a minimum is a guarantee for every position (docs/design.md §7.1).
        const actual = erf!.width95Min![axis]!;
        const varies = actual !== erf!.width95[axis] ? ' at its narrowest position' : '';
        return actual >= limit ? [] : [failure(entry, axis, limit, actual, `effective RF ${actual}${varies} < min_erf ${limit} on axis ${axis} (${from}): 95 % of the influence comes from a narrower window; add layers or dilation upstream, or lower min_erf`)];
      });
      failures.push(...collapse(entry, narrow));
      continue;
    }
    evaluated++;
    failures.push(...collapse(entry, limits.flatMap((limit, axis) => rfFailure(entry, rf, axis, limit, from))));
  }
  const status = problems.some((p) => p.severity === 'error') ? 'error' : failures.length > 0 ? 'fail' : evaluated > 0 ? 'pass' : 'unchecked';
  return { status, failures, problems };
}

function failure(entry: ThresholdEntry, axis: number, expected: number, actual: number | null, message: string): ThresholdFailure {
  return { threshold: entry.threshold, source: entry.source, ...(entry.rule !== undefined ? { rule: entry.rule } : {}), axis, expected, actual, message };
}

function rfFailure(entry: ThresholdEntry, rf: TensorRF, axis: number, limit: number, from: string): ThresholdFailure[] {
  if (entry.threshold === 'min_rf') {
    // A global output sees the whole input: any min_rf holds.
    // The smallest RF over positions (rfMin): after upsampling a quarter of the positions may
    // see less than the largest RF says, and a minimum is a guarantee for every position.
    const actual = rf.rfMin?.[axis];
    if (actual === undefined || actual >= limit) return [];
    const largest = rf.rf![axis]!;
    const varies = largest !== actual ? ` at its smallest position (${actual}–${largest} by position)` : '';
    return [failure(entry, axis, limit, actual, `RF ${actual}${varies} < min_rf ${limit} on axis ${axis} (${from}); add a layer, or increase a stride, a pooling or a dilation upstream`)];
  }
  if (rf.global) {
    // One failure for the output, not per axis: no axis is more global than another.
    if (axis > 0) return [];
    const { axis: _axis, ...whole } = failure(entry, axis, limit, null, '');
    return [{ ...whole, message: `the output is global (it sees the whole input), so max_rf ${limit} (${from}) cannot hold; remove the global op upstream or the max_rf` }];
  }
  const actual = rf.rf![axis]!;
  if (actual <= limit) return [];
  return [failure(entry, axis, limit, actual, `RF ${actual} > max_rf ${limit} on axis ${axis} (${from}); remove a layer, or reduce a stride, a pooling or a dilation upstream`)];
}

/**
 * A scalar threshold failing the same way on every axis (the square 2-D case) is one failure,
 * without an axis, not one line per axis.
 */
function collapse(entry: ThresholdEntry, failures: ThresholdFailure[]): ThresholdFailure[] {
  if (typeof entry.value !== 'number' || failures.length < 2 || failures.some((f) => f.actual !== failures[0]!.actual)) return failures;
  const { axis: _axis, ...first } = failures[0]!;
  return [{ ...first, message: first.message.replace(/ on axis \d+/, ' on every axis') }];
}

/** Where a threshold comes from, as the user wrote it. */
export function origin(entry: Pick<ThresholdEntry, 'source' | 'rule'> & { readonly threshold?: ThresholdName }): string {
  if (entry.source === 'file') return 'from the model file';
  if (entry.source === 'rules') return `from rules[${entry.rule}]`;
  return entry.threshold === 'min_erf' ? 'the default min-erf' : 'the default min-rf';
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
