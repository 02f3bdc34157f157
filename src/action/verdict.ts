/** `fail-on`: whether the findings fail the step, as the one-line reason setFailed shows. */
import { NOTHING_FOUND } from '../check/nothing-found.js';
import type { Report, Summary } from '../check/report.js';
import type { FailOn } from './settings.js';

/**
 * No model file found (RF513, unless `allow-empty`): a setup mistake, not a finding, so it fails
 * the step whatever `fail-on` says, as a bad input does.
 */
export function nothingFoundReason(report: Pick<Report, 'diagnostics'>): string | undefined {
  const found = (report.diagnostics ?? []).find((d) => d.code === NOTHING_FOUND);
  return found ? `rflint: ${found.message}` : undefined;
}

/** `annotated`: this run annotated the files (a run that publishes an earlier or merged report did not). */
export function failureReason(summary: Summary, failOn: FailOn, annotated = true): string | undefined {
  if (failOn === 'never') return undefined;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (summary.failed > 0) parts.push(`${n(summary.failed, 'output')} failed ${summary.failed === 1 ? 'its threshold' : 'their thresholds'}`);
  if (summary.errors > 0) parts.push(n(summary.errors, 'error'));
  if (failOn === 'warning' && summary.warnings > 0) parts.push(`${n(summary.warnings, 'warning')} (fail-on: warning)`);
  return parts.length === 0 ? undefined : `rflint: ${parts.join(', ')}; see ${annotated ? 'the annotations and ' : ''}the job summary.`;
}
