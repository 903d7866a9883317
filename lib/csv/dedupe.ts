/**
 * Case-insensitive memory of the e-mail addresses seen so far, for duplicate detection.
 *
 * Why not a Set of lower-cased strings: on a 10 MB file that means ~200 000 new strings plus string hashing,
 * measured at a third of PapaParse's own parse time, and ~1× the file size in memory. Here an open-addressing
 * table of integer hashes over the case-folded characters is probed, and the addresses themselves are kept
 * packed: every {@link BATCH} of them joined into one string, with their offsets in typed arrays. Addresses are
 * read where they stand in the text (no string per row), and no cut-out value is kept, because each one would
 * pin the whole window of text it was cut from.
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

/** FNV-1a over folded units of `s.slice(start, end)`. The ASCII fold is written out: this loop runs over every address character. */
function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c > 127) c = foldNonAscii(c);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** Whether `a.slice(aStart, aEnd)` equals `b.slice(bStart, bEnd)` ignoring case, without slicing. */
function sameFolded(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) {
    const x = a.charCodeAt(aStart + i);
    const y = b.charCodeAt(bStart + i);
    if (x !== y && fold(x) !== fold(y)) return false;
  }
  return true;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
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
  private rows: Int32Array<ArrayBuffer>;
  /** Offset of each entry: in its packed string, or in its text while its batch is not packed yet. */
  private starts: Int32Array<ArrayBuffer>;
  private ends: Int32Array<ArrayBuffer>;
  private readonly packed: string[] = [];
  /** The text each entry of the batch not yet packed stands in (usually the same window of the file). */
  private batch: string[] = [];

  /** @param expected number of addresses expected, to size the table and lists once (they grow past it) */
  constructor(expected = 0) {
    let size = 16;
    while (size * 7 < expected * 10) size *= 2;
    this.table = new Int32Array(size * 2);
    const capacity = Math.max(1024, expected);
    this.rows = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /**
   * Returns the row where an address equal to `email` (ignoring case) was first seen, or records `email` with
   * `row` and returns undefined. `email` must already be trimmed and must not contain a line break.
   */
  firstRowOrAdd(email: string, row: number): number | undefined {
    return this.firstRowOrAddAt(email, 0, email.length, row);
  }

  /** {@link firstRowOrAdd} for the address `text.slice(start, end)`, read where it stands. */
  firstRowOrAddAt(text: string, start: number, end: number, row: number): number | undefined {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const h = hash(text, start, end);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = table[2 * i]!;
      if (entry === 0) {
        this.add(text, start, end, row);
        table[2 * i] = this.count;
        table[2 * i + 1] = h;
        // At most 70 % full keeps probe sequences short.
        if (this.count * 10 > (table.length >> 1) * 7) this.grow();
        return undefined;
      }
      if (table[2 * i + 1] === h && this.matches(entry - 1, text, start, end)) return this.rows[entry - 1];
    }
  }

  private add(text: string, start: number, end: number, row: number): void {
    const k = this.count++;
    if (k === this.rows.length) {
      this.rows = grown(this.rows);
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.rows[k] = row;
    this.starts[k] = start;
    this.ends[k] = end;
    this.batch.push(text);
    if (this.batch.length === BATCH) this.pack(k + 1 - BATCH);
  }

  /** Copies the batch's addresses into one flat string, entries separated by a line break (addresses have none). */
  private pack(first: number): void {
    const copies = this.batch.map((text, j) => text.slice(this.starts[first + j]!, this.ends[first + j]!));
    let at = 0;
    copies.forEach((email, j) => {
      this.starts[first + j] = at;
      this.ends[first + j] = at + email.length;
      at += email.length + 1;
    });
    this.packed.push(copies.join('\n'));
    this.batch = [];
  }

  private matches(k: number, text: string, start: number, end: number): boolean {
    const b = Math.floor(k / BATCH);
    const stored = b === this.packed.length ? this.batch[k - b * BATCH]! : this.packed[b]!;
    return sameFolded(stored, this.starts[k]!, this.ends[k]!, text, start, end);
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
