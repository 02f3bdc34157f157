/**
 * The rules YAML (docs/design.md §5): thresholds for model files by path, shared by the action's
 * `rules` input and the CLI's --rules FILE. Validated by schema/rules.schema.json; every
 * problem is a diagnostic positioned inside the text, so an action input or a file both point
 * at the offending line.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { parseDocument } from 'yaml';
import type { CostLimits, Thresholds } from '../formats/model.js';
import { astProblem } from '../formats/native/limits.js';
import { type Locator, locator } from '../formats/yaml/locate.js';
import { type SchemaProblem, dataPath, schemaDiagnostics, show } from '../formats/yaml/schema-errors.js';
import { type Diagnostic, type Position, error } from '../formats/diagnostic.js';
import { validate as generatedValidator } from '../generated/rules-schema.js';

export type Mapping = 'pointwise' | 'global';

export interface Rule {
  /** Globs of the model files it applies to, relative to the working directory. */
  readonly files: readonly string[];
  /** Globs of output names; absent: every output. */
  readonly outputs?: readonly string[];
  readonly thresholds: Thresholds;
  /** Limits on the whole file's cost (they apply whatever `outputs` says). */
  readonly limits?: CostLimits;
  /** Unknown operators the user vouches for: op type → how it maps positions. */
  readonly assume?: ReadonlyMap<string, Mapping>;
  readonly channelAttention?: Mapping;
  readonly attention?: Mapping;
  /** The input size for the files it matches (one value: every axis). */
  readonly inputSize?: readonly number[];
  /** The data input's name (ONNX). */
  readonly dataInput?: string;
  /** The scale of a multi-scale file (Ultralytics). */
  readonly scale?: string;
  /** Check the stage-end tensors too. */
  readonly stages?: boolean;
  /** Warning codes silenced for what it matches. */
  readonly ignore?: readonly string[];
  /** Where its `files` are written: a rule that matches nothing is reported there. */
  readonly position?: Position;
  /** Where its `outputs` are written. */
  readonly outputsPosition?: Position;
  /** 0-based, as in `rules[0]`. */
  readonly index: number;
  /** The name of the rules text (a file, or the action input), for diagnostics. */
  readonly source: string;
}

// Compiled at build time (scripts/gen-validators.mjs): strict (a typo in our schema fails the
// build), allErrors (a user sees every problem of a rule at once), verbose (the messages need
// each error's schema).
const validator = () => generatedValidator;

interface RawRule {
  files: string | string[];
  outputs?: string | string[];
  min_rf?: number | number[];
  max_rf?: number | number[];
  min_coverage?: number;
  min_erf?: number | number[];
  max_params?: number;
  max_macs?: number;
  assume?: Record<string, Mapping>;
  channel_attention?: Mapping;
  attention?: Mapping;
  input_size?: number | number[];
  input?: string;
  scale?: string;
  stages?: boolean;
  ignore?: string | string[];
}

export function parseRules(text: string, source: string): { rules: Rule[]; diagnostics: Diagnostic[] } {
  // yaml reads a byte-order mark before a mapping, but not before `- ` (a rules list): drop it.
  const body = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const locate = locator(doc, body);
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e) => error('RF401', `the rules are not valid YAML: ${firstLine(e.message)}`, locate.span(e.pos[0], e.pos[1]), { file: source }));
    return { rules: [], diagnostics };
  }
  const problem = astProblem(doc, 100, 64);
  if (problem) {
    const what = problem.kind === 'cycle' ? 'an alias (*name) sits inside the node its anchor (&name) marks' : problem.kind === 'depth' ? 'the rules nest deeper than 64 levels' : 'the rules use more than 100 YAML aliases';
    return { rules: [], diagnostics: [error('RF401', `the rules cannot be read: ${what}`, problem.range ? locate.span(problem.range[0]!, problem.range[1]) : undefined, { file: source })] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { rules: [], diagnostics: [error('RF401', `the rules cannot be read: ${(err as Error).message}`, undefined, { file: source })] };
  }
  if (value === null || value === undefined) return { rules: [], diagnostics: [] };
  const validate = validator();
  if (validate(value)) return { rules: (value as RawRule[]).map((raw, index) => toRule(raw, index, source, locate)), diagnostics: [] };

  const errors = validate.errors ?? [];
  const diagnostics = describeErrors(errors, value, locate).map((d) => ({ ...d, file: source }));
  // Rules without errors still apply; the errors fail the run anyway.
  const broken = new Set(errors.map((e) => dataPath(e.instancePath)[0]));
  const rules = Array.isArray(value) ? (value as RawRule[]).flatMap((raw, index) => (broken.has(index) ? [] : [toRule(raw, index, source, locate)])) : [];
  return { rules, diagnostics };
}

function toRule(raw: RawRule, index: number, source: string, locate: Locator): Rule {
  const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  const thresholds: Thresholds = {
    ...(raw.min_rf !== undefined ? { min_rf: raw.min_rf } : {}),
    ...(raw.max_rf !== undefined ? { max_rf: raw.max_rf } : {}),
    ...(raw.min_coverage !== undefined ? { min_coverage: raw.min_coverage } : {}),
    ...(raw.min_erf !== undefined ? { min_erf: raw.min_erf } : {}),
  };
  const outputs = list(raw.outputs);
  return {
    files: list(raw.files)!,
    ...(outputs ? { outputs } : {}),
    thresholds,
    ...(raw.max_params !== undefined || raw.max_macs !== undefined ? { limits: { ...(raw.max_params !== undefined ? { max_params: raw.max_params } : {}), ...(raw.max_macs !== undefined ? { max_macs: raw.max_macs } : {}) } } : {}),
    ...(raw.assume ? { assume: new Map(Object.entries(raw.assume)) } : {}),
    ...(raw.channel_attention ? { channelAttention: raw.channel_attention } : {}),
    ...(raw.attention ? { attention: raw.attention } : {}),
    ...(raw.input_size !== undefined ? { inputSize: Array.isArray(raw.input_size) ? raw.input_size : [raw.input_size] } : {}),
    ...(raw.input !== undefined ? { dataInput: raw.input } : {}),
    ...(raw.scale !== undefined ? { scale: raw.scale } : {}),
    ...(raw.stages !== undefined ? { stages: raw.stages } : {}),
    ...(raw.ignore !== undefined ? { ignore: list(raw.ignore)! } : {}),
    position: locate.at([index, 'files']),
    ...(outputs ? { outputsPosition: locate.at([index, 'outputs']) } : {}),
    index,
    source,
  };
}

/** Schema errors in the common wording (formats/yaml/schema-errors.ts), but for two of ours. */
function describeErrors(errors: readonly ErrorObject[], value: unknown, locate: Locator): Diagnostic[] {
  return schemaDiagnostics(errors, value, locate, {
    root: 'rules',
    codes: { unknownKey: 'RF403', missingKey: 'RF402', invalidValue: 'RF402' },
    perAxisKeys: ['min_rf', 'max_rf', 'min_erf'],
    special: (p: SchemaProblem) => {
      if (p.keyword === 'type' && p.path.length === 0) return error('RF402', `the rules must be a list of rules (\`- files: ...\`), got ${p.value !== null && typeof p.value === 'object' ? 'a mapping' : show(p.value)}`, locate.at([]));
      if (p.keyword === 'required' && p.params.missingProperty === 'files') return error('RF402', `${p.label}: missing \`files\`: the globs of the model files this rule applies to`, locate.at(p.path));
      return undefined;
    },
  });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
