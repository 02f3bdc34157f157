/**
 * Diagnostic codes of the TensorFlow.js graph-model loader (RF360–RF379), with the one-line
 * descriptions `check/codes.ts` shows as SARIF rule names and docs/cli.md lists. Stable: add,
 * never renumber.
 */
export const TFJS_GRAPH_CODES = {
  RF360: 'a TF.js model.json is not valid JSON',
  RF361: 'a TF.js graph model has the wrong structure (modelTopology.node, weightsManifest)',
  RF362: 'a TF.js model.json is too large, too deeply nested or not UTF-8 text',
  RF363: 'a graph node has an op rflint cannot map to positions (say how with --assume)',
  RF364: 'a graph node attribute is missing or has the wrong value',
  RF365: 'a graph node names an input that no node has',
  RF366: "a convolution's kernel shape is in neither its Const node nor weightsManifest",
  RF367: 'a value the geometry needs (paddings, a resize size) is stored in the weight shards',
  RF368: 'a layer needs the input size, which the Placeholder does not give',
  RF369: 'the graph has no Placeholder input feeding its layers',
  RF370: 'a graph node does something rflint cannot map (a concat along a spatial axis)',
  RF371: 'the graph has a cycle (TF control flow)',
  RF372: 'the graph has more nodes than the limit',
  RF373: 'two graph nodes have the same name',
  RF374: 'a channel-attention gate (squeeze-and-excitation) makes the outputs after it global',
} as const;

export type TfjsGraphCode = keyof typeof TFJS_GRAPH_CODES;

/** The codes by what they mean, for the loader's own use. */
export const CODES = {
  syntax: 'RF360',
  structure: 'RF361',
  limits: 'RF362',
  unknownOp: 'RF363',
  attribute: 'RF364',
  unknownInput: 'RF365',
  kernelShape: 'RF366',
  valueInWeights: 'RF367',
  needsInputSize: 'RF368',
  noInput: 'RF369',
  unsupported: 'RF370',
  cycle: 'RF371',
  tooManyNodes: 'RF372',
  duplicateName: 'RF373',
  gate: 'RF374',
} as const satisfies Record<string, TfjsGraphCode>;
