import { autoUpdate, type Placement } from '@floating-ui/dom';
import { userOnly } from '../../user-only';
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '../../../lib/messaging/client';
import type { CredentialField, Finding } from '../../../lib/credentials/types';
import type { Locale } from '../../../lib/i18n/locale';
import { locateTarget } from '../../../lib/locator/locate';
import type { CredentialCheckResult, Request } from '../../../lib/messaging/protocol';
import type { PageId } from '../../../lib/pages/types';
import type { TargetDef } from '../../../lib/targets/types';
import type { Assist } from './types';
import { CSS, applyFix, canFix, fill, placeStacked, type WireFix } from './credentials-kit';

type Values = Partial<Record<CredentialField, string>>;

/** An assist's own words. */
export interface FieldText {
  ok: string;
  fix: string;
  /**
   * A summary under the form with "Check live" (and, when the background lacks the host permission, the
   * way to the extension's Check credentials page). For forms of several identity fields.
   */
  summary?: {
    allOk: string;
    /** `{n}`: how many of the shown fields have findings. */
    some: string;
    live: string;
    busy: string;
    /** `{url}`: the Check credentials page. */
    page: string;
  };
}

/** Where a credential assist works and how it builds its check request. */
export interface FieldCheckSpec {
  page: PageId;
  /** The checked fields, in page order, each with how to find it. */
  fields: ReadonlyArray<readonly [CredentialField, TargetDef]>;
  /** The request's values from the fields' current values. */
  payload(values: Values): Omit<Request<'credentials/check'>, 'type' | 'live'>;
  text: Readonly<Record<Locale, FieldText>>;
  /** Adjusts the findings before they are shown (e.g. a message only this page can give). */
  adjust?(findings: Finding[], values: Values): Finding[];
}

const DEBOUNCE_MS = 350;

/**
 * An assist that checks host fields while the admin types or pastes (debounced, format only, via the
 * background) and shows the verdict beside each field (with a summary under the form when the texts
 * have one). It never changes a field unless the admin clicks "Fix". Values are read from the fields
 * when a check is sent and are never kept.
 */
export function fieldCheck(spec: FieldCheckSpec): Assist {
  return (env) => {
    const layer = document.createElement('div');
    // The overlay's full-viewport layer class: its font, no pointer events except on our boxes.
    layer.className = 'layer';
    const style = document.createElement('style');
    style.textContent = CSS;
    env.overlayRoot.append(style, layer);

    let fields: Partial<Record<CredentialField, HTMLInputElement>> = {};
    const touched = new Set<CredentialField>();
    let result: CredentialCheckResult | null = null;
    let busy = false;
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const values = (): Values => Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value]));
    const send = async (live: boolean) => {
      const id = ++seq;
      const request = { type: 'credentials/check', ...spec.payload(values()), live } satisfies Request<'credentials/check'>;
      const answer = await askBackground(request);
      if (id !== seq) return;
      busy = false;
      if (answer) result = answer;
      draw();
    };
    // A value the host page sets and announces itself is not the user's paste: only real input is checked.
    const edited = (key: CredentialField | undefined) => {
      if (key) touched.add(key);
      clearTimeout(timer);
      timer = setTimeout(() => void send(false), DEBOUNCE_MS);
    };
    const onEdit = userOnly((event: Event) => edited((Object.keys(fields) as CredentialField[]).find((k) => fields[k] === event.target)));
    // Our own fix announces itself with an untrusted `input` (for the page's framework), which onEdit
    // ignores: the field it fixed is re-checked here instead.
    const fixField = (key: CredentialField, fix: WireFix) => {
      applyFix(fields[key]!, fix);
      edited(key);
    };
    // `input` covers typing, pasting, dropping and autofill alike.
    const listen = (el: HTMLInputElement, on: boolean) => (on ? el.addEventListener : el.removeEventListener).call(el, 'input', onEdit);

    const draw = () => {
      const locale = env.locale();
      const shown = (Object.keys(fields) as CredentialField[]).filter((k) => touched.has(k));
      const findings = result && spec.adjust ? spec.adjust([...result.findings], values()) : (result?.findings ?? []);
      const checkLive = () => {
        for (const k of Object.keys(fields) as CredentialField[]) touched.add(k);
        busy = true;
        draw();
        void send(true);
      };
      render(
        result && shown.length > 0 ? (
          <Verdicts fields={fields} shown={shown} findings={findings} live={result.live} spec={spec} busy={busy} locale={locale} onLive={checkLive} onFix={fixField} />
        ) : null,
        layer,
      );
    };

    const scan = () => {
      const page = env.page()?.page ?? null;
      const next: typeof fields = {};
      if (page === spec.page) {
        for (const [key, def] of spec.fields) {
          const found = locateTarget(def, { root: document, page });
          if (found.status === 'found' && found.element instanceof HTMLInputElement) next[key] = found.element;
        }
      }
      const keys = Object.keys({ ...fields, ...next }) as CredentialField[];
      if (keys.every((k) => fields[k] === next[k])) return;
      for (const el of Object.values(fields)) listen(el, false);
      for (const el of Object.values(next)) listen(el, true);
      // A form that re-rendered with other elements starts afresh: its values may differ.
      fields = next;
      touched.clear();
      result = null;
      // A value pasted before the fields were found (the page loaded before this script) is checked too.
      for (const [key, el] of Object.entries(fields) as Array<[CredentialField, HTMLInputElement]>) if (el.value) touched.add(key);
      draw();
      if (touched.size > 0) void send(false);
    };
    // After this batch's page detection has run (it subscribes after the assists). Every batch: the
    // fields must be listened to before the admin types (off their page the scan costs one check).
    const stopWatch = env.watch.subscribe(() => setTimeout(scan));
    setTimeout(scan);

    return () => {
      stopWatch();
      clearTimeout(timer);
      for (const el of Object.values(fields)) listen(el, false);
      render(null, layer);
      layer.remove();
      style.remove();
    };
  };
}

interface VerdictsProps {
  fields: Partial<Record<CredentialField, HTMLInputElement>>;
  shown: CredentialField[];
  findings: readonly Finding[];
  live: CredentialCheckResult['live'];
  spec: FieldCheckSpec;
  busy: boolean;
  locale: Locale;
  onLive(): void;
  onFix(field: CredentialField, fix: WireFix): void;
}

const worst = (fs: readonly Finding[]) => (fs.some((f) => f.severity === 'error') ? 'error' : fs.length > 0 ? 'warning' : 'ok');

function Verdicts({ fields, shown, findings, live, spec, busy, locale, onLive, onFix }: VerdictsProps) {
  const t = spec.text[locale];
  const s = t.summary;
  const boxes = useRef<Array<HTMLDivElement | null>>([]);
  const last = fields[shown[shown.length - 1]!]!;
  const anchors: Element[] = shown.map((k) => fields[k]!);
  if (s) anchors.push(last.closest('form') ?? last);
  useLayoutEffect(() => {
    const place = () => void placeStacked(anchors.map((a, i) => [a, boxes.current[i]!, (i < shown.length ? 'right-start' : 'bottom-start') as Placement] as const));
    const stops = anchors.map((a, i) => autoUpdate(a, boxes.current[i]!, place));
    return () => stops.forEach((stop) => stop());
  });
  const visible = findings.filter((f) => shown.includes(f.field));
  const failing = shown.filter((k) => visible.some((f) => f.field === k)).length;
  return (
    <>
      {shown.map((key, i) => {
        const own = findings.filter((f) => f.field === key);
        return (
          <div key={key} ref={(el) => void (boxes.current[i] = el)} class="callout cv" role="status" data-msi-verdict={key} data-verdict={worst(own)}>
            {own.length === 0 && <p>{t.ok}</p>}
            {own.map(({ code, message, fix }) => (
              <p key={code} data-code={code}>
                <span>{message[locale]}</span>{' '}
                {fix && canFix(fix) && (
                  <button type="button" onClick={userOnly(() => onFix(key, fix))}>
                    {t.fix}
                  </button>
                )}
              </p>
            ))}
          </div>
        );
      })}
      {s && (
        <div ref={(el) => void (boxes.current[shown.length] = el)} class="callout cv" role="status" data-msi-summary="" data-verdict={worst(visible)}>
          <p>{failing > 0 ? fill(s.some, { n: failing }) : s.allOk}</p>
          {live && (
            <p data-live={live.outcome}>
              {live.message[locale]}
              {live.outcome === 'permission-denied' && ` ${fill(s.page, { url: browser.runtime.getURL('/credentials.html') })}`}
            </p>
          )}
          <button type="button" disabled={busy} onClick={userOnly(onLive)}>
            {busy ? s.busy : s.live}
          </button>
        </div>
      )}
    </>
  );
}
