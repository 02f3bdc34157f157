/**
 * What a file is by its first bytes, for the messages about a file that is not what its name
 * says (an `.onnx` that is a saved error page, binary data named `.yaml`).
 */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zip archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty zip archive' },
  { bytes: [0x89, 0x48, 0x44, 0x46], kind: 'an HDF5 file' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable (ELF)' },
];

const HTML = /^\uFEFF?\s*<(!doctype html|html|head|body|!--)/i;

/** `an HTML page`, `a zip archive`, `binary data, not text`… or undefined for plain text. */
export function describeContent(head: Uint8Array): string | undefined {
  for (const { bytes, kind } of SIGNATURES) if (bytes.every((b, i) => head[i] === b)) return kind;
  const text = new TextDecoder().decode(head.subarray(0, 512));
  if (HTML.test(text)) return 'an HTML page (a download that saved a web page instead of the file?)';
  if (!isText(head)) return 'binary data, not text';
  return undefined;
}

/** UTF-8 without NUL bytes (a cut at the end of `head` may split a character: ignored). */
function isText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}
