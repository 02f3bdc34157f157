/**
 * ajv errors → one diagnostic per offending location, written for people and positioned in the
 * YAML: `layers[3].kernel: must be ≥ 1, got 0`, `rules[0]: unknown key \`min_rff\`; did you
 * mean \`min_rf\`?`. Shared by the native format and the rules; each passes its codes, the name
 * of its root and the few messages only its schema needs.
 *
 * ajv reports every failed branch of a oneOf/anyOf (a kernel is an integer *or* a list), which
 * reads as noise. We keep the one branch whose type fits the value (an integer 0 → "must be
 * ≥ 1"; a list → the list's own problems); when no branch or several fit, we say what the
 * location accepts: the schema's description when it is a noun phrase, else its branches' types.
 *
 * Needs ajv's `allErrors` and `verbose` (each error's parentSchema: the keys a mapping knows,
 * the description of what a location accepts).
 */
import type { ErrorObject } from 'ajv';
import { type Diagnostic, error } from '../diagnostic.js';
import { type Locator, type Path, describePath } from './locate.js';
import { allOf, alternatives, didYouMean, nearest } from './suggest.js';

/** One ajv error, at a path of the data, with the value found there. */
export interface SchemaProblem {
  readonly keyword: string;
  readonly path: Path;
  /** `path` as a person reads it (`layers[0].kernel`). */
  readonly label: string;
  readonly value: unknown;
  readonly params: Readonly<Record<string, unknown>>;
  readonly schemaPath: string;
  readonly parentSchema: unknown;
  /** ajv's own wording, for keywords we have no message of ours for. */
  readonly message: string | undefined;
  /** `false schema`: every key of the same mapping the schema forbids (one problem for all). */
  readonly keys: readonly string[];
}

export interface SchemaWording {
  /** The name of the top of the data in messages (`rules` → `rules[0].min_rf`); none: `the file`. */
  readonly root?: string;
  readonly codes: { readonly unknownKey: string; readonly missingKey: string; readonly invalidValue: string };
  /** Keys whose lists hold one value per axis: their length errors say so. */
  readonly perAxisKeys?: readonly string[];
  /** The caller's own message for a problem only its schema has, or undefined for the common one. */
  readonly special?: (problem: SchemaProblem) => Diagnostic | undefined;
}

/** One diagnostic per offending location, in file order. */
export function schemaDiagnostics(errors: readonly ErrorObject[], data: unknown, locate: Locator, wording: SchemaWording): Diagnostic[] {
  const live = mergeForbiddenKeys(dropMisspeltRequired(collapse(errors.filter((e) => e.keyword !== 'if'))));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const { e, keys } of live) {
    const path = dataPath(e.instancePath);
    const problem: SchemaProblem = {
      keyword: e.keyword,
      path,
      label: describePath(path, wording.root),
      value: valueAt(data, path),
      params: e.params as Record<string, unknown>,
      schemaPath: e.schemaPath,
      parentSchema: e.parentSchema,
      message: e.message,
      keys,
    };
    const d = wording.special?.(problem) ?? common(problem, locate, wording);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) out.push(d);
    seen.add(key);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `/layers/3/kernel` (ajv's JSON pointer) → `['layers', 3, 'kernel']`. */
export function dataPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  return node;
}

/** A value as a message quotes it: JSON, cut short. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  null: 'empty',
};

function common(p: SchemaProblem, locate: Locator, wording: SchemaWording): Diagnostic {
  const { codes } = wording;
  const { label, params } = p;
  const got = `got ${show(p.value)}`;
  const at = locate.at(p.path);
  const invalid = (message: string) => error(codes.invalidValue, `${label}: ${message}`, at);
  switch (p.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = knownKeys(p.parentSchema);
      const hint = didYouMean(key, known) || (known.length > 0 ? `; expected ${alternatives(known)}` : '');
      return error(codes.unknownKey, `${label}: unknown key \`${key}\`${hint}`, locate.key([...p.path, key]));
    }
    case 'required':
      return error(codes.missingKey, `${label}: missing \`${String(params.missingProperty)}\``, at);
    case 'false schema': {
      const one = p.keys.length === 1;
      return error(codes.unknownKey, `${describePath(p.path.slice(0, -1), wording.root)}: ${allOf(p.keys)} ${one ? 'is' : 'are'} not allowed here; remove ${one ? 'it' : 'them'}`, locate.key(p.path));
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return invalid(`must be ${alternatives(allowed)}, ${got}${typeof p.value === 'string' ? didYouMean(p.value, allowed) : ''}`);
    }
    case 'const':
      return invalid(`must be ${show(params.allowedValue)}, ${got}`);
    case 'type':
      return invalid(`must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, ${got}`);
    case 'minimum':
      return invalid(`must be ≥ ${String(params.limit)}, ${got}`);
    case 'exclusiveMinimum':
      return invalid(`must be > ${String(params.limit)}, ${got}`);
    case 'maximum':
      return invalid(`must be ≤ ${String(params.limit)}, ${got}`);
    case 'exclusiveMaximum':
      return invalid(`must be < ${String(params.limit)}, ${got}`);
    case 'minItems':
    case 'maxItems': {
      const description = accepted(p.parentSchema);
      if (description) return invalid(`must be ${description}, ${got}`);
      const limit = Number(params.limit);
      const bound = p.keyword === 'minItems' ? 'at least' : 'at most';
      const last = p.path[p.path.length - 1];
      if (Array.isArray(p.value) && wording.perAxisKeys?.includes(String(last))) {
        return invalid(`must have ${bound} ${limit} value${limit === 1 ? '' : 's'} (one per axis), got ${p.value.length}`);
      }
      return invalid(`must have ${bound} ${limit} item${limit === 1 ? '' : 's'}, ${got}`);
    }
    case 'minLength':
      return invalid('must not be empty');
    default: {
      const description = accepted(p.parentSchema);
      return invalid(`${description ? `must be ${description}` : (p.message ?? 'is not valid')}, ${got}`);
    }
  }
}

/** The keys a mapping's schema knows, in the schema's order. */
function knownKeys(schema: unknown): string[] {
  return Object.keys((schema as { properties?: object } | undefined)?.properties ?? {});
}

/**
 * What a location accepts, as a noun phrase that reads after "must be": the description
 * without its title ("Kernel size: an integer ≥ 1, …" → "an integer ≥ 1, …"), else the types
 * of its branches ("an integer or a list of them"). Editor prose (a sentence: it ends with a
 * full stop) does not read well there, so it is skipped.
 */
function accepted(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  if (typeof description === 'string') {
    const phrase = description.replace(/^[A-Z][\w /]*:\s+/, '');
    if (/^(a|an|one) /.test(phrase) && !phrase.endsWith('.')) return phrase;
  }
  return branchTypes(schema);
}

/** `oneOf: [{type: integer}, {type: array, items: {type: integer}}]` → "an integer or a list of them". */
function branchTypes(schema: unknown): string | undefined {
  const branches = (schema as { oneOf?: unknown[]; anyOf?: unknown[] } | undefined)?.oneOf ?? (schema as { anyOf?: unknown[] } | undefined)?.anyOf;
  if (!branches) return undefined;
  const scalars: string[] = [];
  const names: string[] = [];
  for (const branch of branches as { type?: unknown; items?: { type?: unknown } }[]) {
    if (typeof branch.type !== 'string') return undefined;
    const item = branch.items?.type;
    if (branch.type === 'array' && typeof item === 'string' && scalars.includes(item)) names.push('a list of them');
    else names.push(TYPE_NAMES[branch.type] ?? branch.type);
    scalars.push(branch.type);
  }
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
}

/**
 * oneOf/anyOf: keep the errors of the one branch that fits the value, drop the others (and
 * the oneOf/anyOf itself); when none or several fit, keep only the oneOf/anyOf. Outer
 * alternatives first, so an inner one only sees the branch its owner kept.
 */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const live = new Set(errors);
  const alternativesFirst = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
  for (const alt of alternativesFirst) {
    if (!live.has(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of live) {
      if (e === alt || !e.schemaPath.startsWith(prefix) || !within(e.instancePath, alt.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    // A branch "fits" unless it rejects the value's type at this very location.
    const fitting = [...branches.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    const keep = fitting.length === 1 ? fitting[0]! : [];
    for (const errs of branches.values()) for (const e of errs) if (!keep.includes(e)) live.delete(e);
    if (keep.length > 0) live.delete(alt);
  }
  return errors.filter((e) => live.has(e));
}

function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** `layer:` for `layers:` is one mistake: keep "unknown key, did you mean", drop "missing `layers`". */
function dropMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const match = nearest(String((e.params as { additionalProperty?: unknown }).additionalProperty), knownKeys(e.parentSchema));
    if (match !== undefined) meant.add(`${e.instancePath}/${match}`);
  }
  return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}/${String((e.params as { missingProperty?: unknown }).missingProperty)}`)));
}

/** Forbidden keys (`false` schemas) of one mapping: one problem naming them all, at the first. */
function mergeForbiddenKeys(errors: ErrorObject[]): { e: ErrorObject; keys: string[] }[] {
  const byMapping = new Map<string, string[]>();
  const out: { e: ErrorObject; keys: string[] }[] = [];
  for (const e of errors) {
    const cut = e.instancePath.lastIndexOf('/');
    const key = dataPath(e.instancePath).at(-1);
    if (e.keyword !== 'false schema' || key === undefined) {
      out.push({ e, keys: [] });
      continue;
    }
    const mapping = e.instancePath.slice(0, cut);
    const keys = byMapping.get(mapping);
    if (keys) keys.push(String(key));
    else {
      const first = [String(key)];
      byMapping.set(mapping, first);
      out.push({ e, keys: first });
    }
  }
  return out;
}
