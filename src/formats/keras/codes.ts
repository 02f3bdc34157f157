/**
 * Diagnostic codes of the Keras loader (Keras JSON, `.keras`, `.h5`, TF.js layers models),
 * RF340–RF359, with the one-line descriptions `check/codes.ts` shows as SARIF rule names and
 * docs/cli.md lists. Stable: add, never renumber.
 */
export const KERAS_CODES = {
  RF340: 'a Keras model file is not valid JSON (or not UTF-8 text)',
  RF341: 'a Keras model file is too large or too deeply nested',
  RF342: 'a Keras model JSON lacks a key it needs or has a value of the wrong type',
  RF343: 'a Keras layer has a parameter of the wrong type or range',
  RF344: 'a Keras layer class that rflint does not know (a custom layer): say how it maps positions with assume',
  RF345: 'a Keras Lambda layer runs code rflint cannot read: say how it maps positions with assume',
  RF346: 'a Keras layer or model input names a layer or call that does not exist',
  RF347: 'a `.keras` file is not a zip holding config.json',
  RF348: 'a `.h5` file is not HDF5 or has no model_config attribute',
  RF349: 'a Keras model has no layers, no inputs or no outputs',
  RF350: 'a Keras model has more layers than the limit',
  RF351: 'the input size does not fit the model (wrong number of axes)',
} as const;

export type KerasCode = keyof typeof KERAS_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF340',
  limits: 'RF341',
  structure: 'RF342',
  invalidValue: 'RF343',
  unknownLayer: 'RF344',
  lambda: 'RF345',
  badReference: 'RF346',
  notZip: 'RF347',
  notHdf5: 'RF348',
  empty: 'RF349',
  tooManyLayers: 'RF350',
  inputSize: 'RF351',
} as const satisfies Record<string, KerasCode>;
