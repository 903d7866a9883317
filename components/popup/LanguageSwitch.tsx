import type { Locale } from '../../lib/i18n/locale';
import { useText } from '../locale-context';
import { ManagedBadge } from '../policy/ManagedBadge';

/** Language of the extension's UI: the browser's (default), English or German; fixed when the organisation sets it (`managed`). */
export function LanguageSwitch({ value, onChange, managed }: { value: Locale | null; onChange(value: Locale | null): void; managed?: boolean }) {
  const { t } = useText();
  return (
    <label class="language">
      {t('languageLabel')}{' '}
      <select value={value ?? 'auto'} disabled={managed} aria-describedby={managed ? 'language-managed' : undefined} onChange={(e) => onChange(readChoice((e.currentTarget as HTMLSelectElement).value))}>
        <option value="auto">{t('languageAuto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="de" lang="de">
          Deutsch
        </option>
      </select>
      {managed && <ManagedBadge id="language-managed" />}
    </label>
  );
}

function readChoice(value: string): Locale | null {
  return value === 'en' || value === 'de' ? value : null;
}
