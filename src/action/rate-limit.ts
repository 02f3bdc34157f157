/**
 * GitHub's rate limits, bounded. `GITHUB_TOKEN` has 1,000 REST requests an hour per repository
 * (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api), shared by every
 * workflow of the repository; past it GitHub answers 403 or 429 with `x-ratelimit-remaining: 0`
 * and the reset time, up to an hour away. A secondary limit answers with `retry-after`. Waiting
 * that long would hold the step (and the runner) for an hour, while an API failure should cost
 * at most the deltas and the comment: rflint waits at most RATE_LIMIT_MAX_WAIT_S in a run, then
 * drops what needs the API and says so once. No Octokit here: publish.ts imports this on every run.
 */

/**
 * The longest rflint waits for rate limits in one run, in seconds: a secondary limit's usual
 * `retry-after` (GitHub's docs: "wait for at least one minute") fits, an exhausted hourly quota
 * does not. Tests set RFLINT_RATE_LIMIT_MAX_WAIT_S.
 */
export const RATE_LIMIT_MAX_WAIT_S = 60;

export function maxRateLimitWait(env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.RFLINT_RATE_LIMIT_MAX_WAIT_S);
  return env.RFLINT_RATE_LIMIT_MAX_WAIT_S !== undefined && Number.isFinite(override) && override >= 0 ? override : RATE_LIMIT_MAX_WAIT_S;
}

export interface RateLimitHit {
  /** `primary`: the hourly quota is spent; `secondary`: too many requests too fast. */
  readonly kind: 'primary' | 'secondary';
  /** When the quota comes back (primary: `x-ratelimit-reset`). */
  readonly resetAt?: Date;
  /** How long GitHub asked to wait, in seconds, when it said. */
  readonly retryAfter?: number;
}

type Headers = Record<string, string | number | undefined>;

/** The rate limit an Octokit RequestError reports, or undefined when it is another error. */
export function rateLimitOf(err: unknown): RateLimitHit | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  // Our own wrappers keep the API's error as their cause (base.ts).
  if (!('status' in err) && 'cause' in err) return rateLimitOf(err.cause);
  const { status, message, response } = err as { status?: unknown; message?: unknown; response?: { headers?: Headers } };
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const after = Number.isFinite(retryAfter) && headers['retry-after'] !== undefined ? { retryAfter } : {};
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return { kind: 'primary', ...(Number.isFinite(reset) && reset > 0 ? { resetAt: new Date(reset * 1000) } : {}), ...after };
  }
  // GitHub's secondary-limit answers: "You have exceeded a secondary rate limit…", 403 or 429.
  if (/\bsecondary rate\b/i.test(String(message)) || status === 429 || headers['retry-after'] !== undefined) return { kind: 'secondary', ...after };
  return undefined;
}

/** The run's allowance of waiting: each wait is taken from it, and one that does not fit is refused. */
export class WaitBudget {
  private waited = 0;
  constructor(readonly maxSeconds: number) {}

  /** Whether to wait `seconds` more (concurrent waits are summed: the bound holds however they overlap). */
  take(seconds: number): boolean {
    if (this.waited + seconds > this.maxSeconds) return false;
    this.waited += seconds;
    return true;
  }
}

/**
 * The one notice of a run that hit a limit (trusted Markdown for the summary and the comment):
 * what was dropped, and when to re-run.
 */
export function rateLimitNotice(hit: RateLimitHit, dropped: readonly string[], maxWait = maxRateLimitWait(), now = new Date()): string {
  const what = hit.kind === 'primary' ? "GitHub's API rate limit for this repository's token is spent" : "GitHub's secondary API rate limit was hit";
  const when = hit.resetAt
    ? ` until ${hit.resetAt.toISOString().slice(11, 16)} UTC (${minutes(hit.resetAt.getTime() - now.getTime())})`
    : hit.retryAfter !== undefined
      ? ` (GitHub asked to wait ${hit.retryAfter} s)`
      : '';
  const lost = dropped.length > 0 ? `so it left out ${join(dropped)}` : 'nothing was lost';
  return `⚠️ ${what}${when}, and rflint waits at most ${maxWait} s for it, ${lost}. The verdict, the annotations, the outputs and the job summary are complete; re-run the job later for the rest.`;
}

function minutes(ms: number): string {
  const m = Math.max(0, Math.ceil(ms / 60_000));
  return m <= 1 ? 'in a minute or less' : `in ${m} min`;
}

function join(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
