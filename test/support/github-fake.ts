/**
 * A small stateful GitHub REST fake on 127.0.0.1 for the endpoints the action uses: issue
 * comments (list with Link pagination, create, update), a pull request and its files
 * (paginated, capped at 3,000 as GitHub does), and file contents (raw). Hooks inject a 403 on
 * comment writes (a fork's read-only token), one-off failures (a 502) and faults per endpoint
 * (`fault('comments.create', 422)`: every such request fails, with GitHub's own error body);
 * every request is recorded for assertions.
 *
 * GitHub's own description keeps it honest (support/openapi.ts): every request is checked
 * against api.github.com's OpenAPI description and every answer against the operation's
 * response schema, and each mismatch is kept in `violations` (the action harness fails a test
 * that leaves any). Bodies are built on the description's own examples; headers are GitHub's:
 * `Link` pagination by repository id, `x-ratelimit-*` on every answer (GITHUB_TOKEN's 1,000
 * requests an hour), `retry-after` on a secondary rate limit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubOpenApi, type Operation } from './openapi.js';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type?: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  head: { sha: string };
  base: { sha: string };
}

export interface RecordedRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** The endpoints the action calls, by the name of Octokit's method for them. */
export const ENDPOINTS = {
  'comments.list': (method: string, path: string) => method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path),
  'comments.create': (method: string, path: string) => method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path),
  'comments.update': (method: string, path: string) => method === 'PATCH' && /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/.test(path),
  'pulls.get': (method: string, path: string) => method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(path),
  'pulls.listFiles': (method: string, path: string) => method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(path),
  'repos.getContent': (method: string, path: string) => method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/contents\//.test(path),
} as const;
export type Endpoint = keyof typeof ENDPOINTS;

/** GitHub's error bodies, so the client sees what it would see (docs.github.com/rest, "Client errors"). */
function errorBody(status: number): unknown {
  if (status === 403) return { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };
  if (status === 404) return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
  if (status === 422) return { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: 'https://docs.github.com/rest', status: '422' };
  return status >= 500 ? { message: 'Server Error' } : { message: 'Injected failure' };
}

interface Injected {
  status: number;
  remaining: number;
  matches: (method: string, path: string) => boolean;
  /** A whole answer instead of the status's error body (a rate limit's headers and message). */
  answer?: { body: unknown; headers: Record<string, string> };
}

/**
 * "You have exceeded a secondary rate limit" (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * #exceeding-the-rate-limit): 403 or 429, with `retry-after` in seconds when GitHub names the wait.
 */
const SECONDARY_RATE_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
  documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  status: '403',
};

/** The answer once the hour's requests are spent (a GITHUB_TOKEN is an installation's token). */
const PRIMARY_RATE_LIMIT = {
  message: 'API rate limit exceeded for installation ID 1000. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000 and timestamp 2026-01-01 00:00:00 UTC.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  status: '403',
};

/**
 * GitHub's rate-limit answers (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * the primary limit spent (`x-ratelimit-remaining: 0`, the reset as epoch seconds, GITHUB_TOKEN's
 * 1,000 an hour), and a secondary limit (`retry-after` in seconds, and its message).
 */
export function rateLimitAnswer(limit: { kind: 'primary'; resetInS: number } | { kind: 'secondary'; retryAfterS: number; status?: 403 | 429 }): { status: number; body: unknown; headers: Record<string, string> } {
  const reset = Math.floor(Date.now() / 1000) + (limit.kind === 'primary' ? limit.resetInS : 60);
  if (limit.kind === 'primary') {
    return {
      status: 403,
      body: PRIMARY_RATE_LIMIT,
      headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
    };
  }
  const status = limit.status ?? 403;
  return {
    status,
    body: { ...SECONDARY_RATE_LIMIT, status: String(status) },
    headers: { 'retry-after': String(limit.retryAfterS), 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '612', 'x-ratelimit-used': '388', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
  };
}

export class GitHubFake {
  readonly requests: RecordedRequest[] = [];
  /** Comments by issue number. */
  readonly comments = new Map<number, FakeComment[]>();
  readonly pulls = new Map<number, FakePull>();
  /** Files of each pull request as the files API lists them. */
  readonly pullFiles = new Map<number, { filename: string; status: string; previous_filename?: string }[]>();
  /** File contents by `${ref}:${path}`. */
  readonly contents = new Map<string, Uint8Array>();
  /** 403 "Resource not accessible by integration" on every comment write, as with a fork's token. */
  forbidCommentWrites = false;
  /** Milliseconds before each answer: api.github.com's round trip from a runner, for benchmarks. */
  latencyMs = 0;
  private injected: Injected[] = [];
  private nextId = 1000;
  /** What GitHub's OpenAPI description found wrong with a request or with the fake's answer to it. */
  readonly violations: string[] = [];
  private readonly openapi = GitHubOpenApi.load();
  /**
   * GITHUB_TOKEN's primary rate limit: 1,000 requests an hour per repository
   * (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#primary-rate-limit-for-github_token-in-github-actions).
   * Set `used` to `limit` for a spent hour: every request is then refused with remaining 0.
   */
  readonly quota = { limit: 1000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  /** Repository ids by full name, for the `/repositories/<id>/…` URLs of GitHub's Link headers; new names get the next id. */
  readonly repositoryIds = new Map<string, number>([['octo-org/models', 1296269]]);
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` requests that `matches` selects get `status` (a 502 from a flaky proxy). */
  failNext(status: number, matches: (method: string, path: string) => boolean = () => true, times = 1): void {
    this.injected.push({ status, remaining: times, matches });
  }

  /** Every request to `endpoint` fails with `status` (`times` of them, default all): an outage, a permission, a refusal. */
  fault(endpoint: Endpoint, status: number, times = Number.POSITIVE_INFINITY): void {
    this.failNext(status, ENDPOINTS[endpoint], times);
  }

  /** The next `times` requests to `endpoint` hit a secondary rate limit, with `retry-after: retryAfter` (seconds) when given. */
  secondaryRateLimit(endpoint: Endpoint, retryAfter: number | undefined, times = 1, status: 403 | 429 = 403): void {
    const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
    this.injected.push({ status, remaining: times, matches: ENDPOINTS[endpoint], answer: { body: { ...SECONDARY_RATE_LIMIT, status: String(status) }, headers } });
  }

  /**
   * Every request to `endpoint` (or every request at all) hits a rate limit (`times` of them,
   * default all), answered as GitHub answers it (rateLimitAnswer).
   */
  rateLimit(endpoint: Endpoint | 'any', limit: Parameters<typeof rateLimitAnswer>[0], times = Number.POSITIVE_INFINITY): void {
    const { status, body, headers } = rateLimitAnswer(limit);
    this.injected.push({ status, remaining: times, matches: endpoint === 'any' ? () => true : ENDPOINTS[endpoint], answer: { body, headers } });
  }

  /** The user a personal token belongs to (GET /user); undefined: an installation token, which gets 403 there. */
  tokenUser: string | undefined;

  /** N comments on an issue, before ours: by a reviewer unless `login` says who. */
  seedComments(issue: number, count: number, body = (i: number) => `a comment from a reviewer, number ${i}`, login = 'reviewer'): void {
    const list = this.comments.get(issue) ?? [];
    for (let i = 0; i < count; i++) list.push(this.comment(issue, body(i), login));
    this.comments.set(issue, list);
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  private comment(issue: number, body: string, login: string): FakeComment {
    const id = this.nextId++;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    // GitHub's own example of a comment, with this one's facts: every field the schema requires.
    const example = this.openapi.example('issues/create-comment', '201') as FakeComment;
    const comment: FakeComment & Record<string, unknown> = { ...example, id, node_id: `IC_${id}`, body, user: { ...example.user, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.com/octo-org/models/pull/${issue}#issuecomment-${id}`, url: `https://api.github.com/repos/octo-org/models/issues/comments/${id}`, issue_url: `https://api.github.com/repos/octo-org/models/issues/${issue}`, created_at: now, updated_at: now };
    return comment;
  }

  /** The id GitHub's Link URLs name a repository by. */
  private repositoryId(fullName: string): number {
    if (!this.repositoryIds.has(fullName)) this.repositoryIds.set(fullName, 1296269 + this.repositoryIds.size);
    return this.repositoryIds.get(fullName)!;
  }

  /**
   * GitHub's checks of a request and its answer, and its headers: the request against the
   * description now, the answer when the handler ends it. Returns the path to route, with a
   * Link header's `/repositories/<id>/…` turned back into `/repos/<owner>/<repo>/…`.
   */
  private conform(res: ServerResponse, recorded: RecordedRequest): string {
    let pathname = recorded.path;
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(pathname);
    if (byId) {
      const name = [...this.repositoryIds].find(([, id]) => id === Number(byId[1]))?.[0];
      if (name) pathname = `/repos/${name}${byId[2]}`;
    }
    const { operation, violations } = this.openapi.checkRequest({ ...recorded, path: pathname });
    const where = `${recorded.method} ${recorded.path}${recorded.query.size > 0 ? `?${recorded.query}` : ''}`;
    this.violations.push(...violations.map((v) => `${where}: ${v}`));
    this.quota.used++;
    res.setHeader('x-ratelimit-limit', String(this.quota.limit));
    res.setHeader('x-ratelimit-remaining', String(Math.max(0, this.quota.limit - this.quota.used)));
    res.setHeader('x-ratelimit-reset', String(this.quota.reset));
    res.setHeader('x-ratelimit-used', String(Math.min(this.quota.used, this.quota.limit)));
    res.setHeader('x-ratelimit-resource', 'core');
    res.setHeader('x-github-api-version-selected', '2022-11-28');
    res.setHeader('x-github-request-id', `0000:${String(this.requests.length).padStart(4, '0')}:0000000:0000000:00000000`);
    if (operation) this.checkAnswer(res, operation, where);
    return pathname;
  }

  /** Checks the answer's status, headers and body against the operation's responses when the handler sends it. */
  private checkAnswer(res: ServerResponse, operation: Operation, where: string): void {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const chunk = args[0];
      const body = typeof chunk === 'string' ? Buffer.from(chunk) : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.alloc(0);
      this.violations.push(...this.openapi.checkResponse(operation, res.statusCode, res.getHeaders() as Record<string, string>, body).map((v) => `${where}: ${v}`));
      return end(...args);
    }) as ServerResponse['end'];
  }

  /** A pull request as GitHub's example shows one, with the facts a test set. */
  private pullResponse(pull: FakePull): unknown {
    const example = this.openapi.example('pulls/get') as Record<string, Record<string, unknown>>;
    // The description's example lists a requested team without the `type` its own schema requires.
    return { ...example, requested_teams: [], ...pull, head: { ...example.head, ...pull.head }, base: { ...example.base, ...pull.base } };
  }

  /** The request's URL without its query, the repository named by id: where GitHub's Link headers point. */
  private linkBase(url: URL): string {
    const m = /^\/repos\/([^/]+\/[^/]+)(\/.*)$/.exec(url.pathname);
    return m ? `${this.url}/repositories/${this.repositoryId(decodeURIComponent(m[1]!))}${m[2]}` : `${this.url}${url.pathname}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(recorded);
    url.pathname = this.conform(res, recorded);
    const path = decodeURIComponent(url.pathname);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    if (this.quota.used > this.quota.limit) return json(res, 403, PRIMARY_RATE_LIMIT);
    const injected = this.injected.find((i) => i.remaining > 0 && i.matches(method, url.pathname));
    if (injected) {
      injected.remaining--;
      return injected.answer ? json(res, injected.status, injected.answer.body, injected.answer.headers) : json(res, injected.status, errorBody(injected.status));
    }
    let m: RegExpMatchArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'GET') return paginate(res, url, this.commentsOn(issue), this.linkBase(url));
      if (method === 'POST') {
        if (this.forbidCommentWrites) return forbidden(res);
        const comment = this.comment(issue, JSON.parse(recorded.body).body, this.tokenUser ?? 'github-actions[bot]');
        this.comments.set(issue, [...this.commentsOn(issue), comment]);
        return json(res, 201, comment);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      if (this.forbidCommentWrites) return forbidden(res);
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(m![1]));
      if (!comment) return json(res, 404, { message: 'Not Found' });
      comment.body = JSON.parse(recorded.body).body;
      comment.updated_at = new Date().toISOString();
      return json(res, 200, comment);
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (this.tokenUser === undefined) return json(res, 403, { message: 'Resource not accessible by integration' });
      return json(res, 200, { ...(this.openapi.example('users/get-authenticated') as object), login: this.tokenUser, type: 'User' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname)) && method === 'GET') {
      // GitHub lists at most 3,000 files of a pull request.
      const example = (this.openapi.example('pulls/list-files') as Record<string, unknown>[])[0]!;
      const files = (this.pullFiles.get(Number(m[1])) ?? []).slice(0, 3000).map((f) => ({ ...example, ...f }));
      return paginate(res, url, files, this.linkBase(url));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[1]));
      return pull ? json(res, 200, this.pullResponse(pull)) : json(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path)) && method === 'GET') {
      const bytes = this.contents.get(`${url.searchParams.get('ref') ?? ''}:${m[1]}`);
      if (!bytes) return json(res, 404, { message: 'Not Found' });
      if (!/application\/vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '')) return json(res, 415, { message: 'this fake serves the raw media type only' });
      // What api.github.com answers to Octokit's `format: raw` (as @octokit/fixtures recorded it, get-content).
      res.writeHead(200, { 'content-type': 'application/vnd.github.v3.raw; charset=utf-8', 'x-github-media-type': 'github.v3; param=raw', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    json(res, 404, { message: `Not Found: the fake has no ${method} ${url.pathname}` });
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function forbidden(res: ServerResponse): void {
  json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
}

/**
 * GitHub's pagination: per_page (default 30, at most 100), page (from 1), and a Link header
 * whose URLs name the repository by id, prev, next, last, first in that order, as api.github.com
 * sends them (`<https://api.github.com/repositories/1000/issues?per_page=3&page=2>; rel="next"`,
 * recorded in @octokit/fixtures' paginate-issues). `base` is the URL up to the query, by id.
 */
function paginate(res: ServerResponse, url: URL, items: readonly unknown[], base: string): void {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(url.searchParams);
    query.delete('page');
    query.append('page', String(p));
    return `<${base}?${query}>; rel="${rel}"`;
  };
  const links = [page > 1 ? link(page - 1, 'prev') : '', page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : '', page > 1 ? link(1, 'first') : ''].filter(Boolean);
  json(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
}
