/**
 * The built CLI, run the way users run it: `node dist/cli.js`. Uses $RFLINT_DIST when set
 * (a build made by scripts/build.mjs); otherwise bundles only the CLI with ncc into a temp dir,
 * so these tests never touch the committed dist/ nor depend on the action building.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');

export function buildCli(): { cli: string; cleanup: () => void } {
  if (process.env.RFLINT_DIST) {
    const cli = resolve(REPO, process.env.RFLINT_DIST, 'cli.js');
    if (!existsSync(cli)) throw new Error(`RFLINT_DIST is set but ${cli} does not exist; run RFLINT_DIST=${process.env.RFLINT_DIST} npm run build`);
    return { cli, cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rflint-cli-'));
  const ncc = join(REPO, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', 'src/cli/index.ts', '-o', dir, '--quiet', '--target', 'es2022'], { cwd: REPO, stdio: 'pipe' });
  return { cli: join(dir, 'index.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(cli: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/**
 * The setup most CLI end-to-end files share: the built CLI once per file, a fresh real
 * (symlink-resolved) temp folder per test, `write` to fill it and `rflint` to run there.
 */
export function cliWorkspace(prefix: string) {
  let cli = '';
  let cleanup = () => {};
  let cwd = '';
  beforeAll(() => {
    ({ cli, cleanup } = buildCli());
  }, 300_000);
  afterAll(() => cleanup());
  beforeEach(async () => {
    cwd = await realpath(await mkdtemp(join(tmpdir(), prefix)));
    return () => rm(cwd, { recursive: true, force: true });
  });
  return {
    get cwd() {
      return cwd;
    },
    /** The built CLI's entry file. */
    get cli() {
      return cli;
    },
    rflint: (...args: string[]): Promise<Run> => runCli(cli, args, cwd),
    async write(files: Record<string, string>): Promise<void> {
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(cwd, path)), { recursive: true });
        await writeFile(join(cwd, path), content);
      }
    },
  };
}
