import { APP_NAMES, PAGE_NAMES } from '../../lib/pages/names';
import type { PageDetection } from '../../lib/pages/types';
import { useText } from '../locale-context';

/** Which app and page the current tab shows, as its content scripts recognised it. */
export function YouAreHere({ where }: { where: PageDetection | null | undefined }) {
  const { locale, t } = useText();
  if (where === undefined) return null;
  return (
    <p class="where" data-testid="you-are-here" data-app={where?.app} data-page={where?.page}>
      {where
        ? t(where.embedded ? 'youAreHereEmbedded' : 'youAreHere', {
            app: APP_NAMES[where.app][locale],
            page: PAGE_NAMES[where.page][locale],
            host: where.host,
          })
        : t('notOnSetupPage')}
    </p>
  );
}
