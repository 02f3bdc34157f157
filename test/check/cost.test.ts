/**
 * A file's cost (rf/cost.ts) in the report, per layer in explain, and its limits max_params /
 * max_macs from the model file, a rule and the run's defaults: RF420 / RF421 with the numbers,
 * RF422 when a limit cannot be checked. The native format prices a file by its `channels`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { validate } from '../../src/generated/report-schema.js';
import { ordered } from '../../src/report/json.js';

// 8×8 input, 3 channels: c1 3×3 3→16 stride 2 (4×4 out), grouped c2 3×3 16→16 in 4 groups with
// a bias, dense 16·4·4 → 10 on the flattened map.
const MODEL = (extra = '', input = '{ size: [8, 8], channels: 3 }') => `rflint: 1
name: tiny
input: ${input}
${extra}layers:
  - { name: c1, op: conv, channels: 16, kernel: 3, stride: 2, padding: 1 }
  - { name: act, op: relu }
  - { name: c2, op: conv, channels: 16, groups: 4, bias: true, kernel: 3, padding: 1 }
  - { name: pool, op: maxpool, kernel: 2, stride: 2 }
  - { name: fc, op: dense, channels: 10 }
outputs:
  - { name: feat, layer: c2, min_rf: 3 }
`;
const C1 = { params: 3 * 16 * 9, macs: 3 * 16 * 9 * 16 };
const C2 = { params: 16 * 4 * 9 + 16, macs: 16 * 4 * 9 * 16 };
const FC = { params: 16 * 2 * 2 * 10, macs: 16 * 2 * 2 * 10 };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rflint-cost-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(text: string, extra: { rules?: string; explain?: boolean; maxParams?: number; maxMacs?: number } = {}) {
  await writeFile(join(dir, 'm.rf.yaml'), text);
  const rules = extra.rules ? parseRules(extra.rules, 'rules.yaml') : undefined;
  expect(rules?.diagnostics ?? []).toEqual([]);
  return runCheck({
    cwd: dir,
    patterns: ['m.rf.yaml'],
    ...(rules ? { rules: rules.rules, rulesDiagnostics: rules.diagnostics } : {}),
    ...(extra.explain ? { explain: true } : {}),
    ...(extra.maxParams !== undefined ? { maxParams: extra.maxParams } : {}),
    ...(extra.maxMacs !== undefined ? { maxMacs: extra.maxMacs } : {}),
  });
}

describe('cost', () => {
  it('counts parameters and MACs of convs (grouped, with a bias) and a dense layer on a flattened map', async () => {
    const report = await check(MODEL(), { explain: true });
    const file = report.files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.cost).toEqual({ params: C1.params + C2.params + FC.params, macs: C1.macs + C2.macs + FC.macs });
    expect(validate(JSON.parse(JSON.stringify(ordered(report))))).toBe(true);
    // Per layer in explain: what each row of the path costs.
    const rows = file.outputs[0]!.explain!;
    expect(rows.map((r) => [r.layer, r.params, r.macs])).toEqual([
      ['input', 0, 0],
      ['c1', C1.params, C1.macs],
      ['c2', C2.params, C2.macs],
    ]);
  });

  it('is unknown (null) without the input channels', async () => {
    const noChannels = await check(MODEL('', '{ size: [8, 8] }'));
    expect(noChannels.files[0]!.cost).toEqual({ params: null, macs: null });
  });

  it('fails max_params and max_macs from the file, a rule and the defaults (the strictest applies)', async () => {
    const total = C1.params + C2.params + FC.params;
    const file = (await check(MODEL(`max_params: ${total - 1}\nmax_macs: 100000\n`))).files[0]!;
    expect(file.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['error', 'RF420', 'the model has 1.66 k parameters (1664) > max_params 1663 (from the model file); remove or narrow layers, or raise max_params'],
    ]);
    const rule = (await check(MODEL(), { rules: '- files: "**"\n  max_macs: 5000\n' })).files[0]!;
    expect(rule.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RF421', 'the model has 16.8 k MACs (16768) > max_macs 5000 (from rules[0]); remove or narrow layers, or raise max_macs'],
    ]);
    const byDefault = (await check(MODEL(), { maxParams: 10 })).files[0]!;
    expect(byDefault.diagnostics.map((d) => [d.code, d.message.match(/\(the default max-params\)/) !== null])).toEqual([['RF420', true]]);
    // Within the limits: nothing.
    expect((await check(MODEL(`max_params: ${total}\n`))).files[0]!.diagnostics).toEqual([]);
  });

  it('warns (RF422) when a limit cannot be checked', async () => {
    const report = await check(MODEL('max_params: 10\n', '{ size: [8, 8] }'));
    expect(report.files[0]!.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'RF422', message: "max_params 10 (from the model file) is not checked: the file does not give every conv's channels" })]);
  });
});

describe('cost in the reports', () => {
  it('the PR comment and the text report show the cost and its change against the base: MACs 4.09 G → 3.87 G', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const { renderText } = await import('../../src/report/text.js');
    const head = await check(MODEL());
    const base = await check(MODEL().replace('c1, op: conv, channels: 16', 'c1, op: conv, channels: 32').replace('c2, op: conv, channels: 16, groups: 4', 'c2, op: conv, channels: 16, groups: 8'));
    const markdown = renderMarkdown(head, { base });
    // The base: c1 with 32 filters, 3·32·9 = 864 (×16 positions); c2 32→16 in 8 groups,
    // 16·4·9 + 16 = 592 (576 ×16 positions); fc 640. 2 096 parameters, 23 680 MACs.
    expect(markdown).toContain('Cost: parameters 2\\.1 k → 1\\.66 k · MACs 23\\.7 k → 16\\.8 k');
    expect(renderText({ ...head, base })).toContain('cost: parameters 2.1 k → 1.66 k · MACs 23.7 k → 16.8 k');
    expect(renderMarkdown(head)).toContain('Cost: parameters 1\\.66 k · MACs 16\\.8 k');
  });
});

describe('Darknet cost', () => {
  const REPO = new URL('../..', import.meta.url).pathname;
  it('yolov3-tiny at 416: filters and [net] channels give darknet\'s own figure (5.571 BFLOPS = 2 × MACs) within 1 %', async () => {
    const report = await runCheck({ cwd: REPO, patterns: ['test/fixtures/darknet/yolov3-tiny.cfg'] });
    const cost = report.files[0]!.cost!;
    expect(Math.abs((2 * cost.macs!) / 1e9 - 5.571) / 5.571).toBeLessThan(0.01);
    expect(cost.macs).toBe(2_782_480_896);
  });
  it('a [route] with groups (yolov4-tiny\'s CSP split) leaves the file unpriced, not priced wrong', async () => {
    const report = await runCheck({ cwd: REPO, patterns: ['test/fixtures/darknet/yolov4-tiny.cfg'] });
    expect(report.files[0]!.cost).toEqual({ params: null, macs: null });
  });
});
