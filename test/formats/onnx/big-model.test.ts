/** Files over 2 GB: offsets past 2^31 (a sparse file, so the test costs no disk space). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBigModel } from './big-model.js';
import { loadFile, rfOf } from './helpers.js';

describe('large ONNX files', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('reads a 3 GB model whose nodes lie past 2^31 bytes, taking kernel sizes from the weights\' dims', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rflint-onnx-'));
    dirs.push(dir);
    const big = writeBigModel(join(dir, 'big.onnx'), 2, 1.5 * 2 ** 30, true);
    expect(big.size).toBeGreaterThan(3 * 2 ** 30);
    const { model, diagnostics } = await loadFile(big.path);
    expect(diagnostics).toEqual([]);
    expect(model!.name).toBe('big');
    // Two 3×3 convs (kernel_shape omitted: from the dims [C, 1, 3, 3] of the 1.5 GB weights).
    expect(rfOf(model!, big.output).rf).toEqual([5, 5]);
    expect(rfOf(model!, big.output).size).toEqual([224, 224]);
  });
});
