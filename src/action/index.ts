// The entry point ncc bundles into dist/action/ (dist/index.js imports it): the runner runs it with node24.
import { main } from './main.js';

await main();
