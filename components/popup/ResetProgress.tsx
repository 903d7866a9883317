import { useState } from 'preact/hooks';
import { useText } from '../locale-context';

/** Texts that replace the defaults ("Reset progress", its question and confirm button). */
export interface ResetTexts {
  button: string;
  question: string;
}

/** "Reset progress" behind an inline confirmation; Cancel returns focus to where it was. */
export function ResetProgress({ onReset, texts }: { onReset(): void; texts?: ResetTexts }) {
  const { t } = useText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger-quiet" onClick={() => setAsking(true)}>
        {texts?.button ?? t('resetProgress')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="reset-question" class="confirm">
      <p id="reset-question">{texts?.question ?? t('resetConfirmQuestion')}</p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {texts?.button ?? t('resetConfirm')}
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        {t('resetCancel')}
      </button>
    </div>
  );
}
