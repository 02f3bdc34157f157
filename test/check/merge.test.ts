import { describe, expect, it } from 'vitest';
import { MergeError, mergeReports } from '../../src/check/merge.js';
import type { FileReport, Report } from '../../src/check/report.js';
import { summarize } from '../../src/check/summary.js';

const file = (path: string, rf: number, status: 'pass' | 'fail' = 'pass'): FileReport => ({
  path,
  format: 'native',
  name: path,
  diagnostics: [],
  outputs: [{ name: 'out', rf: [rf, rf], rfMin: [rf, rf], stride: [1, 1], start: [0, 0], center: [0, 0], global: false, aligned: true, outputSize: null, coverage: null, thresholds: {}, status }],
});
const unused = { severity: 'warning' as const, code: 'RF404', message: 'rules[0] matches no model file', line: 1, column: 1, file: 'rules' };
const report = (files: FileReport[], shard?: { index: number; count: number }, ignored = 0): Report => ({
  version: 1,
  files,
  diagnostics: [unused],
  summary: summarize(files, [unused], ignored),
  ...(shard ? { shard } : {}),
});

describe('mergeReports', () => {
  it('sorts the files by path, keeps the run diagnostics once and counts again', () => {
    const merged = mergeReports([
      { source: 'b.json', report: report([file('z.rf.yaml', 9, 'fail')], { index: 2, count: 2 }, 1) },
      { source: 'a.json', report: report([file('a.rf.yaml', 5), file('m.rf.yaml', 7)], { index: 1, count: 2 }, 2) },
    ]);
    expect(merged.files.map((f) => f.path)).toEqual(['a.rf.yaml', 'm.rf.yaml', 'z.rf.yaml']);
    expect(merged.diagnostics).toEqual([unused]);
    expect(merged.summary).toEqual({ files: 3, outputs: 3, passed: 2, failed: 1, errors: 0, warnings: 1, minRf: 5, ignored: 3 });
    expect(merged).not.toHaveProperty('shard');
  });

  it('merges the bases when every shard has one', () => {
    const withBase = (r: Report, base: Report): Report => ({ ...r, base });
    const merged = mergeReports([
      { source: '1', report: withBase(report([file('a', 5)], { index: 1, count: 2 }), report([file('a', 3)], { index: 1, count: 2 })) },
      { source: '2', report: withBase(report([file('b', 5)], { index: 2, count: 2 }), report([file('b', 4)], { index: 2, count: 2 })) },
    ]);
    expect(merged.base?.files.map((f) => f.outputs[0]!.rf)).toEqual([[3, 3], [4, 4]]);
  });

  it('names what does not add up', () => {
    const one = { source: 'one.json', report: report([file('a', 5)], { index: 1, count: 3 }) };
    expect(() => mergeReports([one])).toThrow(new MergeError('shards 2/3, 3/3 missing: 1 of 3 reports given (did a matrix job fail, or its artifact not download?)'));
    expect(() => mergeReports([one, { ...one, source: 'again.json', report: report([file('b', 5)], { index: 1, count: 3 }) }])).toThrow('shard 1/3 is given twice, one.json and again.json');
    expect(() => mergeReports([])).toThrow('no report to merge');
  });
});
