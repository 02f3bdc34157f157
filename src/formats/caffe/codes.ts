/**
 * Diagnostic codes of the Caffe prototxt loader (RF380–RF399), with the one-line descriptions
 * `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add, never renumber.
 */
export const CAFFE_CODES = {
  RF380: 'a Caffe prototxt is not valid protobuf text format',
  RF381: 'a Caffe prototxt has no layers',
  RF382: 'a Caffe layer or parameter message has a field Caffe does not define',
  RF383: 'a Caffe field has a value of the wrong type or range',
  RF384: 'a Caffe layer misses a field it needs',
  RF385: 'a Caffe layer reads a blob (`bottom`) that no earlier layer or input produces',
  RF386: 'a Caffe layer type that rflint does not know (`--assume TYPE=pointwise|global`)',
  RF387: 'a Caffe prototxt file is larger than the size limit',
  RF388: 'a Caffe prototxt file is not UTF-8 text',
  RF389: 'a Caffe layer needs the input size, which the prototxt does not give',
  RF390: 'a Caffe prototxt has more layers than the limit',
  RF391: 'a Caffe layer that rflint cannot map to positions (a spatial Slice, a Concat along a spatial axis)',
  RF392: "a Caffe net's input is not declared with 4 dims (N, C, H, W) or its size is not positive",
  RF393: 'a channel-attention gate (a product with a globally pooled blob) makes the outputs after it global',
} as const;

export type CaffeCode = keyof typeof CAFFE_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF380',
  noLayers: 'RF381',
  unknownField: 'RF382',
  invalidValue: 'RF383',
  missingField: 'RF384',
  badBottom: 'RF385',
  unknownType: 'RF386',
  fileTooLarge: 'RF387',
  notText: 'RF388',
  needsInputSize: 'RF389',
  tooManyLayers: 'RF390',
  unsupported: 'RF391',
  badInput: 'RF392',
  gate: 'RF393',
} as const satisfies Record<string, CaffeCode>;
