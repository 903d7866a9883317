/**
 * Case-insensitive memory of the e-mail addresses seen so far, for duplicate detection.
 *
 * Why not a Set of lower-cased strings: on a 10 MB file that means ~200 000 new strings plus string hashing,
 * measured at a third of PapaParse's own parse time, and ~1× the file size in memory. Here an open-addressing
 * table of integer hashes over the case-folded characters is probed, and the addresses themselves are kept
 * packed: every {@link BATCH} of them joined into one string, with their offsets in a typed array. The parsed
 * values are not kept, because each one would pin the whole window of text it was cut from.
 */

/** Addresses per packed string. */
const BATCH = 4096;

/** Lower case for a non-ASCII UTF-16 unit (rare in addresses: only internationalised domains). */
function foldNonAscii(c: number): number {
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Lower case for one UTF-16 unit. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  return foldNonAscii(c);
}

/** FNV-1a over folded units. The ASCII fold is written out: this loop runs over every address character. */
function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c > 127) c = foldNonAscii(c);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** Whether `b` equals `a.slice(start, end)` ignoring case, without slicing. */
function sameFolded(a: string, start: number, end: number, b: string): boolean {
  if (end - start !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x = a.charCodeAt(start + i);
    const y = b.charCodeAt(i);
    if (x !== y && fold(x) !== fold(y)) return false;
  }
  return true;
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** A set of addresses compared without regard to case, remembering the row where each was first seen. */
export class EmailSet {
  /**
   * Open addressing with linear probing. Slot i occupies [2i, 2i+1]: entry number (1-based, 0 = free) and the
   * hash, side by side so a probe touches one cache line; hashes are compared before strings.
   */
  private table: Int32Array;
  private count = 0;
  private rows = new Int32Array(1024);
  /** Offset of each entry in its packed string. */
  private starts = new Int32Array(1024);
  private readonly packed: string[] = [];
  /** Entries not yet packed. */
  private batch: string[] = [];

  /** @param expected number of addresses expected, to size the table once */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size * 2);
  }

  /**
   * Returns the row where an address equal to `email` (ignoring case) was first seen, or records `email` with
   * `row` and returns undefined. `email` must already be trimmed and must not contain a line break.
   */
  firstRowOrAdd(email: string, row: number): number | undefined {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const h = hash(email);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = table[2 * i]!;
      if (entry === 0) {
        this.add(email, row);
        table[2 * i] = this.count;
        table[2 * i + 1] = h;
        // At most 70 % full keeps probe sequences short.
        if (this.count * 10 > (table.length >> 1) * 7) this.grow();
        return undefined;
      }
      if (table[2 * i + 1] === h && this.matches(entry - 1, email)) return this.rows[entry - 1];
    }
  }

  private add(email: string, row: number): void {
    const k = this.count++;
    this.rows = grown(this.rows, this.count);
    this.starts = grown(this.starts, this.count);
    this.rows[k] = row;
    this.batch.push(email);
    if (this.batch.length < BATCH) return;
    // Pack: one flat string per batch, entries separated by a line break (addresses have none).
    let at = 0;
    const first = k + 1 - BATCH;
    for (let j = 0; j < BATCH; j++) {
      this.starts[first + j] = at;
      at += this.batch[j]!.length + 1;
    }
    this.packed.push(this.batch.join('\n'));
    this.batch = [];
  }

  private matches(k: number, email: string): boolean {
    const b = Math.floor(k / BATCH);
    if (b === this.packed.length) {
      const recent = this.batch[k - b * BATCH]!;
      return sameFolded(recent, 0, recent.length, email);
    }
    const text = this.packed[b]!;
    const start = this.starts[k]!;
    const end = (k + 1) % BATCH === 0 ? text.length : this.starts[k + 1]! - 1;
    return sameFolded(text, start, end, email);
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
