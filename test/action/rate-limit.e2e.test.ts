/**
 * GitHub's rate limits against the built action and the REST fake, answered with GitHub's own
 * headers and messages (rateLimitAnswer): no run waits longer than the bound (60 s in all) for
 * them; what needs the API is then left out with one notice, and the verdict, the annotations,
 * the outputs and the summary are delivered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionHarness, type ActionRun, type HarnessRun, pullRequestPayload, writeWorkspace } from './run-action.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 31;

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

/**
 * A failing and a passing model, the failing one changed by the PR (its base had kernel 5).
 * Waits are in real seconds (RFLINT_RETRY_BASE_MS=1000): a run that waited for an hourly reset
 * would outlast the test's timeout.
 */
function onPullRequest(env: Record<string, string> = {}): HarnessRun {
  const ws = writeWorkspace({ 'models/fails.rf.yaml': model(100), 'models/passes.rf.yaml': model(7) });
  harness.fake.contents.set(`${BASE}:models/fails.rf.yaml`, new TextEncoder().encode(model(100, 5)));
  harness.fake.pullFiles.set(PR, [{ filename: 'models/fails.rf.yaml', status: 'modified' }]);
  return { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(PR, HEAD, BASE), inputs: { comment: 'always' }, env: { RFLINT_RETRY_BASE_MS: '1000', ...env } };
}

function expectVerdictDelivered(run: ActionRun): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::rflint: 1 output failed its threshold; see the annotations and the job summary\.$/m);
  expect(run.annotations.find((a) => a.level === 'error' && a.properties.file === 'models/fails.rf.yaml')?.message).toContain('RF 7 < min_rf 100');
  expect(run.outputs).toMatchObject({ passed: '1', failed: '1', errors: '0' });
  expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).summary).toMatchObject({ passed: 1, failed: 1 });
  expect(run.summary).toContain('❌ 1 of 2 outputs failed');
}

const timed = async (run: Promise<ActionRun>): Promise<ActionRun & { seconds: number }> => {
  const start = Date.now();
  const result = await run;
  return { ...result, seconds: (Date.now() - start) / 1000 };
};

describe('a primary rate limit (the hourly quota spent, the reset an hour away)', () => {
  it('on the base contents: no wait, the deltas are left out with one notice in the summary and the comment', async () => {
    harness.fake.rateLimit('repos.getContent', { kind: 'primary', resetInS: 3600 });
    const run = await timed(harness.run(onPullRequest()));
    expect(run.seconds).toBeLessThan(20);
    expectVerdictDelivered(run);
    expect(run.stdout).toMatch(/GitHub rate limit on GET .*\/contents\/models\/fails\.rf\.yaml.*: not waiting 3[56]\d\d s \(rflint waits at most 60 s in a run for rate limits\)\./);
    expect(harness.fake.requestsTo('GET', /\/contents\//)).toHaveLength(1);
    const notice = /⚠️ GitHub's API rate limit for this repository's token is spent until \d\d:\d\d UTC \(in 6\d min\), and rflint waits at most 60 s for it, so it left out the RF deltas against the base\./;
    expect(run.summary).toMatch(notice);
    expect(run.summary).not.toContain('Δ RF vs base');
    const body = harness.fake.commentsOn(PR)[0]!.body;
    expect(body).toMatch(notice);
    expect(body).not.toContain('Δ RF vs base');
    expect(warnings(run)).toEqual([expect.stringMatching(/^GitHub's API rate limit .* so it left out the RF deltas against the base\./)]);
  }, 60_000);

  it('on every request: the file list and the comment are refused at once; the summary says both, once', async () => {
    harness.fake.rateLimit('any', { kind: 'primary', resetInS: 3600 });
    const run = await timed(harness.run(onPullRequest()));
    expect(run.seconds).toBeLessThan(20);
    expectVerdictDelivered(run);
    expect(harness.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/octo-org/models/pulls/${PR}/files`, `GET /repos/octo-org/models/issues/${PR}/comments`]);
    expect(harness.fake.commentsOn(PR)).toEqual([]);
    expect(run.summary.match(/⚠️ GitHub's API rate limit/g)).toHaveLength(1);
    expect(run.summary).toContain('so it left out the RF deltas against the base and the pull request comment.');
    expect(warnings(run)).toHaveLength(1);
  }, 60_000);
});

describe('a secondary rate limit', () => {
  it('asking for 120 s on the comment: not waited for; the comment is left out, the summary says so', async () => {
    harness.fake.rateLimit('comments.create', { kind: 'secondary', retryAfterS: 120 });
    const run = await timed(harness.run(onPullRequest()));
    expect(run.seconds).toBeLessThan(20);
    expectVerdictDelivered(run);
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(1);
    expect(run.summary).toContain("⚠️ GitHub's secondary API rate limit was hit (GitHub asked to wait 120 s), and rflint waits at most 60 s for it, so it left out the pull request comment.");
    // The deltas came before the limit: the summary still has them.
    expect(run.summary).toContain('Δ RF vs base');
    expect(warnings(run)).toHaveLength(1);
  }, 60_000);

  it('asking for 2 s (429): waited for, then the comment is posted; with a bound of 1 s it is not', async () => {
    harness.fake.rateLimit('comments.create', { kind: 'secondary', retryAfterS: 2, status: 429 }, 1);
    const run = await timed(harness.run(onPullRequest()));
    expect(run.seconds).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toContain('secondary rate limit on POST');
    expect(run.stdout).toContain('retrying after 2 s.');
    expect(harness.fake.requestsTo('POST', /\/comments$/)).toHaveLength(2);
    expect(harness.fake.commentsOn(PR)).toHaveLength(1);
    expect(warnings(run)).toEqual([]);
    expect(run.summary).not.toContain('rate limit');

    harness.fake.requests.length = 0;
    harness.fake.comments.clear();
    harness.fake.rateLimit('comments.create', { kind: 'secondary', retryAfterS: 2, status: 429 }, 1);
    const bounded = await harness.run(onPullRequest({ RFLINT_RATE_LIMIT_MAX_WAIT_S: '1' }));
    expectVerdictDelivered(bounded);
    expect(harness.fake.commentsOn(PR)).toEqual([]);
    expect(bounded.summary).toContain('rflint waits at most 1 s for it, so it left out the pull request comment.');
  }, 60_000);

  it('the bound is for the whole run: a second 40 s wait is refused after a first', async () => {
    // 40 s waits at 25 ms a second: 1 s of the test's time each.
    harness.fake.rateLimit('any', { kind: 'secondary', retryAfterS: 40 }, 2);
    const run = await harness.run(onPullRequest({ RFLINT_RETRY_BASE_MS: '25' }));
    expectVerdictDelivered(run);
    expect(run.stdout.match(/retrying after 40 s\./g)).toHaveLength(1);
    expect(run.stdout.match(/not waiting 40 s/g)).toHaveLength(1);
    expect(warnings(run)).toHaveLength(1);
  }, 60_000);
});
