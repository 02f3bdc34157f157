/**
 * The diagnostic codes of the Ultralytics YOLO YAML loader (RF300–RF319), with the one-line
 * descriptions `check/codes.ts` keeps for SARIF rule names and docs/cli.md lists. Stable: add
 * new ones at the end, never renumber.
 */
export const ULTRALYTICS_CODES = {
  RF300: 'the Ultralytics model YAML is not valid YAML',
  RF301: 'the Ultralytics model YAML is too large, too deeply nested or has too many aliases',
  RF302: 'a value in the Ultralytics model YAML has the wrong type or range',
  RF303: 'the Ultralytics model YAML lacks `backbone` or `head`',
  RF304: 'a row names a module rflint does not know',
  RF305: "a row's `from` names a layer that does not exist (yet)",
  RF306: "a module's arguments cannot be read",
  RF307: 'the scale chosen is not in the file\'s `scales:`',
  RF308: 'an attention layer makes the outputs after it global',
  RF309: 'the model expands to more nodes than the limit',
  RF310: 'the input size is not two positive integers (height, width)',
  RF311: "a row's `from` has the wrong number of inputs for its module",
} as const;

export type UltralyticsCode = keyof typeof ULTRALYTICS_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF300',
  limits: 'RF301',
  invalidValue: 'RF302',
  missingKey: 'RF303',
  unknownModule: 'RF304',
  badFrom: 'RF305',
  badArgs: 'RF306',
  unknownScale: 'RF307',
  attention: 'RF308',
  tooManyNodes: 'RF309',
  inputSize: 'RF310',
  inputCount: 'RF311',
} as const satisfies Record<string, UltralyticsCode>;
