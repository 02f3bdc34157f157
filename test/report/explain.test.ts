/**
 * The layer-by-layer table in the Markdown report: only for outputs that fail or changed against
 * the base, collapsed, with the rows that differ from the base's marked, and the growth chart.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderExplainText } from '../../src/report/explain.js';

const model = (k: number, minRf: number) => `rflint: 1
name: tiny
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: relu, op: relu }
  - { name: c1, op: conv, kernel: ${k}, padding: 1 }
  - { name: proj, op: conv, kernel: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: feat, layer: c2, min_rf: ${minRf} }
  - { name: early, layer: stem }
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rflint-explain-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(text: string) {
  await writeFile(join(dir, 'tiny.rf.yaml'), text);
  return runCheck({ cwd: dir, patterns: ['tiny.rf.yaml'], explain: true });
}

describe('explain in the Markdown report', () => {
  it('marks the layers that differ from the base, charts head and base, and skips unchanged outputs', async () => {
    const base = await check(model(5, 10));
    const head = await check(model(3, 10));
    const md = renderMarkdown(head, { base });
    expect(md).toContain('#### <code>feat</code>: changed');
    expect(md).not.toContain('<code>early</code>: ');
    // stem, c1 and c2: RF 7, then +2·2 (k 3) instead of +4·2 (k 5), then +2·2.
    // Only c1's own geometry changed (k 5 → 3): c2's RF and everyone's share follow from it.
    expect(md).toContain('| **c1** | **conv** | **3** | **1** | **1** | **2** | **11** | **5** | **26\\.7%** |  ◀ changed |');
    expect(md).toContain('| stem | conv | 7 | 2 | 1 | 1 | 7 | 15 | 40% |  |');
    expect(md).toContain('| c2 | conv | 3 | 1 | 1 | 2 | 15 | 3 | 26\\.7% |  |');
    expect(md).toContain('<sub>1 layer that changes nothing (1×1 stride-1 convs, pointwise ops) left out; `rflint explain` shows every one.</sub>');
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3) + 3);
    expect(chart).toContain('    x-axis ["input", "stem", "c1", "c2"]');
    expect(chart).toContain('    line [1, 7, 11, 15]');
    expect(chart).toContain('    line [1, 7, 15, 19]');
    expect(md).toContain('<sub>1st line: RF after each layer · 2nd line: min_rf 10 · 3rd line: the base branch</sub>');
  });

  it('shows the table of a failing output without a base; none for passing ones', async () => {
    const failing = renderMarkdown(await check(model(3, 100)));
    expect(failing).toContain('#### <code>feat</code>: failed');
    expect(failing).toContain('<details><summary>How <code>feat</code> gets its RF, layer by layer</summary>');
    expect(failing).not.toContain('◀ changed');
    const passing = renderMarkdown(await check(model(3, 10)));
    expect(passing).not.toContain('<details>');
    expect(passing).not.toContain('```mermaid');
  });

  it('prints every layer in the text table, and why a global output has none', async () => {
    const report = await check(model(3, 10));
    const text = renderExplainText('tiny.rf.yaml', report.files[0]!.outputs[0]!);
    expect(text.split('\n').slice(0, 7)).toEqual([
      // Boxes of 7, 3 (spaced 2) and 3 (spaced 2): σ² = 4 + 8/3 + 8/3.
      'tiny.rf.yaml: feat — RF 15, effective RF (95%) 12, σ 3.1',
      '  layer  op     k  s  d  J before  RF after  inverse  share  note',
      '  input  input           1         1         15       6.7%',
      '  stem   conv   7  2  1  1         7         15       40%',
      '  c1     conv   3  1  1  2         11        5        26.7%',
      '  proj   conv   1  1  1  2         11        3        0%',
      '  c2     conv   3  1  1  2         15        3        26.7%',
    ]);
    const global = renderExplainText('m', { ...report.files[0]!.outputs[0]!, explain: undefined as never, global: true, rf: null });
    expect(global).toContain('no table: the output is global: it sees the whole input');
  });
});
