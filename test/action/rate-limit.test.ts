/**
 * The REST client's rate-limit handling (github.ts, rate-limit.ts) against the fake on 127.0.0.1
 * with GitHub's own rate-limit answers: what is waited for, what is refused at once, and how many
 * requests each costs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type GitHubApi } from '../../src/action/github.js';
import { RATE_LIMIT_MAX_WAIT_S, rateLimitNotice, rateLimitOf, WaitBudget } from '../../src/action/rate-limit.js';
import { GitHubFake } from '../support/github-fake.js';

let fake: GitHubFake;
let api: GitHubApi;
/** A wait of N s takes N × 10 ms here. */
beforeEach(async () => {
  fake = await new GitHubFake().start();
  api = createApi('t', { baseUrl: fake.url, retryBaseMs: 10 });
});
afterEach(() => fake.stop());

const post = () => api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1, body: 'x' });
const list = () => api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1 });

describe('the client', () => {
  it('refuses a 429 that asks for more than the bound with one request (the retry plugin would send 3 more)', async () => {
    fake.rateLimit('comments.create', { kind: 'secondary', retryAfterS: 120, status: 429 });
    const err = await post().catch((e: unknown) => e);
    expect(rateLimitOf(err)).toEqual({ kind: 'secondary', retryAfter: 120 });
    expect(fake.requests).toHaveLength(1);
  });

  it('waits for a short secondary limit as GitHub asks (retry-after), then succeeds', async () => {
    fake.rateLimit('comments.list', { kind: 'secondary', retryAfterS: 5 }, 1);
    const start = Date.now();
    await list();
    expect(Date.now() - start).toBeGreaterThanOrEqual(50);
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses a spent hourly quota at once and says when it resets', async () => {
    fake.rateLimit('comments.list', { kind: 'primary', resetInS: 3600 });
    const err = await list().catch((e: unknown) => e);
    const hit = rateLimitOf(err);
    expect(hit?.kind).toBe('primary');
    expect(Math.round((hit!.resetAt!.getTime() - Date.now()) / 60_000)).toBe(60);
    expect(fake.requests).toHaveLength(1);
  });

  it('other errors are not rate limits: a fork\'s 403, a 404', async () => {
    fake.forbidCommentWrites = true;
    expect(rateLimitOf(await post().catch((e: unknown) => e))).toBeUndefined();
    fake.fault('comments.list', 404);
    expect(rateLimitOf(await list().catch((e: unknown) => e))).toBeUndefined();
  });
});

describe('the bound', () => {
  it('is 60 s for a whole run, however the waits add up', () => {
    expect(RATE_LIMIT_MAX_WAIT_S).toBe(60);
    const budget = new WaitBudget(RATE_LIMIT_MAX_WAIT_S);
    expect([budget.take(30), budget.take(30), budget.take(1)]).toEqual([true, true, false]);
    expect(new WaitBudget(60).take(3601)).toBe(false);
  });

  it('the notice names what was left out and when the quota returns', () => {
    const now = new Date('2026-12-08T01:00:00Z');
    const notice = rateLimitNotice({ kind: 'primary', resetAt: new Date('2026-12-08T01:59:30Z') }, ['the RF deltas against the base', 'the pull request comment'], 60, now);
    expect(notice).toBe("⚠️ GitHub's API rate limit for this repository's token is spent until 01:59 UTC (in 60 min), and rflint waits at most 60 s for it, so it left out the RF deltas against the base and the pull request comment. The verdict, the annotations, the outputs and the job summary are complete; re-run the job later for the rest.");
  });
});
