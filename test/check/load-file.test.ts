import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/check/load-file.js';
import { DEFAULT_LIMITS, type FormatLoader } from '../../src/formats/model.js';

let cwd: string;
beforeAll(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-load-')));
  await writeFile(join(cwd, 'net.rf.yaml'), 'rflint: 1\nlayers: [{ op: relu }]\n');
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

const options = { limits: DEFAULT_LIMITS };

describe('loadFile', () => {
  it('loads through the registry', async () => {
    const result = await loadFile(cwd, 'net.rf.yaml', options);
    expect(result.format).toBe('native');
    expect(result.model?.graph.nodes.length).toBeGreaterThan(0);
  });

  it('turns a loader that throws into one diagnostic for the file', async () => {
    const throwing: FormatLoader = {
      format: 'native',
      recognises: 'test files',
      matches: (_path, head) => new TextDecoder().decode(head).startsWith('rflint:'),
      load: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
    };
    const result = await loadFile(cwd, 'net.rf.yaml', options, [throwing]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'RF507',
        message: "the native loader failed unexpectedly (Cannot read properties of undefined (reading 'x')); this is a bug in rflint, please report it with the file",
      }),
    ]);
  });

  it('explains a Git LFS pointer, whatever the extension, with the checkout setting that fixes it', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 102470400\n';
    await writeFile(join(cwd, 'model.onnx'), pointer);
    await writeFile(join(cwd, 'net.rf.yaml.lfs'), pointer);
    for (const name of ['model.onnx', 'net.rf.yaml.lfs']) {
      const result = await loadFile(cwd, name, options);
      expect(result.model).toBeUndefined();
      expect(result.diagnostics).toEqual([
        {
          severity: 'error',
          code: 'RF508',
          message: 'this is a Git LFS pointer of the real 102.5 MB file, not the model: the checkout did not fetch LFS files; check out with LFS (actions/checkout with `lfs: true`, or `git lfs pull` locally)',
          line: 1,
          column: 1,
        },
      ]);
    }
  });

  it('says which files it reads when no loader recognises one', async () => {
    await writeFile(join(cwd, 'notes.txt'), 'hello\n');
    const result = await loadFile(cwd, 'notes.txt', options);
    expect(result.unrecognised).toBe(true);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'RF505', message: expect.stringContaining('*.onnx') })]);
  });

  it('reports a file that cannot be opened', async () => {
    const result = await loadFile(cwd, 'gone.rf.yaml', options);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'RF504', message: 'cannot read gone.rf.yaml: no such file' })]);
  });
});
