/**
 * The one function the action and the CLI both call: patterns + rules → Report. Discovers the
 * files, loads each through the loader registry, analyses and applies thresholds. One broken
 * file never hides the results of the others.
 */
import { DEFAULT_LIMITS, type Limits } from '../formats/model.js';
import { type Diagnostic, error } from '../formats/diagnostic.js';
import { type FileContext, type FileOutcome, checkFile } from './check-file.js';
import { discover } from './discover.js';
import { foundAnyModel, nothingFound } from './nothing-found.js';
import { outputSuggestion, ruleMatchesFile, unusedRules } from './match.js';
import { type WorkerPlan, checkInWorkers } from './pool.js';
import type { Report } from './report.js';
import type { Rule } from './rules.js';
import { inShard, type Shard } from './shard.js';
import { summarize } from './summary.js';

export interface CheckSettings {
  /** The working directory: patterns and reported paths are relative to it. */
  readonly cwd: string;
  /** Files, folders and globs; `!glob` excludes. Empty: the model files under `cwd`. */
  readonly patterns: readonly string[];
  readonly rules?: readonly Rule[];
  /** Problems found while parsing the rules: reported with the run, and they fail it. */
  readonly rulesDiagnostics?: readonly Diagnostic[];
  /** The default min_rf for outputs that set none. */
  readonly minRf?: number;
  /** Changed-only: the relative paths to keep (rules are still matched against every file found). */
  readonly only?: ReadonlySet<string>;
  readonly limits?: Limits;
  /** Treat squeeze-and-excitation gates as pointwise (a rule's `channel_attention` overrides). */
  readonly channelAttentionPointwise?: boolean;
  /** Unknown operators the user vouches for (a rule's `assume` adds to and overrides these). */
  readonly assume?: ReadonlyMap<string, 'pointwise' | 'global'>;
  /** Treat spatial attention as pointwise (a rule's `attention` overrides). */
  readonly attentionPointwise?: boolean;
  /** The input size for every file (a rule's `input_size` overrides). */
  readonly inputSize?: readonly number[];
  /** The data input's name (ONNX; a rule's `input` overrides). */
  readonly dataInput?: string;
  /** The scale of multi-scale files (Ultralytics; a rule's `scale` overrides). */
  readonly scale?: string;
  /** Check the stage-end tensors too (a rule's `stages` overrides). */
  readonly stages?: boolean;
  /** Warning codes silenced everywhere (`--ignore`); rules add their own `ignore`. */
  readonly ignore?: readonly string[];
  /** The default min_erf for outputs that set none. */
  readonly minErf?: number;
  /** max_params / max_macs for files that set none (the action's `max-params`, `max-macs`). */
  readonly maxParams?: number;
  readonly maxMacs?: number;
  /** Add each output's layer-by-layer table to the report. */
  readonly explain?: boolean;
  /** Add each output's per-position windows and ERF profiles (the HTML report). */
  readonly windows?: boolean;
  /** Check only this shard of the files found (rules are still matched against every file found). */
  readonly shard?: Shard;
  /** No file outside this folder is read, however named or linked (the action: GITHUB_WORKSPACE). */
  readonly root?: string;
  /** Check the files in worker threads too, when there are enough of them (pool.ts). */
  readonly workers?: WorkerPlan;
  /** Finding no model file at all is not an error (RF513): `--allow-empty`, `allow-empty: true`. */
  readonly allowEmpty?: boolean;
}

/** Files loaded at once: enough to overlap I/O, few enough to bound memory. */
const CONCURRENCY = 8;

export async function runCheck(settings: CheckSettings): Promise<Report> {
  const rules = settings.rules ?? [];
  const found = await discover(settings.patterns, settings.cwd, settings.root);
  const files = found.files.filter((f) => (!settings.only || settings.only.has(f)) && (!settings.shard || inShard(f, settings.shard)));
  const { assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages } = settings;
  const context: FileContext = {
    cwd: settings.cwd,
    rules,
    load: { limits: settings.limits ?? DEFAULT_LIMITS, ...defined({ assume, channelAttentionPointwise, attentionPointwise, inputSize, dataInput, scale, stages }) },
    check: defined({
      defaultMinRf: settings.minRf,
      defaultMinErf: settings.minErf,
      explain: settings.explain,
      windows: settings.windows,
      defaultLimits: defined({ max_params: settings.maxParams, max_macs: settings.maxMacs }),
    }),
    ignore: settings.ignore ?? [],
  };
  const items = files.map((path) => ({ path, optional: found.optional.has(path) }));
  const outcomes =
    settings.workers && items.length >= settings.workers.minFiles
      ? await checkInWorkers(items, context, settings.workers)
      : await mapLimited(items, CONCURRENCY, ({ path, optional }) => checkFile(path, optional, context));
  // A YAML or cfg found in a folder that no loader reads is some other tool's file: not ours.
  const notOurs = new Set(outcomes.filter((o) => o.notOurs).map((o) => o.path));
  const results = outcomes.filter((o) => !o.notOurs);
  const ignored = results.reduce((sum, o) => sum + o.ignored, 0);
  const checkedFiles = results.map((r) => r.path);
  // Whether a rule's outputs match nothing needs every file's outputs: one shard cannot tell.
  const outputGlobs = settings.shard ? [] : unusedOutputGlobs(rules, results, checkedFiles);
  const checked = new Set(files);
  const limits = settings.limits ?? DEFAULT_LIMITS;
  const empty = !(await foundAnyModel(found, results.length, found.files.filter((f) => !checked.has(f)), settings.cwd, limits));
  // Nothing at all found: RF513 says it once for every pattern (or it is allowed), not RF501 per pattern.
  const searchDiagnostics = empty ? found.diagnostics.filter((d) => d.code !== 'RF501') : found.diagnostics;
  const emptyDiagnostics = empty && !settings.allowEmpty ? [nothingFound(settings.patterns, [...notOurs])] : [];
  const diagnostics = [...(settings.rulesDiagnostics ?? []), ...searchDiagnostics, ...emptyDiagnostics, ...unusedRules(rules, found.files.filter((f) => !notOurs.has(f))), ...outputGlobs];
  const reports = results.map((r) => r.report);
  const shard = settings.shard ? { shard: { index: settings.shard.index, count: settings.shard.count } } : {};
  return { version: 1, files: reports, summary: summarize(reports, diagnostics, ignored), diagnostics, ...shard };
}

/**
 * RF405, an error: a rule with `outputs` and thresholds that selects no output of the files it
 * matches (all of them loaded) checks nothing, so its thresholds would pass green forever, the
 * trap of an empty glob. Most likely a typo (`Pool5` for `pool5`): the message offers the
 * nearest names and lists each matched file's outputs.
 */
function unusedOutputGlobs(rules: readonly Rule[], results: readonly FileOutcome[], files: readonly string[]): Diagnostic[] {
  if (files.length === 0 || results.some((r) => !r.loaded)) return [];
  const used = new Set(results.flatMap((r) => r.rulesUsed));
  return rules
    .filter((rule) => rule.outputs && !used.has(rule.index) && Object.keys(rule.thresholds).length > 0)
    .flatMap((rule) => {
      const matched = results.filter((r) => ruleMatchesFile(rule, r.path));
      if (matched.length === 0) return [];
      const names = matched.map((r) => r.report.outputs.flatMap((o) => [o.name, ...(o.tensor !== undefined ? [o.tensor] : [])]));
      const hint = outputSuggestion(rule.outputs!, [...new Set(names.flat())]);
      const listed = matched.slice(0, 3).map((r, i) => `${r.path}: ${listOf(names[i]!)}`);
      const more = matched.length > 3 ? `; and ${matched.length - 3} more files` : '';
      const message =
        `rules[${rule.index}] matches files but none of their outputs (outputs: ${rule.outputs!.map((o) => `\`${o}\``).join(', ')}), so its thresholds check nothing` +
        `${hint || '.'} The outputs: ${listed.join('; ')}${more}`;
      return [error('RF405', message, rule.outputsPosition ?? rule.position, { file: rule.source })];
    });
}

/** `\`a\`, \`b\``, at most 12 of them: a file's output names. */
function listOf(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  return names.slice(0, 12).map((n) => `\`${n}\``).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
}

/** The entries whose value is set (exactOptionalPropertyTypes forbids explicit undefined). */
function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
