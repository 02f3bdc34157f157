/** The protobuf text-format reader: every construct Caffe's prototxts use, with positions. */
import { describe, expect, it } from 'vitest';
import { type Field, type Message, parseText } from '../../../src/formats/caffe/text.js';

function parse(text: string): Message {
  const result = parseText(text, 64);
  if ('error' in result) throw new Error(`${result.error.at.line}:${result.error.at.column} ${result.error.message}`);
  return result.message;
}

function failure(text: string, maxDepth = 64): { message: string; line: number; column: number } {
  const result = parseText(text, maxDepth);
  expect('error' in result).toBe(true);
  const { message, at } = (result as { error: { message: string; at: { line: number; column: number } } }).error;
  return { message, line: at.line, column: at.column };
}

/** name → value, for terse expectations. */
function plain(m: Message): unknown[] {
  return m.fields.map((f: Field) => [f.name, f.value.kind === 'message' ? plain(f.value) : f.value.value]);
}

describe('protobuf text format', () => {
  it('reads scalars, nested messages with and without a colon, angle brackets, separators and comments', () => {
    const m = parse('name: "x" # a comment\nlayer { top: "a"; bottom: \'b\', }\nlayer: { p < k: 3 > }\nflag: true\nmode: MAX\n');
    expect(plain(m)).toEqual([
      ['name', 'x'],
      ['layer', [['top', 'a'], ['bottom', 'b']]],
      ['layer', [['p', [['k', 3]]]]],
      ['flag', 'true'],
      ['mode', 'MAX'],
    ]);
  });

  it('reads numbers as TextFormat does: floats, exponents, a trailing f, hex, octal, inf and nan', () => {
    const m = parse('a: 1e-4 b: -2.5 c: .5 d: 2.0f e: 0x1F f: 017 g: -inf h: nan i: 10');
    const values = m.fields.map((f) => (f.value.kind === 'number' ? f.value.value : undefined));
    expect(values).toEqual([1e-4, -2.5, 0.5, 2, 31, 15, -Infinity, NaN, 10]);
  });

  it('reads repeated fields given as a list', () => {
    expect(plain(parse('shape { dim: [1, 3, 224, 224] }'))).toEqual([['shape', [['dim', 1], ['dim', 3], ['dim', 224], ['dim', 224]]]]);
  });

  it('decodes string escapes and joins adjacent strings', () => {
    const m = parse(String.raw`a: "tab\there \"q\" \\ \x41\101\n" b: "con" 'cat'`);
    expect(plain(m)).toEqual([['a', 'tab\there "q" \\ AA\n'], ['b', 'concat']]);
  });

  it('gives every field its line and column, with tabs, CRLF and a BOM', () => {
    const m = parse('\uFEFFname: "n"\r\nlayer {\r\n\tname: "c"\r\n\t\ttype: "Convolution"\r\n}\r\n');
    expect(m.fields[1]!.at).toEqual({ line: 2, column: 1 });
    const layer = m.fields[1]!.value as Message;
    expect(layer.at).toEqual({ line: 2, column: 7 });
    expect(layer.fields.map((f) => f.at)).toEqual([{ line: 3, column: 2 }, { line: 4, column: 3 }]);
    expect(layer.fields[1]!.value).toMatchObject({ kind: 'string', value: 'Convolution', at: { line: 4, column: 9 } });
  });

  it('counts a lone CR as a line end', () => {
    expect(parse('a: 1\rb: 2').fields[1]!.at).toEqual({ line: 2, column: 1 });
  });

  it.each([
    ['layer {\n  name: "a"\n', 3, 1, 'the file ends inside a message: a `}` is missing'],
    ['name: "a"\n}', 2, 1, '`}` closes nothing here'],
    ['layer {\n  name "a"\n}', 2, 3, '`name` needs `:` before its value'],
    ['name: "abc\n', 1, 7, 'a string is not closed on its line'],
    ['kernel_size: 3x3', 1, 14, '`3x3` is not a number'],
    ['dim: [1, 2 3]', 1, 12, 'a list needs `,` between values'],
    ['a: "\\q"', 1, 4, '`\\q` is not an escape'],
    ['[ext.field]: 1', 1, 1, 'extension fields'],
    ['a: }', 1, 4, 'expected a value'],
  ])('reports %j at %i:%i', (text, line, column, message) => {
    const e = failure(text);
    expect(e.message).toContain(message);
    expect([e.line, e.column]).toEqual([line, column]);
  });

  it('refuses nesting deeper than the limit', () => {
    const e = failure('a { b { c { d: 1 } } }', 2);
    expect(e.message).toContain('nested more than 2 deep');
    expect([e.line, e.column]).toEqual([1, 11]);
  });
});
