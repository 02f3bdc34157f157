import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allOf, alternatives, didYouMean, editDistance, nearest } from '../../../src/formats/yaml/suggest.js';

/** Optimal string alignment by its recursive definition: slow, obviously right, shares no code. */
function oracle(a: string, b: string): number {
  if (a === '') return b.length;
  if (b === '') return a.length;
  const cost = a.at(-1) === b.at(-1) ? 0 : 1;
  let d = Math.min(oracle(a.slice(0, -1), b) + 1, oracle(a, b.slice(0, -1)) + 1, oracle(a.slice(0, -1), b.slice(0, -1)) + cost);
  if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-2) && a.at(-2) === b.at(-1)) d = Math.min(d, oracle(a.slice(0, -2), b.slice(0, -2)) + 1);
  return d;
}

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('stirde', 'stride')).toBe(1);
    expect(editDistance('cnov', 'conv')).toBe(1);
    expect(editDistance('dilatation', 'dilation')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('agrees with the recursive definition', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === oracle(a, b)));
  });
});

describe('nearest', () => {
  it('suggests within a third of the word, at least one edit', () => {
    expect(nearest('min_rfs', ['files', 'min_rf', 'max_rf'])).toBe('min_rf');
    expect(nearest('cc', ['c', 'conv'])).toBe('c');
    expect(nearest('foo', ['for', 'food'])).toBe('for');
    expect(nearest('abs', ['add', 'max'])).toBeUndefined();
    expect(nearest('banana', ['files', 'outputs'])).toBeUndefined();
  });

  it('ignores case and prefers the first of equals', () => {
    expect(nearest('Stride', ['stride'])).toBe('stride');
    expect(nearest('con', ['cov', 'conv'])).toBe('cov');
  });
});

describe('messages', () => {
  it('says "did you mean" or nothing', () => {
    expect(didYouMean('strides', ['kernel', 'stride'])).toBe('; did you mean `stride`?');
    expect(didYouMean('zzz', ['kernel', 'stride'])).toBe('');
  });

  it('lists the values a place accepts', () => {
    expect(alternatives(['same'])).toBe('`same`');
    expect(alternatives(['pointwise', 'global'])).toBe('`pointwise` or `global`');
    expect(alternatives(['a', 'b', 'c'])).toBe('one of `a`, `b`, `c`');
    expect(allOf(['kernel'])).toBe('`kernel`');
    expect(allOf(['op', 'kernel', 'stride'])).toBe('`op`, `kernel` and `stride`');
  });
});
