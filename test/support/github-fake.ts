/**
 * A small stateful GitHub REST fake on 127.0.0.1 for the endpoints the action uses: issue
 * comments (list with Link pagination, create, update), a pull request and its files
 * (paginated, capped at 3,000 as GitHub does), and file contents (raw). Hooks inject a 403 on
 * comment writes (a fork's read-only token), one-off failures (a 502) and faults per endpoint
 * (`fault('comments.create', 422)`: every such request fails, with GitHub's own error body);
 * every request is recorded for assertions.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
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
 * GitHub's rate-limit answers (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * the primary limit spent (`x-ratelimit-remaining: 0`, the reset as epoch seconds, GITHUB_TOKEN's
 * 1,000 an hour), and a secondary limit (`retry-after` in seconds, and its message).
 */
export function rateLimitAnswer(limit: { kind: 'primary'; resetInS: number } | { kind: 'secondary'; retryAfterS: number; status?: 403 | 429 }): { status: number; body: unknown; headers: Record<string, string> } {
  const reset = Math.floor(Date.now() / 1000) + (limit.kind === 'primary' ? limit.resetInS : 60);
  if (limit.kind === 'primary') {
    return {
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
      headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
    };
  }
  const status = limit.status ?? 403;
  return {
    status,
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1F2E:3D4C:5B6A:7980ABCD.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
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
    const now = new Date().toISOString();
    return { id, body, user: { login }, html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}`, created_at: now, updated_at: now };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    const recorded: RecordedRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(recorded);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    const injected = this.injected.find((i) => i.remaining > 0 && i.matches(method, url.pathname));
    if (injected) {
      injected.remaining--;
      return injected.answer ? json(res, injected.status, injected.answer.body, injected.answer.headers) : json(res, injected.status, errorBody(injected.status));
    }
    let m: RegExpMatchArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'GET') return paginate(res, url, this.commentsOn(issue));
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
      return json(res, 200, { login: this.tokenUser, type: 'User' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname)) && method === 'GET') {
      // GitHub lists at most 3,000 files of a pull request.
      return paginate(res, url, (this.pullFiles.get(Number(m[1])) ?? []).slice(0, 3000));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[1]));
      return pull ? json(res, 200, pull) : json(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path)) && method === 'GET') {
      const bytes = this.contents.get(`${url.searchParams.get('ref') ?? ''}:${m[1]}`);
      if (!bytes) return json(res, 404, { message: 'Not Found' });
      if (!/application\/vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '')) return json(res, 415, { message: 'this fake serves the raw media type only' });
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8', 'content-length': bytes.length });
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

/** GitHub's pagination: per_page (default 30, at most 100), page (from 1), and a Link header. */
function paginate(res: ServerResponse, url: URL, items: readonly unknown[]): void {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const next = new URL(url);
    next.searchParams.set('page', String(p));
    next.searchParams.set('per_page', String(perPage));
    return `<${next.href}>; rel="${rel}"`;
  };
  const links = [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : '', page > 1 ? link(1, 'first') : '', page > 1 ? link(page - 1, 'prev') : ''].filter(Boolean);
  json(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
}
