/**
 * The action's HTML report (input `html-report`): the CLI's `--format html` page,
 * written beside the JSON report in RUNNER_TEMP for the workflow to upload as an artifact, and
 * the link to the run's artifacts that the job summary and the PR comment show.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../check/report.js';
import type { RunEvent } from './event.js';

/** Writes the page next to the JSON report (`reportPath`); returns its path. */
export async function writeHtmlReport(reportPath: string, report: Report): Promise<string> {
  // Imported here: most runs write no page.
  const { renderHtml } = await import('../report/html/page.js');
  const path = join(dirname(reportPath), reportPath.replace(/^.*[\\/]/, '').replace(/\.json$/, '.html'));
  writeFileSync(path, renderHtml(report, report.base ? { baseName: 'base' } : {}));
  return path;
}

/** The run's artifacts section, where actions/upload-artifact puts the page; undefined outside a run. */
export function artifactsUrl(event: RunEvent): string | undefined {
  if (!event.runId || !event.owner || !event.repo) return undefined;
  return `${event.serverUrl}/${event.owner}/${event.repo}/actions/runs/${encodeURIComponent(event.runId)}#artifacts`;
}

/** The note under the summary and the comment. */
export function htmlReportNote(event: RunEvent): string | undefined {
  const url = artifactsUrl(event);
  return url ? `The HTML report (each output's RF drawn on the input, growth charts, layer tables) is in [this run's artifacts](${url}).` : undefined;
}
