import type { PersonaFilter as Filter } from '../../lib/progress/types';
import { useText } from '../locale-context';
import type { UiTextKey } from '../../lib/i18n/ui-text';
import { ManagedBadge } from '../policy/ManagedBadge';

const OPTIONS: ReadonlyArray<readonly [Filter, UiTextKey]> = [
  ['marketo-admin', 'personaMarketo'],
  ['salesforce-admin', 'personaSalesforce'],
  ['both', 'personaBoth'],
];

/** "I am the Marketo Admin / Salesforce Admin / both": a native radio group, so arrow keys work; fixed when the organisation sets it. */
export function PersonaFilter({ value, onChange, managed }: { value: Filter; onChange(value: Filter): void; managed?: boolean }) {
  const { t } = useText();
  return (
    <fieldset class="persona" disabled={managed} aria-describedby={managed ? 'persona-managed' : undefined}>
      <legend>{t('personaLegend')}</legend>
      {OPTIONS.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name="persona" value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(label)}
        </label>
      ))}
      {managed && <ManagedBadge id="persona-managed" />}
    </fieldset>
  );
}
