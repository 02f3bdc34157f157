/**
 * One model file, from its path to its part of the report: load it, check it, drop the
 * warnings the user silenced. Everything it needs is plain data (`FileContext`), so the same
 * function runs on the main thread and in the worker threads of pool.ts.
 */
import { basename } from 'node:path';
import { type Diagnostic, error } from '../formats/diagnostic.js';
import type { LoadOptions } from '../formats/model.js';
import { TimeBudgetExceeded } from '../rf/deadline.js';
import { type FileLoad, loadFile, overBudget, startDeadline } from './load-file.js';
import { loadOptionsFor, ruleMatchesFile, ruleMatchesOutput } from './match.js';
import { type CheckOptions, checkModel } from './model-check.js';
import type { FileReport } from './report.js';
import type { Rule } from './rules.js';

/** What every file of a run shares: structured-cloneable, for the worker threads. */
export interface FileContext {
  /** Paths are relative to it. */
  readonly cwd: string;
  readonly rules: readonly Rule[];
  /** The run's load options (a matching rule overrides them per file), without a deadline. */
  readonly load: Omit<LoadOptions, 'deadline'>;
  readonly check: Omit<CheckOptions, 'deadline' | 'stages'>;
  /** Warning codes silenced everywhere (`--ignore`). */
  readonly ignore: readonly string[];
}

export interface FileOutcome {
  readonly path: string;
  /** Found by a folder search and read by no loader: some other tool's file, left out. */
  readonly notOurs: boolean;
  readonly report: FileReport;
  /** The rules that set a threshold on one of its outputs (by index). */
  readonly rulesUsed: readonly number[];
  /** Whether a loader produced a model. */
  readonly loaded: boolean;
  /** Warnings silenced by `--ignore` or a rule's `ignore`. */
  readonly ignored: number;
}

/**
 * `optional`: the file was found by a folder search (not named), so one no loader recognises is
 * not ours rather than an error.
 */
export async function checkFile(path: string, optional: boolean, context: FileContext): Promise<FileOutcome> {
  const { rules } = context;
  // One time budget per file, for loading and checking it.
  const options = { ...loadOptionsFor(path, rules, context.load), deadline: startDeadline(context.load) };
  const load = await loadFile(context.cwd, path, options);
  let checked: ReturnType<typeof checkModel> | undefined;
  let budget: Diagnostic[] = [];
  try {
    checked = load.model ? checkModel(path, load.model, rules, { ...context.check, ...(options.stages ? { stages: true } : {}), deadline: options.deadline }) : undefined;
  } catch (err) {
    if (!(err instanceof TimeBudgetExceeded)) throw err;
    budget = [overBudget(err)];
  }
  const all = [...(optional && load.resembles !== undefined ? [lookalike(path, load)] : load.diagnostics), ...(checked?.diagnostics ?? []), ...budget];
  const kept = all.filter((d) => !silenced(d, path, rules, context.ignore));
  const report: FileReport = {
    path,
    format: load.model?.format ?? load.format ?? 'unknown',
    name: load.model?.name ?? modelName(path),
    diagnostics: kept.map(withoutFile),
    outputs: checked?.outputs ?? [],
    ...(load.model?.assumptions?.length ? { assumptions: [...load.model.assumptions] } : {}),
    ...(checked?.cost ? { cost: { ...checked.cost } } : {}),
  };
  return {
    path,
    notOurs: Boolean(load.unrecognised && optional && load.resembles === undefined),
    report,
    rulesUsed: [...(checked?.rulesUsed ?? [])],
    loaded: load.model !== undefined,
    ignored: all.length - kept.length,
  };
}

/**
 * RF512: a file a folder search found, that no loader reads but that looks like a model. It is
 * reported rather than passed over (a CI run would never check it), with the way to leave it out.
 */
function lookalike(path: string, load: FileLoad): Diagnostic {
  const over = load.diagnostics.find((d) => d.code === 'RF506');
  const why = over ? `${over.message}, and it looks like a model (${load.resembles})` : `it looks like a model, but no loader reads it: ${load.resembles}`;
  return error('RF512', `${why}; a folder search found it, so it is reported rather than skipped: fix it, or exclude it with \`!${path}\` if it is not a model`);
}

/**
 * A warning the user silenced: by `--ignore`, or by a rule that matches the file (and, when the
 * rule names outputs, the output the warning is about). Errors are never silenced: they mean an
 * answer is missing or wrong.
 */
function silenced(d: Diagnostic, path: string, rules: readonly Rule[], ignore: readonly string[]): boolean {
  if (d.severity !== 'warning') return false;
  if (ignore.includes(d.code)) return true;
  return rules.some((r) => r.ignore?.includes(d.code) && ruleMatchesFile(r, path) && (!r.outputs || (d.output !== undefined && ruleMatchesOutput(r, d.output))));
}

function withoutFile(d: Diagnostic): Omit<Diagnostic, 'file'> {
  const { file: _file, ...rest } = d;
  return rest;
}

/** `models/resnet50.rf.yaml` → `resnet50`: the name of a file no loader could name. */
function modelName(path: string): string {
  return basename(path).replace(/\.rf\.(ya?ml|json)$/i, '').replace(/\.[^.]+$/, '');
}
