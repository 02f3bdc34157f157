/**
 * Headless Chromium for the browser tests: Debian's `chromium` package driven by playwright-core
 * (no browser download). When it is missing the tests are skipped and say so on stderr; CI
 * (.ci/run) installs it, so there they always run. RFLINT_CHROMIUM names another binary.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.RFLINT_CHROMIUM || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** CI (.ci/run) installs Chromium: there a missing browser is a failure, not a skip. */
export const REQUIRE_CHROMIUM = process.env.RFLINT_REQUIRE_CHROMIUM === '1';

if (!HAS_CHROMIUM && !REQUIRE_CHROMIUM) {
  process.stderr.write(`\nNOTICE: ${CHROMIUM} is missing: the browser tests of the HTML report are SKIPPED (apt-get install -y chromium, or set RFLINT_CHROMIUM).\n\n`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
