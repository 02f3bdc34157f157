import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describePath, locator, spans } from '../../../src/formats/yaml/locate.js';

const locate = (text: string) => locator(parseDocument(text), text);

describe('locator', () => {
  it('finds values by key and index, and keys of mappings', () => {
    const l = locate('layers:\n  - op: conv\n    kernel: 3\n  - { op: relu }\n');
    expect(l.at(['layers', 0, 'kernel'])).toEqual({ line: 3, column: 13, endLine: 3, endColumn: 14 });
    expect(l.at(['layers', '1', 'op'])).toMatchObject({ line: 4, column: 11 });
    expect(l.key(['layers', 0, 'kernel'])).toMatchObject({ line: 3, column: 5 });
  });

  it('falls back to the nearest ancestor that exists', () => {
    const l = locate('layers:\n  - op: conv\n');
    expect(l.at(['layers', 0, 'stride'])).toMatchObject({ line: 2, column: 5 });
    expect(l.at(['layers', 7])).toMatchObject({ line: 2, column: 3 });
    expect(l.key(['layers', 0, 'stride'])).toMatchObject({ line: 2, column: 5 });
    expect(locate('').at(['layers'])).toEqual({ line: 1, column: 1 });
  });

  it('follows aliases to where the anchored value is written', () => {
    const l = locate('base: &b\n  kernel: 3\nlayers:\n  - *b\n');
    expect(l.at(['layers', 0, 'kernel'])).toMatchObject({ line: 2, column: 11 });
    expect(l.key(['layers', 0, 'kernel'])).toMatchObject({ line: 2, column: 3 });
  });

  it('indexes a long list directly', () => {
    const text = `layers:\n${'  - { op: relu }\n'.repeat(100_000)}`;
    expect(locate(text).at(['layers', 99_999, 'op'])).toMatchObject({ line: 100_001, column: 11 });
  });

  it('gives JSON, CRLF and BOM files the positions an editor shows', () => {
    expect(locate('{\n\t"layers": [\n\t\t{"kernel": 0}\n\t]\n}').at(['layers', 0, 'kernel'])).toMatchObject({ line: 3, column: 14 });
    expect(locate('a: 1\r\nb: [x,\r\n  y]\r\n').at(['b', 1])).toMatchObject({ line: 3, column: 3 });
    const bom = locate('\uFEFFrflint: 1\nlayers: []\n');
    expect(bom.key(['rflint'])).toMatchObject({ line: 1, column: 1 });
    expect(bom.at(['rflint'])).toMatchObject({ line: 1, column: 9 });
    expect(bom.at(['layers'])).toMatchObject({ line: 2, column: 9 });
  });
});

describe('spans', () => {
  it('maps offsets to 1-based positions without a document', () => {
    const at = spans('ab\ncd\n\nef');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7, 9)).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 3 });
  });
});

describe('describePath', () => {
  it('reads as a person writes it', () => {
    expect(describePath(['layers', 3, 'block', '0', 'kernel'])).toBe('layers[3].block[0].kernel');
    expect(describePath([])).toBe('the file');
    expect(describePath([0, 'min_rf', 1], 'rules')).toBe('rules[0].min_rf[1]');
    expect(describePath([], 'rules')).toBe('rules');
  });
});
