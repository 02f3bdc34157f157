/**
 * The engine's codes (RF0xx), raised as GraphError (or, for RF020/RF021, reported as warnings
 * by the check layer), with one-line descriptions for docs and SARIF rule names. Stable: add,
 * never renumber.
 */
export const ENGINE_CODES = {
  RF001: 'the graph has a cycle',
  RF002: 'a node names an input that does not exist, or has none',
  RF003: 'a per-axis value has the wrong number of axes (1 to 3)',
  RF004: 'an op parameter is out of range (kernel, stride, dilation ≥ 1; integers)',
  RF010: 'a tensor size becomes ≤ 0 (the input is too small for a layer)',
  RF011: 'a merge joins tensors of different sizes',
  RF012: 'a merge joins paths of different strides (the RF would grow with the position)',
  RF013: 'the RF repeats with a period longer than the limit (rational resize factors)',
  RF014: 'a stride or position exceeds 2^53',
  RF015: 'the RF depends on the input size here (SAME after upsampling, align_corners): set it',
  RF016: 'the exact analysis would exceed its step limit (a huge kernel after upsampling)',
  RF020: 'merged paths see the input with different centres (the RF is lopsided)',
  RF021: 'the RF depends on the input size (SAME padding upstream of a merge)',
  // Raised by loaders through formats/toolkit/channel-attention.ts, one code for every format
  // that uses it (ONNX, Darknet, TF.js graph and Caffe still raise their older RF206, RF334,
  // RF374 and RF393 for the same finding).
  RF022: 'a channel-attention gate (a product with a tensor computed from the whole input) makes the outputs after it global',
} as const;

export type EngineCode = keyof typeof ENGINE_CODES;
