/**
 * The RF growth chart: the Mermaid text obeys the `xychart-beta` grammar (checked by a small
 * parser written here from the Mermaid docs, https://mermaid.js.org/syntax/xyChart.html), untrusted
 * names cannot break out of it, long paths are sampled, and the SVG is well-formed XML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import type { ExplainRow, OutputReport } from '../../src/check/report.js';
import { MAX_POINTS, chartSeries, renderMermaidChart, renderSvgChart } from '../../src/report/chart.js';

const root = new URL('../..', import.meta.url).pathname;

/** Parses an xychart-beta block (line charts) strictly; throws on anything the grammar does not allow. */
function parseXyChart(text: string): { title?: string; categories: string[]; yRange: [number, number]; lines: number[][] } {
  const [head, ...body] = text.split('\n');
  if (head !== 'xychart-beta') throw new Error(`first line must be xychart-beta, got ${head}`);
  const STRING = /^"([^"\n]*)"/;
  const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
  let title: string | undefined;
  let categories: string[] | undefined;
  let yRange: [number, number] | undefined;
  const lines: number[][] = [];
  for (const raw of body) {
    const line = raw.trim();
    if (line.startsWith('title ')) {
      if (title !== undefined) throw new Error('two titles');
      const m = STRING.exec(line.slice(6));
      if (!m || m[0].length !== line.length - 6) throw new Error(`bad title: ${line}`);
      title = m[1]!;
    } else if (line.startsWith('x-axis ')) {
      if (categories) throw new Error('two x-axes');
      let rest = line.slice(7);
      if (!rest.startsWith('[') || !rest.endsWith(']')) throw new Error(`bad x-axis: ${line}`);
      rest = rest.slice(1, -1);
      categories = [];
      while (rest.length > 0) {
        const m = STRING.exec(rest);
        if (!m) throw new Error(`bad category in: ${line}`);
        categories.push(m[1]!);
        rest = rest.slice(m[0].length);
        if (rest.startsWith(', ')) rest = rest.slice(2);
        else if (rest.length > 0) throw new Error(`bad separator in: ${line}`);
      }
    } else if (line.startsWith('y-axis ')) {
      const m = new RegExp(`^y-axis "[^"\\n]*" (${NUMBER}) --> (${NUMBER})$`).exec(line);
      if (!m) throw new Error(`bad y-axis: ${line}`);
      yRange = [Number(m[1]), Number(m[2])];
    } else if (line.startsWith('line ')) {
      const m = new RegExp(`^line \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`).exec(line);
      if (!m) throw new Error(`bad line: ${line}`);
      lines.push(m[1]!.split(', ').map(Number));
    } else throw new Error(`unknown statement: ${line}`);
  }
  if (!categories || !yRange) throw new Error('an x-axis and a y-axis are required');
  for (const l of lines) if (l.length !== categories.length) throw new Error(`a line has ${l.length} points for ${categories.length} categories`);
  return { ...(title !== undefined ? { title } : {}), categories, yRange, lines };
}

function row(layer: string, rf: number, extra: Partial<ExplainRow> = {}): ExplainRow {
  return { layer, op: 'conv', kernel: [3], stride: [1], dilation: [1], jump: [1], rf: [rf], inverse: [1], share: [0.1], ...extra };
}

function output(name: string, rows: ExplainRow[], minRf?: number): OutputReport {
  const last = rows[rows.length - 1]!;
  return { name, rf: last.rf, rfMin: last.rf, stride: [1], start: [0], center: [0], global: false, aligned: true, outputSize: null, coverage: null, thresholds: minRf === undefined ? {} : { min_rf: minRf }, status: 'pass', explain: rows };
}

describe('the Mermaid chart', () => {
  it('charts ResNet-50 layer4 from the example file: RF after each layer, and min_rf as a second line', async () => {
    const report = await runCheck({ cwd: root, patterns: ['examples/resnet50.rf.yaml'], explain: true });
    const layer4 = report.files[0]!.outputs.find((o) => o.name === 'layer4')!;
    const { chart, legend } = renderMermaidChart(chartSeries(layer4)!);
    const parsed = parseXyChart(chart);
    expect(parsed.title).toBe('RF growth: layer4');
    expect(parsed.categories.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(parsed.categories[0]).toBe('input');
    expect(parsed.lines[0]![0]).toBe(1);
    expect(parsed.lines[0]!.at(-1)).toBe(427);
    expect(parsed.lines[1]!.every((v) => v === 400)).toBe(true);
    expect(parsed.yRange[1]).toBeGreaterThanOrEqual(427);
    expect(legend).toBe('1st line: RF after each layer · 2nd line: min_rf 400');
  });

  it('escapes untrusted names: no quote, backtick fence, newline or bracket gets through', () => {
    const evil = ['in"put', 'a```\n## b', 'c]", "d', '<script>x</script>', '@someone #12'];
    const o = output('out"put```\nx', evil.map((n, i) => row(n, i + 1)));
    const { chart } = renderMermaidChart(chartSeries(o)!);
    expect(chart).not.toContain('`');
    const parsed = parseXyChart(chart);
    expect(parsed.categories).toHaveLength(evil.length);
    expect(parsed.title).toBe('RF growth: out_put____x');
  });

  it('samples a long path to at most MAX_POINTS, keeping the first and the last layer', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row(`layer${i}`, 1 + 2 * i));
    const series = chartSeries(output('deep', rows, 900))!;
    expect(series.labels.length).toBe(MAX_POINTS);
    expect(series.labels[0]).toBe('layer0');
    expect(series.labels.at(-1)).toBe('layer499');
    expect(series.rf.at(-1)).toBe(999);
    expect(parseXyChart(renderMermaidChart(series).chart).lines).toHaveLength(2);
  });

  it('adds the base curve only when it differs, aligned by layer name', () => {
    const head = output('o', [row('input', 1), row('c1', 3), row('c2', 5)]);
    const same = output('o', [row('input', 1), row('c1', 3), row('c2', 5)]);
    expect(chartSeries(head, same)!.base).toBeUndefined();
    const base = output('o', [row('input', 1), row('c1', 5), row('c2', 9)]);
    const series = chartSeries(head, base)!;
    expect(series.base).toEqual([1, 5, 9]);
    const parsed = parseXyChart(renderMermaidChart(series).chart);
    expect(parsed.lines).toEqual([[1, 3, 5], [1, 5, 9]]);
  });
});

describe('the SVG chart', () => {
  it('is well-formed XML with the title, the RF polyline and the threshold, also for hostile names', async () => {
    const report = await runCheck({ cwd: root, patterns: ['examples/failing/shallow-detector.rf.yaml'], explain: true });
    const boxes = report.files[0]!.outputs[0]!;
    for (const o of [boxes, output('<b>&"\'\u0001', [row('</svg><script>', 1), row('a&b', 7)], 5)]) {
      const svg = renderSvgChart(chartSeries(o)!);
      expect(XMLValidator.validate(svg)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { title: string; polyline: unknown; '@_xmlns': string } };
      expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
      expect(doc.svg.polyline).toBeDefined();
      expect(String(doc.svg.title)).toContain(o === boxes ? 'RF growth: boxes' : 'RF growth: ');
    }
    const svg = renderSvgChart(chartSeries(boxes)!);
    expect(svg).toContain('min_rf 128');
  });
});
