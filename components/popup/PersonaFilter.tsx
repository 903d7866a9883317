import type { PersonaFilter as Filter } from '../../lib/progress/types';
import { useText } from '../locale-context';
import type { UiTextKey } from '../../lib/i18n/ui-text';

const OPTIONS: ReadonlyArray<readonly [Filter, UiTextKey]> = [
  ['marketo-admin', 'personaMarketo'],
  ['salesforce-admin', 'personaSalesforce'],
  ['both', 'personaBoth'],
];

/** "I am the Marketo Admin / Salesforce Admin / both": a native radio group, so arrow keys work. */
export function PersonaFilter({ value, onChange }: { value: Filter; onChange(value: Filter): void }) {
  const { t } = useText();
  return (
    <fieldset class="persona">
      <legend>{t('personaLegend')}</legend>
      {OPTIONS.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name="persona" value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
