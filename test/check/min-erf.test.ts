/**
 * `min_erf`: the 95 % width of the effective RF held to a minimum from the model file, a rule or
 * the default (--min-erf), failing as RF416 with the numbers a user sees; the schemas accept it
 * per axis and refuse 0.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { evaluateThresholds } from '../../src/check/thresholds.js';
import { GraphBuilder, analyze, conv, input, tensorRF } from '../../src/rf/index.js';

// Three 3-tap convs: the profile is 1 3 6 7 6 3 1 / 27, RF 7, σ² = 3·2/3 = 2. 95 % of 27 is 25.65:
// 5 taps hold 25, the shortest window holding enough is 6 taps (26; not centred).
const MODEL = (thresholds: string) => `rflint: 1
name: erf
layers:
  - { name: c1, op: conv, kernel: 3, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
  - { name: c3, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: out, layer: c3${thresholds} }
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rflint-erf-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(text: string, extra: { rules?: string; minErf?: number } = {}) {
  await writeFile(join(dir, 'm.rf.yaml'), text);
  const rules = extra.rules ? parseRules(extra.rules, 'rules.yaml') : undefined;
  return runCheck({ cwd: dir, patterns: ['m.rf.yaml'], ...(rules ? { rules: rules.rules, rulesDiagnostics: rules.diagnostics } : {}), ...(extra.minErf ? { minErf: extra.minErf } : {}) });
}

describe('min_erf', () => {
  it('reports the ERF and fails a min_erf from the model file', async () => {
    const report = await check(MODEL(', min_erf: 8'));
    const out = report.files[0]!.outputs[0]!;
    expect(out.erf).toEqual({ sigma: [1.414, 1.414], width95: [6, 6], width95Min: [6, 6] });
    expect(out.thresholds).toEqual({ min_erf: 8 });
    expect(out.status).toBe('fail');
    expect(out.failures).toEqual([
      { threshold: 'min_erf', source: 'file', expected: 8, actual: 6, message: 'effective RF 6 < min_erf 8 on every axis (from the model file): 95 % of the influence comes from a narrower window; add layers or dilation upstream, or lower min_erf' },
    ]);
    expect((await check(MODEL(', min_erf: [6, 5]'))).files[0]!.outputs[0]!.status).toBe('pass');
  });

  it('takes min_erf from a rule and from the default, the strictest winning', async () => {
    const report = await check(MODEL(''), { rules: '- files: "**"\n  min_erf: [6, 9]\n', minErf: 3 });
    const out = report.files[0]!.outputs[0]!;
    expect(out.thresholds).toEqual({ min_erf: [6, 9] });
    expect(out.failures?.map((f) => [f.source, f.axis, f.actual])).toEqual([['rules', 1, 6]]);
    const byDefault = (await check(MODEL(''), { minErf: 20 })).files[0]!.outputs[0]!;
    expect(byDefault.failures?.[0]?.message).toContain('(the default min-erf)');
  });

  it('is refused as 0 by the native schema and by the rules schema', async () => {
    const report = await check(MODEL(', min_erf: 0'));
    expect(report.files[0]!.diagnostics[0]).toMatchObject({ severity: 'error', line: 8 });
    const { diagnostics } = parseRules('- files: "**"\n  min_erf: 0\n', 'rules.yaml');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RF402', line: 2 })]);
  });

  it('warns (RF417) when the ERF is unknown, and a global output passes', () => {
    const g = new GraphBuilder(1);
    g.add('x', input);
    const c = g.add('c', conv(1, { kernel: 3 }), ['x']);
    const rf = tensorRF(analyze(g.build()), c);
    if (rf instanceof Error) throw rf;
    const entry = [{ threshold: 'min_erf' as const, value: 3, source: 'file' as const }];
    expect(evaluateThresholds(entry, rf, 1, undefined).problems).toEqual([expect.objectContaining({ code: 'RF417', severity: 'warning' })]);
    expect(evaluateThresholds(entry, { ...rf, global: true, rf: null }, 1, undefined)).toMatchObject({ status: 'pass', failures: [] });
  });
});
