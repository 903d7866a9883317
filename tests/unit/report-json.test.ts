import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../components/report/read-report-file';
import { buildReport } from '../../lib/report/build';
import { reportErrorText } from '../../lib/report/errors';
import { parseReportJson, reportFileName, toJson } from '../../lib/report/json';
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
    expect(JSON.parse(json)).toMatchObject({ format: 'msi-setup-report', version: 1 });
    expect(parseReportJson(json)).toEqual({ ok: true, report: report() });
    expect(reportFileName(report())).toBe('msi-setup-report-2026-11-21.json');
  });

  it('refuses malformed JSON, other JSON, other versions and oversize text', () => {
    expect(parseReportJson('{"format": "msi-setup-report",')).toEqual({ ok: false, reason: 'malformed-json' });
    expect(parseReportJson('[1, 2]')).toEqual({ ok: false, reason: 'not-a-report' });
    expect(parseReportJson('{"name": "package"}')).toEqual({ ok: false, reason: 'not-a-report' });
    expect(parseReportJson(tampered((d) => (d.version = 2)))).toEqual({ ok: false, reason: 'wrong-version' });
    expect(parseReportJson(tampered((d) => (d.version = '1')))).toEqual({ ok: false, reason: 'wrong-version' });
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
