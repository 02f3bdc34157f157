/**
 * Reading a JSON report back (the action's `from-report` and `merge-reports`, `rflint merge`).
 * What comes back is only data, validated against the published schema; nothing in it is ever
 * executed, and every string in it is escaped when rendered.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { validate as generatedValidator } from '../generated/report-schema.js';
import type { NamedReport } from './merge.js';
import type { Report } from './report.js';

/** A report larger than this is not a real one (a million outputs would be ~300 MB). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** A report file that cannot be read or is not a report: the message says which and what to do. */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

// The published schema of the report, strings bounded by the file size limit above.
// Compiled at build time (scripts/gen-validators.mjs), with the options listed there.
const validator = () => generatedValidator;

/** Reads and validates a report written by an earlier run; a bad file is a ReportFileError. */
export function readReport(path: string): Report {
  let text: string;
  try {
    if (statSync(path).size > MAX_REPORT_BYTES) throw new ReportFileError(`${path} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB, which no rflint report is.`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof ReportFileError) throw err;
    throw new ReportFileError(`cannot read ${path} (${(err as Error).message.split('\n')[0]}): did the artifact download into the working directory?`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReportFileError(`${path} is not JSON (${(err as Error).message}): give the file of the 'report' output (or of rflint --format json).`);
  }
  const validate = validator();
  if (!validate(value)) {
    const e = validate.errors?.[0];
    throw new ReportFileError(`${path} is not an rflint report: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}.`);
  }
  return value as Report;
}

/**
 * The reports named by paths and globs relative to `cwd` (`reports/*.json`), read and validated,
 * each under the name the user wrote or the glob found. A glob that matches nothing is an error:
 * a missing artifact must not pass as a smaller run.
 */
export async function readReports(patterns: readonly string[], cwd: string): Promise<NamedReport[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      paths.push(pattern);
      continue;
    }
    const found = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (found.length === 0) throw new ReportFileError(`${pattern} matches no file in ${cwd}: did the artifacts download there?`);
    paths.push(...found);
  }
  return [...new Set(paths)].map((source) => ({ source, report: readReport(resolve(cwd, source)) }));
}
