import { STEP_DETAILS, whereOf } from '../apps/page-texts';
import { REMOTE_SITE_URLS } from '../apps/salesforce/remote-sites';
import type { GuideStep } from '../guide/types';
import type { Locale } from '../i18n/locale';
import { handoffSteps } from './steps';
import { handoffText, type HandoffTextKey } from './text';

/** The two forms of the message: Markdown (tickets, chat) or plain text (e-mail). */
export type HandoffFormat = 'markdown' | 'plain';

/** The target whose "where" text says where the API Secret Key is entered (step 8). */
const API_SECRET_KEY_FIELD = 'sfdc.msi-config.api-secret-key';
/** The field the remote-site URLs go into. */
const REMOTE_SITE_URL_FIELD = 'sfdc.remote-sites.url';

/** The number of the handed-off step with a sub-step on `target` (empty if none). */
function numberOfStepWith(steps: readonly GuideStep[], target: string): string {
  return String(steps.find((s) => s.subSteps.some((sub) => sub.target === target))?.number ?? '');
}

/** One block of the message, before it is written out in a format. */
type Block =
  | { kind: 'title' | 'heading' | 'subheading' | 'paragraph'; text: string }
  | { kind: 'numbered'; items: string[] }
  /** Values that must be copied exactly: code in Markdown, indented in plain text. */
  | { kind: 'values'; items: readonly string[] };

/** "7 and 8" / "7 und 8": the step numbers in the reader's language. */
export function stepNumbers(locale: Locale, steps: readonly GuideStep[] = handoffSteps()): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(steps.map((s) => String(s.number ?? '')));
}

/** "step 8" / "steps 7 and 8" (de: "Schritt 8" / "Schritte 7 und 8"), the plural chosen by Intl.PluralRules. */
export function stepsPhrase(locale: Locale, steps: readonly GuideStep[]): string {
  const plural = new Intl.PluralRules(locale).select(steps.length) === 'one' ? 'stepsOne' : 'stepsOther';
  return handoffText(locale, plural, { list: stepNumbers(locale, steps) });
}

function blocks(locale: Locale): Block[] {
  const t = (key: HandoffTextKey, params?: Record<string, string | number>) => handoffText(locale, key, params);
  const steps = handoffSteps();
  const out: Block[] = [
    { kind: 'title', text: t('title') },
    { kind: 'paragraph', text: t('intro', { steps: stepNumbers(locale, steps) }) },
    { kind: 'heading', text: t('stepsHeading') },
  ];
  for (const step of steps) {
    out.push({ kind: 'subheading', text: t('stepHeading', { n: step.number ?? '', title: step.title[locale] }) });
    out.push({ kind: 'paragraph', text: STEP_DETAILS[step.id].summary[locale] });
    out.push({ kind: 'numbered', items: step.subSteps.map((sub) => sub.text[locale]) });
    out.push({ kind: 'paragraph', text: t('docs', { url: STEP_DETAILS[step.id].docUrl[locale] }) });
  }
  out.push(
    { kind: 'heading', text: t('valuesHeading') },
    { kind: 'paragraph', text: t('remoteSites', { n: numberOfStepWith(steps, REMOTE_SITE_URL_FIELD) }) },
    { kind: 'values', items: REMOTE_SITE_URLS },
    { kind: 'paragraph', text: t('apiKeyWhere', { n: numberOfStepWith(steps, API_SECRET_KEY_FIELD), where: whereOf(API_SECRET_KEY_FIELD, locale) ?? '' }) },
    { kind: 'paragraph', text: t('apiKeyNotHere') },
    { kind: 'heading', text: t('reportHeading') },
    { kind: 'numbered', items: [t('report1'), t('report2'), t('report3')] },
    { kind: 'paragraph', text: t('report4') },
  );
  return out;
}

function markdown(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [`# ${block.text}`];
    case 'heading':
      return [`## ${block.text}`];
    case 'subheading':
      return [`### ${block.text}`];
    case 'paragraph':
      return [block.text];
    case 'numbered':
      return block.items.map((item, i) => `${i + 1}. ${item}`);
    case 'values':
      return block.items.map((item) => `- \`${item}\``);
  }
}

function plain(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [block.text.toUpperCase(), '='.repeat(block.text.length)];
    case 'heading':
      return [block.text, '-'.repeat(block.text.length)];
    case 'subheading':
    case 'paragraph':
      return [block.text];
    case 'numbered':
      return block.items.map((item, i) => `${i + 1}. ${item}`);
    case 'values':
      return block.items.map((item) => `    ${item}`);
  }
}

/**
 * The hand-off message for the Salesforce Admin, in `locale` and `format`: their steps (summary, each
 * sub-step, Adobe's page), the values they need that are not secret (the two remote-site URLs, where the
 * API Secret Key is entered) and how to send back their completion report. It is built from the guide's
 * own texts only, never from anyone's progress or input, so no secret can get into it.
 */
export function buildHandoff(locale: Locale, format: HandoffFormat): string {
  const write = format === 'markdown' ? markdown : plain;
  return `${blocks(locale)
    .map((block) => write(block).join('\n'))
    .join('\n\n')}\n`;
}

/** The download name of the message, e.g. `msi-setup-handoff-salesforce-en.md`. */
export function handoffFileName(locale: Locale, format: HandoffFormat): string {
  return `${handoffText(locale, 'fileBase')}-${locale}.${format === 'markdown' ? 'md' : 'txt'}`;
}
