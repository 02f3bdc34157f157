/**
 * Whole-file recognition and what a folder search finds: a text file whose first 4 KB do not say
 * what it is is recognised from all of it; a file that looks like a model and no loader reads is
 * reported (RF512), never dropped; every model fixture of every format is found by a folder search.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { HEAD_BYTES } from '../../src/formats/index.js';

const repo = new URL('../..', import.meta.url).pathname;
let cwd: string;

async function write(files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), content);
  }
}

const fixture = (path: string) => readFile(join(repo, 'test/fixtures', path), 'utf8');

beforeEach(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-recognise-')));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

// A stride-2 3×3 stem and 120 3×3 convs: RF 3 + 120·(2·2) = 483 at stride 2 (docs/design.md §3 recurrence).
const LONG_BACKBONE = `# A long backbone: its head: key lies past the first 4 KB, as in YOLOv7-E6E (byte 4,202)
nc: 2
backbone:
  - [-1, 1, Conv, [16, 3, 2]]      # 0
${Array.from({ length: 120 }, (_, i) => `  - [-1, 1, Conv, [16, 3, 1]]      # ${i + 1}\n`).join('')}head:
  - [[-1], 1, Detect, [nc]]
`;

describe('recognition from the whole file', () => {
  it('finds and reads an Ultralytics YAML, a Keras JSON and a TF.js graph model whose marks come after the first 4 KB', async () => {
    const keras = JSON.parse(await fixture('keras/keras2-functional.json')) as Record<string, unknown>;
    const { class_name: className, ...kerasRest } = keras;
    const graph = JSON.parse(await fixture('tfjs-graph/convs.json')) as Record<string, unknown>;
    const { format, modelTopology, weightsManifest, ...graphRest } = graph;
    const padding = { paths: ['group2-shard1of1.bin'], weights: Array.from({ length: 40 }, (_, i) => ({ name: `unused/${i}`, shape: [3, 3, 16, 16], dtype: 'float32' })) };
    const files = {
      'models/long.yaml': LONG_BACKBONE,
      // Keras 1 wrote the top class last.
      'models/keras-class-last.json': JSON.stringify({ ...kerasRest, class_name: className }, null, 2),
      // The weights manifest first (a large model's is long: here padded with a second group),
      // the graph and its format after it.
      'web/model.json': JSON.stringify({ ...graphRest, weightsManifest: [...(weightsManifest as unknown[]), padding], modelTopology, format }, null, 2),
    };
    expect(files['models/long.yaml'].indexOf('\nhead:')).toBeGreaterThan(HEAD_BYTES);
    expect(files['models/keras-class-last.json'].indexOf('"class_name": "Model"')).toBeGreaterThan(HEAD_BYTES);
    expect(files['web/model.json'].indexOf('"node"')).toBeGreaterThan(HEAD_BYTES);
    await write(files);
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.files.map((f) => [f.path, f.format, f.diagnostics.filter((d) => d.severity === 'error')])).toEqual([
      ['models/keras-class-last.json', 'keras', []],
      ['models/long.yaml', 'ultralytics', []],
      ['web/model.json', 'tfjs', []],
    ]);
    // Detect's box branch adds two 3×3 convs at stride 2: 483 + 2·4 = 491.
    expect(report.files[1]!.outputs.map((o) => [o.name, o.rf, o.stride])).toEqual([
      ['P1', [483, 483], [2, 2]],
      ['P1.box', [491, 491], [2, 2]],
    ]);
  });

  it('reports a file that looks like a model and no loader reads (RF512), and passes over other tools\' files', async () => {
    await write({
      'models/net.rf.yaml': 'rflint: 1\nlayers: [{ op: conv, kernel: 3 }]\n',
      'cfg/broken.cfg': '[net]\nwidth=416\n\n[convolutionall]\nfilters=16\n',
      'setup.cfg': '[metadata]\nname = thing\n',
      'caffe/net.prototxt': 'layer_name_typo: "x"\nlayer {\n  name: "conv"\n  type: "Convolution"\n}\n',
      'caffe/solver.prototxt': 'net: "train.prototxt"\nbase_lr: 0.01\n',
      'yolo/half.yaml': 'backbone:\n  - [-1, 1, Conv, [16, 3, 2]]\n',
      'mmdet/config.yaml': 'backbone: {type: ResNet, depth: 50}\nneck: {type: FPN}\n',
      'web/model.json': '{"modelTopology": {"unknown": true}, "weightsManifest": []}',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'data/labels.json': '{"labels": ["cat", "dog"]}',
    });
    const report = await runCheck({ cwd, patterns: [] });
    const reported = report.files.map((f) => [f.path, f.diagnostics.map((d) => d.code)]);
    expect(reported).toEqual([
      ['caffe/net.prototxt', ['RF512']],
      ['cfg/broken.cfg', ['RF512']],
      ['models/net.rf.yaml', []],
      ['web/model.json', ['RF512']],
      ['yolo/half.yaml', ['RF512']],
    ]);
    expect(report.files[1]!.diagnostics[0]!.message).toBe(
      'it looks like a model, but no loader reads it: its first section is [net], as in a Darknet cfg, but it has no layer section rflint knows; a folder search found it, so it is reported rather than skipped: fix it, or exclude it with `!cfg/broken.cfg` if it is not a model',
    );
    // The way out the message gives works.
    const excluded = await runCheck({ cwd, patterns: ['.', '!cfg/broken.cfg', '!caffe/net.prototxt', '!web/model.json', '!yolo/half.yaml'] });
    expect(excluded.files.map((f) => f.path)).toEqual(['models/net.rf.yaml']);
  });

  it('reports a look-alike over the size limit without reading it whole', async () => {
    // [net] in the first 4 KB, its first layer after them: over the limit, it is never read whole.
    await write({ 'big.cfg': `[net]\n# ${'x'.repeat(5000)}\n[convolutional]\n` });
    const report = await runCheck({ cwd, patterns: [], limits: { maxFileBytes: 4500, maxAliases: 100, maxDepth: 64, maxNodes: 1000 } });
    expect(report.files.map((f) => f.diagnostics.map((d) => [d.code, d.message]))).toEqual([
      [['RF512', expect.stringMatching(/^the file is 5 kB, over the 4\.5 kB limit for text model files; split it or raise the limit, and it looks like a model \(its first section is \[net\]/)]],
    ]);
  });
});

describe('a folder search', () => {
  // Not models: the fixtures' truth tables, and a Keras weights file (an .h5 with no model_config).
  const NOT_MODELS = /(^|\/)(measured|manifest)\.json$|weights-only\.h5$|(^|\/)(LICENSE(\.txt)?|README\.md)$/;

  it('finds every model fixture of every format in test/fixtures and examples/', async () => {
    const listed = execFileSync('git', ['ls-files', 'test/fixtures', 'examples'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.startsWith('test/fixtures/gen/') && !NOT_MODELS.test(f));
    const formats = new Set(listed.map((f) => f.split('/')[2]));
    expect(formats.size).toBeGreaterThanOrEqual(6);
    const report = await runCheck({ cwd: repo, patterns: ['test/fixtures', 'examples'] });
    const found = new Set(report.files.map((f) => f.path));
    expect(listed.filter((f) => !found.has(f))).toEqual([]);
    // …and nothing else but them.
    expect([...found].filter((f) => !listed.includes(f))).toEqual([]);
  }, 60_000);
});

