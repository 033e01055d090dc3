// Small deterministic helpers: a seeded PRNG, a string hash and UUID builders.
// No global random source is used, so the seed data is the same on every run.

/** FNV-1a 32-bit hash of a string, used to derive stable seeds from keys. */
export function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: a tiny, fast 32-bit PRNG. `createRng(seed)` returns helpers
 * that all draw from the same stream.
 */
export function createRng(seed) {
  let state = (typeof seed === 'string' ? hashString(seed) : seed) >>> 0;
  const nextUint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => nextUint32() / 4294967296;
  return {
    nextUint32,
    /** Float in [0, 1). */
    next,
    /** Integer in [min, max] (inclusive). */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (p) => next() < p,
    /** One element of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Format 16 bytes as a UUID string (joined from an array: a flat string, cheap to keep). */
function formatUuid(bytes) {
  const parts = new Array(20);
  let j = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) parts[j++] = '-';
    parts[j++] = HEX[bytes[i]];
  }
  return parts.join('');
}

function fillRandom(rng, bytes, from) {
  for (let i = from; i < 16; i += 4) {
    const n = rng.nextUint32();
    bytes[i] = n >>> 24;
    if (i + 1 < 16) bytes[i + 1] = (n >>> 16) & 0xff;
    if (i + 2 < 16) bytes[i + 2] = (n >>> 8) & 0xff;
    if (i + 3 < 16) bytes[i + 3] = n & 0xff;
  }
}

/**
 * UUIDv7-style id: 48-bit millisecond timestamp, version 7, variant 10,
 * the remaining 74 bits from the PRNG.
 */
export function uuidV7(rng, timeMs) {
  const bytes = new Uint8Array(16);
  let ts = Math.max(0, Math.floor(timeMs));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  fillRandom(rng, bytes, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  return formatUuid(bytes);
}

/** UUIDv4-style id, all random bits from the PRNG. */
export function uuidV4(rng) {
  const bytes = new Uint8Array(16);
  fillRandom(rng, bytes, 0);
  bytes[6] = 0x40 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  return formatUuid(bytes);
}
