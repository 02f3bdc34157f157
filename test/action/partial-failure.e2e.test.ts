/**
 * Partial failure, each case against the built action and the REST fake: an unreadable file, a
 * loader error, and the GitHub API failing per endpoint (5xx past the retries, 403, 404, 422)
 * never lose the other files' results nor the verdict, and the exit code is still the verdict's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionHarness, type ActionRun, type HarnessRun, pullRequestPayload, writeWorkspace } from './run-action.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 11;

/** RF 7 (docs/design.md §4.1): passes min_rf 7, fails min_rf 100. */
function model(minRf: number, kernel = 3): string {
  return `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: ${kernel}, stride: 2, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: head, layer: c2, min_rf: ${minRf} }
`;
}

const workspace = (files: Record<string, string>): string => writeWorkspace(files, 'rflint-partial-');

const harness = actionHarness();

function onPullRequest(ws: string, inputs: Record<string, string> = {}): HarnessRun {
  return { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(PR, HEAD, BASE), inputs };
}

const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
/** The verdict line of a failing run (core.setFailed). */
const VERDICT_FAIL = /^::error::rflint: 1 output failed its threshold; see the annotations and the job summary\.$/m;

/** A failing and a passing model: the verdict is "fail", and both results must survive. */
const twoModels = () => workspace({ 'models/fails.rf.yaml': model(100), 'models/passes.rf.yaml': model(7) });

function expectBothResults(run: ActionRun): void {
  expect(run.outputs).toMatchObject({ passed: '1', failed: '1' });
  expect(run.summary).toContain('models/fails.rf.yaml');
  expect(run.summary).toContain('models/passes.rf.yaml');
  const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
  expect(report.files.map((f: { path: string }) => f.path)).toEqual(['models/fails.rf.yaml', 'models/passes.rf.yaml']);
}

describe('files that cannot be read or loaded', () => {
  it('an unreadable file (a FIFO, a dangling link) and a loader error are errors of their own; the other files keep their results', async () => {
    const ws = workspace({ 'models/fails.rf.yaml': model(100), 'models/passes.rf.yaml': model(7), 'models/broken.rf.yaml': 'rflint: 1\nlayers:\n  - { name: a, op: conv, kernel: 0 }\n' });
    execFileSync('mkfifo', [join(ws, 'models', 'pipe.onnx')]);
    symlinkSync(join(ws, 'models', 'gone.onnx'), join(ws, 'models', 'dangling.onnx'));
    const run = await harness.run(onPullRequest(ws, { files: 'models/pipe.onnx\nmodels/dangling.onnx\nmodels/*.rf.yaml' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '1' });
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(3);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    const byPath = Object.fromEntries(report.files.map((f: { path: string; diagnostics: { code: string }[]; outputs: { status: string }[] }) => [f.path, [f.diagnostics.map((d) => d.code)[0] ?? '', f.outputs.map((o) => o.status).join()]]));
    expect(byPath, JSON.stringify(byPath)).toMatchObject({
      'models/pipe.onnx': ['RF504', ''],
      'models/passes.rf.yaml': ['', 'pass'],
      'models/fails.rf.yaml': ['', 'fail'],
    });
    expect(byPath['models/broken.rf.yaml']![0]).toMatch(/^RF\d{3}$/);
    // A link to nothing is a path that does not exist, reported for the run.
    expect(report.diagnostics.map((d: { code: string; message: string }) => `${d.code} ${d.message}`)).toEqual(['RF502 models/dangling.onnx: no such file or folder']);
    expect(run.stdout).toMatch(/^::error::rflint: 1 output failed its threshold, \d+ errors; see the annotations and the job summary\.$/m);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
  });
});

describe('the GitHub API failing', () => {
  it('5xx on the comment past the retries: a warning; verdict, summary and outputs intact', async () => {
    harness.fake.fault('comments.create', 502);
    const run = await harness.run(onPullRequest(twoModels()));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(VERDICT_FAIL);
    expectBothResults(run);
    // Retried (the retry plugin's 3 retries), then given up.
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(4);
    expect(warnings(run)).toEqual([expect.stringMatching(/^rflint could not post the pull request comment \(.*\); the verdict, the annotations and the job summary are unaffected\.$/)]);
  });

  it('a passing run stays green when the API is down', async () => {
    harness.fake.fault('comments.list', 503);
    harness.fake.fault('repos.getContent', 500);
    const run = await harness.run(onPullRequest(workspace({ 'models/passes.rf.yaml': model(7) }), { comment: 'always' }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    expect(run.summary).toContain('✅ 1 of 1 output passed');
    expect(warnings(run)).toHaveLength(1);
  });

  it('403 on listing the comments: the fork warning, once; the verdict stands', async () => {
    harness.fake.fault('comments.list', 403);
    const run = await harness.run(onPullRequest(twoModels()));
    expect(run.code).toBe(1);
    expectBothResults(run);
    expect(warnings(run)).toEqual([expect.stringContaining('read-only (HTTP 403)')]);
    // A 403 is not retried.
    expect(harness.fake.requestsTo('GET', /\/comments$/)).toHaveLength(1);
  });

  it('404 on the base contents: the file is new in the PR, the comment says so', async () => {
    harness.fake.pullFiles.set(PR, [{ filename: 'models/fails.rf.yaml', status: 'added' }, { filename: 'models/passes.rf.yaml', status: 'added' }]);
    harness.fake.fault('repos.getContent', 404);
    const run = await harness.run(onPullRequest(twoModels(), { comment: 'always' }));
    expect(run.code).toBe(1);
    expectBothResults(run);
    expect(harness.fake.requestsTo('GET', /\/contents\//)).toHaveLength(2);
    expect(warnings(run)).toEqual([]);
    expect(run.stdout).toContain('No RF deltas against the base: none of the checked files exists at the base.');
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
  });

  it('5xx on the base contents past the retries: no deltas, the rest of the report as usual', async () => {
    harness.fake.pullFiles.set(PR, [{ filename: 'models/fails.rf.yaml', status: 'modified' }]);
    harness.fake.contents.set(`${BASE}:models/fails.rf.yaml`, new TextEncoder().encode(model(100, 5)));
    harness.fake.fault('repos.getContent', 500);
    const run = await harness.run(onPullRequest(twoModels(), { comment: 'always' }));
    expect(run.code).toBe(1);
    expectBothResults(run);
    expect(run.stdout).toContain('No RF deltas against the base: HTTP 500 from the contents API (Server Error).');
    const body = harness.fake.commentsOn(PR)[0]!.body;
    expect(body).not.toContain('Δ RF vs base');
    expect(body).toContain('❌ 1 of 2 outputs failed');
  });

  it('422 on the comment (GitHub refuses the body): a warning; the verdict stands', async () => {
    harness.fake.fault('comments.create', 422);
    const run = await harness.run(onPullRequest(twoModels()));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(VERDICT_FAIL);
    expectBothResults(run);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
    expect(warnings(run)).toEqual([expect.stringContaining('Validation Failed')]);
  });

  it('changed-only with the files API down: every file is checked instead, and the report says why', async () => {
    harness.fake.fault('pulls.listFiles', 503);
    const run = await harness.run(onPullRequest(twoModels(), { 'changed-only': 'true' }));
    expect(run.code).toBe(1);
    expectBothResults(run);
    expect(warnings(run)).toEqual([expect.stringMatching(/^changed-only: cannot list the pull request's files \(.*\); checking every model file instead\.$/)]);
    expect(run.summary).toContain("The pull request's files could not be listed (HTTP 503 from the GitHub API): every model file was checked.");
  });

  it('from-report when the pull request cannot be verified: no comment, the summary and the verdict still come', async () => {
    const ws = twoModels();
    const first = await harness.run({ ...onPullRequest(ws), inputs: { comment: 'never' } });
    writeFileSync(join(ws, 'r.json'), readFileSync(first.outputs.report!));
    harness.fake.fault('pulls.get', 500);
    const payload = { action: 'completed', workflow_run: { id: 1, head_sha: HEAD, event: 'pull_request', pull_requests: [] }, repository: { name: 'models', owner: { login: 'octo-org' } } };
    const run = await harness.run({ workspace: ws, eventName: 'workflow_run', payload, inputs: { 'from-report': 'r.json' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '1' });
    expect(run.summary).toContain('models/passes.rf.yaml');
    expect(warnings(run)).toEqual([expect.stringMatching(new RegExp(`^The report names pull request #${PR}, which could not be checked \\(.*\\): not commenting\\.$`))]);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toEqual([]);
  });
});
