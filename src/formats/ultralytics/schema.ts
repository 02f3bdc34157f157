/**
 * The structure of an Ultralytics model YAML (schema/ultralytics.schema.json), checked with ajv
 * like the native format's, with the common wording of formats/yaml/schema-errors.ts. Rows get
 * their own wording: a person reads `backbone[3][1]` as "layer 3's repeats".
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import schemaJson from '../../../schema/ultralytics.schema.json' with { type: 'json' };
import { type Diagnostic, error } from '../diagnostic.js';
import type { Locator, Path } from '../yaml/locate.js';
import { type SchemaProblem, schemaDiagnostics, show } from '../yaml/schema-errors.js';
import { validate as generatedValidator } from '../../generated/ultralytics-schema.js';
import { CODES } from './codes.js';

export const schema = schemaJson;

// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => generatedValidator;

export function schemaErrors(data: unknown): readonly ErrorObject[] {
  const validate = validator();
  return validate(data) ? [] : (validate.errors ?? []);
}

export function validateSchema(data: unknown, locate: Locator): Diagnostic[] {
  const errors = schemaErrors(data);
  if (errors.length === 0) return [];
  return schemaDiagnostics(errors, data, locate, {
    codes: { unknownKey: CODES.invalidValue, missingKey: CODES.missingKey, invalidValue: CODES.invalidValue },
    special: (p) => rowProblem(p, data, locate),
  });
}

/** `layer 12 (head[2])`: how Ultralytics counts layers (backbone then head), and where the row is. */
export function layerLabel(data: unknown, section: string, row: number): string {
  const backbone = (data as { backbone?: unknown }).backbone;
  const index = section === 'head' && Array.isArray(backbone) ? backbone.length + row : row;
  return `layer ${index} (${section}[${row}])`;
}

const FIELDS = ['`from`', 'repeats', 'the module', 'args'];

function rowProblem(p: SchemaProblem, data: unknown, locate: Locator): Diagnostic | undefined {
  const path: Path = p.path;
  const section = path[0];
  if (path.length === 0 && p.keyword === 'required') {
    const key = String(p.params.missingProperty);
    return error(CODES.missingKey, `missing \`${key}\`: an Ultralytics model has a \`backbone\` and a \`head\`, each a list of rows [from, repeats, module, args]`, locate.at([]));
  }
  if (section === 'backbone' || section === 'head') {
    if (path.length === 0) return undefined;
    if (path.length === 1) {
      if (p.keyword === 'type') return error(CODES.invalidValue, `\`${section}\` must be a list of rows [from, repeats, module, args], got ${show(p.value)}`, locate.at(path));
      return undefined;
    }
    const label = layerLabel(data, section, Number(path[1]));
    const at = locate.at(path);
    if (path.length === 2) return error(CODES.invalidValue, `${label}: a row is a list [from, repeats, module, args], got ${show(p.value)}`, at);
    const field = FIELDS[Number(path[2])] ?? 'a value';
    if (path.length === 3 || (path[2] === 0 && path.length === 4)) {
      const what = ['-1 (the previous layer), a negative offset, a layer index or a list of them', 'an integer ≥ 1', 'a name such as `Conv` or `nn.Upsample`', 'a list of arguments'][Number(path[2])];
      return error(CODES.invalidValue, `${label}: ${field} must be ${what}, got ${show(p.value)}`, at);
    }
  }
  return undefined;
}
