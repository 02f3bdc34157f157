/**
 * check/base.ts: the base of the files that changed is fetched and checked; an unchanged file's
 * base result is the head's own. Oracle: the same base with every file fetched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAtBase } from '../../src/check/base.js';
import { runCheck } from '../../src/check/run.js';

const model = (kernel: number, name: string) => `rflint: 1
input: { size: [64, 64] }
layers:
  - { name: c1, op: conv, kernel: ${kernel}, stride: 2, padding: 1 }
  - { name: c2, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: ${name}, layer: c2, min_rf: 7 }
`;

describe('checkAtBase', () => {
  it('fetches only the files that changed; the result equals fetching every file', async () => {
    const head = { 'a.rf.yaml': model(3, 'a'), 'b.rf.yaml': model(3, 'b'), 'c.rf.yaml': model(3, 'c'), 'new.rf.yaml': model(3, 'n') };
    const base: Record<string, string> = { 'a.rf.yaml': model(3, 'a'), 'b.rf.yaml': model(5, 'b'), 'c.rf.yaml': model(3, 'c') };
    const dir = mkdtempSync(join(tmpdir(), 'rflint-basecheck-'));
    for (const [path, text] of Object.entries(head)) writeFileSync(join(dir, path), text);
    const settings = { cwd: dir, patterns: [], explain: true };
    const report = await runCheck(settings);
    const fetched: string[] = [];
    const fetch = async (path: string) => {
      fetched.push(path);
      return base[path] === undefined ? undefined : new TextEncoder().encode(base[path]);
    };
    const all = await checkAtBase(report, fetch, settings, tmpdir());
    expect(fetched.sort()).toEqual(Object.keys(head).sort());
    fetched.length = 0;
    const changed = new Set(['b.rf.yaml', 'new.rf.yaml']);
    const some = await checkAtBase(report, fetch, settings, tmpdir(), (path) => !changed.has(path));
    expect(fetched.sort()).toEqual(['b.rf.yaml', 'new.rf.yaml']);
    expect(some.report?.files).toEqual(all.report?.files);
    expect(some.report?.summary).toEqual(all.report?.summary);
    expect(some).toMatchObject({ read: 1, reused: 2 });
    // b's base has RF 9, the head 7: the reused files are the head's, b's is the base's own.
    expect(some.report!.files.map((f) => [f.path, f.outputs[0]!.rf])).toEqual([['a.rf.yaml', [7, 7]], ['b.rf.yaml', [9, 9]], ['c.rf.yaml', [7, 7]]]);
  });

  it('needs no fetch at all when nothing changed, and a failing fetch of a changed file is the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rflint-basecheck-'));
    writeFileSync(join(dir, 'a.rf.yaml'), model(3, 'a'));
    const settings = { cwd: dir, patterns: [] };
    const report = await runCheck(settings);
    const none = await checkAtBase(report, () => Promise.reject(new Error('no fetch expected')), settings, tmpdir(), () => true);
    expect(none.report?.files).toEqual(report.files);
    const failed = await checkAtBase(report, () => Promise.reject(new Error('HTTP 500 from the contents API')), settings, tmpdir(), () => false);
    expect(failed).toMatchObject({ reason: 'HTTP 500 from the contents API' });
    expect(failed.report).toBeUndefined();
  });
});
