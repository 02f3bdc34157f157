import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/check/discover.js';

let root: string;
let work: string;

async function touch(...paths: string[]) {
  for (const p of paths) {
    await mkdir(dirname(join(root, p)), { recursive: true });
    await writeFile(join(root, p), 'rflint: 1\n');
  }
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'rflint-discover-')));
  work = join(root, 'work');
  await touch(
    'work/models/a.rf.yaml',
    'work/models/b.rf.yml',
    'work/models/deep/c.rf.json',
    'work/models/notes.yaml',
    'work/export/net.onnx',
    'work/vendor/v.rf.yaml',
    'work/.hidden/h.rf.yaml',
    'work/node_modules/pkg/n.rf.yaml',
    'outside/secret.rf.yaml',
    'outside/dir/s2.rf.yaml',
  );
  await symlink(join(root, 'outside/secret.rf.yaml'), join(work, 'models/link.rf.yaml'));
  await symlink(join(root, 'outside/dir'), join(work, 'models/linkdir'));
  await symlink(join(work, 'models/a.rf.yaml'), join(work, 'inside-link.rf.yaml'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('discover', () => {
  it('with no pattern, finds the model files under the folder: no dot folders, no node_modules, no links out', async () => {
    const { files, optional, diagnostics } = await discover([], work);
    expect(files).toEqual(['export/net.onnx', 'models/a.rf.yaml', 'models/b.rf.yml', 'models/deep/c.rf.json', 'models/notes.yaml', 'vendor/v.rf.yaml']);
    // Found by a content glob: checked only if a loader recognises what is inside.
    expect([...optional]).toEqual(['models/notes.yaml']);
    expect(diagnostics).toEqual([]);
  });

  it('a file named or globbed is never optional, even when a folder search also finds it', async () => {
    expect([...(await discover(['models', 'models/notes.yaml'], work)).optional]).toEqual([]);
    expect([...(await discover(['**/*.yaml'], work)).optional]).toEqual([]);
  });

  it('applies negations to folders and globs', async () => {
    expect((await discover(['.', '!**/vendor/**', '!export/**'], work)).files).toEqual(['models/a.rf.yaml', 'models/b.rf.yml', 'models/deep/c.rf.json', 'models/notes.yaml']);
    expect((await discover(['**/*.rf.yaml', '!vendor/**'], work)).files).toEqual(['models/a.rf.yaml']);
  });

  it('takes a named file whatever its name, sorted and unique', async () => {
    const { files } = await discover(['models/notes.yaml', 'models/a.rf.yaml', './models/a.rf.yaml', 'models/*.rf.yaml'], work);
    expect(files).toEqual(['models/a.rf.yaml', 'models/notes.yaml']);
  });

  it('matches dot folders only when asked', async () => {
    expect((await discover(['.hidden'], work)).files).toEqual(['.hidden/h.rf.yaml']);
    expect((await discover(['.hidden/*.rf.yaml'], work)).files).toEqual(['.hidden/h.rf.yaml']);
    expect((await discover(['**/h.rf.yaml'], work)).files).toEqual([]);
  });

  it('never follows a symbolic link out of the working directory', async () => {
    const named = await discover(['models/link.rf.yaml'], work);
    expect(named.files).toEqual([]);
    expect(named.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'RF503', file: 'models/link.rf.yaml', message: `models/link.rf.yaml is a symbolic link to ${join(root, 'outside/secret.rf.yaml')}, outside the working directory; it is not followed` }),
    ]);
    const folder = await discover(['models/linkdir'], work);
    expect(folder.files).toEqual([]);
    expect(folder.diagnostics.map((d) => d.code)).toEqual(['RF503']);
    expect((await discover(['models/**/*.rf.yaml'], work)).files).toEqual(['models/a.rf.yaml']);
  });

  it('accepts a link that stays inside when named', async () => {
    expect((await discover(['inside-link.rf.yaml'], work)).files).toEqual(['inside-link.rf.yaml']);
  });

  it('warns about a glob that matches nothing and fails a path that does not exist', async () => {
    const { files, diagnostics } = await discover(['models/a.rf.yaml', 'export/**/*.onnnx', 'missing.rf.yaml'], work);
    expect(files).toEqual(['models/a.rf.yaml']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'RF501', message: '`export/**/*.onnnx` matches no model file; check the path or glob' }),
      expect.objectContaining({ severity: 'error', code: 'RF502', message: 'missing.rf.yaml: no such file or folder' }),
    ]);
  });

  it('finds node_modules only when the pattern names it', async () => {
    expect((await discover(['node_modules/**/*.rf.yaml'], work)).files).toEqual(['node_modules/pkg/n.rf.yaml']);
  });
});
