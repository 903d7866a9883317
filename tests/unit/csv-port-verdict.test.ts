import { describe, expect, it, vi } from 'vitest';
import { createHandoffSlot } from '../../entrypoints/background/csv-handoff';
import { checkCsv } from '../../lib/csv';
import { panelVerdict } from '../../lib/csv/verdict';
import { bytesToBase64 } from '../../lib/messaging/base64';
import { handOffToCsvPage, takeHandedFile, verdictInBackground } from '../../lib/messaging/csv-port-client';
import { CSV_ACCEPT_MAX, CSV_GROUP_KEY_MAX, CSV_TEXT_PIECE } from '../../lib/messaging/csv-port-types';
import { LIST } from '../fixtures/team-list';
import { CONTENT, fakeBackground, PAGE } from './csv-port-helpers';

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
    // A 6 MB file checked twice over: counted work, given time for a loaded machine (never a timing claim).
  }, 60_000);
});

describe('CSV port: a file handed from the in-page verdict to csv.html', () => {
  const handOff = async (background: ReturnType<typeof fakeBackground>, accept: string[] = [UMLAUT]) => {
    const port = background.connect(CONTENT);
    await port.send({ type: 'start', name: 'team-list.csv', size: bytes.length, locale: 'en', handoff: { accept } });
    await port.send({ type: 'chunk', data: bytesToBase64(bytes) });
    await port.send({ type: 'finish' });
    return port;
  };

  it('keeps the bytes, opens csv.html once, and gives the page the same file and accepts, once', async () => {
    const opened = vi.fn(async () => undefined);
    const background = fakeBackground({ openCsvPage: opened });
    const content = await handOff(background);
    expect(content.posted.at(-1)).toEqual({ type: 'handed' });
    expect(opened).toHaveBeenCalledTimes(1);
    const handed = await takeHandedFile(() => background.connect(PAGE).client);
    expect(handed!.file.name).toBe('team-list.csv');
    expect(new Uint8Array(await handed!.file.arrayBuffer())).toEqual(bytes);
    expect(handed!.accept).toEqual([UMLAUT]);
    // Taken once: a second page (or a reload) gets nothing.
    expect(await takeHandedFile(() => background.connect(PAGE).client)).toBeNull();
  });

  it('hands over through the client as the panel does', async () => {
    const background = fakeBackground();
    const done = await handOffToCsvPage(new File([bytes], 'team-list.csv'), [], () => background.connect(CONTENT).client).done;
    expect(done).toBe(true);
    expect((await takeHandedFile(() => background.connect(PAGE).client))!.accept).toEqual([]);
  });

  it('takes a file only from a content script, and gives it only to our pages', async () => {
    const background = fakeBackground();
    const page = background.connect(PAGE);
    await page.send({ type: 'start', name: 'a.csv', size: 1, locale: 'en', handoff: { accept: [] } });
    expect(page.posted).toEqual([{ type: 'error', code: 'forbidden-sender', message: expect.any(String) }]);
    await handOff(background);
    const content = background.connect(CONTENT);
    await content.send({ type: 'take' });
    expect(content.posted).toEqual([{ type: 'error', code: 'forbidden-sender', message: expect.any(String) }]);
    // Still there for the page.
    expect(await takeHandedFile(() => background.connect(PAGE).client)).not.toBeNull();
  });

  it('refuses more bytes than the file was said to have', async () => {
    const port = fakeBackground().connect(CONTENT);
    await port.send({ type: 'start', name: 'a.csv', size: 2, locale: 'en', handoff: { accept: [] } });
    await port.send({ type: 'chunk', data: bytesToBase64(bytes) });
    expect(port.posted.at(-1)).toEqual({ type: 'error', code: 'protocol', message: expect.any(String) });
  });

  it('drops a file nobody takes', async () => {
    vi.useFakeTimers();
    try {
      const slot = createHandoffSlot(1000);
      slot.put({ name: 'a.csv', chunks: [bytes], accept: [] });
      vi.advanceTimersByTime(1001);
      expect(slot.take()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
