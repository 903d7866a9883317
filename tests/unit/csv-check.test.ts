import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkCsv, createCsvCheck, joinResult, MAX_BYTES, MAX_FULL_BYTES, precheckSize, type CsvCheckResult } from '../../lib/csv';

const DIR = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));
const check = (name: string, locale: 'en' | 'de' = 'en'): CsvCheckResult => checkCsv(bytesOf(name), { name, locale });
const checkText = (text: string, locale: 'en' | 'de' = 'en'): CsvCheckResult =>
  checkCsv(new TextEncoder().encode(text), { name: 'inline.csv', locale });
const lines = (csv: string | null): string[] => (csv ?? '').split('\r\n');

describe('cleaned CSV', () => {
  it('decodes umlauts from every encoding', () => {
    expect(lines(check('windows-1252-german-excel.csv').cleanedCsv)).toEqual([
      'Email,First Name,Last Name,Abteilung',
      'juergen.weiss@example.de,Jürgen,Weiß,"Vertrieb, Nord"',
      'anna.mueller@example.de,Anna,Müller,Einkauf',
      'k.boehm@example.de,Karl,Böhm,Geschäftsführung',
    ]);
    expect(check('utf8-bom-excel.csv').cleanedCsv).toContain('Jürgen,Weiß');
    expect(check('utf16le-excel-unicode-text.txt').cleanedCsv).toContain('boehm@example.de,Karl,Böhm,Everyone');
    expect(check('utf16be.csv').cleanedCsv).toContain('Zoë,Brontë');
  });

  it('puts recognised columns first under standard headers and keeps the others after them', () => {
    const { report, cleanedCsv } = checkText('Team;Notiz;Nachname;E-Mail-Adresse;Vorname\nSales;n1;Weiß;jw@example.de;Jürgen\n');
    expect(report.columns.map((c) => c.mapsTo)).toEqual(['team', null, 'lastName', 'email', 'firstName']);
    expect(lines(cleanedCsv)).toEqual(['Email,First Name,Last Name,Team,Notiz', 'jw@example.de,Jürgen,Weiß,Sales,n1']);
  });

  it('neutralises formulas with a leading quote and keeps them quoted properly', () => {
    const csv = lines(check('problems.csv').cleanedCsv);
    expect(csv).toContain('hank@example.com,"\'=HYPERLINK(""http://evil.example"",""x"")",Hill,\'+Team');
    expect(csv).toContain("nina@example.com,Nina,'-5,'@team");
    expect(csv).toContain('jane@example.com,Jane,Doe,Sales');
    expect(csv).toContain('liam@example.com,Liam,,');
    expect(csv).toContain(`kim@example.com,${'K'.repeat(255)},Lee,Sales`);
  });

  it('neutralises a formula in an unrecognised header and reports it on the header row', () => {
    const { report, cleanedCsv } = checkText('Email,=cmd\na@example.com,x\n');
    expect(lines(cleanedCsv)[0]).toBe("Email,'=cmd");
    expect(report.issues.map((i) => [i.row, i.column, i.code])).toEqual([[1, 2, 'formula-injection']]);
    expect(report.rows).toEqual({ total: 1, kept: 1, fixed: 0, removed: 0 });
  });

  it('keeps quoted commas, quotes and line breaks intact', () => {
    const parsed = Papa.parse<string[]>(check('quoted-multiline.csv').cleanedCsv!, { delimiter: ',' }).data;
    expect(parsed[1]).toEqual(['q1@example.com', 'Hans, Peter', 'Müller', 'Sales, EMEA', 'Says "hi"']);
    expect(parsed[2]).toEqual(['q2@example.com', 'Eva', 'Lang\r\nName', 'Support', 'line one\r\nline two']);
  });

  it('names the columns of a file without header row', () => {
    expect(lines(check('no-header.csv', 'de').cleanedCsv)[0]).toBe('Email,Spalte 1,Spalte 2');
    expect(lines(check('no-header.csv', 'en').cleanedCsv)[0]).toBe('Email,Column 1,Column 2');
  });

  it('shortens over-long values without splitting a surrogate pair', () => {
    const value = `${'x'.repeat(254)}😀😀`;
    const { cleanedCsv, report } = checkText(`Email,Team\na@example.com,${value}\n`);
    expect(lines(cleanedCsv)[1]).toBe(`a@example.com,${'x'.repeat(254)}😀`);
    expect(report.issues.map((i) => i.code)).toEqual(['field-too-long']);
  });
});

describe('header and rows', () => {
  it('skips leading blank lines before the header and counts them as removed blank rows', () => {
    const { report } = checkText('\n;;\nEmail;Name\na@example.com;A\n');
    expect(report.file.hasHeader).toBe(true);
    expect(report.rows).toEqual({ total: 3, kept: 1, fixed: 0, removed: 2 });
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [1, 'blank-row'],
      [2, 'blank-row'],
    ]);
  });

  it('maps only the first of two columns with the same meaning', () => {
    const { report, cleanedCsv } = checkText('Email,E-Mail\na@example.com,b@example.com\n');
    expect(report.columns.map((c) => c.mapsTo)).toEqual(['email', null]);
    expect(lines(cleanedCsv)[0]).toBe('Email,E-Mail');
  });

  it('recognises header synonyms regardless of case and spaces', () => {
    const { report } = checkText('  EMAIL ADDRESS ,first name,LASTNAME, team \na@example.com,A,B,C\n');
    expect(report.columns.map((c) => c.mapsTo)).toEqual(['email', 'firstName', 'lastName', 'team']);
    expect(report.columns[0]!.header).toBe('EMAIL ADDRESS');
  });

  it('tolerates trailing delimiters on header and rows, and short rows', () => {
    const { report, cleanedCsv } = checkText('Email;Vorname;;\r\na@example.com;Anna;;\r\nb@example.com\r\n');
    expect(report.columns).toHaveLength(2);
    expect(report.rows).toEqual({ total: 2, kept: 2, fixed: 0, removed: 0 });
    expect(lines(cleanedCsv)).toEqual(['Email,First Name', 'a@example.com,Anna', 'b@example.com,']);
  });

  it('takes the widest row as the width of a file without header', () => {
    const { report } = checkText('a@example.com\nb@example.com,Bea\n');
    expect(report.columns).toHaveLength(2);
    expect(report.issues).toEqual([]);
  });

  it('does not take a header column as e-mail when few values look like addresses', () => {
    expect(checkText('Login;Name\nx@example.com;X\nnope;Y\nnein;Z\n').report.issues[0]!.code).toBe('no-email-column');
  });

  it('compares duplicates ignoring case and surrounding spaces, keeping the first', () => {
    const { report } = checkText('Email\nA@Example.com\n a@example.COM \na@example.com\n');
    expect(report.rows).toEqual({ total: 3, kept: 1, fixed: 0, removed: 2 });
    expect(report.issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [3, 'duplicate-email', 'Row 3: the e-mail address already appears in row 2 (ignoring upper/lower case and spaces). This row was removed.'],
      [4, 'duplicate-email', 'Row 4: the e-mail address already appears in row 2 (ignoring upper/lower case and spaces). This row was removed.'],
    ]);
  });
});

describe('German messages', () => {
  it('speaks German for row issues', () => {
    const msg = (row: number) => check('problems.csv', 'de').report.issues.find((i) => i.row === row)!.message;
    expect(msg(4)).toBe('Zeile 4: Die E-Mail-Adresse ist ungültig (Top-Level-Domain fehlt). Die Zeile wurde entfernt.');
    expect(msg(8)).toBe(
      'Zeile 8: Die E-Mail-Adresse steht bereits in Zeile 2 (Groß-/Kleinschreibung und Leerzeichen nicht berücksichtigt). Diese Zeile wurde entfernt.',
    );
    expect(msg(9)).toBe('Zeile 9: Die Zeile ist leer und wurde entfernt.');
    expect(msg(11)).toContain('Komma ohne Anführungszeichen');
    expect(msg(13)).toMatch(/^Zeile 13, Spalte „First Name“: Der Wert beginnt mit =, \+, - oder @/);
  });

  it('speaks German for fatal issues and tells what to do', () => {
    expect(check('workbook.xlsx', 'de').report.issues[0]!.message).toBe(
      'Das ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Wählen Sie in Excel Datei › Speichern unter › „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“ und laden Sie diese Datei hoch.',
    );
    expect(check('no-email-column.csv', 'de').report.issues[0]!.message).toContain('Überschrift „E-Mail“');
    expect(check('windows-1252-german-excel.csv', 'de').report.issues[0]!.message).toContain('Windows-1252');
  });

  it('says the same thing in English', () => {
    expect(check('problems.csv', 'en').report.issues.find((i) => i.row === 4)!.message).toBe(
      'Row 4: the e-mail address is not valid (missing top-level domain). The row was removed.',
    );
    expect(check('workbook.xlsx').report.issues[0]!.message).toContain('Save As');
  });
});

describe('size limits', () => {
  it('classifies sizes', () => {
    expect(precheckSize(0)).toBe('full');
    expect(precheckSize(MAX_FULL_BYTES)).toBe('full');
    expect(precheckSize(MAX_FULL_BYTES + 1)).toBe('warn');
    expect(precheckSize(MAX_BYTES)).toBe('warn');
    expect(precheckSize(MAX_BYTES + 1)).toBe('refuse');
    expect(precheckSize(Number.NaN)).toBe('refuse');
    expect(precheckSize(-1)).toBe('refuse');
  });

  it('checks a file over 10 MB fully, with a warning', () => {
    const rows = ['Email,First Name,Last Name,Team'];
    for (let i = 0, size = 0; size <= MAX_FULL_BYTES; i++) size += rows[rows.push(`user${i}@example.com,Some,One,Team`) - 1]!.length + 1;
    const { report, cleanedCsv } = checkText(rows.join('\n'), 'de');
    // Hundreds of thousands of addresses are far over the instance's 100 seats: that is said too.
    expect(report.issues.map((i) => i.code)).toEqual(['file-too-large', 'seat-limit']);
    expect(report.issues[0]).toMatchObject({ row: null, column: null, code: 'file-too-large', severity: 'warning' });
    expect(report.issues[0]!.message).toBe(
      'Die Datei ist 10,0 MB groß. Sie wurde geprüft, aber Dateien über 10 MB werden beim Einladen möglicherweise abgelehnt; teilen Sie sie gegebenenfalls auf.',
    );
    expect(report.rows.kept).toBe(rows.length - 1);
    expect(lines(cleanedCsv)).toHaveLength(rows.length);
  }, 30_000); // a 10 MB check takes well under a second, but CI machines can be busy

  it('refuses a declared size over 50 MB without buffering', () => {
    const job = createCsvCheck({ name: 'huge.csv', size: MAX_BYTES + 1, locale: 'en' });
    job.push(new Uint8Array(1024));
    const { report, cleanedParts } = job.finish();
    expect(cleanedParts).toBeNull();
    expect(report.file).toEqual({ name: 'huge.csv', bytes: MAX_BYTES + 1, encoding: null, delimiter: null, hasHeader: null });
    expect(report.issues).toEqual([
      {
        row: null,
        column: null,
        code: 'file-too-large',
        severity: 'error',
        message: 'The file is 50.0 MB, more than the 50 MB that can be checked. Split it into several smaller files.',
      },
    ]);
  });

  it('refuses when more bytes arrive than allowed, whatever was declared', () => {
    const job = createCsvCheck({ name: 'liar.csv', size: 10, locale: 'en' });
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x61);
    for (let i = 0; i < 7; i++) job.push(chunk);
    const { report } = job.finish();
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['file-too-large', 'error']]);
    expect(report.file.bytes).toBe(7 * chunk.length);
  });
});

describe('createCsvCheck', () => {
  it('gives the same result fed in chunks of any size as checkCsv on the whole file', () => {
    for (const name of ['problems.csv', 'utf16le-excel-unicode-text.txt', 'windows-1252-german-excel.csv']) {
      const bytes = bytesOf(name);
      for (const size of [1, 3, 7, 64]) {
        const job = createCsvCheck({ name, size: bytes.length, locale: 'de' });
        const reused = new Uint8Array(size);
        for (let at = 0; at < bytes.length; at += size) {
          const piece = bytes.subarray(at, at + size);
          reused.set(piece);
          job.push(reused.subarray(0, piece.length));
          reused.fill(0); // the caller may reuse its buffer: the check must have copied the chunk
        }
        expect(joinResult(job.finish())).toEqual(checkCsv(bytes, { name, locale: 'de' }));
      }
    }
  });

  it('copes with a wrong declared size', () => {
    const bytes = bytesOf('utf8-comma.csv');
    const job = createCsvCheck({ name: 'x.csv', size: 4, locale: 'en' });
    job.push(bytes);
    expect(joinResult(job.finish())).toEqual(checkCsv(bytes, { name: 'x.csv', locale: 'en' }));
  });

  it('refuses use after finish or cancel', () => {
    const done = createCsvCheck({ name: 'x.csv', size: 0, locale: 'en' });
    expect(done.finish().report.issues[0]!.code).toBe('empty-file');
    expect(() => done.finish()).toThrow();
    expect(() => done.push(new Uint8Array(1))).toThrow();
    const cancelled = createCsvCheck({ name: 'x.csv', size: 10, locale: 'en' });
    cancelled.push(new Uint8Array(5));
    cancelled.cancel();
    cancelled.cancel();
    expect(() => cancelled.finish()).toThrow();
    expect(() => cancelled.push(new Uint8Array(1))).toThrow();
  });
});
