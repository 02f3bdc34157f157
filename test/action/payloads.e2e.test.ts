/**
 * The built action on GitHub's own event payloads (@octokit/webhooks-examples), moved into the
 * test's repository by support/payloads.ts, with the runner's GITHUB_SHA and GITHUB_REF for each
 * event as docs.github.com gives them; every request checked against the REST description by the
 * harness. Derived payloads (a fork's pull request, the fork pattern's workflow run) add no
 * violation of GitHub's webhook schemas to the example they come from.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFork, newViolations, type Payload, rewritePayload, runnerEnvironment, webhookExample } from '../support/payloads.js';
import { actionHarness, type HarnessRun, writeWorkspace } from './run-action.js';

const REPOSITORY = 'octo-org/models';
const REPOSITORY_ID = 1296269;
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
/** The test merge commit GitHub makes for a pull_request run (GITHUB_SHA). */
const MERGE = 'c'.repeat(40);
/** The last commit on the default branch (schedule, workflow_run, workflow_dispatch). */
const TIP = 'd'.repeat(40);
/** The PR number of GitHub's example payloads, kept. */
const PR = 2;
const MARKER = '<!-- rflint:. -->';

/** RF 7 with kernel 3, RF 9 with kernel 5 (docs/design.md §4.1). */
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

const harness = actionHarness();
const ours = (payload: Payload, shas: Record<string, string> = {}) => rewritePayload(payload, { repository: REPOSITORY, repositoryId: REPOSITORY_ID, shas });

/** GitHub's pull_request example of `action`, in our repository, head HEAD and base BASE. */
function pullRequest(action: 'opened' | 'synchronize'): Payload {
  const example = webhookExample('pull_request', action);
  const pr = example.pull_request as { head: { sha: string }; base: { sha: string } };
  return ours(example, { [pr.head.sha]: HEAD, [pr.base.sha]: BASE });
}

/** A run of the action on `eventName` with `payload`, the runner's variables for that event. */
function on(eventName: string, payload: Payload, workspace: string, inputs: Record<string, string> = {}, sha?: string): HarnessRun {
  const env = runnerEnvironment(eventName, payload, sha);
  return { workspace, eventName, payload, inputs, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA, env };
}

const warnings = (run: { annotations: { level: string; message: string }[] }) => run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('GitHub\'s payloads and runner variables', () => {
  it('derived payloads keep to GitHub\'s webhook schemas, and each event gets its documented GITHUB_SHA and GITHUB_REF', () => {
    const example = webhookExample('pull_request', 'synchronize');
    const fork = fromFork(pullRequest('synchronize'));
    expect(newViolations('pull_request', 'synchronize', example, fork)).toEqual([]);
    // The check can fail: a head repository without its id.
    const broken = structuredClone(fork) as { pull_request: { head: { repo: Record<string, unknown> } } };
    delete broken.pull_request.head.repo.id;
    expect(newViolations('pull_request', 'synchronize', example, broken)).toEqual(["webhook-pull-request-synchronize/pull_request/head/repo must have required property 'id'"]);
    expect(runnerEnvironment('pull_request', fork, MERGE)).toMatchObject({ GITHUB_SHA: MERGE, GITHUB_REF: `refs/pull/${PR}/merge`, GITHUB_HEAD_REF: 'changes', GITHUB_BASE_REF: 'master', GITHUB_REPOSITORY: REPOSITORY });
    expect(runnerEnvironment('pull_request_target', fork)).toMatchObject({ GITHUB_SHA: BASE, GITHUB_REF: 'refs/heads/master' });
    const group = webhookExample('merge_group', 'checks_requested') as { merge_group: { head_sha: string; head_ref: string } };
    expect(runnerEnvironment('merge_group', group)).toMatchObject({ GITHUB_SHA: group.merge_group.head_sha, GITHUB_REF: group.merge_group.head_ref });
    expect(runnerEnvironment('push', webhookExample('push', undefined, (p) => p.ref === 'refs/heads/master'))).toMatchObject({ GITHUB_REF: 'refs/heads/master', GITHUB_REF_NAME: 'master' });
    expect(runnerEnvironment('schedule', ours({ schedule: '30 5 * * 1', repository: webhookExample('push').repository! }), TIP)).toMatchObject({ GITHUB_SHA: TIP, GITHUB_REF: 'refs/heads/master' });
  });
});

describe('the action on pull requests, with GitHub\'s payloads', () => {
  it('pull_request opened, then synchronize (same repository): one comment with the delta against the base, then updated', async () => {
    const ws = writeWorkspace({ 'models/det.rf.yaml': model(100) });
    harness.fake.contents.set(`${BASE}:models/det.rf.yaml`, new TextEncoder().encode(model(100, 5)));
    // The pull request changes the model file (the base is read only for the files it changes).
    harness.fake.pullFiles.set(PR, [{ filename: 'models/det.rf.yaml', status: 'modified' }]);
    const opened = await harness.run(on('pull_request', pullRequest('opened'), ws, {}, MERGE));
    expect(opened.code).toBe(1);
    const comments = harness.fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toMatch(/\| head \| 7 × 7 \|.*\| −2 × −2 \|/);
    // Links point at the PR's head, not at GITHUB_SHA (the test merge commit).
    expect(comments[0]!.body).toContain(`https://github.com/${REPOSITORY}/blob/${HEAD}/models/det.rf.yaml`);
    expect(comments[0]!.body).not.toContain(MERGE);
    expect(JSON.parse(readFileSync(opened.outputs.report!, 'utf8')).github).toEqual({ repository: REPOSITORY, event: 'pull_request', pullRequest: PR, headSha: HEAD, baseSha: BASE });

    const synchronize = await harness.run(on('pull_request', pullRequest('synchronize'), ws, {}, MERGE));
    expect(synchronize.code).toBe(1);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(harness.fake.requestsTo('PATCH', new RegExp(`/issues/comments/${comments[0]!.id}$`))).toHaveLength(1);
  });

  it('pull_request synchronize from a fork: the read-only token\'s 403 is one warning, the verdict and summary stand', async () => {
    harness.fake.forbidCommentWrites = true;
    const run = await harness.run(on('pull_request', fromFork(pullRequest('synchronize')), writeWorkspace({ 'models/det.rf.yaml': model(100) }), {}, MERGE));
    expect(run.code).toBe(1);
    expect(warnings(run)).toEqual([expect.stringContaining('read-only (HTTP 403)')]);
    expect(run.summary).toContain('❌ 1 of 1 output failed');
    expect(harness.fake.commentsOn(PR)).toEqual([]);
  });

  it('pull_request_target from a fork: the verdict and the summary of the checked-out files', async () => {
    // checkout's default on pull_request_target is GITHUB_SHA, the base branch: the workspace is the base.
    const run = await harness.run(on('pull_request_target', fromFork(pullRequest('opened')), writeWorkspace({ 'models/det.rf.yaml': model(100) })));
    expect(run.code).toBe(1);
    expect(run.summary).toContain('❌ 1 of 1 output failed');
  });

  // The workspace is the base (checkout's default on this event): the base's results must never be
  // presented under links to the head (the action then does not comment at all).
  it('pull_request_target: the comment never shows the base\'s RF under links to the head', async () => {
    harness.fake.contents.set(`${BASE}:models/det.rf.yaml`, new TextEncoder().encode(model(100, 5)));
    harness.fake.contents.set(`${HEAD}:models/det.rf.yaml`, new TextEncoder().encode(model(100)));
    const payload = fromFork(pullRequest('opened'));
    const run = await harness.run(on('pull_request_target', payload, writeWorkspace({ 'models/det.rf.yaml': model(100, 5) }), { comment: 'always' }));
    // The workspace is the base: no comment at all (it would present the base's RF as the PR's),
    // and the summary says what was checked.
    expect(harness.fake.commentsOn(PR)).toEqual([]);
    expect(run.summary).toContain('This run checked the base branch');
    expect(run.summary).not.toContain(`/blob/${HEAD}/`);
  });
});

describe('the action on other events, with GitHub\'s payloads', () => {
  const failing = () => writeWorkspace({ 'models/det.rf.yaml': model(100) });

  it('push (a branch created): the summary links the pushed commit; no API request', async () => {
    const example = webhookExample('push', undefined, (p) => p.ref === 'refs/heads/master' && p.created === true);
    const run = await harness.run(on('push', ours(example, { [String(example.after)]: HEAD }), failing()));
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`/blob/${HEAD}/models/det.rf.yaml`);
    expect(harness.fake.requests).toEqual([]);
  });

  it('merge_group: the merge group\'s commit is checked and linked; no API request', async () => {
    const payload = ours(webhookExample('merge_group', 'checks_requested'));
    const run = await harness.run(on('merge_group', payload, failing()));
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`/blob/${(payload.merge_group as { head_sha: string }).head_sha}/models/det.rf.yaml`);
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).github).toEqual({ repository: REPOSITORY, event: 'merge_group' });
    expect(harness.fake.requests).toEqual([]);
  });

  it('workflow_dispatch and schedule: the default branch\'s commit; no API request', async () => {
    const dispatch = await harness.run(on('workflow_dispatch', ours(webhookExample('workflow_dispatch')), failing(), {}, TIP));
    expect(dispatch.code).toBe(1);
    expect(dispatch.summary).toContain(`/blob/${TIP}/models/det.rf.yaml`);
    // No webhook: the payload of a scheduled run carries the cron line (github.event.schedule).
    const schedule = await harness.run(on('schedule', ours({ schedule: '30 5 * * 1', repository: webhookExample('push').repository! }), failing(), {}, TIP));
    expect(schedule.code).toBe(1);
    expect(schedule.outputs.failed).toBe('1');
    expect(harness.fake.requests).toEqual([]);
  });
});

describe('the fork pattern, with GitHub\'s workflow_run payload', () => {
  /** The example run, made the run of a fork's pull_request workflow: GitHub lists no PR for a fork. */
  function forkRun(head: Record<string, unknown>): Payload {
    const example = webhookExample('workflow_run', 'completed', (p) => (p.workflow_run as { pull_requests: unknown[] }).pull_requests.length === 0);
    const payload = ours(example);
    Object.assign(payload.workflow_run as object, { event: 'pull_request', head_sha: HEAD, head_branch: 'changes', head_repository: head, conclusion: 'failure', pull_requests: [] });
    expect(newViolations('workflow_run', 'completed', example, payload)).toEqual([]);
    return payload;
  }

  it('the untrusted run writes the report; the trusted workflow_run run posts it on the PR it checked', async () => {
    harness.fake.forbidCommentWrites = true;
    const forked = fromFork(pullRequest('synchronize'));
    const checked = await harness.run(on('pull_request', forked, writeWorkspace({ 'models/det.rf.yaml': model(100) }), { comment: 'never' }, MERGE));
    expect(checked.code).toBe(1);
    harness.fake.forbidCommentWrites = false;
    harness.fake.requests.length = 0;

    const trusted = writeWorkspace({});
    copyFileSync(checked.outputs.report!, join(trusted, 'rflint-report.json'));
    harness.fake.pulls.set(PR, { number: PR, head: { sha: HEAD }, base: { sha: BASE } });
    const payload = forkRun((forked.pull_request as { head: { repo: Record<string, unknown> } }).head.repo);
    const run = await harness.run(on('workflow_run', payload, trusted, { 'from-report': 'rflint-report.json', 'fail-on': 'never' }, TIP));
    expect(run.code).toBe(0);
    expect(harness.fake.requestsTo('GET', new RegExp(`/pulls/${PR}$`))).toHaveLength(1);
    const comments = harness.fake.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`/blob/${HEAD}/models/det.rf.yaml`);
  });

  // A pull_requests[] entry is trusted only when its base is this repository and its head is the
  // run's head_sha. GitHub's own example lists Codertocat/Hello-World's #2, head ec26c3e, in a run of
  // another repository at 3484a3f: rflint must not comment on this repository's #2.
  it("workflow_run listing another repository's pull request: no comment on this repository's issue of that number", async () => {
    const example = webhookExample('workflow_run', 'completed', (p) => (p.workflow_run as { pull_requests: unknown[] }).pull_requests.length > 0);
    const payload = ours(example);
    const report = { version: 1, files: [], summary: { files: 0, outputs: 0, passed: 0, failed: 0, errors: 0, warnings: 0, minRf: null }, github: { repository: REPOSITORY, event: 'pull_request', pullRequest: PR } };
    harness.fake.pulls.set(PR, { number: PR, head: { sha: 'e'.repeat(40) }, base: { sha: BASE } });
    const run = await harness.run(on('workflow_run', payload, writeWorkspace({ 'r.json': JSON.stringify(report) }), { 'from-report': 'r.json', comment: 'always' }, TIP));
    expect(run.code).toBe(0);
    expect(harness.fake.commentsOn(PR)).toEqual([]);
  });
});
