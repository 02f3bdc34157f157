/**
 * The REST client: Octokit from @actions/github (which honours GITHUB_API_URL and the runner's
 * proxy settings) with the retry and throttling plugins, so a 5xx or a short secondary rate limit
 * is retried with backoff instead of losing the PR comment. A rate limit that asks for a longer
 * wait than the run's bound (rate-limit.ts) is not waited for: the request fails at once.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { info } from './log.js';
import { maxRateLimitWait, WaitBudget } from './rate-limit.js';

export type GitHubApi = ReturnType<typeof getOctokit>;

/** Retries of one request after a rate limit; the retry plugin has its own count for 5xx. */
const RATE_LIMIT_RETRIES = 2;

export interface ApiOptions {
  /**
   * The unit of backoff, in ms (the plugins default to 1 s: retry n waits n² units). Tests set
   * RFLINT_RETRY_BASE_MS to a few ms so a retried 502 does not slow them down.
   */
  readonly retryBaseMs?: number;
  /** The REST root; default GITHUB_API_URL (read by @actions/github), else api.github.com. */
  readonly baseUrl?: string;
  /** The longest the client waits for rate limits in all, in seconds (default RATE_LIMIT_MAX_WAIT_S). */
  readonly maxRateLimitWaitS?: number;
}

export function createApi(token: string, options: ApiOptions = {}): GitHubApi {
  const base = options.retryBaseMs ?? (Number(process.env.RFLINT_RETRY_BASE_MS) || 1000);
  // One allowance for the whole run: every wait the plugin asks for is taken from it.
  const budget = new WaitBudget(options.maxRateLimitWaitS ?? maxRateLimitWait());
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retry = retryCount < RATE_LIMIT_RETRIES && budget.take(retryAfter);
    const why = retryCount >= RATE_LIMIT_RETRIES ? 'giving up' : `not waiting ${retryAfter} s (rflint waits at most ${budget.maxSeconds} s in a run for rate limits)`;
    info(`GitHub ${kind} on ${request.method} ${request.url}: ${retry ? `retrying after ${retryAfter} s` : why}.`);
    return retry;
  };
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // 429 is the throttling plugin's alone: the retry plugin would retry it at once, 3 times,
      // ignoring GitHub's retry-after and the bound (its default list lacks 429).
      retry: { retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { retryAfterBaseValue: base, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      // Octokit's own warnings (deprecations, retries) belong in the log, not in annotations.
      log: { debug: core.debug, info: core.debug, warn: info, error: info },
    },
    retry,
    throttling,
  );
}

export { httpStatus } from './http-status.js';
