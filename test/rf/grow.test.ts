import { describe, expect, it } from 'vitest';
import { GraphBuilder, analyze, conv, growAdvice, merge, tensorRF, type TensorRF } from '../../src/rf/index.js';

function vgg16(): { g: GraphBuilder; pool5: number } {
  const g = new GraphBuilder(2);
  g.add('input', { kind: 'input' });
  let prev = 'input';
  for (const [stage, n] of [[1, 2], [2, 2], [3, 3], [4, 3], [5, 3]] as const) {
    for (let i = 1; i <= n; i++) prev = name(g.add(`conv${stage}_${i}`, conv(2, { kernel: 3, pad: 1 }), [prev]), g);
    prev = name(g.add(`pool${stage}`, conv(2, { kernel: 2, stride: 2, pool: 'max' }), [prev]), g);
  }
  return { g, pool5: g.id('pool5') };
}

function name(id: number, g: GraphBuilder): string {
  return g.build().nodes[id]!.name;
}

describe('growAdvice', () => {
  it('adds 3×3 convs at the deepest stage of VGG-16 to reach a larger RF', () => {
    const { g, pool5 } = vgg16();
    const graph = g.build();
    // pool5: RF 212. The deepest tensor before it is conv5_3 (jump 16): each 3×3 added there
    // adds 32, and 300 needs ceil(88 / 32) = 3.
    const advice = growAdvice(analyze(graph), pool5, 0, 300)!;
    expect(advice.addLayers).toEqual({ after: g.id('conv5_3'), count: 3, gainEach: 32 });
    // Widening conv5_3 (input jump 16) by 2 adds 32: 88 needs 3 steps → kernel 9.
    expect(advice.widen).toEqual({ node: g.id('conv5_3'), kernel: 9, gain: 96 });
  });

  it('returns {} when the RF is already large enough, undefined for a global output', () => {
    const { g, pool5 } = vgg16();
    expect(growAdvice(analyze(g.build()), pool5, 0, 100)).toEqual({});
    g.add('fc', { kind: 'global' }, ['pool5']);
    expect(growAdvice(analyze(g.build()), g.id('fc'), 0, 1000)).toBeUndefined();
  });

  it('only gives advice that the engine confirms: a branch that does not bound the hull is skipped', () => {
    const g = new GraphBuilder(1);
    g.add('input', { kind: 'input' });
    g.add('wide', conv(1, { kernel: 9, pad: 4 }), ['input']);
    g.add('narrow', conv(1, { kernel: 1 }), ['input']);
    g.add('sum', merge('add'), ['wide', 'narrow']);
    const graph = g.build();
    const advice = growAdvice(analyze(graph), g.id('sum'), 0, 13)!;
    expect(advice.widen?.node).toBe(g.id('wide'));
    const rf = (t: ReturnType<typeof tensorRF>) => (t as TensorRF).rf![0];
    expect(rf(tensorRF(analyze(graph), g.id('sum')))).toBe(9);
  });
});
