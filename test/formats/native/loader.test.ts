/** The FormatLoader contract: which files it claims, and loading real bytes. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { nativeLoader } from '../../../src/formats/native/index.js';
import { fileSource } from './helpers.js';

const head = (text: string) => new TextEncoder().encode(text);

describe('nativeLoader.matches', () => {
  it('claims *.rf.yaml, *.rf.yml and *.rf.json by name', () => {
    expect(nativeLoader.format).toBe('native');
    for (const path of ['a.rf.yaml', 'dir/b.rf.yml', 'C.RF.JSON']) expect(nativeLoader.matches(path, head(''))).toBe(true);
  });

  it('claims other YAML/JSON files only with a top-level rflint key', () => {
    expect(nativeLoader.matches('model.yaml', head('# a model\nrflint: 1\nlayers: []\n'))).toBe(true);
    expect(nativeLoader.matches('model.json', head('{\n  "rflint": 1,\n  "layers": []\n}'))).toBe(true);
    expect(nativeLoader.matches('yolov8.yaml', head('nc: 80\nbackbone:\n  - [-1, 1, Conv, [64, 3, 2]]\n'))).toBe(false);
    expect(nativeLoader.matches('config.yaml', head('tools:\n  rflint: true\n'))).toBe(false);
    expect(nativeLoader.matches('model.onnx', head('rflint: 1\n'))).toBe(false);
  });

  it('never claims a JSON or YAML file whose rflint key is not at the top level', () => {
    const packageJson = '{\n  "name": "app",\n  "devDependencies": {\n    "rflint": "^0.1.0"\n  }\n}\n';
    expect(nativeLoader.matches('tools.json', head(packageJson))).toBe(false);
    expect(nativeLoader.matches('tools.json', head('{"config": {"tools": {"rflint": 1}}}'))).toBe(false);
    expect(nativeLoader.matches('tools.json', head('{"list": [{"rflint": 1}], "x": "\\"rflint\\": 1"}'))).toBe(false);
    expect(nativeLoader.matches('tools.yaml', head('{config: {rflint: 1}}\n'))).toBe(false);
    // The same key at the top level is a model, after a nested object and in YAML flow style.
    expect(nativeLoader.matches('tools.json', head('{"config": {"rflint": 0}, "rflint": 1, "layers": []}'))).toBe(true);
    expect(nativeLoader.matches('tools.yaml', head('# flow\n{layers: [], rflint: 1}\n'))).toBe(true);
    expect(nativeLoader.matches('tools.yaml', head("{'rflint': 1}\n"))).toBe(true);
  });

  it('never claims npm\'s own files, even with a top-level rflint key', () => {
    for (const path of ['package.json', 'app/package-lock.json', 'npm-shrinkwrap.json']) expect(nativeLoader.matches(path, head('{"rflint": 1}'))).toBe(false);
    expect(nativeLoader.matches('package.rf.json', head('{"rflint": 1}'))).toBe(true);
  });
});

describe('nativeLoader.load', () => {
  it('loads a real file through a ModelSource', async () => {
    const result = await nativeLoader.load(await fileSource('examples/vgg16.rf.yaml'), { limits: DEFAULT_LIMITS });
    expect(result.diagnostics).toEqual([]);
    expect(result.model).toMatchObject({ format: 'native', name: 'vgg16', inputSize: [224, 224] });
    expect(result.model!.outputs.map((o) => o.name)).toEqual(['conv5_3', 'pool5']);
  });

  it('positions in a file with CRLF line endings and a byte-order mark', async () => {
    const bytes = head('\ufeffrflint: 1\r\nlayers:\r\n  - { op: conv, kernel: 0 }\r\n');
    const result = await nativeLoader.load({ path: 'win.rf.yaml', size: bytes.length, read: async () => bytes }, { limits: DEFAULT_LIMITS });
    expect(result.diagnostics).toMatchObject([{ code: 'RF103', message: 'layers[0].kernel: must be ≥ 1, got 0', line: 3, column: 25, file: 'win.rf.yaml' }]);
  });
});
