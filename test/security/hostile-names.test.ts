/**
 * Hostile names from real files on disk (a native YAML and an ONNX model, under hostile file
 * names), checked for real and rendered end to end by every renderer: each output must be inert
 * in its own syntax.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import type { Report } from '../../src/check/report.js';
import { planAnnotations } from '../../src/action/annotations.js';
import { encodePath } from '../../src/action/paths.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../../src/report/badge.js';
import { chartSeries, renderMermaidChart, renderSvgChart } from '../../src/report/chart.js';
import { annotationText, clip, logLines, markdownText, NAME_LIMIT, plainText } from '../../src/report/escape.js';
import { renderExplainText } from '../../src/report/explain.js';
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { BIDI_CONTROLS, hostileWorkspace } from './hostile.js';

let ws: string;
let report: Report;

beforeAll(async () => {
  ws = hostileWorkspace();
  report = await runCheck({ cwd: ws, patterns: [], explain: true, minRf: 1000 });
});

afterAll(() => rmSync(ws, { recursive: true, force: true }));

/** The tags of an HTML/Markdown/SVG text, lower-cased. */
function tags(text: string): Set<string> {
  return new Set([...text.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

/** A run of the 64 KB name longer than any limit (MESSAGE_LIMIT, the longest) would allow. */
const LONG_RUN = /A{1000}/;

describe('the hostile files load', () => {
  it('as three files: two models that fail and one with an error, names intact in the report data', () => {
    expect(report.files).toHaveLength(3);
    expect(report.files.flatMap((f) => f.outputs).map((o) => o.status)).toEqual(['fail', 'fail', 'fail']);
    expect(report.files.flatMap((f) => f.diagnostics).map((d) => d.code)).toEqual(['RF102']);
    // The data keeps the names as they are; rendering is where they are made inert.
    expect(report.files.some((f) => f.outputs.some((o) => o.name.length === 64 * 1024))).toBe(true);
  });
});

describe('Markdown (the PR comment and the job summary)', () => {
  const render = () => renderMarkdown(report, { blobUrl: (path, line) => `https://github.com/o/r/blob/${'a'.repeat(40)}/${encodePath(path)}${line ? `#L${line}` : ''}`, marker: '<!-- rflint:. -->' });

  it('has only the HTML tags rflint writes: no <img>, no <details> of the author', () => {
    const md = render();
    expect([...tags(md)].sort()).toEqual(['code', 'details', 'sub', 'summary']);
    // Our own <details> open the layer tables; the author's `<details open>` is text.
    expect(md).not.toMatch(/<details open/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('has no link but rflint\'s own: `](javascript:` is escaped, and no autolink', () => {
    const md = render();
    for (const m of md.matchAll(/(?<!\\)\]\(/g)) expect(md.slice(m.index! + 2, m.index! + 2 + 19)).toBe('https://github.com/');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).not.toMatch(/https?:\/\/evil/);
  });

  it('mentions nobody and links no issue', () => {
    const md = render();
    expect(md).not.toMatch(/@octo-org/);
    expect(md).toContain('@\u200Docto\\-org/admins');
    expect(md).not.toMatch(/#123/);
  });

  it('keeps every table row whole: as many unescaped `|` as the header, and no row split by a newline', () => {
    const lines = render().split('\n');
    let header = -1;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = -1;
        continue;
      }
      const pipes = line.split('|').length;
      if (header < 0) header = pipes;
      // The explain rows end with ` ◀ changed`, outside the last cell: same count either way.
      else expect(pipes, line.slice(0, 200)).toBe(header);
    }
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
  });

  it('shows bidi and control characters as <U+XXXX> instead of hiding them', () => {
    const md = render();
    expect(md).not.toMatch(BIDI_CONTROLS);
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    expect(md).toContain('&lt;U+202E&gt;evil&lt;U+2066&gt;');
  });

  it('clips the 64 KB name with an ellipsis and stays within the comment limit', () => {
    const md = render();
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).not.toMatch(/A{300}/);
    expect(md).toMatch(/A{30}…/);
  });

  it('keeps each Mermaid chart inside its fence, every label a safe quoted string', () => {
    const md = render();
    const charts = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) {
      const lines = chart.split('\n');
      expect(lines[0]).toBe('xychart-beta');
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}(title "[^"`%]*"|x-axis \["[^"`%]*"(, "[^"`%]*")*\]|y-axis "RF \(input pixels\)" 0 --> \d+|line \[[\d, ]+\])$/);
      expect(chart).not.toMatch(BIDI_CONTROLS);
    }
    // Nothing after a chart's closing fence is chart text: the fences pair up.
    expect(md.split('```').length % 2).toBe(1);
  });
});

describe('the text report and `rflint explain` (the terminal, and the Actions log when the CLI runs there)', () => {
  it('starts no line with a workflow command, has no `##[`, no escape sequence, no bidi control', () => {
    const texts = [renderText(report), renderText(report, { color: true }), ...report.files.flatMap((f) => f.outputs.map((o) => renderExplainText(f.path, o)))];
    for (const text of texts) {
      for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), line.slice(0, 120)).toBe(false);
      expect(text).not.toMatch(/##\[/);
      expect(text).not.toMatch(BIDI_CONTROLS);
      // Only our own colour codes: ESC followed by `[` digits `m`.
      // eslint-disable-next-line no-control-regex
      expect(text.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      expect(text).not.toMatch(LONG_RUN);
    }
    const plain = texts[0]!;
    // The newline is shown, not obeyed: the command stays inside its line, as text.
    expect(plain).toContain('y<U+000A>::add-mask::secret<U+000D><U+000A>::stop-commands::pwned');
    expect(plain).toContain('<U+001B>[2J');
  });
});

describe('SARIF (code scanning)', () => {
  it('is valid JSON whose messages have no embedded link, no bidi control, and clipped names', () => {
    const sarif = renderSarif(report, { toolVersion: '0.0.0' });
    const parsed = JSON.parse(sarif);
    const messages: string[] = parsed.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const text of messages) {
      expect(text).not.toMatch(/(?<!\\)\[/);
      expect(text).not.toMatch(BIDI_CONTROLS);
      expect([...text].length).toBeLessThanOrEqual(1000);
    }
    expect(messages.join('\n')).toContain('\\](javascript:alert(1))');
  });
});

describe('the badge (SVG and endpoint JSON)', () => {
  it('escapes a hostile output name as XML and shows its controls', () => {
    const output = report.files.flatMap((f) => f.outputs).find((o) => o.name.startsWith('<img'))!;
    const fields = badgeFields(report, { output: output.name });
    const svg = renderBadgeSvg(fields);
    expect([...tags(svg)].every((t) => ['svg', 'title', 'filter', 'fegaussianblur', 'lineargradient', 'stop', 'clippath', 'rect', 'g', 'text'].includes(t))).toBe(true);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toMatch(BIDI_CONTROLS);
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const json = JSON.parse(renderBadgeJson(fields));
    expect([...json.label].length).toBeLessThanOrEqual(40);
  });
});

describe('the SVG chart (`--chart DIR`)', () => {
  it('has only its own elements, the names as XML text', () => {
    for (const output of report.files.flatMap((f) => f.outputs)) {
      const series = chartSeries(output)!;
      const svg = renderSvgChart(series);
      expect([...tags(svg)].every((t) => ['svg', 'title', 'rect', 'text', 'line', 'polyline', 'circle', 'tspan'].includes(t)), [...tags(svg)].join()).toBe(true);
      expect(svg).not.toMatch(BIDI_CONTROLS);
      expect(svg).not.toMatch(LONG_RUN);
      expect(renderMermaidChart(series).chart).not.toMatch(/[`"%]{2}|[\n]\s*%%/);
    }
  });
});

describe('annotations', () => {
  it('are planned with the names as data; what is emitted has visible controls and clipped text', () => {
    const plan = planAnnotations(report, (p) => p);
    expect(plan.length).toBeGreaterThanOrEqual(4);
    for (const a of plan) {
      const message = annotationText(a.message);
      expect(message).not.toMatch(BIDI_CONTROLS);
      expect([...message].length).toBeLessThanOrEqual(1000);
    }
  });
});

describe('escape.ts', () => {
  it('clips by code points, never splitting a surrogate pair, with the stated limit', () => {
    expect([...clip('😀'.repeat(500), NAME_LIMIT)]).toHaveLength(NAME_LIMIT);
    expect(clip('😀'.repeat(500), NAME_LIMIT).endsWith('😀…')).toBe(true);
    expect(clip('short', NAME_LIMIT)).toBe('short');
  });

  it('plainText shows every control, markdownText neutralises mentions, links and tables', () => {
    expect(plainText('a\u202Eb\nc\u0085d')).toBe('a<U+202E>b<U+000A>c<U+0085>d');
    expect(markdownText('@team #1 [x](y) a|b www.evil.example https://e.x')).toBe('@\u200Dteam #\u200D1 \\[x\\]\\(y\\) a&#124;b www\u200D\\.evil\\.example https:\u200D//e\\.x');
  });

  it('logLines breaks `::` at a line start (after any blank) and `##[` anywhere, nothing else', () => {
    expect(logLines('::add-mask::x\n \t::stop-commands::y\r\nok ::x ##[error]z\naten::conv')).toBe(':\u200B:add-mask::x\n \t:\u200B:stop-commands::y\nok ::x #\u200B#[error]z\naten::conv');
  });
});
