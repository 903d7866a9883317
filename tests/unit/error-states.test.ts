// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility } from '../../lib/locator';
import { matchErrorState } from '../../lib/locator/error-state';
import { saysPhrase } from '../../lib/guide/error-states';
import { SIA_ERROR_STATES } from '../../lib/apps/sales-insight-actions/error-states';
import { SALESFORCE_ERROR_STATES } from '../../lib/apps/salesforce/error-states';
import { ERROR_STATES, recoveryOf } from '../../lib/apps/error-texts';
import { recordErrorSeen } from '../../lib/progress/reducers';
import { initialProgress } from '../../lib/progress/initial';

const isVisible = createVisibility({ checkSize: false });
const found = (html: string, rules: typeof SIA_ERROR_STATES | typeof SALESFORCE_ERROR_STATES, page: Parameters<typeof matchErrorState>[1]['page'] = null) => {
  document.body.innerHTML = html;
  return matchErrorState(rules, { root: document, page, isVisible })?.id ?? null;
};

afterEach(() => (document.body.innerHTML = ''));

describe('documented error states', () => {
  it('recognise the message where the page shows it, in English and German wording variants', () => {
    expect(found('<div role="alert">We were unable to authenticate your request (OAUTH_APP_BLOCKED)</div>', SIA_ERROR_STATES)).toBe('sia.salesforce-auth-failed');
    expect(found('<div class="alert alert-danger"><p>Wir konnten Ihre Anfrage nicht authentifizieren.</p></div>', SIA_ERROR_STATES)).toBe('sia.salesforce-auth-failed');
    expect(found('<div class="x-error-box">Error. Unable to connect to Marketo</div>', SIA_ERROR_STATES, 'sia-settings-marketo')).toBe('sia.marketo-not-connected');
    expect(found('<h2>You don’t have sufficient privileges to access this tab.</h2>', SALESFORCE_ERROR_STATES)).toBe('sfdc.no-tab-access');
    expect(found('<div class="message"><span>Sie verfügen nicht über die erforderlichen Berechtigungen, um auf diese Registerkarte zuzugreifen.</span></div>', SALESFORCE_ERROR_STATES)).toBe('sfdc.no-tab-access');
  });

  it('do not fire on near-misses: quoted in help text, outside a message element, hidden, on another page, another sentence', () => {
    // Help text that quotes the message is not the message.
    expect(found('<div role="alert">If you see “We were unable to authenticate your request”, check the profile.</div>', SIA_ERROR_STATES)).toBeNull();
    // Body text, not a message element.
    expect(found('<p>We were unable to authenticate your request</p>', SIA_ERROR_STATES)).toBeNull();
    // Hidden alert (a template the page keeps ready).
    expect(found('<div role="alert" hidden>We were unable to authenticate your request</div>', SIA_ERROR_STATES)).toBeNull();
    // The Marketo connection error only counts on the Marketo settings page.
    expect(found('<div role="alert">Unable to connect to Marketo</div>', SIA_ERROR_STATES, 'sia-settings-salesforce')).toBeNull();
    // A success that shares words with the error.
    expect(found('<div role="alert">We were able to authenticate your request</div>', SIA_ERROR_STATES)).toBeNull();
    expect(found('<h2>You have sufficient privileges to access this tab</h2>', SALESFORCE_ERROR_STATES)).toBeNull();
    // A longer word after the phrase is another sentence.
    expect(saysPhrase('unable to connect to marketoform', 'unable to connect to marketo')).toBe(false);
    expect(saysPhrase('error: unable to connect to marketo.', 'unable to connect to marketo')).toBe(true);
  });

  it('each have recovery texts in both languages with a fix and a doc link', () => {
    for (const { rule } of ERROR_STATES) {
      for (const locale of ['en', 'de'] as const) {
        const card = recoveryOf(rule.id, locale);
        expect(card, rule.id).not.toBeNull();
        expect(card!.title.length).toBeGreaterThan(0);
        expect(card!.fix.length).toBeGreaterThan(0);
        expect(card!.docUrl).toMatch(/^https:\/\/experienceleague\.adobe\.com\//);
      }
    }
    expect(recoveryOf('no.such-error', 'en')).toBeNull();
  });

  it('are recorded once per error, host and page, counted, newest first', () => {
    const seen = { error: 'sfdc.no-tab-access', app: 'salesforce' as const, host: 'acme.my.salesforce.com', page: 'sfdc-other' as const };
    let state = recordErrorSeen(initialProgress(), seen, '2026-12-07T10:00:00.000Z');
    state = recordErrorSeen(state, seen, '2026-12-07T10:05:00.000Z');
    expect(state.errorsSeen).toHaveLength(1);
    expect(state.errorsSeen[0]).toMatchObject({ count: 2, firstSeen: '2026-12-07T10:00:00.000Z', lastSeen: '2026-12-07T10:05:00.000Z' });
  });
});
