/**
 * Exact rationals for strides (jumps). A jump becomes a fraction after upsampling or a
 * transposed convolution; keeping it exact is what lets the engine promise exact numbers.
 * Numerator and denominator are safe integers; anything larger is an RF014 overflow.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : checked((a / gcd(a, b)) * b);
}

/** Floor division of integers (JS `%` truncates towards zero; axes are unbounded both ways). */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export class OverflowError extends Error {
  constructor() {
    super('a stride or position exceeds 2^53: the network is too deep or too strided to analyse exactly');
  }
}

export function checked(n: number): number {
  if (!Number.isSafeInteger(n)) throw new OverflowError();
  return n;
}

export function frac(num: number, den = 1): Fraction {
  if (den === 0) throw new RangeError('fraction with a zero denominator');
  checked(num);
  checked(den);
  const g = gcd(num, den) || 1;
  const sign = den < 0 ? -1 : 1;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export function mul(a: Fraction, b: Fraction): Fraction {
  const g1 = gcd(a.num, b.den) || 1;
  const g2 = gcd(b.num, a.den) || 1;
  return frac(checked((a.num / g1) * (b.num / g2)), checked((a.den / g2) * (b.den / g1)));
}

export function div(a: Fraction, b: Fraction): Fraction {
  return mul(a, frac(b.den, b.num));
}

export function eq(a: Fraction, b: Fraction): boolean {
  return a.num === b.num && a.den === b.den;
}

export function toNumber(f: Fraction): number {
  return f.num / f.den;
}

/** `2`, `1/3`: the exact form, for people. */
export function format(f: Fraction): string {
  return f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;
}

/** Reads `2`, `0.5`, `3/2` into an exact fraction (decimals are taken at face value). */
export function parse(value: number | string): Fraction | null {
  // A number beyond 2^53 (a scale of 9007199254740993) is no fraction rflint can work with:
  // null, like any other value that is not one, rather than an OverflowError out of a loader.
  try {
    return parseFraction(value);
  } catch (err) {
    if (err instanceof OverflowError) return null;
    throw err;
  }
}

function parseFraction(value: number | string): Fraction | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value)) return frac(value);
    return parseFraction(String(value));
  }
  const ratio = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (ratio) return Number(ratio[2]) === 0 ? null : frac(Number(ratio[1]), Number(ratio[2]));
  const decimal = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec(value);
  if (!decimal) return null;
  const digits = decimal[3] ?? '';
  if (digits.length > 12) return null;
  const den = 10 ** digits.length;
  const num = Number(decimal[2]) * den + Number(digits || '0');
  return frac(decimal[1] === '-' ? -num : num, den);
}
