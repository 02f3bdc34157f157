/** The engine's levers on small graphs whose answers the classic recurrence gives by hand. */
import { describe, expect, it } from 'vitest';
import { GraphBuilder, analyze, conv, merge, tensorRF, type TensorRF } from '../../src/rf/index.js';
import { leverAdvice } from '../../src/rf/levers.js';

function vgg16(): { g: GraphBuilder; pool5: number } {
  const g = new GraphBuilder(2);
  g.add('input', { kind: 'input' });
  let prev = 'input';
  for (const [stage, n] of [[1, 2], [2, 2], [3, 3], [4, 3], [5, 3]] as const) {
    for (let i = 1; i <= n; i++) {
      g.add(`conv${stage}_${i}`, conv(2, { kernel: 3, pad: 1 }), [prev]);
      prev = `conv${stage}_${i}`;
    }
    g.add(`pool${stage}`, conv(2, { kernel: 2, stride: 2, pool: 'max' }), [prev]);
    prev = `pool${stage}`;
  }
  return { g, pool5: g.id('pool5') };
}

describe('leverAdvice', () => {
  it('VGG-16 pool5 (RF 212) to 300: three 3×3 convs after conv5_3 (jump 16, +32 each), or conv5_3 widened to 9', () => {
    const { g, pool5 } = vgg16();
    const levers = leverAdvice(analyze(g.build()), pool5, [0, 1], [300, 300]);
    expect(levers.find((l) => l.lever === 'add_layers')).toMatchObject({ after: g.id('conv5_3'), count: 3, gainEach: 32, rf: [308, 308], reaches: true });
    // Widening conv5_3 (input jump 16) by 2 adds 32: 88 more needs 3 steps → kernel 9.
    expect(levers.find((l) => l.lever === 'widen_kernel')).toMatchObject({ layer: g.id('conv5_3'), kernel: 9, rf: [308, 308], reaches: true });
  });

  it('no lever for an output that is already large enough, none for a global one', () => {
    const { g, pool5 } = vgg16();
    expect(leverAdvice(analyze(g.build()), pool5, [0, 1], [100, 100])).toEqual([]);
    g.add('fc', { kind: 'global' }, ['pool5']);
    expect(leverAdvice(analyze(g.build()), g.id('fc'), [0, 1], [1000, 1000])).toEqual([]);
  });

  it('only what the engine confirms: widening the branch that does not bound the hull gains nothing, so the wide one is named', () => {
    const g = new GraphBuilder(1);
    g.add('input', { kind: 'input' });
    g.add('wide', conv(1, { kernel: 9, pad: 4 }), ['input']);
    g.add('narrow', conv(1, { kernel: 1 }), ['input']);
    g.add('sum', merge('add'), ['wide', 'narrow']);
    const graph = g.build();
    expect((tensorRF(analyze(graph), g.id('sum')) as TensorRF).rf).toEqual([9]);
    const widen = leverAdvice(analyze(graph), g.id('sum'), [0], [13]).find((l) => l.lever === 'widen_kernel');
    expect(widen).toMatchObject({ layer: g.id('wide'), kernel: 13, rf: [13], reaches: true });
  });
});
