import { afterEach, describe, expect, it, vi } from 'vitest';
import { replicaFolderFor } from '../../lib/practice/address';
import * as place from '../../public/replicas/shared/place.js';

const EXT = 'chrome-extension://abcdefgh';

/** A location + history pair as a browser frame has them, at `href`. */
function stubFrame(href: string) {
  let url = new URL(href);
  const location = {
    get href() { return url.href; },
    get protocol() { return url.protocol; },
    get origin() { return `${url.protocol}//${url.host}`; }, // as browsers give it for extension URLs too
    get pathname() { return url.pathname; },
    get search() { return url.search; },
    get hash() { return url.hash; },
    assign: vi.fn((to: string) => { url = new URL(to, url); }),
    replace: vi.fn((to: string) => { url = new URL(to, url); }),
  };
  const history = {
    state: null,
    replaceState: vi.fn((_s: unknown, _t: string, to: string) => { url = new URL(to, url); }),
    pushState: vi.fn((_s: unknown, _t: string, to: string) => { url = new URL(to, url); }),
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  return { location, history };
}

/** The practice frame URL of `address`, encoded as the contract says. */
function practiceUrl(folder: string, address: string): string {
  const url = new URL(address);
  const hash = url.hash;
  url.hash = '';
  return `${EXT}/replicas/${folder}/index.html?practice=${encodeURIComponent(url.href)}${hash}`;
}

afterEach(() => vi.unstubAllGlobals());

describe('replica place', () => {
  it('maps hosts to folders as the replica server and the sandbox do', () => {
    const hosts = ['app-ab12.marketo.com', 'engage-ab.marketo.com', 'experience.adobe.com', 'toutapp.com', 'app.toutapp.com',
      'acme.lightning.force.com', 'acme.my.salesforce-setup.com', 'acme.my.salesforce.com', 'acme--mkto-si.vf.force.com',
      'login.salesforce.com', 'ab.mktorest.com', 'example.com', 'marketo.com.example.org'];
    for (const host of hosts) {
      expect(place.folderForHost(host), host).toBe(replicaFolderFor(host));
    }
  });

  it('outside practice mode the place is the location itself', () => {
    stubFrame('https://acme.lightning.force.com/lightning/setup/RemoteSite/home?lang=de');
    expect(place.isPractice()).toBe(false);
    expect(place.here().href).toBe('https://acme.lightning.force.com/lightning/setup/RemoteSite/home?lang=de');
    expect(place.linkHref('/lightning/page/home?x=1')).toBe('/lightning/page/home?x=1');
    expect(place.linkHref('https://acme.my.salesforce-setup.com/0rp')).toBe('https://acme.my.salesforce-setup.com/0rp');
    expect(place.frameSrc('https://acme.my.salesforce-setup.com/0rp')).toBe('https://acme.my.salesforce-setup.com/0rp');
    expect(place.realOrigin('https://acme.my.salesforce-setup.com/0rp')).toBe('https://acme.my.salesforce-setup.com');
    expect(place.storageKey('k')).toBe('k');
  });

  it('in practice mode decodes the address, keeping the frame hash', () => {
    stubFrame(practiceUrl('marketo', 'https://app-ab12.marketo.com/?lang=de#SI0A1'));
    expect(place.isPractice()).toBe(true);
    expect(place.here().href).toBe('https://app-ab12.marketo.com/?lang=de#SI0A1');
    expect(place.here().searchParams.get('lang')).toBe('de');
    expect(place.realOrigin()).toBe(EXT);
    expect(place.storageKey('mktoReplica.v1')).toBe('practice|app-ab12.marketo.com|mktoReplica.v1');
  });

  it('round-trips addresses of every replica host through the practice form', () => {
    stubFrame(practiceUrl('sales-insight-actions', 'https://app.toutapp.com/next#inbox'));
    const addresses = [
      ['https://app.toutapp.com/next?lang=de#settings/crm/salesforce/configure', 'sales-insight-actions'],
      ['https://app-ab12.marketo.com/?embedded=1&lang=de#SI0A1', 'marketo'],
      ['https://experience.adobe.com/#/@acme/so:acme-mkto/marketo-engage/classic/SI0A1', 'experience'],
      ['https://acme.my.salesforce-setup.com/0rp/e?retURL=%2F0rp%3Fsetupid%3DSecurityRemoteProxy&isdtp=p1', 'salesforce'],
      ['https://acme.lightning.force.com/lightning/setup/SecurityRemoteProxy/home', 'salesforce'],
    ];
    for (const [address, folder] of addresses) {
      const src = place.frameSrc(address!);
      expect(src).toBe(practiceUrl(folder!, address!));
      expect(place.addressOf(src)?.href).toBe(address);
    }
    expect(place.addressOf('https://example.com/replicas/marketo/index.html?practice=x')).toBeNull();
  });

  it('moves within a host by history and across hosts by navigation', () => {
    const { location } = stubFrame(practiceUrl('sales-insight-actions', 'https://app.toutapp.com/next?lang=de#inbox'));
    place.pushAddress('/next?lang=de#settings');
    expect(place.here().href).toBe('https://app.toutapp.com/next?lang=de#settings');
    place.replaceAddress('/auth/salesforce/callback?code=1');
    expect(place.here().href).toBe('https://app.toutapp.com/auth/salesforce/callback?code=1');
    place.go('https://login.salesforce.com/services/oauth2/authorize?x=1');
    expect(location.assign).toHaveBeenCalledWith(practiceUrl('salesforce', 'https://login.salesforce.com/services/oauth2/authorize?x=1'));
    place.goReplace('/next#settings/crm/salesforce/configure');
    expect(location.href).toBe(practiceUrl('salesforce', 'https://login.salesforce.com/next#settings/crm/salesforce/configure'));
  });

  it('namespaces storage by the host a practice frame stands for', () => {
    stubFrame(practiceUrl('salesforce', 'https://acme.my.salesforce-setup.com/0rp'));
    const data = new Map<string, string>([['practice|acme.lightning.force.com|sfReplica.x', '1']]);
    vi.stubGlobal('localStorage', {
      get length() { return data.size; },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => data.set(k, v),
      removeItem: (k: string) => data.delete(k),
    });
    vi.stubGlobal('window', globalThis);
    const store = place.hostStorage();
    store?.setItem('sfReplica.remoteSites.v1', 'v');
    expect([...data.keys()]).toContain('practice|acme.my.salesforce-setup.com|sfReplica.remoteSites.v1');
    expect(store?.keys()).toEqual(['sfReplica.remoteSites.v1']);
    expect(store?.getItem('sfReplica.remoteSites.v1')).toBe('v');
  });

  it('rewrites a differently encoded address once at load, so in-app links differ only in the hash', async () => {
    const address = new URL('https://app.toutapp.com/next?q=a(b)');
    const frame = new URL(`${EXT}/replicas/sales-insight-actions/index.html#inbox`);
    frame.searchParams.set('practice', address.href); // URLSearchParams encodes the parentheses
    const { history } = stubFrame(frame.href);
    vi.resetModules();
    await import('../../public/replicas/shared/place.js');
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(location.href).toBe(practiceUrl('sales-insight-actions', `${address.href}#inbox`));
  });
});
