/**
 * The status badge for a README: an SVG made with badge-maker (shields.io's own renderer, so it
 * looks like every other badge on the page), or shields.io's endpoint JSON for users who serve
 * the badge from a branch or a gist (https://shields.io/badges/endpoint-badge).
 */
import { makeBadge } from 'badge-maker';
import type { OutputReport, Report } from '../check/report.js';
import { plainText } from './escape.js';

/** A badge is a few words wide: a longer label is clipped (an output's name can be anything). */
export const BADGE_TEXT_LIMIT = 40;

import type { BadgeOptions, BadgeValue } from './badge-options.js';

export { BADGE_VALUES, type BadgeOptions, type BadgeValue } from './badge-options.js';

export interface BadgeFields {
  readonly label: string;
  readonly message: string;
  /** A shields.io colour name. */
  readonly color: 'brightgreen' | 'red' | 'blue' | 'lightgrey';
}

/** What the badge says, from the report alone. */
export function badgeFields(report: Report, options: BadgeOptions = {}): BadgeFields {
  const value = options.value ?? 'pass';
  const s = report.summary;
  const broken = s.failed > 0 || s.errors > 0;
  if (options.output !== undefined) {
    const o = report.files.flatMap((f) => f.outputs).find((x) => x.name === options.output);
    const label = options.label ?? options.output;
    if (!o) return { label, message: 'not found', color: 'lightgrey' };
    return { label, message: outputMessage(o, value), color: statusColor(o.status) };
  }
  if (value === 'min-rf') {
    return { label: options.label ?? 'min RF', message: s.minRf === null ? 'n/a' : `${s.minRf} px`, color: s.minRf === null ? 'lightgrey' : broken ? 'red' : 'brightgreen' };
  }
  const label = options.label ?? 'receptive field';
  if (s.errors > 0 && s.passed + s.failed === 0) return { label, message: `${s.errors} error${s.errors === 1 ? '' : 's'}`, color: 'red' };
  const checked = s.passed + s.failed;
  if (checked === 0) return { label, message: s.outputs > 0 ? 'no threshold' : 'no outputs', color: 'lightgrey' };
  return { label, message: `${s.passed}/${checked} pass`, color: broken ? 'red' : 'brightgreen' };
}

function outputMessage(o: OutputReport, value: BadgeValue): string {
  // The smallest over axes and positions (rfMin): the RF every position is guaranteed.
  const rf = o.global ? 'global' : o.rf ? `${Math.min(...(o.rfMin ?? o.rf))} px` : 'n/a';
  if (value === 'min-rf') return rf;
  return o.status === 'unchecked' ? rf : `${rf} ${o.status}`;
}

function statusColor(status: OutputReport['status']): BadgeFields['color'] {
  return status === 'pass' ? 'brightgreen' : status === 'unchecked' ? 'blue' : 'red';
}

export function renderBadgeSvg(fields: BadgeFields): string {
  // badge-maker XML-escapes the text itself (lib/xml.js); controls and bidi are ours to show.
  return makeBadge({ label: plainText(fields.label, BADGE_TEXT_LIMIT), message: plainText(fields.message, BADGE_TEXT_LIMIT), color: fields.color });
}

/** shields.io endpoint JSON: `{schemaVersion: 1, label, message, color}`. */
export function renderBadgeJson(fields: BadgeFields): string {
  return JSON.stringify({ schemaVersion: 1, label: plainText(fields.label, BADGE_TEXT_LIMIT), message: plainText(fields.message, BADGE_TEXT_LIMIT), color: fields.color }, null, 2) + '\n';
}
