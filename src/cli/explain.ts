/**
 * `rflint explain PATH [OUTPUT]`: the layer-by-layer table of each output of each model file the
 * path names (a file, a folder or a glob: each is explained), or only of the output named, as
 * text, JSON (the report with `explain`), Markdown or HTML.
 */
import type { FileReport, Report } from '../check/report.js';
import { isNothingFound } from '../check/nothing-found.js';
import { renderHtml } from '../report/html/page.js';
import { renderJson } from '../report/json.js';
import { renderExplainMarkdown, renderExplainText } from '../report/explain.js';
import { renderText } from '../report/text.js';
import { type Format, UsageError } from './args.js';

/** The text to print and the exit code: 1 when a file could not be analysed, 2 when nothing was found. */
export function explainReport(report: Report, command: { readonly file: string; readonly output?: string }, format: Format): { text: string; code: number } {
  if (report.files.length === 0) return { text: renderText(report, { quiet: false }), code: isNothingFound(report) ? 2 : 1 };
  const chosen = report.files.map((file) => ({ file, outputs: command.output === undefined ? file.outputs : file.outputs.filter((o) => o.name === command.output || o.tensor === command.output) }));
  if (command.output !== undefined && chosen.every((c) => c.outputs.length === 0)) {
    const names = [...new Set(report.files.flatMap((f) => f.outputs.map((o) => o.name)))];
    const where = report.files.length === 1 ? report.files[0]!.path : `${command.file} (${report.files.length} files)`;
    throw new UsageError(`${where} has no output named '${command.output}'; its outputs: ${names.length > 0 ? names.join(', ') : 'none'}`);
  }
  const broken = report.files.some((f) => f.outputs.length === 0 || f.diagnostics.some((d) => d.severity === 'error'));
  const code = broken ? 1 : 0;
  const shown = chosen.filter((c) => c.outputs.length > 0);
  const files: FileReport[] = shown.map((c) => ({ ...c.file, outputs: c.outputs }));
  // A file with no output to explain still says why (its diagnostics), as a check would.
  const unexplained = report.files.filter((f) => f.outputs.length === 0);
  const problems = unexplained.length > 0 ? renderText({ ...report, files: unexplained }, { quiet: false }) : '';
  switch (format) {
    case 'json':
      return { text: renderJson({ ...report, files }), code };
    case 'html':
      return { text: renderHtml({ ...report, files }), code };
    case 'markdown': {
      const several = shown.length > 1;
      const text = shown.flatMap((c) => [...(several ? [`## ${c.file.path}`, ''] : []), ...c.outputs.flatMap((o) => [`### ${o.name}`, '', ...renderExplainMarkdown(o), ''])]).join('\n');
      return { text: text + (problems ? `\n${problems}` : ''), code };
    }
    default:
      return { text: [...shown.flatMap((c) => c.outputs.map((o) => renderExplainText(c.file.path, o))), ...(problems ? [problems] : [])].join('\n'), code };
  }
}
