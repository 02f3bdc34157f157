/**
 * Names among siblings: unique in each list of layers (blocks open a new scope, so `conv1` may
 * appear in every residual unit), and `input` is taken at the top level by the network input.
 */
import { type Diagnostic, error } from '../diagnostic.js';
import { type Locator, type Path, describePath } from '../yaml/locate.js';
import { CODES } from './codes.js';
import type { NativeLayer } from './document.js';

export const NETWORK_INPUT = 'input';
export const BLOCK_INPUT = '^';

export function duplicateNames(layers: readonly NativeLayer[], path: Path, locate: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Path>();
  if (path.length === 1) first.set(NETWORK_INPUT, []);
  layers.forEach((layer, i) => {
    const here = [...path, i];
    if (layer.name !== undefined) {
      const earlier = first.get(layer.name);
      if (earlier) {
        const where = earlier.length === 0 ? 'the network input is called `input`' : `first used at line ${locate.at([...earlier, 'name']).line}, ${describePath(earlier)}`;
        out.push(error(CODES.duplicateName, `${describePath(here)}.name: duplicate name \`${layer.name}\` (${where}); names must be unique among the layers of a list`, locate.at([...here, 'name'])));
      } else first.set(layer.name, here);
    }
    if (layer.block) out.push(...duplicateNames(layer.block, [...here, 'block'], locate));
  });
  return out;
}
