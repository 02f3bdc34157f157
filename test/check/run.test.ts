import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';

let cwd: string;

async function write(files: Record<string, string | Uint8Array>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), content);
  }
}

// Three 3×3 convs after a stride-2 stem: RF 7 + 2·(3·2) = 19 at stride 4 (docs/design.md §3 recurrence).
const TINY = `rflint: 1
name: tiny
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - { name: c1, op: conv, kernel: 3, padding: 1 }
  - { name: up, op: upsample, scale: 2 }
  - { name: gp, op: global_pool, inputs: c1 }
outputs:
  - { name: feat, layer: c1, min_rf: 16 }
  - { name: up, layer: up }
  - { name: g, layer: gp }
`;

beforeEach(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-run-')));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('runCheck', () => {
  it('skips YAML and cfg files a folder search finds that are no model, but reports a named one', async () => {
    await write({
      'models/tiny.rf.yaml': TINY,
      'models/tiny.yaml': TINY, // a native model by content, not by name
      'config/train.yaml': 'epochs: 100\nlr: 0.01\n',
      'setup.cfg': '[metadata]\nname = thing\n',
    });
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.files.map((f) => [f.path, f.format])).toEqual([
      ['models/tiny.rf.yaml', 'native'],
      ['models/tiny.yaml', 'native'],
    ]);
    expect(report.summary.errors).toBe(0);
    const named = await runCheck({ cwd, patterns: ['config/train.yaml'] });
    expect(named.files[0]!.diagnostics).toEqual([expect.objectContaining({ code: 'RF505' })]);
  });

  it("never takes npm's files or a nested rflint key for a model (a project that depends on rflint)", async () => {
    await write({
      'models/tiny.rf.yaml': TINY,
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0', devDependencies: { rflint: '^0.1.0' } }, null, 2),
      'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { devDependencies: { rflint: '^0.1.0' } }, 'node_modules/rflint': { version: '0.1.0' } } }, null, 2),
      'tools.json': '{"config": {"tools": {"rflint": 1}}}',
    });
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.files.map((f) => f.path)).toEqual(['models/tiny.rf.yaml']);
    expect(report.summary).toMatchObject({ files: 1, errors: 0 });
  });

  it('builds the docs/design.md §6 report for a native model', async () => {
    await write({ 'models/tiny.rf.yaml': TINY });
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const file = report.files[0]!;
    expect(file).toMatchObject({ path: 'models/tiny.rf.yaml', format: 'native', name: 'tiny', diagnostics: [] });
    expect(file.outputs[0]).toEqual({
      name: 'feat',
      rf: [19, 19],
      rfMin: [19, 19],
      stride: [4, 4],
      start: [-9, -9],
      center: [0, 0],
      global: false,
      aligned: true,
      outputSize: [16, 16],
      coverage: 19 / 64,
      // Boxes of 7, 3 (spaced 2) and 3 (spaced 4): variance 4 + 8/3 + 32/3 = 52/3.
      erf: { sigma: [4.163, 4.163], width95: [16, 16], width95Min: [16, 16] },
      thresholds: { min_rf: 16 },
      status: 'pass',
      line: 11,
      column: 5,
    });
    expect(file.outputs[1]).toMatchObject({ name: 'up', stride: [2, 2], outputSize: [32, 32], status: 'unchecked', thresholds: {} });
    expect(file.outputs[2]).toMatchObject({ name: 'g', global: true, rf: null, stride: null, start: null, coverage: 1, status: 'unchecked' });
    expect(report.summary).toEqual({ files: 1, outputs: 3, passed: 1, failed: 0, errors: 0, warnings: 0, minRf: 19 });
  });

  it('gives fractional strides exactly', async () => {
    await write({
      'up.rf.yaml': `rflint: 1
layers:
  - { name: c, op: conv, kernel: 3 }
  - { name: up, op: upsample, scale: 3 }
outputs:
  - { name: up, layer: up }
`,
    });
    const out = (await runCheck({ cwd, patterns: [] })).files[0]!.outputs[0]!;
    expect(out.stride).toEqual([1 / 3, 1 / 3]);
    expect(out.strideExact).toEqual(['1/3', '1/3']);
  });

  it('applies the default min-rf and rules, says which failed and where from', async () => {
    await write({ 'models/tiny.rf.yaml': TINY });
    const { rules, diagnostics } = parseRules(`- files: "models/**"\n  outputs: "fe*"\n  min_rf: 32\n- files: "model/**"\n  min_rf: 1\n`, 'rules.yaml');
    const report = await runCheck({ cwd, patterns: ['models'], rules, rulesDiagnostics: diagnostics, minRf: 20 });
    const [feat, up] = report.files[0]!.outputs;
    expect(feat).toMatchObject({ status: 'fail', thresholds: { min_rf: 32 } });
    expect(feat!.failures).toEqual([expect.objectContaining({ threshold: 'min_rf', source: 'rules', rule: 0, expected: 32, actual: 19 })]);
    expect(up).toMatchObject({ status: 'fail', thresholds: { min_rf: 20 }, failures: [expect.objectContaining({ source: 'default', expected: 20, actual: 19 })] });
    // The rule with a typo in its path is a warning positioned in the rules text.
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'RF404', file: 'rules.yaml', line: 4, column: 10, message: 'rules[1] matches no model file (files: `model/**`); check the glob against the paths checked' }),
    ]);
    // The global output passes the default min_rf: it sees the whole input.
    expect(report.summary).toMatchObject({ passed: 1, failed: 2, errors: 0, warnings: 1 });
  });

  it("fails a rule whose outputs match no output's name: its thresholds would check nothing", async () => {
    await write({ 'models/tiny.rf.yaml': TINY });
    const { rules } = parseRules(`- files: "**"\n  outputs: "p5*"\n  min_rf: 400\n`, 'rules.yaml');
    const report = await runCheck({ cwd, patterns: [], rules });
    expect(report.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'RF405',
        message: 'rules[0] matches files but none of their outputs (outputs: `p5*`), so its thresholds check nothing. The outputs: models/tiny.rf.yaml: `feat`, `up`, `g`',
        file: 'rules.yaml',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 17,
      },
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it('offers the output a misspelled rule meant: `Pool5` for `pool5`, `p5` for `P5`, with the file\'s outputs', async () => {
    await mkdir(join(cwd, 'models'), { recursive: true });
    await writeFile(join(cwd, 'models/vgg16.rf.yaml'), await readFile(new URL('../../examples/vgg16.rf.yaml', import.meta.url)));
    await writeFile(join(cwd, 'models/det.yaml'), await readFile(new URL('../fixtures/ultralytics/v8-like.yaml', import.meta.url)));
    const { rules } = parseRules(`- files: "**/vgg16*"\n  outputs: Pool5\n  min_rf: 100\n- files: "**/det.yaml"\n  outputs: [p5]\n  min_rf: 100\n- files: "**/det.yaml"\n  outputs: "p4.*"\n  min_rf: 1\n- files: "**/vgg16*"\n  outputs: "pool_5"\n  min_rf: 1\n`, 'rules.yaml');
    const report = await runCheck({ cwd, patterns: [], rules });
    const messages = report.diagnostics!.map((d) => [d.code, d.severity, d.message]);
    expect(messages[0]).toEqual(['RF405', 'error', 'rules[0] matches files but none of their outputs (outputs: `Pool5`), so its thresholds check nothing; did you mean `pool5`? The outputs: models/vgg16.rf.yaml: `conv5_3`, `pool5`']);
    expect(messages[1]![2]).toBe(
      'rules[1] matches files but none of their outputs (outputs: `p5`), so its thresholds check nothing; did you mean `P5`? The outputs: models/det.yaml: `P3`, `P3.box`, `P4`, `P4.box`, `P5`, `P5.box`',
    );
    expect(messages[2]![2]).toMatch(/; did you mean `P4\.box`\? /);
    expect(messages[3]![2]).toMatch(/; did you mean `pool5`\? /);
    expect(messages).toHaveLength(4);
  });

  it('reports a broken file and still checks the good one', async () => {
    await write({
      'a-bad.rf.yaml': 'rflint: 1\nlayers:\n  - { op: conv, kernel: 0 }\n',
      'b-good.rf.yaml': TINY,
      'c-notes.txt': 'hello',
    });
    const report = await runCheck({ cwd, patterns: ['.', 'c-notes.txt'] });
    expect(report.files.map((f) => [f.path, f.format, f.outputs.length])).toEqual([
      ['a-bad.rf.yaml', 'native', 0],
      ['b-good.rf.yaml', 'native', 3],
      ['c-notes.txt', 'unknown', 0],
    ]);
    expect(report.files[0]!.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 3, column: 25 })]);
    expect(report.files[2]!.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'RF505' })]);
    expect(report.files[2]!.name).toBe('c-notes');
    expect(report.summary).toMatchObject({ files: 3, outputs: 3, passed: 1, errors: 2 });
  });

  it('refuses a text model over the size limit without reading it', async () => {
    await write({ 'big.rf.yaml': TINY + '#'.repeat(2000) + '\n' });
    const report = await runCheck({ cwd, patterns: [], limits: { maxFileBytes: 1000, maxAliases: 10, maxDepth: 10, maxNodes: 100 } });
    expect(report.files[0]!.diagnostics).toEqual([expect.objectContaining({ code: 'RF506', message: expect.stringContaining('over the 1 kB limit') })]);
  });

  it('turns engine findings into positioned diagnostics', async () => {
    await write({
      'mis.rf.yaml': `rflint: 1
layers:
  - { name: a, op: conv, kernel: 3 }
  - { name: b, op: conv, kernel: 3, padding: 1, inputs: input }
  - { name: sum, op: add, inputs: [a, b] }
  - { name: s2, op: conv, kernel: 3, stride: 2, padding: same, inputs: sum }
  - { name: t2, op: conv, kernel: 1, stride: 2, inputs: sum }
  - { name: sum2, op: add, inputs: [s2, t2] }
  - { name: bad, op: add, inputs: [sum, s2] }
outputs:
  - { name: out, layer: sum2, min_rf: 3 }
  - { name: broken, layer: bad, min_rf: 3 }
`,
    });
    const file = (await runCheck({ cwd, patterns: [] })).files[0]!;
    expect(file.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'RF020', line: 5, column: 5, message: expect.stringContaining('sum merges paths whose RFs are off-centre by 1 px at its position 0 on axis 0 (a at 1 vs b at 0) and stick out on different sides') }),
      expect.objectContaining({ severity: 'warning', code: 'RF021', line: 8, column: 5 }),
      expect.objectContaining({ severity: 'error', code: 'RF012', line: 9, column: 5 }),
    ]);
    expect(file.outputs.map((o) => [o.name, o.status, o.aligned])).toEqual([
      ['out', 'pass', false],
      ['broken', 'error', true],
    ]);
    expect(file.outputs[0]!.start).toEqual([null, null]);
  });

  it('says nothing of a merge whose off-centre path lies inside the other (a residual around a causal conv)', async () => {
    await write({
      'causal.rf.yaml': `rflint: 1
input: { size: [64] }
layers:
  - { name: conv, op: conv, kernel: 3, padding: causal }
  - { name: res, op: add, inputs: [conv, input] }
outputs:
  - { name: out, layer: res }
`,
    });
    const file = (await runCheck({ cwd, patterns: [] })).files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.outputs[0]).toMatchObject({ rf: [3], aligned: false });
  });

  it('keeps only the changed files, but matches rules against every file found', async () => {
    await write({ 'a.rf.yaml': TINY, 'b.rf.yaml': TINY });
    const { rules } = parseRules(`- files: b.rf.yaml\n  min_rf: 1\n`, 'rules');
    const report = await runCheck({ cwd, patterns: [], rules, only: new Set(['a.rf.yaml']) });
    expect(report.files.map((f) => f.path)).toEqual(['a.rf.yaml']);
    expect(report.diagnostics).toEqual([]);
  });

  it('carries rules diagnostics into the summary', async () => {
    await write({ 'a.rf.yaml': TINY });
    const { rules, diagnostics } = parseRules(`- files: a\n  min_rff: 3\n`, 'rules.yaml');
    const report = await runCheck({ cwd, patterns: [], rules, rulesDiagnostics: diagnostics });
    expect(report.summary.errors).toBe(1);
    expect(report.diagnostics![0]).toMatchObject({ code: 'RF403', file: 'rules.yaml' });
  });

  it('fails when nothing is found (RF513, once, naming what was searched), unless allowed', async () => {
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.files).toEqual([]);
    expect(report.summary).toEqual({ files: 0, outputs: 0, passed: 0, failed: 0, errors: 1, warnings: 0, minRf: null });
    expect(report.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'RF513',
        message:
          'no model file found: searched the current folder and found no file there. A folder is searched for *.rf.yaml, *.rf.yml, *.rf.json, *.onnx, *.keras, *.tflite by name and *.yaml, *.yml, *.cfg, *.prototxt, *.param, *.xml, *.json, *.h5, *.hdf5, *.pb by content; ' +
          "check the paths and globs, or allow it (`--allow-empty`, the action's `allow-empty: true`) where having no model file is expected",
      },
    ]);
    const allowed = await runCheck({ cwd, patterns: [], allowEmpty: true });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.summary).toMatchObject({ files: 0, errors: 0, warnings: 0 });
  });

  it('fails when a glob matches no model file, or a crawl meets only other tools\' files', async () => {
    await write({ 'models/net.rf.yaml': TINY, 'ci/build.yml': 'on: push\n', 'package.json': '{"devDependencies": {"rflint": "^0.1.0"}}' });
    const typo = await runCheck({ cwd, patterns: ['model/**/*.rf.yaml', '!model/old/**'] });
    expect(typo.diagnostics!.map((d) => [d.code, d.message.split('.')[0]])).toEqual([['RF513', 'no model file found: searched `model/**/*']]);
    expect(typo.diagnostics![0]!.message).toMatch(/^no model file found: searched `model\/\*\*\/\*\.rf\.yaml` \(except `model\/old\/\*\*`\) and found no file there\./);
    const crawl = await runCheck({ cwd, patterns: ['.', '!models/**'] });
    expect(crawl.diagnostics!.map((d) => d.code)).toEqual(['RF513']);
    expect(crawl.diagnostics![0]!.message).toMatch(/^no model file found: searched `\.` \(except `models\/\*\*`\) and found 2 files, none of them a model of a format rflint reads \(`ci\/build\.yml`, `package\.json`\)\./);
    // A second pattern that finds the model: only RF501 for the mistyped one.
    const both = await runCheck({ cwd, patterns: ['model/**/*.rf.yaml', 'models'] });
    expect(both.diagnostics!.map((d) => d.code)).toEqual(['RF501']);
  });

  it('does not fail a changed-only run or a shard that checks none of the model files it found', async () => {
    await write({ 'models/a.yaml': TINY, 'ci/build.yml': 'on: push\n' });
    // models/a.yaml is a model by content only: told apart from ci/build.yml without checking it.
    const unchanged = await runCheck({ cwd, patterns: [], only: new Set(['ci/build.yml']) });
    expect(unchanged.files).toEqual([]);
    expect(unchanged.diagnostics).toEqual([]);
    const none = await runCheck({ cwd, patterns: ['ci'], only: new Set() });
    expect(none.diagnostics!.map((d) => d.code)).toEqual(['RF513']);
  });
});

describe('runCheck on an ONNX export', () => {
  const onnxDir = join(import.meta.dirname, '../fixtures/onnx');

  it('checks intermediate tensors that a rule names, with the published ResNet-50 RF', async () => {
    const inner = '/model/layer4/layer4.1/relu_2/Relu_output_0';
    const { rules } = parseRules(`- files: "resnet50.onnx"\n  outputs: ["${inner}", "layer4"]\n  min_rf: 400\n`, 'rules.yaml');
    const report = await runCheck({ cwd: onnxDir, patterns: ['resnet50.onnx'], rules });
    const outputs = report.files[0]!.outputs;
    expect(report.files[0]!.format).toBe('onnx');
    // The logits are global; layer4 has RF 427 at stride 32; one bottleneck earlier, its 3×3 conv
    // (+2·32) is missing: 363.
    expect(outputs.map((o) => [o.name, o.rf, o.stride, o.status])).toEqual([
      ['logits', null, null, 'unchecked'],
      ['layer1', [35, 35], [4, 4], 'unchecked'],
      ['layer2', [91, 91], [8, 8], 'unchecked'],
      ['layer3', [267, 267], [16, 16], 'unchecked'],
      ['layer4', [427, 427], [32, 32], 'pass'],
      [inner, [363, 363], [32, 32], 'fail'],
    ]);
    expect(report.diagnostics).toEqual([]);
  });
});

describe('ignore', () => {
  const MIS = `rflint: 1
layers:
  - { name: a, op: conv, kernel: 3 }
  - { name: b, op: conv, kernel: 3, padding: 1, inputs: input }
  - { name: sum, op: add, inputs: [a, b] }
outputs:
  - { name: out, layer: sum, min_rf: 100 }
`;

  it('silences a warning code by rule (per file and output) or everywhere, counts it, and never silences an error', async () => {
    await write({ 'a.rf.yaml': MIS, 'b.rf.yaml': MIS, 'c.rf.yaml': 'rflint: 1\nlayers: [{ op: convv }]\n' });
    const codes = (r: Awaited<ReturnType<typeof runCheck>>) => r.files.map((f) => f.diagnostics.map((d) => d.code));
    const plain = await runCheck({ cwd, patterns: [] });
    expect(codes(plain)).toEqual([['RF020'], ['RF020'], ['RF101']]);
    const { rules, diagnostics } = parseRules('- { files: "a.rf.yaml", outputs: "out", ignore: [RF020] }\n- { files: "c.rf.yaml", ignore: RF101 }\n', 'rules');
    expect(diagnostics).toEqual([]);
    const byRule = await runCheck({ cwd, patterns: [], rules });
    expect(codes(byRule)).toEqual([[], ['RF020'], ['RF101']]);
    expect(byRule.summary).toMatchObject({ warnings: 1, ignored: 1, errors: 1, failed: 2 });
    const everywhere = await runCheck({ cwd, patterns: [], ignore: ['RF020'] });
    expect(everywhere.summary).toMatchObject({ warnings: 0, ignored: 2 });
    const otherOutput = await runCheck({ cwd, patterns: [], rules: parseRules('- { files: "**", outputs: "nope", ignore: RF020 }\n', 'rules').rules });
    expect(otherOutput.summary.ignored).toBeUndefined();
  });
});
