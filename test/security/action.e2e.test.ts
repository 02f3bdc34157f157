/**
 * A hostile pull request against the built action, run as the runner runs it, with debug logging
 * on (ACTIONS_STEP_DEBUG), against the REST fake: the log carries no workflow command but ours,
 * the token is never printed anywhere, and what the PR author wrote is inert in the comment, the
 * summary and the annotations.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionHarness, pullRequestPayload, type ActionRun } from '../action/run-action.js';
import { runCheck } from '../../src/check/run.js';
import { ALL, BIDI_CONTROLS, hostileWorkspace, nativeModel } from './hostile.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 9;
/** Looks like a real installation token, so a leak would be recognisable. */
const TOKEN = 'ghs_S3cr3tT0kenThatMustNeverBePrinted0123';

const harness = actionHarness();

/** The workflow commands of a log: lines whose trimmed text starts with `::`, or holding `##[`. */
function commands(log: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

/** Every command must be one rflint means to give: an annotation or a debug line, nothing else. */
function expectOnlyOurCommands(run: ActionRun): void {
  for (const line of commands(run.stdout)) expect(line, line.slice(0, 160)).toMatch(/^::(error|warning|debug)( [^:]*)?::/);
  expect(commands(run.stderr)).toEqual([]);
}

async function hostileRun(env: Record<string, string> = {}): Promise<ActionRun> {
  const ws = hostileWorkspace();
  // The base has the native model too (with other names), so the deltas and charts render.
  const native = 'models/<img src=x onerror=alert(1)>@octo-org_admins.rf.yaml';
  harness.fake.contents.set(`${BASE}:${native}`, new TextEncoder().encode(nativeModel().replace('kernel: 3, stride: 2', 'kernel: 5, stride: 2')));
  return harness.run({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(PR, HEAD, BASE), token: TOKEN, inputs: { comment: 'always', 'min-rf': '1000' }, env });
}

describe('a hostile pull request', () => {
  it('gives its verdict and comments, with no workflow command in the log but rflint\'s own, even in debug mode', async () => {
    const run = await hostileRun({ ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ failed: '3', errors: '1' });
    expectOnlyOurCommands(run);
    expect(run.stdout).not.toMatch(/^\s*::(add-mask|stop-commands|set-output|set-env|add-path|save-state|echo)/m);
  });

  it('never prints the token: not in the log, the outputs, the summary, the report, the comment, nor a request body', async () => {
    const run = await hostileRun({ ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' });
    expect(harness.fake.requests.length).toBeGreaterThan(2);
    // The token reached the API, where it belongs, so its absence elsewhere means something.
    expect(harness.fake.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    const report = readFileSync(run.outputs.report!, 'utf8');
    const written = [run.stdout, run.stderr, run.outputFile, run.summary, report, ...harness.fake.commentsOn(PR).map((c) => c.body), ...harness.fake.requests.map((r) => r.body + r.path + r.query.toString())];
    for (const text of written) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(TOKEN.slice(4, 20));
    }
  });

  it('makes the names inert in the comment, the summary and the annotations', async () => {
    const run = await hostileRun();
    const [comment] = harness.fake.commentsOn(PR);
    for (const md of [comment!.body, run.summary]) {
      expect(md).not.toMatch(/<img|<details open|@octo-org|#123/);
      expect(md).not.toMatch(BIDI_CONTROLS);
      expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
      expect(md).toContain('&lt;U+202E&gt;');
    }
    expect(run.annotations.length).toBeGreaterThanOrEqual(4);
    for (const a of run.annotations) {
      expect(a.message).not.toMatch(BIDI_CONTROLS);
      expect([...a.message].length).toBeLessThanOrEqual(1000);
      expect(a.properties.title ?? '').not.toMatch(/[\n\r]/);
    }
    // The file with `::error::` and a newline in its name is still annotated on its own path.
    expect(run.annotations.map((a) => a.properties.file)).toContain('models/::error::x\n::add-mask::y [a](javascript:b) #123.onnx');
  });
});

describe('a pull request that plants links where the action writes', () => {
  it('the badge is never written through a link out of the workspace (the file or its folder)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rflint-victim-'));
    writeFileSync(join(outside, '.bashrc'), 'the runner user\'s file\n');
    const ws = hostileWorkspace();
    mkdirSync(join(ws, 'badges'));
    symlinkSync(join(outside, '.bashrc'), join(ws, 'badges', 'rflint.svg'));
    symlinkSync(outside, join(ws, 'linked'));
    const run = await harness.run({ workspace: ws, eventName: 'push', payload: { ref: 'refs/heads/main' }, inputs: { 'badge-path': 'badges/rflint.svg', 'badge-json-path': 'linked/badge.json', 'min-rf': '1000' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ failed: '3', errors: '1' });
    expect(readFileSync(join(outside, '.bashrc'), 'utf8')).toBe('the runner user\'s file\n');
    expect(existsSync(join(outside, 'badge.json'))).toBe(false);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^rflint could not write the badge \(.*badges\/rflint\.svg is a symbolic link: not writing through it\); the verdict is unaffected\.$/)]);
    const folder = await harness.run({ workspace: ws, eventName: 'push', payload: { ref: 'refs/heads/main' }, inputs: { 'badge-json-path': 'linked/badge.json' } });
    expect(existsSync(join(outside, 'badge.json'))).toBe(false);
    expect(folder.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringContaining('outside the workspace (a symbolic link?): not writing there')]);
  });
});

describe('a crafted report for from-report', () => {
  function workflowRun(pullNumbers: number[] = []): unknown {
    // Entries as GitHub lists them: this repository's pull requests, whose head is the run's commit.
    const repo = { id: 1, url: 'https://api.github.com/repos/octo-org/models', name: 'models' };
    const entry = (n: number) => ({ number: n, head: { sha: HEAD, repo }, base: { sha: BASE, repo } });
    return { action: 'completed', workflow_run: { id: 1, head_sha: HEAD, event: 'pull_request', pull_requests: pullNumbers.map(entry) }, repository: { id: 1, name: 'models', owner: { login: 'octo-org' } } };
  }
  const report = (files: unknown[], github: Record<string, unknown> = {}) => ({ version: 1, files, summary: { files: files.length, outputs: 0, passed: 0, failed: 0, errors: 0, warnings: 0, minRf: null }, github: { repository: 'fork/models', event: 'pull_request', ...github } });
  const file = (path: string, name = 'm') => ({ path, format: 'native', name, diagnostics: [], outputs: [] });

  it('is refused when it names a file outside the repository', async () => {
    const ws = hostileWorkspace();
    writeFileSync(join(ws, 'r.json'), JSON.stringify(report([file('models/ok.rf.yaml'), file('../../../octo-org/other/blob/main/README.md')])));
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload: workflowRun([PR]), inputs: { 'from-report': 'r.json' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'from-report': the report names a file outside the repository (\"../../../octo-org/other/blob/main/README.md\")");
    expect(harness.fake.requests).toEqual([]);
  });

  it('is refused when it violates the schema, in one line, without a stack trace', async () => {
    const ws = hostileWorkspace();
    writeFileSync(join(ws, 'r.json'), JSON.stringify({ ...report([file('m.rf.yaml')]), summary: { files: '1; rm -rf /' } }));
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload: workflowRun([PR]), inputs: { 'from-report': 'r.json' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input 'from-report': .*r\.json is not an rflint report: \/summary/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('comments on no other pull request than the one the trusted event names (a push names none)', async () => {
    const ws = hostileWorkspace();
    writeFileSync(join(ws, 'r.json'), JSON.stringify(report([file('m.rf.yaml')], { pullRequest: 1234, headSha: HEAD })));
    const onPush = await harness.run({ workspace: ws, eventName: 'push', payload: { ref: 'refs/heads/main' }, inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(onPush.code).toBe(0);
    expect(onPush.annotations.map((a) => a.message)).toContain('The report names pull request #1234, but only a pull_request or workflow_run event can confirm it: not commenting.');
    expect(harness.fake.requests).toEqual([]);
    // On workflow_run, the payload's number wins over the report's.
    const onRun = await harness.run({ workspace: ws, eventName: 'workflow_run', payload: workflowRun([PR]), inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(onRun.code).toBe(0);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(harness.fake.commentsOn(1234)).toHaveLength(0);
  });

  it('with 10 MB of hostile names is rendered inert and within GitHub\'s limits', async () => {
    const ws = hostileWorkspace();
    // A real report of a file whose output name is 10,000 characters of hostile text, copied 330 times.
    const name = `<img src=x onerror=alert(1)>@octo-org/admins #123 \u202E${'N'.repeat(10_000)}`;
    writeFileSync(join(ws, 'long.rf.yaml'), nativeModel().replace(JSON.stringify(ALL), JSON.stringify(name)));
    const one = await runCheck({ cwd: ws, patterns: ['long.rf.yaml'], explain: true });
    expect(one.files[0]!.outputs.map((o) => o.name)).toContain(name);
    const files = Array.from({ length: 330 }, (_, i) => ({ ...one.files[0]!, path: `models/m${i}.rf.yaml` }));
    const body = { ...one, files, summary: { ...one.summary, files: 330, outputs: 660, failed: 660 } };
    writeFileSync(join(ws, 'r.json'), JSON.stringify(body));
    expect(readFileSync(join(ws, 'r.json')).length).toBeGreaterThan(10_000_000);
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload: workflowRun([PR]), inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(run.stdout).not.toMatch(/^::error::Input/m);
    expect(run.code).toBe(1);
    const comment = harness.fake.commentsOn(PR)[0]!.body;
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('Truncated to fit');
    expect(comment).not.toMatch(/<img|@octo-org|#123|N{300}/);
    expect(comment).not.toMatch(BIDI_CONTROLS);
    expect(run.summary.length).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).not.toMatch(/<img|N{300}/);
  });
});
