/**
 * Corrupt versions of a real model file, for the loaders' "never crash" properties: a
 * truncation, up to 8 bytes overwritten (with bytes of the format's own syntax half the time, so
 * the damage hits the grammar and not only the names), or up to 16 random bytes spliced in.
 */
import fc from 'fast-check';
import type { ModelSource } from '../../src/formats/model.js';

export function mutations(original: Uint8Array, syntax = ''): fc.Arbitrary<Uint8Array> {
  const alphabet = [...syntax].map((c) => c.charCodeAt(0));
  const byte = alphabet.length > 0 ? fc.oneof(fc.constantFrom(...alphabet), fc.integer({ min: 0, max: 255 })) : fc.integer({ min: 0, max: 255 });
  return fc.oneof(
    fc.nat({ max: original.length - 1 }).map((n) => original.subarray(0, n)),
    fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), byte), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = original.slice();
      for (const [at, value] of flips) copy[at] = value;
      return copy;
    }),
    fc.tuple(fc.nat({ max: original.length }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
      const copy = new Uint8Array(original.length + junk.length);
      copy.set(original.subarray(0, at));
      copy.set(junk, at);
      copy.set(original.subarray(at), at + junk.length);
      return copy;
    }),
  );
}

/** A ModelSource over bytes in memory. */
export function memorySource(path: string, bytes: Uint8Array): ModelSource {
  return { path, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
