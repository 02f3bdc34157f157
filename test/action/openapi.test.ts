/**
 * The REST fake under api.github.com's OpenAPI description (support/openapi.ts): the validator
 * catches what GitHub would refuse or never send, and the fake answers with GitHub's headers.
 * The end-to-end tests rely on both: their harness fails a test that leaves a violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubFake } from '../support/github-fake.js';
import { GitHubOpenApi } from '../support/openapi.js';

const api = GitHubOpenApi.load();
const JSON_ACCEPT = { accept: 'application/vnd.github.v3+json' };
const request = (method: string, path: string, query = '', headers: Record<string, string> = JSON_ACCEPT, body = '') => ({ method, path, query: new URLSearchParams(query), headers, body });
const GITHUB_HEADERS = { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '999', 'x-ratelimit-reset': '1767225600', 'x-ratelimit-used': '1', 'x-ratelimit-resource': 'core', 'content-type': 'application/json; charset=utf-8' };

describe("requests, as api.github.com's description allows them", () => {
  it('accepts the requests the action makes', () => {
    const post = { ...JSON_ACCEPT, 'content-type': 'application/json; charset=utf-8' };
    expect(api.checkRequest(request('GET', '/repos/o/r/issues/7/comments', 'per_page=100&page=2')).violations).toEqual([]);
    expect(api.checkRequest(request('POST', '/repos/o/r/issues/7/comments', '', post, '{"body":"hi"}')).violations).toEqual([]);
    expect(api.checkRequest(request('PATCH', '/repos/o/r/issues/comments/5', '', post, '{"body":"hi"}')).violations).toEqual([]);
    expect(api.checkRequest(request('GET', '/repos/o/r/pulls/7/files', 'per_page=100')).violations).toEqual([]);
    const raw = api.checkRequest(request('GET', '/repos/o/r/contents/models/a%20b.rf.yaml', `ref=${'b'.repeat(40)}`, { accept: 'application/vnd.github.v3.raw' }));
    expect(raw.operation?.id).toBe('repos/get-content');
    expect(raw.violations).toEqual([]);
  });

  it('catches per_page over 100, an unknown query parameter, a wrong path parameter', () => {
    expect(api.checkRequest(request('GET', '/repos/o/r/issues/7/comments', 'per_page=101&sort=created')).violations).toEqual([
      'query parameter per_page must be <= 100',
      'query parameter sort is not a parameter of issues/list-comments',
    ]);
    expect(api.checkRequest(request('GET', '/repos/o/r/pulls/seven')).violations).toEqual(['path parameter pull_number must be integer']);
  });

  it('catches a wrong body: a missing field, a misspelt one, a wrong type, no body at all', () => {
    const post = { ...JSON_ACCEPT, 'content-type': 'application/json; charset=utf-8' };
    expect(api.checkRequest(request('POST', '/repos/o/r/issues/7/comments', '', post, '{"bdy":"hi"}')).violations).toEqual([
      "request body must have required property 'body'",
      "request body property bdy is not in issues/create-comment's schema",
    ]);
    expect(api.checkRequest(request('PATCH', '/repos/o/r/issues/comments/5', '', post, '{"body":42}')).violations).toEqual(['request body/body must be string']);
    expect(api.checkRequest(request('POST', '/repos/o/r/issues/7/comments', '', post)).violations).toEqual(['issues/create-comment requires a request body']);
  });

  it('catches a path or a method GitHub does not have, and a media type the operation does not serve', () => {
    expect(api.checkRequest(request('GET', '/repos/o/r/issue/7/comments')).violations).toEqual(['no operation of api.github.com has the path /repos/o/r/issue/7/comments']);
    expect(api.checkRequest(request('PUT', '/repos/o/r/issues/7/comments')).violations).toEqual(['PUT is not a method of /repos/o/r/issues/7/comments (it has GET, POST)']);
    expect(api.checkRequest(request('GET', '/repos/o/r/issues/7/comments', '', { accept: 'application/vnd.github.v3.diff' })).violations).toEqual([
      expect.stringMatching(/^Accept application\/vnd\.github\.v3\.diff is not a media type issues\/list-comments serves/),
    ]);
  });
});

describe("answers, as api.github.com's description declares them", () => {
  const listComments = api.find('GET', '/repos/o/r/issues/7/comments')!.operation;
  const comment = api.example('issues/create-comment', '201') as Record<string, unknown>;

  it("accepts GitHub's own example, and an error any operation may give", () => {
    expect(api.checkResponse(listComments, 200, GITHUB_HEADERS, Buffer.from(JSON.stringify([comment])))).toEqual([]);
    expect(api.checkResponse(listComments, 403, GITHUB_HEADERS, Buffer.from('{"message":"Resource not accessible by integration"}'))).toEqual([]);
  });

  it('catches a body off the schema, a status the operation never answers, and missing rate-limit headers', () => {
    const { id: _id, ...noId } = comment;
    expect(api.checkResponse(listComments, 200, GITHUB_HEADERS, Buffer.from(JSON.stringify([noId, { ...comment, created_at: 'yesterday' }])))).toEqual([
      "response 200 of issues/list-comments/0 must have required property 'id'",
      'response 200 of issues/list-comments/1/created_at must match format "date-time"',
    ]);
    expect(api.checkResponse(listComments, 422, GITHUB_HEADERS, Buffer.from('{"message":"Validation Failed"}'))).toEqual(['issues/list-comments declares no status 422 (it has 200, 404, 410)']);
    const { 'x-ratelimit-used': _used, ...noUsed } = GITHUB_HEADERS;
    expect(api.checkResponse(listComments, 200, noUsed, Buffer.from('[]'))).toEqual(['response 200 of issues/list-comments: header x-ratelimit-used is undefined, not an integer']);
  });
});

describe('the fake, as GitHub answers', () => {
  let fake: GitHubFake;
  beforeEach(async () => {
    fake = await new GitHubFake().start();
  });
  afterEach(async () => {
    await fake.stop();
  });
  const get = (path: string, accept = 'application/vnd.github+json') => fetch(`${fake.url}${path}`, { headers: { accept } });

  it('paginates by repository id, prev/next/last/first as api.github.com links them, with the rate-limit headers', async () => {
    fake.seedComments(7, 5);
    const first = await get('/repos/octo-org/models/issues/7/comments?per_page=2');
    const byId = `${fake.url}/repositories/1296269/issues/7/comments`;
    expect(first.headers.get('link')).toBe(`<${byId}?per_page=2&page=2>; rel="next", <${byId}?per_page=2&page=3>; rel="last"`);
    const limits = ['limit', 'remaining', 'reset', 'resource', 'used'].map((k) => `x-ratelimit-${k}`);
    expect(Object.fromEntries(limits.map((k) => [k, first.headers.get(k)]))).toEqual({
      'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '999', 'x-ratelimit-reset': String(fake.quota.reset), 'x-ratelimit-resource': 'core', 'x-ratelimit-used': '1',
    });
    const second = await fetch(`${byId}?per_page=2&page=2`, { headers: { accept: 'application/vnd.github+json' } });
    expect(((await second.json()) as { body: string }[]).map((c) => c.body)).toEqual(['a comment from a reviewer, number 2', 'a comment from a reviewer, number 3']);
    expect(second.headers.get('link')).toBe(`<${byId}?per_page=2&page=1>; rel="prev", <${byId}?per_page=2&page=3>; rel="next", <${byId}?per_page=2&page=3>; rel="last", <${byId}?per_page=2&page=1>; rel="first"`);
    expect(second.headers.get('x-ratelimit-remaining')).toBe('998');
    expect(fake.violations).toEqual([]);
  });

  it("refuses a fork's comment with GitHub's 403 body, a secondary limit with retry-after, a spent hour with remaining 0", async () => {
    fake.forbidCommentWrites = true;
    const post = await fetch(`${fake.url}/repos/octo-org/models/issues/7/comments`, { method: 'POST', headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json' }, body: '{"body":"x"}' });
    expect([post.status, ((await post.json()) as { message: string }).message]).toEqual([403, 'Resource not accessible by integration']);
    fake.secondaryRateLimit('comments.list', 60);
    const limited = await get('/repos/octo-org/models/issues/7/comments');
    expect([limited.status, limited.headers.get('retry-after'), ((await limited.json()) as { message: string }).message]).toEqual([403, '60', expect.stringMatching(/^You have exceeded a secondary rate limit/)]);
    fake.quota.used = fake.quota.limit;
    const spent = await get('/repos/octo-org/models/issues/7/comments');
    expect([spent.status, spent.headers.get('x-ratelimit-remaining'), spent.headers.get('retry-after')]).toEqual([403, '0', null]);
    expect(((await spent.json()) as { message: string }).message).toMatch(/^API rate limit exceeded for installation/);
    expect(fake.violations).toEqual([]);
  });

  it('answers as @octokit/fixtures recorded api.github.com: the same Link on every page, the raw type, the rate-limit headers', async () => {
    type Recorded = { path: string; reqheaders?: Record<string, string>; headers: Record<string, string> };
    const recording = (scenario: string) => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@octokit/fixtures/scenarios/api.github.com/${scenario}/normalized-fixture.json`), 'utf8')) as Recorded[];
    // 5 pages of 3 issues there, 5 pages of 3 comments here: the first request by name, the others by the Link's URL.
    fake.seedComments(7, 15);
    const byId = `${fake.url}/repositories/1296269/issues/7/comments`;
    for (const page of recording('paginate-issues')) {
      const query = page.path.split('?')[1]!;
      const answer = await get(page.path.startsWith('/repos/') ? `/repos/octo-org/models/issues/7/comments?${query}` : `/repositories/1296269/issues/7/comments?${query}`);
      expect(answer.headers.get('link')).toBe(page.headers.link!.split('https://api.github.com/repositories/1000/issues').join(byId));
      const limits = Object.keys(page.headers).filter((h) => h.startsWith('x-ratelimit-')).sort();
      expect(limits.filter((h) => answer.headers.get(h) === null)).toEqual([]);
    }
    const raw = recording('get-content').find((r) => r.reqheaders?.accept === 'application/vnd.github.v3.raw')!;
    fake.contents.set(':README.md', new TextEncoder().encode('# hello-world'));
    const answer = await get('/repos/octo-org/models/contents/README.md', raw.reqheaders!.accept!);
    expect([answer.headers.get('content-type'), answer.headers.get('x-github-media-type')]).toEqual([raw.headers['content-type'], raw.headers['x-github-media-type']]);
    expect(fake.violations).toEqual([]);
  });

  it('records a bad request of the client and a bad answer of its own', async () => {
    await get('/repos/octo-org/models/pulls/7/files?per_page=101');
    fake.pulls.set(7, { number: 7, head: { sha: 42 as unknown as string }, base: { sha: 'b'.repeat(40) } });
    await get('/repos/octo-org/models/pulls/7');
    expect(fake.violations).toEqual([
      'GET /repos/octo-org/models/pulls/7/files?per_page=101: query parameter per_page must be <= 100',
      'GET /repos/octo-org/models/pulls/7: response 200 of pulls/get/head/sha must be string',
    ]);
  });
});
