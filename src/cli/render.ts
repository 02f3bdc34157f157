/** The report in the format asked for. */
import type { Report } from '../check/report.js';
import { renderHtml } from '../report/html/page.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { Format } from './args.js';

export interface RenderOptions {
  readonly format: Format;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly version: string;
  /** What `--base` named, when the report has a base. */
  readonly baseName?: string;
}

export function render(report: Report, options: RenderOptions): string {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { toolVersion: options.version });
    case 'markdown':
      return withNewline(renderMarkdown(report, report.base ? { base: report.base, ...(options.baseName ? { baseName: options.baseName } : {}) } : {}));
    case 'html':
      return renderHtml(report, { version: options.version, ...(options.baseName ? { baseName: options.baseName } : {}) });
    case 'text':
      return renderText(report, { color: options.color, quiet: options.quiet, ...(options.baseName ? { baseName: options.baseName } : {}) });
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}
