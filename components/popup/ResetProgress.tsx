import { useState } from 'preact/hooks';
import { useText } from '../locale-context';

/** "Reset progress" behind an inline confirmation; Cancel returns focus to where it was. */
export function ResetProgress({ onReset }: { onReset(): void }) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger-quiet" onClick={() => setAsking(true)}>
        {t('resetProgress')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="reset-question" class="confirm">
      <p id="reset-question">{t('resetConfirmQuestion')}</p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {t('resetConfirm')}
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        {t('resetCancel')}
      </button>
    </div>
  );
}
