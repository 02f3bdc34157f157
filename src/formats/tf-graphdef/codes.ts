/**
 * Diagnostic codes of the TensorFlow GraphDef loader (RF640–RF659): frozen `*.pb` graphs and
 * `saved_model.pb`. The graph is built by the TF.js graph builder (formats/tfjs-graph), whose
 * codes are mapped to these one for one (`FROM_TFJS`), so a `.pb` never reports a model.json code.
 * Stable: add, never renumber.
 */
import { CODES as TFJS } from '../tfjs-graph/codes.js';

export const TF_GRAPHDEF_CODES = {
  RF640: 'a TensorFlow GraphDef or SavedModel file is truncated',
  RF641: 'a TensorFlow GraphDef or SavedModel file is not a valid protobuf message',
  RF642: 'the file is neither a GraphDef with nodes nor a SavedModel with a graph',
  RF643: 'a GraphDef node has an op rflint cannot map to positions (say how with --assume)',
  RF644: 'a GraphDef node attribute is missing or has the wrong value',
  RF645: 'a GraphDef node names an input that no node has',
  RF646: "a convolution's kernel shape is in neither its Const node nor its variable",
  RF647: 'a value the geometry needs (paddings, a resize size) is not a small integer Const in the file',
  RF648: 'a GraphDef layer needs the input size, which its Placeholder does not give',
  RF649: 'the GraphDef has no Placeholder input feeding its layers',
  RF650: 'a GraphDef node does something rflint cannot map (a concat along a spatial axis)',
  RF651: 'the GraphDef has a cycle (TF control flow)',
  RF652: 'the graph has more nodes than the limit, functions inlined',
  RF653: 'two GraphDef nodes have the same name',
  RF654: 'a channel-attention gate in a GraphDef makes the outputs after it global',
  RF655: 'a function call cannot be inlined (an unknown function, recursion, or a call deeper than the limit)',
  RF656: "a SavedModel signature's input or output names no tensor of the graph",
} as const;

export type TfGraphdefCode = keyof typeof TF_GRAPHDEF_CODES;

export const CODES = {
  truncated: 'RF640',
  corrupt: 'RF641',
  structure: 'RF642',
  tooManyNodes: 'RF652',
  call: 'RF655',
  signature: 'RF656',
} as const satisfies Record<string, TfGraphdefCode>;

/** The TF.js graph builder's codes → ours. */
export const FROM_TFJS: Readonly<Record<string, TfGraphdefCode>> = {
  [TFJS.unknownOp]: 'RF643',
  [TFJS.attribute]: 'RF644',
  [TFJS.unknownInput]: 'RF645',
  [TFJS.kernelShape]: 'RF646',
  [TFJS.valueInWeights]: 'RF647',
  [TFJS.needsInputSize]: 'RF648',
  [TFJS.noInput]: 'RF649',
  [TFJS.unsupported]: 'RF650',
  [TFJS.cycle]: 'RF651',
  [TFJS.tooManyNodes]: 'RF652',
  [TFJS.duplicateName]: 'RF653',
  [TFJS.gate]: 'RF654',
};
