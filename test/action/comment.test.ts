import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentIntent, commentMarker, upsertComment } from '../../src/action/comment.js';
import { createApi, type GitHubApi } from '../../src/action/github.js';
import type { Report } from '../../src/check/report.js';
import { GitHubFake } from '../support/github-fake.js';

function report(failed: number, errors: number, warnings: number, rf = 7): Report {
  const output = { name: 'head', rf: [rf], rfMin: [rf], stride: [1], start: [0], center: [0], global: false, aligned: true, outputSize: null, coverage: null, thresholds: {}, status: 'unchecked' as const };
  return { version: 1, files: [{ path: 'm.rf.yaml', format: 'native', name: 'm', diagnostics: [], outputs: [output] }], summary: { files: 1, outputs: 1, passed: 0, failed, errors, warnings, minRf: rf } };
}

describe('commentIntent', () => {
  it.each([
    ['changes', report(1, 0, 0), undefined, true, 'upsert'],
    ['changes', report(0, 1, 0), undefined, true, 'upsert'],
    ['changes', report(0, 0, 1), undefined, false, 'upsert'],
    ['changes', report(0, 0, 0, 9), report(0, 0, 0, 7), false, 'upsert'],
    ['changes', report(0, 0, 0), report(0, 0, 0), false, 'update-only'],
    ['on-failure', report(1, 0, 0), undefined, true, 'upsert'],
    ['on-failure', report(0, 0, 3), undefined, false, 'update-only'],
    ['always', report(0, 0, 0), undefined, false, 'upsert'],
    ['never', report(1, 1, 1), undefined, true, 'none'],
  ] as const)('%s with %o → %s', (mode, r, base, fails, intent) => {
    expect(commentIntent(mode, r, base, fails)).toBe(intent);
  });
});

describe('commentMarker', () => {
  it('names the working directory and cannot be closed early', () => {
    expect(commentMarker('.')).toBe('<!-- rflint:. -->');
    expect(commentMarker('models/a')).toBe('<!-- rflint:models/a -->');
    expect(commentMarker('x-->y')).toBe('<!-- rflint:x-y -->');
  });
});

describe('upsertComment against the REST fake', () => {
  let fake: GitHubFake;
  let api: GitHubApi;
  const target = { owner: 'o', repo: 'r', issueNumber: 5 };
  const marker = '<!-- rflint:. -->';
  beforeEach(async () => {
    fake = await new GitHubFake().start();
    api = createApi('t', { baseUrl: fake.url, retryBaseMs: 1 });
  });
  afterEach(async () => {
    await fake.stop();
    // Every request, and every answer of the fake, as api.github.com's OpenAPI description allows (support/openapi.ts).
    expect(fake.violations).toEqual([]);
  });

  it('creates, then updates in place', async () => {
    expect(await upsertComment(api, target, marker, `${marker}\none`, 'upsert')).toMatchObject({ action: 'created' });
    expect(await upsertComment(api, target, marker, `${marker}\ntwo`, 'upsert')).toMatchObject({ action: 'updated' });
    expect(fake.commentsOn(5).map((c) => c.body)).toEqual([`${marker}\ntwo`]);
  });

  it('update-only leaves a PR without our comment alone, and updates one that exists', async () => {
    expect(await upsertComment(api, target, marker, `${marker}\nx`, 'update-only')).toEqual({ action: 'skipped' });
    expect(fake.commentsOn(5)).toEqual([]);
    fake.seedComments(5, 1, () => `${marker}\nold`, 'github-actions[bot]');
    expect(await upsertComment(api, target, marker, `${marker}\nnew`, 'update-only')).toMatchObject({ action: 'updated' });
    expect(fake.commentsOn(5)[0]!.body).toBe(`${marker}\nnew`);
  });

  it("ignores another directory's comment and a comment that merely quotes the marker", async () => {
    fake.seedComments(5, 1, () => '<!-- rflint:other -->\nx');
    fake.seedComments(5, 1, () => `see the bot's ${marker} comment`);
    await upsertComment(api, target, marker, `${marker}\nmine`, 'upsert');
    expect(fake.commentsOn(5).map((c) => c.body)).toEqual(['<!-- rflint:other -->\nx', `see the bot's ${marker} comment`, `${marker}\nmine`]);
  });

  it('never edits a comment by someone else that starts with the marker; with a personal token, its user\'s comment is ours', async () => {
    fake.seedComments(5, 1, () => `${marker}\ncopied by a reviewer`);
    expect(await upsertComment(api, target, marker, `${marker}\nmine`, 'upsert')).toMatchObject({ action: 'created' });
    expect(fake.commentsOn(5).map((c) => [c.user.login, c.body])).toEqual([
      ['reviewer', `${marker}\ncopied by a reviewer`],
      ['github-actions[bot]', `${marker}\nmine`],
    ]);
    // An installation token cannot call GET /user: asked once, then only the bot counts.
    expect(fake.requestsTo('GET', /^\/user$/)).toHaveLength(1);

    const other = await new GitHubFake().start();
    other.tokenUser = 'release-bot';
    other.seedComments(5, 1, () => `${marker}\nold`, 'release-bot');
    const pat = createApi('t', { baseUrl: other.url, retryBaseMs: 1 });
    expect(await upsertComment(pat, target, marker, `${marker}\nnew`, 'upsert')).toMatchObject({ action: 'updated' });
    expect(other.commentsOn(5).map((c) => c.body)).toEqual([`${marker}\nnew`]);
    expect(other.violations).toEqual([]);
    await other.stop();
  });

  it('stops listing at the page that holds our comment', async () => {
    fake.seedComments(5, 100);
    fake.seedComments(5, 1, () => `${marker}\nold`, 'github-actions[bot]');
    fake.seedComments(5, 250);
    await upsertComment(api, target, marker, `${marker}\nnew`, 'upsert');
    expect(fake.requestsTo('GET', /comments$/).map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(fake.requestsTo('POST', /comments$/)).toEqual([]);
  });

  it('surfaces a 403 to the caller (which turns it into one warning)', async () => {
    fake.forbidCommentWrites = true;
    await expect(upsertComment(api, target, marker, `${marker}\nx`, 'upsert')).rejects.toMatchObject({ status: 403 });
  });

  it('retries a 502 on listing', async () => {
    fake.failNext(502, (method) => method === 'GET');
    expect(await upsertComment(api, target, marker, `${marker}\nx`, 'upsert')).toMatchObject({ action: 'created' });
    expect(fake.requestsTo('GET', /comments$/)).toHaveLength(2);
  });
});
