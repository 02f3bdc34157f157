/**
 * The JSON report on disk (output `report`), and reading one back for `from-report`: the fork
 * pattern, where an untrusted run writes the report and a trusted workflow publishes it. The
 * reading and its validation live in check/report-file.ts, shared with `rflint merge`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../check/report.js';
import { readReport, ReportFileError } from '../check/report-file.js';
import { InputError } from './settings.js';

/** A shard's report is named after it, so the shards' artifacts download into one folder side by side. */
export function writeReportFile(runnerTemp: string, content: Report): string {
  const name = content.shard ? `rflint-report-${content.shard.index}-of-${content.shard.count}.json` : 'rflint-report.json';
  const path = join(mkdtempSync(join(runnerTemp, 'rflint-')), name);
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n');
  return path;
}

/** Reads and validates a report written by an earlier run; a bad file is an InputError naming `input`. */
export function readReportFile(path: string, input = 'from-report'): Report {
  try {
    return readReport(path);
  } catch (err) {
    if (err instanceof ReportFileError) throw new InputError(`Input '${input}': ${err.message}`);
    throw err;
  }
}
