/**
 * A file's cost (rf/cost.ts) and its limits: `max_params` and `max_macs` from the model file,
 * every rule matching the file and the run's defaults (the action's `max-params`/`max-macs`),
 * the strictest winning. A limit that cannot be checked (channels or the input size unknown) is
 * a warning, never a silent pass.
 */
import { type Diagnostic, error, warning } from '../formats/diagnostic.js';
import type { CostLimits, LoadedModel } from '../formats/model.js';
import { isPriced, type NetworkCost } from '../rf/index.js';
import { ruleMatchesFile } from './match.js';
import type { Rule } from './rules.js';

/** The cost reported per file: null where the format does not know the channels or sizes. */
export interface FileCost {
  readonly params: number | null;
  readonly macs: number | null;
}

/** The file's cost, or undefined when it has no priced layer at all (nothing to count). */
export function fileCost(model: LoadedModel, cost: NetworkCost): FileCost | undefined {
  if (!model.graph.nodes.some((_, v) => isPriced(model.graph, v))) return undefined;
  return { params: cost.params, macs: cost.macs };
}

type LimitName = keyof CostLimits;

interface LimitEntry {
  readonly name: LimitName;
  readonly value: number;
  readonly from: string;
}

export function costLimitDiagnostics(path: string, model: LoadedModel, cost: FileCost | undefined, rules: readonly Rule[], defaults: CostLimits): { diagnostics: Diagnostic[]; rulesUsed: number[] } {
  const entries: LimitEntry[] = [];
  const rulesUsed: number[] = [];
  const add = (limits: CostLimits | undefined, from: string, rule?: number) => {
    for (const name of ['max_params', 'max_macs'] as const) {
      const value = limits?.[name];
      if (value === undefined) continue;
      entries.push({ name, value, from });
      if (rule !== undefined) rulesUsed.push(rule);
    }
  };
  add(model.limits, 'from the model file');
  for (const rule of rules) if (ruleMatchesFile(rule, path)) add(rule.limits, `from rules[${rule.index}]`, rule.index);
  for (const name of ['max_params', 'max_macs'] as const) {
    if (defaults[name] !== undefined && !entries.some((e) => e.name === name)) entries.push({ name, value: defaults[name]!, from: `the default ${name.replace('_', '-')}` });
  }
  const diagnostics: Diagnostic[] = [];
  const at = model.outputs[0]?.position;
  for (const entry of entries) {
    const what = entry.name === 'max_params' ? 'parameters' : 'MACs';
    const actual = entry.name === 'max_params' ? cost?.params : cost?.macs;
    if (actual === undefined || actual === null) {
      const why = !cost ? 'the model has no convolution or dense layer to count' : entry.name === 'max_macs' && cost.params !== null ? 'it needs the input size' : "the file does not give every conv's channels";
      diagnostics.push(warning('RF422', `${entry.name} ${entry.value} (${entry.from}) is not checked: ${why}`, at));
      continue;
    }
    if (actual <= entry.value) continue;
    const code = entry.name === 'max_params' ? 'RF420' : 'RF421';
    diagnostics.push(error(code, `the model has ${formatCount(actual)} ${what} (${actual}) > ${entry.name} ${entry.value} (${entry.from}); remove or narrow layers, or raise ${entry.name}`, at));
  }
  return { diagnostics, rulesUsed };
}

/** `1.81 G`, `516 k`, `94`: three significant digits, SI prefixes (as torchvision's tables). */
export function formatCount(n: number | null): string {
  if (n === null) return '?';
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, unit] of units) if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(3))} ${unit}`;
  return String(n);
}
