/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub
 * code scanning reads it: one run, one rule per diagnostic code, one result per diagnostic and
 * per failed threshold (on the output's line).
 */
import { describeCode } from '../check/codes.js';
import type { Diagnostic } from '../formats/diagnostic.js';
import type { Report } from '../check/report.js';
import { sarifText } from './escape.js';
import { fileDiagnostics } from './failures.js';

export interface SarifOptions {
  readonly toolVersion: string;
  readonly informationUri?: string;
}

export function renderSarif(report: Report, options: SarifOptions): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}

export function toSarif(report: Report, options: SarifOptions) {
  const diagnostics = [...(report.diagnostics ?? []), ...report.files.flatMap(fileDiagnostics)];
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rflint',
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: codes.map((id) => ({ id, shortDescription: { text: describeCode(id) } })),
          },
        },
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
      },
    ],
  };
}

function result(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.code,
    ruleIndex,
    level: d.severity,
    // Plain text, but `[x](1)` would be an embedded link: brackets escaped, controls visible.
    message: { text: sarifText(d.message) },
    ...(d.file !== undefined ? { locations: [location(d, d.file)] } : {}),
  };
}

function location(d: Diagnostic, file: string) {
  const region =
    d.line !== undefined
      ? {
          startLine: d.line,
          startColumn: d.column ?? 1,
          ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
          ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
        }
      : undefined;
  return {
    physicalLocation: {
      // Relative to the checkout: code scanning resolves it against the repository root.
      artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  };
}
