/**
 * The Markdown report: the PR comment, the job summary and the CLI's `--format markdown`.
 *
 * Everything that comes from a model file (paths, names, messages) is untrusted: a pull request
 * author controls it. It goes through report/escape.ts, so it can neither inject Markdown or
 * HTML, nor break a table row, nor @-mention people, nor link issues, nor hide behind bidi controls.
 */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FileReport, OutputReport, Report } from '../check/report.js';
import type { Thresholds } from '../formats/model.js';
import { outputInsights } from './explain.js';
import { LEVER_HEADER, leverTables } from './levers.js';
import { type Change, type Delta, changes, changesHeadline, costText, erfWidthText, outputDelta, rfText } from './deltas.js';
import { markdownText, markdownUrl } from './escape.js';

export { hasRfChanges } from './deltas.js';

/** GitHub rejects a comment body longer than this (the REST API says "maximum is 65536 characters"). */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** The report of the PR's base: adds a "Δ vs base" column, and a line on what changed. */
  readonly base?: Report;
  /** What the base is called in that line (`the base`, `main`). */
  readonly baseName?: string;
  /** A link to a line of a checked file (path as in the report, relative to the working directory). */
  readonly blobUrl?: (path: string, line?: number) => string;
  /** The longest body to produce, in UTF-16 code units; default COMMENT_LIMIT. */
  readonly maxLength?: number;
  readonly title?: string;
  /** A hidden HTML comment put first (the sticky-comment marker); trusted text from our own code. */
  readonly marker?: string;
  /** Trusted Markdown lines added under the headline (annotations left out, changed-only fallback…). */
  readonly notes?: readonly string[];
  /** Where the reader finds the whole report when this one is truncated. */
  readonly truncatedHint?: string;
}

/**
 * Untrusted text as inert Markdown for a table cell or a line (report/escape.ts, where every
 * target's escaping lives); kept under this name for the modules that import it from here.
 */
export function escapeMarkdown(text: string, maxChars = 300): string {
  return markdownText(text, maxChars);
}

function axes(values: readonly (number | string | null)[]): string {
  return values.map((v) => (v === null ? '?' : String(v))).join(' × ');
}

function rfCell(o: OutputReport): string {
  if (o.global) return o.globalBy ? `global (by <code>${escapeMarkdown(o.globalBy.node, 80)}</code>${o.globalBy.reason ? `, ${escapeMarkdown(o.globalBy.reason, 60)}` : ''})` : 'global';
  return rfText(o, ' × ');
}

/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o: OutputReport): string {
  if (!o.erf) return '—';
  return `${erfWidthText(o.erf, ' × ')} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
}

function strideCell(o: OutputReport): string {
  if (o.strideExact) return axes(o.strideExact);
  return o.stride === null ? '—' : axes(o.stride.map((s) => Number(s.toPrecision(6))));
}

function scalarOrAxes(v: number | readonly number[]): string {
  return typeof v === 'number' ? String(v) : axes(v);
}

/** The thresholds in words (`RF ≥ 400, coverage ≥ 25%`): the Markdown table's cell and the HTML page's. */
export function thresholdCell(t: Thresholds): string {
  const parts: string[] = [];
  if (t.min_rf !== undefined) parts.push(`RF ≥ ${scalarOrAxes(t.min_rf)}`);
  if (t.max_rf !== undefined) parts.push(`RF ≤ ${scalarOrAxes(t.max_rf)}`);
  if (t.min_coverage !== undefined) parts.push(`coverage ≥ ${Math.round(t.min_coverage * 1000) / 10}%`);
  if (t.min_erf !== undefined) parts.push(`ERF ≥ ${scalarOrAxes(t.min_erf)}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

function verdictCell(o: OutputReport): string {
  switch (o.status) {
    case 'pass': return '✅ pass';
    case 'unchecked': return '⚪ no threshold';
    case 'error': return '⚠️ error';
    case 'fail': {
      const why = (o.failures ?? []).map((f) => escapeMarkdown(f.message, 200)).join('; ');
      return why ? `❌ fail: ${why}` : '❌ fail';
    }
  }
}

/** `**Against the base**: 1 output changed, 1 removed — `a.onnx` layer4 RF 483 → 427 (−56); …` */
function changesLine(list: readonly Change[], against: string): string {
  const shown = list.slice(0, 10).map((c) => `<code>${escapeMarkdown(c.path, 120)}</code> ${escapeMarkdown(c.output, 80)}: ${escapeMarkdown(c.text, 80)}`);
  const more = list.length > shown.length ? `; and ${list.length - shown.length} more` : '';
  const headline = changesHeadline(list, against);
  return `**${escapeMarkdown(headline.charAt(0).toUpperCase() + headline.slice(1), 200)}**${shown.length ? `: ${shown.join('; ')}${more}` : ''}`;
}

function deltaCell(delta: Delta): string {
  return delta.kind === 'new' ? 'new' : delta.kind === 'same' ? '=' : delta.text;
}

function isTroubled(f: FileReport): boolean {
  return f.diagnostics.length > 0 || f.outputs.some((o) => o.status === 'fail' || o.status === 'error');
}

function headline(report: Report): string {
  const s = report.summary;
  if (s.files === 0) return '⚪ No model files were checked.';
  if (s.errors > 0 || s.failed > 0) {
    const parts = [s.failed > 0 ? `${s.failed} of ${s.outputs} output${s.outputs === 1 ? '' : 's'} failed` : '', s.errors > 0 ? `${s.errors} error${s.errors === 1 ? '' : 's'}` : ''];
    return `❌ ${parts.filter(Boolean).join(', ')}`;
  }
  if (s.passed === 0 && s.outputs > 0) return `⚪ ${s.outputs} output${s.outputs === 1 ? '' : 's'} without a threshold`;
  return `✅ ${s.passed} of ${s.outputs} output${s.outputs === 1 ? '' : 's'} passed`;
}

function countsLine(report: Report): string {
  const s = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const rf = s.minRf === null ? '' : ` · smallest RF ${s.minRf}`;
  return `${plural(s.files, 'file')} · ${plural(s.outputs, 'output')}: ${s.passed} passed, ${s.failed} failed · ${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')}${s.ignored ? ` (${s.ignored} ignored)` : ''}${rf}`;
}

function diagnosticLine(d: Omit<Diagnostic, 'file'>, place: string): string {
  return `- ${d.severity === 'error' ? '❌' : '⚠️'} ${place}${escapeMarkdown(d.message, 1000)} (${escapeMarkdown(d.code, 20)})`;
}

/** Problems of the run rather than of one model file: the rules, a pattern that matched nothing. */
function runLines(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  return ['', '### Rules and discovery', '', ...diagnostics.map((d) => {
    const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
    return diagnosticLine(d, where ? `${escapeMarkdown(where, 200)}: ` : '');
  })];
}

function fileLines(file: FileReport, options: MarkdownOptions): string[] {
  const path = escapeMarkdown(file.path, 200);
  const title = file.name && file.name !== file.path ? ` — ${escapeMarkdown(file.name, 120)}` : '';
  const link = options.blobUrl ? `[<code>${path}</code>](${markdownUrl(options.blobUrl(file.path))})` : `<code>${path}</code>`;
  const failing = file.diagnostics.some((d) => d.severity === 'error') || file.outputs.some((o) => o.status === 'fail' || o.status === 'error');
  const icon = failing ? '❌' : file.diagnostics.length > 0 ? '⚠️' : '✅';
  const lines = ['', `### ${icon} ${link}${title}`, ''];
  if (file.assumptions?.length) lines.push(`<sub>Assumed: ${file.assumptions.map((a) => escapeMarkdown(a, 300)).join('; ')}</sub>`, '');
  const cost = costText(file, options.base);
  if (cost) lines.push(`Cost: ${escapeMarkdown(cost, 200)}`, '');
  if (file.outputs.length > 0) {
    const base = options.base;
    // The ERF column only when some output has one (reports made before it existed have none).
    const withErf = file.outputs.some((o) => o.erf);
    lines.push(`| output | RF |${withErf ? ' ERF 95% |' : ''} stride | threshold | verdict |${base ? ' Δ RF vs base |' : ''}`);
    lines.push(`|---|---|${withErf ? '---|' : ''}---|---|---|${base ? '---|' : ''}`);
    for (const o of file.outputs) {
      const cells = [o.tensor ? `${escapeMarkdown(o.name, 40)} <sub><code>${escapeMarkdown(o.tensor, 100)}</code></sub>` : escapeMarkdown(o.name, 120), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), thresholdCell(o.thresholds), verdictCell(o)];
      if (base) cells.push(deltaCell(outputDelta(o, file, base)));
      lines.push(`| ${cells.join(' | ')} |`);
    }
    for (const o of file.outputs) {
      for (const t of leverTables(o)) {
        lines.push('', `**${escapeMarkdown(t.title, 200)}**`, '', `| ${LEVER_HEADER.join(' | ')} |`, `|${LEVER_HEADER.map(() => '---').join('|')}|`);
        lines.push(...t.rows.map((r) => `| ${r.map((c) => escapeMarkdown(c, 120)).join(' | ')} |`));
        if (t.notes.length > 0) lines.push('', ...t.notes.map((n) => `<sub>⚠️ ${escapeMarkdown(n, 200)}</sub>`));
      }
    }
    // Issue 11: the growth chart and the layer-by-layer table of failed and changed outputs.
    lines.push(...outputInsights(file, base));
  }
  if (file.diagnostics.length > 0) lines.push('');
  for (const d of file.diagnostics) {
    const where = d.line === undefined ? '' : `line ${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
    const place = where && options.blobUrl ? `[${where}](${markdownUrl(options.blobUrl(file.path, d.line))}): ` : where ? `${where}: ` : '';
    lines.push(diagnosticLine(d, place));
  }
  return lines;
}

/**
 * The report as Markdown: the marker, a headline, a table per file (files with problems first),
 * and each file's errors with links to their lines. Never longer than `maxLength`: files that do
 * not fit are left out with a note saying how many and where to find them.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`## ${options.title ?? 'rflint'}: ${headline(report)}`, '', countsLine(report));
  if (options.base) head.push('', changesLine(changes(report, options.base), options.baseName ?? 'the base'));
  for (const note of options.notes ?? []) head.push('', note);

  const files = [...report.files].sort((a, b) => Number(isTroubled(b)) - Number(isTroubled(a)));
  const hint = options.truncatedHint ?? 'the full report is in the JSON report';
  // Room for the truncation note, so adding it can never push the body over the limit.
  const noteRoom = 200 + hint.length;
  let body = head.join('\n');
  let complete = 0;
  let truncated = false;
  // Rendered lazily: past the limit, the remaining files are never escaped at all.
  const sections = [() => runLines(report.diagnostics ?? []), ...files.map((file) => () => fileLines(file, options))];
  outer: for (const [i, section] of sections.entries()) {
    for (const line of section()) {
      if (body.length + 1 + line.length + noteRoom > maxLength) {
        truncated = true;
        break outer;
      }
      body += '\n' + line;
    }
    if (i > 0) complete++;
  }
  if (truncated) {
    const left = files.length - complete;
    body += `\n\n> [!NOTE]\n> Truncated to fit: ${left} of ${files.length} file${files.length === 1 ? ' is' : 's are'} not shown in full here; ${hint}.`;
  }
  // A head longer than the limit (absurd notes) is the only way to get here too long.
  return body.length + 1 <= maxLength ? body + '\n' : body.slice(0, maxLength);
}
