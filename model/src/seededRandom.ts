/**
 * A small seeded generator (mulberry32): Louvain and pivot sampling give the same answer for the
 * same seed in the browser, a worker and an export, and generated datasets and benchmark graphs
 * are the same every run; Math.random cannot be seeded.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct items, drawn by a partial Fisher–Yates shuffle (the input is not changed). */
export function sampleItems<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = [...items];
  const count = Math.min(k, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
