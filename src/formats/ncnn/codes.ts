/**
 * Diagnostic codes of the ncnn `.param` loader (RF600–RF619), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
export const NCNN_CODES = {
  RF600: 'an ncnn param file does not start with the magic 7767517 and its layer and blob counts, or a layer line is malformed',
  RF601: 'an ncnn param file has no layers, or fewer layer lines than its count says',
  RF602: 'an ncnn layer parameter has a value of the wrong type or range',
  RF603: 'an ncnn layer misses an input blob or a parameter it needs',
  RF604: 'an ncnn layer reads a blob that no earlier layer produces',
  RF605: 'an ncnn layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
  RF606: 'an ncnn param file is larger than the size limit',
  RF607: 'an ncnn param file is not UTF-8 text',
  RF608: 'an ncnn layer needs the input size, which the param file does not give',
  RF609: 'an ncnn param file has more layers than the limit',
  RF610: 'an ncnn layer that rflint cannot map to positions (a spatial Concat or Slice, dynamic weights)',
  RF611: 'an ncnn param file names a blob or a layer twice, or its blob count disagrees with its layers',
  RF612: 'an ncnn channel-attention gate (a BinaryOp or Eltwise product with a globally pooled blob) makes the outputs after it global',
  RF613: 'an ncnn binary param file (`.param.bin`): rflint reads the text `.param`',
} as const;

export type NcnnCode = keyof typeof NCNN_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF600',
  noLayers: 'RF601',
  invalidValue: 'RF602',
  missing: 'RF603',
  badBottom: 'RF604',
  unknownType: 'RF605',
  fileTooLarge: 'RF606',
  notText: 'RF607',
  needsInputSize: 'RF608',
  tooManyLayers: 'RF609',
  unsupported: 'RF610',
  duplicate: 'RF611',
  gate: 'RF612',
  binary: 'RF613',
} as const satisfies Record<string, NcnnCode>;
