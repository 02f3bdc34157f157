/**
 * `engines` tells the truth: every package the lockfile installs accepts the Node versions
 * package.json claims, so `npm ci` on Node 20 prints no EBADENGINE (content-type 3, pulled in by
 * @actions/github, wants Node ≥ 22: the `overrides` pin 2.1.0, same API, Node ≥ 18; the Azure
 * packages @github/local-action pulls in through @actions/artifact and @actions/cache, which the
 * tests never call, are pinned to their last releases for Node 20).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string }; overrides?: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }> };

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((n) => (n === 'x' || n === '*' ? 0 : Number(n)));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The semver range forms the lockfile uses: `>=20`, `>= 14.6`, `^20.19.0 || >=22.12.0`, `>=0.6.11 <=0.7.0`. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const [, op = '', bound = ''] = /^([<>=^~]*)(.*)$/.exec(comparator)!;
        // `*` (and an empty range) accepts every version.
        if (bound === '*' || bound === 'x' || bound === '') return true;
        const b = parse(bound);
        const c = compare(v, b);
        switch (op) {
          case '>=':
            return c >= 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          case '<':
            return c < 0;
          case '^':
            return c >= 0 && v[0] === b[0];
          case '~':
            return c >= 0 && v[0] === b[0] && v[1] === b[1];
          default:
            return bound.split('.').length < 3 ? v[0] === b[0] && (bound.split('.').length < 2 || v[1] === b[1]) : c === 0;
        }
      }),
  );
}

/** The lockfile's packages whose `engines.node` rejects `version`. */
function rejecting(version: string, which: (path: string) => boolean): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && which(path) && !Array.isArray(entry.engines) && entry.engines?.node !== undefined && !satisfies(version, entry.engines.node))
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
}

describe('engines', () => {
  it('the range reader agrees with semver on the lockfile\'s forms', () => {
    expect(satisfies('20.20.2', '>=22')).toBe(false);
    expect(satisfies('20.20.2', '>= 20')).toBe(true);
    expect(satisfies('20.0.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.1', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false);
    expect(satisfies('20.20.2', '*')).toBe(true);
  });

  it('every package npm ci installs accepts the Node that runs the tests (no EBADENGINE)', () => {
    expect(rejecting(process.version, () => true)).toEqual([]);
  });

  it('every package the bundle holds accepts the lowest Node that package.json claims', () => {
    const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node)?.[1];
    expect(floor).toBeDefined();
    // The bundled ones: all but the toolchain (vite, vitest, tsx… are for development only) and
    // GitHub's descriptions and runners the tests check against.
    const toolchain = /^(vite|vitest|@vitest\/|tsx|esbuild|@esbuild\/|rollup|@rollup\/|typescript|playwright-core|fast-check|@types\/|fsevents|postcss|nanoid|@biomejs\/|@actions\/workflow-parser|@octokit\/(openapi|openapi-webhooks|fixtures|webhooks-examples)$|@github\/local-action)/;
    const bundled = (path: string) => !toolchain.test(path.replace(/^.*node_modules\//, ''));
    expect(Object.keys(lock.packages).filter(bundled).length).toBeGreaterThan(20);
    expect(rejecting(floor!, bundled)).toEqual([]);
  });

  it('each override is the version the lockfile installs', () => {
    expect(pkg.overrides?.['content-type']).toBe('2.1.0');
    for (const [name, version] of Object.entries(pkg.overrides ?? {})) {
      const installed = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
      expect(new Set(installed.map(([, entry]) => entry.version)), name).toEqual(new Set([version]));
    }
  });
});
