import { describe, expect, it } from 'vitest';
import { nameSimilarity, pickHealCandidate, scoreCandidate, type HealCandidate, type HealExpectation } from '../../lib/heal/score';
import { expectationOf } from '../../lib/heal/expected';
import { TARGETS } from '../../lib/targets/registry';

const connect: HealExpectation = { labels: ['connect', 'verbinden'], roles: ['button', 'link'] };
const button = (name: string, more: Partial<HealCandidate> = {}): HealCandidate => ({ names: [name], role: 'button', containerTitle: null, twins: 0, furniture: false, ...more });

describe('healing scores candidates strictly', () => {
  // Near-misses: each must be rejected, so "Is it this one?" never offers them.
  const nearMisses: Array<[string, HealCandidate]> = [
    ['"Disconnect" is not "Connect"', button('disconnect')],
    ['"Cancel" is not "Connect"', button('cancel')],
    ['a logo link named like the app', { ...button('connect'), role: 'link', furniture: true }],
    ['a heading with the same text', { ...button('connect'), role: 'heading' }],
    ['a status badge with the same word', { ...button('connected'), role: 'status' }],
    ['a sentence that mentions the word', button('click connect to link your marketo instance now please')],
    ['"Connect" as one of several identical row actions', button('connect', { twins: 2 })],
    ['"Reconnect" (another action)', button('reconnect')],
  ];
  for (const [what, candidate] of nearMisses) {
    it(`rejects ${what}`, () => {
      expect(scoreCandidate(connect, candidate)).toHaveProperty('rejected');
      expect(pickHealCandidate(connect, [candidate])).toBeNull();
    });
  }

  it('offers a renamed control whose label still holds every expected word', () => {
    expect(pickHealCandidate(connect, [button('cancel'), button('connect marketo'), button('disconnect')])).toBe(1);
    expect(pickHealCandidate(connect, [button('jetzt verbinden')])).toBe(0);
  });

  it('accepts an inflection of a word but not another word that starts the same', () => {
    const invite: HealExpectation = { labels: ['send invite'], roles: ['button'] };
    expect(pickHealCandidate(invite, [button('send invites')])).toBe(0);
    expect(nameSimilarity('connect', 'disconnect')).toBe(0);
    expect(nameSimilarity('start sync', 'start')).toBeLessThan(0.75);
  });

  it('offers nothing when two candidates are equally close', () => {
    expect(pickHealCandidate(connect, [button('connect now'), button('connect here')])).toBeNull();
    // …but one clearly closer than the other is offered.
    expect(pickHealCandidate(connect, [button('connect'), button('connect this account now')])).toBe(0);
  });

  it('requires the dialog title around a target that lives in a dialog', () => {
    const ok: HealExpectation = { labels: ['ok'], roles: ['button'], containerTitles: ['invite users via csv'] };
    expect(scoreCandidate(ok, button('ok', { containerTitle: 'delete user' }))).toEqual({ rejected: 'context' });
    expect(scoreCandidate(ok, button('ok'))).toEqual({ rejected: 'context' });
    expect(pickHealCandidate(ok, [button('ok', { containerTitle: 'delete user' }), button('ok', { containerTitle: 'invite users via csv' })])).toBe(1);
  });

  it('derives what to expect from the registry, and refuses to heal fields and secrets', () => {
    expect(expectationOf(TARGETS['sia.marketo.connect'], TARGETS)).toEqual({ labels: ['connect', 'verbinden', 'verbindung herstellen'], roles: ['button', 'link'] });
    expect(expectationOf(TARGETS['sia.marketo.setup.client-secret'], TARGETS)).toBeNull();
    expect(expectationOf(TARGETS['sia.marketo.setup.munchkin-id'], TARGETS)).toBeNull();
  });
});
