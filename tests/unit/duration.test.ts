import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../lib/i18n/duration';

describe('formatDuration', () => {
  it('says a duration in the reader’s language, leaving out zero parts', () => {
    expect(formatDuration('en', 252)).toBe('4 min 12 sec');
    expect(formatDuration('de', 252)).toBe('4 Min. 12 Sek.');
    expect(formatDuration('en', 45)).toBe('45 sec');
    expect(formatDuration('en', 120)).toBe('2 min');
    expect(formatDuration('en', 3600 + 5 * 60)).toBe('1 hr 5 min');
    expect(formatDuration('de', 2 * 3600 + 1)).toBe('2 Std. 1 Sek.');
  });

  it('rounds to whole seconds; nothing at all is 0 s; an unknown time is a dash', () => {
    expect(formatDuration('en', 120.5)).toBe('2 min 1 sec');
    expect(formatDuration('en', 0)).toBe('0 sec');
    expect(formatDuration('de', 0.2)).toBe('0 Sek.');
    expect(formatDuration('en', null)).toBe('—');
    expect(formatDuration('de', Number.NaN)).toBe('—');
  });
});
