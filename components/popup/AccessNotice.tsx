import { allOptInOrigins } from '../../lib/access/host-access';
import { accessText } from '../../lib/i18n/access-text';
import { APP_NAMES } from '../../lib/pages/names';
import { useText } from '../locale-context';
import { useAppsWithoutAccess, type HostAccessDeps } from '../onboarding/use-host-access';

/**
 * Says plainly which apps the guide cannot run on because their sites were not allowed (Firefox leaves
 * that to the user), with a button that asks for them. Nothing while every app has access (always in Chrome).
 */
export function AccessNotice({ access }: { access: HostAccessDeps }) {
  const { locale } = useText();
  const missing = useAppsWithoutAccess(access);
  if (!missing || missing.length === 0) return null;
  const apps = new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing.map((app) => APP_NAMES[app][locale]));
  return (
    <div class="access-notice" role="alert" data-testid="access-notice" data-missing={missing.join(' ')}>
      <p>{accessText(locale, 'popupNoAccess', { apps })}</p>
      {/* Asked straight from the click: the browser grants its prompt only to a user gesture. */}
      <button type="button" class="primary" onClick={() => void access.request(allOptInOrigins(access.hostPermissions)).catch(() => false)}>
        {accessText(locale, 'popupGrantAccess')}
      </button>
    </div>
  );
}
