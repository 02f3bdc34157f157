/**
 * Which files the tfjs-graph loader reads, from their name and first bytes: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

const JSON_NAME = /\.json$/i;
const GRAPH_FORMAT = /"format"\s*:\s*"graph-model"/;
const OTHER_FORMAT = /"format"\s*:\s*"(?!graph-model")/;
const GRAPHDEF_TOPOLOGY = /"modelTopology"\s*:\s*\{\s*"(?:node|versions|library)"\s*:/;

export const tfjsGraphRecognition: Recognition = {
  format: 'tfjs',
  recognises: 'TF.js graph model.json',
  matches(path: string, head: Uint8Array): boolean {
    if (!JSON_NAME.test(path)) return false;
    const text = textOf(head);
    // A word test first: the patterns start at every quote of a large JSON data file.
    if (!text.includes('graph-model') && !text.includes('modelTopology')) return false;
    if (GRAPH_FORMAT.test(text)) return true;
    return !OTHER_FORMAT.test(text) && GRAPHDEF_TOPOLOGY.test(text);
  },
};
