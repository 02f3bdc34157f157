/**
 * The two ways model-derived text enters the page: as HTML text or attribute values, and as the
 * data the client script reads. Names, paths and messages come from files anyone can write in a
 * pull request: nothing may close a tag, open a script or end an attribute.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u2028': '&#x2028;', '\u2029': '&#x2029;' };

/**
 * Text for an element's content or a quoted attribute value. Control characters (other than
 * tab and newline) are dropped: HTML forbids them as characters and they only ever hide text;
 * the line separators become references, so no copy of the page carries them raw.
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"'\u2028\u2029]/g, (c) => HTML[c]!);
}

/**
 * JSON to embed in `<script type="application/json">`: `<` can never start `</script>` or
 * `<!--`, `>` and `&` are escaped alike, and U+2028/U+2029 (line terminators in old JavaScript)
 * are escaped too, so the element's text is JSON.parse-able and inert. The escapes are JSON's own
 * (`\u003c`), so JSON.parse restores the exact strings.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
