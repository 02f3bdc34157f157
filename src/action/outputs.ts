/** The step's outputs (action.yml): counts, the smallest RF, a one-line summary, the report's path. */
import * as core from '@actions/core';
import type { Report } from '../check/report.js';

/** `3 outputs in 2 files: 2 passed, 1 failed, 0 errors, 1 warning; smallest RF 7`. */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const rf = s.minRf === null ? '' : `; smallest RF ${s.minRf}`;
  return `rflint: ${n(s.outputs, 'output')} in ${n(s.files, 'file')}: ${s.passed} passed, ${s.failed} failed, ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}${rf}`;
}

export function setOutputs(report: Report, reportPath: string): void {
  const s = report.summary;
  core.setOutput('report', reportPath);
  core.setOutput('passed', s.passed);
  core.setOutput('failed', s.failed);
  core.setOutput('errors', s.errors);
  core.setOutput('warnings', s.warnings);
  core.setOutput('min-rf', s.minRf ?? '');
  core.setOutput('summary', summaryLine(report));
}
