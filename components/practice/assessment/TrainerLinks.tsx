import { assessmentText } from '../../../lib/i18n/assessment-text';
import { useText } from '../../use-text';

/** The trainer's part of the sandbox: start an assessment, open the class overview, print the checklist. */
export function TrainerLinks({ onAssess }: { onAssess(): void }) {
  const { t, locale } = useText(assessmentText);
  return (
    <section class="trainer" aria-labelledby="trainer-title">
      <h2 id="trainer-title">{t('assessTitle')}</h2>
      <p class="assess__hint">{t('assessIntro')}</p>
      <button type="button" class="primary" onClick={onAssess}>
        {t('assessOpen')}
      </button>
      <ul class="trainer__links">
        <li>
          <a href="/class.html" target="_blank" rel="noopener">
            {t('classLink')}
          </a>
        </li>
        <li>
          <a href={`/checklist.html?lang=${locale}`} target="_blank" rel="noopener">
            {t('checklistLink')}
          </a>
        </li>
      </ul>
    </section>
  );
}
