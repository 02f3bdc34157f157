/**
 * The layer-by-layer table of an output (`rflint explain`, `--explain`, the PR comment): the
 * engine's path (rf/path.ts) with names, each layer's kernel, stride and dilation, and its
 * share of the final RF. The share of a row is how much it grew the RF over the row before,
 * divided by the final RF; the input's one pixel is its share, so the shares add up to 1.
 */
import type { LoadedModel } from '../formats/model.js';
import { type Analysis, type NetworkCost, type PathStep, rfPath, toNumber } from '../rf/index.js';
import type { ExplainRow } from './report.js';

export function explainOutput(model: LoadedModel, analysis: Analysis, output: number, cost?: NetworkCost): ExplainRow[] | undefined {
  const steps = rfPath(analysis, output);
  if (!steps || steps.length === 0) return undefined;
  const final = steps[steps.length - 1]!.rf;
  const nodes = model.graph.nodes;
  let previous: readonly number[] | undefined;
  return steps.map((step): ExplainRow => {
    const node = nodes[step.node]!;
    const share = step.rf.map((rf, a) => round((rf - (previous?.[a] ?? 0)) / final[a]!));
    previous = step.rf;
    return {
      layer: node.name,
      ...geometry(node.op),
      jump: step.jumpBefore.map(toNumber),
      rf: [...step.rf],
      inverse: [...step.inverse],
      share,
      // What the layer costs (rf/cost.ts): null where the channels or sizes are unknown.
      ...(cost ? { params: cost.layers[step.node]!.params, macs: cost.layers[step.node]!.macs } : {}),
      ...(step.period.some((p) => p > 1) ? { period: [...step.period] } : {}),
      ...(step.merge ? { merge: mergeOf(model, step) } : {}),
    };
  });
}

/** The op's name as a reader knows it, and its k, s, d where it has them. */
function geometry(op: LoadedModel['graph']['nodes'][number]['op']): Pick<ExplainRow, 'op' | 'kernel' | 'stride' | 'dilation'> {
  switch (op.kind) {
    case 'conv':
      return { op: op.pool ? `${op.pool}pool` : 'conv', kernel: [...op.kernel], stride: [...op.stride], dilation: [...op.dilation] };
    case 'deconv':
      return { op: 'deconv', kernel: [...op.kernel], stride: [...op.stride], dilation: [...op.dilation] };
    case 'resize':
      return { op: `resize ×${op.scale.map((f) => (f.den === 1 ? String(f.num) : `${f.num}/${f.den}`)).join('×')} ${op.mode}` };
    case 'space_to_depth':
      return { op: 'space_to_depth', kernel: [...op.block], stride: [...op.block] };
    case 'depth_to_space':
      return { op: 'depth_to_space' };
    case 'merge':
      return { op: op.merge };
    default:
      return { op: op.kind };
  }
}

function mergeOf(model: LoadedModel, step: PathStep): NonNullable<ExplainRow['merge']> {
  const nodes = model.graph.nodes;
  const name = (i: number) => nodes[i]!.name;
  return { inputs: nodes[step.node]!.inputs.map(name), followed: name(step.merge!.followed), lo: step.merge!.lo.map(name), hi: step.merge!.hi.map(name) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
