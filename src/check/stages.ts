/**
 * Stage ends: for each integer stride a network reaches, the tensor with the largest RF at that
 * stride (the last one of the stage on the main path; the latest in topological order on a tie),
 * among the tensors the format names.
 * A classifier's declared output is global and says nothing about its backbone; these are the
 * tensors worth holding to a threshold instead, named by their tensor name and by a stable
 * alias (`stride8`, or `stride8x16` when the axes differ).
 */
import type { LoadedModel } from '../formats/model.js';
import { type Analysis, type TensorRF, tensorRF } from '../rf/index.js';

export interface StageEnd {
  /** `stride8`, `stride16`…: stable across exports and refactors that keep the stage. */
  readonly alias: string;
  /** The tensor's own name (ONNX tensor, native layer). */
  readonly name: string;
  readonly node: number;
  readonly rf: TensorRF;
}

/** Past this many nodes, finding stage ends would cost more than the check itself. */
export const MAX_STAGE_NODES = 200_000;

export function stageEnds(model: LoadedModel, analysis: Analysis): StageEnd[] {
  const nodes = model.graph.nodes;
  if (nodes.length > MAX_STAGE_NODES) return [];
  const names = tensorNames(model);
  const best = new Map<string, { node: number; rf: TensorRF; size: number }>();
  // Where the format names its tensors (ONNX tensors, Ultralytics layers), only those: not the
  // inner nodes a loader builds for one layer.
  const named = model.tensors ? new Set(model.tensors.values()) : undefined;
  for (const node of analysis.order) {
    if (nodes[node]!.op.kind === 'input' || (named && !named.has(node))) continue;
    const rf = tensorRF(analysis, node);
    if (rf instanceof Error || rf.global || !rf.rf || !rf.stride) continue;
    if (rf.stride.some((s) => s.den !== 1)) continue; // between two strides: after upsampling
    const strides = rf.stride.map((s) => s.num);
    const key = strides.every((s) => s === strides[0]) ? `stride${strides[0]}` : `stride${strides.join('x')}`;
    const size = Math.max(...rf.rf);
    const seen = best.get(key);
    if (!seen || size >= seen.size) best.set(key, { node, rf, size });
  }
  return [...best.entries()]
    .filter(([, b]) => b.size > 1)
    .sort(([, a], [, b]) => strideOf(a.rf) - strideOf(b.rf))
    .map(([alias, b]) => ({ alias, name: names.get(b.node) ?? nodes[b.node]!.name, node: b.node, rf: b.rf }));
}

function strideOf(rf: TensorRF): number {
  return rf.stride!.reduce((p, s) => p * s.num, 1);
}

/** Node → the name a rule would use for it: its tensor name where the format has them. */
function tensorNames(model: LoadedModel): Map<number, string> {
  const names = new Map<number, string>();
  for (const [name, node] of model.tensors ?? []) if (!names.has(node)) names.set(node, name);
  for (const output of model.outputs) names.set(output.node, output.name);
  return names;
}
