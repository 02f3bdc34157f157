/**
 * `[shortcut]` of layers of different sizes, as pjreddie/darknet's shortcut_cpu (src/blas.c)
 * computes it: out[i·sample] += from[i·stride] for i < min(w1, w2), stride = ⌊w1/w2⌋, sample =
 * ⌊w2/w1⌋. The fixture strided-shortcut.cfg is checked against PyTorch in oracle.test.ts; here,
 * an odd size against a brute-force walk of index sets written from Darknet's loops, the report's
 * wording, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { toNumber } from '../../../src/rf/index.js';
import { cfg, load, model, onlyError, rfOf } from './helpers.js';


/** Sets of input positions (width axis, unbounded: padding positions count) per output index. */
type Seen = (u: number) => Set<number>;
const range = (lo: number, hi: number): Set<number> => new Set(Array.from({ length: hi - lo + 1 }, (_, k) => lo + k));
const union = (...sets: Set<number>[]): Set<number> => new Set(sets.flatMap((s) => [...s]));
/** A Darknet window: output u reads input s·u − begin + j, j < k. */
const windowOf = (x: Seen, k: number, s: number, begin: number): Seen => (u) => union(...Array.from({ length: k }, (_, j) => x(s * u - begin + j)));

describe('[shortcut] from a layer of another size', () => {
  const net = cfg(
    [
      '[convolutional]\nfilters=4\nsize=1\nstride=1\npad=0\n', // 0: 27 wide
      '[maxpool]\nsize=7\nstride=1\n', // 1: 27, window from −3
      '[route]\nlayers=0\n', // 2
      '[convolutional]\nfilters=4\nsize=3\nstride=2\npad=0\n', // 3: (27 − 3)/2 + 1 = 13
      '[shortcut]\nfrom=1\n', // 4: 27 onto 13: stride ⌊27/13⌋ = 2, a view of 14 cut to 13
    ].join('\n'),
    'width=27\nheight=27\nchannels=3',
  );

  it('adds every stride-th position of a larger `from`: exact against a brute-force walk of Darknet’s loops', () => {
    const m = model(load(net));
    const input: Seen = (u) => new Set([u]);
    const l1 = windowOf(input, 7, 1, 3);
    const l3 = windowOf(input, 3, 2, 0);
    const stride = Math.floor(27 / 13);
    const l4: Seen = (u) => union(l3(u), l1(u * stride));
    const spans = Array.from({ length: 13 }, (_, u) => {
      const seen = [...l4(u)];
      return { lo: Math.min(...seen), size: Math.max(...seen) - Math.min(...seen) + 1 };
    });
    const t = rfOf(m, 'shortcut@4');
    expect(t.rf![1]).toBe(Math.max(...spans.map((s) => s.size)));
    expect(t.rfMin![1]).toBe(Math.min(...spans.map((s) => s.size)));
    expect(t.start![1]).toBe(spans[0]!.lo);
    expect(toNumber(t.stride![1]!)).toBe(spans[1]!.lo - spans[0]!.lo);
    expect([t.rf![1], t.start![1]]).toEqual([7, -3]);
    expect(t.size).toEqual([13, 13]);
  });

  it('says what it assumed, naming the fork whose semantics it follows', () => {
    expect(model(load(net)).assumptions).toContain(
      "[shortcut] (layer 4): adds one position in 2 of `from` (27×27) to the previous layer (13×13), as pjreddie/darknet's shortcut_cpu does (AlexeyAB's darknet asserts equal sizes)",
    );
  });

  it('a `from` whose ratio is below 2 is added position by position: the RF would grow with the position (RF012)', () => {
    // 25 onto 13: ⌊25/13⌋ = 1, so out[u] += from[u] for u < 13 while the previous layer is at stride 2.
    const text = cfg('[convolutional]\nfilters=4\nsize=1\nstride=1\npad=0\n\n[convolutional]\nfilters=4\nsize=3\nstride=2\npad=1\n\n[shortcut]\nfrom=0\n', 'width=25\nheight=25\nchannels=3');
    const m = model(load(text));
    expect(m.assumptions).toContain(
      "[shortcut] (layer 2): adds the first 13×13 positions of `from` (25×25) to those of the previous layer (13×13), one to one, as pjreddie/darknet's shortcut_cpu does (AlexeyAB's darknet asserts equal sizes)",
    );
    expect(() => rfOf(m, 'shortcut@2')).toThrow(expect.objectContaining({ code: 'RF012' }));
  });

  it('RF335: width and height ratios that differ (Darknet asserts them equal)', () => {
    const text = cfg('[convolutional]\nfilters=4\nsize=1\nstride=1\npad=0\n\n[convolutional]\nfilters=4\nsize=3\nstride_x=2\nstride_y=1\npad=1\n\n[shortcut]\nfrom=0\n', 'width=32\nheight=32\nchannels=3');
    const d = onlyError(load(text));
    expect([d.code, d.message, d.line]).toEqual([
      'RF335',
      '[shortcut] (layer 2): `from` is 32×32 and the previous layer 32×16 (height × width): Darknet samples one onto the other only with the same ratio on both axes (its shortcut_cpu asserts it); make the two layers\' sizes proportional',
      18,
    ]);
  });
});

describe("pjreddie's [reorg] extra= and flatten=", () => {
  it('extra= copies the input into a flat vector: global, with that reason (go.cfg)', () => {
    const m = model(load(cfg('[convolutional]\nfilters=1\nsize=3\nstride=1\npad=1\n\n[reorg]\nextra=1\nstride=1\n')));
    const t = rfOf(m, 'reorg@1');
    expect(t.global).toBe(true);
    expect(m.graph.nodes.find((n) => n.name === 'reorg@1')!.op).toEqual({ kind: 'global', reason: "`extra=1` copies the input into a flat vector (pjreddie's [reorg])" });
  });

  it('flatten=1 transposes positions and channels: global', () => {
    const m = model(load(cfg('[convolutional]\nfilters=4\nsize=3\nstride=1\npad=1\n\n[reorg]\nflatten=1\nstride=2\n')));
    expect(rfOf(m, 'reorg@1').global).toBe(true);
  });
});
