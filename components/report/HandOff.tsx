import { useHashTarget } from './use-hash-target';
import { useState } from 'preact/hooks';
import { buildHandoff, handoffFileName, stepNumbers, type HandoffFormat } from '../../lib/handoff/message';
import { handoffText } from '../../lib/handoff/text';
import { LOCALES, type Locale } from '../../lib/i18n/locale';
import { useText } from '../use-text';

/** What the hand-off controls do with the message (injected: the page holds no browser wiring). */
export interface HandOffProps {
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };
const MIME: Readonly<Record<HandoffFormat, string>> = { markdown: 'text/markdown', plain: 'text/plain' };

/**
 * "Hand off to the Salesforce Admin" (report.html#handoff): copies or downloads the message for the
 * person who does steps 7 and 8, in either language and as Markdown or plain text.
 */
export function HandOff({ copyText, download }: HandOffProps) {
  const { locale, t } = useText(handoffText);
  const [language, setLanguage] = useState<Locale>(locale);
  const [status, setStatus] = useState('');
  // The popup's "Hand off…" link opens report.html#handoff.
  const section = useHashTarget<HTMLElement>('handoff');
  const copy = (format: HandoffFormat) =>
    void copyText(buildHandoff(language, format)).then(
      () => setStatus(t('copied')),
      () => setStatus(t('copyFailed')),
    );
  const save = (format: HandoffFormat) => {
    const name = handoffFileName(language, format);
    download(name, buildHandoff(language, format), MIME[format]);
    setStatus(t('downloaded', { name }));
  };
  return (
    <section id="handoff" ref={section} class="handoff" aria-labelledby="handoff-title" tabIndex={-1}>
      <h2 id="handoff-title">{t('handoffTitle')}</h2>
      <p class="hint">{t('handoffHint', { steps: stepNumbers(locale) })}</p>
      <label for="handoff-language">{t('handoffLanguage')}</label>{' '}
      <select id="handoff-language" value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <div class="actions">
        <button type="button" class="primary" onClick={() => copy('markdown')}>
          {t('copyMarkdown')}
        </button>
        <button type="button" onClick={() => copy('plain')}>
          {t('copyPlain')}
        </button>
        <button type="button" onClick={() => save('markdown')}>
          {t('downloadMarkdown')}
        </button>
        <button type="button" onClick={() => save('plain')}>
          {t('downloadPlain')}
        </button>
      </div>
      <div role="status" class="message">
        {status}
      </div>
    </section>
  );
}
