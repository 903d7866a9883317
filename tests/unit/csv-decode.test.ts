import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../lib/csv/decode';
import { detectDelimiter } from '../../lib/csv/delimiter';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads each corpus encoding and drops the BOM', () => {
    const cases: [string, string, string][] = [
      ['utf8-comma.csv', 'utf-8', 'Email,First Name'],
      ['utf8-bom-excel.csv', 'utf-8-bom', 'E-Mail,Vorname'],
      ['utf16le-excel-unicode-text.txt', 'utf-16le', 'Email\tFirst Name'],
      ['utf16be.csv', 'utf-16be', 'Email Address,Firstname'],
      ['utf16le-no-bom.txt', 'utf-16le', 'Mail\tVorname'],
      ['windows-1252-german-excel.csv', 'windows-1252', 'E-Mail-Adresse;Vorname'],
    ];
    for (const [name, encoding, start] of cases) {
      const result = decodeCsvBytes(bytesOf(name));
      expect(result).toMatchObject({ ok: true, encoding, fallback: encoding === 'windows-1252' });
      if (result.ok) expect(result.text.startsWith(start)).toBe(true);
    }
  });

  it('decodes Windows-1252 umlauts, ß and the characters at 0x80–0x9F (€, „“, –)', () => {
    const bytes = Uint8Array.of(0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20, 0x57, 0x65, 0x69, 0xdf, 0x20, 0x80, 0x84, 0x93, 0x96, 0x81);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: 'Jürgen Weiß €„“–\u0081', encoding: 'windows-1252', fallback: true });
  });

  it('does not mistake valid multi-byte UTF-8 for Windows-1252', () => {
    expect(decodeCsvBytes(utf8('Müller;Böhm;日本'))).toEqual({ ok: true, text: 'Müller;Böhm;日本', encoding: 'utf-8', fallback: false });
  });

  it('falls back to Windows-1252 after a UTF-8 BOM with invalid bytes', () => {
    expect(decodeCsvBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41, 0xe4))).toMatchObject({ ok: true, text: 'Aä', encoding: 'windows-1252' });
  });

  it('recognises workbooks, binary data and empty files', () => {
    expect(decodeCsvBytes(bytesOf('workbook.xlsx'))).toEqual({ ok: false, reason: 'not-csv', kind: 'xlsx' });
    expect(decodeCsvBytes(bytesOf('legacy.xls'))).toEqual({ ok: false, reason: 'not-csv', kind: 'xls' });
    expect(decodeCsvBytes(bytesOf('image.png'))).toEqual({ ok: false, reason: 'not-csv', kind: 'binary' });
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCsvBytes(utf8('\ufeff \r\n\t\n'))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCsvBytes(Uint8Array.of(0xef, 0xbb, 0xbf))).toEqual({ ok: false, reason: 'empty' });
  });

  it('calls text full of control characters binary even without NUL bytes', () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    expect(decodeCsvBytes(noise)).toEqual({ ok: false, reason: 'not-csv', kind: 'binary' });
  });

  it('calls a NUL byte in a single-byte file binary', () => {
    expect(decodeCsvBytes(utf8('Email\na@example.com\u0000\n'))).toEqual({ ok: false, reason: 'not-csv', kind: 'binary' });
  });
});

describe('detectDelimiter', () => {
  it('finds the delimiter of each corpus file', () => {
    const cases: [string, string][] = [
      ['utf8-comma.csv', ','],
      ['windows-1252-german-excel.csv', ';'],
      ['utf16le-excel-unicode-text.txt', '\t'],
      ['pipe.csv', '|'],
      ['tab.tsv', '\t'],
      ['quoted-multiline.csv', ','],
      ['semicolon-commas-in-fields.csv', ';'],
    ];
    for (const [name, delimiter] of cases) {
      const decoded = decodeCsvBytes(bytesOf(name));
      expect(decoded.ok && detectDelimiter(decoded.text), name).toBe(delimiter);
    }
  });

  it('gets right the semicolon file on which PapaParse guesses the comma', () => {
    const text = readFileSync(DIR + 'semicolon-commas-in-fields.csv', 'utf8');
    expect(Papa.parse(text).meta.delimiter).toBe(',');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('Email;Name\n"a@example.com";"Müller, Hans"\n"b@example.com";"Koch, Eva"\n')).toBe(';');
    expect(detectDelimiter('Email,Team\na@example.com,"A;B;C"\nb@example.com,"D;E;F"\n')).toBe(',');
  });

  it('prefers the most consistent candidate', () => {
    expect(detectDelimiter('Email;Vorname;Nachname\na@x.de;A;B\nb@x.de;C, D;E\nc@x.de;F;G\n')).toBe(';');
  });

  it('prefers the candidate that isolates the e-mail address in a file without header', () => {
    expect(detectDelimiter('a.schulz@example.de;Schulz, Anna, Dr.\nb.koch@example.de;Koch, Bernd, Prof.\n')).toBe(';');
    expect(detectDelimiter('a@example.com,Team A;B\nb@example.com,Team C;D\n')).toBe(',');
  });

  it('defaults to the comma for a single column', () => {
    expect(detectDelimiter('Email\na@example.com\nb@example.com\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('counts Excel blank rows of bare delimiters and handles CR-only line breaks', () => {
    expect(detectDelimiter('Email;Vorname\r;\r;\ra@example.com;A\r')).toBe(';');
  });
});
