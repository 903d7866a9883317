import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../components/report/read-report-file';
import { buildReport } from '../../lib/report/build';
import { reportErrorText } from '../../lib/report/errors';
import { parseReportJson, reportFileName, toJson } from '../../lib/report/json';
import { describeStep } from '../../lib/report/describe';
import { MAX_NOT_FOUND } from '../../lib/progress/timings';
import { MAX_REPORT_BYTES } from '../../lib/report/types';
import { META, sampleProgress } from './report-helpers';

const report = () => buildReport(sampleProgress(), META);
/** The exported JSON, changed by `edit` as a tamperer would. */
const tampered = (edit: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(toJson(report())) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
};

describe('report JSON', () => {
  it('round-trips: what is exported reads back identical', () => {
    const json = toJson(report());
    expect(JSON.parse(json)).toMatchObject({ format: 'msi-setup-report', version: 3 });
    expect(parseReportJson(json)).toEqual({ ok: true, report: report() });
    expect(reportFileName(report())).toBe('msi-setup-report-2026-11-21.json');
  });

  it('refuses malformed JSON, other JSON, other versions and oversize text', () => {
    expect(parseReportJson('{"format": "msi-setup-report",')).toEqual({ ok: false, reason: 'malformed-json' });
    expect(parseReportJson('[1, 2]')).toEqual({ ok: false, reason: 'not-a-report' });
    expect(parseReportJson('{"name": "package"}')).toEqual({ ok: false, reason: 'not-a-report' });
    expect(parseReportJson(tampered((d) => (d.version = 4)))).toEqual({ ok: false, reason: 'wrong-version' });
    expect(parseReportJson(tampered((d) => (d.version = 0)))).toEqual({ ok: false, reason: 'wrong-version' });
    expect(parseReportJson(tampered((d) => (d.version = '2')))).toEqual({ ok: false, reason: 'wrong-version' });
    expect(parseReportJson(' '.repeat(MAX_REPORT_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a tampered field, naming it', () => {
    const status = parseReportJson(tampered((d) => ((d.steps as Array<Record<string, unknown>>)[2]!.status = 'finished')));
    expect(status).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.2.status' });
    const host = parseReportJson(tampered((d) => ((d.hostsSeen as Array<Record<string, unknown>>)[0]!.host = '<img src=x>')));
    expect(host).toMatchObject({ ok: false, reason: 'invalid-field', field: 'hostsSeen.0.host' });
    const duplicate = parseReportJson(tampered((d) => (d.steps as unknown[]).push((d.steps as unknown[])[0])));
    expect(duplicate).toMatchObject({ ok: false, reason: 'invalid-field' });
  });

  /** Step 3 (connect-marketo, after P1, P2, S1, S2) has a timing: T0 → T1, 3 not found. */
  const withTiming = (change: Record<string, unknown>) =>
    parseReportJson(tampered((d) => Object.assign((d.steps as Array<{ timing: Record<string, unknown> }>)[4]!.timing, change)));

  it('version 2: every step’s timing is checked (types, range, order, no unknown keys)', () => {
    expect(report().steps[4]).toMatchObject({ id: 'connect-marketo', timing: { notFound: 3 } });
    const refused = (field: string) => ({ ok: false, reason: 'invalid-field', field: `steps.4.timing.${field}` });
    expect(withTiming({ notFound: '3' })).toEqual(refused('notFound'));
    expect(withTiming({ notFound: -1 })).toEqual(refused('notFound'));
    expect(withTiming({ notFound: 1.5 })).toEqual(refused('notFound'));
    expect(withTiming({ notFound: MAX_NOT_FOUND + 1 })).toEqual(refused('notFound'));
    expect(withTiming({ notFound: MAX_NOT_FOUND })).toMatchObject({ ok: true });
    expect(withTiming({ startedAt: 'yesterday' })).toEqual(refused('startedAt'));
    expect(withTiming({ completedAt: 1764 })).toEqual(refused('completedAt'));
    expect(withTiming({ startedAt: '2026-11-20T10:00:01.000Z' })).toEqual(refused('completedAt'));
    expect(withTiming({ startedAt: null })).toMatchObject({ ok: true });
    expect(withTiming({ note: 'x' })).toEqual(refused('note'));
    const missing = parseReportJson(tampered((d) => delete (d.steps as Array<Record<string, unknown>>)[2]!.timing));
    expect(missing).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.2.timing' });
    const asNull = parseReportJson(tampered((d) => ((d.steps as Array<Record<string, unknown>>)[2]!.timing = null)));
    expect(asNull).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.2.timing' });
  });

  /** A version-1 export: the same report before timings existed. */
  const version1 = (edit: (data: Record<string, unknown>) => void = () => undefined) =>
    tampered((d) => {
      d.version = 1;
      for (const step of d.steps as Array<Record<string, unknown>>) delete step.timing;
      edit(d);
    });

  it('still opens a version-1 report, whose steps have no timing: shown as not recorded', () => {
    const read = parseReportJson(version1());
    expect(read).toMatchObject({ ok: true, report: { version: 1 } });
    if (!read.ok) return;
    expect(read.report.steps.every((s) => s.timing === undefined)).toBe(true);
    expect(describeStep(read.report.steps[4]!, 'en')).toMatchObject({ status: 'done', timed: false, timeTaken: 'not recorded', notFound: 'not recorded' });
    expect(describeStep(read.report.steps[4]!, 'de')).toMatchObject({ timeTaken: 'nicht erfasst', notFound: 'nicht erfasst' });
    // Read as it was: exporting it again gives version 1 back, which reads again.
    expect(parseReportJson(toJson(read.report))).toEqual(read);
  });

  it('a version-1 report is checked by version 1’s rules: a timing in it is an unknown key', () => {
    const timed = version1((d) => ((d.steps as Array<Record<string, unknown>>)[4]!.timing = { startedAt: null, completedAt: null, notFound: 0 }));
    expect(parseReportJson(timed)).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.4.timing' });
    const status = version1((d) => ((d.steps as Array<Record<string, unknown>>)[2]!.status = 'finished'));
    expect(parseReportJson(status)).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.2.status' });
  });

  it('refuses unknown keys anywhere', () => {
    expect(parseReportJson(tampered((d) => (d.comment = 'hello')))).toEqual({ ok: false, reason: 'invalid-field', field: 'comment' });
    const nested = parseReportJson(tampered((d) => (((d.steps as Array<{ evidence: Array<Record<string, unknown>> }>)[2]!.evidence[0]!.value = 'x'))));
    expect(nested).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.2.evidence.0.value' });
  });

  it('refuses a file that carries something secret-like, and never names it', () => {
    const result = parseReportJson(tampered((d) => ((d.hostsSeen as Array<Record<string, unknown>>)[0]!.host = 'qm7zkr2xvt9lpw4nhs8ycj3dfg6bae1u.example.com')));
    expect(result).toEqual({ ok: false, reason: 'invalid-field' });
    const key = parseReportJson(tampered((d) => (d['anna.becker@example.com'] = 1)));
    expect(key).toEqual({ ok: false, reason: 'invalid-field' });
  });

  it('translates each reason', () => {
    expect(reportErrorText('en', { ok: false, reason: 'wrong-version' }, 'r.json')).toMatch(/report format this version/);
    expect(reportErrorText('de', { ok: false, reason: 'too-large' }, 'r.json')).toMatch(/größer als 1 MB/);
    expect(reportErrorText('en', { ok: false, reason: 'invalid-field', field: 'steps.2.status' }, 'r.json')).toContain('steps.2.status');
  });

  it('checks a file’s size before reading it', async () => {
    let read = false;
    const big = { size: MAX_REPORT_BYTES + 1, text: async () => ((read = true), '') };
    expect(await readReportFile(big)).toEqual({ ok: false, reason: 'too-large' });
    expect(read).toBe(false);
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await readReportFile(broken)).toEqual({ ok: false, reason: 'unreadable' });
    const good = { size: 10, text: async () => toJson(report()) };
    expect(await readReportFile(good)).toMatchObject({ ok: true });
  });
});
