/** What the action publishes, whether it checked the workspace or read an earlier run's report. */
import type { Report } from '../check/report.js';
import type { ReportOrigin } from '../check/report.js';
import type { RateLimitHit } from './rate-limit.js';

export interface Outcome {
  readonly report: Report;
  /** The report of the PR's base, for RF deltas; absent when there is none. */
  readonly base?: Report;
  /** Trusted Markdown lines for the comment and the summary. */
  readonly notes: readonly string[];
  /** The PR to comment on; absent outside pull requests. */
  readonly pullRequest?: number;
  /** The commit that links to lines point at. */
  readonly headSha: string;
  /** Annotations belong to the run that checked the files, not to a later publishing run. */
  readonly annotate: boolean;
  readonly origin: ReportOrigin;
  /** A rate limit longer than rflint waits for cost the run something (rate-limit.ts): said once. */
  readonly rateLimited?: { readonly hit: RateLimitHit; readonly dropped: readonly string[] };
}
