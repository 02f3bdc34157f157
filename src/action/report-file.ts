/**
 * The JSON report on disk (output `report`), and reading one back for `from-report`: the fork
 * pattern, where an untrusted run writes the report and a trusted workflow publishes it. What
 * comes back is only data, validated against a schema; nothing in it is ever executed, and
 * every string in it is escaped when rendered.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lazyValidator } from '../formats/yaml/validator.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };
import type { Report } from '../check/report.js';
import { InputError } from './settings.js';

/** A report larger than this is not a real one (a million outputs would be ~300 MB). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export function writeReportFile(runnerTemp: string, content: Report): string {
  const path = join(mkdtempSync(join(runnerTemp, 'rflint-')), 'rflint-report.json');
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n');
  return path;
}

// The published schema of the report, strings bounded by the file size limit above.
const validator = lazyValidator<Report>(schema, { allErrors: false, strict: true, allowUnionTypes: true });

/** Reads and validates a report written by an earlier run; a bad file is an InputError. */
export function readReportFile(path: string): Report {
  let text: string;
  try {
    if (statSync(path).size > MAX_REPORT_BYTES) throw new InputError(`Input 'from-report': ${path} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB, which no rflint report is.`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`Input 'from-report': cannot read ${path} (${(err as Error).message.split('\n')[0]}): did the artifact download into the working directory?`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`Input 'from-report': ${path} is not JSON (${(err as Error).message}): give the file of the 'report' output.`);
  }
  const validate = validator();
  if (!validate(value)) {
    const e = validate.errors?.[0];
    throw new InputError(`Input 'from-report': ${path} is not an rflint report: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}.`);
  }
  return value;
}
