import type { Locale } from '../../lib/i18n/locale';
import { useText } from '../locale-context';

/** Language of the extension's UI: the browser's (default), English or German. */
export function LanguageSwitch({ value, onChange }: { value: Locale | null; onChange(value: Locale | null): void }) {
  const { t } = useText();
  return (
    <label class="language">
      {t('languageLabel')}{' '}
      <select value={value ?? 'auto'} onChange={(e) => onChange(readChoice((e.currentTarget as HTMLSelectElement).value))}>
        <option value="auto">{t('languageAuto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="de" lang="de">
          Deutsch
        </option>
      </select>
    </label>
  );
}

function readChoice(value: string): Locale | null {
  return value === 'en' || value === 'de' ? value : null;
}
