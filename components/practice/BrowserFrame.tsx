import { useEffect, useRef, useState } from 'preact/hooks';
import { practiceAddressOf, practiceFrameUrl } from '../../lib/practice/address';
import { guideFrame } from './inject-guest';
import { inLanguage, PRACTICE_SCREENS } from './screens';
import { usePracticeText } from './use-practice-text';

export interface BrowserFrameProps {
  /** The real-app address to show; a new object navigates even to the same address (reset). */
  target: { address: string };
  /** Our extension's origin, where the replica frames live. */
  origin: string;
}

/** How often the address bar follows the frame (replicas change it by history API, which fires no event). */
const FOLLOW_MS = 250;

/**
 * A small browser around the replica screens: back, forward, reload, an address bar showing the real
 * page each screen stands for (type another one to go there) and a row of screens to open. The guide runs in the
 * frame and all frames inside it.
 */
export function BrowserFrame({ target, origin }: BrowserFrameProps) {
  const { t, locale } = usePracticeText();
  const frame = useRef<HTMLIFrameElement>(null);
  const [shown, setShown] = useState(target.address);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const go = (address: string) => {
    const url = practiceFrameUrl(address.trim(), origin);
    if (!url || !frame.current) return setProblem(t('practiceNoScreen', { address }));
    setProblem(null);
    setDraft(null);
    frame.current.src = url;
  };
  useEffect(() => go(target.address), [target]);
  // Another UI language: the same screen again, in that language.
  const firstLocale = useRef(locale);
  useEffect(() => {
    if (locale !== firstLocale.current) go(inLanguage(shown, locale));
    firstLocale.current = locale;
  }, [locale]);
  useEffect(() => guideFrame(frame.current!), []);
  useEffect(() => {
    const timer = setInterval(() => {
      try {
        const address = practiceAddressOf(frame.current?.contentWindow?.location.href ?? '');
        if (address) setShown(address);
      } catch {
        // Mid-navigation: read again next time.
      }
    }, FOLLOW_MS);
    return () => clearInterval(timer);
  }, []);
  const history = () => frame.current?.contentWindow?.history;

  return (
    <section class="browser" aria-label={t('practiceBrowser')}>
      <div class="browser__bar">
        <button type="button" onClick={() => history()?.back()} aria-label={t('practiceBack')} title={t('practiceBack')}>
          ←
        </button>
        <button type="button" onClick={() => history()?.forward()} aria-label={t('practiceForward')} title={t('practiceForward')}>
          →
        </button>
        <button type="button" onClick={() => frame.current?.contentWindow?.location.reload()} aria-label={t('practiceReload')} title={t('practiceReload')}>
          ↻
        </button>
        <form
          class="browser__address"
          onSubmit={(e) => {
            e.preventDefault();
            go(draft ?? shown);
          }}
        >
          <label for="practice-address" class="sr-only">
            {t('practiceAddress')}
          </label>
          <span class="browser__badge">{t('practiceCopyBadge')}</span>
          <input
            id="practice-address"
            type="url"
            spellcheck={false}
            value={draft ?? shown}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onBlur={() => draft === shown && setDraft(null)}
          />
          <button type="submit">{t('practiceGo')}</button>
        </form>
      </div>
      <nav class="browser__screens" aria-label={t('practiceScreens')}>
        {PRACTICE_SCREENS.map((screen) => (
          <button key={screen.address} type="button" onClick={() => go(inLanguage(screen.address, locale))}>
            {t(screen.label)}
          </button>
        ))}
      </nav>
      <p role="alert" class="failure">
        {problem}
      </p>
      <iframe ref={frame} class="browser__frame" title={t('practiceFrameTitle', { address: shown })} data-address={shown} />
    </section>
  );
}
