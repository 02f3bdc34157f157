/**
 * The rules YAML (DESIGN §5): thresholds for model files by path, shared by the action's
 * `rules` input and the CLI's --rules FILE. Validated by schema/rules.schema.json; every
 * problem is a diagnostic positioned inside the text, so an action input or a file both point
 * at the offending line.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument } from 'yaml';
import schema from '../../schema/rules.schema.json' with { type: 'json' };
import type { Thresholds } from '../formats/model.js';
import { type Diagnostic, type Position, error } from './diagnostic.js';
import { didYouMean } from './suggest.js';
import { keyAt, nodeAt, positionOf } from './yaml-position.js';

export type Mapping = 'pointwise' | 'global';

export interface Rule {
  /** Globs of the model files it applies to, relative to the working directory. */
  readonly files: readonly string[];
  /** Globs of output names; absent: every output. */
  readonly outputs?: readonly string[];
  readonly thresholds: Thresholds;
  /** Unknown operators the user vouches for: op type → how it maps positions. */
  readonly assume?: ReadonlyMap<string, Mapping>;
  readonly channelAttention?: Mapping;
  /** Where its `files` are written: a rule that matches nothing is reported there. */
  readonly position?: Position;
  /** Where its `outputs` are written. */
  readonly outputsPosition?: Position;
  /** 0-based, as in `rules[0]`. */
  readonly index: number;
  /** The name of the rules text (a file, or the action input), for diagnostics. */
  readonly source: string;
}

export const RULE_KEYS = Object.keys(schema.$defs.rule.properties);

// Compiled once: strict (a typo in our schema is a bug we want at startup), allErrors (a user
// sees every problem of a rule at once).
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

interface RawRule {
  files: string | string[];
  outputs?: string | string[];
  min_rf?: number | number[];
  max_rf?: number | number[];
  min_coverage?: number;
  assume?: Record<string, Mapping>;
  channel_attention?: Mapping;
}

export function parseRules(text: string, source: string): { rules: Rule[]; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (range: readonly [number, number, number] | null | undefined) => positionOf(lines, range);
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e) => error('RF401', `the rules are not valid YAML: ${firstLine(e.message)}`, at([e.pos[0], e.pos[1], e.pos[1]]), { file: source }));
    return { rules: [], diagnostics };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { rules: [], diagnostics: [error('RF401', `the rules cannot be read: ${(err as Error).message}`, undefined, { file: source })] };
  }
  if (value === null || value === undefined) return { rules: [], diagnostics: [] };
  if (validate(value)) return { rules: (value as RawRule[]).map((raw, index) => toRule(raw, index, source, doc, at)), diagnostics: [] };

  const diagnostics = relevantErrors(validate.errors ?? [], value)
    .map((e) => describe(e, value, source, doc, at))
    .sort((a, b) => (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0) || (a.diagnostic.column ?? 0) - (b.diagnostic.column ?? 0));
  // Rules without errors still apply; the errors fail the run anyway.
  const broken = new Set(diagnostics.map((d) => d.ruleIndex));
  const rules = Array.isArray(value)
    ? (value as RawRule[]).flatMap((raw, index) => (broken.has(index) ? [] : [toRule(raw, index, source, doc, at)]))
    : [];
  return { rules, diagnostics: diagnostics.map((d) => d.diagnostic) };
}

type At = (range: readonly [number, number, number] | null | undefined) => Position | undefined;

function toRule(raw: RawRule, index: number, source: string, doc: ReturnType<typeof parseDocument>, at: At): Rule {
  const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  const thresholds: Thresholds = {
    ...(raw.min_rf !== undefined ? { min_rf: raw.min_rf } : {}),
    ...(raw.max_rf !== undefined ? { max_rf: raw.max_rf } : {}),
    ...(raw.min_coverage !== undefined ? { min_coverage: raw.min_coverage } : {}),
  };
  const outputs = list(raw.outputs);
  const position = at(nodeAt(doc, [index, 'files'])?.range);
  const outputsPosition = outputs ? at(nodeAt(doc, [index, 'outputs'])?.range) : undefined;
  return {
    files: list(raw.files)!,
    ...(outputs ? { outputs } : {}),
    thresholds,
    ...(raw.assume ? { assume: new Map(Object.entries(raw.assume)) } : {}),
    ...(raw.channel_attention ? { channelAttention: raw.channel_attention } : {}),
    ...(position ? { position } : {}),
    ...(outputsPosition ? { outputsPosition } : {}),
    index,
    source,
  };
}

/**
 * ajv reports every branch of a `oneOf` (scalar or list). Keep the branch the value took (a
 * list → the list branch), so `min_rf: [256, 0]` says `min_rf[1]: must be ≥ 1`, not three lines.
 */
function relevantErrors(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'oneOf') return false;
    const branch = /\/oneOf\/(\d+)\//.exec(e.schemaPath);
    if (!branch) return true;
    const owner = [...oneOfAt].filter((p) => e.instancePath.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (owner === undefined) return true;
    const isList = Array.isArray(valueAt(root, pointer(owner)));
    return isList === (branch[1] === '1');
  });
}

function describe(e: ErrorObject, root: unknown, source: string, doc: ReturnType<typeof parseDocument>, at: At): { diagnostic: Diagnostic; ruleIndex: number | undefined } {
  const path = pointer(e.instancePath);
  const ruleIndex = typeof path[0] === 'number' ? path[0] : undefined;
  const where = display(path);
  const got = valueAt(root, path);
  const params = e.params as Record<string, unknown>;
  const listBranch = /\/oneOf\/1\//.test(e.schemaPath);
  let code = 'RF402';
  let message: string;
  let position = at(nodeAt(doc, path)?.range);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      code = 'RF403';
      message = `${where}: unknown key \`${key}\`${didYouMean(key, RULE_KEYS)}`;
      position = at(keyAt(doc, path, key)?.range);
      break;
    }
    case 'required':
      message = `${where}: missing \`${String(params.missingProperty)}\`: the globs of the model files this rule applies to`;
      break;
    case 'type': {
      const oneOfScalar = /\/oneOf\/0\//.test(e.schemaPath);
      message = `${where}: must be ${article(String(params.type))}${oneOfScalar ? ' or a list of them' : ''}, got ${show(got)}`;
      if (path.length === 0) message = `the rules must be a list of rules (\`- files: ...\`), got ${show(got)}`;
      break;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      message = `${where}: must be ${allowed.map((v) => `\`${v}\``).join(' or ')}, got ${show(got)}${typeof got === 'string' ? didYouMean(got, allowed).replace(/; expected.*/, '') : ''}`;
      break;
    }
    case 'minimum':
    case 'maximum':
      message = `${where}: must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(params.limit)}, got ${show(got)}`;
      break;
    case 'minItems':
    case 'maxItems':
      message = `${where}: must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} ${listBranch && /rf$/.test(String(path.at(-1))) ? 'values (one per axis)' : 'entries'}, got ${Array.isArray(got) ? got.length : show(got)}`;
      break;
    case 'minLength':
      message = `${where}: must not be empty`;
      break;
    default:
      message = `${where}: ${e.message ?? 'is invalid'}`;
  }
  return { diagnostic: error(code, message, position, { file: source }), ruleIndex };
}

function pointer(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/** `rules[0].min_rf[1]`: the path as a person reads it. */
function display(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${key}`), 'rules');
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function article(type: string): string {
  const names: Record<string, string> = { integer: 'an integer', number: 'a number', string: 'a string', array: 'a list', object: 'a mapping', boolean: 'true or false' };
  return names[type] ?? type;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
