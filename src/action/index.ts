// The entry point ncc bundles into dist/action/ (dist/index.js imports it): the runner runs it with node24.
import { run } from './main.js';

await run();
