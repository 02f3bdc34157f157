/**
 * Diagnostic codes of the TensorFlow Lite loader (RF660–RF679), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. A channel-attention gate is
 * the engine's RF022, as for Keras. Stable: add, never renumber.
 */
export const TFLITE_CODES = {
  RF660: 'the file is not a TFLite FlatBuffer (no TFL3 identifier), or is too small to be one',
  RF661: 'a TFLite offset points outside the file or at itself (a truncated or corrupt file)',
  RF662: 'the TFLite model has no usable subgraph, or its operators name tensors out of order',
  RF663: 'a TFLite operator (builtin or custom) rflint cannot map to positions (say how with --assume)',
  RF664: "a TFLite operator's options are missing or out of range (a stride of 0, an unknown padding)",
  RF665: "a TFLite convolution's weights tensor is not 4-D [out, height, width, in]",
  RF666: 'a value a TFLite operator needs (paddings, slice bounds) is computed at run time',
  RF667: 'a TFLite resize needs sizes the file leaves open (a dynamic shape)',
  RF668: "no output of the TFLite subgraph is computed from its input",
  RF669: 'a TFLite operator does something rflint cannot map (a concat along a spatial axis)',
  RF670: 'the TFLite model has more operators or tensors than the limit',
} as const;

export type TfliteCode = keyof typeof TFLITE_CODES;

export const CODES = {
  notTflite: 'RF660',
  corrupt: 'RF661',
  structure: 'RF662',
  unknownOp: 'RF663',
  options: 'RF664',
  kernelShape: 'RF665',
  valueNotInFile: 'RF666',
  needsInputSize: 'RF667',
  noInput: 'RF668',
  unsupported: 'RF669',
  tooMany: 'RF670',
} as const satisfies Record<string, TfliteCode>;
