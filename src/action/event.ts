/**
 * What the runner tells us about the run: the repository, the event and its payload. Read once
 * from the environment the runner sets (GITHUB_*), as values the rest of the action is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface PullRequestRef {
  readonly number: number;
  /** The PR's head commit: links to lines point here (GITHUB_SHA is a merge commit). */
  readonly headSha: string;
  /** The commit the PR is compared with, for RF deltas. */
  readonly baseSha: string;
  /** How many files the PR changes, as the payload says (the files API stops at 3,000). */
  readonly changedFiles?: number;
  /**
   * From a fork: the head's repository is not the base's (per the payload; a deleted fork's head
   * repository is null). Such a run gets a read-only token whatever the workflow asks for.
   */
  readonly fromFork?: boolean;
}

export interface RunEvent {
  /** pull_request, push, workflow_dispatch, workflow_run… */
  readonly name: string;
  readonly owner: string;
  readonly repo: string;
  /** GITHUB_SHA: the commit checked out. */
  readonly sha: string;
  readonly serverUrl: string;
  /** GITHUB_RUN_ID: the run whose artifacts page the HTML report is linked from. */
  readonly runId?: string;
  readonly workspace: string;
  readonly runnerTemp: string;
  /** Set on pull_request and pull_request_target. */
  readonly pullRequest?: PullRequestRef;
  /** Set on workflow_run: the trusted facts about the run whose report we publish. */
  readonly workflowRun?: WorkflowRunRef;
}

export interface WorkflowRunRef {
  readonly headSha: string;
  /** The payload's pull requests that are this repository's and whose head is the run's commit. */
  readonly pullNumbers: readonly number[];
  /** Entries of `pull_requests` left out (another repository's, or another head): for the log. */
  readonly untrusted: readonly number[];
}

type Payload = Record<string, unknown>;

function record(value: unknown): Payload | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload) : undefined;
}

function pullRequestOf(payload: Payload): PullRequestRef | undefined {
  const pr = record(payload['pull_request']);
  const head = record(pr?.['head'])?.['sha'];
  const base = record(pr?.['base'])?.['sha'];
  if (!pr || typeof pr['number'] !== 'number' || typeof head !== 'string' || typeof base !== 'string') return undefined;
  const changed = pr['changed_files'];
  const headRepo = record(pr['head'])?.['repo'];
  const baseRepo = record(record(pr['base'])?.['repo'])?.['full_name'];
  const headName = record(headRepo)?.['full_name'];
  const fromFork = typeof baseRepo !== 'string' ? undefined : headRepo === null ? true : typeof headName === 'string' ? headName.toLowerCase() !== baseRepo.toLowerCase() : undefined;
  return { number: pr['number'], headSha: head, baseSha: base, ...(typeof changed === 'number' ? { changedFiles: changed } : {}), ...(fromFork !== undefined ? { fromFork } : {}) };
}

/**
 * A workflow_run's pull requests. GitHub lists those whose head branch matches the run's, in any
 * repository (its own example payload lists Codertocat/Hello-World#2 in a run of
 * octo-org/octo-repo): an entry is believed only when its base is this repository (by id, else
 * by API URL) and its head is the commit the run checked.
 */
function workflowRunOf(payload: Payload, repository: string): WorkflowRunRef | undefined {
  const run = record(payload['workflow_run']);
  const headSha = run?.['head_sha'];
  if (typeof headSha !== 'string') return undefined;
  const repoId = record(payload['repository'])?.['id'];
  const ours = (repo: Payload | undefined): boolean => {
    if (typeof repoId === 'number' && typeof repo?.['id'] === 'number') return repo['id'] === repoId;
    const url = repo?.['url'];
    return typeof url === 'string' && repository !== '' && url.toLowerCase().endsWith(`/repos/${repository.toLowerCase()}`);
  };
  const pullNumbers: number[] = [];
  const untrusted: number[] = [];
  for (const entry of Array.isArray(run?.['pull_requests']) ? (run['pull_requests'] as unknown[]) : []) {
    const pr = record(entry);
    const number = pr?.['number'];
    if (typeof number !== 'number') continue;
    const trusted = ours(record(record(pr?.['base'])?.['repo'])) && record(pr?.['head'])?.['sha'] === headSha;
    (trusted ? pullNumbers : untrusted).push(number);
  }
  return { headSha, pullNumbers, untrusted };
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const path = env.GITHUB_EVENT_PATH;
  const payload = path && existsSync(path) ? record(JSON.parse(readFileSync(path, 'utf8'))) ?? {} : {};
  const name = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = name.startsWith('pull_request') ? pullRequestOf(payload) : undefined;
  const workflowRun = name === 'workflow_run' ? workflowRunOf(payload, env.GITHUB_REPOSITORY ?? '') : undefined;
  return {
    name,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    ...(pullRequest ? { pullRequest } : {}),
    ...(workflowRun ? { workflowRun } : {}),
  };
}
