import { useEffect, useState } from 'preact/hooks';
import { GUIDE } from '../../lib/apps';
import { noticesOf } from '../../lib/apps/page-texts';
import { stepLabel } from '../../lib/class-overview/text';
import { assessmentText, type AssessmentTextKey } from '../../lib/i18n/assessment-text';
import type { Locale } from '../../lib/i18n/locale';
import { uiText } from '../../lib/i18n/ui-text';
import { APP_NAMES } from '../../lib/pages/names';

/**
 * The printable checklist (checklist.html): every prerequisite and step with its app, its instructions
 * and its cautions, from the same guide data the callouts use, on one page, in English or German.
 */
export function ChecklistApp({ initialLocale, print }: { initialLocale: Locale; print(): void }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = (key: AssessmentTextKey, params?: Record<string, string | number>) => assessmentText(locale, key, params);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('checklistTitle')} — ${uiText(locale, 'appTitle')}`;
  }, [locale]);
  return (
    <main class="checklist" lang={locale}>
      <div class="checklist__controls">
        <label>
          {uiText(locale, 'languageLabel')}{' '}
          <select value={locale} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value === 'de' ? 'de' : 'en')}>
            <option value="en" lang="en">
              English
            </option>
            <option value="de" lang="de">
              Deutsch
            </option>
          </select>
        </label>
        <button type="button" onClick={print}>
          {t('checklistPrint')}
        </button>
      </div>
      <h1>{t('checklistTitle')}</h1>
      <p class="checklist__intro">{t('checklistIntro')}</p>
      <p class="checklist__fields">
        <span>{t('checklistName')}: ____________________</span>
        <span>{t('checklistDate')}: ____________</span>
      </p>
      <ol class="checklist__steps">
        {GUIDE.map((step) => (
          <li key={step.id} data-step={step.id}>
            <h2>
              <span class="box" aria-hidden="true">
                ☐
              </span>{' '}
              {stepLabel(locale, step.id)} · {step.title[locale]} <span class="app">({t('checklistIn', { app: APP_NAMES[step.app][locale] })})</span>
            </h2>
            <ol class="checklist__subs">
              {step.subSteps.map((sub) => (
                <li key={sub.id}>{sub.text[locale]}</li>
              ))}
            </ol>
            {noticesOf(step.id).map((notice, i) => (
              <p key={i} class={`notice notice--${notice.kind}`}>
                {notice.text[locale]}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </main>
  );
}
