/**
 * The third-party model files beside the repository (../shared/fixtures/realworld, each folder
 * with its SOURCES.md and licence). Never copied into the repository: this suite runs only where
 * they exist (`npm run test:realworld`, and `.ci/run` when the folder is there).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REALWORLD = process.env.RFLINT_REALWORLD ?? fileURLToPath(new URL('../../../shared/fixtures/realworld', import.meta.url));

if (!existsSync(REALWORLD)) {
  throw new Error(`the real-world fixtures are not at ${REALWORLD}: set RFLINT_REALWORLD to their folder`);
}
