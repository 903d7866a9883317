import { useState } from 'preact/hooks';
import { GUIDE } from '../../../lib/apps';
import { attendeeSchema } from '../../../lib/assessment/schema';
import { stepLabel } from '../../../lib/class-overview/text';
import type { StepId } from '../../../lib/guide/types';
import { assessmentText } from '../../../lib/i18n/assessment-text';
import { isSecretLike } from '../../../lib/report/redact';
import { useText } from '../../use-text';

/** Is `name` usable as the attendee's name in a result file? */
export const validName = (name: string) => attendeeSchema.safeParse(name.trim()).success && !isSecretLike(name);

/** The trainer's choices before a run: the attendee's name and the steps to assess (all, by default). */
export function AssessmentSetup({ onStart, onCancel }: { onStart(name: string, scope: StepId[]): void; onCancel(): void }) {
  const { t, locale } = useText(assessmentText);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<StepId[]>(GUIDE.map((s) => s.id));
  const [tried, setTried] = useState(false);
  const nameBad = tried && !validName(name);
  const scopeBad = tried && scope.length === 0;
  const toggle = (id: StepId, on: boolean) => setScope((s) => (on ? GUIDE.map((g) => g.id).filter((g) => g === id || s.includes(g)) : s.filter((x) => x !== id)));
  return (
    <form
      class="assess"
      aria-labelledby="assess-title"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (validName(name) && scope.length > 0) onStart(name.trim(), scope);
      }}
    >
      <h2 id="assess-title">{t('assessTitle')}</h2>
      <p class="assess__intro">{t('assessIntro')}</p>
      <label for="assess-name">{t('assessName')}</label>
      <input
        id="assess-name"
        autoComplete="off"
        maxLength={80}
        value={name}
        aria-invalid={nameBad}
        aria-describedby="assess-name-hint"
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        autoFocus
      />
      <p id="assess-name-hint" class={nameBad ? 'failure' : 'assess__hint'}>
        {nameBad ? t('assessNameInvalid') : t('assessNameHint')}
      </p>
      <fieldset aria-describedby={scopeBad ? 'assess-scope-error' : undefined}>
        <legend>{t('assessScope')}</legend>
        <label class="assess__check">
          <input
            type="checkbox"
            checked={scope.length === GUIDE.length}
            onChange={(e) => setScope((e.currentTarget as HTMLInputElement).checked ? GUIDE.map((s) => s.id) : [])}
          />
          {t('assessAll')}
        </label>
        {GUIDE.map((step) => (
          <label key={step.id} class="assess__check" data-step={step.id}>
            <input type="checkbox" checked={scope.includes(step.id)} onChange={(e) => toggle(step.id, (e.currentTarget as HTMLInputElement).checked)} />
            {stepLabel(locale, step.id)} · {step.title[locale]}
          </label>
        ))}
        {scopeBad && (
          <p id="assess-scope-error" class="failure">
            {t('assessScopeEmpty')}
          </p>
        )}
      </fieldset>
      <div class="assess__actions">
        <button type="submit" class="primary">
          {t('assessStart')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('assessCancel')}
        </button>
      </div>
    </form>
  );
}
