import { addressHash, secondHash } from './address';

/**
 * Case-insensitive memory of the e-mail addresses seen so far, for duplicate detection.
 *
 * Why not a Set of lower-cased strings: on a 10 MB file that means ~200 000 new strings plus string hashing,
 * measured at a third of PapaParse's own parse time, and about the file's size again in memory; keeping the
 * parsed values themselves would be worse, each one pins the whole window of text it was cut from. Here an
 * address is read where it stands in the text (usually while it is validated, see fastValid) into two
 * independent 32-bit hashes of its case-folded characters, and only those (and its row) are kept: 12 bytes
 * per address plus an open-addressing table.
 *
 * Two addresses count as equal when both hashes are. For different addresses that happens with probability
 * about 2^-64 per pair: under 10^-9 for a whole 10 MB file (185 000 addresses), 3 × 10^-8 for a 50 MB one.
 * Exact comparison would need the addresses kept, which is what this design avoids.
 */

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A set of addresses compared without regard to case, remembering the row where each was first seen. */
export class EmailSet {
  /**
   * Open addressing with linear probing. Slot i occupies [2i, 2i+1]: entry number (1-based, 0 = free) and the
   * first hash, side by side so a probe touches one cache line.
   */
  private table: Int32Array;
  private count = 0;
  /** Per entry: the second hash and the row. */
  private seconds: Int32Array<ArrayBuffer>;
  private rows: Int32Array<ArrayBuffer>;

  /** @param expected number of addresses expected, to size the table and lists once (they grow past it) */
  constructor(expected = 0) {
    let size = 16;
    while (size * 3 < expected * 4) size *= 2;
    this.table = new Int32Array(size * 2);
    const capacity = Math.max(1024, expected);
    this.seconds = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  /**
   * Returns the row where an address equal to `email` (ignoring case) was first seen, or records `email` with
   * `row` and returns undefined. `email` must already be trimmed.
   */
  firstRowOrAdd(email: string, row: number): number | undefined {
    return this.firstRowOrAddAt(email, 0, email.length, row);
  }

  /** {@link firstRowOrAdd} for the address `text.slice(start, end)`, read where it stands. */
  firstRowOrAddAt(text: string, start: number, end: number, row: number): number | undefined {
    const h = addressHash(text, start, end);
    return this.firstRowOrAddHashed(h, secondHash(), row);
  }

  /** {@link firstRowOrAdd} for an address known by its two hashes (see addressHash in email.ts). */
  firstRowOrAddHashed(h: number, g: number, row: number): number | undefined {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = table[2 * i]!;
      if (entry === 0) {
        const k = this.count++;
        if (k === this.rows.length) {
          this.seconds = grown(this.seconds);
          this.rows = grown(this.rows);
        }
        this.seconds[k] = g;
        this.rows[k] = row;
        table[2 * i] = k + 1;
        table[2 * i + 1] = h;
        // At most 75 % full keeps probe sequences short.
        if (this.count * 4 > (table.length >> 1) * 3) this.grow();
        return undefined;
      }
      if (table[2 * i + 1] === h && this.seconds[entry - 1] === g) return this.rows[entry - 1];
    }
  }

  /** Doubles the table, keeping probe sequences short. */
  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === 0) continue;
      let i = old[s + 1]! & mask;
      while (table[2 * i] !== 0) i = (i + 1) & mask;
      table[2 * i] = old[s]!;
      table[2 * i + 1] = old[s + 1]!;
    }
    this.table = table;
  }
}
