/** What the action publishes, whether it checked the workspace or read an earlier run's report. */
import type { Report } from '../check/report.js';
import type { ReportOrigin } from '../check/report.js';

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
}
