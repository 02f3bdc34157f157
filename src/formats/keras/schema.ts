/**
 * The structure of a Keras model config (schema/keras.schema.json), checked with ajv like the
 * other JSON and YAML formats, with the common wording of formats/yaml/schema-errors.ts. Layer
 * parameters are the builder's to check: it knows each class's keys under their Keras 1 and 2/3 names.
 */
import schemaJson from '../../../schema/keras.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostic.js';
import type { Locator, Path } from '../yaml/locate.js';
import { schemaDiagnostics } from '../yaml/schema-errors.js';
import { validate as generatedValidator } from '../../generated/keras-schema.js';
import { CODES } from './codes.js';

export const schema = schemaJson;

// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => generatedValidator;

/** Problems with the model at `base` in the document `locate` reads, positioned there. */
export function validateSchema(model: unknown, base: Path, locate: Locator | undefined): Diagnostic[] {
  const validate = validator();
  if (validate(model)) return [];
  const inDocument: Locator = {
    at: (path) => locate?.at([...base, ...path]) ?? { line: 1, column: 1 },
    key: (path) => locate?.key([...base, ...path]) ?? { line: 1, column: 1 },
    span: (start, end) => locate?.span(start, end) ?? { line: 1, column: 1 },
  };
  return schemaDiagnostics(validate.errors ?? [], model, inDocument, {
    codes: { unknownKey: CODES.structure, missingKey: CODES.structure, invalidValue: CODES.structure },
  });
}
