/**
 * The terminal report: a table per file (output, RF per axis, stride, start, coverage,
 * threshold, verdict), then its problems as `file:line:col: error: message [code]`, the form
 * editors and problem matchers parse, and a summary line. Colour only when asked.
 */
import { type Diagnostic, formatDiagnostic } from '../formats/diagnostic.js';
import type { OutputReport, Report, Status, Summary } from '../check/report.js';
import type { Thresholds } from '../formats/model.js';
import { type Change, changes, changesHeadline, costText, erfWidthText, rfText } from './deltas.js';
import { fileDiagnostics } from './failures.js';
import { LEVER_HEADER, leverTables } from './levers.js';
import { MESSAGE_LIMIT, NAME_LIMIT, PATH_LIMIT, logLines, plainText } from './escape.js';

export interface TextOptions {
  /** ANSI colours (the CLI passes stdout.isTTY && !NO_COLOR). */
  readonly color?: boolean;
  /** Only failures and errors: no passing outputs, no warnings. */
  readonly quiet?: boolean;
  /** What the base is called, when the report has one (`--base main`). */
  readonly baseName?: string;
}

type Paint = (style: keyof typeof ANSI, text: string) => string;
const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m' } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `${ANSI[style]}${text}\x1b[0m` : (_style, text) => text;
  const keep = (d: Diagnostic) => !options.quiet || d.severity === 'error';
  const blocks: string[] = [];
  const runLevel = (report.diagnostics ?? []).filter(keep);
  if (runLevel.length > 0) blocks.push(runLevel.map((d) => diagnosticLine(d, paint)).join('\n'));
  for (const file of report.files) {
    const outputs = options.quiet ? file.outputs.filter((o) => o.status === 'fail' || o.status === 'error') : file.outputs;
    const diagnostics = fileDiagnostics(file).filter(keep);
    if (options.quiet && outputs.length === 0 && diagnostics.length === 0) continue;
    const lines = [`${paint('bold', plainText(file.path, PATH_LIMIT))} ${paint('dim', `(${file.format}${file.name ? `, ${plainText(file.name)}` : ''})`)}`];
    if (!options.quiet) lines.push(...(file.assumptions ?? []).map((a) => `  ${paint('dim', `assumed: ${plainText(a, MESSAGE_LIMIT)}`)}`));
    const cost = options.quiet ? undefined : costText(file, report.base);
    if (cost) lines.push(`  ${paint('dim', `cost: ${cost}`)}`);
    if (outputs.length > 0) lines.push(...table(outputs, paint).map((row) => `  ${row}`));
    else if (file.diagnostics.length === 0) lines.push(`  ${paint('dim', 'no outputs declared')}`);
    lines.push(...diagnostics.map((d) => `  ${diagnosticLine(d, paint)}`));
    for (const o of outputs) lines.push(...leverLines(o, paint));
    blocks.push(lines.join('\n'));
  }
  if (report.base) blocks.push(changesBlock(changes(report, report.base), options.baseName ?? 'the base', paint));
  const summary = summaryLine(report.summary, paint);
  // Names are escaped field by field; the whole text once more line by line, because the CLI's
  // output lands in the Actions log, where a line starting with `::` is a command.
  if (options.quiet && report.summary.failed === 0 && report.summary.errors === 0) return logLines(blocks.join('\n\n'));
  return logLines([...blocks, summary].join('\n\n') + '\n');
}

function table(outputs: readonly OutputReport[], paint: Paint): string[] {
  // The ERF column only when some output has one (reports made before it existed have none).
  const withErf = outputs.some((o) => o.erf);
  const header = ['output', 'RF', ...(withErf ? ['ERF 95%'] : []), 'stride', 'start', 'coverage', 'threshold', 'verdict'];
  const rows = outputs.map((o) => [o.tensor ? `${plainText(o.name)} (${plainText(o.tensor)})` : plainText(o.name), rfCell(o), ...(withErf ? [erfCell(o)] : []), strideCell(o), startCell(o), coverageCell(o), thresholdCell(o.thresholds), o.status]);
  const verdict = header.length - 1;
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]!))));
  const line = (cells: readonly string[], style?: (c: number, text: string) => string) =>
    cells
      .map((cell, c) => {
        // The last column is not padded: no trailing blanks, coloured or not.
        const padded = c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell));
        return style ? style(c, padded) : padded;
      })
      .join('  ');
  return [
    line(header, (_c, t) => paint('dim', t)),
    ...rows.map((r) => line(r, (c, t) => (c === verdict ? paintStatus(r[verdict] as Status, t, paint) : t))),
  ];
}

/** The levers of a failed min_rf, as an aligned table under the file's problems. */
function leverLines(o: OutputReport, paint: Paint): string[] {
  return leverTables(o).flatMap((t) => {
    const rows = t.rows.map((r) => r.map((c) => plainText(c)));
    const widths = LEVER_HEADER.map((h, c) => Math.max(h.length, ...rows.map((r) => width(r[c]!))));
    const line = (cells: readonly string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  ');
    return [`  ${plainText(t.title)}`, `    ${paint('dim', line(LEVER_HEADER))}`, ...rows.map((r) => `    ${line(r)}`), ...t.notes.map((n) => `    ${paint('dim', `warning: ${plainText(n)}`)}`)];
  });
}

function paintStatus(status: Status, text: string, paint: Paint): string {
  if (status === 'pass') return paint('green', text);
  if (status === 'fail' || status === 'error') return paint('red', text);
  return paint('dim', text);
}

const axes = (values: readonly (number | string | null)[]) => values.map((v) => (v === null ? '?' : String(v))).join('×');

function rfCell(o: OutputReport): string {
  if (o.global) return o.globalBy ? `global (by ${plainText(o.globalBy.node)}${o.globalBy.reason ? `: ${plainText(o.globalBy.reason)}` : ''})` : 'global';
  // After upsampling the RF varies with the position: rfText shows the range.
  return rfText(o);
}

/** The 95 % width and σ of the effective RF: `143 (σ 36.2)`. */
function erfCell(o: OutputReport): string {
  if (!o.erf) return '—';
  return `${erfWidthText(o.erf)} (σ ${axes(o.erf.sigma.map((s) => Math.round(s * 10) / 10))})`;
}

function strideCell(o: OutputReport): string {
  if (o.strideExact) return axes(o.strideExact);
  return o.stride ? axes(o.stride) : '—';
}

function startCell(o: OutputReport): string {
  return o.start ? axes(o.start) : '—';
}

function coverageCell(o: OutputReport): string {
  return o.coverage === null ? '—' : `${Math.round(o.coverage * 100)}%`;
}

function thresholdCell(t: Thresholds): string {
  const parts: string[] = [];
  const value = (v: number | readonly number[]) => (typeof v === 'number' ? String(v) : v.join('×'));
  if (t.min_rf !== undefined) parts.push(`≥ ${value(t.min_rf)}`);
  if (t.max_rf !== undefined) parts.push(`≤ ${value(t.max_rf)}`);
  if (t.min_coverage !== undefined) parts.push(`cov ≥ ${Math.round(t.min_coverage * 100)}%`);
  if (t.min_erf !== undefined) parts.push(`ERF ≥ ${value(t.min_erf)}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

function diagnosticLine(d: Diagnostic, paint: Paint): string {
  const text = formatDiagnostic({ ...d, message: plainText(d.message, MESSAGE_LIMIT), ...(d.file !== undefined ? { file: plainText(d.file, PATH_LIMIT) } : {}) });
  const marker = `: ${d.severity}: `;
  const i = text.indexOf(marker);
  if (i < 0) return text;
  return text.slice(0, i) + `: ${paint(d.severity === 'error' ? 'red' : 'yellow', d.severity)}: ` + text.slice(i + marker.length);
}

/** `Against main: 1 output changed` and one line per change, aligned. */
function changesBlock(list: readonly Change[], against: string, paint: Paint): string {
  const head = changesHeadline(list, against);
  const lines = [paint('bold', head.charAt(0).toUpperCase() + head.slice(1))];
  const shown = list.map((c) => ({ ...c, path: plainText(c.path, PATH_LIMIT), output: plainText(c.output, NAME_LIMIT) }));
  const width = (k: 'path' | 'output') => Math.max(0, ...shown.map((c) => c[k].length));
  for (const c of shown) {
    const style = c.kind === 'removed' ? 'red' : c.kind === 'new' ? 'green' : 'yellow';
    lines.push(`  ${c.path.padEnd(width('path'))}  ${c.output.padEnd(width('output'))}  ${paint(style, c.text)}`);
  }
  return lines.join('\n');
}

export function summaryLine(s: Summary, paint: Paint = (_s, t) => t): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const unchecked = s.outputs - s.passed - s.failed;
  const verdict = s.failed > 0 || s.errors > 0 ? paint('red', 'FAIL') : paint('green', 'PASS');
  const parts = [
    `${plural(s.files, 'file')}, ${plural(s.outputs, 'output')}: ${s.passed} passed, ${s.failed} failed${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}${s.ignored ? ` (${s.ignored} ignored)` : ''}`,
    ...(s.minRf !== null ? [`smallest RF ${s.minRf}`] : []),
  ];
  return `${verdict} ${parts.join('; ')}`;
}

/** Display width: ANSI escapes take none. */
function width(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
}
