/**
 * The action's API budget: a pull request run on a monorepo of 1,100 model files that
 * changes 3 of them, against the REST fake on 127.0.0.1 with 100 ms per request (a runner's round
 * trip to api.github.com). Requests by endpoint and wall time, from spawn to exit, of the built
 * action (`dist/index.js`); through the API (checkout's default depth 1: no history), and with the
 * history checked out (`fetch-depth: 0`: the base from git). The verdict and the RF deltas are
 * checked: 3 files changed against the base, the rest unchanged.
 *
 * RFLINT_BENCH_BASELINE_DIST names another build (an older commit's) to run the same PR with,
 * for before/after figures.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import type { Report } from '../src/check/report.js';
import { GitHubFake } from '../test/support/github-fake.js';
import { SMALL_MODEL } from './workloads.js';

const FILES = 1100;
const CHANGED = [7, 512, 1093];
const LATENCY_MS = 100;
const PR = 42;
const HEAD = 'a'.repeat(40);
const BASE_SHA = 'b'.repeat(40);

export interface ApiRow {
  readonly what: string;
  readonly requests: number;
  /** Requests by endpoint, `GET contents: 3, …`. */
  readonly byEndpoint: string;
  readonly seconds: number;
  readonly exitCode: number;
  /** Outputs whose RF differs from the base's (the JSON report's `base`). */
  readonly changedRows: number;
  /** The verdict and the deltas, to compare with the other rows'. */
  readonly verdict: string;
  readonly deltas: readonly string[];
}

const path = (i: number) => `models/group${i % 40}/m${String(i).padStart(4, '0')}.rf.yaml`;
/** The head's file i: the 3 changed files have one more residual block than at the base. */
const headText = (i: number) => (CHANGED.includes(i) ? SMALL_MODEL(i).replace(/repeat: (\d)/, (_, n: string) => `repeat: ${Number(n) + 1}`) : SMALL_MODEL(i));

function writeMonorepo(root: string, withHistory: boolean): { base: string; head: string } {
  mkdirSync(root, { recursive: true });
  const write = (text: (i: number) => string) => {
    for (let i = 0; i < FILES; i++) {
      mkdirSync(join(root, `models/group${i % 40}`), { recursive: true });
      writeFileSync(join(root, path(i)), text(i));
    }
  };
  if (!withHistory) {
    write(headText);
    return { base: BASE_SHA, head: HEAD };
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  write(SMALL_MODEL);
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'change');
  write(headText);
  git('commit', '-qam', 'three models changed');
  return { base, head: git('rev-parse', 'HEAD') };
}

/** The runner's environment for a pull_request run of the built action, as test/action/run-action.ts sets it. */
function runAction(dist: string, workspace: string, runner: string, apiUrl: string, shas: { base: string; head: string }): Promise<number> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, String(input.default ?? '').replace('${{ github.token }}', 'ghs_bench')]));
  const repository = { id: 1, name: 'models', full_name: 'octo-org/models', owner: { login: 'octo-org' } };
  const payload = { action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: shas.head, repo: repository }, base: { sha: shas.base, repo: repository }, changed_files: CHANGED.length }, repository };
  for (const file of ['output', 'summary']) writeFileSync(join(runner, file), '');
  writeFileSync(join(runner, 'event.json'), JSON.stringify(payload));
  const env = {
    PATH: process.env.PATH,
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    ...inputs,
    INPUT_COMMENT: 'always',
  };
  const child = spawn(process.execPath, [join(dist, 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
}

async function measure(what: string, dist: string, dir: string, withHistory: boolean): Promise<ApiRow> {
  const workspace = join(dir, `ws-${withHistory ? 'git' : 'api'}-${Math.random().toString(36).slice(2)}`);
  const runner = mkdtempSync(join(dir, 'runner-'));
  const shas = writeMonorepo(workspace, withHistory);
  const fake = await new GitHubFake().start();
  fake.latencyMs = LATENCY_MS;
  fake.pullFiles.set(PR, CHANGED.map((i) => ({ filename: path(i), status: 'modified' })));
  for (let i = 0; i < FILES; i++) fake.contents.set(`${shas.base}:${path(i)}`, new TextEncoder().encode(SMALL_MODEL(i)));
  try {
    const t0 = performance.now();
    const exitCode = await runAction(dist, workspace, runner, fake.url, shas);
    const seconds = (performance.now() - t0) / 1000;
    const counts = new Map<string, number>();
    for (const r of fake.requests) {
      const kind = `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+\//, '').split('/').filter((s) => !/^\d+$/.test(s))[0] ?? r.path}${r.path.endsWith('/files') ? ' files' : r.path.includes('/comments') ? ' comments' : ''}`;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    // The deltas from the JSON report (the comment of 1,100 files is cut to GitHub's 65,536 characters).
    const reportPath = /^report<<(.+)\n([^\n]*)\n/m.exec(readFileSync(join(runner, 'output'), 'utf8'))?.[2] ?? '';
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report & { base?: Report };
    const baseRf = new Map((report.base?.files ?? []).flatMap((f) => f.outputs.map((o) => [`${f.path} ${o.name}`, JSON.stringify(o.rf)] as const)));
    const deltas = report.files.flatMap((f) => f.outputs.flatMap((o) => (baseRf.get(`${f.path} ${o.name}`) === JSON.stringify(o.rf) ? [] : [`${f.path} ${o.name}: ${baseRf.get(`${f.path} ${o.name}`) ?? 'new'} → ${JSON.stringify(o.rf)}`])));
    const verdict = `exit ${exitCode}, ${report.summary.passed} passed, ${report.summary.failed} failed`;
    return { what, requests: fake.requests.length, byEndpoint: [...counts].map(([k, n]) => `${k}: ${n}`).join(', '), seconds, exitCode, changedRows: deltas.length, verdict, deltas };
  } finally {
    await fake.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

export async function apiRows(dist: string, baselineDist: string | undefined): Promise<ApiRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-bench-api-'));
  try {
    const rows: ApiRow[] = [];
    const runs: [string, string, boolean][] = [
      ...(baselineDist ? ([['before (RFLINT_BENCH_BASELINE_DIST), no history', baselineDist, false]] as [string, string, boolean][]) : []),
      ['this build, no history (base through the API)', dist, false],
      ['this build, `fetch-depth: 0` (base from git)', dist, true],
    ];
    for (const [what, build, withHistory] of runs) {
      process.stderr.write(`PR run, ${FILES} files, ${CHANGED.length} changed: ${what}…\n`);
      rows.push(await measure(what, build, dir, withHistory));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const API_BENCH = { files: FILES, changed: CHANGED.length, latencyMs: LATENCY_MS };
