import { createHash } from 'node:crypto';

/**
 * A deterministic shuffle seeded by a string (session id + purpose): the same session always sees
 * the same order, on every resume and every device, and no order has to be stored.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = mulberry32(createHash('sha256').update(seed).digest().readUInt32LE(0));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG (public domain). */
function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
