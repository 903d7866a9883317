// Hash routes of the app under /next. The settings routes are the ones the
// docs and old deep links show (#settings/crm/salesforce/configure,
// #settings/admin/user-management, #settings/marketo-admin); the others are
// our best model. Unknown routes fall back to the home screen (#inbox), as the
// real single-page app falls back to its default view.

import { here, linkHref } from '../shared/place.js';

/** Settings side navigation: group, entries (key, route, label key). */
export const SETTINGS_NAV = [
  { group: 'navPersonal', items: [
    { key: 'profile', route: 'settings/profile', label: 'navProfile' },
    { key: 'notifications', route: 'settings/notifications', label: 'navNotifications' },
    { key: 'signature', route: 'settings/signature', label: 'navSignature' },
  ] },
  { group: 'navAdmin', items: [
    { key: 'user-management', route: 'settings/admin/user-management', label: 'navUsers' },
    { key: 'teams', route: 'settings/admin/teams', label: 'navTeams' },
    { key: 'salesforce', route: 'settings/crm/salesforce/configure', label: 'navSalesforce' },
    { key: 'marketo', route: 'settings/admin/marketo', label: 'navMarketo' },
    { key: 'security', route: 'settings/admin/security', label: 'navSecurity' },
  ] },
];

/** Top bar areas (not settings). */
export const TOP_NAV = [
  { key: 'inbox', route: 'inbox', label: 'navInbox' },
  { key: 'templates', route: 'templates', label: 'navTemplates' },
  { key: 'campaigns', route: 'campaigns', label: 'navCampaigns' },
  { key: 'analytics', route: 'analytics', label: 'navAnalytics' },
];

const PATTERNS = [
  [/^settings\/(?:crm\/salesforce|admin\/salesforce)(?:[/?]|$)/, { area: 'settings', page: 'salesforce', nav: 'salesforce' }],
  [/^settings\/(?:admin\/marketo|marketo-admin|marketo)(?:[/?]|$)/, { area: 'settings', page: 'marketo', nav: 'marketo' }],
  [/^settings\/admin\/user-management(?:[/?]|$)/, { area: 'settings', page: 'users', nav: 'user-management' }],
  [/^settings\/?$/, { area: 'settings', page: 'settingsHome', nav: null }],
];

/**
 * Route of a location hash: { area, page, nav, key }. `nav` is the settings
 * nav entry to mark current, `key` the top-nav area.
 */
export function routeFromHash(hash) {
  const path = String(hash ?? '').replace(/^#\/?/, '').split('?')[0];
  for (const [re, route] of PATTERNS) if (re.test(path)) return { ...route, path };
  if (path.startsWith('settings/')) {
    const entry = SETTINGS_NAV.flatMap((g) => g.items).find((i) => path.startsWith(i.route));
    return { area: 'settings', page: 'placeholder', nav: entry?.key ?? null, label: entry?.label ?? 'settingsTitle', path };
  }
  const top = TOP_NAV.find((n) => n.route === path);
  if (top && top.key !== 'inbox') return { area: 'app', page: 'placeholder', key: top.key, label: top.label, path };
  return { area: 'app', page: 'inbox', key: 'inbox', path: 'inbox' };
}

/** href for an in-app link: keeps the query (lang, delay, …) the app was opened with. */
export const hrefFor = (route) => linkHref(`/next${here().search}#${route}`);
