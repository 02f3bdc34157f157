/**
 * The diagnostic codes the ONNX loader raises (RF2xx), with one-line descriptions in the form
 * `check/codes.ts` keeps for SARIF rule names. Codes are stable: add, never renumber.
 */
export const ONNX_CODES = {
  RF201: 'the ONNX file is truncated',
  RF202: 'the ONNX file is not a valid protobuf message (corrupt varint, length or wire type)',
  RF203: 'the ONNX model has no usable graph or data input',
  RF204: 'an unknown operator lies on a path to an output',
  RF205: 'an operator is used in a way rflint cannot map to geometry',
  RF206: 'a channel-attention gate makes the outputs after it global',
  RF207: 'the geometry depends on the input size, which the file leaves open (dynamic axes)',
} as const;

export type OnnxCode = keyof typeof ONNX_CODES;
