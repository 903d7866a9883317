import { EXPERIENCE_CLOUD_HOST } from '../../hosts';
import { pageFromShown, type ShownRule, type ShownSignals } from '../../pages/shown';
import type { PageDetection, PageId } from '../../pages/types';

/** Marketo instance hosts: classic `app-xxx` and the newer `engage-xx`. Not login or designer hosts. */
const MARKETO_HOST = /^(app|engage)-[a-z0-9]+\.marketo\.com$/i;

/** Route tokens of the Admin pages we know (public). Admin › Sales Insight has no known token. */
const ADMIN_TOKENS: Readonly<Record<string, PageId>> = {
  SF0A1: 'marketo-admin-salesforce',
  MW0A1: 'marketo-admin',
  EA0A1: 'marketo-admin',
  DY0A1: 'marketo-admin',
};

/**
 * Canvas tab titles of Admin pages (lower case). Product names read the same in every UI language;
 * the generic Admin pages are listed in English and German (German wording is our inference).
 */
const ADMIN_CANVAS_TITLES: Readonly<Record<string, PageId>> = {
  'sales insight': 'marketo-admin-sales-insight',
  salesforce: 'marketo-admin-salesforce',
  admin: 'marketo-admin',
  'users & roles': 'marketo-admin',
  'benutzer und rollen': 'marketo-admin',
  'web services': 'marketo-admin',
  webdienste: 'marketo-admin',
  email: 'marketo-admin',
  'e-mail': 'marketo-admin',
  'installed services': 'marketo-admin',
  'my account': 'marketo-admin',
  'mein konto': 'marketo-admin',
  'installierte dienste': 'marketo-admin',
  launchpoint: 'marketo-admin',
  'microsoft dynamics': 'marketo-admin',
};

/**
 * The route token from a Marketo hash: `#SF0A1`, `#/classic/SF0A1`, or the experience.adobe.com
 * shape `#/@tenant/so:123-ABC-456/marketo-engage/classic/SF0A1`.
 */
export function marketoRouteToken(hash: string): string | null {
  const match = /^#(?:.*\/classic\/)?([A-Z]{2,4}[0-9A-Z]*?[0-9]+A[0-9]+)(?:[^0-9A-Za-z]|$)/.exec(hash);
  return match?.[1] ?? null;
}

/** What the Marketo frame's DOM says, read by the content script (see lib/pages/signals.ts). */
export interface MarketoSignals {
  /** Title of the active canvas tab (e.g. "Sales Insight"), null when none is rendered yet. */
  canvasTitle: string | null;
  /** True when this frame is not the top frame (Marketo inside experience.adobe.com). */
  inFrame: boolean;
  /** What the frame shows (selected tree node, tabs, dialog titles); absent where only the address is known. */
  shown?: ShownSignals;
}

/**
 * Admin pages told by what they show when the canvas title is one we do not know: the Sales Insight page's
 * own tabs (Actions Config; German docs: "Aktionskonfiguration", or left in English), or the Admin tree's
 * selected node. Tree nodes count only inside Admin: other areas have trees of their own.
 */
const SHOWN_IN_ADMIN: readonly ShownRule[] = [
  ['marketo-admin-sales-insight', { tabs: ['actions config', 'aktionskonfiguration'], selected: ['sales insight'] }],
  ['marketo-admin-salesforce', { selected: ['salesforce'] }],
];
const SHOWN_ANYWHERE: readonly ShownRule[] = [
  ['marketo-admin-sales-insight', { tabs: ['actions config', 'aktionskonfiguration'] }],
  // The main navigation's Admin button pressed: some Admin page (German UI keeps "Admin").
  ['marketo-admin', { pressed: ['admin'] }],
];

/** Which Marketo page a frame shows; the canvas title wins over the route token. */
export function detectMarketo(url: URL, signals: MarketoSignals): PageDetection | null {
  if (!MARKETO_HOST.test(url.hostname)) return null;
  const token = marketoRouteToken(url.hash);
  const title = signals.canvasTitle?.trim().toLowerCase() ?? '';
  const known: PageId = ADMIN_CANVAS_TITLES[title] ?? (token ? ADMIN_TOKENS[token] : undefined) ?? 'marketo-other';
  // A generic answer is refined by what the frame shows (an Admin page whose title or token we do not know).
  const seen: PageId = known === 'marketo-other' ? (pageFromShown(signals.shown, SHOWN_ANYWHERE) ?? known) : known;
  const page: PageId = seen === 'marketo-admin' ? (pageFromShown(signals.shown, SHOWN_IN_ADMIN) ?? seen) : seen;
  return { app: 'marketo', page, host: url.hostname.toLowerCase(), ...(signals.inFrame ? { embedded: true } : {}) };
}

/**
 * The experience.adobe.com shell frame. It only knows the route token in its own hash; the child
 * frame that runs Marketo reports the precise page.
 */
export function detectExperienceShell(url: URL): PageDetection | null {
  if (!isMarketoShellRoute(url)) return null;
  const token = marketoRouteToken(url.hash);
  const page: PageId = (token ? ADMIN_TOKENS[token] : undefined) ?? 'marketo-other';
  return { app: 'marketo', page, host: url.hostname, shell: true };
}

/**
 * Is this an Experience Cloud address whose route is Marketo Engage's? Only the fragment says so
 * (`#/@tenant/so:123-ABC-456/marketo-engage/…`): every other Experience Cloud app shares the host.
 */
export function isMarketoShellRoute(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === EXPERIENCE_CLOUD_HOST && /^#\/(?:[^/]*\/)*marketo-engage(?:[/?]|$)/.test(url.hash);
}
