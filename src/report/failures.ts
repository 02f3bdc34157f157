/**
 * Threshold failures as diagnostics (code, position on the output's line), so every renderer
 * shows them the way it shows other problems: `file:line:col: error: … [RF410]`, SARIF results.
 */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FileReport, ThresholdFailure } from '../check/report.js';

const CODE: Record<ThresholdFailure['threshold'], string> = { min_rf: 'RF410', max_rf: 'RF411', min_coverage: 'RF412', min_erf: 'RF416' };

export function failureDiagnostics(file: FileReport): Diagnostic[] {
  return file.outputs.flatMap((output) =>
    (output.failures ?? []).map(
      (f): Diagnostic => ({
        severity: 'error',
        code: CODE[f.threshold],
        message: `${output.name}: ${f.message}`,
        file: file.path,
        output: output.name,
        ...(output.line !== undefined ? { line: output.line, column: output.column ?? 1 } : {}),
      }),
    ),
  );
}

/** The file's own diagnostics with its path, then its threshold failures, in line order. */
export function fileDiagnostics(file: FileReport): Diagnostic[] {
  const own = file.diagnostics.map((d): Diagnostic => ({ ...d, file: file.path }));
  return [...own, ...failureDiagnostics(file)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
