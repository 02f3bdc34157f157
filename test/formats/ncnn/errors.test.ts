/** What a user sees for a bad ncnn param file: the code, the message, the line and column. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { load, model, net, onlyError } from './helpers.js';

describe('ncnn param errors', () => {
  it.each([
    ['no magic', '7767518\n1 1\nInput data 0 1 data\n', 'RF600', 1, 1, 'starts with the magic number 7767517'],
    ['no count line', '7767517\nInput data 0 1 data\n', 'RF600', 2, 1, 'gives the layer count and the blob count'],
    ['a zero layer count', '7767517\n0 0\n', 'RF601', 2, 1, 'the layer count is 0'],
    ['fewer lines than counted', '7767517\n3 3\nInput data 0 1 data\n', 'RF601', 2, 1, 'declares 3 layers but the file has 1'],
    ['a short layer line', net(['ReLU r 1']), 'RF600', 4, 1, 'this one has only 3 fields'],
    ['a count that is not a number', net(['ReLU r x 1 data r']), 'RF600', 4, 8, "`x` should be the layer's input blob count"],
    ['fewer blobs than counted', net(['Eltwise e 2 1 data e']), 'RF600', 4, 20, 'declares 2 input and 1 output blobs but names 2'],
    ['a parameter among the blobs', net(['ReLU r 1 1 data 0=1 r']), 'RF600', 4, 17, '`0=1` is a parameter; fix the counts'],
    ['a token that is not id=value', net(['ReLU r 1 1 data r slope']), 'RF600', 4, 19, '`slope` is not a parameter'],
    ['an id out of range', net(['ReLU r 1 1 data r 40=1']), 'RF600', 4, 19, 'parameter id 40 is out of range'],
    ['an old array with a wrong length', net(['Convolution c 1 1 data c -23300=3,1,2']), 'RF600', 4, 26, 'says it has 3 values but gives 2'],
    ['a parameter given twice', net(['ReLU r 1 1 data r 0=1 0=2']), 'RF600', 4, 23, 'gives parameter 0 twice'],
    ['a float kernel', net(['Convolution c 1 1 data c 0=8 1=3.0']), 'RF602', 4, 30, 'parameter `1=3.0` must be an integer'],
    ['a zero stride', net(['Convolution c 1 1 data c 0=8 1=3 3=0']), 'RF602', 4, 34, 'parameter `3=0` must be an integer ≥ 1'],
    ['SAME mixed with a pad', net(['Convolution c 1 1 data c 0=8 1=3 4=-233 14=1']), 'RF602', 4, 34, 'or −233 (SAME_UPPER) or −234 (SAME_LOWER) on all four sides'],
    ['a convolution without kernel', net(['Convolution c 1 1 data c 0=8']), 'RF603', 4, 1, 'no kernel size (parameter 1=kernel_w'],
    ['a bad pool type', net(['Pooling p 1 1 data p 0=2 1=2']), 'RF602', 4, 22, 'must be 0 (max) or 1 (average)'],
    ['a bad Interp type', net(['Interp i 1 1 data i 0=0 1=2.0 2=2.0']), 'RF602', 4, 21, 'must be 1 (nearest), 2 (bilinear) or 3 (bicubic)'],
    ['an unknown blob', net(['Convolution conv1 1 1 data conv1 0=8 1=3', 'ReLU r 1 1 cnov1 r']), 'RF604', 5, 12, 'blob `cnov1` is not written by an earlier layer; did you mean `conv1`?'],
    ['a blob written twice', net(['ReLU a 1 1 data x', 'ReLU b 1 1 data x']), 'RF611', 5, 17, 'blob `x` is written twice (first at line 4)'],
    ['a layer name used twice', net(['ReLU a 1 1 data x', 'ReLU a 1 1 x y']), 'RF611', 5, 6, 'layer name "a" is used twice'],
    ['dynamic weights', net(['Split s 1 2 data a b', 'Convolution c 2 1 a b c 0=8 1=3 19=1']), 'RF610', 5, 33, 'the weights come from a second blob'],
    ['an unknown type', net(['Convolution c 1 1 data c 0=8 1=3', 'Convolutoin d 1 1 c d']), 'RF605', 5, 1, 'unknown layer type `Convolutoin`; did you mean `Convolution`?'],
  ])('%s', (_what, text, code, line, column, message) => {
    const e = onlyError(load(text));
    expect(e.message).toContain(message);
    expect([e.code, e.line, e.column]).toEqual([code, line, column]);
    expect(e.file).toBe('model.param');
  });

  it('every layer with a problem is reported, not only the first', () => {
    const result = load(net(['Convolution a 1 1 data a 0=8', 'Pooling b 1 1 a b 0=7 1=2', 'Foo c 1 1 b c']));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['RF603', 4],
      ['RF602', 5],
      ['RF605', 6],
    ]);
  });

  it('lines past the count are ignored, as ncnn does, with a warning; a wrong blob count is a warning', () => {
    const text = '7767517\n2 5\nInput data 0 1 data 0=8 1=8 2=3\nReLU r 1 1 data r\nNoop extra 1 1 r out\n';
    const result = load(text);
    expect(model(result).outputs.map((o) => o.name)).toEqual(['r']);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'RF601', 5],
      ['warning', 'RF611', 2],
    ]);
  });

  it('a layer count over the node limit is refused before anything is read', () => {
    const e = onlyError(load('7767517\n2000001 2000001\n', { limits: { ...DEFAULT_LIMITS, maxNodes: 2_000_000 } }));
    expect([e.code, e.line]).toEqual(['RF609', 2]);
  });

  it('CRLF line ends, a BOM, tabs and blank lines read like plain text', () => {
    const text = '\uFEFF7767517\r\n\r\n2 2\r\nInput\tdata 0 1 data 0=8 1=8 2=3\r\nConvolution c 1 1 data c 0=8 1=3\r\n';
    expect(model(load(text)).outputs.map((o) => o.name)).toEqual(['c']);
  });
});
