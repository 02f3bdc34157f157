/**
 * `rflint explain`, `--explain`, `--min-erf` and `--chart` through the bundled CLI, on the
 * example files, as a user runs them.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, buildCli, runCli } from './cli-bundle.js';

let cli: string;
let cleanup: () => void;
beforeAll(() => ({ cli, cleanup } = buildCli()), 120_000);
afterAll(() => cleanup());

const rflint = (...args: string[]) => runCli(cli, args, REPO);

describe('rflint explain', () => {
  it('prints the layer-by-layer table of one output', async () => {
    const run = await rflint('explain', 'examples/vgg16.rf.yaml', 'conv5_3');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('examples/vgg16.rf.yaml: conv5_3 — RF 196, effective RF (95%) 103, σ 26.5');
    expect(lines[1]).toBe('  layer         op         k  s  d  J before  RF after  inverse  share  note');
    expect(lines[2]).toBe('  input         input               1         1         196      0.5%');
    expect(lines).toContain('  pool4         maxpool    2  2  1  8         100       14       4.1%');
    expect(lines).toContain('  conv5.2.conv  conv       3  1  1  16        196       3        16.3%');
  });

  it('explains each model of a folder or a glob, and says when nothing is found (exit 2)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rflint-explain-'));
    try {
      for (const name of ['vgg16.rf.yaml', 'resnet50.rf.yaml']) await writeFile(join(folder, name), await readFile(join(REPO, 'examples', name)));
      const run = await runCli(cli, ['explain', '.'], folder);
      expect(run.code).toBe(0);
      const heads = run.stdout.split('\n').filter((l) => /^\S+\.rf\.yaml: /.test(l)).map((l) => l.split(' — ')[0]);
      expect(heads).toEqual(['resnet50.rf.yaml: layer4', 'resnet50.rf.yaml: layer3', 'vgg16.rf.yaml: conv5_3', 'vgg16.rf.yaml: pool5']);
      const one = await runCli(cli, ['explain', '*.rf.yaml', 'pool5'], folder);
      expect(one.stdout.split('\n').filter((l) => /^\S+\.rf\.yaml: /.test(l)).map((l) => l.split(' — ')[0])).toEqual(['vgg16.rf.yaml: pool5']);
      const none = await runCli(cli, ['explain', 'nothing/**/*.onnx'], folder);
      expect(none.code).toBe(2);
      expect(none.stdout).toContain('no model file found: searched `nothing/**/*.onnx`');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says which outputs exist when the one asked for does not (exit 2)', async () => {
    const run = await rflint('explain', 'examples/vgg16.rf.yaml', 'conv6');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rflint: examples/vgg16.rf.yaml has no output named 'conv6'; its outputs: conv5_3, pool5");
  });

  it('--format json --explain --min-erf: erf and explain on each output, accepted by the report schema', async () => {
    const run = await rflint('examples/resnet50.rf.yaml', '--format', 'json', '--explain', '--min-erf', '100');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const schema = JSON.parse(await readFile(join(REPO, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const [layer4, layer3] = report.files[0].outputs;
    expect(layer4.erf).toEqual({ sigma: [36.166, 36.166], width95: [143, 143], width95Min: [143, 143] });
    expect(layer4.status).toBe('pass');
    expect(layer3.failures).toEqual([expect.objectContaining({ threshold: 'min_erf', source: 'default', expected: 100, actual: 91 })]);
    expect(layer4.explain.at(-1)).toMatchObject({ rf: [427, 427], inverse: [1, 1] });
    expect(layer4.explain.find((r: { layer: string }) => r.layer === 'conv1')).toEqual({ layer: 'conv1', op: 'conv', kernel: [7, 7], stride: [2, 2], dilation: [1, 1], jump: [1, 1], rf: [7, 7], inverse: [427, 427], share: [0.0141, 0.0141], params: null, macs: null });
  });

  it('leaves explain out of the JSON without --explain', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rflint-charts-'));
    try {
      const run = await rflint('examples/resnet50.rf.yaml', '--format', 'json', '--chart', dir);
      expect(JSON.parse(run.stdout).files[0].outputs[0].explain).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--chart DIR writes one well-formed SVG per output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rflint-charts-'));
    try {
      const run = await rflint('examples/unet.rf.yaml', 'examples/failing', '--chart', dir);
      expect(run.code).toBe(1);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(['shallow-detector.boxes.svg', 'unet.bottleneck.svg', 'unet.segmentation.svg']);
      for (const f of files) expect(XMLValidator.validate(await readFile(join(dir, f), 'utf8'))).toBe(true);
      expect(run.stderr).toContain(`rflint: wrote ${join(dir, 'unet.segmentation.svg')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
