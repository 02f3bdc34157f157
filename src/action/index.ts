// The entry point ncc bundles into dist/index.js: the runner runs it with node24.
import { main } from './main.js';

await main();
