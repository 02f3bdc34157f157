/**
 * What changed against a base report (the PR's base in the action, `--base REV` on the command
 * line): per output, its RF before and after, new outputs and removed ones. Every renderer shows
 * deltas from here, so the terminal and the PR comment say the same thing.
 */
import { formatCount } from '../check/cost-limits.js';
import type { FileReport, OutputReport, Report } from '../check/report.js';

/** The change of an output's RF against the base: per axis, or a word when there is no number. */
export type Delta = { readonly kind: 'new' } | { readonly kind: 'same' } | { readonly kind: 'changed'; readonly text: string };

export interface Change {
  readonly path: string;
  readonly output: string;
  readonly kind: 'changed' | 'new' | 'removed';
  /** `RF 483 → 427 (−56)`, `new (RF 11)`, `removed (was RF 19)`. */
  readonly text: string;
}

/**
 * `427`, `427×400`, `global`, `—`; where the RF varies by position (after upsampling), the range
 * per axis, smallest first: `188–204`, `188–204×188–204`. Every renderer shows an RF through here.
 */
export function rfText(o: Pick<OutputReport, 'global' | 'rf' | 'rfMin'>, separator = '×'): string {
  if (o.global) return 'global';
  return o.rf === null ? '—' : rfAxes(o).join(separator);
}

/** Per axis: `204`, or `188–204` where the RF varies by position. */
export function rfAxes(o: Pick<OutputReport, 'rf' | 'rfMin'>): string[] {
  return (o.rf ?? []).map((rf, a) => {
    const min = o.rfMin?.[a];
    return min !== undefined && min !== rf ? `${min}–${rf}` : String(rf);
  });
}

/** The 95 % width of the ERF at position 0, and the narrowest position's where it differs: `143 (narrowest position 131)`. */
export function erfWidthText(erf: NonNullable<OutputReport['erf']>, separator = '×', show = (v: readonly number[]) => v.join(separator)): string {
  const at0 = show(erf.width95);
  const min = erf.width95Min;
  return min && min.some((m, a) => m !== erf.width95[a]) ? `${at0} (narrowest position ${show(min)})` : at0;
}

function signed(d: number): string {
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}

export function outputDelta(output: OutputReport, file: FileReport, base: Report): Delta {
  const before = base.files.find((f) => f.path === file.path)?.outputs.find((o) => o.name === output.name);
  if (before === undefined) return { kind: 'new' };
  if (before.global !== output.global) return { kind: 'changed', text: output.global ? `now global (was ${rfText(before)})` : 'was global' };
  if (before.rf === null || output.rf === null) return { kind: 'same' };
  if (before.rf.length !== output.rf.length) return { kind: 'changed', text: `was ${rfText(before)}` };
  const diffs = output.rf.map((rf, i) => rf - (before.rf?.[i] ?? rf));
  // The smallest RF over positions too: it is what min_rf holds, and it can move alone.
  const minDiffs = output.rf.map((rf, i) => (output.rfMin?.[i] ?? rf) - (before.rfMin?.[i] ?? before.rf?.[i] ?? rf));
  if (diffs.every((d) => d === 0) && minDiffs.every((d) => d === 0)) return { kind: 'same' };
  if (minDiffs.every((d, i) => d === diffs[i])) return { kind: 'changed', text: diffs.map(signed).join(' × ') };
  return { kind: 'changed', text: `smallest ${minDiffs.map(signed).join(' × ')}, largest ${diffs.map(signed).join(' × ')}` };
}

/** Whether any output's RF differs from the base's (a reason to comment in `changes` mode). */
export function hasRfChanges(report: Report, base: Report | undefined): boolean {
  if (base === undefined) return false;
  return report.files.some((file) => file.outputs.some((o) => outputDelta(o, file, base).kind === 'changed'));
}

/** Every output that changed, appeared or disappeared, in the head's file order. */
export function changes(report: Report, base: Report): Change[] {
  const out: Change[] = [];
  for (const file of report.files) {
    const before = base.files.find((f) => f.path === file.path);
    for (const o of file.outputs) {
      const old = before?.outputs.find((b) => b.name === o.name);
      if (!old) out.push({ path: file.path, output: o.name, kind: 'new', text: `new (RF ${rfText(o)})` });
      else {
        const delta = outputDelta(o, file, base);
        if (delta.kind !== 'changed') continue;
        const diff = o.rf && old.rf && o.rf.length === old.rf.length && !o.global && !old.global ? ` (${delta.text})` : '';
        out.push({ path: file.path, output: o.name, kind: 'changed', text: `RF ${rfText(old)} → ${rfText(o)}${diff}` });
      }
    }
    for (const old of before?.outputs ?? []) {
      if (!file.outputs.some((o) => o.name === old.name)) out.push({ path: file.path, output: old.name, kind: 'removed', text: `removed (was RF ${rfText(old)})` });
    }
  }
  return out;
}

/** `2 outputs changed, 1 new, 1 removed against main`, or `no RF changes against main`. */
export function changesHeadline(list: readonly Change[], against: string): string {
  const count = (kind: Change['kind']) => list.filter((c) => c.kind === kind).length;
  const parts = [count('changed') ? `${count('changed')} output${count('changed') === 1 ? '' : 's'} changed` : '', count('new') ? `${count('new')} new` : '', count('removed') ? `${count('removed')} removed` : ''].filter(Boolean);
  return parts.length === 0 ? `no RF changes against ${against}` : `${parts.join(', ')} against ${against}`;
}

/**
 * The file's cost, against the base's when it has one: `11.7 M parameters · MACs 4.09 G → 3.87 G`.
 * Undefined when the file has no cost to show (no priced layer, or nothing known).
 */
export function costText(file: FileReport, base?: Report): string | undefined {
  const cost = file.cost;
  if (!cost || (cost.params === null && cost.macs === null)) return undefined;
  const before = base?.files.find((f) => f.path === file.path)?.cost;
  const part = (label: string, now: number | null, was: number | null | undefined): string => {
    if (was !== undefined && was !== null && now !== null && was !== now) return `${label} ${formatCount(was)} → ${formatCount(now)}`;
    return `${label} ${formatCount(now)}`;
  };
  return `${part('parameters', cost.params, before?.params)} · ${part('MACs', cost.macs, before?.macs)}`;
}
