/**
 * The same check on another version of the files (a pull request's base, a git revision): the
 * head's files are fetched at that version into a temporary folder and checked there with the
 * same settings, so the deltas compare like with like. How bytes are fetched is passed in (the
 * REST API in the action, `git show` on the command line).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Report } from './report.js';
import { type CheckSettings, runCheck } from './run.js';

/** The bytes of a head file (path relative to the working directory) at the base; undefined when it does not exist there. */
export type FetchAtBase = (path: string) => Promise<Uint8Array | undefined>;

export type BaseResult = { readonly report: Report } | { readonly report?: undefined; readonly reason: string };

/** Fetches at once: enough to hide latency, few enough to stay clear of rate limits. */
const CONCURRENT_FETCHES = 6;

export async function checkAtBase(head: Report, fetch: FetchAtBase, settings: CheckSettings, tempRoot: string): Promise<BaseResult> {
  const folder = mkdtempSync(join(tempRoot, 'rflint-base-'));
  try {
    let fetched = 0;
    // Only paths inside the working directory: a file named as ../x was checked in place, and
    // its base must not be written outside this temp folder.
    const inside = head.files.filter((file) => !isAbsolute(file.path) && !file.path.split(/[\\/]/).includes('..'));
    for (let i = 0; i < inside.length; i += CONCURRENT_FETCHES) {
      await Promise.all(
        inside.slice(i, i + CONCURRENT_FETCHES).map(async (file) => {
          const bytes = await fetch(file.path);
          if (bytes === undefined) return;
          const target = join(folder, file.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
          fetched++;
        }),
      );
    }
    if (fetched === 0) return { reason: 'none of the checked files exists at the base' };
    const { only: _only, ...rest } = settings;
    return { report: await runCheck({ ...rest, cwd: folder, patterns: inside.map((f) => f.path) }) };
  } catch (err) {
    return { reason: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
