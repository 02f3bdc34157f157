/**
 * The base compare's API budget (issue 19), against the built action and the REST fake: only the
 * files a pull request changes are read at the base (through the PR's file list, or with git when
 * the history is checked out, with no request at all), and the deltas, the verdict and the base's
 * results are those of reading every file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionHarness, type ActionRun, type HarnessRun, pullRequestPayload, writeWorkspace } from './run-action.js';

const PR = 21;

/** RF 2·k + 1 − 2 + … : kernel 3 then 3 gives RF 7; kernel 5 then 3 gives 9 (stride 2, docs/design.md §4.1). */
function model(minRf: number, kernel = 3, name = 'head'): string {
  return `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: ${kernel}, stride: 2, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: ${name}, layer: c2, min_rf: ${minRf} }
`;
}

/** A model unlike model()'s text, so git never takes it for a rename of one of them. */
const FRESH = `rflint: 1
name: fresh-detector
input: { size: [128, 128] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - { name: head, op: conv, kernel: 1 }
outputs:
  - { name: head, layer: head, min_rf: 11 }
`;

/** A third text unlike both: the file the head removes. */
const GONE = `rflint: 1
name: audio-tcn
input: { size: [16000] }
layers:
  - { name: d1, op: conv, kernel: 2, dilation: 1, padding: causal }
  - { name: d2, op: conv, kernel: 2, dilation: 2, padding: causal }
  - { name: d4, op: conv, kernel: 2, dilation: 4, padding: causal }
outputs:
  - { name: history, layer: d4 }
`;

const harness = actionHarness();
const encode = (text: string) => new TextEncoder().encode(text);
const contentsRequests = () => harness.fake.requestsTo('GET', /\/contents\//).map((r) => decodeURIComponent(r.path.replace(/^\/repos\/[^/]+\/[^/]+\/contents\//, '')));
const reportOf = (run: ActionRun) => JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
/** What a user sees of a run: exit code, outputs but the report's path, the summary, the annotations. */
const seen = (run: ActionRun) => ({ code: run.code, outputs: { ...run.outputs, report: '' }, summary: run.summary, annotations: run.annotations });

describe('the base of a pull request, through the API', () => {
  const HEAD = 'a'.repeat(40);
  const BASE = 'b'.repeat(40);
  const onPullRequest = (ws: string, inputs: Record<string, string> = {}): HarnessRun => ({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(PR, HEAD, BASE), inputs: { comment: 'always', ...inputs } });

  it('a PR that changes 1 file of 5 reads 1 base file, with the comment, summary, verdict and base of reading all 5', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`models/m${i}.rf.yaml`] = model(i === 3 ? 100 : 7);
    const ws = writeWorkspace(files);
    // The base: m2 had kernel 5 (RF 9), the others are as in the head.
    for (const [path, text] of Object.entries(files)) harness.fake.contents.set(`${BASE}:${path}`, encode(path === 'models/m2.rf.yaml' ? model(7, 5) : text));

    // Today's way, as the oracle: every file listed as changed, so every base file is read.
    harness.fake.pullFiles.set(PR, Object.keys(files).map((filename) => ({ filename, status: 'modified' })));
    const everyFile = await harness.run(onPullRequest(ws));
    const everyBody = harness.fake.commentsOn(PR)[0]!.body;
    expect(contentsRequests().sort()).toEqual(Object.keys(files).sort());

    harness.fake.requests.length = 0;
    harness.fake.pullFiles.set(PR, [{ filename: 'models/m2.rf.yaml', status: 'modified' }, { filename: 'README.md', status: 'modified' }]);
    const changedOnly = await harness.run(onPullRequest(ws));
    expect(contentsRequests()).toEqual(['models/m2.rf.yaml']);
    expect(harness.fake.requestsTo('GET', /\/pulls\/21\/files$/)).toHaveLength(1);

    expect(changedOnly.code).toBe(1);
    expect(seen(changedOnly)).toEqual(seen(everyFile));
    expect(harness.fake.commentsOn(PR)[0]!.body).toBe(everyBody);
    expect(reportOf(changedOnly).base).toEqual(reportOf(everyFile).base);
    // The one delta: m2's RF 9 → 7; the others unchanged.
    expect(everyBody.match(/\| −2 × −2 \|/g)).toHaveLength(1);
    expect(changedOnly.stdout).toContain(`Base bbbbbbb read through the API: 1 changed file checked at the base, 4 unchanged.`);
  });

  it('with changed-only the file list is asked for once, for both the selection and the base', async () => {
    const ws = writeWorkspace({ 'models/changed.rf.yaml': model(7), 'models/other.rf.yaml': model(7) });
    harness.fake.contents.set(`${BASE}:models/changed.rf.yaml`, encode(model(7, 5)));
    harness.fake.pullFiles.set(PR, [{ filename: 'models/changed.rf.yaml', status: 'modified' }]);
    const run = await harness.run(onPullRequest(ws, { 'changed-only': 'true' }));
    expect(run.code).toBe(0);
    expect(harness.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/octo-org/models/pulls/${PR}/files`,
      'GET /repos/octo-org/models/contents/models/changed.rf.yaml',
      `GET /repos/octo-org/models/issues/${PR}/comments`,
      `POST /repos/octo-org/models/issues/${PR}/comments`,
    ]);
    expect(harness.fake.commentsOn(PR)[0]!.body).toMatch(/\| −2 × −2 \|/);
  });

  it('renamed, added and removed files: a rename is compared with its old name, an added file is new, a removed one is gone', async () => {
    const ws = writeWorkspace({ 'models/renamed.rf.yaml': model(7), 'models/added.rf.yaml': model(7), 'models/same.rf.yaml': model(7) });
    harness.fake.contents.set(`${BASE}:models/old.rf.yaml`, encode(model(7, 5)));
    harness.fake.contents.set(`${BASE}:models/gone.rf.yaml`, encode(model(7)));
    harness.fake.contents.set(`${BASE}:models/same.rf.yaml`, encode(model(7)));
    harness.fake.pullFiles.set(PR, [
      { filename: 'models/renamed.rf.yaml', status: 'renamed', previous_filename: 'models/old.rf.yaml' },
      { filename: 'models/added.rf.yaml', status: 'added' },
      { filename: 'models/gone.rf.yaml', status: 'removed' },
    ]);
    const run = await harness.run(onPullRequest(ws));
    expect(run.code).toBe(0);
    expect(contentsRequests().sort()).toEqual(['models/added.rf.yaml', 'models/old.rf.yaml']);
    const base = reportOf(run).base;
    expect(base.files.map((f: { path: string }) => f.path)).toEqual(['models/renamed.rf.yaml', 'models/same.rf.yaml']);
    const body = harness.fake.commentsOn(PR)[0]!.body;
    // The first output row after the file's heading.
    const row = (file: string) => body.slice(body.indexOf(file)).split('\n').find((l) => l.startsWith('| head |'));
    expect(row('models/renamed.rf.yaml')).toMatch(/\| −2 × −2 \|$/);
    expect(row('models/added.rf.yaml')).toMatch(/\| new \|$/);
    expect(row('models/same.rf.yaml')).not.toMatch(/new|−|\+/);
    expect(body).not.toContain('gone.rf.yaml');
  });
});

describe('the base from git, when the history is checked out', () => {
  /** A repository whose base commit has old, gone, same and changed; the head renames, removes, adds and changes. */
  function repository(): { repo: string; base: string; head: string } {
    const repo = join(writeWorkspace({}, 'rflint-git-'), 'models-repo');
    mkdirSync(join(repo, 'models'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'models/old.rf.yaml'), model(7, 5, 'renamed-out'));
    writeFileSync(join(repo, 'models/gone.rf.yaml'), GONE);
    writeFileSync(join(repo, 'models/same.rf.yaml'), model(7));
    writeFileSync(join(repo, 'models/changed.rf.yaml'), model(100, 5));
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'swap');
    renameSync(join(repo, 'models/old.rf.yaml'), join(repo, 'models/renamed.rf.yaml'));
    writeFileSync(join(repo, 'models/renamed.rf.yaml'), model(7, 3, 'renamed-out'));
    rmSync(join(repo, 'models/gone.rf.yaml'));
    writeFileSync(join(repo, 'models/added.rf.yaml'), FRESH);
    writeFileSync(join(repo, 'models/changed.rf.yaml'), model(100));
    git('add', '-A');
    git('commit', '-qm', 'head');
    return { repo, base, head: git('rev-parse', 'HEAD') };
  }

  it('makes no request but the comment\'s, and gives the comment, summary and base that the API gives', async () => {
    const { repo, base, head } = repository();
    const run = await harness.run({ workspace: repo, eventName: 'pull_request', payload: pullRequestPayload(PR, head, base, 4), sha: head, inputs: { comment: 'always' } });
    expect(run.code).toBe(1);
    expect(harness.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/octo-org/models/issues/${PR}/comments`, `POST /repos/octo-org/models/issues/${PR}/comments`]);
    expect(run.stdout).toContain(`Base ${base.slice(0, 7)} read from git (the history is checked out): 2 changed files checked at the base, 1 unchanged.`);
    const fromGit = harness.fake.commentsOn(PR)[0]!.body;
    expect(fromGit.match(/\| −2 × −2 \|/g)).toHaveLength(2); // renamed (old name, kernel 5) and changed

    // The same PR through the API: a clone of depth 1 (checkout's default) has no base commit.
    const shallow = join(tmpdir(), `rflint-shallow-${process.pid}-${Date.now()}`);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'swap', `file://${repo}`, shallow]);
    // A file an earlier step generated: not the PR's, so it is read at the base too (and is new there).
    writeFileSync(join(shallow, 'models/generated.rf.yaml'), model(7));
    writeFileSync(join(repo, 'models/generated.rf.yaml'), model(7));
    for (const path of ['models/old.rf.yaml', 'models/gone.rf.yaml', 'models/same.rf.yaml', 'models/changed.rf.yaml']) {
      harness.fake.contents.set(`${base}:${path}`, new Uint8Array(execFileSync('git', ['show', `${base}:${path}`], { cwd: repo })));
    }
    harness.fake.pullFiles.set(PR, [
      { filename: 'models/added.rf.yaml', status: 'added' },
      { filename: 'models/changed.rf.yaml', status: 'modified' },
      { filename: 'models/gone.rf.yaml', status: 'removed' },
      { filename: 'models/renamed.rf.yaml', status: 'renamed', previous_filename: 'models/old.rf.yaml' },
    ]);
    const viaApi = await harness.run({ workspace: shallow, eventName: 'pull_request', payload: pullRequestPayload(PR, head, base, 4), sha: head, inputs: { comment: 'always' } });
    expect(contentsRequests().sort()).toEqual(['models/added.rf.yaml', 'models/changed.rf.yaml', 'models/generated.rf.yaml', 'models/old.rf.yaml']);
    harness.fake.requests.length = 0;
    const viaGit = await harness.run({ workspace: repo, eventName: 'pull_request', payload: pullRequestPayload(PR, head, base, 4), sha: head, inputs: { comment: 'always' } });
    expect(harness.fake.requests.filter((r) => !r.path.includes('/comments'))).toEqual([]);
    expect(seen(viaGit)).toEqual(seen(viaApi));
    expect(reportOf(viaGit).base).toEqual(reportOf(viaApi).base);
    const body = harness.fake.commentsOn(PR)[0]!.body;
    const generated = body.slice(body.indexOf('models/generated.rf.yaml'));
    expect(generated.split('\n').find((l) => l.startsWith('| head |'))).toMatch(/\| new \|$/);
  });

  it('needs no token: with the history checked out, the deltas come without any API', async () => {
    const { repo, base, head } = repository();
    const run = await harness.run({ workspace: repo, eventName: 'pull_request', payload: pullRequestPayload(PR, head, base, 4), sha: head, token: '', inputs: { 'github-token': '' } });
    expect(run.code).toBe(1);
    expect(harness.fake.requests).toEqual([]);
    expect(run.summary.match(/\| −2 × −2 \|/g)).toHaveLength(2);
  });
});
