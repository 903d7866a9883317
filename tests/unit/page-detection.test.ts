import { describe, expect, it } from 'vitest';
import { detectPage, pageSpecificity } from '../../lib/pages/detect';
import { DETECTION_EXAMPLES } from '../../lib/pages/examples';
import { marketoRouteToken } from '../../lib/apps/marketo/pages';

describe('page detection', () => {
  it.each(DETECTION_EXAMPLES.map(([signals, expected]) => [signals.url, signals, expected] as const))('%s', (_url, signals, expected) => {
    expect(detectPage(signals)).toEqual(expected);
  });

  it.each([
    ['#SF0A1', 'SF0A1'],
    ['#/classic/MW0A1', 'MW0A1'],
    ['#/@acme/so:123-ABC-456/marketo-engage/classic/EA0A1', 'EA0A1'],
    ['#SF0A1?foo', 'SF0A1'],
    ['', null],
    ['#settings', null],
  ])('reads the route token of %j', (hash, token) => {
    expect(marketoRouteToken(hash)).toBe(token);
  });

  it('prefers the Marketo child frame over the experience.adobe.com shell, and specific pages over generic ones', () => {
    const shell = detectPage({ url: 'https://experience.adobe.com/#/@acme/so:1/marketo-engage/classic/XX0A1', canvasTitle: null, inFrame: false })!;
    const frame = detectPage({ url: 'https://app-ab12.marketo.com/#XX0A1', canvasTitle: 'Sales Insight', inFrame: true })!;
    const generic = detectPage({ url: 'https://app-ab12.marketo.com/#MW0A1', canvasTitle: null, inFrame: false })!;
    expect(pageSpecificity(frame)).toBeGreaterThan(pageSpecificity(shell));
    expect(pageSpecificity(frame)).toBeGreaterThan(pageSpecificity(generic));
  });
});
