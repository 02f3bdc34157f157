import { describe, expect, it } from 'vitest';
import type { FileReport, OutputReport, Report } from '../../src/check/report.js';
import { summarize } from '../../src/check/summary.js';
import { COMMENT_LIMIT, escapeMarkdown, hasRfChanges, renderMarkdown } from '../../src/report/markdown.js';

function output(name: string, rf: number, extra: Partial<OutputReport> = {}): OutputReport {
  return {
    name, rf: [rf, rf], rfMin: [rf, rf], stride: [2, 2], start: [-1, -1], center: [0, 0], global: false, aligned: true,
    outputSize: [32, 32], coverage: null, thresholds: { min_rf: 7 }, status: 'pass', ...extra,
  };
}

function file(path: string, outputs: OutputReport[], diagnostics: FileReport['diagnostics'] = []): FileReport {
  return { path, format: 'native', name: path.replace(/.*\//, '').replace(/\..*/, ''), diagnostics, outputs };
}

function report(files: FileReport[]): Report {
  return { version: 1, files, summary: summarize(files) };
}

/** The cells of a Markdown table row: split on the `|` that Markdown sees (escaped ones are entities). */
function cells(row: string): string[] {
  return row.replace(/^\| | \|$/g, '').split(' | ');
}

describe('escapeMarkdown', () => {
  it('renders a hostile layer name harmlessly: no tag, no extra cell, no line break, no mention', () => {
    const hostile = '<img src=x>|@octocat\n';
    const text = escapeMarkdown(hostile);
    expect(text).toBe('&lt;img src=x&gt;&#124;@\u200Doctocat ');
    expect(text).not.toMatch(/[<>|\n]/);
    expect(text).not.toContain('@octocat');
  });

  it('neutralises Markdown links, emphasis, code, issue references and autolinks', () => {
    expect(escapeMarkdown('[click](https://evil.example) *x* `y` #12 www.evil.example')).toBe(
      '\\[click\\]\\(https:\u200D//evil\\.example\\) \\*x\\* \\`y\\` #\u200D12 www\u200D\\.evil\\.example',
    );
    expect(escapeMarkdown('a\\b &amp;')).toBe('a\\\\b &amp;amp;');
  });

  it('clips very long text', () => {
    expect([...escapeMarkdown('x'.repeat(5000), 100)]).toHaveLength(100);
  });
});

describe('renderMarkdown', () => {
  it('puts the marker first and gives a table per file with RF, stride, threshold and verdict', () => {
    const md = renderMarkdown(report([file('models/a.rf.yaml', [output('head', 7)])]), { marker: '<!-- rflint:. -->' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- rflint:. -->');
    expect(lines[1]).toBe('## rflint: ✅ 1 of 1 output passed');
    expect(md).toContain('| output | RF | stride | threshold | verdict |\n|---|---|---|---|---|\n| head | 7 × 7 | 2 × 2 | RF ≥ 7 | ✅ pass |');
  });

  it('keeps a hostile output name inside its cell', () => {
    const md = renderMarkdown(report([file('m.rf.yaml', [output('<img src=x>|@octocat\n', 7)])]));
    const row = md.split('\n').find((l) => l.includes('octocat'))!;
    expect(cells(row)).toHaveLength(5);
    expect(cells(row)[0]).toBe('&lt;img src=x&gt;&#124;@\u200Doctocat ');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@octocat');
  });

  it('links each error to its line and escapes the path in the link text', () => {
    const diagnostics = [{ severity: 'error' as const, code: 'RF101', message: 'unknown op `convv`; did you mean `conv`?', line: 12, column: 5 }];
    const md = renderMarkdown(report([file('models/x (1).rf.yaml', [], diagnostics)]), {
      blobUrl: (path, line) => `https://github.com/o/r/blob/abc/${path}${line ? `#L${line}` : ''}`,
    });
    expect(md).toContain('- ❌ [line 12:5](https://github.com/o/r/blob/abc/models/x%20%281%29.rf.yaml#L12): unknown op \\`convv\\`; did you mean \\`conv\\`? (RF101)');
    expect(md).toContain('<code>models/x \\(1\\)\\.rf\\.yaml</code>');
  });

  it('shows the failure reason, global outputs and RF ranges', () => {
    const failing = output('p5', 7, { status: 'fail', thresholds: { min_rf: [100, 90] }, failures: [{ threshold: 'min_rf', source: 'file', expected: 100, actual: 7, message: 'RF 7 < min_rf 100 on axis 0' }] });
    const global = output('cls', 0, { rf: null, rfMin: null, stride: null, global: true, status: 'unchecked', thresholds: {} });
    const ranged = output('up', 9, { rfMin: [7, 9], stride: [0.5, 0.5], strideExact: ['1/2', '1/2'] });
    const md = renderMarkdown(report([file('m.rf.yaml', [failing, global, ranged])]));
    expect(md).toContain('| p5 | 7 × 7 | 2 × 2 | RF ≥ 100 × 90 | ❌ fail: RF 7 &lt; min\\_rf 100 on axis 0 |');
    expect(md).toContain('| cls | global | — | — | ⚪ no threshold |');
    expect(md).toContain('| up | 7–9 × 9 | 1/2 × 1/2 | RF ≥ 7 | ✅ pass |');
    expect(md.split('\n')[0]).toBe('## rflint: ❌ 1 of 3 outputs failed');
  });

  it('adds the RF change against the base', () => {
    const base = report([file('m.rf.yaml', [output('head', 9), output('same', 7)])]);
    const head = report([file('m.rf.yaml', [output('head', 7), output('same', 7), output('added', 5)])]);
    const md = renderMarkdown(head, { base });
    expect(md).toContain('| output | RF | stride | threshold | verdict | Δ RF vs base |');
    expect(md).toContain('| head | 7 × 7 | 2 × 2 | RF ≥ 7 | ✅ pass | −2 × −2 |');
    expect(md).toContain('| same | 7 × 7 | 2 × 2 | RF ≥ 7 | ✅ pass | = |');
    expect(md).toContain('| added | 5 × 5 | 2 × 2 | RF ≥ 7 | ✅ pass | new |');
    expect(hasRfChanges(head, base)).toBe(true);
    expect(hasRfChanges(base, base)).toBe(false);
    expect(hasRfChanges(head, undefined)).toBe(false);
  });

  it('marks each file by its worst finding', () => {
    const warned = file('w.rf.yaml', [output('a', 7)], [{ severity: 'warning', code: 'RF020', message: 'lopsided', line: 1, column: 1 }]);
    const md = renderMarkdown(report([file('ok.rf.yaml', [output('a', 7)]), warned, file('bad.rf.yaml', [output('a', 7, { status: 'fail' })])]));
    expect(md.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.slice(4, 6).trim())).toEqual(['⚠️', '❌', '✅']);
  });

  it('lists problems of the run (rules, discovery) in their own section', () => {
    const r: Report = { ...report([]), diagnostics: [{ severity: 'warning', code: 'RF404', message: 'rules[0] matches no model file', file: 'rules', line: 2, column: 3 }] };
    expect(renderMarkdown(r)).toContain('### Rules and discovery\n\n- ⚠️ rules:2:3: rules\\[0\\] matches no model file (RF404)');
  });

  it('stays under the comment limit, problem files first, with a note where the rest is', () => {
    const files = Array.from({ length: 400 }, (_, i) =>
      file(`models/m${String(i).padStart(3, '0')}.rf.yaml`, Array.from({ length: 20 }, (_, j) => output(`out${j}|<b>@all`, 7 + j))),
    );
    files[399] = file('models/zz-broken.rf.yaml', [], [{ severity: 'error', code: 'RF101', message: 'unknown op', line: 3, column: 1 }]);
    const md = renderMarkdown(report(files), { marker: '<!-- rflint:. -->', truncatedHint: 'the full report is in the job summary' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.length).toBeGreaterThan(COMMENT_LIMIT - 2000);
    // The broken file sorts before the passing ones, so truncation never drops it.
    expect(md.indexOf('zz-broken')).toBeLessThan(md.indexOf('m000'));
    expect(md).toMatch(/> Truncated to fit: \d+ of 400 files are not shown in full here; the full report is in the job summary\.\n$/);
    expect(md).not.toContain('<b>');
    const small = renderMarkdown(report(files), { maxLength: 5000 });
    expect(small.length).toBeLessThanOrEqual(5000);
  });
});
