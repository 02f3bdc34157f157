import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSettings, InputError } from '../../src/action/settings.js';
import { actionDefaults } from './run-action.js';

const workspace = mkdtempSync(join(tmpdir(), 'rflint-settings-'));
mkdirSync(join(workspace, 'models'));

/** Inputs as the runner passes them: action.yml's defaults, then the workflow's `with:`. */
function settings(inputs: Record<string, string> = {}) {
  const all: Record<string, string> = { ...actionDefaults('ghs_token'), ...inputs };
  return getSettings((name) => all[name] ?? '', workspace);
}

function inputError(inputs: Record<string, string>): string {
  try {
    settings(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('getSettings', () => {
  it('takes badge paths inside the workspace or RUNNER_TEMP, nowhere else', () => {
    const temp = mkdtempSync(join(tmpdir(), 'rflint-runner-temp-'));
    const saved = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = temp;
    try {
      expect(settings({ 'badge-path': 'badges/rflint.svg', 'badge-value': 'min-rf' }).badge).toEqual({ svg: join(workspace, 'badges/rflint.svg'), options: { value: 'min-rf' } });
      expect(settings({ 'badge-json-path': join(temp, 'b.json') }).badge).toEqual({ json: join(temp, 'b.json'), options: { value: 'pass' } });
      expect(inputError({ 'badge-path': '/etc/rflint.svg' })).toMatch(/^Input 'badge-path' is '\/etc\/rflint.svg', outside the workspace/);
      expect(inputError({ 'badge-path': 'b.svg', 'badge-value': 'rf' })).toBe("Input 'badge-value' is 'rf': use one of 'pass', 'min-rf'.");
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = saved;
    }
  });

  it("reads the former default files as the native names, and no files as every model file", () => {
    expect(settings({ files: '**/*.rf.yaml\n**/*.rf.yml\n**/*.rf.json\n' }).files).toEqual(['**/*.rf.{yaml,yml,json}']);
    expect(settings({ files: '' }).files).toEqual(['.']);
  });

  it("reads action.yml's defaults", () => {
    expect(settings()).toEqual({
      files: ['.'],
      changedOnly: false,
      allowEmpty: false,
      rules: [],
      rulesDiagnostics: [],
      failOn: 'error',
      comment: 'changes',
      token: 'ghs_token',
      workingDirectory: workspace,
      workingDirectoryName: '.',
      htmlReport: false,
    });
  });

  it("allow-empty: 'true' lets a run that finds no model file pass; another word is one clear error", () => {
    expect(settings({ 'allow-empty': 'true' }).allowEmpty).toBe(true);
    expect(() => settings({ 'allow-empty': 'yes' })).toThrow("Input 'allow-empty' is 'yes': use 'true' or 'false'.");
  });

  it("html-report: 'true' asks for the HTML page; another word is one clear error", () => {
    expect(settings({ 'html-report': 'true' }).htmlReport).toBe(true);
    expect(() => settings({ 'html-report': 'yes' })).toThrow("Input 'html-report' is 'yes': use 'true' or 'false'.");
  });

  it('reads every input', () => {
    const s = settings({
      files: 'models/**/*.rf.yaml\n\n# vendored\n!**/vendor/**\n',
      'changed-only': 'TRUE',
      'min-rf': '128',
      'fail-on': 'warning',
      comment: 'on-failure',
      'working-directory': 'models',
      'from-report': 'out/report.json',
    });
    expect(s).toMatchObject({
      files: ['models/**/*.rf.yaml', '!**/vendor/**'],
      changedOnly: true,
      minRf: 128,
      failOn: 'warning',
      comment: 'on-failure',
      workingDirectory: join(workspace, 'models'),
      workingDirectoryName: 'models',
      fromReport: join(workspace, 'models/out/report.json'),
    });
  });

  it('reads shard and merge-reports', () => {
    expect(settings({ shard: ' 2/4 ' })).toMatchObject({ shard: { index: 2, count: 4 } });
    expect(settings({ 'merge-reports': 'reports/*.json\n' })).toMatchObject({ mergeReports: ['reports/*.json'] });
    expect(settings({})).not.toHaveProperty('shard');
  });

  it('passes valid rules through, positioned in the input', () => {
    const s = settings({ rules: '- files: "export/**/*.onnx"\n  outputs: "p5*"\n  min_rf: 400\n- files: "**"\n  min_coverage: 0.25\n' });
    expect(s.rules).toHaveLength(2);
    expect(s.rules[0]).toMatchObject({ files: ['export/**/*.onnx'], outputs: ['p5*'], thresholds: { min_rf: 400 }, index: 0, source: 'rules' });
    expect(s.rules[1]).toMatchObject({ files: ['**'], thresholds: { min_coverage: 0.25 }, index: 1 });
  });

  it('rejects invalid rules with the line inside the input', () => {
    const message = inputError({ rules: '- files: "**"\n  min_rf: -3\n' });
    expect(message).toMatch(/^Input 'rules' is invalid: rules:2:\d+: error: .*\[RF40\d\]/);
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, "Input 'fail-on' is 'sometimes': use one of 'error', 'warning', 'never'."],
    [{ comment: 'yes' }, "Input 'comment' is 'yes': use one of 'changes', 'always', 'on-failure', 'never'."],
    [{ 'changed-only': 'yes' }, "Input 'changed-only' is 'yes': use 'true' or 'false'."],
    [{ 'min-rf': '0' }, "Input 'min-rf' is '0': use a whole number of input pixels, 1 or more."],
    [{ 'min-rf': '12.5' }, "Input 'min-rf' is '12.5': use a whole number of input pixels, 1 or more."],
    [{ shard: '5/4' }, "Input 'shard' must be K/N with 1 ≤ K ≤ N ≤ 256 (such as 2/4: the second of four jobs), got '5/4'."],
    [{ shard: '1/2', 'merge-reports': 'reports/*.json' }, "Input 'merge-reports' publishes the shards' reports without checking: give it alone, without 'shard'."],
    [{ 'from-report': 'r.json', 'merge-reports': 'reports/*.json' }, "Input 'merge-reports' publishes the shards' reports without checking: give it alone, without 'from-report'."],
  ])('rejects %o in one line', (inputs, message) => {
    expect(inputError(inputs)).toBe(message);
  });

  it('rejects a working directory outside the workspace or missing', () => {
    expect(inputError({ 'working-directory': '../elsewhere' })).toMatch(/^Input 'working-directory' is '.*elsewhere', outside the workspace/);
    expect(inputError({ 'working-directory': 'nope' })).toMatch(/^Input 'working-directory' is 'nope', which is not a folder of the workspace/);
  });
});
