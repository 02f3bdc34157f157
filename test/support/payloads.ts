/**
 * Real event payloads for the end-to-end tests: GitHub's webhook examples
 * (@octokit/webhooks-examples, the payloads GitHub's docs show), moved into the test's repository
 * and commits by one helper (`rewritePayload`), a derived payload (a fork's pull request, the
 * fork pattern's `workflow_run`) checked against GitHub's webhook schemas
 * (@octokit/openapi-webhooks), and the runner's environment for each event as docs.github.com
 * ("Events that trigger workflows") gives GITHUB_SHA and GITHUB_REF.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';
import { FORMATS, toJsonSchema } from './openapi.js';

const Ajv = AjvModule.default;
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
/** A webhook payload: any JSON object (the tests read a few fields and pass the rest through). */
export type Payload = Json & { repository?: Json };

interface Example {
  readonly name: string;
  readonly examples: Payload[];
}

let examples: readonly Example[] | undefined;

/**
 * A copy of GitHub's example payload of `event`: the first with `action` when given, else the
 * first `pick` accepts (push has seven: tags and branches, created and deleted).
 */
export function webhookExample(event: string, action?: string, pick: (p: Payload) => boolean = () => true): Payload {
  examples ??= JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as Example[];
  const found = examples.find((e) => e.name === event)?.examples.find((p) => (action === undefined || p.action === action) && pick(p));
  if (!found) throw new Error(`no example payload of ${event}${action ? `.${action}` : ''} in @octokit/webhooks-examples`);
  return structuredClone(found);
}

export interface Rewrite {
  /** The test's repository (`octo-org/models`): the payload's own repository becomes it. */
  readonly repository: string;
  readonly repositoryId: number;
  /** Commits: the example's SHA → the test's. */
  readonly shas?: Record<string, string>;
}

/**
 * The example moved into the test's repository: the event's repository object (and every other
 * object with its id: a PR's head and base repos) gets the test's name, owner and id, its URLs
 * the test's full name, and the commits the test's SHAs. Other repositories (a fork, another
 * repository's pull request listed in a workflow run) are left as GitHub sent them.
 */
export function rewritePayload(payload: Payload, rewrite: Rewrite): Payload {
  const repository = payload.repository as { id: number; full_name: string } | undefined;
  if (!repository) throw new Error('the payload names no repository');
  const own = { id: repository.id, full_name: repository.full_name };
  const [owner, name] = rewrite.repository.split('/') as [string, string];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Json;
    if (o.id === own.id && typeof o.name === 'string') {
      o.id = rewrite.repositoryId;
      o.name = name;
      if ('full_name' in o) o.full_name = rewrite.repository;
      const ownerObject = o.owner as Json | undefined;
      if (ownerObject) ownerObject.login = owner;
    }
    Object.values(o).forEach(walk);
  };
  walk(payload);
  let text = JSON.stringify(payload).split(own.full_name).join(rewrite.repository);
  for (const [from, to] of Object.entries(rewrite.shas ?? {})) text = text.split(from).join(to);
  return JSON.parse(text) as Payload;
}

/** A pull request payload whose head is in a fork (`contributor/models`): what GitHub sends for a fork's PR. */
export function fromFork(payload: Payload, fork = 'contributor/models', forkId = 4242): Payload {
  const pr = payload.pull_request as { head: Json & { repo: Json; user: Json }; base: { repo: Json } };
  const [owner, name] = fork.split('/') as [string, string];
  const base = pr.base.repo as { full_name: string };
  const repo = JSON.parse(JSON.stringify(pr.base.repo).split(base.full_name).join(fork)) as Json;
  Object.assign(repo, { id: forkId, node_id: `R_fork${forkId}`, name, full_name: fork, fork: true, owner: { ...(repo.owner as Json), login: owner, id: forkId + 1, type: 'User' } });
  pr.head = { ...pr.head, repo, user: repo.owner as Json, label: `${owner}:${String(pr.head.ref)}` };
  return payload;
}

let webhookAjv: InstanceType<typeof Ajv> | undefined;

/**
 * What GitHub's webhook schema for `event`.`action` (`pull-request-synchronize`) finds wrong with a payload.
 * The examples are older than the schema (they lack `has_discussions`, for one): a derived payload
 * is held to adding no violation to its example's (`newViolations`).
 */
export function webhookViolations(event: string, action: string | undefined, payload: unknown): string[] {
  if (!webhookAjv) {
    const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')) as { components: { schemas: Json } };
    webhookAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, formats: FORMATS }).addSchema({ $id: 'github', $defs: toJsonSchema(spec.components.schemas) as Json });
  }
  const key = `webhook-${[event, action].filter(Boolean).join('-').replace(/_/g, '-')}`;
  const validate = webhookAjv.getSchema(`github#/$defs/${key}`);
  if (!validate) throw new Error(`no webhook schema ${key} in @octokit/openapi-webhooks`);
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${key}${e.instancePath} ${e.message}`);
}

/** The schema violations `derived` has that the example it came from has not. */
export function newViolations(event: string, action: string | undefined, example: unknown, derived: unknown): string[] {
  const known = new Set(webhookViolations(event, action, example));
  return webhookViolations(event, action, derived).filter((v) => !known.has(v));
}

/** The runner's variables that depend on the event; GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are the harness's. */
export interface RunnerEnvironment extends Record<string, string> {
  GITHUB_SHA: string;
  GITHUB_REF: string;
  GITHUB_REF_NAME: string;
  GITHUB_REF_TYPE: string;
  GITHUB_REPOSITORY: string;
  GITHUB_REPOSITORY_ID: string;
  GITHUB_REPOSITORY_OWNER: string;
  GITHUB_ACTOR: string;
}

/**
 * GITHUB_SHA and GITHUB_REF per event, as "Events that trigger workflows" tables them:
 * pull_request: the last merge commit on `refs/pull/N/merge` (the PR's `merge_commit_sha` when set);
 * pull_request_target: the last commit on the PR's base branch, whose ref it is;
 * push: the pushed commit (`after`) and ref; merge_group: the group's `head_sha` and `head_ref`;
 * workflow_dispatch: the last commit on the dispatched `ref`; schedule and workflow_run: the last
 * commit on the default branch. Where the payload does not carry that commit, `sha` is it.
 * GITHUB_HEAD_REF and GITHUB_BASE_REF are set on the two pull request events only.
 */
export function runnerEnvironment(eventName: string, payload: Payload, sha?: string): RunnerEnvironment {
  const repository = payload.repository as { id: number; full_name: string; default_branch: string; owner: { login: string } };
  const pr = payload.pull_request as { number: number; merge_commit_sha: string; head: { ref: string }; base: { ref: string; sha: string } } | undefined;
  const needSha = (): string => {
    if (!sha) throw new Error(`GITHUB_SHA of a ${eventName} event is not in its payload: pass it`);
    return sha;
  };
  let ref: string;
  let commit: string;
  switch (eventName) {
    case 'pull_request':
      ref = `refs/pull/${pr!.number}/merge`;
      // GitHub computes the test merge commit after it sends some payloads (merge_commit_sha null).
      commit = sha ?? pr!.merge_commit_sha ?? needSha();
      break;
    case 'pull_request_target':
      ref = `refs/heads/${pr!.base.ref}`;
      commit = sha ?? pr!.base.sha;
      break;
    case 'push':
      ref = String(payload.ref);
      commit = String(payload.after);
      break;
    case 'merge_group': {
      const group = payload.merge_group as { head_sha: string; head_ref: string };
      ref = group.head_ref;
      commit = group.head_sha;
      break;
    }
    case 'workflow_dispatch':
      ref = String(payload.ref);
      commit = needSha();
      break;
    case 'schedule':
    case 'workflow_run':
      ref = `refs/heads/${repository.default_branch}`;
      commit = needSha();
      break;
    default:
      throw new Error(`no runner environment for ${eventName}`);
  }
  const sender = payload.sender as { login: string } | undefined;
  return {
    GITHUB_SHA: commit,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: repository.full_name,
    GITHUB_REPOSITORY_ID: String(repository.id),
    GITHUB_REPOSITORY_OWNER: repository.owner.login,
    GITHUB_ACTOR: sender?.login ?? repository.owner.login,
    ...(pr ? { GITHUB_HEAD_REF: pr.head.ref, GITHUB_BASE_REF: pr.base.ref } : {}),
  };
}
