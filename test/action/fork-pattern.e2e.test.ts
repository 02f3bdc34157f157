/**
 * The fork pattern and the messages (issue 19), driven by GitHub's own example payloads
 * (@octokit/webhooks-examples): which pull request a workflow_run may comment on, what a 403 on
 * the comment means for a PR of this repository and for one from a fork, and what a run on
 * pull_request_target compares.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PULL_REQUEST_TARGET_WARNING } from '../../src/action/check-workspace.js';
import { FORK_WARNING, PERMISSION_WARNING } from '../../src/action/comment.js';
import { actionHarness, type ActionRun, writeWorkspace } from './run-action.js';

type Payload = Record<string, any>;
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
const example = (event: string, pick: (p: Payload) => boolean): Payload => structuredClone(examples.find((e) => e.name === event)!.examples.find(pick)!);

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
const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('workflow_run: GitHub\'s example run lists a pull request of another repository', () => {
  // octo-org/octo-repo's run, whose pull_requests[] holds Codertocat/Hello-World#2 (head ec26c3e, not the run's 3484a3f).
  const run = () => example('workflow_run', (p) => p.action === 'completed' && p.workflow_run.pull_requests.length > 0);
  const REPO = 'octo-org/octo-repo';

  function trustedWorkspace(pullRequest: number): string {
    const payload = run();
    const report = { version: 1, files: [], summary: { files: 0, outputs: 0, passed: 0, failed: 0, errors: 0, warnings: 0, minRf: null }, github: { repository: REPO, event: 'pull_request', pullRequest, headSha: payload.workflow_run.head_sha } };
    return writeWorkspace({ 'r.json': JSON.stringify(report) });
  }

  it('is not trusted: rflint looks the PR up, and comments on this repository\'s #2 only when its head is the run\'s commit', async () => {
    const payload = run();
    expect(payload.workflow_run.pull_requests[0]).toMatchObject({ number: 2, base: { repo: { url: 'https://api.github.com/repos/Codertocat/Hello-World' } } });
    // This repository's #2 is some other pull request: its head is another commit.
    harness.fake.pulls.set(2, { number: 2, head: { sha: 'c'.repeat(40) }, base: { sha: 'd'.repeat(40) } });
    const other = await harness.run({ workspace: trustedWorkspace(2), eventName: 'workflow_run', payload, repository: REPO, inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(other.code).toBe(0);
    expect(harness.fake.requestsTo('GET', /\/pulls\/2$/)).toHaveLength(1);
    expect(harness.fake.commentsOn(2)).toEqual([]);
    expect(other.stdout).toContain('workflow_run lists pull request #2 of another repository or another head commit: not trusted.');
    expect(warnings(other)).toEqual(['The report names pull request #2, whose head ccccccc is not the commit the workflow run checked (3484a3f): not commenting.']);

    // The same number, now a PR of this repository at the run's commit (a fork's PR, as GitHub lists none for it).
    harness.fake.pulls.set(2, { number: 2, head: { sha: payload.workflow_run.head_sha }, base: { sha: 'd'.repeat(40) } });
    const ours = await harness.run({ workspace: trustedWorkspace(2), eventName: 'workflow_run', payload, repository: REPO, inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(ours.code).toBe(0);
    expect(harness.fake.commentsOn(2)).toHaveLength(1);
  });

  it('an entry of this repository at the run\'s head is trusted without a lookup; one at another head is not', async () => {
    const payload = run();
    const entry = payload.workflow_run.pull_requests[0];
    entry.number = 5;
    entry.base.repo = { id: payload.repository.id, url: `https://api.github.com/repos/${REPO}`, name: 'octo-repo' };
    entry.head.sha = payload.workflow_run.head_sha;
    const trusted = await harness.run({ workspace: trustedWorkspace(9), eventName: 'workflow_run', payload, repository: REPO, inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(trusted.code).toBe(0);
    expect(harness.fake.requestsTo('GET', /\/pulls\//)).toEqual([]);
    expect(harness.fake.commentsOn(5)).toHaveLength(1);

    entry.number = 6;
    entry.head.sha = 'e'.repeat(40);
    const stale = await harness.run({ workspace: trustedWorkspace(6), eventName: 'workflow_run', payload, repository: REPO, inputs: { 'from-report': 'r.json', comment: 'always' } });
    expect(stale.code).toBe(0);
    expect(harness.fake.requestsTo('GET', /\/pulls\/6$/)).toHaveLength(1);
    expect(harness.fake.commentsOn(6)).toEqual([]);
  });
});

describe('a 403 on the comment', () => {
  // GitHub's pull_request.synchronize example: Codertocat/Hello-World#2, head and base in the same repository.
  const sameRepository = () => example('pull_request', (p) => p.action === 'synchronize');
  const REPO = 'Codertocat/Hello-World';

  it('on a PR of this repository names the missing pull-requests: write permission, not forks', async () => {
    harness.fake.forbidCommentWrites = true;
    const payload = sameRepository();
    expect(payload.pull_request.head.repo.full_name).toBe(payload.pull_request.base.repo.full_name);
    const run = await harness.run({ workspace: writeWorkspace({ 'models/det.rf.yaml': model(100) }), eventName: 'pull_request', payload, repository: REPO });
    expect(run.code).toBe(1);
    expect(warnings(run)).toEqual([PERMISSION_WARNING]);
    expect(PERMISSION_WARNING).toContain("'pull-requests: write'");
    expect(PERMISSION_WARNING).not.toMatch(/fork/i);
  });

  it('on a PR from a fork (head repository not the base\'s, per the payload) gets the fork explanation', async () => {
    harness.fake.forbidCommentWrites = true;
    const payload = sameRepository();
    // The example, from a fork: the head's repository is the contributor's copy.
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, id: 4242, full_name: 'contributor/Hello-World', fork: true, owner: { ...payload.pull_request.head.repo.owner, login: 'contributor' } };
    const run = await harness.run({ workspace: writeWorkspace({ 'models/det.rf.yaml': model(100) }), eventName: 'pull_request', payload, repository: REPO });
    expect(run.code).toBe(1);
    expect(warnings(run)).toEqual([FORK_WARNING]);
  });
});

describe('pull_request_target', () => {
  /** A repository with the base commit on main and the PR's head on a branch; the payload names both. */
  function repository(): { repo: string; payload: Payload; base: string; head: string; git: (...args: string[]) => string } {
    const repo = join(writeWorkspace({}, 'rflint-prt-'), 'Hello-World');
    mkdirSync(join(repo, 'models'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'models/det.rf.yaml'), model(7, 5));
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'changes');
    writeFileSync(join(repo, 'models/det.rf.yaml'), model(7));
    git('commit', '-qam', 'head');
    const head = git('rev-parse', 'HEAD');
    const payload = example('pull_request', (p) => p.action === 'synchronize');
    payload.pull_request.head.sha = head;
    payload.pull_request.base.sha = base;
    return { repo, payload, base, head, git };
  }
  const REPO = 'Codertocat/Hello-World';

  it('with checkout\'s default (the base branch): warns once, says it checked the base, compares nothing, links the base commit, does not comment', async () => {
    const { repo, payload, base, git } = repository();
    git('checkout', '-q', 'main');
    const run = await harness.run({ workspace: repo, eventName: 'pull_request_target', payload, repository: REPO, sha: base, inputs: { comment: 'always' } });
    expect(run.code).toBe(0);
    expect(warnings(run)).toEqual([PULL_REQUEST_TARGET_WARNING]);
    expect(run.summary).toContain(`This run checked the base branch (commit \`${base.slice(0, 7)}\`), not the pull request`);
    expect(run.summary).not.toContain('Δ RF vs base');
    expect(run.summary).toContain(`/blob/${base}/models/det.rf.yaml`);
    expect(run.summary).toContain('| head | 9 × 9 |');
    expect(harness.fake.requests).toEqual([]);
  });

  it('with the head checked out: compares it with the base as on pull_request, and still warns', async () => {
    const { repo, payload, base, head } = repository();
    const run = await harness.run({ workspace: repo, eventName: 'pull_request_target', payload, repository: REPO, sha: base, inputs: { comment: 'always' } });
    expect(run.code).toBe(0);
    expect(warnings(run)).toEqual([PULL_REQUEST_TARGET_WARNING]);
    const body = harness.fake.commentsOn(payload.number)[0]!.body;
    expect(body).toMatch(/\| head \| 7 × 7 \|.*\| −2 × −2 \|/);
    expect(body).toContain(`/blob/${head}/models/det.rf.yaml`);
    // The history is there: the base came from git, no contents request.
    expect(harness.fake.requestsTo('GET', /\/contents\//)).toEqual([]);
  });
});
