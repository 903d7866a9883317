import { useText } from '../locale-context';
import { ManagedBadge } from '../policy/ManagedBadge';

/** The presenter mode checkbox; fixed when the organisation sets it (`managed`). */
export function PresenterSwitch({ value, onChange, managed }: { value: boolean; onChange(value: boolean): void; managed?: boolean }) {
  const { t } = useText();
  return (
    <label class="presenter-switch">
      <input
        type="checkbox"
        checked={value}
        disabled={managed}
        aria-describedby={managed ? 'presenter-managed' : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />{' '}
      {t('presenterMode')}
      {managed && (
        <>
          {' '}
          <ManagedBadge id="presenter-managed" />
        </>
      )}
    </label>
  );
}
