import { offset, shift } from '@floating-ui/core';
import { autoUpdate } from '@floating-ui/dom';
import { placeFixed } from '../../callout/place-fixed';
import { userOnly } from '../../user-only';
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/i18n/locale';
import { locateTarget } from '../../../lib/locator/locate';
import { atMostEvery, SLOW_WORK_MS } from '../rate-limit';
import { MARKETO_TARGETS } from '../../../lib/apps/marketo/targets';
import type { Assist } from './types';
import { clean } from './credentials-kit';

const TEXT = { en: { copy: 'Copy', copied: 'Copied' }, de: { copy: 'Kopieren', copied: 'Kopiert' } } as const;

const VALUES = [
  ['marketo.integration.client-id', { en: 'Client ID', de: 'Client-ID' }],
  ['marketo.integration.client-secret', { en: 'Client Secret', de: 'Client-Geheimnis' }],
] as const;

/** The text of a value field: an input's value or a display field's text. */
const read = (el: Element) => (el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));

/**
 * True when part of the page lies over the value, such as a modal window and its mask. Our layer is in
 * the top layer, so the button would float above that window (and catch clicks meant for it).
 */
function covered(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 12), box.top + box.height / 2);
  // Our own overlay (a callout over the value) does not count; our host element is what hit-testing returns for it.
  return hit !== null && !el.contains(hit) && hit.localName !== 'msi-guide-overlay';
}

/**
 * Marketo › Admin › Sales Insight, Integration Information card: a "Copy" button beside the Client ID and
 * the Client Secret that copies the exact value — trimmed, without invisible characters. The value is
 * read from the page when the button is clicked and goes to the clipboard only; nothing is stored.
 */
export const credentialsCopyAssist: Assist = (env) => {
  const layer = document.createElement('div');
  // The overlay's full-viewport layer class: its font, no pointer events except on our boxes.
  layer.className = 'layer';
  const style = document.createElement('style');
  style.textContent = '.cv-copy{position:fixed;left:0;top:0;pointer-events:auto;padding:1px 8px;font-size:12px}';
  env.overlayRoot.append(style, layer);

  const scan = () => {
    const page = env.page()?.page ?? null;
    const found =
      page === 'marketo-admin-sales-insight'
        ? VALUES.flatMap(([key, label]) => {
            const hit = locateTarget(MARKETO_TARGETS[key], { root: document, page });
            // Before the first invite activates the instance the card shows no values: nothing to copy.
            return hit.status === 'found' && clean(read(hit.element)) !== '' && !covered(hit.element) ? [{ key, label, el: hit.element }] : [];
          })
        : [];
    const locale = env.locale();
    render(
      <>
        {found.map(({ key, label, el }) => (
          <CopyButton key={key} target={key} anchor={el} name={label[locale]} locale={locale} />
        ))}
      </>,
      layer,
    );
  };
  // At a slower pace than DOM batches, and after the batch's page detection has run.
  const scanSoon = atMostEvery(SLOW_WORK_MS, scan);
  const stopWatch = env.watch.subscribe(scanSoon.run);
  setTimeout(scan);
  return () => {
    stopWatch();
    scanSoon.cancel();
    render(null, layer);
    layer.remove();
    style.remove();
  };
};

function CopyButton({ target, anchor, name, locale }: { target: string; anchor: Element; name: string; locale: Locale }) {
  const t = TEXT[locale];
  const button = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(false);
  useLayoutEffect(() => {
    const el = button.current!;
    // Beside the value's text rather than its full-width field box.
    const update = () =>
      void placeFixed(anchor.firstChild instanceof Text ? rangeOf(anchor) : anchor, el, { placement: 'right', middleware: [offset(8), shift({ padding: 8 })] }).then(
        ({ x, y }) => Object.assign(el.style, { left: `${x}px`, top: `${y}px` }),
      );
    return autoUpdate(anchor, el, update);
  }, [anchor]);
  const copy = () => {
    void navigator.clipboard.writeText(clean(read(anchor))).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <button ref={button} type="button" class="cv-copy" data-msi-copy={target} aria-label={`${copied ? t.copied : t.copy}: ${name}`} onClick={userOnly(copy)}>
      {copied ? t.copied : t.copy}
    </button>
  );
}

/** A virtual element around the anchor's text (display fields are as wide as the card). */
function rangeOf(anchor: Element) {
  const range = document.createRange();
  range.selectNodeContents(anchor);
  return { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement: anchor };
}
