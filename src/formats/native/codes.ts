/**
 * Diagnostic codes of the native format (RF1xx). Stable: users search for them and
 * docs/format.md lists them; add new ones at the end, never renumber.
 */
export const CODES = {
  /** The text is not valid YAML/JSON (syntax, duplicate key, several documents). */
  syntax: 'RF100',
  unknownOp: 'RF101',
  unknownKey: 'RF102',
  /** A value of the wrong type or out of range. */
  invalidValue: 'RF103',
  missingKey: 'RF104',
  duplicateName: 'RF105',
  /** A name in `inputs` or an output's `layer` that no layer has. */
  unknownName: 'RF106',
  /** A key that exists but does not apply to this op (`scale` on a conv). */
  keyNotForOp: 'RF107',
  /** A per-axis list whose length differs from the number of axes. */
  axisCount: 'RF108',
  coverageWithoutSize: 'RF109',
  fileTooLarge: 'RF110',
  tooManyAliases: 'RF111',
  tooDeep: 'RF112',
  tooManyLayers: 'RF113',
  /** `rflint:` missing or a version this build does not read. */
  version: 'RF114',
  /** A padding kind that this op or this number of axes cannot use (`causal` in 2-D). */
  paddingKind: 'RF115',
  /** A merge with one input, or another op with several. */
  inputCount: 'RF116',
  /** `min_rf` larger than `max_rf` on some axis: the output can never pass. */
  thresholdRange: 'RF117',
} as const;

/**
 * The one-line description of each code, as `check/codes.ts` shows it as a SARIF rule name
 * (docs/format.md lists them with an example message each).
 */
export const NATIVE_CODES: Record<(typeof CODES)[keyof typeof CODES], string> = {
  RF100: 'a native model file is not valid YAML or JSON',
  RF101: 'a layer has an unknown op',
  RF102: 'a native model file has an unknown key',
  RF103: 'a value of the wrong type or out of range',
  RF104: 'a required key is missing',
  RF105: 'a name is used twice among siblings',
  RF106: 'a name in `inputs` or an output\'s `layer` that no layer has',
  RF107: 'a key that does not apply to the op',
  RF108: 'a per-axis list whose length differs from the number of axes',
  RF109: 'min_coverage needs input.size',
  RF110: 'a native model file is larger than the size limit',
  RF111: 'too many YAML aliases, or aliases that expand to too much',
  RF112: 'nesting deeper than the limit',
  RF113: 'more layers after expanding `repeat` than the limit',
  RF114: '`rflint:` is missing, or a format version this rflint does not read',
  RF115: 'a padding kind this op or this number of axes cannot use',
  RF116: 'a merge with fewer than two inputs, or another op with several',
  RF117: 'min_rf is above max_rf: the output can never pass',
};

/** The engine's code for a cycle, reported by the loader with the layers' positions. */
export const CYCLE = 'RF001';
