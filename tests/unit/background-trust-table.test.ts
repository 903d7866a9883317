import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../entrypoints/background/router';
import { createTabPages } from '../../entrypoints/background/tab-pages';
import { createFocus } from '../../entrypoints/background/guide-handlers';
import { createProgressStore } from '../../stores/progress-store';
import { REQUESTS, type Request, type RequestType } from '../../lib/messaging/protocol';
import type { SenderInfo } from '../../lib/messaging/sender';
import { PRACTICE_PROGRESS_STORAGE_KEY } from '../../lib/progress/storage-key';

/**
 * Every message type × every kind of sender, written out by hand (not derived from the protocol's own
 * `from` lists, which would make the table agree with itself): who may send what, and that nothing a
 * practice frame or page sends reaches real progress.
 */
const SELF = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid/' };
const MARKETO_SF = 'https://app-ab12.marketo.com/#SF0A1';

const SENDERS = {
  'real content frame': { id: SELF.id, url: MARKETO_SF, tab: { id: 7, url: MARKETO_SF }, frameId: 0 },
  'practice frame': {
    id: SELF.id,
    url: `${SELF.origin}replicas/marketo/index.html?practice=${encodeURIComponent('https://app-ab12.marketo.com/')}#SF0A1`,
    tab: { id: 9, url: `${SELF.origin}practice.html` },
    frameId: 3,
  },
  'extension page': { id: SELF.id, url: `${SELF.origin}popup.html` },
  'practice page': { id: SELF.id, url: `${SELF.origin}practice.html`, tab: { id: 9 }, frameId: 0 },
  'foreign extension': { id: 'someoneelse', url: 'chrome-extension://someoneelse/popup.html', tab: { id: 4 }, frameId: 0 },
  'web page': { url: 'https://evil.example/', tab: { id: 5 }, frameId: 0 },
  'embedded frame on an unrelated site': { id: SELF.id, url: MARKETO_SF, tab: { id: 6, url: 'https://evil.example/' }, frameId: 2 },
} satisfies Record<string, SenderInfo>;
type SenderName = keyof typeof SENDERS;

/** One valid request of each type. */
const SAMPLES: { [T in RequestType]: Request<T> } = {
  'progress/set-status': { type: 'progress/set-status', stepId: 'connect-marketo', status: 'done' },
  'progress/reset': { type: 'progress/reset' },
  'progress/done-elsewhere': { type: 'progress/done-elsewhere', stepIds: ['install-msi-package'], reportGeneratedAt: '2026-12-07T09:00:00.000Z' },
  'prefs/set': { type: 'prefs/set', locale: 'de' },
  'page/seen': { type: 'page/seen', detection: { app: 'marketo', page: 'marketo-admin-salesforce', host: 'app-ab12.marketo.com' } },
  'guide/context': { type: 'guide/context' },
  'assist/load': { type: 'assist/load', bundle: 'credentials-copy' },
  'evidence/seen': { type: 'evidence/seen', stepId: 'prereq-salesforce-sync', ruleId: 'p2-sync-status-enabled' },
  'diagnostic/target-missing': { type: 'diagnostic/target-missing', stepId: 'start-data-sync', target: 'marketo.admin-nav', tried: [] },
  'guide/where': { type: 'guide/where', target: 'marketo.admin-nav', locale: 'en' },
  // Marketo's pages show no documented error state: from the Marketo frame this is refused on its payload
  // (see PAYLOAD_REFUSED); tests/unit/error-recording.test.ts sends it from a Sales Insight Actions frame.
  'error/seen': { type: 'error/seen', errorId: 'sia.salesforce-auth-failed', stepId: 'connect-salesforce' },
  'guide/recovery': { type: 'guide/recovery', errorId: 'sfdc.no-tab-access', locale: 'de' },
  'diagnostic/target-matched': { type: 'diagnostic/target-matched', stepId: 'start-data-sync', target: 'marketo.admin-nav', way: 0 },
  'guide/verify': { type: 'guide/verify' },
  'guide/notices': { type: 'guide/notices', stepId: 'connect-marketo' },
  'guide/proof': { type: 'guide/proof', ruleId: 's1-invite-confirmed', locale: 'de' },
  'overlay/look': { type: 'overlay/look' },
  'guide/open-step': { type: 'guide/open-step', stepId: 'connect-marketo' },
  'credentials/check': { type: 'credentials/check', munchkinId: '123-ABC-456', live: false },
  'tab/where': { type: 'tab/where', tabId: 7 },
};

const C = 'content-only';
const P = 'page-only';
const B = 'both';
const ALLOWED: Record<RequestType, typeof C | typeof P | typeof B> = {
  'progress/set-status': B,
  'progress/reset': P,
  'progress/done-elsewhere': P,
  'prefs/set': P,
  'page/seen': C,
  'guide/context': C,
  'assist/load': C,
  'evidence/seen': C,
  'diagnostic/target-missing': C,
  'guide/where': C,
  'error/seen': C,
  'guide/recovery': C,
  'diagnostic/target-matched': C,
  'guide/verify': P,
  'guide/notices': C,
  'guide/proof': C,
  'overlay/look': C,
  'guide/open-step': B,
  'credentials/check': B,
  'tab/where': P,
};
/** Accepted from its sender, yet refused for what it says (the sample's page cannot show it): `malformed`, never `forbidden-sender`. */
const PAYLOAD_REFUSED: readonly RequestType[] = ['error/seen'];
/** The sandbox acts only on its own screens: these stay real-only even from our own practice contexts. */
const REAL_ONLY: readonly RequestType[] = ['guide/verify', 'guide/open-step', 'assist/load', 'progress/done-elsewhere'];

function expected(type: RequestType, sender: SenderName): 'accepted' | 'refused' {
  const kind = { 'real content frame': 'content', 'practice frame': 'content', 'extension page': 'page', 'practice page': 'page' }[sender as string];
  if (!kind) return 'refused';
  if (sender.startsWith('practice') && REAL_ONLY.includes(type)) return 'refused';
  const allowed = ALLOWED[type];
  return allowed === B || allowed === `${kind}-only` ? 'accepted' : 'refused';
}

function setup() {
  const store = createProgressStore(fakeBrowser.storage.local);
  const practiceStore = createProgressStore(fakeBrowser.storage.local, PRACTICE_PROGRESS_STORAGE_KEY);
  const session = fakeBrowser.storage.session;
  const calls = { verify: 0, openStep: 0, injectAssist: 0 };
  const route = createRouter({
    store,
    practiceStore,
    tabPages: createTabPages(session),
    practicePages: createTabPages(session, 'practice-tab:'),
    focus: createFocus(session),
    openStep: async () => (calls.openStep++, { opened: 'new-tab', url: 'https://app-ab12.marketo.com/' }),
    injectAssist: async () => void calls.injectAssist++,
    checkCredentials: async () => ({ findings: [], live: null }),
    verify: async () => (calls.verify++, { checkedFrames: 0, steps: [] }),
    self: SELF,
    ready: Promise.all([store.persistence.load(), practiceStore.persistence.load()]),
    now: () => '2026-12-07T10:00:00.000Z',
  });
  return { store, route, calls };
}

beforeEach(() => fakeBrowser.reset());

describe('trust table: every message type from every sender kind', () => {
  it('covers every message type of the protocol', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  const cases = (Object.keys(SAMPLES) as RequestType[]).flatMap((type) => (Object.keys(SENDERS) as SenderName[]).map((sender) => [type, sender] as const));
  it.each(cases)('%s from a %s', async (type, senderName) => {
    const { route, store, calls } = setup();
    const sender = SENDERS[senderName];
    // A content sender first reports its page, as the runtime does; refused senders get nowhere with it either.
    if (type !== 'page/seen') await route(SAMPLES['page/seen'], sender);
    const before = JSON.stringify(store.getState());
    const reply = await route(SAMPLES[type], sender);

    if (expected(type, senderName) === 'accepted' && PAYLOAD_REFUSED.includes(type)) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
    } else if (expected(type, senderName) === 'accepted') {
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
    } else {
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(calls).toEqual({ verify: 0, openStep: 0, injectAssist: 0 });
    }
    // Real progress changes only through a real frame or one of our non-practice pages.
    if (!['real content frame', 'extension page'].includes(senderName)) expect(JSON.stringify(store.getState())).toBe(before);
  });

  it('a real frame that reported its page moves real progress (the table above can see a change)', async () => {
    const { route, store } = setup();
    await route(SAMPLES['page/seen'], SENDERS['real content frame']);
    await route(SAMPLES['evidence/seen'], SENDERS['real content frame']);
    expect(store.getState().steps['prereq-salesforce-sync'].status).toBe('done');
    expect(store.getState().hostsSeen.map((h) => h.host)).toEqual(['app-ab12.marketo.com']);
  });
});
