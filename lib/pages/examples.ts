import type { PageSignals } from './detect';
import type { ShownSignals } from './shown';
import type { PageDetection } from './types';

const top = { canvasTitle: null, inFrame: false } as const;
/** What a frame shows (normalized labels), for pages whose title or route is not in our lists. */
const shows = (seen: Partial<ShownSignals>): { shown: ShownSignals } => ({ shown: { selected: [], tabs: [], dialogs: [], pressed: [], ...seen } });

/**
 * Example frames and what detection must say about them — the documentation of detection and the
 * table its unit test runs. `null` means the frame must NOT be recognised.
 */
export const DETECTION_EXAMPLES: ReadonlyArray<readonly [PageSignals, PageDetection | null]> = [
  // Marketo classic, route token only (panels not rendered yet).
  [{ ...top, url: 'https://app-ab12.marketo.com/#SF0A1' }, { app: 'marketo', page: 'marketo-admin-salesforce', host: 'app-ab12.marketo.com' }],
  [{ ...top, url: 'https://app-sj01.marketo.com/#MW0A1' }, { app: 'marketo', page: 'marketo-admin', host: 'app-sj01.marketo.com' }],
  // Admin › Sales Insight has no public token: the canvas tab title tells.
  [{ ...top, url: 'https://app-ab12.marketo.com/#SI0A1', canvasTitle: 'Sales Insight' }, { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com' }],
  [{ ...top, url: 'https://app-ab12.marketo.com/#XY0A1', canvasTitle: 'Web Services' }, { app: 'marketo', page: 'marketo-admin', host: 'app-ab12.marketo.com' }],
  [{ ...top, url: 'https://app-ab12.marketo.com/#ML0A1' }, { app: 'marketo', page: 'marketo-other', host: 'app-ab12.marketo.com' }],
  // An Admin page whose canvas title and token we do not know: Admin pressed in the main navigation; the
  // Sales Insight page by its own tabs (English, German, or left in English) or the selected tree node.
  [{ ...top, url: 'https://app-ab12.marketo.com/#ZZ0A1', canvasTitle: 'Treasure Chest', ...shows({ pressed: ['admin'] }) }, { app: 'marketo', page: 'marketo-admin', host: 'app-ab12.marketo.com' }],
  [{ ...top, url: 'https://app-ab12.marketo.com/#ZZ0A1', canvasTitle: 'Vertriebseinblicke', ...shows({ tabs: ['übersicht', 'aktionskonfiguration'] }) }, { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com' }],
  [{ ...top, url: 'https://app-ab12.marketo.com/#MW0A1', canvasTitle: null, ...shows({ selected: ['sales insight'] }) }, { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com' }],
  // A tree node named "Salesforce" outside Admin (a program) says nothing.
  [{ ...top, url: 'https://app-ab12.marketo.com/#ML0A1', canvasTitle: 'Marketing Activities', ...shows({ selected: ['salesforce'] }) }, { app: 'marketo', page: 'marketo-other', host: 'app-ab12.marketo.com' }],
  // engage-XX hosts carry the token after #/classic/.
  [{ ...top, url: 'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#/classic/SF0A1' }, { app: 'marketo', page: 'marketo-admin-salesforce', host: 'engage-ab.marketo.com' }],
  // Marketo in the experience.adobe.com child frame.
  [{ url: 'https://app-ab12.marketo.com/?embedded=1#SI0A1', canvasTitle: 'Sales Insight', inFrame: true }, { app: 'marketo', page: 'marketo-admin-sales-insight', host: 'app-ab12.marketo.com', embedded: true }],
  // The experience.adobe.com shell itself.
  [{ ...top, url: 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/SF0A1' }, { app: 'marketo', page: 'marketo-admin-salesforce', host: 'experience.adobe.com', shell: true }],
  [{ ...top, url: 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/ML0A1' }, { app: 'marketo', page: 'marketo-other', host: 'experience.adobe.com', shell: true }],
  // Sales Insight Actions settings routes (current and 2017–2021 shapes).
  [{ ...top, url: 'https://toutapp.com/next#settings' }, { app: 'sales-insight-actions', page: 'sia-settings', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/crm/salesforce/configure' }, { app: 'sales-insight-actions', page: 'sia-settings-salesforce', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/marketo-admin' }, { app: 'sales-insight-actions', page: 'sia-settings-marketo', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/admin/marketo/setup' }, { app: 'sales-insight-actions', page: 'sia-settings-marketo', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/admin/user-management' }, { app: 'sales-insight-actions', page: 'sia-user-management', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#inbox' }, { app: 'sales-insight-actions', page: 'sia-other', host: 'toutapp.com' }],
  // Settings routes we do not know: the generic settings page, refined by the selected settings entry,
  // the page's tabs or an open dialog's title; path routing reads the same.
  [{ ...top, url: 'https://toutapp.com/next#settings/integrations/crm' }, { app: 'sales-insight-actions', page: 'sia-settings', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/integrations/crm', ...shows({ selected: ['salesforce'] }) }, { app: 'sales-insight-actions', page: 'sia-settings-salesforce', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/x', ...shows({ tabs: ['verbindungen und anpassungen'] }) }, { app: 'sales-insight-actions', page: 'sia-settings-salesforce', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#admin/team', ...shows({ selected: ['benutzerverwaltung'] }) }, { app: 'sales-insight-actions', page: 'sia-user-management', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next#settings/x', ...shows({ dialogs: ['invite users via csv'] }) }, { app: 'sales-insight-actions', page: 'sia-user-management', host: 'toutapp.com' }],
  [{ ...top, url: 'https://toutapp.com/next/settings/admin/marketo' }, { app: 'sales-insight-actions', page: 'sia-settings-marketo', host: 'toutapp.com' }],
  // A known route wins over what is shown (the inbox's own "Marketo" entry says nothing).
  [{ ...top, url: 'https://toutapp.com/next#settings/admin/user-management', ...shows({ selected: ['marketo'] }) }, { app: 'sales-insight-actions', page: 'sia-user-management', host: 'toutapp.com' }],
  // Salesforce Setup (Lightning and Classic) and the MSI config tab.
  [{ ...top, url: 'https://acme.lightning.force.com/lightning/setup/SecurityRemoteProxy/home' }, { app: 'salesforce', page: 'sfdc-remote-sites', host: 'acme.lightning.force.com' }],
  [{ ...top, url: 'https://acme.my.salesforce-setup.com/lightning/setup/SecurityRemoteProxy/page?address=%2F0rp%2Fe' }, { app: 'salesforce', page: 'sfdc-remote-sites', host: 'acme.my.salesforce-setup.com' }],
  [{ ...top, url: 'https://acme.my.salesforce.com/0rp?setupid=SecurityRemoteProxy' }, { app: 'salesforce', page: 'sfdc-remote-sites', host: 'acme.my.salesforce.com' }],
  [{ ...top, url: 'https://acme.lightning.force.com/lightning/setup/ImportedPackage/home' }, { app: 'salesforce', page: 'sfdc-installed-packages', host: 'acme.lightning.force.com' }],
  [{ ...top, url: 'https://acme--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config' }, { app: 'salesforce', page: 'sfdc-msi-config', host: 'acme--mkto-si.vf.force.com' }],
  [{ ...top, url: 'https://acme.lightning.force.com/lightning/page/home' }, { app: 'salesforce', page: 'sfdc-other', host: 'acme.lightning.force.com' }],
  // Must NOT match: other hosts, look-alikes, plain http, Marketo login and designer.
  [{ ...top, url: 'https://login.marketo.com/#SF0A1' }, null],
  [{ ...top, url: 'https://app-ab12.marketodesigner.com/#SF0A1' }, null],
  [{ ...top, url: 'https://app-ab12.marketo.com.evil.example/#SF0A1' }, null],
  [{ ...top, url: 'http://app-ab12.marketo.com/#SF0A1' }, null],
  [{ ...top, url: 'https://experience.adobe.com/#/@acme/analytics/home' }, null],
  // Another Experience Cloud app that merely mentions Marketo in its route is not Marketo's shell.
  [{ ...top, url: 'https://experience.adobe.com/#/@acme/analytics/reports/marketo-engage-campaigns' }, null],
  [{ ...top, url: 'https://nottoutapp.com/next#settings' }, null],
  [{ ...top, url: 'https://salesforce.com/products/' }, null],
  [{ ...top, url: 'https://example.com/#settings/marketo-admin' }, null],
  [{ ...top, url: 'not a url' }, null],
];
