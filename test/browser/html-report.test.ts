/**
 * The HTML report in a real browser (headless Chromium, test/browser/chromium.ts): pages made by
 * the built CLI (`rflint … --format html`, as users make them) and opened from disk. Each box
 * drawn is read from the canvas's `data-box` (what the live region also says) and compared with
 * `start + u·stride … + rf − 1`, or with the hand-derived windows of the U-Net example.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, buildCli, runCli } from '../cli/cli-bundle.js';
import { CHROMIUM, HAS_CHROMIUM, REQUIRE_CHROMIUM, launch } from './chromium.js';

interface Box {
  u: number[];
  lo: number[];
  hi: number[];
  clipLo: number[];
  clipHi: number[];
}

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and every request but the page itself (and local blobs). */
  problems: string[];
}

it.runIf(!HAS_CHROMIUM && REQUIRE_CHROMIUM)('Chromium is installed (RFLINT_REQUIRE_CHROMIUM)', () => {
  expect.fail(`${CHROMIUM} is missing, and this run requires the browser tests: apt-get install -y chromium`);
});

describe.skipIf(!HAS_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let cleanup = () => {};
  let examples: string;
  let compare: string;
  let hostile: string;

  beforeAll(async () => {
    const built = buildCli();
    cleanup = built.cleanup;
    dir = await mkdtemp(join(tmpdir(), 'rflint-html-'));
    browser = await launch();
    const run = await runCli(built.cli, ['examples/', '--format', 'html'], REPO);
    expect(run.code, run.stderr).toBe(1); // examples/failing fails on purpose
    examples = join(dir, 'examples.html');
    await writeFile(examples, run.stdout);

    // A change that grows an RF: three stride-2 convs where the base had two.
    const repo = join(dir, 'repo');
    const model = (convs: number) =>
      `rflint: 1\nname: det\ninput: { size: [64, 64] }\nlayers:\n${Array.from({ length: convs }, (_, i) => `  - { name: c${i}, op: conv, kernel: 3, stride: 2, padding: 1 }\n`).join('')}outputs:\n  - { name: out, layer: c${convs - 1} }\n`;
    execFileSync('git', ['init', '-q', repo]);
    await writeFile(join(repo, 'det.rf.yaml'), model(2));
    execFileSync('git', ['-C', repo, 'add', '.']);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base']);
    await writeFile(join(repo, 'det.rf.yaml'), model(3));
    const diff = await runCli(built.cli, ['det.rf.yaml', '--base', 'HEAD', '--format', 'html'], repo);
    expect(diff.code, diff.stderr).toBe(0);
    compare = join(dir, 'compare.html');
    await writeFile(compare, diff.stdout);

    // Names a pull request could bring (issue 13): they must stay text.
    await writeFile(
      join(dir, 'hostile.rf.yaml'),
      'rflint: 1\nname: "</script><b>x"\ninput: { size: [32, 32] }\nlayers:\n  - { name: "<img/src=x/onerror=pwned=2>", op: conv, kernel: 3, stride: 2, padding: 1 }\noutputs:\n  - { name: "</script><script>pwned=1</script>", layer: "<img/src=x/onerror=pwned=2>" }\n',
    );
    const bad = await runCli(built.cli, ['hostile.rf.yaml', '--format', 'html'], dir);
    expect(bad.code, bad.stderr).toBe(0);
    hostile = join(dir, 'hostile.html');
    await writeFile(hostile, bad.stdout);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    cleanup();
  });

  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    // Nothing may leave the machine: any request that is not the file itself fails.
    await page.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
    await page.goto(url);
    return { page, problems };
  }

  async function choose(page: Page, label: string): Promise<Locator> {
    await page.selectOption('#viewer-output', { label });
    return page.locator('#viewer-views canvas').last();
  }

  /** Hovers the canvas at canvas pixel (x, y) (its centre) and returns the box drawn. */
  async function hoverAt(page: Page, canvas: Locator, x: number, y: number): Promise<Box> {
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }));
    await canvas.hover({ position: { x: ((x + 0.5) * size.cw) / size.w, y: ((y + 0.5) * size.ch) / size.h } });
    return box(page, canvas);
  }

  async function box(page: Page, canvas: Locator): Promise<Box> {
    // Drawing waits for the next animation frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return JSON.parse((await canvas.getAttribute('data-box'))!);
  }

  /** The box an affine output draws at position u: start + u·stride … + rf − 1, clipped to the input. */
  function affine(g: { start: number; stride: number; rf: number; size: number }, u: number[]): Box {
    const lo = u.map((v) => g.start + v * g.stride);
    const hi = lo.map((l) => l + g.rf - 1);
    return { u, lo, hi, clipLo: lo.map((l) => Math.max(0, l)), clipHi: hi.map((h) => Math.min(g.size - 1, h)) };
  }

  /** Canvas layout: the input plus the padding the windows of positions 0 … n − 1 reach. */
  function margins(g: { start: number; stride: number; rf: number; size: number; n: number }): { before: number; width: number } {
    const before = Math.max(0, -g.start);
    const after = Math.max(0, g.start + (g.n - 1) * g.stride + g.rf - 1 - (g.size - 1));
    return { before, width: before + g.size + after };
  }

  it('opens from disk with no console error and no request, and draws every output of every example', async () => {
    const { page, problems } = await open(examples);
    const options = await page.locator('#viewer-output option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).textContent!));
    expect(options).toHaveLength(16);
    for (const label of ['examples/failing/shallow-detector.rf.yaml: boxes', 'examples/vgg16.rf.yaml: pool5', 'examples/unet.rf.yaml: segmentation', 'examples/wavenet.rf.yaml: samples', 'examples/video3d.rf.yaml: pool5']) {
      expect(options).toContain(label);
    }
    for (const label of options) {
      const canvas = await choose(page, label);
      await canvas.hover();
      const drawn = await box(page, canvas);
      expect(drawn.lo, label).toHaveLength(drawn.u.length);
      expect(await page.textContent('#viewer-text')).toContain('sees');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the seed example (shallow detector): hovering position u draws −9 + 4u … + 19 − 1', async () => {
    const { page, problems } = await open(examples);
    const g = { start: -9, stride: 4, rf: 19, size: 320, n: 80 };
    const canvas = await choose(page, 'examples/failing/shallow-detector.rf.yaml: boxes');
    const m = margins(g);
    expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([m.width, m.width]);
    for (const u of [[0, 0], [10, 33], [79, 79]]) {
      // A position's centre on the canvas: the margin, then start + u·stride + (rf − 1)/2.
      const at = (v: number) => m.before + g.start + v * g.stride + (g.rf - 1) / 2;
      expect(await hoverAt(page, canvas, at(u[1]!), at(u[0]!))).toEqual(affine(g, u));
    }
    expect(await page.textContent('#viewer-text')).toContain('boxes: position 79, 79 sees rows 307…325 (19; in the input 307…319; padding 6 after)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('VGG-16 pool5: −90 + 32u … + 212 − 1, clipped at both borders, the padding part said', async () => {
    const { page } = await open(examples);
    const g = { start: -90, stride: 32, rf: 212, size: 224, n: 7 };
    const canvas = await choose(page, 'examples/vgg16.rf.yaml: pool5');
    const m = margins(g);
    expect(m).toEqual({ before: 90, width: 404 });
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(404);
    const at = (v: number) => m.before + g.start + v * g.stride + (g.rf - 1) / 2;
    for (const u of [[0, 0], [2, 5], [6, 3]]) expect(await hoverAt(page, canvas, at(u[1]!), at(u[0]!))).toEqual(affine(g, u));
    expect(await page.textContent('#viewer-text')).toBe('pool5: position 6, 3 sees rows 102…313 (212; in the input 102…223; padding 90 after), columns 6…217 (212; in the input 6…217); centre 207.5, 111.5.');
    await page.close();
  });

  it('U-Net: after the up-convs the box follows the phase: 16⌊u/16⌋ … 16⌊(u+12)/16⌋ + 187, by mouse and by keyboard', async () => {
    const { page, problems } = await open(examples);
    const canvas = await choose(page, 'examples/unet.rf.yaml: segmentation');
    const want = (u: number[]): Box => {
      const lo = u.map((v) => 16 * Math.floor(v / 16));
      const hi = u.map((v) => 16 * Math.floor((v + 12) / 16) + 187);
      return { u, lo, hi, clipLo: lo, clipHi: hi };
    };
    // No padding (unpadded convs): the canvas is the 572-pixel input; position u sits at 93.5 + u.
    expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([572, 572]);
    // The canvas is drawn at 520 CSS pixels: a mouse lands within one position of its aim.
    const drawn = await hoverAt(page, canvas, 93.5 + 250, 93.5 + 37);
    expect(Math.abs(drawn.u[0]! - 37)).toBeLessThanOrEqual(1);
    expect(Math.abs(drawn.u[1]! - 250)).toBeLessThanOrEqual(1);
    expect(drawn).toEqual(want(drawn.u));
    // Keyboard, exact: arrows move one position, Shift ten; Home and End go to the first and last.
    await canvas.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const phase5 = await box(page, canvas);
    expect(phase5).toEqual(want([5, 10]));
    expect(phase5.hi[0]! - phase5.lo[0]! + 1).toBe(204); // phase 5: (5 + 12) crosses 16 …
    expect(phase5.hi[1]! - phase5.lo[1]! + 1).toBe(204);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const phase1 = await box(page, canvas);
    expect(phase1).toEqual(want([0, 1]));
    expect(phase1.hi[1]! - phase1.lo[1]! + 1).toBe(188); // … phase 1 does not
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await box(page, canvas)).toEqual(want([385, 376]));
    expect(await page.textContent('#viewer-text')).toContain('phase 1 of 16), columns 368…571 (204; in the input 368…571; phase 8 of 16)');
    await page.keyboard.press('Home');
    expect(await box(page, canvas)).toEqual(want([0, 0]));
    await page.keyboard.press('End');
    expect(await box(page, canvas)).toEqual(want([387, 387]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keyboard: Tab reaches the outputs in order, Page Down / Page Up change the output on the canvas, buttons show one', async () => {
    const { page } = await open(examples);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#file-out-0');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('boxes');
    const first = await choose(page, 'examples/vgg16.rf.yaml: conv5_3');
    await first.focus();
    await page.keyboard.press('PageDown');
    expect(await page.inputValue('#viewer-output')).toBe(await page.locator('#viewer-output option', { hasText: 'examples/vgg16.rf.yaml: pool5' }).getAttribute('value'));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    expect(await page.textContent('#viewer-text')).toMatch(/^pool5: position 3, 3 sees/);
    await page.keyboard.press('PageUp');
    expect(await page.textContent('#viewer-text')).toMatch(/^conv5_3: position 6, 6 sees/);
    // "Show … on the input" beside each output's table selects it and moves the focus there.
    await page.locator('button.show', { hasText: 'Show segmentation on the input' }).press('Enter');
    expect(await page.textContent('#viewer-text')).toMatch(/^segmentation: position 193, 193 sees/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    await page.close();
  });

  it('3-D (video3d conv5b): the picture shows height × width, [ and ] move along time', async () => {
    const { page, problems } = await open(examples);
    const canvas = await choose(page, 'examples/video3d.rf.yaml: conv5b');
    await canvas.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press(']');
    await page.keyboard.press('ArrowRight');
    // RF 68×134×134, stride 8×16×16, start −30×−59×−59, input 16×112×112.
    const lo = [-30 + 8, -59, -59 + 16];
    const hi = [lo[0]! + 67, lo[1]! + 133, lo[2]! + 133];
    expect(await box(page, canvas)).toEqual({ u: [1, 0, 1], lo, hi, clipLo: [0, 0, 0], clipHi: [15, 74, 90] });
    expect(await page.textContent('#viewer-text')).toContain('(the picture shows axis 0 at position 1: [ and ] move along it)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an image dropped on the canvas is drawn under the boxes, read locally', async () => {
    const { page, problems } = await open(examples);
    const canvas = await choose(page, 'examples/failing/shallow-detector.rf.yaml: boxes');
    await canvas.focus();
    await page.keyboard.press('Home');
    // Input pixel (302, 302): far from the box at position 0, between grid dots (every 4 pixels).
    const pixel = () => canvas.evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')!.getImageData(9 + 302, 9 + 302, 1, 1).data));
    expect(await pixel()).toEqual([255, 255, 255, 255]);
    const drop = await page.evaluateHandle(async () => {
      const paint = new OffscreenCanvas(16, 16);
      const ctx = paint.getContext('2d')!;
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 16, 16);
      const blob = await paint.convertToBlob({ type: 'image/png' });
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'red.png', { type: 'image/png' }));
      return transfer;
    });
    await canvas.dispatchEvent('dragover', { dataTransfer: drop });
    await canvas.dispatchEvent('drop', { dataTransfer: drop });
    await page.waitForFunction(() => document.getElementById('viewer')!.dataset.image === 'red.png 16x16');
    expect(await pixel()).toEqual([255, 0, 0, 255]);
    expect(await page.textContent('#viewer-text')).toContain('Showing red.png (16×16) resized to the input');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('compare: a changed output shows the base and the head side by side, each with its own box', async () => {
    const { page, problems } = await open(compare);
    const canvases = page.locator('#viewer-views canvas');
    expect(await canvases.count()).toBe(2);
    expect(await page.locator('#viewer-views figcaption').allTextContents()).toEqual(['HEAD: out (RF 7×7)', 'head: out (RF 15×15)']);
    const head = canvases.nth(1);
    // Head: three stride-2 convs, RF 15, stride 8, start −7, 8 positions on 64.
    const g = { start: -7, stride: 8, rf: 15, size: 64, n: 8 };
    const m = margins(g);
    const at = (v: number) => m.before + g.start + v * g.stride + (g.rf - 1) / 2;
    expect(await hoverAt(page, head, at(5), at(2))).toEqual(affine(g, [2, 5]));
    // The base shows its position nearest the same point: RF 7, stride 4, start −3; 4·u + 0 nearest 8·5 + 0 is u = 10.
    expect(await box(page, canvases.nth(0))).toEqual(affine({ start: -3, stride: 4, rf: 7, size: 64 }, [4, 10]));
    expect(await page.textContent('table.compare')).toContain('RF7×715×15');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hostile names stay text: no script of theirs runs, the page shows them as written', async () => {
    const { page, problems } = await open(hostile);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#viewer-output option').first().textContent()).toBe('hostile.rf.yaml: </script><script>pwned=1</script>');
    expect(await page.textContent('#viewer-text')).toMatch(/^<\/script><script>pwned=1<\/script>: position 7, 7 sees/);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(await readFile(hostile, 'utf8')).not.toContain('<script>pwned');
    await page.close();
  });
});
