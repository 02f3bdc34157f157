/**
 * The JSON Schema of the format (schema/rflint.schema.json, the same file editors use),
 * compiled at build time with ajv in strict mode (src/generated/), and its errors turned into
 * positioned diagnostics.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import schemaJson from '../../../schema/rflint.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostic.js';
import type { Locator } from '../yaml/locate.js';
import { validate as generatedValidator } from '../../generated/rflint-schema.js';
import { schemaDiagnostics } from './schema-messages.js';

export const schema = schemaJson;

// Compiled at build time (scripts/gen-validators.mjs) with `verbose`, which keeps each error's
// schema and data: the messages quote the value and the description of what was expected.
const validator = () => generatedValidator;

/** Raw ajv errors (for tests that check the examples), or none. */
export function schemaErrors(data: unknown): readonly ErrorObject[] {
  const validate = validator();
  return validate(data) ? [] : (validate.errors ?? []);
}

/** One diagnostic per offending location, in file order. */
export function validateSchema(data: unknown, locate: Locator): Diagnostic[] {
  const errors = schemaErrors(data);
  return errors.length === 0 ? [] : schemaDiagnostics(errors, data, locate);
}
