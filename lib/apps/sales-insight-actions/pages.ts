import { pageFromShown, type ShownRule, type ShownSignals } from '../../pages/shown';
import type { PageDetection, PageId } from '../../pages/types';

const SIA_HOST = /^(?:[a-z0-9-]+\.)?toutapp\.com$/i;

/**
 * Settings routes of Sales Insight Actions, matched on the hash after `#`. Old (2017–2021) and
 * current route shapes are both listed; the first matching prefix wins, so specific ones come first.
 */
const SIA_ROUTES: ReadonlyArray<readonly [RegExp, PageId]> = [
  [/^settings\/(?:crm\/salesforce|admin\/salesforce)(?:[/?]|$)/, 'sia-settings-salesforce'],
  [/^settings\/(?:marketo-admin|admin\/marketo|marketo)(?:[/?]|$)/, 'sia-settings-marketo'],
  [/^settings\/admin\/user-management(?:[/?]|$)/, 'sia-user-management'],
  [/^settings(?:[/?]|$)/, 'sia-settings'],
];

/**
 * Settings pages told by what they show, for routes we do not know: the selected entry of the settings
 * navigation, the page's tabs, an open dialog's title (English UI; German as Adobe's German docs word it).
 */
const SHOWN_PAGES: readonly ShownRule[] = [
  ['sia-settings-salesforce', { selected: ['salesforce'], tabs: ['connections & customizations', 'verbindungen und anpassungen'] }],
  ['sia-settings-marketo', { selected: ['marketo'] }],
  [
    'sia-user-management',
    {
      selected: ['user management', 'benutzerverwaltung'],
      dialogs: ['invite users', 'benutzer einladen', 'invite users via csv', 'benutzer über csv einladen'],
    },
  ],
];

/**
 * Which Sales Insight Actions page a frame shows (the app lives under `/next`, routes in the hash); when the
 * route is not a known settings page, what the frame shows decides.
 */
export function detectSalesInsightActions(url: URL, signals?: { shown?: ShownSignals }): PageDetection | null {
  if (!SIA_HOST.test(url.hostname)) return null;
  // Routes live in the hash; a UI that routes by path (`/next/settings/…`) is read the same way.
  const route = url.pathname.startsWith('/next') ? url.hash.replace(/^#\/?/, '') || url.pathname.replace(/^\/next\/?/, '') : '';
  const known = SIA_ROUTES.find(([pattern]) => pattern.test(route))?.[1] ?? 'sia-other';
  const generic = known === 'sia-settings' || known === 'sia-other';
  const page = generic ? (pageFromShown(signals?.shown, SHOWN_PAGES) ?? known) : known;
  return { app: 'sales-insight-actions', page, host: url.hostname.toLowerCase() };
}
