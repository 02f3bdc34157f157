/**
 * `rflint explain FILE [OUTPUT]`: the layer-by-layer table of each output of one model file (or
 * of the one named), as text, JSON (the report with `explain`) or Markdown.
 */
import type { Report } from '../check/report.js';
import { renderHtml } from '../report/html/page.js';
import { renderJson } from '../report/json.js';
import { renderExplainMarkdown, renderExplainText } from '../report/explain.js';
import { renderText } from '../report/text.js';
import { type Format, UsageError } from './args.js';

/** The text to print and the exit code: 1 when the file could not be analysed. */
export function explainReport(report: Report, command: { readonly file: string; readonly output?: string }, format: Format): { text: string; code: number } {
  const file = report.files[0];
  const broken = !file || file.outputs.length === 0 || file.diagnostics.some((d) => d.severity === 'error');
  if (!file || file.outputs.length === 0) return { text: renderText(report, { quiet: false }), code: 1 };
  const outputs = command.output === undefined ? file.outputs : file.outputs.filter((o) => o.name === command.output || o.tensor === command.output);
  if (outputs.length === 0) {
    throw new UsageError(`${file.path} has no output named '${command.output}'; its outputs: ${file.outputs.map((o) => o.name).join(', ')}`);
  }
  const code = broken ? 1 : 0;
  switch (format) {
    case 'json':
      return { text: renderJson({ ...report, files: [{ ...file, outputs }] }), code };
    case 'html':
      return { text: renderHtml({ ...report, files: [{ ...file, outputs }] }), code };
    case 'markdown':
      return { text: outputs.flatMap((o) => [`### ${o.name}`, '', ...renderExplainMarkdown(o), '']).join('\n'), code };
    default:
      return { text: outputs.map((o) => renderExplainText(file.path, o)).join('\n'), code };
  }
}
