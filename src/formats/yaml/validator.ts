/**
 * A JSON Schema validator compiled on first use, then kept. Compiling with ajv takes most of a
 * cold start (~150 ms of `rflint --version`), so a run that never validates never pays it.
 */
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';

export function lazyValidator<T = unknown>(schema: object, options: Options): () => ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  return () => (compiled ??= new Ajv2020(options).compile<T>(schema));
}
