/**
 * The structure of a TF.js graph model.json (schema/tfjs-graph.schema.json), checked with ajv
 * and worded like the other formats' schema errors (formats/yaml/schema-errors.ts).
 */
import schemaJson from '../../../schema/tfjs-graph.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostic.js';
import type { Locator } from '../yaml/locate.js';
import { schemaDiagnostics } from '../yaml/schema-errors.js';
import { validate as generatedValidator } from '../../generated/tfjs-graph-schema.js';
import { CODES } from './codes.js';

export const schema = schemaJson;

// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => generatedValidator;

export function validateSchema(data: unknown, locate: Locator): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  return schemaDiagnostics(validate.errors ?? [], data, locate, {
    codes: { unknownKey: CODES.structure, missingKey: CODES.structure, invalidValue: CODES.structure },
  });
}
