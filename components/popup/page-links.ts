import type { UiTextKey } from '../../lib/i18n/ui-text';

/** The extension's own pages the popup links to (opened in a new tab). */
export const PAGE_LINKS: ReadonlyArray<{ page: string; label: UiTextKey }> = [
  { page: 'credentials.html', label: 'credentialsLink' },
  { page: 'csv.html', label: 'csvCheckLink' },
  { page: 'report.html', label: 'reportLink' },
  { page: 'practice.html', label: 'practiceLink' },
  { page: 'class.html', label: 'classLink' },
  { page: 'privacy.html', label: 'privacyLink' },
];
