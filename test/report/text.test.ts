import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { SAMPLE } from './sample-report.js';

describe('renderText', () => {
  it('prints a table per file, problems as file:line:col, and a summary', () => {
    expect(renderText(SAMPLE)).toBe(
      [
        'rules.yaml:7:10: warning: rules[2] matches no model file (files: `model/**`); check the glob against the paths checked [RF404]',
        '',
        'models/resnet50.rf.yaml (native, resnet50)',
        '  output  RF       stride  start      coverage  threshold  verdict',
        '  layer4  427×427  32×32   -213×-213  100%      ≥ 400      pass',
        '  logits  global   —       —          100%      —          unchecked',
        '',
        'models/seg.rf.yaml (native, seg)',
        '  output  RF           stride   start   coverage  threshold  verdict',
        '  up      210–212×180  1/2×1/3  -100×?  —         ≥ 256×128  fail',
        '  models/seg.rf.yaml:12:5: warning: fuse merges paths whose RFs have different centres [RF020]',
        '  models/seg.rf.yaml:20:5: error: up: RF 212 < min_rf 256 on axis 0 (from rules[1]); add a layer, or increase a stride, a pooling or a dilation upstream [RF410]',
        '',
        'broken model.rf.yaml (native, broken model)',
        '  broken model.rf.yaml:3:9: error: layers[0].op: unknown op `cnov`; did you mean `conv`? [RF101]',
        '',
        'FAIL 3 files, 3 outputs: 1 passed, 1 failed, 1 not checked; 1 error, 2 warnings; smallest RF 180',
        '',
      ].join('\n'),
    );
  });

  it('with quiet, shows only failures and errors', () => {
    const text = renderText(SAMPLE, { quiet: true });
    expect(text).not.toContain('resnet50');
    expect(text).not.toContain(': warning:');
    expect(text).toContain('  up      210–212×180');
    expect(text).toContain('broken model.rf.yaml:3:9: error:');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^FAIL /);
  });

  it('with quiet and nothing wrong, prints nothing', () => {
    const passing = { ...SAMPLE, files: [SAMPLE.files[0]!], diagnostics: [], summary: { ...SAMPLE.summary, failed: 0, errors: 0, warnings: 0 } };
    expect(renderText(passing, { quiet: true })).toBe('');
  });

  it('colours only when asked, and keeps the columns aligned', () => {
    expect(renderText(SAMPLE)).not.toContain('\x1b[');
    const coloured = renderText(SAMPLE, { color: true });
    expect(coloured).toContain('\x1b[32mpass');
    expect(coloured).toContain('\x1b[31mFAIL\x1b[0m');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(renderText(SAMPLE));
  });
});
