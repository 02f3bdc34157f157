/** JSON with positions: the same data as JSON.parse, every value and key located, errors placed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { parseJson } from '../../../src/formats/yaml/json.js';
import { parseText } from '../../../src/formats/native/parse.js';

const parse = (text: string, limits = DEFAULT_LIMITS) => parseJson(text, limits);

describe('parseJson', () => {
  it('gives the data JSON.parse gives, and positions of values and keys', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c": null\n}';
    const result = parse(text);
    if (!('parsed' in result)) throw new Error('no parse');
    expect(result.parsed.data).toEqual(JSON.parse(text));
    expect(result.parsed.locate.at(['a', 1, 'b'])).toMatchObject({ line: 2, column: 18 });
    expect(result.parsed.locate.key(['c'])).toMatchObject({ line: 3, column: 3 });
    // A path that goes nowhere points at the nearest value that exists.
    expect(result.parsed.locate.at(['a', 5, 'x'])).toMatchObject({ line: 2, column: 8 });
  });

  it('places the same values where the YAML parser does (it parses JSON as YAML 1.2)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify({ root: value }, null, pretty ? 2 : undefined);
        const ours = parse(text);
        const yaml = parseText(text, DEFAULT_LIMITS);
        if (!('parsed' in ours) || !('parsed' in yaml)) throw new Error('no parse');
        expect(ours.parsed.data).toEqual(JSON.parse(text));
        const paths: (string | number)[][] = [['root']];
        if (Array.isArray(value) && value.length > 0) paths.push(['root', value.length - 1]);
        if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) paths.push(['root', Object.keys(value)[0]!]);
        for (const path of paths) {
          expect(ours.parsed.locate.at(path), JSON.stringify(path)).toEqual(yaml.parsed.locate.at(path));
          expect(ours.parsed.locate.key(path)).toEqual(yaml.parsed.locate.key(path));
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'invalid JSON: expected a key in double quotes, got `}`'],
    ['{"a" 1}', 1, 6, 'invalid JSON: expected `:` after a key, got `1`'],
    ['[1, 2', 1, 6, 'invalid JSON: expected `,` or `]` in a list, got the end of the file'],
    ['{\n "a": tru}', 2, 7, 'invalid JSON: expected a value, got `t`'],
    ['{"a": "x\ny"}', 1, 7, 'invalid JSON: a string is not closed, or holds a control character or a bad escape'],
    ['{"a": 1} x', 1, 10, 'invalid JSON: unexpected `x` after the end of the JSON value'],
    ['{"a": 1, "a": 2}', 1, 10, 'a key appears twice in the same mapping; remove one'],
  ])('%j: RF100 at %i:%i', (text, line, column, message) => {
    expect(parse(text)).toEqual({ diagnostics: [{ severity: 'error', code: 'RF100', message, line, column }] });
  });

  it('stops at the nesting limit (RF112) and skips a byte-order mark', () => {
    expect(parse('[[[[1]]]]', { ...DEFAULT_LIMITS, maxDepth: 3 })).toMatchObject({ diagnostics: [{ code: 'RF112', line: 1, column: 4 }] });
    const result = parse('\uFEFF{"a": 1}');
    expect('parsed' in result && result.parsed.data).toEqual({ a: 1 });
  });
});
