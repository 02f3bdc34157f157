/**
 * The HTML page as text (the browser tests in test/browser/ drive it): hostile names stay text
 * everywhere (issue 13), the embedded data parses back to the exact strings, the CSP allows
 * exactly the page's own style and script, compare tables appear for changed outputs, and the
 * page of the examples stays small.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputReport, Report } from '../../../src/check/report.js';
import { runCheck } from '../../../src/check/run.js';
import { escapeHtml, scriptJson } from '../../../src/report/html/escape.js';
import { renderHtml } from '../../../src/report/html/page.js';
import { SAMPLE } from '../sample-report.js';

const REPO = resolve(import.meta.dirname, '../../..');
const HOSTILE = ['</script><script>window.pwned = 1</script>', '"><img src=x onerror="window.pwned=1">', "<!--\u2028\u2029'&", '</SCRIPT ><svg onload=alert(1)>'];

function output(name: string, rf = 11): OutputReport {
  return {
    name,
    rf: [rf, rf],
    rfMin: [rf, rf],
    stride: [4, 4],
    start: [-5, -5],
    center: [0, 0],
    global: false,
    aligned: true,
    outputSize: [8, 8],
    coverage: 0.5,
    thresholds: { min_rf: 20 },
    status: 'fail',
    failures: [{ threshold: 'min_rf', source: 'file', expected: 20, actual: rf, message: `RF ${rf} < 20 (${name})` }],
    explain: [{ layer: name, op: 'conv', kernel: [3, 3], stride: [4, 4], dilation: [1, 1], jump: [1, 1], rf: [rf, rf], inverse: [rf, rf], share: [1, 1] }],
    windows: [0, 1].map(() => ({ period: 1, step: 4, lo: [-5], hi: [rf - 6], inputSize: 32, outputSize: 8 })),
  };
}

const hostileReport: Report = {
  ...SAMPLE,
  files: [
    ...SAMPLE.files,
    {
      path: `models/${HOSTILE[1]}.rf.yaml`,
      format: 'native',
      name: HOSTILE[0]!,
      diagnostics: [{ severity: 'error', code: 'RF101', message: `unknown op ${HOSTILE[3]}`, line: 3, column: 1 }],
      assumptions: [HOSTILE[2]!],
      outputs: HOSTILE.map((name) => output(name)),
    },
  ],
};

function dataOf(html: string): { outputs: { name: string; file: string; base?: unknown }[]; baseName?: string } {
  const m = /<script type="application\/json" id="rflint-data">([^<]*)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!);
}

describe('escaping', () => {
  it('escapeHtml: the five specials become entities, control characters go', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\u0007</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('scriptJson: no <, > or &, no U+2028/2029, and JSON.parse gives the exact value back', () => {
    const value = { names: HOSTILE };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(hostileReport, { version: '1.2.3' });

  it('hostile names, paths and messages never become markup', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<svg onload|<!--/i);
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html).toContain('models/&quot;&gt;&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;.rf.yaml');
    expect(html).toContain('unknown op &lt;/SCRIPT &gt;&lt;svg onload=alert(1)&gt;');
  });

  it('the embedded data parses back to the exact names', () => {
    const data = dataOf(html);
    expect(data.outputs.slice(-4).map((o) => o.name)).toEqual(HOSTILE);
    expect(data.outputs.at(-1)!.file).toBe(`models/${HOSTILE[1]}.rf.yaml`);
  });

  it('the Content-Security-Policy allows exactly its own style and script, and no network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain('img-src blob: data:');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('every file, output, verdict and failure is on the page, with a section per output the table links to', () => {
    for (const file of hostileReport.files) {
      expect(html).toContain(escapeHtml(file.path));
      for (const o of file.outputs) expect(html).toContain(escapeHtml(o.name));
    }
    expect(html).toContain('<a href="#out-0">layer4</a>');
    expect(html).toContain('<section class="output" id="out-0"');
    expect(html).toContain('✘ fail');
    expect(html).toContain(escapeHtml('RF 11 < 20 (</script><script>window.pwned = 1</script>)'));
    expect(html).toContain('fuse merges paths whose RFs have different centres');
  });

  it('a chart with a text alternative per output with a layer table', () => {
    expect(html).toContain('role="img" aria-labelledby="out-');
    expect(html).toMatch(/<desc id="out-\d+-chart-d">RF grows from 11 at .* min_rf 20 \(not met\)\.<\/desc>/);
  });

  it('with a base: the outputs whose RF changed get both side by side, in the tables and in the data', () => {
    const head: Report = { ...SAMPLE, files: [{ path: 'm.rf.yaml', format: 'native', name: 'm', diagnostics: [], outputs: [output('a', 11), output('b', 15)] }] };
    const base: Report = { ...head, files: [{ ...head.files[0]!, outputs: [output('a', 19), output('b', 15)] }] };
    const page = renderHtml({ ...head, base }, { baseName: 'main' });
    expect(page).toContain('<caption>a: main and this change</caption>');
    expect(page).toContain('<tr><th scope="row">RF</th><td>19×19</td><td>11×11</td></tr>');
    expect(page).not.toContain('<caption>b: main and this change</caption>');
    const data = dataOf(page);
    expect(data.baseName).toBe('main');
    expect(data.outputs[0]!.base).toMatchObject({ rf: [19, 19] });
    expect(data.outputs[1]!.base).toBeUndefined();
  });
});

describe('the page of the examples', () => {
  it('holds every example and stays under 200 KB', async () => {
    const report = await runCheck({ cwd: REPO, patterns: ['examples/'], explain: true, windows: true });
    const page = renderHtml(report);
    for (const file of report.files) expect(page).toContain(file.path);
    expect(Buffer.byteLength(page)).toBeLessThan(200_000);
  });
});
