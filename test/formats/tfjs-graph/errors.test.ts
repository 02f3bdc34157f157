/** Every problem in a graph model.json is one diagnostic: its code, what to do, and where. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { GraphJson, b64, ints, load, onlyError } from './helpers.js';

/** The line of node `name`'s object in `text`. */
function lineOf(text: string, name: string): number {
  return text.slice(0, text.lastIndexOf('{', text.indexOf(`"name": "${name}"`))).split('\n').length;
}

function small(): GraphJson {
  const g = new GraphJson();
  const x = g.placeholder('image', 64, 64);
  g.conv('c1', x, 3, { stride: 2 });
  return g;
}

describe('TF.js graph model errors', () => {
  it('RF360: not JSON, at the place', () => {
    const d = onlyError(load('{"format": "graph-model",\n "modelTopology": {"node": [}\n}'));
    expect(d).toMatchObject({ code: 'RF360', line: 2, file: 'web_model/model.json' });
    expect(d.message).toMatch(/^invalid JSON: /);
  });

  it('RF361: the wrong structure, with the path', () => {
    const d = onlyError(load('{"format": "graph-model",\n "modelTopology": {"node": [{"name": "x"}]}}'));
    expect(d).toMatchObject({ code: 'RF361', line: 2 });
    expect(d.message).toContain('modelTopology.node[0]');
    expect(d.message).toContain('op');
  });

  it('RF362: over the file-size limit', async () => {
    const { tfjsGraphLoader } = await import('../../../src/formats/tfjs-graph/index.js');
    const text = small().text();
    const result = await tfjsGraphLoader.load({ path: 'model.json', size: text.length, read: async () => new TextEncoder().encode(text) }, { limits: { ...DEFAULT_LIMITS, maxFileBytes: 100 } });
    expect(onlyError(result)).toMatchObject({ code: 'RF362', line: 1, column: 1 });
  });

  it('RF363: an op rflint does not know, on the data path, names the node and the way out', () => {
    const g = small();
    g.node('odd', 'Cumsum', ['c1', g.ints('axis', [1], [])]);
    const text = g.text();
    const d = onlyError(load(text));
    expect(d).toMatchObject({ code: 'RF363', line: lineOf(text, 'odd') + 2 });
    expect(d.message).toBe('node "odd" (Cumsum): rflint does not know how op `Cumsum` maps positions; if you know, say so with assume (--assume Cumsum=pointwise or Cumsum=global, or `assume` in rules)');
  });

  it('RF363: a misspelt op gets a did-you-mean; a fused op that is not pointwise is named', () => {
    const g = small();
    g.node('r', 'Rleu6', ['c1']);
    expect(onlyError(load(g.text())).message).toContain('did you mean `Relu6`?');
    const f = small();
    f.node('fc', '_FusedConv2D', ['c1', f.weight('w', [3, 3, 4, 4]), f.weight('b', [4])], { strides: ints([1, 1, 1, 1]), padding: { s: b64('SAME') }, fused_ops: { list: { s: [b64('BiasAdd'), b64('Gelu')] } } });
    expect(onlyError(load(f.text())).message).toBe('node "fc" (_FusedConv2D): fused op `Gelu` is not one rflint knows to be pointwise (BiasAdd, Relu, Relu6, FusedBatchNorm, …)');
  });

  it('RF364: a malformed attribute, at the attribute', () => {
    const g = small();
    g.conv('c2', 'c1', 3, { padding: 'FULL' });
    const text = g.text();
    const d = onlyError(load(text));
    expect(d.code).toBe('RF364');
    expect(d.message).toBe('node "c2" (Conv2D): `padding` must be SAME, VALID or EXPLICIT, got "FULL"');
    expect(d.line).toBeGreaterThan(lineOf(text, 'c2'));
    const s = small();
    s.node('p', 'MaxPool', ['c1'], { ksize: ints([1, 3, 3]), padding: { s: b64('SAME') } });
    expect(onlyError(load(s.text())).message).toBe('node "p" (MaxPool): `ksize` must have 4 values (one per axis of NHWC), got 3');
  });

  it('RF365: an input that names no node, with the nearest name', () => {
    const g = small();
    g.node('r', 'Relu', ['c_1']);
    const text = g.text();
    const d = onlyError(load(text));
    expect(d).toMatchObject({ code: 'RF365', message: 'node "r" (Relu): input "c_1" names no node; did you mean `c1`?' });
    expect(d.line).toBeGreaterThan(lineOf(text, 'r'));
  });

  it('RF366: a kernel shape found nowhere', () => {
    const g = small();
    g.node('w2', 'Const', [], { value: { tensor: { dtype: 'DT_FLOAT' } } });
    g.node('c2', 'Conv2D', ['c1', 'w2'], { strides: ints([1, 1, 1, 1]), padding: { s: b64('SAME') } });
    expect(onlyError(load(g.text()))).toMatchObject({
      code: 'RF366',
      message: 'node "c2" (Conv2D): the kernel shape comes from its filter "w2", which has no shape in its Const node nor in weightsManifest',
    });
  });

  it('RF367: paddings in the weight shards (as the converter writes them) cannot be read', () => {
    const g = small();
    g.node('pad', 'Pad', ['c1', g.weight('pad/paddings', [4, 2])]);
    expect(onlyError(load(g.text()))).toMatchObject({
      code: 'RF367',
      message: 'node "pad" (Pad): its paddings are stored in the weight shards (Const "pad/paddings"), and rflint reads no weights; the TF.js converter moves every constant there, so rflint cannot tell how much this node pads',
    });
  });

  it('RF367: a resize whose size is in the weight shards and that no merge follows', () => {
    const g = small();
    const up = g.node('up', 'ResizeBilinear', ['c1', g.weight('up/size', [2])]);
    g.node('r', 'Relu', [up]);
    g.conv('c2', 'r', 3, { stride: 2 });
    expect(onlyError(load(g.text()))).toMatchObject({
      code: 'RF367',
      message: 'node "up" (ResizeBilinear): its output size is stored in the weight shards (Const "up/size"), and rflint reads no weights; nor is it merged with a tensor of known size, which would tell, so its scale is unknown',
    });
  });

  it('RF368: a resize on an input of unknown size', () => {
    const g = new GraphJson();
    const x = g.node('x', 'Placeholder', [], { shape: { shape: { dim: [{ size: '-1' }, { size: '-1' }, { size: '-1' }, { size: '3' }] } } });
    g.node('up', 'ResizeBilinear', [x, g.ints('size', [64, 64], [2])]);
    expect(onlyError(load(g.text()))).toMatchObject({
      code: 'RF368',
      message: 'node "up" (ResizeBilinear): it resizes to 64×64, so its scale depends on the input size, which the Placeholder leaves open; set it (--input-size, rules `input_size`)',
    });
  });

  it('RF369: no Placeholder', () => {
    const g = new GraphJson();
    g.weight('w', [3, 3, 4, 4]);
    expect(onlyError(load(g.text()))).toMatchObject({ code: 'RF369', line: 4 });
  });

  it('RF370: a concat along a spatial axis', () => {
    const g = small();
    g.node('cat', 'ConcatV2', ['c1', 'c1', g.ints('axis', [2], [])]);
    expect(onlyError(load(g.text()))).toMatchObject({ code: 'RF370', message: 'node "cat" (ConcatV2): it concatenates along a spatial axis (2); rflint maps concats of channels' });
  });

  it('RF371: a cycle', () => {
    const g = small();
    g.node('a', 'AddV2', ['c1', 'b']);
    g.node('b', 'Relu', ['a']);
    expect(onlyError(load(g.text())).code).toBe('RF371');
  });

  it('RF372: more nodes than the limit; RF373: a name used twice', () => {
    expect(onlyError(load(small().text(), { limits: { ...DEFAULT_LIMITS, maxNodes: 2 } })).code).toBe('RF372');
    const g = small();
    g.node('c1', 'Relu', ['image']);
    expect(onlyError(load(g.text()))).toMatchObject({ code: 'RF373', message: 'node "c1" (Relu): another node has the name "c1"; node names are unique in a graph' });
  });

  it('reports every bad node, and nothing downstream of one', () => {
    const g = small();
    g.node('u1', 'Foo', ['c1']);
    g.node('after', 'Relu', ['u1']);
    g.node('u2', 'Bar', ['c1']);
    const result = load(g.text());
    expect(result.diagnostics.map((d) => d.message.slice(0, 22))).toEqual(['node "u1" (Foo): rflin', 'node "u2" (Bar): rflin']);
  });
});
