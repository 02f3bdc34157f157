/**
 * The native format's wording of schema errors (the common wording is in
 * formats/yaml/schema-errors.ts): the version line, ops and the keys that apply to them.
 */
import type { ErrorObject } from 'ajv';
import { type Diagnostic, error } from '../diagnostic.js';
import { type Locator, describePath } from '../yaml/locate.js';
import { type SchemaProblem, schemaDiagnostics as describeErrors, show, valueAt } from '../yaml/schema-errors.js';
import { allOf, didYouMean } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import { PER_AXIS_LAYER_KEYS, PER_AXIS_OUTPUT_KEYS } from './document.js';

const PER_AXIS_KEYS = [...PER_AXIS_LAYER_KEYS, ...PER_AXIS_OUTPUT_KEYS];

export function schemaDiagnostics(errors: readonly ErrorObject[], data: unknown, locate: Locator): Diagnostic[] {
  return describeErrors(errors, data, locate, {
    codes: { unknownKey: CODES.unknownKey, missingKey: CODES.missingKey, invalidValue: CODES.invalidValue },
    perAxisKeys: PER_AXIS_KEYS,
    special: (p) => special(p, data, locate),
  });
}

function special(p: SchemaProblem, data: unknown, locate: Locator): Diagnostic | undefined {
  const { path, label } = p;
  const at = locate.at(path);
  const last = path[path.length - 1];
  switch (p.keyword) {
    case 'required': {
      const key = String(p.params.missingProperty);
      if (path.length === 0 && key === 'rflint') return error(CODES.version, 'not an rflint model: add `rflint: 1` at the top', at);
      const op = (valueAt(data, path) as { op?: unknown } | undefined)?.op;
      if (p.schemaPath.includes('/then/') && typeof op === 'string') return error(CODES.missingKey, `${label}: op \`${op}\` needs \`${key}\``, at);
      if (key === 'op') return error(CODES.missingKey, `${label}: missing \`op\` (a layer has an \`op\`, or a \`block\` of layers)`, at);
      return undefined;
    }
    case 'false schema': {
      // The schema forbids keys per op (`if op … then key: false`): say which op they miss.
      const one = p.keys.length === 1;
      const parentPath = path.slice(0, -1);
      const parent = valueAt(data, parentPath) as { op?: unknown; block?: unknown } | undefined;
      const where = locate.key(path);
      const owner = describePath(parentPath);
      if (last === 'repeat' && one) return error(CODES.keyNotForOp, `${owner}: \`repeat\` needs a \`block\` of layers to repeat`, where);
      if (parent?.block !== undefined) return error(CODES.keyNotForOp, `${owner}: a layer with \`block\` takes no ${allOf(p.keys)} (put ops inside the block)`, where);
      return error(CODES.keyNotForOp, `${owner}: ${allOf(p.keys)} ${one ? 'does' : 'do'} not apply to op \`${String(parent?.op)}\`; remove ${one ? 'it' : 'them'}`, where);
    }
    case 'enum':
      if (last !== 'op' || typeof p.value !== 'string') return undefined;
      return error(CODES.unknownOp, `${label}: unknown op \`${p.value}\`${didYouMean(p.value, (p.params.allowedValues as unknown[]).map(String)) || '; see docs/format.md for the ops'}`, at);
    case 'const':
      if (path.length !== 1 || path[0] !== 'rflint') return undefined;
      return error(CODES.version, `unsupported format version ${show(p.value)}: this rflint reads \`rflint: 1\``, at);
    default:
      return undefined;
  }
}
