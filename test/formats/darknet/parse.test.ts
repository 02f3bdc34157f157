/** The line reader keeps every section's and key's position, reading values as Darknet does. */
import { describe, expect, it } from 'vitest';
import { parseCfg } from '../../../src/formats/darknet/parse.js';

function sections(text: string) {
  const result = parseCfg(text);
  if ('diagnostics' in result) throw new Error(result.diagnostics[0]!.message);
  return result.sections;
}

describe('parseCfg', () => {
  it('keeps the line and column of each header, key and value', () => {
    const [net, conv] = sections('[net]\nwidth=416\n\n  [convolutional]\n\tsize = 3\n');
    expect(net).toEqual({ type: 'net', at: { line: 1, column: 1 }, entries: [{ key: 'width', value: '416', at: { line: 2, column: 1 }, valueAt: { line: 2, column: 7 } }] });
    expect(conv).toMatchObject({ type: 'convolutional', at: { line: 4, column: 3 }, entries: [{ key: 'size', value: '3', at: { line: 5, column: 2 }, valueAt: { line: 5, column: 9 } }] });
  });

  it('removes spaces inside values as Darknet does (`layers = -1, 61` is `-1,61`)', () => {
    expect(sections('[route]\nlayers = -1, 61\n')[0]!.entries[0]!.value).toBe('-1,61');
  });

  it('skips # and ; comment lines and blank lines; a comment after a value is not part of it', () => {
    const [s] = sections('# a model\n; another comment\n\n[maxpool]   # pool\nsize=2 # 2x2\nstride=2;\n');
    expect(s!.entries.map((e) => [e.key, e.value])).toEqual([['size', '2'], ['stride', '2']]);
  });

  it('reads CRLF and CR line ends and a byte-order mark, with the same positions', () => {
    const lf = sections('[net]\nwidth=416\n[conv]\nsize=3\n');
    expect(sections('\uFEFF[net]\r\nwidth=416\r\n[conv]\r\nsize=3\r\n')).toEqual(lf);
    expect(sections('[net]\rwidth=416\r[conv]\rsize=3\r')).toEqual(lf);
  });

  it('keeps repeated keys in order (the loader warns and uses the first, as Darknet)', () => {
    expect(sections('[conv]\nsize=3\nsize=5\n')[0]!.entries.map((e) => e.value)).toEqual(['3', '5']);
  });

  it('an empty value keeps the key position', () => {
    expect(sections('[conv]\nsize=\n')[0]!.entries[0]).toEqual({ key: 'size', value: '', at: { line: 2, column: 1 }, valueAt: { line: 2, column: 1 } });
  });
});
