import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideStep } from '../../lib/guide/types';
import type { OpenStepResult } from '../../lib/messaging/protocol';
import { APP_NAMES } from '../../lib/pages/names';
import type { AppId } from '../../lib/pages/types';
import { useText } from '../locale-context';

/** An example instance address per app, shown when the extension has not seen one yet. */
const EXAMPLE_HOSTS: Readonly<Record<AppId, string>> = {
  marketo: 'app-ab12.marketo.com',
  'sales-insight-actions': 'toutapp.com',
  salesforce: 'yourcompany.lightning.force.com',
};

export interface GoToStepProps {
  step: GuideStep;
  open(host?: string): Promise<OpenStepResult>;
  /** The "Next up" card's wording and look ("Take me there", primary); the step list's otherwise. */
  nextUp?: boolean;
  /** Drawn as the primary action (the next-up card's, and each open step's in the list). */
  primary?: boolean;
}

/**
 * "Go to step": opens or focuses the page where the step starts. When the extension has not seen the
 * user's instance of that app yet, it asks for the address first (and says when it is not one).
 */
export function GoToStep({ step, open, nextUp = false, primary = nextUp }: GoToStepProps) {
  const { locale, t } = useText();
  const [asking, setAsking] = useState<AppId | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [host, setHost] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // `autofocus` only works once per document (the clicked button already has the focus): focus by hand.
  useEffect(() => {
    if (asking) field.current?.focus();
  }, [asking]);
  const title = step.title[locale];

  const go = async (given?: string) => {
    try {
      const result = await open(given);
      if ('needsHost' in result) setAsking(result.needsHost);
      else setAsking(null);
      setInvalid(false);
    } catch {
      setInvalid(true);
    }
  };

  const params = asking ? { app: APP_NAMES[asking][locale], example: EXAMPLE_HOSTS[asking] } : { app: '', example: '' };
  const inputId = `host-${nextUp ? 'next-' : ''}${step.id}`;
  return (
    <>
      <button type="button" class={primary ? 'primary' : undefined} onClick={() => void go()} aria-label={t(nextUp ? 'nextUpGoLabel' : 'goToStepLabel', { title })}>
        {t(nextUp ? 'nextUpGo' : 'goToStep')}
      </button>
      {asking && (
        <form
          class="host-form"
          onSubmit={(event) => {
            event.preventDefault();
            void go(host.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase());
          }}
        >
          <label for={inputId}>{t('hostQuestion', params)}</label>
          <input
            id={inputId}
            value={host}
            onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${inputId}-error` : undefined}
            ref={field}
          />
          <button type="submit">{t('hostSubmit')}</button>
          {invalid && (
            <p id={`${inputId}-error`} role="alert" class="failure">
              {t('hostInvalid', params)}
            </p>
          )}
        </form>
      )}
    </>
  );
}
