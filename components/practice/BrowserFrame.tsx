import { useText } from '../use-text';
import { practiceText } from '../../lib/i18n/practice-text';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ADDRESS_INPUT_ID, practiceAddressOf, practiceFrameUrl } from '../../lib/practice/address';
import { guideFrame } from './inject-guest';
import { inLanguage, PRACTICE_SCREENS } from './screens';

export interface BrowserFrameProps {
  /** The real-app address to show; a new object navigates even to the same address (reset). */
  target: { address: string };
  /** Our extension's origin, where the replica frames live. */
  origin: string;
}

/** The frame's id: the sandbox's skip link moves the keyboard focus into it. */
export const SCREEN_ID = 'practice-screen';

/** Moves the keyboard focus into the practice screen (the skip link). */
export function focusScreen(doc: Document): void {
  (doc.getElementById(SCREEN_ID) as HTMLIFrameElement | null)?.contentWindow?.focus();
}

/** How often the address bar follows the frame (replicas change it by history API, which fires no event). */
const FOLLOW_MS = 250;

/**
 * A small browser around the replica screens: back, forward, reload, an address bar showing the real
 * page each screen stands for (type another one to go there) and a row of screens to open. The guide
 * runs in the frame and all frames inside it.
 */
export function BrowserFrame({ target, origin }: BrowserFrameProps) {
  const { t, locale } = useText(practiceText);
  const frame = useRef<HTMLIFrameElement>(null);
  /** A screen opened from the sandbox takes the keyboard focus, as a page does after you enter its address. */
  const focusOnLoad = useRef(false);
  const [shown, setShown] = useState(target.address);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const go = (address: string, takeFocus = true) => {
    const url = practiceFrameUrl(address.trim(), origin);
    if (!url || !frame.current) return setProblem(t('practiceNoScreen', { address }));
    setProblem(null);
    setDraft(null);
    focusOnLoad.current = takeFocus;
    frame.current.src = url;
  };
  // The first screen leaves the focus on the sandbox page, where its skip link starts.
  const opened = useRef(false);
  useEffect(() => {
    go(target.address, opened.current);
    opened.current = true;
  }, [target]);
  // Another UI language: the same screen again, in that language.
  const lastLocale = useRef(locale);
  useEffect(() => {
    if (locale !== lastLocale.current) go(inLanguage(shown, locale));
    lastLocale.current = locale;
  }, [locale]);
  useEffect(() => {
    const element = frame.current!;
    const onLoad = () => {
      if (focusOnLoad.current) element.contentWindow?.focus();
      focusOnLoad.current = false;
    };
    element.addEventListener('load', onLoad);
    const stopGuide = guideFrame(element);
    return () => {
      element.removeEventListener('load', onLoad);
      stopGuide();
    };
  }, []);
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
          <label for={ADDRESS_INPUT_ID} class="sr-only">
            {t('practiceAddress')}
          </label>
          <span class="browser__badge">{t('practiceCopyBadge')}</span>
          <input
            id={ADDRESS_INPUT_ID}
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
      <iframe ref={frame} id={SCREEN_ID} class="browser__frame" title={t('practiceFrameTitle', { address: shown })} data-address={shown} />
    </section>
  );
}
