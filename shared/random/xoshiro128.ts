/**
 * xoshiro128** 1.1 (Blackman & Vigna), 32-bit state words, 32-bit output.
 *
 * Invariants:
 * - Only 32-bit integer operations (Math.imul, shifts, xor) touch the state, so the output
 *   sequence is identical on every machine and every conforming JavaScript engine.
 * - The state is never all zero (the generator would then emit zeros forever); the constructor
 *   refuses it.
 */
export type XoshiroState = readonly [number, number, number, number];

export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(state: XoshiroState) {
    this.a = state[0] | 0;
    this.b = state[1] | 0;
    this.c = state[2] | 0;
    this.d = state[3] | 0;
    if ((this.a | this.b | this.c | this.d) === 0) {
      throw new RangeError('xoshiro128** state must not be all zero');
    }
  }

  /** Next output as an unsigned 32-bit integer in [0, 2^32). */
  nextUint32(): number {
    const b = this.b;
    const m = Math.imul(b, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b = b ^ this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return result;
  }

  /** Current state as unsigned words (for recording or cloning a stream). */
  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}
