/**
 * Turns the engine's verified growth advice into words for a failed min_rf: which layer to
 * widen, or how many 3×3 convs to add where — more useful than "add a layer upstream".
 */
import { type Analysis, growAdvice } from '../rf/index.js';
import type { ThresholdFailure } from './report.js';

/**
 * Each piece of advice re-analyses the graph a few times to verify itself: past this size a
 * failure keeps the generic hint rather than slow the check down.
 */
const MAX_NODES_FOR_ADVICE = 50_000;

export function withAdvice(analysis: Analysis, node: number, failure: ThresholdFailure): ThresholdFailure {
  if (failure.threshold !== 'min_rf' || failure.actual === null || analysis.graph.nodes.length > MAX_NODES_FOR_ADVICE) return failure;
  const advice = growAdvice(analysis, node, failure.axis ?? 0, failure.expected);
  if (!advice || (!advice.addLayers && !advice.widen)) return failure;
  const name = (i: number) => `\`${analysis.graph.nodes[i]!.name}\``;
  const ways: string[] = [];
  if (advice.addLayers) {
    const { after, count, gainEach } = advice.addLayers;
    ways.push(`add ${count} 3×3 conv${count > 1 ? 's' : ''} after ${name(after)} (+${gainEach} each)`);
  }
  if (advice.widen) ways.push(`widen the kernel of ${name(advice.widen.node)} to ${advice.widen.kernel} (+${advice.widen.gain})`);
  const message = failure.message.replace(/; add a layer, or increase a stride, a pooling or a dilation upstream$/, '');
  return { ...failure, message: `${message}; to reach it, ${ways.join(', or ')}` };
}
