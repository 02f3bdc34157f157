import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { REPO, cliWorkspace } from './cli-bundle.js';

const workspace = cliWorkspace('rflint-e2e-');
const { rflint, write } = workspace;

// stem 7/2 → pool 3/2 → 3×3: RF 19, stride 4 on a 64×64 input (16×16 output).
const model = (minRf: number) => `rflint: 1
name: tiny
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - { name: c1, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: feat, layer: c1, min_rf: ${minRf} }
`;
const BROKEN = `rflint: 1
layers:
  - { name: a, op: conv, kernel: 3, stirde: 2 }
`;

describe('rflint (the built CLI)', () => {
  it('exits 0 when every output passes, with a table', async () => {
    await write({ 'models/tiny.rf.yaml': model(16) });
    const run = await rflint();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('models/tiny.rf.yaml (native, tiny)');
    expect(run.stdout).toMatch(/feat +19×19 +16×16 \(σ 4\.2×4\.2\) +4×4 +-9×-9 +30% +≥ 16 +pass/);
    expect(run.stdout).toContain('PASS 1 file, 1 output: 1 passed, 0 failed; 0 errors, 0 warnings; smallest RF 19');
    expect(run.stdout).not.toContain('\x1b['); // not a terminal: no colour
  });

  it('exits 1 on a failed threshold, saying where and what to do', async () => {
    await write({ 'tiny.rf.yaml': model(64) });
    const run = await rflint('tiny.rf.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      // The advice is the engine's, verified: 6 × 8 = 48 more either way gives 67 ≥ 64.
      'tiny.rf.yaml:9:5: error: feat: RF 19 < min_rf 64 on every axis (from the model file); to reach it, add 6 3×3 convs after `pool` (+8 each), or widen the kernel of `c1` to 15 (+48) [RF410]',
    );
  });

  it('reports a broken file and a good file, both, and exits 1', async () => {
    await write({ 'a.rf.yaml': BROKEN, 'b.rf.yaml': model(16) });
    const run = await rflint('.');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}a\.rf\.yaml:3:37: error: .*stirde.*did you mean `stride`\?.* \[RF1\d\d\]$/m);
    expect(run.stdout).toMatch(/feat +19×19 .* pass/);
    expect(run.stdout).toContain('FAIL 2 files, 1 output: 1 passed, 0 failed; 1 error, 0 warnings');
  });

  it('prints JSON that the report schema accepts', async () => {
    await write({ 'a.rf.yaml': BROKEN, 'b.rf.yaml': model(64), 'c.rf.yaml': model(16).replace('c1, min_rf: 16', 'c1') + '  - { name: g, layer: gp }\n'.replace('gp', 'pool') });
    const run = await rflint('--format', 'json', '--min-rf', '10', '.', 'missing/**/*.onnx');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const schema = JSON.parse(await readFile(join(REPO, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
    expect(validate.errors ?? validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['a.rf.yaml', 'b.rf.yaml', 'c.rf.yaml']);
    expect(report.files[1].outputs[0]).toMatchObject({ name: 'feat', rf: [19, 19], stride: [4, 4], status: 'fail', failures: [{ source: 'file', expected: 64, actual: 19 }] });
    expect(report.files[2].outputs.map((o: { thresholds: object; status: string }) => [o.thresholds, o.status])).toEqual([
      [{ min_rf: 10 }, 'pass'],
      [{ min_rf: 10 }, 'pass'],
    ]);
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'RF501', severity: 'warning' })]);
    expect(report.summary).toEqual({ files: 3, outputs: 3, passed: 2, failed: 1, errors: 1, warnings: 1, minRf: 11 }); // pool: 7 + 2·2
  });

  it('applies a --rules file and points inside it', async () => {
    await write({
      'models/tiny.rf.yaml': model(16),
      'rflint-rules.yaml': `- files: "models/**"\n  outputs: feat\n  max_rf: 15\n- files: "model/**"\n  min_rf: 3\n`,
    });
    const run = await rflint('--rules', 'rflint-rules.yaml', 'models');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('models/tiny.rf.yaml:9:5: error: feat: RF 19 > max_rf 15 on every axis (from rules[0]);');
    expect(run.stdout).toContain('rflint-rules.yaml:4:10: warning: rules[1] matches no model file (files: `model/**`)');

    await write({ 'bad-rules.yaml': `- files: "**"\n  min_rff: 3\n` });
    const bad = await rflint('--rules', 'bad-rules.yaml', 'models');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad-rules.yaml:2:3: error: rules[0]: unknown key `min_rff`; did you mean `min_rf`? [RF403]');
  });

  it('exits 2 with one line on a usage error', async () => {
    for (const args of [['--fromat', 'json'], ['--format', 'xml'], ['--min-rf', 'big'], ['--rules', 'nope.yaml']]) {
      const run = await rflint(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const [first, second, ...rest] = run.stderr.split('\n');
      expect(first).toMatch(/^rflint: /);
      expect(second).toBe("Try 'rflint --help' for the options.");
      expect(rest).toEqual(['']);
    }
    expect((await rflint('--rules', 'nope.yaml')).stderr).toMatch(/^rflint: cannot read the rules file nope.yaml: no such file\n/);
  });

  it('fails a path that does not exist and warns about an empty glob', async () => {
    await write({ 'a.rf.yaml': model(16) });
    const run = await rflint('a.rf.yaml', 'nope.rf.yaml', 'x/*.onnx');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<input>: error: nope.rf.yaml: no such file or folder [RF502]');
    expect(run.stdout).toContain('<input>: warning: `x/*.onnx` matches no model file; check the path or glob [RF501]');
  });

  it('exits 2 when nothing is found: an empty glob, an empty folder, a crawl of other tools\' files; --allow-empty passes', async () => {
    const glob = await rflint('models/**/*.onnx');
    expect(glob.code).toBe(2);
    expect(glob.stdout).toMatch(/^<input>: error: no model file found: searched `models\/\*\*\/\*\.onnx` and found no file there\. .*\[RF513\]\n/);
    expect(glob.stdout).not.toContain('RF501');
    await mkdir(join(workspace.cwd, 'empty'));
    const folder = await rflint('empty', '--format', 'json');
    expect(folder.code).toBe(2);
    expect(JSON.parse(folder.stdout).diagnostics).toEqual([expect.objectContaining({ code: 'RF513', message: expect.stringMatching(/^no model file found: searched `empty` and found no file there\./) })]);
    // JSON on stdout (redirected to a file in CI): the reason also goes to stderr.
    expect(folder.stderr).toMatch(/^rflint: no model file found: searched `empty`/);
    await write({ '.github/workflows/ci.yml': 'on: push\n', 'package.json': '{"devDependencies": {"rflint": "^0.1.0"}}' });
    const crawl = await rflint();
    expect(crawl.code).toBe(2);
    expect(crawl.stdout).toContain('no model file found: searched the current folder and found 1 file, none of them a model of a format rflint reads (`package.json`)');
    expect(await rflint('--allow-empty', '-q')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await rflint('empty', '--allow-empty')).stdout).toBe('PASS 0 files, 0 outputs: 0 passed, 0 failed; 0 errors, 0 warnings\n');
  });

  it('refuses a --badge-output that names no output, or asks a verdict of an output without threshold (exit 2, the names that exist)', async () => {
    await write({ 'a.rf.yaml': model(16) });
    const unknown = await rflint('--badge', 'b.svg', '--badge-output', 'P5');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("rflint: --badge-output P5: no output has that name; the outputs: feat\nTry 'rflint --help' for the options.\n");
    await write({ 'u.rf.yaml': model(16).replace(/, min_rf: \d+/, '') });
    const unchecked = await rflint('u.rf.yaml', '--badge', 'b.svg', '--badge-output', 'feat', '--badge-value', 'pass');
    expect(unchecked.code).toBe(2);
    expect(unchecked.stderr).toMatch(/^rflint: --badge-output feat --badge-value pass: feat has no threshold, so it neither passes nor fails; use --badge-value min-rf/);
    expect((await rflint('u.rf.yaml', '--badge', 'b.svg', '--badge-output', 'feat', '--badge-value', 'min-rf')).code).toBe(0);
  });

  it('prints --version and --help', async () => {
    const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8'));
    expect(await rflint('--version')).toEqual({ code: 0, stdout: `rflint ${pkg.version}\n`, stderr: '' });
    const help = await rflint('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: rflint \[PATH\|GLOB \.\.\.\] \[options\]/);
    for (const flag of ['--format', '--min-rf', '--rules', '--quiet', '--no-color', '--debug', '--version', '--help', '--allow-empty']) expect(help.stdout).toContain(flag);
    // A path it points at exists (a bundle outside a package, as here, names the repository's
    // file instead; test/package.e2e.test.ts checks the installed package's path).
    const docs = /\nDocs: (.+)\n$/.exec(help.stdout)?.[1] ?? '';
    expect(docs === "docs/cli.md in rflint's repository" || existsSync(docs)).toBe(true);
  });

  it('--quiet shows only failures and errors', async () => {
    await write({ 'a.rf.yaml': model(16), 'b.rf.yaml': model(64) });
    const run = await rflint('-q');
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('a.rf.yaml');
    expect(run.stdout).toContain('b.rf.yaml:9:5: error: feat: RF 19 < min_rf 64');
    const clean = await rflint('-q', 'a.rf.yaml');
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes SARIF 2.1.0 and Markdown', async () => {
    await write({ 'b.rf.yaml': model(64) });
    const sarif = await rflint('--format', 'sarif');
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'RF410', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'b.rf.yaml' }, region: { startLine: 9, startColumn: 5 } } }] });
    const markdown = await rflint('--format', 'markdown');
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/\| feat \| 19 × 19 \|/);
  });

  it('--channel-attention pointwise gives the spatial RF behind squeeze-and-excitation gates (EfficientNet-B0)', async () => {
    const model = join(REPO, 'test/fixtures/onnx/efficientnet_b0.onnx');
    const global = JSON.parse((await rflint(model, '--format', 'json')).stdout);
    const last = (report: { files: { outputs: { name: string }[] }[] }) => report.files[0]!.outputs.find((o) => o.name === 'features.8');
    expect(last(global)).toMatchObject({ global: true, rf: null });
    const spatial = JSON.parse((await rflint(model, '--format', 'json', '--channel-attention', 'pointwise')).stdout);
    // Measured by gradients in PyTorch with the gates as identity (test/fixtures/onnx/measured.json).
    expect(last(spatial)).toMatchObject({ global: false, rf: [851, 851], stride: [32, 32] });
  });
});
