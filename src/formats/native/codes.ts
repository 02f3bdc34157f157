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

/** The engine's code for a cycle, reported by the loader with the layers' positions. */
export const CYCLE = 'RF001';
