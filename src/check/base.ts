/**
 * The same check on another version of the files (a pull request's base, a git revision): the
 * head's files are fetched at that version into a temporary folder and checked there with the
 * same settings, so the deltas compare like with like. How bytes are fetched is passed in (the
 * REST API or `git show` in the action, `git show` on the command line).
 *
 * A file whose bytes are the same at the base (the caller knows: the pull request's file list, or
 * git) is not fetched: a file's result depends only on its bytes, its path and the settings, all
 * equal, so its base result is the head's, taken as it is. Only the changed files cost a read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { FileReport, Report } from './report.js';
import { type CheckSettings, runCheck } from './run.js';
import { summarize } from './summary.js';

/** The bytes of a head file (path relative to the working directory) at the base; undefined when it does not exist there. */
export type FetchAtBase = (path: string) => Promise<Uint8Array | undefined>;

/** Whether a head file (path relative to the working directory) has the same bytes at the base. */
export type UnchangedAtBase = (path: string) => boolean;

export type BaseResult =
  | { readonly report: Report; /** Files fetched at the base. */ readonly read: number; /** Files whose head result was reused. */ readonly reused: number }
  | { readonly report?: undefined; readonly reason: string; /** What failed, when a read threw (the caller may know it: a rate limit). */ readonly error?: unknown };

/** Fetches at once: enough to hide latency, few enough to stay clear of rate limits. */
const CONCURRENT_FETCHES = 6;

export async function checkAtBase(head: Report, fetch: FetchAtBase, settings: CheckSettings, tempRoot: string, unchanged: UnchangedAtBase = () => false): Promise<BaseResult> {
  // Only paths inside the working directory: a file named as ../x was checked in place, and
  // its base must not be written outside the temp folder.
  const inside = head.files.filter((file) => !isAbsolute(file.path) && !file.path.split(/[\\/]/).includes('..'));
  const same = new Set(inside.filter((file) => unchanged(file.path)).map((file) => file.path));
  const toRead = inside.filter((file) => !same.has(file.path));
  let checked: Report | undefined;
  if (toRead.length > 0) {
    const folder = mkdtempSync(join(tempRoot, 'rflint-base-'));
    try {
      const fetched: string[] = [];
      for (let i = 0; i < toRead.length; i += CONCURRENT_FETCHES) {
        await Promise.all(
          toRead.slice(i, i + CONCURRENT_FETCHES).map(async (file) => {
            const bytes = await fetch(file.path);
            if (bytes === undefined) return;
            const target = join(folder, file.path);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, bytes);
            fetched.push(file.path);
          }),
        );
      }
      if (fetched.length > 0) {
        const { only: _only, ...rest } = settings;
        // In the head's order, as before: the report lists files in the order it checked them.
        const order = new Set(fetched);
        checked = await runCheck({ ...rest, cwd: folder, patterns: toRead.map((f) => f.path).filter((p) => order.has(p)) });
      }
    } catch (err) {
      return { reason: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err), error: err };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const read = checked?.files.length ?? 0;
  if (same.size === 0) return checked ? { report: checked, read, reused: 0 } : { reason: 'none of the checked files exists at the base' };
  const atBase = new Map((checked?.files ?? []).map((f) => [f.path, f]));
  const files = inside.flatMap((file): FileReport[] => {
    if (same.has(file.path)) return [file];
    const before = atBase.get(file.path);
    return before ? [before] : [];
  });
  // The run's own findings (rules, globs) are the head's: the base is checked with the same ones.
  // `ignored` is not counted per file, so the base's summary leaves it out.
  const diagnostics = head.diagnostics ?? [];
  return { report: { version: 1, files, summary: summarize(files, diagnostics), diagnostics }, read, reused: same.size };
}
