/**
 * The bundles load only what a run uses (scripts/build.mjs; issue 12): each loader and rarely
 * used library is a chunk that a run imports on first use. Checked on a real build, by recording
 * every file node loads (a module hook in the child) for real runs: `--version`, a check of
 * native files, and the action on a push without a token.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionDefaults, builtAction, inputVariable } from './action/run-action.js';

let dist: string;
const dir = mkdtempSync(join(tmpdir(), 'rflint-bundle-'));
const log = join(dir, 'loaded.txt');

// Runs in the loader thread: appends each file URL node loads to RFLINT_LOAD_LOG.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.RFLINT_LOAD_LOG, url + '\\n');
  return next(url, context);
}
`;

beforeAll(async () => {
  dist = dirname(await builtAction());
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
}, 600_000);

/** The bundle files (relative to dist) a run loads. */
function loaded(args: readonly string[], cwd: string, env: Record<string, string> = {}): string[] {
  writeFileSync(log, '');
  try {
    execFileSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env, RFLINT_LOAD_LOG: log }, stdio: 'pipe' });
  } catch (err) {
    // A failing check exits 1; that is a run all the same.
    if ((err as { status?: number }).status !== 1) throw err;
  }
  const root = pathToFileURL(dist).href + '/';
  return readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith(root)).map((u) => u.slice(root.length));
}

/** The chunks of a bundle folder whose text holds `marker` (a library's own identifier). */
function chunksWith(folder: string, marker: string): string[] {
  return readdirSync(join(dist, folder)).filter((f) => f.endsWith('.js') && readFileSync(join(dist, folder, f), 'utf8').includes(marker)).map((f) => `${folder}/${f}`);
}

function models(count: number): string {
  const ws = mkdtempSync(join(dir, 'ws-'));
  mkdirSync(join(ws, 'models'));
  for (let i = 0; i < count; i++) writeFileSync(join(ws, 'models', `m${i}.rf.yaml`), `rflint: 1\nlayers:\n  - { name: c, op: conv, kernel: 3 }\noutputs:\n  - { layer: c, min_rf: 3 }\n`);
  return ws;
}

describe('the built bundles', () => {
  it('dist/index.js and dist/cli.js are entries of their own folders, which hold the chunks', () => {
    expect(readFileSync(join(dist, 'cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n(\/\/.*\n)?import '\.\/cli\/index\.js';\n$/);
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toMatch(/^(\/\/.*\n)?import '\.\/action\/index\.js';\n$/);
    expect(readdirSync(join(dist, 'cli')).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(5);
    expect(readdirSync(join(dist, 'action')).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(5);
  });

  it('`rflint --version` loads the CLI entry and nothing else', () => {
    expect(loaded([join(dist, 'cli.js'), '--version'], dir)).toEqual(['cli.js', 'cli/index.js']);
  });

  it('a check of native files loads neither badge-maker, nor Keras (fflate), nor ONNX, nor merge code', () => {
    const files = loaded([join(dist, 'cli.js'), '--format', 'json', '.'], models(3));
    expect(files).toContain('cli/index.js');
    // The markers are found in some chunk, so their absence from the loaded files means something.
    for (const marker of ['anafanafo', 'inflateSync', 'WireReader', 'class MergeError']) {
      const chunks = chunksWith('cli', marker);
      expect(chunks.length, marker).toBeGreaterThan(0);
      for (const chunk of chunks) expect(files, `${marker} in ${chunk}`).not.toContain(chunk);
    }
  });

  it('the action on a push without a token loads no Octokit and no badge-maker', () => {
    const ws = models(2);
    const runner = mkdtempSync(join(dir, 'runner-'));
    writeFileSync(join(runner, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', after: 'f'.repeat(40) }));
    for (const f of ['output', 'summary']) writeFileSync(join(runner, f), '');
    const inputs = { ...actionDefaults(''), 'github-token': '' };
    const files = loaded([join(dist, 'index.js')], ws, {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      RUNNER_TEMP: runner,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    });
    expect(readFileSync(join(runner, 'summary'), 'utf8')).toContain('m1.rf.yaml');
    expect(files).toContain('action/index.js');
    for (const marker of ['octokit', 'anafanafo']) {
      const chunks = chunksWith('action', marker);
      expect(chunks.length, marker).toBeGreaterThan(0);
      for (const chunk of chunks) expect(files, `${marker} in ${basename(chunk)}`).not.toContain(chunk);
    }
  });
});
