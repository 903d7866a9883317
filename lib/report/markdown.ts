import { describeCount } from '../i18n/count-text';
import type { Locale } from '../i18n/locale';
import { markdownTable as table } from '../markdown/table';
import { describeMeta, describeStep, formatUtc, reportSummary, type DescribedStep } from './describe';
import { redactReport } from './redact';
import { reportText, type ReportTextKey } from './text';
import type { CompletionReport } from './types';

function stepSection(step: DescribedStep, t: (key: ReportTextKey) => string): string[] {
  const lines = [`### ${step.label}: ${step.title}`, ''];
  lines.push(`- ${t('colStatus')}: ${step.statusText}`);
  lines.push(`- ${t('colWhen')}: ${formatUtc(step.changedAt)}`);
  lines.push(`- ${t('colHow')}: ${step.how ?? t('never')}`);
  const time = (iso: string | null) => (step.timed ? formatUtc(iso) : t('notRecorded'));
  lines.push(`- ${t('colStarted')}: ${time(step.startedAt)}`, `- ${t('colCompleted')}: ${time(step.completedAt)}`);
  lines.push(`- ${t('colTimeTaken')}: ${step.timeTaken}`, `- ${t('colNotFound')}: ${step.notFound} (${step.notFoundMeaning})`, '');
  lines.push(`#### ${t('evidenceTitle')}`, '');
  if (step.evidence.length === 0) lines.push(t('noEvidence'));
  else {
    const rows = step.evidence.map((e) => [`\`${e.rule}\``, e.proves, e.host, e.page, formatUtc(e.seenAt)]);
    lines.push(...table([t('colRule'), t('colProves'), t('colHost'), t('colPage'), t('colTime')], rows));
  }
  lines.push('', `#### ${t('diagnosticsTitle')}`, '');
  if (step.diagnostics.length === 0) lines.push(t('noDiagnostics'));
  else {
    const rows = step.diagnostics.map((d) => [`\`${d.target}\``, d.where, d.tried.join('; '), d.page, d.host, formatUtc(d.at)]);
    lines.push(...table([t('colTarget'), t('colWhere'), t('colTried'), t('colPage'), t('colHost'), t('colTime')], rows));
  }
  lines.push('');
  return lines;
}

/**
 * The report as Markdown for a support ticket: the installation facts, an overview table of every
 * prerequisite and step (with time taken and not-found count), then each step's timing, evidence and
 * locator diagnostics. Times are in UTC so a
 * reader in another time zone reads them right.
 */
export function toMarkdown(report: CompletionReport, locale: Locale): string {
  const safe = redactReport(report);
  const t = (key: ReportTextKey, params?: Record<string, string | number>) => reportText(locale, key, params);
  const meta = describeMeta(safe, locale);
  const steps = safe.steps.map((s) => describeStep(s, locale));
  const hosts = meta.hosts.map((h) => t('hostEntry', { host: h.host, app: h.app, time: formatUtc(h.lastSeen) }));
  const lines = [`# ${t('title')} — MSI Actions Setup Guide`, ''];
  lines.push(
    ...table(
      [t('metaTitle'), ''],
      [
        [t('generatedAt'), formatUtc(meta.generatedAt)],
        [t('extensionVersion'), meta.extensionVersion],
        [t('browser'), meta.browser],
        [t('uiLanguage'), meta.uiLanguage],
        [t('hostsSeen'), hosts.length ? hosts.join('; ') : t('noHosts')],
      ],
    ),
    '',
  );
  lines.push(`## ${t('stepsTitle')}`, '', describeCount(locale, reportSummary(safe)), '');
  lines.push(
    ...table(
      [t('colStep'), t('colTitle'), t('colStatus'), t('colWhen'), t('colHow'), t('colTimeTaken'), t('colNotFound')],
      steps.map((s) => [s.label, s.title, s.statusText, formatUtc(s.changedAt), s.how ?? t('never'), s.timeTaken, s.notFound]),
    ),
    '',
  );
  for (const step of steps) lines.push(...stepSection(step, t));
  return `${lines.join('\n').trimEnd()}\n`;
}
