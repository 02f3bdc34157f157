/**
 * The sticky PR comment: exactly one per PR and working directory, found by a hidden marker
 * among all the PR's comments, created once and then edited in place.
 */
import type { Report } from '../check/report.js';
import { hasRfChanges } from '../report/deltas.js';
import type { GitHubApi } from './github.js';
import type { CommentMode } from './settings.js';

/** The hidden first line that finds our comment again (one per working directory). */
export function commentMarker(workingDirectoryName: string): string {
  // `--` and `>` could close the HTML comment early; a folder name rarely has them, but never trust it.
  return `<!-- rflint:${workingDirectoryName.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`;
}

/** What to do with the comment: create or update it, only update one that exists, or leave it. */
export type CommentIntent = 'upsert' | 'update-only' | 'none';

/**
 * The `comment` input's meaning. `changes`: post when there is something to say (a failure, an
 * error, a warning, an RF change against the base); `on-failure`: post when the step fails.
 * Both always update a comment that exists, so a fixed PR never keeps a stale red comment.
 */
export function commentIntent(mode: CommentMode, report: Report, base: Report | undefined, fails: boolean): CommentIntent {
  const s = report.summary;
  switch (mode) {
    case 'never': return 'none';
    case 'always': return 'upsert';
    case 'on-failure': return fails ? 'upsert' : 'update-only';
    case 'changes': return s.failed > 0 || s.errors > 0 || s.warnings > 0 || hasRfChanges(report, base) ? 'upsert' : 'update-only';
  }
}

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export type CommentOutcome = { readonly action: 'created' | 'updated'; readonly id: number; readonly url: string } | { readonly action: 'skipped' };

/** Who posts with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Finds our comment (the marker, posted by us: the Actions bot or the token's own user, so a
 * comment by someone else that quotes the marker is never edited), then creates or updates it.
 * API errors propagate: the caller decides how loud.
 */
export async function upsertComment(api: GitHubApi, target: CommentTarget, marker: string, body: string, intent: CommentIntent): Promise<CommentOutcome> {
  if (intent === 'none') return { action: 'skipped' };
  const { owner, repo, issueNumber } = target;
  const isOurs = ownComments(api);
  // Every page: a busy PR has hundreds of comments, and missing ours would post a duplicate.
  let existing: { id: number | bigint } | undefined;
  for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, per_page: 100 })) {
    for (const c of page.data) {
      if (typeof c.body === 'string' && c.body.trimStart().startsWith(marker) && (await isOurs(c.user?.login))) {
        existing = c;
        break;
      }
    }
    if (existing) break;
  }
  if (existing) {
    const { data } = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: Number(data.id), url: data.html_url };
  }
  if (intent === 'update-only') return { action: 'skipped' };
  const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: Number(data.id), url: data.html_url };
}

/**
 * Whether a login is the token's: the Actions bot, or (with a personal token) the user `GET
 * /user` names. That request is made once, and only when a marked comment by someone else turns
 * up: an installation token cannot call it, and the common case needs no extra request.
 */
function ownComments(api: GitHubApi): (login: string | undefined) => Promise<boolean> {
  let self: Promise<string | undefined> | undefined;
  return async (login) => {
    if (login === undefined) return false;
    if (login === ACTIONS_BOT) return true;
    self ??= api.request('GET /user').then(
      (r) => r.data.login,
      () => undefined,
    );
    return (await self) === login;
  };
}

/** The one warning a read-only token (a fork's pull request) earns, with the way out. */
export const FORK_WARNING =
  'rflint could not comment on this pull request: the token is read-only (HTTP 403), as GitHub makes it for pull requests from forks. ' +
  'The verdict, the annotations and the job summary are unaffected. To get the comment, use the two-workflow pattern: this workflow uploads ' +
  "the JSON report (output 'report') as an artifact, and a second workflow on 'workflow_run' with 'pull-requests: write' downloads it and runs rflint with 'from-report'. See the README, 'Pull requests from forks'.";

/** The warning of a 403 on a pull request of the repository itself: the token lacks the permission. */
export const PERMISSION_WARNING =
  "rflint could not comment on this pull request (HTTP 403): the workflow's token lacks the 'pull-requests: write' permission. Repositories created since 2023 " +
  "give GITHUB_TOKEN read-only permissions by default, and a 'permissions:' block grants only what it lists: add 'pull-requests: write' to the job's 'permissions:'. " +
  'The verdict, the annotations and the job summary are unaffected.';
