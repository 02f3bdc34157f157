import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/check/report.js';
import { readReportFile, writeReportFile } from '../../src/action/report-file.js';
import { InputError } from '../../src/action/settings.js';

const temp = mkdtempSync(join(tmpdir(), 'rflint-report-file-'));

const report: Report = {
  version: 1,
  files: [{
    path: 'models/a.rf.yaml', format: 'native', name: 'a',
    diagnostics: [{ severity: 'warning', code: 'RF020', message: 'lopsided', line: 3, column: 1 }],
    outputs: [{
      name: 'head', rf: [7, 7], rfMin: [7, 7], stride: [2, 2], start: [-1, -1], center: [1, 1], global: false, aligned: true, outputSize: [32, 32],
      coverage: 0.1, thresholds: { min_rf: 100 }, status: 'fail', line: 7, column: 5,
      failures: [{ threshold: 'min_rf', source: 'file', expected: 100, actual: 7, message: 'RF 7 < min_rf 100' }],
    }],
  }],
  summary: { files: 1, outputs: 1, passed: 0, failed: 1, errors: 0, warnings: 1, minRf: 7 },
  github: { repository: 'o/r', event: 'pull_request', pullRequest: 4, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) },
};

function file(content: string): string {
  const path = join(mkdtempSync(join(temp, 'f-')), 'report.json');
  writeFileSync(path, content);
  return path;
}

describe('the JSON report file', () => {
  it('reads back what it wrote', () => {
    expect(readReportFile(writeReportFile(temp, report))).toEqual(report);
  });

  it.each([
    ['not JSON', '{"version": 1,', /is not JSON/],
    ['another version', JSON.stringify({ ...report, version: 2 }), /is not an rflint report: \/version must be equal to constant\./],
    ['a status we do not know', JSON.stringify({ ...report, files: [{ ...report.files[0], outputs: [{ ...report.files[0]!.outputs[0], status: 'maybe' }] }] }), /\/files\/0\/outputs\/0\/status must be equal to one of the allowed values/],
    ['a head commit that is not a sha', JSON.stringify({ ...report, github: { ...report.github, headSha: 'main; rm -rf /' } }), /\/github\/headSha must match pattern/],
    ['a PR number that is not a number', JSON.stringify({ ...report, github: { ...report.github, pullRequest: '4' } }), /\/github\/pullRequest must be integer/],
  ])('rejects %s with one InputError', (_what, content, message) => {
    const read = () => readReportFile(file(content));
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });

  it('says what to do when the file is missing', () => {
    expect(() => readReportFile(join(temp, 'nope.json'))).toThrow(/^Input 'from-report': cannot read .*nope\.json \(.*\): did the artifact download into the working directory\?$/);
  });
});
