/**
 * A model file on disk as loaders see it (src/check/source.ts): small files read whole, large
 * ones by range, and the same answers either way, also for ranges a damaged file asks for.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSource } from '../../src/check/source.js';

const dir = mkdtempSync(join(tmpdir(), 'rflint-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes 0, 1, …, 255, 0, 1, … */
const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 256);

describe('openSource', () => {
  for (const [what, size] of [['a small file, read whole', 1000], ['a file over 1 MiB, read by range', (1 << 20) + 1000]] as const) {
    it(`${what}: ranges inside, across the end, past it and before the start`, async () => {
      const path = join(dir, `f${size}.bin`);
      writeFileSync(path, pattern(size));
      const { source, close } = await openSource(path, 'f.bin');
      try {
        expect([source.path, source.size]).toEqual(['f.bin', size]);
        expect([...(await source.read(10, 4))]).toEqual([10, 11, 12, 13]);
        expect([...(await source.read(size - 2, 10))]).toEqual([(size - 2) % 256, (size - 1) % 256]);
        expect((await source.read(size + 5, 10)).length).toBe(0);
        expect([...(await source.read(-4, 6))]).toEqual([0, 1]);
        expect((await source.read(0, size)).length).toBe(size);
      } finally {
        await close();
      }
    });
  }

  it('a FIFO named like a model is refused at once, not waited on', async () => {
    const fifo = join(dir, 'model.onnx');
    execFileSync('mkfifo', [fifo]);
    await expect(openSource(fifo, 'model.onnx')).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('a missing file is the file system error', async () => {
    await expect(openSource(join(dir, 'nope.onnx'), 'nope.onnx')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
