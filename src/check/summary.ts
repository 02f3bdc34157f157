/** The Report's summary line: counts over files, outputs and diagnostics (docs/design.md §6). */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FileReport, Summary } from './report.js';

export function summarize(files: readonly FileReport[], runDiagnostics: readonly Pick<Diagnostic, 'severity'>[] = [], ignored = 0): Summary {
  const outputs = files.flatMap((f) => f.outputs);
  const diagnostics = [...runDiagnostics, ...files.flatMap((f) => f.diagnostics)];
  // The smallest RF among the outputs analysed (min over axes and over positions: rfMin, what
  // min_rf is held to); global outputs have none.
  const rfs = outputs.flatMap((o) => (o.status !== 'error' && o.rf ? [Math.min(...(o.rfMin ?? o.rf))] : []));
  return {
    files: files.length,
    outputs: outputs.length,
    passed: outputs.filter((o) => o.status === 'pass').length,
    failed: outputs.filter((o) => o.status === 'fail').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    minRf: rfs.length > 0 ? Math.min(...rfs) : null,
    ...(ignored > 0 ? { ignored } : {}),
  };
}

/** Whether the run fails (exit 1, a red check): a threshold failed or anything is an error. */
export function hasFailures(summary: Summary): boolean {
  return summary.failed > 0 || summary.errors > 0;
}
