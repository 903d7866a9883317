import { useText } from '../use-text';
import { useState } from 'preact/hooks';
import { FIELD_LABELS, type CredentialSet, type Finding } from '../../lib/credentials';
import type { CredentialKey, Phase } from './use-credential-check';
import { credentialsText, type CredentialsTextKey } from './text';

export interface CredentialsFormProps {
  values: CredentialSet;
  phase: Phase;
  /** Findings of the last check, to mark fields invalid. */
  findings: readonly Finding[];
  onEdit(key: CredentialKey, value: string): void;
  /** Runs the check; called synchronously from the submit event (the browser's permission prompt needs it). */
  onCheck(): void;
}

const FIELDS: ReadonlyArray<{ key: CredentialKey; hint: CredentialsTextKey; secret?: true }> = [
  { key: 'munchkinId', hint: 'munchkinHint' },
  { key: 'clientId', hint: 'clientIdHint' },
  { key: 'clientSecret', hint: 'secretHint', secret: true },
];

/** The three labelled fields and the Check button. Enter in any field checks too (a real form submit). */
export function CredentialsForm({ values, phase, findings, onEdit, onCheck }: CredentialsFormProps) {
  const { locale, t } = useText(credentialsText);
  const [shown, setShown] = useState(false);
  const busy = phase.kind !== 'idle';
  return (
    <form
      class="credentials-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onCheck();
      }}
    >
      <fieldset>
        <legend>{t('fieldsLegend')}</legend>
        {FIELDS.map(({ key, hint, secret }) => {
          const invalid = findings.some((f) => f.field === key && f.severity === 'error');
          const input = {
            id: `field-${key}`,
            name: key,
            value: values[key],
            // No autofill, no spell check, no password saving: these values must not be kept anywhere.
            autoComplete: secret ? 'new-password' : 'off',
            spellcheck: false,
            autoCapitalize: 'off' as const,
            'aria-describedby': `hint-${key}`,
            'aria-invalid': invalid ? ('true' as const) : undefined,
            onInput: (e: Event) => onEdit(key, (e.currentTarget as HTMLInputElement).value),
          };
          return (
            <div class="field" key={key}>
              <label for={`field-${key}`}>{FIELD_LABELS[key][locale]}</label>
              <div class="field__control">
                {secret && !shown ? <input type="password" {...input} /> : <input type="text" {...input} />}
                {secret && (
                  <button type="button" aria-pressed={shown} aria-controls={`field-${key}`} onClick={() => setShown(!shown)}>
                    {t('showSecret')}
                  </button>
                )}
              </div>
              <p class="hint" id={`hint-${key}`}>
                {t(hint)}
              </p>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
        {busy ? t('checking') : t('check')}
      </button>
    </form>
  );
}
