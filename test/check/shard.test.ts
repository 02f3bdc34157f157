import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/check/shard.js';

const paths = Array.from({ length: 1000 }, (_, i) => `models/team-${i % 17}/net_${i}.rf.yaml`);

describe('parseShard', () => {
  it('reads K/N, spaces allowed', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '2', '2/0', '-1/4', 'a/b', '1.5/4', '', '1/300'])('rejects %j, saying what to write', (text) => {
    expect(() => parseShard(text)).toThrow(`shard must be K/N with 1 ≤ K ≤ N ≤ 256 (such as 2/4: the second of four jobs), got '${text}'`);
  });
});

describe('inShard', () => {
  it('puts every file in exactly one shard', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const path of paths) {
        const owners = Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(path, { index, count }));
        expect(owners).toHaveLength(1);
      }
    }
  });

  it('is deterministic: the same answer every time, from the path alone', () => {
    const split = () => paths.map((p) => [1, 2, 3, 4].find((index) => inShard(p, { index, count: 4 })));
    expect(split()).toEqual(split());
    // Pinned: a change of hash would reshuffle every user's shards.
    expect([1, 2, 3, 4].find((index) => inShard('models/a.rf.yaml', { index, count: 4 }))).toMatchInlineSnapshot(`1`);
  });

  it('balances 1,000 paths within 2 % of them', () => {
    for (const count of [2, 3, 4]) {
      const sizes = Array.from({ length: count }, (_, k) => paths.filter((p) => inShard(p, { index: k + 1, count })).length);
      for (const size of sizes) expect(Math.abs(size - 1000 / count)).toBeLessThan(20);
      expect(sizes.reduce((a, b) => a + b)).toBe(1000);
    }
  });

  it('keeps every file in its shard when files are added', () => {
    const before = new Map(paths.map((p) => [p, [1, 2, 3].find((index) => inShard(p, { index, count: 3 }))]));
    const more = [...paths, ...Array.from({ length: 500 }, (_, i) => `new/m${i}.onnx`)];
    for (const p of more) if (before.has(p)) expect([1, 2, 3].find((index) => inShard(p, { index, count: 3 }))).toBe(before.get(p));
  });
});
