/**
 * Advice for a failed min_rf (docs/design.md §7.2): the engine's levers (rf/levers.ts), each applied to
 * the graph and re-analysed at every position, named and priced for the report, and the two
 * cheapest in words in the failure's message ("add 14 3×3 convs after `conv4` (+8 each), or
 * widen the kernel of `head` to 29 (+112)") — more useful than "add a layer upstream".
 */
import { type Analysis, type Lever, leverAdvice } from '../rf/index.js';
import type { Advice, ThresholdFailure } from './report.js';

/**
 * Each lever re-analyses the graph a few times to verify itself: past this size a failure
 * keeps the generic hint rather than slow the check down.
 */
const MAX_NODES_FOR_ADVICE = 50_000;

export function withAdvice(analysis: Analysis, node: number, failure: ThresholdFailure): ThresholdFailure {
  if (failure.threshold !== 'min_rf' || failure.actual === null || analysis.graph.nodes.length > MAX_NODES_FOR_ADVICE) return failure;
  // A failure without an axis failed the same way on every axis: every axis must reach.
  const axes = failure.axis === undefined ? Array.from({ length: analysis.graph.axes }, (_, a) => a) : [failure.axis];
  const target = Array.from({ length: analysis.graph.axes }, () => failure.expected);
  const levers = leverAdvice(analysis, node, axes, target);
  if (levers.length === 0) return failure;
  const name = (i: number) => analysis.graph.nodes[i]!.name;
  const advice = levers.map((l) => named(l, name));
  // The sentence names up to two layers: long (hostile) names are clipped so it stays readable.
  const short = (i: number) => {
    const n = name(i);
    return [...n].length > 120 ? `${[...n].slice(0, 119).join('')}…` : n;
  };
  const ways: string[] = [];
  const add = levers.find((l) => l.lever === 'add_layers' && l.reaches);
  if (add) ways.push(`add ${add.count} 3×3 conv${add.count! > 1 ? 's' : ''} after \`${short(add.after!)}\` (+${add.gainEach} each)`);
  const widen = levers.find((l) => l.lever === 'widen_kernel' && l.reaches);
  if (widen) {
    const gain = Math.min(...axes.map((a) => widen.rf[a]! - failure.actual!));
    ways.push(`widen the kernel of \`${short(widen.layer!)}\` to ${widen.kernel} (+${gain})`);
  }
  const generic = /; add a layer, or increase a stride, a pooling or a dilation upstream$/;
  const message = ways.length > 0 ? `${failure.message.replace(generic, '')}; to reach it, ${ways.join(', or ')}` : failure.message;
  return { ...failure, message, advice };
}

function named(l: Lever, name: (i: number) => string): Advice {
  const warning = l.gridding ? `dilation ${l.dilation} exceeds the kernel: positions inside the RF are reached by no path (gridding)` : undefined;
  return {
    lever: l.lever,
    ...(l.after !== undefined ? { after: name(l.after) } : {}),
    ...(l.count !== undefined ? { count: l.count, kernel: 3 } : {}),
    ...(l.layer !== undefined ? { layer: name(l.layer) } : {}),
    ...(l.kernel !== undefined ? { kernel: l.kernel } : {}),
    ...(l.stride !== undefined ? { stride: l.stride } : {}),
    ...(l.dilation !== undefined ? { dilation: l.dilation } : {}),
    rf: [...l.rf],
    reaches: l.reaches,
    cost: { params: l.cost.params, macs: l.cost.macs, outputSize: l.cost.outputSize ? [...l.cost.outputSize] : null, depth: l.cost.depth },
    ...(warning ? { warning } : {}),
  };
}
