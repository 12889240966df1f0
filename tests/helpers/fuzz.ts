// Seeded randomness for the fuzz tests: a failure prints its seed, and FUZZ_SEED=<seed> replays it.

export interface Rng {
  seed: number;
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRng(seed = fuzzSeed()): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export function fuzzSeed(): number {
  const fromEnv = process.env.FUZZ_SEED;
  return fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
}

/** Awkward pieces of text people (and attackers) send. */
export const NASTY_PIECES = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m",
  "\u007f\u0085\u009f",
  "\ud800",
  "\udfff",
  "x\ud83dy",
  "\u200b\u200b\u200b",
  "\u200f\u202e\u2066",
  "\ufeff",
  "\u3164\u2800",
  "e\u0301",
  "👨‍👩‍👧‍👦",
  "🇺🇦",
  "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
  "1️⃣",
  "10001",
  "58213",
  "#",
  "*",
  "'; DROP TABLE tickets; --",
  "<b>bold</b><script>alert(1)</script>",
  "%00",
  "${jndi:x}",
  "__proto__",
  "مرحبا بالعالم",
  "สวัสดีครับ",
  "你好，我的订单",
  "Z̵̢̛̤͙̈́a̸̡͖͗l̷̨̛g̶o̵",
  "\r\n\r\n",
  "\t",
  " ",
] as const;

/** A text of `length` UTF-16 units with an emoji across every `every`-th position. */
export function emojiAtEveryCut(length: number, every = 79): string {
  let s = "";
  while (s.length < length) s += s.length % every === every - 1 ? "😀" : "a";
  return s.slice(0, length);
}

export function nastyText(rng: Rng, maxPieces = 4): string {
  const n = 1 + rng.int(maxPieces);
  let s = "";
  for (let i = 0; i < n; i++) s += rng.chance(0.3) ? "my order did not arrive " : rng.pick(NASTY_PIECES);
  return s;
}
