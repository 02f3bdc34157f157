/**
 * The report in the format asked for. Each renderer is imported when its format is asked for:
 * a JSON run loads neither the HTML page nor SARIF's rule tables.
 */
import type { Report } from '../check/report.js';
import type { Format } from './args.js';

export interface RenderOptions {
  readonly format: Format;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly version: string;
  /** What `--base` named, when the report has a base. */
  readonly baseName?: string;
}

export async function render(report: Report, options: RenderOptions): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../report/json.js')).renderJson(report);
    case 'sarif':
      return (await import('../report/sarif.js')).renderSarif(report, { toolVersion: options.version });
    case 'markdown':
      return withNewline((await import('../report/markdown.js')).renderMarkdown(report, report.base ? { base: report.base, ...(options.baseName ? { baseName: options.baseName } : {}) } : {}));
    case 'html':
      return (await import('../report/html/page.js')).renderHtml(report, { version: options.version, ...(options.baseName ? { baseName: options.baseName } : {}) });
    case 'text':
      return (await import('../report/text.js')).renderText(report, { color: options.color, quiet: options.quiet, ...(options.baseName ? { baseName: options.baseName } : {}) });
  }
}

/** The report without the explain tables (charts need them; the JSON shows them with --explain only). */
export function withoutExplain(report: Report): Report {
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, outputs: f.outputs.map(({ explain: _explain, ...o }) => o) })),
    ...(report.base ? { base: withoutExplain(report.base) } : {}),
  };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}
