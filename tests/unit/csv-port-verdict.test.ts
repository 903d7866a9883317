import { describe, expect, it } from 'vitest';
import { checkCsv } from '../../lib/csv';
import { panelVerdict } from '../../lib/csv/verdict';
import { bytesToBase64 } from '../../lib/messaging/base64';
import { verdictInBackground } from '../../lib/messaging/csv-port-client';
import { CSV_ACCEPT_MAX, CSV_GROUP_KEY_MAX, CSV_TEXT_PIECE } from '../../lib/messaging/csv-port-types';
import { LIST } from '../fixtures/team-list';
import { CONTENT, fakeBackground } from './csv-port-helpers';

const UMLAUT = 'invalid-email:non-ascii-local';
const bytes = new TextEncoder().encode(LIST);

describe('CSV port: the in-page verdict', () => {
  it('answers a start with `panel` with the verdict and the cleaned file with the accepted suggestions, never the rows', async () => {
    const port = fakeBackground().connect(CONTENT);
    await port.send({ type: 'start', name: 'team-list.csv', size: bytes.length, locale: 'de', panel: { accept: [UMLAUT] } });
    await port.send({ type: 'chunk', data: bytesToBase64(bytes) });
    await port.send({ type: 'finish' });
    const expected = panelVerdict(checkCsv(bytes, { name: 'team-list.csv', locale: 'de' }), [UMLAUT], 'de');
    expect(expected.verdict.applied).toEqual([{ group: UMLAUT, rows: 2 }]);
    expect(port.posted.map((m) => m.type)).toEqual(['progress', 'progress', 'checking', 'verdict']);
    expect(port.posted.at(-1)).toEqual({ type: 'verdict', ...expected });
  });

  it.each<[string, unknown]>([
    ['an unknown key in panel', { accept: [], all: true }],
    ['too many accepted groups', { accept: Array.from({ length: CSV_ACCEPT_MAX + 1 }, (_, i) => `g${i}`) }],
    ['an over-long group key', { accept: ['x'.repeat(CSV_GROUP_KEY_MAX + 1)] }],
    ['a group key that is not a string', { accept: [7] }],
  ])('ends the check on %s', async (_name, panel) => {
    const port = fakeBackground().connect(CONTENT);
    await port.send({ type: 'start', name: 'a.csv', size: 1, locale: 'en', panel });
    expect(port.posted).toEqual([{ type: 'error', code: 'malformed', message: expect.any(String) }]);
  });
});

describe('verdictInBackground', () => {
  it('reassembles a cleaned file sent in pieces, with the accepted suggestion in it', async () => {
    const rows = Array.from({ length: 190_000 }, (_, i) => `person.${i}@example.com,Person ${i}`);
    const text = ['Email,First Name', 'jürgen@example.de,Jürgen', ...rows].join('\n');
    const file = new File([text], 'big.csv');
    const pair = fakeBackground().connect(CONTENT);
    const types: string[] = [];
    pair.client.onMessage.addListener((m) => types.push(m.type));
    const outcome = await verdictInBackground(file, 'en', [UMLAUT], () => undefined, () => pair.client).done;
    expect(types.filter((t) => t === 'cleaned').length).toBeGreaterThan(0);
    expect(outcome!.cleanedCsv!.length).toBeGreaterThan(CSV_TEXT_PIECE);
    expect(outcome).toEqual(panelVerdict(checkCsv(new TextEncoder().encode(text), { name: 'big.csv', locale: 'en' }), [UMLAUT], 'en'));
    expect(outcome!.cleanedCsv).toContain('\r\njuergen@example.de,Jürgen');
  });
});
