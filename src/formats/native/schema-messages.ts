/**
 * ajv errors → one message per offending location, written for people:
 * `layers[3].kernel: must be ≥ 1, got 0`, `layers[3]: unknown key \`strides\`; did you mean \`stride\`?`.
 *
 * ajv reports every failed branch of an `anyOf` (a kernel is an integer *or* a list), which
 * reads as noise. We keep the one branch whose type fits the value (an integer 0 → "must be
 * ≥ 1"); when no branch or several fit, we say what the location accepts, from the schema's
 * description.
 */
import type { ErrorObject } from 'ajv';
import { type Diagnostic, error } from '../../check/diagnostic.js';
import { CODES } from './codes.js';
import { type Locator, type Path, describePath } from './source.js';
import { didYouMean, nearest } from './suggest.js';

export function schemaDiagnostics(errors: readonly ErrorObject[], data: unknown, locate: Locator): Diagnostic[] {
  const live = oneKeyErrorPerLayer(dropMisspeltRequired(collapse(errors.filter((e) => e.keyword !== 'if'))));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of live) {
    const d = render(e, data, locate);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) out.push(d);
    seen.add(key);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const live = new Set(errors);
  const alternatives = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
  for (const alt of alternatives) {
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

/** Keys that do not apply to a layer's op: one diagnostic per layer, naming every such key. */
function oneKeyErrorPerLayer(errors: ErrorObject[]): ErrorObject[] {
  const first = new Map<string, ErrorObject & { keys: string[] }>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== 'false schema') {
      out.push(e);
      continue;
    }
    const parent = e.instancePath.slice(0, e.instancePath.lastIndexOf('/'));
    const key = e.instancePath.slice(e.instancePath.lastIndexOf('/') + 1);
    const seen = first.get(parent);
    if (seen) seen.keys.push(key);
    else {
      const merged = { ...e, keys: [key] };
      first.set(parent, merged);
      out.push(merged);
    }
  }
  return out;
}

/** `layer:` for `layers:` is one mistake: keep "unknown key, did you mean", drop "missing `layers`". */
function dropMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const match = nearest(String((e.params as { additionalProperty?: unknown }).additionalProperty), known);
    if (match !== undefined) meant.add(`${e.instancePath}/${match}`);
  }
  return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}/${String((e.params as { missingProperty?: unknown }).missingProperty)}`)));
}

function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function toPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  return node;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  null: 'empty',
};

/** "Kernel size: an integer ≥ 1, …" → "an integer ≥ 1, …": the noun phrase after the title. */
function expected(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  if (typeof description !== 'string') return undefined;
  const phrase = description.replace(/^[A-Z][\w /]*:\s+/, '');
  // Only a noun phrase ("an integer ≥ 1, …") reads well after "must be"; editor prose does not.
  return /^(a|an|one) /.test(phrase) ? phrase : undefined;
}

function render(e: ErrorObject, data: unknown, locate: Locator): Diagnostic {
  const path = toPath(e.instancePath);
  const label = describePath(path);
  const got = `got ${show(e.data)}`;
  const at = locate.at(path);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return error(CODES.unknownKey, `${label}: unknown key \`${key}\`${didYouMean(key, known) || `; expected one of ${known.join(', ')}`}`, locate.key([...path, key]));
    }
    case 'required': {
      const key = String(params.missingProperty);
      if (path.length === 0 && key === 'rflint') return error(CODES.version, 'not an rflint model: add `rflint: 1` at the top', at);
      const op = (valueAt(data, path) as { op?: unknown } | undefined)?.op;
      if (e.schemaPath.includes('/then/') && typeof op === 'string') return error(CODES.missingKey, `${label}: op \`${op}\` needs \`${key}\``, at);
      if (key === 'op') return error(CODES.missingKey, `${label}: missing \`op\` (a layer has an \`op\`, or a \`block\` of layers)`, at);
      return error(CODES.missingKey, `${label}: missing \`${key}\``, at);
    }
    case 'false schema': {
      const keys = ((e as { keys?: string[] }).keys ?? [String(path[path.length - 1])]).map((k) => `\`${k}\``);
      const key = String(path[path.length - 1]);
      const parentPath = path.slice(0, -1);
      const parent = valueAt(data, parentPath) as { op?: unknown; block?: unknown } | undefined;
      const where = locate.key(path);
      const owner = describePath(parentPath);
      const list = keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]!}`;
      if (key === 'repeat' && keys.length === 1) return error(CODES.keyNotForOp, `${owner}: \`repeat\` needs a \`block\` of layers to repeat`, where);
      if (parent?.block !== undefined) return error(CODES.keyNotForOp, `${owner}: a layer with \`block\` takes no ${list} (put ops inside the block)`, where);
      const verb = keys.length === 1 ? 'does' : 'do';
      return error(CODES.keyNotForOp, `${owner}: ${list} ${verb} not apply to op \`${String(parent?.op)}\`; remove ${keys.length === 1 ? 'it' : 'them'}`, where);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      if (path[path.length - 1] === 'op' && typeof e.data === 'string') {
        return error(CODES.unknownOp, `${label}: unknown op \`${e.data}\`${didYouMean(e.data, allowed) || '; see docs/format.md for the ops'}`, at);
      }
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
      return error(CODES.invalidValue, `${label}: must be one of ${allowed.join(', ')}, ${got}${hint}`, at);
    }
    case 'const':
      if (path.length === 1 && path[0] === 'rflint') {
        return error(CODES.version, `unsupported format version ${show(e.data)}: this rflint reads \`rflint: 1\``, at);
      }
      return error(CODES.invalidValue, `${label}: must be ${show(params.allowedValue)}, ${got}`, at);
    case 'type':
      return error(CODES.invalidValue, `${label}: must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}, ${got}`, at);
    case 'minimum':
      return error(CODES.invalidValue, `${label}: must be ≥ ${String(params.limit)}, ${got}`, at);
    case 'exclusiveMinimum':
      return error(CODES.invalidValue, `${label}: must be > ${String(params.limit)}, ${got}`, at);
    case 'maximum':
      return error(CODES.invalidValue, `${label}: must be ≤ ${String(params.limit)}, ${got}`, at);
    case 'minItems':
    case 'maxItems': {
      const description = expected(e.parentSchema);
      if (description) return error(CODES.invalidValue, `${label}: must be ${description}, ${got}`, at);
      const limit = Number(params.limit);
      if (e.keyword === 'maxItems' && limit === 3) {
        return error(CODES.invalidValue, `${label}: at most 3 values (one per axis; a model has 1 to 3 axes), ${got}`, at);
      }
      return error(CODES.invalidValue, `${label}: must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}, ${got}`, at);
    }
    case 'minLength':
      return error(CODES.invalidValue, `${label}: must not be empty`, at);
    default: {
      const description = expected(e.parentSchema);
      return error(CODES.invalidValue, `${label}: must be ${description ?? e.message ?? 'valid'}, ${got}`, at);
    }
  }
}
