/** Blocks, repeat and scoped names (docs/design.md §4.1): what each name and `^` resolves to. */
import { describe, expect, it } from 'vitest';
import type { LoadedModel } from '../../../src/formats/model.js';
import { load, model } from './helpers.js';

/** Each node as `name <- input names`, the way a person checks the wiring. */
function wiring(m: LoadedModel): string[] {
  return m.graph.nodes.map((n) => `${n.name} <- ${n.inputs.map((i) => m.graph.nodes[i]!.name).join(', ')}`.trimEnd());
}

describe('expansion', () => {
  it('instantiates a block `repeat` times with b.i.x names and ^ as each instance input', () => {
    const m = model(
      load(`rflint: 1
layers:
  - { name: stem, op: conv, kernel: 3 }
  - name: stage
    repeat: 2
    block:
      - { name: a, op: conv, kernel: 3 }
      - { name: add, op: add, inputs: [a, ^] }
  - { name: head, op: conv, kernel: 1 }
`),
    );
    expect(wiring(m)).toEqual([
      'input <-',
      'stem <- input',
      'stage.0.a <- stem',
      'stage.0.add <- stage.0.a, stem',
      'stage.1.a <- stage.0.add',
      'stage.1.add <- stage.1.a, stage.0.add',
      'head <- stage.1.add',
    ]);
  });

  it('names instance 0 with repeat 1 too, and unnamed layers by op and index', () => {
    const m = model(load('rflint: 1\nlayers:\n  - { name: b, block: [{ op: conv, kernel: 3 }, { op: relu }] }\n  - { op: relu }\n'));
    expect(m.graph.nodes.map((n) => n.name)).toEqual(['input', 'b.0.conv#0', 'b.0.relu#1', 'relu#1']);
  });

  it('resolves names in the block first, then outward; a block name means its last layer', () => {
    const m = model(
      load(`rflint: 1
layers:
  - { name: a, op: conv, kernel: 3 }
  - { name: x, op: relu }
  - name: outer
    block:
      - { name: a, op: conv, kernel: 5 }
      - name: inner
        block:
          - { name: c, op: add, inputs: [a, x] }
  - { name: after, op: add, inputs: [outer, a] }
`),
    );
    expect(wiring(m)).toEqual(['input <-', 'a <- input', 'x <- a', 'outer.0.a <- x', 'outer.0.inner.0.c <- outer.0.a, x', 'after <- outer.0.inner.0.c, a']);
  });

  it('takes the block layer inputs as ^ of instance 0, and fully scoped names from anywhere', () => {
    const m = model(
      load(`rflint: 1
layers:
  - { name: a, op: conv, kernel: 3 }
  - { name: b, op: conv, kernel: 3 }
  - name: s
    repeat: 2
    inputs: a
    block:
      - { name: c, op: conv, kernel: 3 }
  - { name: d, op: add, inputs: [s.0.c, s.1, b] }
`),
    );
    expect(wiring(m)).toEqual(['input <-', 'a <- input', 'b <- a', 's.0.c <- a', 's.1.c <- s.0.c', 'd <- s.0.c, s.1.c, b']);
  });

  it('later instances, nested blocks and one block list used in two places resolve to their own nodes (instances share one name table)', () => {
    const m = model(
      load(`rflint: 1
layers:
  - name: pre
    block: &unit
      - { name: c, op: conv, kernel: 3 }
      - { name: r, op: add, inputs: [c, ^] }
  - name: outer
    repeat: 3
    block:
      - { name: x, op: conv, kernel: 1 }
      - name: inner
        repeat: 2
        block: *unit
      - { name: y, op: add, inputs: [inner.1.r, x, inner] }
  - { name: z, op: add, inputs: [outer.2.inner.0.c, outer.1.y, pre.0.r, outer] }
outputs:
  - { name: deep, layer: outer.2.inner.1.c }
  - { name: mid, layer: outer.1 }
  - { name: alias, layer: pre.0.c }
`),
    );
    const outer = (i: number) => [
      `outer.${i}.x <- ${i === 0 ? 'pre.0.r' : `outer.${i - 1}.y`}`,
      `outer.${i}.inner.0.c <- outer.${i}.x`,
      `outer.${i}.inner.0.r <- outer.${i}.inner.0.c, outer.${i}.x`,
      `outer.${i}.inner.1.c <- outer.${i}.inner.0.r`,
      `outer.${i}.inner.1.r <- outer.${i}.inner.1.c, outer.${i}.inner.0.r`,
      `outer.${i}.y <- outer.${i}.inner.1.r, outer.${i}.x, outer.${i}.inner.1.r`,
    ];
    expect(wiring(m)).toEqual([
      'input <-',
      'pre.0.c <- input',
      'pre.0.r <- pre.0.c, input',
      ...outer(0),
      ...outer(1),
      ...outer(2),
      'z <- outer.2.inner.0.c, outer.1.y, pre.0.r, outer.2.y',
    ]);
    const named = (output: string) => m.graph.nodes[m.outputs.find((o) => o.name === output)!.node]!.name;
    expect([named('deep'), named('mid'), named('alias')]).toEqual(['outer.2.inner.1.c', 'outer.1.y', 'pre.0.c']);
  });

  it('`input` is the network input; the first layer of the file takes it', () => {
    const m = model(load('rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 3 }\n  - { name: b, op: concat, inputs: [a, input] }\n'));
    expect(wiring(m)).toEqual(['input <-', 'a <- input', 'b <- a, input']);
  });
});

describe('outputs and positions', () => {
  it('without outputs, the last layer is the one output, named after it', () => {
    const m = model(load('rflint: 1\nlayers:\n  - { op: conv, kernel: 3 }\n  - { name: stage, block: [{ name: c, op: conv, kernel: 3 }] }\n'));
    expect(m.outputs).toEqual([{ name: 'stage', node: 2, thresholds: {}, position: { line: 4, column: 5, endLine: 4, endColumn: 63 } }]);
  });

  it('carries thresholds and the position of each output; positions[node] is its layer', () => {
    const m = model(
      load(`rflint: 1
name: tiny
input: { size: [64, 32] }
layers:
  - { name: c, op: conv, kernel: 3 }
  - name: s
    repeat: 3
    block:
      - { name: r, op: relu }
outputs:
  - { name: out, layer: s, min_rf: [3, 1], max_rf: 9, min_coverage: 0.25 }
  - { layer: c }
`),
    );
    expect(m.name).toBe('tiny');
    expect(m.inputSize).toEqual([64, 32]);
    expect(m.outputs.map(({ name, node, thresholds, position }) => ({ name, node, thresholds, line: position?.line }))).toEqual([
      { name: 'out', node: 4, thresholds: { min_rf: [3, 1], max_rf: 9, min_coverage: 0.25 }, line: 11 },
      { name: 'c', node: 1, thresholds: {}, line: 12 },
    ]);
    // Every instance of the block points at the layer's definition.
    expect(m.positions.map((p) => p && `${p.line}:${p.column}`)).toEqual(['3:8', '5:5', '9:9', '9:9', '9:9']);
  });

  it('names the model after the file when it has no name', () => {
    expect(model(load('rflint: 1\nlayers: [{ op: relu }]\n', {}, 'models/det.rf.yml')).name).toBe('det');
  });
});
