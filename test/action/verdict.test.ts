import { describe, expect, it } from 'vitest';
import { failureReason } from '../../src/action/verdict.js';

const summary = (failed: number, errors: number, warnings: number) => ({ files: 1, outputs: 3, passed: 3 - failed, failed, errors, warnings, minRf: 7 });

describe('failureReason (fail-on)', () => {
  it('fails on failed thresholds and errors by default, in one line', () => {
    expect(failureReason(summary(1, 0, 4), 'error')).toBe('rflint: 1 output failed its threshold; see the annotations and the job summary.');
    expect(failureReason(summary(2, 1, 0), 'error')).toBe('rflint: 2 outputs failed their thresholds, 1 error; see the annotations and the job summary.');
    expect(failureReason(summary(0, 0, 4), 'error')).toBeUndefined();
  });

  it('fails on warnings too with fail-on: warning, and never with never', () => {
    expect(failureReason(summary(0, 0, 2), 'warning')).toBe('rflint: 2 warnings (fail-on: warning); see the annotations and the job summary.');
    expect(failureReason(summary(3, 2, 2), 'never')).toBeUndefined();
  });

  it('points only at the job summary when this run made no annotations (from-report, merge-reports)', () => {
    expect(failureReason(summary(1, 0, 0), 'error', false)).toBe('rflint: 1 output failed its threshold; see the job summary.');
  });
});
