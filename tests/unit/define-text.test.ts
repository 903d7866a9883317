import { describe, expect, it } from 'vitest';
import { credentialsText } from '../../components/credentials/text';
import { defineText, plural } from '../../lib/i18n/define-text';

describe('plural texts (Intl.PluralRules)', () => {
  const rows = defineText({ rows_one: '{n} row', rows_other: '{n} rows' }, { rows_one: '{n} Zeile', rows_other: '{n} Zeilen' });

  it('chooses the form the language uses for the count, numbers written as the language writes them', () => {
    expect(plural(rows, 'en', 'rows', 1)).toBe('1 row');
    expect(plural(rows, 'en', 'rows', 0)).toBe('0 rows');
    expect(plural(rows, 'en', 'rows', 12_345)).toBe('12,345 rows');
    expect(plural(rows, 'de', 'rows', 1)).toBe('1 Zeile');
    expect(plural(rows, 'de', 'rows', 12_345)).toBe('12.345 Zeilen');
  });

  it('says "1 von 3 Feldern muss…" but "2 von 3 Feldern müssen…"', () => {
    expect(plural(credentialsText, 'de', 'summaryErrors', 1)).toMatch(/^1 von 3 Feldern muss korrigiert/);
    expect(plural(credentialsText, 'de', 'summaryErrors', 2)).toMatch(/^2 von 3 Feldern müssen korrigiert/);
    expect(plural(credentialsText, 'en', 'summaryErrors', 1)).toMatch(/^1 of 3 fields needs correcting/);
  });

  it('falls back to the "other" form for a category the table does not have', () => {
    const few = defineText({ n_other: '{n} things' }, { n_other: '{n} Dinge' });
    expect(plural(few, 'en', 'n', 1)).toBe('1 things');
  });
});
