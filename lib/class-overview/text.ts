import { getStep } from '../apps';
import { stepPosition } from '../guide/runner';
import type { StepId } from '../guide/types';
import { defineText } from '../i18n/define-text';
import type { Locale } from '../i18n/locale';
import type { CellStatus, ClassOverview, RejectReason } from './types';

/** Texts of the class overview (class.html) and its CSV and Markdown exports. */
const EN = {
  classTitle: 'Class overview',
  classIntro:
    'Open the result files and completion reports your attendees handed in: a table of who did which step, how long it took and how many hints they needed, and where the class got stuck. The files stay in this browser; nothing in them is run or shown as a web page.',
  classOpen: 'Open result files or reports',
  classDrop: 'Or drop the files here.',
  classDropZone: 'Drop zone for result files',
  classReading: 'Reading {count} files…',
  classRead: '{accepted} files shown, {rejected} left out.',
  classEmpty: 'No files opened yet.',
  classClear: 'Start over',
  matrixTitle: 'Attendees and steps',
  matrixCaption: 'Status, time and hints per attendee and step',
  colAttendee: 'Attendee',
  colFile: 'File',
  statusDoneEvidence: 'done',
  statusDoneHand: 'done by hand',
  statusNotDone: 'not done',
  notInScope: 'not assessed',
  hints_other: '{n} hints',
  hints_one: '{n} hint',
  offPathCount: '{n} off-path clicks',
  medianRow: 'Median',
  doneRow: 'Done',
  stallTitle: 'Where attendees stalled',
  stallStep: 'Most attendees stalled at {step} ({count} of {total}).',
  stallNone: 'Every attendee finished every step they were assessed on.',
  stallChart: 'Attendees who stalled at each step',
  stallBar: '{step}: {count}',
  colStep: 'Step',
  colStalled: 'Stalled here',
  colDone: 'Done',
  colMedianTime: 'Median time',
  colMedianHints: 'Median hints',
  rejectedTitle: 'Files left out',
  colReason: 'Why',
  reasonTooLarge: 'too large to be a result or report of this guide',
  reasonMalformedJson: 'not valid JSON',
  reasonUnknownFile: 'neither an assessment result nor a completion report of this guide',
  reasonOtherVersion: 'written in a format version this extension cannot read',
  reasonInvalid: 'damaged or changed after it was exported',
  reasonInvalidField: 'damaged or changed after it was exported (field {field})',
  reasonDuplicate: 'the same attempt as “{sameAs}”',
  reasonUnreadable: 'could not be read',
  exportCsv: 'Download CSV',
  exportMarkdown: 'Download Markdown',
  exported: 'Saved {name}.',
  csvStatus: '{step} status',
  csvSeconds: '{step} seconds',
  csvHints: '{step} hints',
  csvOffPath: '{step} off-path clicks',
  prereqLabel: 'P{n}',
  stepLabel: 'Step {n}',
  openClass: 'Class overview',
} as const;

export type ClassTextKey = keyof typeof EN;

const DE = {
  classTitle: 'Klassenübersicht',
  classIntro:
    'Öffnen Sie die Ergebnisdateien und Abschlussberichte, die Ihre Teilnehmenden abgegeben haben: eine Tabelle, wer welchen Schritt geschafft hat, wie lange es dauerte und wie viele Hinweise nötig waren, und wo die Gruppe hängen blieb. Die Dateien bleiben in diesem Browser; nichts darin wird ausgeführt oder als Webseite angezeigt.',
  classOpen: 'Ergebnisdateien oder Berichte öffnen',
  classDrop: 'Oder legen Sie die Dateien hier ab.',
  classDropZone: 'Ablagebereich für Ergebnisdateien',
  classReading: '{count} Dateien werden gelesen …',
  classRead: '{accepted} Dateien angezeigt, {rejected} ausgelassen.',
  classEmpty: 'Noch keine Dateien geöffnet.',
  classClear: 'Neu beginnen',
  matrixTitle: 'Teilnehmende und Schritte',
  matrixCaption: 'Status, Zeit und Hinweise je Teilnehmer:in und Schritt',
  colAttendee: 'Teilnehmer:in',
  colFile: 'Datei',
  statusDoneEvidence: 'erledigt',
  statusDoneHand: 'von Hand erledigt',
  statusNotDone: 'nicht erledigt',
  notInScope: 'nicht geprüft',
  hints_other: '{n} Hinweise',
  hints_one: '{n} Hinweis',
  offPathCount: '{n} Klicks neben dem Weg',
  medianRow: 'Median',
  doneRow: 'Erledigt',
  stallTitle: 'Wo Teilnehmende hängen blieben',
  stallStep: 'Die meisten blieben bei {step} hängen ({count} von {total}).',
  stallNone: 'Alle Teilnehmenden haben jeden geprüften Schritt geschafft.',
  stallChart: 'Teilnehmende, die bei einem Schritt hängen blieben',
  stallBar: '{step}: {count}',
  colStep: 'Schritt',
  colStalled: 'Hier hängen geblieben',
  colDone: 'Erledigt',
  colMedianTime: 'Median Zeit',
  colMedianHints: 'Median Hinweise',
  rejectedTitle: 'Ausgelassene Dateien',
  colReason: 'Grund',
  reasonTooLarge: 'zu groß für ein Ergebnis oder einen Bericht dieser Anleitung',
  reasonMalformedJson: 'kein gültiges JSON',
  reasonUnknownFile: 'weder ein Prüfungsergebnis noch ein Abschlussbericht dieser Anleitung',
  reasonOtherVersion: 'in einer Formatversion, die diese Erweiterung nicht lesen kann',
  reasonInvalid: 'beschädigt oder nach dem Export verändert',
  reasonInvalidField: 'beschädigt oder nach dem Export verändert (Feld {field})',
  reasonDuplicate: 'derselbe Versuch wie „{sameAs}“',
  reasonUnreadable: 'konnte nicht gelesen werden',
  exportCsv: 'CSV herunterladen',
  exportMarkdown: 'Markdown herunterladen',
  exported: '{name} gespeichert.',
  csvStatus: '{step} Status',
  csvSeconds: '{step} Sekunden',
  csvHints: '{step} Hinweise',
  csvOffPath: '{step} Klicks neben dem Weg',
  prereqLabel: 'V{n}',
  stepLabel: 'Schritt {n}',
  openClass: 'Klassenübersicht',
};

/** A class overview text in `locale` with `{name}` placeholders filled. */
export const classText = /* @__PURE__ */ defineText(EN, DE);

/** A step's short label: "Step 3", or "P1" for a prerequisite ("Schritt 3", "V1"). */
export function stepLabel(locale: Locale, id: StepId): string {
  const step = getStep(id);
  const { index } = stepPosition(step);
  return classText(locale, step.kind === 'prerequisite' ? 'prereqLabel' : 'stepLabel', { n: index });
}

const STATUS_KEYS: Readonly<Record<CellStatus, ClassTextKey>> = {
  'done-evidence': 'statusDoneEvidence',
  'done-hand': 'statusDoneHand',
  'not-done': 'statusNotDone',
};

export const statusText = (locale: Locale, status: CellStatus) => classText(locale, STATUS_KEYS[status]);

const REASON_KEYS: Readonly<Record<RejectReason, ClassTextKey>> = {
  'too-large': 'reasonTooLarge',
  'malformed-json': 'reasonMalformedJson',
  'unknown-file': 'reasonUnknownFile',
  'other-version': 'reasonOtherVersion',
  invalid: 'reasonInvalid',
  duplicate: 'reasonDuplicate',
  unreadable: 'reasonUnreadable',
};

/** Why a file was left out, in words. */
export function reasonText(locale: Locale, rejected: { reason: RejectReason; field?: string; sameAs?: string }): string {
  if (rejected.reason === 'invalid' && rejected.field) return classText(locale, 'reasonInvalidField', { field: rejected.field });
  return classText(locale, REASON_KEYS[rejected.reason], { sameAs: rejected.sameAs ?? '' });
}

/** The stall step in one sentence: where most attendees stalled, or that all finished. */
export function stallLine(locale: Locale, overview: ClassOverview): string {
  const stall = overview.summaries.find((s) => s.id === overview.stallStep);
  if (!stall) return classText(locale, 'stallNone');
  return classText(locale, 'stallStep', { step: `${stepLabel(locale, stall.id)} (${getStep(stall.id).title[locale]})`, count: stall.stalled, total: overview.rows.length });
}
