/**
 * Case-insensitive memory of the e-mail addresses seen so far, for duplicate detection.
 *
 * Why not a Map of lower-cased strings: on a 10 MB file that means ~200 000 new strings plus string hashing,
 * measured at a third of PapaParse's own parse time. An open-addressing table of integer hashes over the
 * case-folded characters costs a few milliseconds and allocates nothing per row.
 */

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

function sameFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && fold(x) !== fold(y)) return false;
  }
  return true;
}

/** A set of addresses compared without regard to case, remembering the row where each was first seen. */
export class EmailSet {
  /**
   * Open addressing with linear probing. Slot i occupies [2i, 2i+1]: entry number (1-based, 0 = free) and the
   * hash, side by side so a probe touches one cache line; hashes are compared before strings.
   */
  private table: Int32Array;
  private readonly emails: string[] = [];
  private readonly rows: number[] = [];

  /** @param expected number of addresses expected, to size the table once */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size * 2);
  }

  /**
   * Returns the row where an address equal to `email` (ignoring case) was first seen, or records `email` with
   * `row` and returns undefined. `email` must already be trimmed.
   */
  firstRowOrAdd(email: string, row: number): number | undefined {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const h = hash(email);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = table[2 * i]!;
      if (entry === 0) {
        this.emails.push(email);
        this.rows.push(row);
        table[2 * i] = this.emails.length;
        table[2 * i + 1] = h;
        if (this.emails.length * 4 > table.length) this.grow();
        return undefined;
      }
      if (table[2 * i + 1] === h && sameFolded(this.emails[entry - 1]!, email)) return this.rows[entry - 1];
    }
  }

  /** Doubles the table once it is half full, keeping probe sequences short. */
  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = (table.length >> 1) - 1;
    this.emails.forEach((email, k) => {
      const h = hash(email);
      let i = h & mask;
      while (table[2 * i] !== 0) i = (i + 1) & mask;
      table[2 * i] = k + 1;
      table[2 * i + 1] = h;
    });
    this.table = table;
  }
}
