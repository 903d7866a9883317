import { describe, expect, it } from 'vitest';
import { checkCsv, createCsvCheck, joinResult, type CsvCheckResult } from '../../lib/csv';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The background's way: the file pushed in chunks of `size` bytes, the parts joined. */
function inChunks(bytes: Uint8Array, size: number, name = 'list.csv'): CsvCheckResult {
  const job = createCsvCheck({ name, size: bytes.length, locale: 'en' });
  for (let at = 0; at < bytes.length; at += size) job.push(bytes.slice(at, at + size));
  return joinResult(job.finish());
}

const lines = (csv: string | null): string[] => (csv ?? '').split('\r\n');

/** A list of `n` invite rows with a header, long enough to cross many parsing windows. */
function inviteRows(n: number, row: (i: number) => string): string {
  const out = ['Email,First Name,Last Name,Team'];
  for (let i = 0; i < n; i++) out.push(row(i));
  return out.join('\r\n') + '\r\n';
}

describe('CSV check, streamed', () => {
  it('gives the same result for a large file whatever the chunk size', () => {
    const text = inviteRows(6000, (i) =>
      i % 97 === 5 ? `"user${i}@example.com","Müller, ${i}",Weiß,"multi\r\nline ""team"""` : `user${i % 5000}@example.com,Anna ${i},Weiß,Sales`,
    );
    const bytes = utf8(text);
    const whole = checkCsv(bytes, { name: 'list.csv', locale: 'en' });
    expect(whole.report.rows.total).toBe(6000);
    // Rows 5000 on repeat the first 5000 addresses, except the quoted ones, which keep their own.
    const quotedLater = Array.from({ length: 1000 }, (_, k) => 5000 + k).filter((i) => i % 97 === 5).length;
    expect(whole.report.issues.filter((i) => i.code === 'duplicate-email')).toHaveLength(1000 - quotedLater);
    for (const size of [4096, 65_537, 262_144]) expect(inChunks(bytes, size)).toEqual(whole);
  });

  it('falls back to Windows-1252 when the only invalid UTF-8 byte comes after many valid chunks', () => {
    const text = inviteRows(5000, (i) => `u${i}@example.de,Jürgen,Weiß,Vertrieb`);
    const bytes = new Uint8Array([...utf8(text), ...utf8('last@example.de,B'), 0xe4, ...utf8('r,X,Y\r\n')]);
    const result = inChunks(bytes, 1000);
    expect(result.report.file.encoding).toBe('windows-1252');
    expect(result.report.issues[0]!.code).toBe('encoding-fallback');
    const cleaned = lines(result.cleanedCsv);
    expect(cleaned[1]).toBe('u0@example.de,JÃ¼rgen,WeiÃŸ,Vertrieb');
    expect(cleaned.at(-1)).toBe('last@example.de,Bär,X,Y');
    expect(result).toEqual(checkCsv(bytes, { name: 'list.csv', locale: 'en' }));
  });

  it('pads every row of a file without header to its widest record, even one far down', () => {
    const rows: string[] = [];
    for (let i = 0; i < 300; i++) rows.push(i === 250 ? `p${i}@example.com,a,b,c` : `p${i}@example.com,a`);
    const result = inChunks(utf8(rows.join('\n')), 512);
    expect(result.report.file.hasHeader).toBe(false);
    expect(result.report.columns).toHaveLength(4);
    const cleaned = lines(result.cleanedCsv);
    expect(cleaned[0]).toBe('Email,Column 2,Column 3,Column 4');
    expect(cleaned[1]).toBe('p0@example.com,a,,');
    expect(cleaned[251]).toBe('p250@example.com,a,b,c');
    expect(cleaned).toHaveLength(301);
  });

  it('keeps rows shorter than the header as they are, padded, with no issue, and still finds a missing address in them', () => {
    const text = inviteRows(2000, (i) => (i % 3 === 0 ? `s${i}@example.com` : i % 3 === 1 ? `s${i}@example.com,Anna` : `s${i}@example.com,Anna,Weiß,Sales`));
    const result = inChunks(utf8(`${text}Only A Name\r\n`), 4096);
    const cleaned = lines(result.cleanedCsv);
    expect(cleaned[1]).toBe('s0@example.com,,,');
    expect(cleaned[2]).toBe('s1@example.com,Anna,,');
    expect(cleaned[3]).toBe('s2@example.com,Anna,Weiß,Sales');
    expect(result.report.rows).toMatchObject({ total: 2001, kept: 2000, fixed: 0, removed: 1 });
    // 2000 distinct addresses pass the 100 seats: the file's one warning, beside the row without an address.
    expect(result.report.issues.map((i) => i.code)).toEqual(['seat-limit', 'invalid-email']);
  });

  it('writes unchanged rows as they were and fixed rows cleaned, in order', () => {
    const text = inviteRows(3000, (i) => (i % 10 === 3 ? ` v${i}@example.com ,A,B,=C` : `v${i}@example.com,A,B,C`));
    const cleaned = lines(inChunks(utf8(text), 8192).cleanedCsv);
    expect(cleaned).toHaveLength(3001);
    expect(cleaned[3]).toBe('v2@example.com,A,B,C');
    expect(cleaned[4]).toBe("v3@example.com,A,B,'=C");
  });
});
