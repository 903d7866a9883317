import { describe, expect, it } from 'vitest';
import { appOfOrigin, appOfUrl } from '../../lib/hosts';

/** Where the content scripts run (the manifest is built from the same table) and where they must not. */
describe('app sites', () => {
  it.each([
    ['https://app-ab12.marketo.com/#SF0A1', 'marketo'],
    ['https://engage-ab.marketo.com/?x=1#ML0A1', 'marketo'],
    ['https://experience.adobe.com/#/@acme/so:ab12/marketo-engage/classic/SF0A1', 'marketo'],
    ['https://toutapp.com/next#settings/admin/marketo', 'sales-insight-actions'],
    ['https://eu.toutapp.com/next?lang=de#inbox', 'sales-insight-actions'],
    ['https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', 'salesforce'],
    ['https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config', 'salesforce'],
  ])('runs on %s (%s)', (url, app) => expect(appOfUrl(url)).toBe(app));

  it.each([
    // Marketo's marketing site, community, docs and login are not the app.
    'https://www.marketo.com/',
    'https://nation.marketo.com/t5/community/ct-p/community',
    'https://login.marketo.com/',
    'https://app-ab12.marketo.com.evil.example/',
    'http://app-ab12.marketo.com/',
    // The Sales Insight Actions marketing pages outside the app.
    'https://toutapp.com/',
    'https://toutapp.com/pricing',
    'https://www.salesforce.com/',
    'https://evil.example/?https://app-ab12.marketo.com/',
    'not a url',
  ])('does not run on %s', (url) => expect(appOfUrl(url)).toBeNull());

  it('names the app of an ancestor origin by host, and none for an unrelated one', () => {
    expect(appOfOrigin('https://experience.adobe.com')).toBe('marketo');
    expect(appOfOrigin('https://acme.lightning.force.com')).toBe('salesforce');
    expect(appOfOrigin('https://unrelated.example')).toBeNull();
    expect(appOfOrigin('https://www.marketo.com')).toBeNull();
  });
});
