/** Never silently global: every global output of every ONNX fixture names the layer and what it is. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';

const ROOT = join(import.meta.dirname, '../..');

describe('global outputs carry their reason', () => {
  it('in every ONNX fixture', async () => {
    const report = await runCheck({ cwd: join(ROOT, 'test/fixtures/onnx'), patterns: [], stages: true });
    const global = report.files.flatMap((f) => f.outputs.filter((o) => o.global).map((o) => ({ file: f.path, output: o.name, by: o.globalBy })));
    expect(global.length).toBeGreaterThan(0);
    for (const g of global) expect(g, `${g.file} ${g.output}`).toMatchObject({ by: { node: expect.any(String), reason: expect.any(String) } });
  });
});
