/**
 * The HTML report's screenshots under docs/ (shown in the README): the page of the bundled
 * examples, as a pull request that drops a bottleneck from ResNet-50's last stage would get it
 * (the scenario of docs/example-comment.md), opened in headless Chromium. `npm run
 * docs:screenshots` rewrites them; it needs Debian's chromium (or RFLINT_CHROMIUM).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runCheck } from '../src/check/run.js';
import { renderHtml } from '../src/report/html/page.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.RFLINT_CHROMIUM || '/usr/bin/chromium';

/** Which output, which position (keys pressed from Home), and the file. */
const SHOTS = [
  { file: 'docs/html-report-vgg16.png', output: 'examples/vgg16.rf.yaml: pool5', keys: ['ArrowDown', 'ArrowRight'] },
  // Position (195, 204): phases 3 and 12 of 16, so a 188 × 204 box.
  { file: 'docs/html-report-unet.png', output: 'examples/unet.rf.yaml: segmentation', keys: [...Array<string>(19).fill('Shift+ArrowDown'), ...Array<string>(5).fill('ArrowDown'), ...Array<string>(20).fill('Shift+ArrowRight'), ...Array<string>(4).fill('ArrowRight')] },
  { file: 'docs/html-report-compare.png', output: 'examples/resnet50.rf.yaml: layer4', keys: ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight'] },
] as const;

async function page(dir: string): Promise<string> {
  const head = join(dir, 'head');
  cpSync(join(ROOT, 'examples'), join(head, 'examples'), { recursive: true });
  const resnet = join(head, 'examples/resnet50.rf.yaml');
  const text = readFileSync(resnet, 'utf8');
  const dropped = text.replace('- { name: units, repeat: 2, block: *bottleneck }', '- { name: units, repeat: 1, block: *bottleneck }');
  if (dropped === text) throw new Error('examples/resnet50.rf.yaml changed: update scripts/screenshots.ts');
  writeFileSync(resnet, dropped);
  const settings = { patterns: ['examples'], explain: true, windows: true } as const;
  const base = await runCheck({ ...settings, cwd: ROOT });
  const report = await runCheck({ ...settings, cwd: head });
  const path = join(dir, 'report.html');
  writeFileSync(path, renderHtml({ ...report, base }, { baseName: 'main' }));
  return path;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium, or set RFLINT_CHROMIUM`);
  const dir = mkdtempSync(join(tmpdir(), 'rflint-shots-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const html = await page(dir);
    const tab = await browser.newPage({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(html).href);
    for (const shot of SHOTS) {
      await tab.selectOption('#viewer-output', { label: shot.output });
      const canvas = tab.locator('#viewer-views canvas').last();
      await canvas.focus();
      await tab.keyboard.press('Home');
      for (const key of shot.keys) await tab.keyboard.press(key);
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      // No focus ring in the picture.
      await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tab.locator('#viewer').screenshot({ path: join(ROOT, shot.file) });
      process.stdout.write(`wrote ${shot.file}\n`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
