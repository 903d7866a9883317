import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n/locale';
import { columnLabel, formatMessage, MESSAGE_KEYS, unnamedHeader } from '../../lib/csv/messages';

const PARAMS = { column: '"Vorname"', reason: 'missing-tld', firstRow: 3, found: 5, expected: 4, delimiter: ';', limit: 255, bytes: 12 * 1024 * 1024 } as const;

describe('CSV messages', () => {
  it('has a text for every key in every language, with every placeholder filled', () => {
    for (const locale of LOCALES) {
      for (const key of MESSAGE_KEYS) {
        const text = formatMessage(locale, key, 7, PARAMS);
        expect(text, `${locale} ${key}`).toMatch(/^(Row|Zeile) 7[,:]/);
        expect(text).not.toMatch(/undefined|NaN|\$\{/);
        expect(formatMessage(locale, key, null, PARAMS)).not.toMatch(/^(Row|Zeile)/);
      }
    }
  });

  it('is really translated', () => {
    for (const key of MESSAGE_KEYS) expect(formatMessage('de', key, null, PARAMS), key).not.toBe(formatMessage('en', key, null, PARAMS));
  });

  it('names the column only for field-level issues', () => {
    expect(formatMessage('en', 'whitespace-trimmed', 4, { column: '"Vorname"' })).toBe(
      'Row 4, column "Vorname": spaces at the start or end were removed.',
    );
    expect(formatMessage('de', 'missing-email', 4, { column: '„E-Mail“' })).toBe('Zeile 4: Die E-Mail-Adresse fehlt. Die Zeile wurde entfernt.');
  });

  it('formats sizes for people, with a decimal comma in German', () => {
    expect(formatMessage('de', 'file-too-large/warn', null, { bytes: 12.5 * 1024 * 1024, limit: 10 * 1024 * 1024 })).toMatch(
      /^Die Datei ist 12,5 MB groß\. .* über 10 MB /,
    );
    expect(formatMessage('en', 'file-too-large/refuse', null, { bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 })).toBe(
      'The file is 60 MB, more than the 50 MB that can be checked. Split it into several smaller files.',
    );
  });

  it('labels columns by header, or by number when there is none or it looks like data', () => {
    expect(columnLabel('en', 2, 'Vorname')).toBe('"Vorname"');
    expect(columnLabel('de', 2, 'Vorname')).toBe('„Vorname“');
    expect(columnLabel('en', 3, null)).toBe('3');
    expect(columnLabel('en', 3, '')).toBe('3');
    expect(columnLabel('en', 3, 'someone@example.com')).toBe('3');
    expect(columnLabel('en', 1, 'x'.repeat(60))).toBe(`"${'x'.repeat(39)}…"`);
    expect(unnamedHeader('de', 2)).toBe('Spalte 2');
    expect(unnamedHeader('en', 2)).toBe('Column 2');
  });
});
