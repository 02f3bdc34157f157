/**
 * Hostile model files, written to disk: the names a pull request author can choose (HTML,
 * Markdown links, mentions, issue links, table breakers, newlines that start workflow commands,
 * bidi controls, 64 KB names), in a native YAML file and an ONNX file whose node and tensor names
 * are free bytes. Shared by the renderer tests and the action's end-to-end test.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { attrInts, model, valueInfo } from '../formats/onnx/encode.js';

export const HTML = '<img src=x onerror=alert(1)>';
export const LINK = '](javascript:alert(1))';
export const DETAILS = '<details open><summary>click</summary>';
export const MENTION = '@octo-org/admins';
export const ISSUE = '#123';
/** Right-to-left override and isolates: the text reads differently from how it is stored. */
export const BIDI = '\u202Eevil\u2066x\u2069\u202A\u202B\u202C\u202D\u2067\u2068';
/** A newline followed by workflow commands: a new log line that the runner would obey. */
export const COMMANDS = '\n::add-mask::secret\r\n::stop-commands::pwned\n::set-output name=x::y%0A::error::injected';
/** 64 KB. */
export const HUGE = 'A'.repeat(64 * 1024);

/** Every hostile piece in one name (a native YAML output name may hold anything). */
export const ALL = `${HTML}${LINK}${DETAILS} ${MENTION} ${ISSUE} a|b|c ${BIDI}${COMMANDS} \x1b[2J\x1b]8;;https://evil.example\x07`;

// Native layer names may not hold `.`, `#`, `^` or white space (schema/rflint.schema.json).
const LAYER_1 = '<img/src=x/onerror=alert(1)>](javascript:alert(1))|@octo-org/admins';
const LAYER_2 = `c2${BIDI}<details>`;

export function nativeModel(): string {
  return `rflint: 1
name: ${JSON.stringify(`${HTML} ${MENTION} ${ISSUE}${BIDI}`)}
input: { size: [64, 64] }
layers:
  - { name: ${JSON.stringify(LAYER_1)}, op: conv, kernel: 3, stride: 2, padding: 1 }
  - { name: ${JSON.stringify(LAYER_2)}, op: conv, kernel: 3, padding: 1 }
outputs:
  - { name: ${JSON.stringify(ALL)}, layer: ${JSON.stringify(LAYER_2)}, min_rf: 100 }
  - { name: ${JSON.stringify(HUGE)}, layer: ${JSON.stringify(LAYER_1)}, min_rf: 100 }
`;
}

/** An ONNX model whose node names and output tensor name carry newlines and commands. */
export function onnxModel(): Uint8Array {
  const conv = (input: string, output: string, name: string) => ({ op: 'Conv', name, inputs: [input, 'w'], outputs: [output], attrs: [attrInts('kernel_shape', [3, 3]), attrInts('pads', [1, 1, 1, 1])] });
  const out = `y${COMMANDS}${BIDI}${HTML}`;
  return model({
    graph: {
      name: `${HTML}${COMMANDS}`,
      nodes: [conv('x', 'h', `conv1${COMMANDS}${LINK}`), conv('h', out, `conv2${HUGE}`)],
      inputs: [valueInfo('x', [1, 3, 32, 32])],
      outputs: [valueInfo(out)],
      initializers: [{ name: 'w', dims: [3, 3, 3, 3], raw: new Uint8Array(4 * 81) }],
    },
  });
}

/**
 * A folder with both models under hostile file names (a path is the author's too), plus a
 * broken file whose diagnostic quotes a hostile key.
 */
export function hostileWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'rflint-hostile-'));
  const files: Record<string, string | Uint8Array> = {
    [`models/${HTML.replace(/\//g, '_')}${MENTION.replace('/', '_')}.rf.yaml`]: nativeModel(),
    ['models/::error::x\n::add-mask::y [a](javascript:b) #123.onnx']: onnxModel(),
    [`models/broken${BIDI}.rf.yaml`]: `rflint: 1\ninput: { size: [8, 8] }\nlayers:\n  - { name: c, op: conv, kernel: 3, ${JSON.stringify(`strid${HTML}${COMMANDS}`)}: 2 }\noutputs:\n  - { name: o, layer: c }\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Every bidi control Trojan Source uses (U+202A–202E, U+2066–2069) and the marks. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
