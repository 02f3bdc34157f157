/**
 * Corrupt versions of a real model file, for the loaders' "never crash" properties. Byte-level
 * damage (a truncation, up to 8 bytes overwritten — with bytes of the format's own syntax half
 * the time, so the damage hits the grammar and not only the names — up to 16 random bytes
 * spliced in, or a 32/64-bit field made extreme) and structural damage that keeps the text well-formed enough to reach the
 * builders: lines or sections duplicated and deleted, numbers swapped, numbers made huge,
 * negative, fractional or not numbers at all.
 */
import fc from 'fast-check';
import type { ModelSource } from '../../src/formats/model.js';

/** Byte-level damage: for binary files, and what the per-format corrupt tests use. */
export function mutations(original: Uint8Array, syntax = ''): fc.Arbitrary<Uint8Array> {
  const alphabet = [...syntax].map((c) => c.charCodeAt(0));
  const byte = alphabet.length > 0 ? fc.oneof(fc.constantFrom(...alphabet), fc.integer({ min: 0, max: 255 })) : fc.integer({ min: 0, max: 255 });
  const last = Math.max(0, original.length - 1);
  return fc.oneof(
    fc.nat({ max: last }).map((n) => original.subarray(0, n)),
    fc.array(fc.tuple(fc.nat({ max: last }), byte), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = original.slice();
      for (const [at, value] of flips) if (at < copy.length) copy[at] = value;
      return copy;
    }),
    fc.tuple(fc.nat({ max: original.length }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => splice(original, at, 0, junk)),
    // A length, count or offset field made extreme: the binary formats' "huge number".
    fc.tuple(fc.nat({ max: last }), fc.constantFrom([0xff, 0xff, 0xff, 0xff], [0xff, 0xff, 0xff, 0x7f], [0, 0, 0, 0x80], [0, 0, 0, 0], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])).map(([at, value]) => {
      const copy = original.slice();
      copy.set(value.slice(0, Math.max(0, copy.length - at)), at);
      return copy;
    }),
  );
}

/** Byte-level and structural damage, for text files. */
export function textMutations(original: Uint8Array, syntax = ''): fc.Arbitrary<Uint8Array> {
  return fc.oneof(mutations(original, syntax), structuralMutations(original));
}

/** Numbers that break assumptions: overflow, signs, fractions, and text where a number was. */
export const HOSTILE_NUMBERS = ['0', '-1', '-0', '1e308', '-1e308', '1e999', '2147483648', '4294967297', '9007199254740993', '0.5', '1.5', 'NaN', '.nan', 'inf', '-.inf', 'Infinity', '0x7fffffff', '99999999999999999999', '1e-320', 'null', 'true', '[]', '{}', '""'];

/**
 * Damage a text file's structure: delete or duplicate a run of lines (a section, a layer), move
 * one, swap two numbers, or put a hostile number where a number was.
 */
export function structuralMutations(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const text = new TextDecoder().decode(original);
  const lines = text.split('\n');
  const numbers = [...text.matchAll(/-?\d+(\.\d+)?([eE][-+]?\d+)?/g)].map((m) => [m.index, m[0].length] as const);
  const lineIndex = fc.nat({ max: Math.max(0, lines.length - 1) });
  const run = fc.tuple(lineIndex, fc.integer({ min: 1, max: 12 }));
  const encode = (s: string) => new TextEncoder().encode(s);
  const options: fc.Arbitrary<Uint8Array>[] = [
    run.map(([at, n]) => encode([...lines.slice(0, at), ...lines.slice(at + n)].join('\n'))),
    fc.tuple(run, fc.integer({ min: 1, max: 50 })).map(([[at, n], times]) => encode([...lines.slice(0, at + n), ...Array.from({ length: times }, () => lines.slice(at, at + n)).flat(), ...lines.slice(at + n)].join('\n'))),
    fc.tuple(run, lineIndex).map(([[at, n], to]) => {
      const moved = lines.slice(at, at + n);
      const rest = [...lines.slice(0, at), ...lines.slice(at + n)];
      return encode([...rest.slice(0, to), ...moved, ...rest.slice(to)].join('\n'));
    }),
  ];
  if (numbers.length > 0) {
    const number = fc.nat({ max: numbers.length - 1 });
    options.push(
      fc.array(fc.tuple(number, fc.constantFrom(...HOSTILE_NUMBERS)), { minLength: 1, maxLength: 4 }).map((edits) => encode(replaceNumbers(text, numbers, new Map(edits.map(([i, v]) => [i, v]))))),
      fc.tuple(number, number).map(([a, b]) => {
        const [sa, la] = numbers[a]!;
        const [sb, lb] = numbers[b]!;
        return encode(replaceNumbers(text, numbers, new Map([[a, text.slice(sb, sb + lb)], [b, text.slice(sa, sa + la)]])));
      }),
    );
  }
  return fc.oneof(...options);
}

/** `text` with the numbers at the given indices (into `numbers`) replaced. */
function replaceNumbers(text: string, numbers: readonly (readonly [number, number])[], edits: ReadonlyMap<number, string>): string {
  let out = '';
  let from = 0;
  for (const i of [...edits.keys()].sort((x, y) => x - y)) {
    const [start, length] = numbers[i]!;
    if (start < from) continue;
    out += text.slice(from, start) + edits.get(i)!;
    from = start + length;
  }
  return out + text.slice(from);
}

function splice(original: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const copy = new Uint8Array(original.length - remove + insert.length);
  copy.set(original.subarray(0, at));
  copy.set(insert, at);
  copy.set(original.subarray(at + remove), at + insert.length);
  return copy;
}

/** A ModelSource over bytes in memory, reading as a file does (nothing before 0 or past the end). */
export function memorySource(path: string, bytes: Uint8Array): ModelSource {
  return {
    path,
    size: bytes.length,
    read: async (offset, length) => {
      const start = Math.max(0, Math.min(offset, bytes.length));
      return bytes.subarray(start, Math.max(start, Math.min(bytes.length, offset + length)));
    },
  };
}
