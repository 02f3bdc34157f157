/**
 * What rflint reads: nothing outside the workspace in the action (`root`), whatever a pattern,
 * a link or a working directory says; only what the user names on the command line; and no
 * loader ever opens a second file (ONNX external data, weight files). A FIFO stands for a file
 * that must not be opened: opening it for reading would block forever.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { attrInts, bytes, concat, graph, int, msg, str, tensor, valueInfo } from '../formats/onnx/encode.js';

const SECRET = 'rflint: 1\nname: the-secret-model\ninput: { size: [8, 8] }\nlayers:\n  - { name: secret_layer, op: conv, kernel: 3 }\noutputs:\n  - { name: secret_out, layer: secret_layer }\n';
const MODEL = 'rflint: 1\ninput: { size: [8, 8] }\nlayers:\n  - { name: c, op: conv, kernel: 3 }\noutputs:\n  - { name: o, layer: c, min_rf: 3 }\n';

let top: string;
let ws: string;

beforeEach(() => {
  // top/outside/… is not the workspace; top/ws is.
  top = mkdtempSync(join(tmpdir(), 'rflint-paths-'));
  ws = join(top, 'ws');
  mkdirSync(join(ws, 'models'), { recursive: true });
  mkdirSync(join(top, 'outside', 'dir'), { recursive: true });
  writeFileSync(join(top, 'outside', 'secret.rf.yaml'), SECRET);
  writeFileSync(join(top, 'outside', 'dir', 'secret2.rf.yaml'), SECRET);
  writeFileSync(join(ws, 'models', 'ok.rf.yaml'), MODEL);
});

const readNames = (report: Awaited<ReturnType<typeof runCheck>>) => JSON.stringify(report);

describe('the action (root: the workspace)', () => {
  it('does not follow a link out of the workspace, found by a crawl or named', async () => {
    symlinkSync(join(top, 'outside', 'secret.rf.yaml'), join(ws, 'models', 'link.rf.yaml'));
    symlinkSync(join(top, 'outside', 'dir'), join(ws, 'models', 'linkdir'));
    for (const patterns of [[], ['models/link.rf.yaml'], ['models/linkdir/secret2.rf.yaml'], ['**/*.rf.yaml']]) {
      const report = await runCheck({ cwd: ws, root: ws, patterns });
      expect(readNames(report)).not.toContain('secret_out');
      expect(report.files.map((f) => f.path).filter((p) => p.includes('link'))).toEqual([]);
    }
    const named = await runCheck({ cwd: ws, root: ws, patterns: ['models/link.rf.yaml'] });
    // Nothing left to check: RF513 fails the run, after RF503 has said why.
    expect(named.diagnostics).toEqual([
      expect.objectContaining({ code: 'RF503', severity: 'warning', message: `models/link.rf.yaml is a symbolic link to ${join(top, 'outside', 'secret.rf.yaml')}, outside the workspace; it is not followed` }),
      expect.objectContaining({ code: 'RF513', severity: 'error' }),
    ]);
  });

  it('refuses a path or pattern that climbs out of the workspace (RF509), and still checks the rest', async () => {
    mkdirSync(join(ws, 'other'));
    writeFileSync(join(ws, 'other', 'm.rf.yaml'), MODEL);
    const report = await runCheck({ cwd: join(ws, 'models'), root: ws, patterns: ['../../outside/secret.rf.yaml', '../../outside/**/*.rf.yaml', '**/../../../outside/*.rf.yaml', '/etc/passwd', 'ok.rf.yaml', '../other/m.rf.yaml'] });
    expect(readNames(report)).not.toContain('secret_out');
    expect(report.diagnostics!.map((d) => [d.code, d.severity])).toEqual([
      ['RF509', 'error'],
      ['RF509', 'error'],
      ['RF509', 'error'],
      ['RF509', 'error'],
    ]);
    expect(report.diagnostics![0]!.message).toBe(`\`../../outside/secret.rf.yaml\` points outside the workspace (${ws}); rflint reads only the repository's files`);
    // Inside the workspace but above the working directory is fine.
    expect(report.files.map((f) => [f.path, f.outputs[0]?.status])).toEqual([
      ['../other/m.rf.yaml', 'pass'],
      ['ok.rf.yaml', 'pass'],
    ]);
  });

  it('reads nothing through a working directory that is a link out of the workspace', async () => {
    symlinkSync(join(top, 'outside'), join(ws, 'vendored'));
    const report = await runCheck({ cwd: join(ws, 'vendored'), root: ws, patterns: [] });
    expect(readNames(report)).not.toContain('secret_out');
    expect(report.files).toEqual([]);
    expect(report.diagnostics!.map((d) => d.code)).toContain('RF503');
  });
});

describe('the CLI (no root)', () => {
  it('reads a file named outside the folder, but follows no link out of it', async () => {
    symlinkSync(join(top, 'outside', 'secret.rf.yaml'), join(ws, 'models', 'link.rf.yaml'));
    const named = await runCheck({ cwd: ws, patterns: ['../outside/secret.rf.yaml'] });
    expect(named.files.map((f) => f.name)).toEqual(['the-secret-model']);
    const crawled = await runCheck({ cwd: ws, patterns: [] });
    expect(readNames(crawled)).not.toContain('secret_out');
    expect(crawled.files.map((f) => f.path)).toEqual(['models/ok.rf.yaml']);
    const link = await runCheck({ cwd: ws, patterns: ['models/link.rf.yaml'] });
    expect(readNames(link)).not.toContain('secret_out');
    expect(link.diagnostics!.map((d) => d.code)).toEqual(['RF503', 'RF513']);
  });
});

describe('files that are not regular files', () => {
  it('a FIFO named like a model is an error of its own (RF504), not a hang, and the other files are checked', async () => {
    execFileSync('mkfifo', [join(ws, 'models', 'pipe.onnx')]);
    const report = await runCheck({ cwd: ws, patterns: ['models/pipe.onnx', 'models/ok.rf.yaml'] });
    expect(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code} ${d.message}`), f.outputs.map((o) => o.status)])).toEqual([
      ['models/ok.rf.yaml', [], ['pass']],
      ['models/pipe.onnx', ['RF504 cannot read models/pipe.onnx: not a regular file'], []],
    ]);
  });
});

describe('a model file that names another file', () => {
  it('ONNX external data is never opened: its location is a FIFO outside the workspace, and loading does not block', async () => {
    execFileSync('mkfifo', [join(top, 'outside', 'weights.bin')]);
    // TensorProto.external_data (13) {location: ../../outside/weights.bin}, data_location (14) EXTERNAL.
    const external = concat(tensor({ name: 'w', dims: [4, 3, 3, 3] }), msg(13, str(1, 'location'), str(2, '../../outside/weights.bin')), int(14, 1));
    const g = concat(
      graph({ name: 'g', nodes: [{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], attrs: [attrInts('kernel_shape', [3, 3])] }], inputs: [valueInfo('x', [1, 3, 16, 16])], outputs: [valueInfo('y')] }),
      bytes(5, external),
    );
    const onnx = concat(int(1, 8), str(2, 'rflint-test'), bytes(7, g), msg(8, str(1, ''), int(2, 17)));
    writeFileSync(join(ws, 'models', 'external.onnx'), onnx);
    const report = await runCheck({ cwd: ws, root: ws, patterns: ['models/external.onnx'] });
    expect(report.files[0]!.outputs.map((o) => [o.name, o.rf])).toEqual([['y', [3, 3]]]);
  });

  it('no loader (nor the engine) can open a file: none imports the file system, a process or a module by name', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = (dir: string): string[] => readdirSync(join(src, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    // The registry loads each loader lazily with import('./fmt/index.js'): a literal path of our
    // own is allowed; any other import() (a computed name, a package) is not.
    const opens = /from ['"](node:)?(fs|fs\/promises|child_process|worker_threads|vm|module|http|https|net)['"]|\brequire\(|\bimport\((?!'\.\.?\/[\w./-]+\.js'\))/;
    const offenders = [...files('formats'), ...files('rf')].filter((f) => opens.test(readFileSync(join(src, f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(src, 'formats/index.ts'), 'utf8')).toMatch(/import\('\.\/onnx\/index\.js'\)/);
    expect(opens.test("await import(name)")).toBe(true);
    expect(opens.test("await import('node:fs')")).toBe(true);
  });
});
