import { describe, expect, it } from 'vitest';
import { initialProgress } from '../../lib/progress/initial';
import { MIGRATIONS, migrateProgress, PROGRESS_VERSION } from '../../lib/progress/migrations';
import { MAX_ERRORS_SEEN } from '../../lib/progress/limits';
import { recordErrorSeen, recordMatched, resetProgress } from '../../lib/progress/reducers';
import { saysPhrase } from '../../lib/guide/error-states';
import { normalizeText } from '../../lib/locator/text';

const seen = { error: 'sia.salesforce-auth-failed', app: 'sales-insight-actions' as const, host: 'toutapp.com', page: 'sia-settings-salesforce' as const };

describe('progress format 4: errors seen and matched ways', () => {
  it('migrates version 3 data with both lists empty, nothing made up', () => {
    const { errorsSeen: _e, matched: _m, ...v3 } = initialProgress();
    expect(PROGRESS_VERSION).toBe(4);
    expect(MIGRATIONS[3]!(v3)).toMatchObject({ errorsSeen: [], matched: [] });
    expect(migrateProgress(v3, 3)).toEqual(initialProgress());
  });

  it('counts the same error on the same page once, keeps its first time, caps the list', () => {
    let state = recordErrorSeen(initialProgress(), seen, '2026-12-07T10:00:00.000Z');
    state = recordErrorSeen(state, seen, '2026-12-07T10:05:00.000Z');
    expect(state.errorsSeen).toEqual([{ ...seen, firstSeen: '2026-12-07T10:00:00.000Z', lastSeen: '2026-12-07T10:05:00.000Z', count: 2 }]);
    for (let i = 0; i < MAX_ERRORS_SEEN + 5; i++) state = recordErrorSeen(state, { ...seen, host: `h${i}.toutapp.com` }, '2026-12-07T11:00:00.000Z');
    expect(state.errorsSeen).toHaveLength(MAX_ERRORS_SEEN);
    expect(resetProgress(state).errorsSeen).toEqual([]);
  });

  it('records a matched way once; another way replaces it', () => {
    const entry = { target: 'sia.marketo.connect', step: 'connect-marketo' as const, host: 'toutapp.com', page: 'sia-settings-marketo' as const, way: 2, by: 'text' as const, lang: 'de' as const, at: '2026-12-07T10:00:00.000Z' };
    const once = recordMatched(initialProgress(), entry);
    expect(recordMatched(once, { ...entry, at: '2026-12-07T10:01:00.000Z' })).toBe(once);
    expect(recordMatched(once, { ...entry, way: 0, by: 'css', at: '2026-12-07T10:02:00.000Z' }).matched).toEqual([{ ...entry, way: 0, by: 'css', at: '2026-12-07T10:02:00.000Z' }]);
  });
});

describe('error phrases: the message, never a quote of it', () => {
  const says = (text: string) => saysPhrase(normalizeText(text), normalizeText('We were unable to authenticate your request'));
  it.each([
    ['We were unable to authenticate your request', true],
    ['We were unable to authenticate your request.', true],
    ['Error: We were unable to authenticate your request (OAUTH_APP_BLOCKED)', true],
    ['If you see "We were unable to authenticate your request", check the profile', false],
    ['We were unable to authenticate your requests', false],
    ['Error', false],
  ])('%s → %s', (text, expected) => expect(says(text)).toBe(expected));
});
