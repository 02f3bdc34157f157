import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedFiles } from '../../src/action/changed.js';
import { createApi, type GitHubApi } from '../../src/action/github.js';
import { GitHubFake } from '../support/github-fake.js';

let fake: GitHubFake;
let api: GitHubApi;
beforeEach(async () => {
  fake = await new GitHubFake().start();
  api = createApi('t', { baseUrl: fake.url, retryBaseMs: 1 });
});
afterEach(async () => {
  await fake.stop();
  // Every request, and every answer of the fake, as api.github.com's OpenAPI description allows (support/openapi.ts).
  expect(fake.violations).toEqual([]);
});

const where = (workspace: string, workingDirectory = workspace) => ({ owner: 'o', repo: 'r', workspace, workingDirectory });

describe('changedFiles', () => {
  it('lists every page of the PR files, drops removed files and those outside the working directory', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `models/m${i}.rf.yaml`, status: i === 3 ? 'removed' : 'modified' }));
    fake.pullFiles.set(9, [...files, { filename: 'docs/x.md', status: 'added' }]);
    const changed = await changedFiles(api, { number: 9, headSha: 'h', baseSha: 'b' }, where('/ws', '/ws/models'));
    expect(changed.paths?.size).toBe(249);
    expect(changed.paths?.has('m0.rf.yaml')).toBe(true);
    expect(changed.paths?.has('m3.rf.yaml')).toBe(false);
    expect(changed.note).toBeUndefined();
    expect(Array.isArray(changed.listed) && changed.listed.length).toBe(251);
    expect(fake.requestsTo('GET', /files$/).map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
  });

  describe('past the API limit of 3,000 files', () => {
    let repo: string;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    beforeEach(() => {
      repo = mkdtempSync(join(tmpdir(), 'rflint-git-'));
      git('init', '-q');
      git('config', 'user.email', 't@example.com');
      git('config', 'user.name', 't');
      mkdirSync(join(repo, 'models'));
      writeFileSync(join(repo, 'models/kept.rf.yaml'), 'a');
      writeFileSync(join(repo, 'models/deleted.rf.yaml'), 'a');
      git('add', '.');
      git('commit', '-qm', 'base');
    });
    afterEach(() => rmSync(repo, { recursive: true, force: true }));

    it('falls back to git diff base...head and says so', async () => {
      const base = git('rev-parse', 'HEAD');
      writeFileSync(join(repo, 'models/kept.rf.yaml'), 'b');
      writeFileSync(join(repo, 'models/new.rf.yaml'), 'b');
      rmSync(join(repo, 'models/deleted.rf.yaml'));
      git('add', '-A');
      git('commit', '-qm', 'head');
      const head = git('rev-parse', 'HEAD');
      fake.pullFiles.set(9, Array.from({ length: 3200 }, (_, i) => ({ filename: `f${i}`, status: 'added' })));
      const changed = await changedFiles(api, { number: 9, headSha: head, baseSha: base }, where(repo));
      expect([...(changed.paths ?? [])].sort()).toEqual(['models/kept.rf.yaml', 'models/new.rf.yaml']);
      expect(changed.note).toContain('more than 3000 files');
      expect(changed.note).toContain('git diff base...head');
      expect(fake.requestsTo('GET', /files$/)).toHaveLength(30);
      // The base compare is told, so it does not list the 30 pages again.
      expect(changed.listed).toBe('too-many');
    });

    it('skips the API when the payload already says the PR is that large, and checks everything when git cannot tell', async () => {
      const changed = await changedFiles(api, { number: 9, headSha: 'f'.repeat(40), baseSha: 'e'.repeat(40), changedFiles: 4000 }, where(repo));
      expect(changed.paths).toBeUndefined();
      expect(changed.note).toContain('every model file was checked');
      expect(changed.detail).toMatch(/^git diff failed: /);
      expect(fake.requests).toEqual([]);
    });
  });
});
