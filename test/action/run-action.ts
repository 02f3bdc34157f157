/**
 * Runs the built action (dist/index.js) in a child process the way the runner does: INPUT_*
 * variables with action.yml's defaults, the GITHUB_* variables, a real event payload file, and
 * real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, which are parsed back for assertions.
 */
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { parse } from 'yaml';
import { GitHubFake } from '../support/github-fake.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The bundle to run: RFLINT_DIST when set (CI builds it first), else a fresh build into a temp
 * folder, so these tests never read a stale committed dist/ nor overwrite it.
 */
export async function builtAction(): Promise<string> {
  if (process.env.RFLINT_DIST) return resolve(REPO_ROOT, process.env.RFLINT_DIST, 'index.js');
  const out = mkdtempSync(join(tmpdir(), 'rflint-dist-'));
  await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, env: { ...process.env, RFLINT_DIST: out } });
  return join(out, 'index.js');
}

/** The runner's name for an input: `INPUT_` + upper case, spaces as `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** action.yml's inputs with their defaults, `${{ github.token }}` evaluated to `token`. */
export function actionDefaults(token: string): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', token)]));
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: Annotation[];
  /** GITHUB_OUTPUT as written, before parsing. */
  readonly outputFile: string;
}

export interface RunOptions {
  readonly dist: string;
  /** GITHUB_WORKSPACE: a folder with real model files. */
  readonly workspace: string;
  readonly eventName: string;
  readonly payload: unknown;
  readonly apiUrl: string;
  readonly inputs?: Record<string, string>;
  readonly repository?: string;
  readonly sha?: string;
  /** More runner variables (ACTIONS_STEP_DEBUG=true for a debug run). */
  readonly env?: Record<string, string>;
  /** The github-token input; default `ghs_fake_token`. */
  readonly token?: string;
  /**
   * The Node.js binary to run the action with; default RFLINT_ACTION_NODE, else this process's
   * (`RFLINT_ACTION_NODE=$RFLINT_NODE24 npx vitest run test/action` runs every end-to-end test under Node 24).
   */
  readonly node?: string;
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as core.setOutput writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** `::error file=a,line=3::message` lines of the log. */
export function parseAnnotations(stdout: string): Annotation[] {
  return stdout.split('\n').flatMap((line) => {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) return [];
    const properties = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => {
      const at = kv.indexOf('=');
      return [kv.slice(0, at), unescapeCommand(kv.slice(at + 1))];
    }));
    return [{ level: m[1] as Annotation['level'], properties, message: unescapeCommand(m[3]!) }];
  });
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const home = mkdtempSync(join(tmpdir(), 'rflint-runner-'));
  const temp = join(home, 'temp');
  mkdirSync(temp);
  const eventPath = join(home, 'event.json');
  const outputPath = join(home, 'output');
  const summaryPath = join(home, 'summary');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...actionDefaults(options.token ?? 'ghs_fake_token'), ...options.inputs };
  // A clean environment: none of the test runner's own GITHUB_* or proxy variables leak in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/models',
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    RFLINT_RETRY_BASE_MS: '5',
    ...options.env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
  };
  const child = spawn(options.node ?? (process.env.RFLINT_ACTION_NODE || process.execPath), [options.dist], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const outputFile = readFileSync(outputPath, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputFile,
    outputs: parseOutputs(outputFile),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    annotations: parseAnnotations(stdout),
  };
}

/** A pull_request payload as GitHub sends it (the fields the action reads, and their neighbours). */
export function pullRequestPayload(number: number, headSha: string, baseSha: string, changedFiles = 2): unknown {
  const repository = { id: 1, name: 'models', full_name: 'octo-org/models', owner: { login: 'octo-org', type: 'Organization' }, default_branch: 'main' };
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Swap the backbone',
      user: { login: 'contributor' },
      html_url: `https://github.com/octo-org/models/pull/${number}`,
      head: { ref: 'swap-backbone', sha: headSha, repo: { ...repository, full_name: 'contributor/models', owner: { login: 'contributor', type: 'User' }, fork: true } },
      base: { ref: 'main', sha: baseSha, repo: repository },
      changed_files: changedFiles,
    },
    repository,
    sender: { login: 'contributor' },
  };
}

/** A run's options but the two the harness supplies: the built action and the REST fake's URL. */
export type HarnessRun = Omit<RunOptions, 'dist' | 'apiUrl'> & { readonly dist?: string };

/**
 * The setup every action end-to-end file shares: the action built once per file, a fresh REST
 * fake per test, and `run` to start the action against both.
 */
export function actionHarness(): { readonly fake: GitHubFake; readonly dist: string; run(options: HarnessRun): Promise<ActionRun> } {
  let dist = '';
  let fake: GitHubFake | undefined;
  beforeAll(async () => {
    dist = await builtAction();
  }, 600_000);
  beforeEach(async () => {
    fake = await new GitHubFake().start();
  });
  afterEach(async () => {
    await fake?.stop();
    // RFLINT_REQUEST_LOG=FILE: one line per test, its name and the requests the action made (the figures of issue 19).
    if (process.env.RFLINT_REQUEST_LOG) appendFileSync(process.env.RFLINT_REQUEST_LOG, `${expect.getState().currentTestName}\t${fake?.requests.length ?? 0}\n`);
    // Every request the action made, and every answer the fake gave, as GitHub's OpenAPI description allows.
    expect(fake?.violations ?? []).toEqual([]);
  });
  return {
    get fake() {
      return fake!;
    },
    /** The built action's entry (dist/index.js), once beforeAll has run. */
    get dist() {
      return dist;
    },
    run: (options) => runAction({ dist, apiUrl: fake!.url, ...options }),
  };
}

/** A temp folder holding `files` (path → text), as an action's workspace. */
export function writeWorkspace(files: Record<string, string>, prefix = 'rflint-ws-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
