// Route tokens, as Marketo's deep links carry them in the URL hash.
// Known public tokens: SF0A1 (Admin › Salesforce), MW0A1 (Admin › Web Services),
// EA0A1 (Admin › Email). AD0A1 (admin home), SI0A1 (Admin › Sales Insight),
// UR0A1 (Users & Roles), LP0A1 (LaunchPoint) and ML0A1 (Marketing Activities)
// are OUR INVENTIONS: no public token is known for them, so the extension must
// not rely on them (it should detect Sales Insight by the canvas tab title).

export const ROUTES = {
  AD0A1: { area: 'admin', page: 'adminHome', titleKey: 'titleAdmin', node: null },
  UR0A1: { area: 'admin', page: 'users', titleKey: 'titleUsers', node: 'nodeUsers' },
  EA0A1: { area: 'admin', page: 'email', titleKey: 'titleEmail', node: 'nodeEmail' },
  MW0A1: { area: 'admin', page: 'webServices', titleKey: 'titleWebServices', node: 'nodeWebServices' },
  SF0A1: { area: 'admin', page: 'salesforce', titleKey: 'titleSalesforce', node: 'nodeSalesforce' },
  SI0A1: { area: 'admin', page: 'salesInsight', titleKey: 'titleSalesInsight', node: 'nodeSalesInsight' },
  LP0A1: { area: 'admin', page: 'launchPoint', titleKey: 'titleInstalled', node: 'nodeLaunchPoint' },
  ML0A1: { area: 'marketing', page: 'marketing', titleKey: 'titleMarketing', node: null },
};

/** Admin tree order (top to bottom), by route token. */
export const ADMIN_TREE = ['UR0A1', 'EA0A1', 'MW0A1', 'SF0A1', 'SI0A1', 'LP0A1'];

export const DEFAULT_TOKEN = 'ML0A1';

/**
 * Read the route token from a location hash. Accepts "#SF0A1" (app-XXX hosts)
 * and "#/classic/SF0A1" (engage-XX hosts). Unknown tokens fall back to the
 * default screen, as Marketo falls back to the user's home.
 */
export function tokenFromHash(hash) {
  const raw = String(hash ?? '').replace(/^#/, '').replace(/^\/?classic\//, '').split(/[?&/]/)[0];
  const token = raw.toUpperCase();
  return ROUTES[token] ? token : DEFAULT_TOKEN;
}

/** Write a token back in the same hash shape the page was opened with. */
export function hashForToken(token, currentHash) {
  return /^#?\/classic\//.test(String(currentHash ?? '')) ? `#/classic/${token}` : `#${token}`;
}
