/**
 * `--format html`: one self-contained page (inline CSS and JS, no network, opens from disk and
 * from a workflow artifact). The Content-Security-Policy allows only this page's own style and
 * script, by hash, and images from local object URLs: a string that slipped through escaping
 * could still not run a script or fetch anything.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../check/report.js';
import { rflintClient } from './client.js';
import { pageData } from './data.js';
import { scriptJson } from './escape.js';
import { renderBody } from './sections.js';
import { STYLES } from './styles.js';

export interface HtmlOptions {
  /** What the base is called (`--base REV`), when the report has one. */
  readonly baseName?: string;
  /** The tool's version, in the page's generator tag. */
  readonly version?: string;
}

export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  // esbuild (tsx, vitest) with keepNames wraps nested functions in `__name(fn, "name")`: an
  // identity stands in for its helper, which lives outside the serialised function.
  const script = `const __name = (f) => f;\n(${rflintClient.toString()})();`;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLES)}'`,
    `script-src '${sha256(script)}'`,
    'img-src blob: data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="rflint${options.version ? ` ${options.version.replace(/[^\w.+-]/g, '')}` : ''}">`,
    '<title>rflint report</title>',
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    renderBody(report, options.baseName),
    `<script type="application/json" id="rflint-data">${scriptJson(pageData(report, options.baseName))}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
