/**
 * The npm package as a new user gets it: `npm pack` of the repository (its `files` field, with
 * the bundle built into RFLINT_DIST, never the committed dist/), installed into an empty project
 * whose package.json depends on rflint, then `npx rflint --help` and `npx rflint` there. One pack
 * and one offline install: the tarball has no dependency, so npm needs no network.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, builtAction } from './action/run-action.js';

const run = promisify(execFile);
const work = realpathSync(mkdtempSync(join(tmpdir(), 'rflint-package-')));
const project = join(work, 'app');
let packed: { files: { path: string }[]; size: number; filename: string };

// npm with a private, empty cache and no network: anything it tried to download would fail.
const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env: npmEnv, maxBuffer: 16 << 20 });

const MODEL = `rflint: 1
name: tiny
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: c1, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: feat, layer: c1, min_rf: 11 }
`;

beforeAll(async () => {
  const dist = dirname(await builtAction());
  // The repository's tracked files with the fresh bundle as dist/: what `npm pack` in a clean checkout after a build packs.
  const stage = join(work, 'stage');
  for (const file of execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n')) {
    if (file === '' || file.startsWith('dist/') || !existsSync(join(REPO_ROOT, file))) continue;
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(stage, file));
  }
  cpSync(dist, join(stage, 'dist'), { recursive: true });
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage);
  packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;

  mkdirSync(join(project, 'models'), { recursive: true });
  writeFileSync(join(project, 'models', 'tiny.rf.yaml'), MODEL);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, devDependencies: { rflint: `file:../${packed.filename}` } }, null, 2));
  await npm(['install', '--offline', '--no-audit', '--no-fund'], project);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the bundle, the schemas, action.yml, the docs --help points at, README and LICENSE, and nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    const tops = [...new Set(paths.map((p) => (p.includes('/') ? `${p.split('/')[0]}/` : p)))].sort();
    expect(tops).toEqual(['CONTRIBUTING.md', 'LICENSE', 'README.md', 'SECURITY.md', 'action.yml', 'dist/', 'docs/', 'package.json', 'schema/']);
    for (const file of ['dist/cli.js', 'dist/index.js', 'dist/cli/index.js', 'dist/action/index.js', 'schema/rflint.schema.json', 'docs/cli.md', 'docs/format.md']) expect(paths).toContain(file);
    // The docs are the Markdown pages (the README's screenshots stay in the repository).
    expect(paths.filter((p) => p.startsWith('docs/') && !p.endsWith('.md'))).toEqual([]);
    // Every docs page a shipped page links to relatively is shipped too.
    for (const page of paths.filter((p) => p.startsWith('docs/'))) {
      const text = readFileSync(join(project, 'node_modules', 'rflint', page), 'utf8');
      for (const [, target] of text.matchAll(/\]\((\.\.\/[\w./-]+\.(?:md|json)|[\w-]+\.md)(?:#[\w-]*)?\)/g)) {
        expect(paths, `${page} links to ${target}`).toContain(join('docs', target!).split(sep).join('/'));
      }
    }
  });

  it('declares no dependency, so an install adds rflint alone', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'rflint', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    const installed = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: project, env: npmEnv, encoding: 'utf8' }).trim().split('\n');
    expect(installed.map((p) => p.slice(project.length))).toEqual(['', '/node_modules/rflint']);
  });

  it('npx rflint --help works and points at docs that are in the package', async () => {
    const { stdout } = await run('npx', ['--no-install', 'rflint', '--help'], { cwd: project, env: npmEnv });
    expect(stdout).toMatch(/^Usage: rflint /);
    const docs = /\nDocs: (.+)\n$/.exec(stdout)?.[1];
    expect(docs).toBe(join(project, 'node_modules', 'rflint', 'docs', 'cli.md'));
    expect(existsSync(docs!)).toBe(true);
  });

  it('npx rflint with no argument checks only the project\'s model file (not package.json nor the lock) and passes', async () => {
    expect(existsSync(join(project, 'package-lock.json'))).toBe(true);
    const { stdout } = await run('npx', ['--no-install', 'rflint', '--format', 'json'], { cwd: project, env: npmEnv });
    const report = JSON.parse(stdout) as { files: { path: string; outputs: { name: string; rf: number[]; status: string }[] }[]; summary: Record<string, number> };
    expect(report.files.map((f) => f.path)).toEqual(['models/tiny.rf.yaml']);
    // 7/2 stem, then a 3×3: 7 + 2·2 = 11 (docs/design.md §3).
    expect(report.files[0]!.outputs).toMatchObject([{ name: 'feat', rf: [11, 11], status: 'pass' }]);
    expect(report.summary).toMatchObject({ files: 1, passed: 1, failed: 0, errors: 0, warnings: 0 });
  });
});
