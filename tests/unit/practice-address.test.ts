// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { practiceAddressOf, practiceFrameUrl } from '../../lib/practice/address';
import { appForAddress } from '../../components/practice/guest';
import { hasGuidedChildFrame } from '../../components/content/frames';

const ORIGIN = 'chrome-extension://ourextensionid';

describe('practice addresses', () => {
  it.each([
    'https://app-ab12.marketo.com/?lang=de#SI0A1',
    'https://toutapp.com/next?x=a%20b&lang=en#settings/admin/marketo',
    'https://acme.lightning.force.com/lightning/setup/SecurityRemoteProxy/home',
    'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/ML0A1',
  ])('a replica frame stands for %s, and says so', (address) => {
    const frame = practiceFrameUrl(address, ORIGIN)!;
    expect(frame.startsWith(`${ORIGIN}/replicas/`)).toBe(true);
    expect(practiceAddressOf(frame)).toBe(new URL(address).href);
  });

  it('opens the replica of the host the address names', () => {
    expect(practiceFrameUrl('https://acme.my.salesforce-setup.com/0rp', ORIGIN)).toMatch(/\/replicas\/salesforce\/index\.html\?/);
    expect(practiceFrameUrl('https://toutapp.com/next', ORIGIN)).toMatch(/\/replicas\/sales-insight-actions\/index\.html\?/);
  });

  it.each(['https://example.com/', 'http://app-ab12.marketo.com/', 'not a url', 'javascript:alert(1)'])('has no screen for %s', (address) => {
    expect(practiceFrameUrl(address, ORIGIN)).toBeNull();
  });

  it.each([
    `${ORIGIN}/popup.html?practice=https%3A%2F%2Fapp-ab12.marketo.com%2F`,
    `${ORIGIN}/replicas/marketo/index.html`,
    `${ORIGIN}/replicas/marketo/index.html?practice=javascript%3Aalert(1)`,
    'https://app-ab12.marketo.com/?practice=https%3A%2F%2Ftoutapp.com%2F',
  ])('reads no address from %s', (href) => {
    // Only a replica frame's own parameter counts; a live page cannot pretend to be another host.
    expect(practiceAddressOf(href)).toBeNull();
  });

  it('runs the app whose manifest patterns match the address', () => {
    expect(appForAddress('https://app-ab12.marketo.com/#ML0A1')?.app).toBe('marketo');
    expect(appForAddress('https://experience.adobe.com/#/x')?.app).toBe('marketo');
    expect(appForAddress('https://toutapp.com/next#inbox')?.app).toBe('sales-insight-actions');
    expect(appForAddress('https://acme--mkto-si.vf.force.com/apex/x')?.app).toBe('salesforce');
    expect(appForAddress('https://example.com/')).toBeNull();
  });

  it('counts a replica frame showing a guided app as a guided child frame, when told how to read it', () => {
    document.body.innerHTML = `<iframe src="${practiceFrameUrl('https://acme.my.salesforce-setup.com/0rp', ORIGIN)}"></iframe>`;
    expect(hasGuidedChildFrame(document)).toBe(false);
    expect(hasGuidedChildFrame(document, (src) => practiceAddressOf(src) ?? src)).toBe(true);
  });
});
