import { describe, expect, it } from 'vitest';
import { checkRemoteSiteUrl, REMOTE_SITE_URLS, type Finding } from '../../lib/credentials';

const [IMS, MSC] = REMOTE_SITE_URLS;
const shape = (fs: readonly Finding[]) => fs.map((f) => [f.code, f.severity]);

describe('checkRemoteSiteUrl', () => {
  it('knows the two exact URLs', () => {
    expect(REMOTE_SITE_URLS).toEqual(['https://ims-na1.adobelogin.com', 'https://mkto-sales-connect.adobe.io']);
  });

  it.each(REMOTE_SITE_URLS)('%s matches itself', (url) => {
    expect(checkRemoteSiteUrl(url, url)).toEqual([]);
  });

  it.each([
    ['trailing slash', `${IMS}/`, [['remote-site-trailing-slash', 'warning']]],
    ['http', 'http://ims-na1.adobelogin.com', [['remote-site-http', 'error']]],
    ['no scheme', 'ims-na1.adobelogin.com', [['remote-site-missing-scheme', 'error']]],
    ['no scheme, trailing slash', 'ims-na1.adobelogin.com/', [['remote-site-missing-scheme', 'error'], ['remote-site-trailing-slash', 'warning']]],
    ['upper-case host', 'https://IMS-NA1.AdobeLogin.com', [['remote-site-host-case', 'warning']]],
    ['upper-case scheme', 'HTTPS://ims-na1.adobelogin.com', [['remote-site-host-case', 'warning']]],
    ['extra path', `${IMS}/ims/token/v3`, [['remote-site-extra-path', 'error']]],
    ['port', `${IMS}:443`, [['remote-site-extra-path', 'error']]],
    ['query', `${IMS}/?x=1`, [['remote-site-extra-path', 'error']]],
    ['different host', 'https://ims-na2.adobelogin.com', [['remote-site-mismatch', 'error']]],
    ['other scheme', 'ftp://ims-na1.adobelogin.com', [['remote-site-mismatch', 'error']]],
    ['not a URL', 'adobe', [['remote-site-mismatch', 'error']]],
    [
      'http, upper case and a slash at once',
      'http://IMS-NA1.adobelogin.com/',
      [
        ['remote-site-http', 'error'],
        ['remote-site-host-case', 'warning'],
        ['remote-site-trailing-slash', 'warning'],
      ],
    ],
    ['surrounding spaces', `  ${IMS} `, [['leading-trailing-space', 'error']]],
    ['trailing line break', `${IMS}\n`, [['line-break', 'error']]],
    ['space inside', 'https://ims-na1. adobelogin.com', [['inner-space', 'error']]],
    ['empty', '', [['empty', 'error']]],
  ])('%s → %j', (_, value, expected) => {
    const findings = checkRemoteSiteUrl(value, IMS);
    expect(shape(findings)).toEqual(expected);
    for (const f of findings) {
      expect(f.field).toBe('remoteSiteUrl');
      if (f.code !== 'empty') expect(f.fix?.value).toBe(IMS);
    }
  });

  it('offers the expected URL as fix and names it in the message', () => {
    const [f] = checkRemoteSiteUrl('http://mkto-sales-connect.adobe.io/', MSC);
    expect(f?.fix).toEqual({ kind: 'use-expected-url', value: MSC });
    expect(f?.message.en).toContain(MSC);
    expect(f?.message.de).toContain(MSC);
  });

  it.each([
    [IMS, MSC],
    [MSC, IMS],
    [`${MSC}/`, IMS],
  ])('%s in the entry for %s → remote-site-other-entry without a fix', (value, expected) => {
    const findings = checkRemoteSiteUrl(value, expected);
    expect(shape(findings)).toEqual([['remote-site-other-entry', 'error']]);
    expect(findings[0]?.fix).toBeUndefined();
  });
});
