import { describe, expect, it } from 'vitest';
import { planAnnotations, selectShown } from '../../src/action/annotations.js';
import type { FileReport, OutputReport, Report } from '../../src/check/report.js';
import { summarize } from '../../src/check/summary.js';

function failing(name: string, line: number): OutputReport {
  return {
    name, rf: [7, 7], rfMin: [7, 7], stride: [2, 2], start: [-1, -1], center: [0, 0], global: false, aligned: true, outputSize: null, coverage: null,
    thresholds: { min_rf: 100 }, status: 'fail', line, column: 5,
    failures: [{ threshold: 'min_rf', source: 'file', expected: 100, actual: 7, message: `RF 7 < min_rf 100 (${name})` }],
  };
}

function file(path: string, outputs: OutputReport[], diagnostics: FileReport['diagnostics']): FileReport {
  return { path, format: 'native', name: path, diagnostics, outputs };
}

describe('planAnnotations', () => {
  const warning = (n: number) => ({ severity: 'warning' as const, code: 'RF020', message: `lopsided ${n}`, line: n, column: 1 });
  const error = (n: number) => ({ severity: 'error' as const, code: 'RF101', message: `unknown op ${n}`, line: n, column: 3 });
  const files = [
    file('a.rf.yaml', [failing('p3', 20), failing('p4', 21)], [warning(1), warning(2)]),
    file('b.rf.yaml', [], Array.from({ length: 9 }, (_, i) => error(i + 1))),
    file('c.rf.yaml', [], Array.from({ length: 12 }, (_, i) => warning(i + 1))),
  ];
  const report: Report = {
    version: 1,
    files,
    summary: summarize(files),
    diagnostics: [{ severity: 'warning', code: 'RF404', message: 'rules[1] matches no model file', file: 'rules', line: 4, column: 3 }],
  };
  const plan = planAnnotations(report, (p) => `models/${p}`);

  it('puts errors first, then failed thresholds, then warnings, in report order', () => {
    expect(plan.map((a) => a.rank)).toEqual([...Array(9).fill(0), 1, 1, ...Array(15).fill(2)]);
    expect(plan[0]).toEqual({ level: 'error', rank: 0, title: 'rflint RF101', message: 'unknown op 1', file: 'models/b.rf.yaml', startLine: 1, startColumn: 3 });
    expect(plan[9]).toEqual({ level: 'error', rank: 1, title: 'rflint: output p3 fails its threshold', message: 'RF 7 < min_rf 100 (p3)', file: 'models/a.rf.yaml', startLine: 20, startColumn: 5 });
  });

  it('annotates a rules problem without a file, naming the line of the input', () => {
    expect(plan[11]).toEqual({ level: 'warning', rank: 2, title: 'rflint RF404', message: 'rules[1] matches no model file (rules input, line 4)' });
  });

  it('shows the 10 most important of each level and keeps the rest for the log', () => {
    const { shown, rest } = selectShown(plan, 10);
    expect(shown.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([...Array.from({ length: 9 }, (_, i) => `unknown op ${i + 1}`), 'RF 7 < min_rf 100 (p3)']);
    expect(shown.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(rest.map((a) => a.message)).toEqual(['RF 7 < min_rf 100 (p4)', ...Array.from({ length: 5 }, (_, i) => `lopsided ${i + 8}`)]);
  });

  it('by default leaves one slot of each level for the verdict and the comment warning', () => {
    const { shown } = selectShown(plan);
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(shown.filter((a) => a.level === 'warning')).toHaveLength(9);
  });
});
