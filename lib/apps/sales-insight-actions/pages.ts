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

/** Which Sales Insight Actions page a frame shows (the app lives under `/next`, routes in the hash). */
export function detectSalesInsightActions(url: URL): PageDetection | null {
  if (!SIA_HOST.test(url.hostname)) return null;
  const route = url.pathname.startsWith('/next') ? url.hash.replace(/^#\/?/, '') : '';
  const page = SIA_ROUTES.find(([pattern]) => pattern.test(route))?.[1] ?? 'sia-other';
  return { app: 'sales-insight-actions', page, host: url.hostname.toLowerCase() };
}
