import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../lib/guide/types';
import { browserLabel, buildReport } from '../../lib/report/build';
import { describeStep, formatUtc, reportSummary } from '../../lib/report/describe';
import { parseReportJson, toJson } from '../../lib/report/json';
import { HOST, META, sampleProgress, T0, T1, T2 } from './report-helpers';

describe('buildReport', () => {
  it('lists every prerequisite and step in guide order with status, when and how', () => {
    const report = buildReport(sampleProgress(), META);
    expect(report).toMatchObject({ format: 'msi-setup-report', version: 3, ...META });
    expect(report.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    const byId = Object.fromEntries(report.steps.map((s) => [s.id, s]));
    expect(byId['connect-marketo']).toMatchObject({ status: 'done', changedAt: T1, via: 'hand', evidence: [] });
    expect(byId['setup-sales-account']).toMatchObject({ status: 'done', changedAt: T2, via: 'evidence' });
    expect(byId['setup-sales-account']!.evidence).toEqual([{ rule: 's1-client-id-shown', host: HOST, page: 'marketo-admin-sales-insight', seenAt: T2 }]);
    expect(byId['invite-users']).toMatchObject({ status: 'todo', changedAt: null, via: null });
    expect(report.hostsSeen).toEqual([{ app: 'marketo', host: HOST, lastSeen: T2 }]);
    expect(reportSummary(report).all).toEqual({ done: 2, total: 10 });
    expect(reportSummary(report).skipped).toBe(1);
  });

  it('puts each diagnostic under its step', () => {
    const report = buildReport(sampleProgress(), META);
    const p1 = report.steps.find((s) => s.id === 'prereq-msi-enabled')!;
    expect(p1.diagnostics).toHaveLength(1);
    expect(p1.diagnostics[0]).toMatchObject({ target: 'marketo.sales-insight.actions-config-tab', page: 'marketo-admin-sales-insight', host: HOST, at: T1 });
    expect(report.steps.filter((s) => s.diagnostics.length > 0)).toHaveLength(1);
  });

  it('carries each step’s timing: when it started and completed, and how often its target was not found', () => {
    const byId = Object.fromEntries(buildReport(sampleProgress(), META).steps.map((s) => [s.id, s]));
    expect(byId['connect-marketo']!.timing).toEqual({ startedAt: T0, completedAt: T1, notFound: 3 });
    // Never touched: no times known, nothing missed.
    expect(byId['invite-users']!.timing).toEqual({ startedAt: null, completedAt: null, notFound: 0 });
    const s3 = describeStep(byId['connect-marketo']!, 'en');
    expect(s3).toMatchObject({ timed: true, startedAt: T0, completedAt: T1, timeTaken: '4 min 12 sec', notFound: '3' });
    expect(s3.notFoundMeaning).toBe('The guide could not find this step’s control 3 times.');
    expect(describeStep(byId['connect-marketo']!, 'de')).toMatchObject({ timeTaken: '4 Min. 12 Sek.', notFoundMeaning: 'Die Anleitung konnte das Bedienelement dieses Schritts 3-mal nicht finden.' });
    expect(describeStep(byId['invite-users']!, 'en')).toMatchObject({ timeTaken: '—', notFound: '0', notFoundMeaning: 'The guide never failed to find this step’s control.' });
  });

  it('leaves out a start recorded after the completion: time unknown, and the report still reads back', () => {
    const state = sampleProgress();
    const odd = { ...state, timings: { ...state.timings, 'connect-marketo': { startedAt: T2, completedAt: T1, notFound: 1 } } };
    const report = buildReport(odd, META);
    const s3 = report.steps.find((s) => s.id === 'connect-marketo')!;
    expect(s3.timing).toEqual({ startedAt: null, completedAt: T1, notFound: 1 });
    expect(describeStep(s3, 'en').timeTaken).toBe('—');
    expect(parseReportJson(toJson(report))).toEqual({ ok: true, report });
  });

  it('copies only known fields, even when stored objects carry more', () => {
    const state = sampleProgress();
    const stepWithExtra = { ...state.steps['setup-sales-account'], note: 'extra' };
    const evidence = { ...stepWithExtra.evidence[0]!, text: 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u' };
    const timings = { ...state.timings, 'connect-marketo': { ...state.timings['connect-marketo']!, note: 'extra' } };
    const tampered = { ...state, timings, steps: { ...state.steps, 'setup-sales-account': { ...stepWithExtra, evidence: [evidence] } } };
    const json = JSON.stringify(buildReport(tampered, META));
    expect(json).not.toContain('Qm7Zk');
    expect(json).not.toContain('extra');
  });

  it('describes steps in the reader’s language from the guide and the target registry', () => {
    const report = buildReport(sampleProgress(), META);
    const p1 = describeStep(report.steps[0]!, 'en');
    expect(p1.label).toBe('Prerequisite');
    expect(p1.diagnostics[0]!.where).toMatch(/Actions Config/);
    expect(p1.diagnostics[0]!.tried).toEqual([
      'way 1 (structure): not found',
      'way 2 (label text, en): more than one match',
      'way 3 (label text, de): found but hidden',
    ]);
    const s1 = describeStep(report.steps.find((s) => s.id === 'setup-sales-account')!, 'de');
    expect(s1).toMatchObject({ label: 'Schritt 1', statusText: 'Erledigt', how: 'Anhand der Seite bestätigt' });
    expect(s1.evidence[0]!.page).toBe('Admin › Sales Insight');
    expect(s1.evidence[0]!.proves).not.toBe('');
    expect(formatUtc(T2)).toBe('2026-11-20 10:05 UTC');
  });
});

describe('browserLabel', () => {
  it('prefers the product brand of userAgentData, without "Google"', () => {
    const brands = [
      { brand: 'Not)A;Brand', version: '8' },
      { brand: 'Chromium', version: '140' },
      { brand: 'Google Chrome', version: '140' },
    ];
    expect(browserLabel('', brands)).toBe('Chrome 140');
    expect(browserLabel('', [{ brand: 'Chromium', version: '139' }, { brand: 'Not=A?Brand', version: '24' }])).toBe('Chromium 139');
  });

  it('falls back to the user-agent string, name and major version only', () => {
    expect(browserLabel('Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0')).toBe('Firefox 142');
    expect(browserLabel('Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.1')).toBe('Edge 140');
    expect(browserLabel('Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36')).toBe('Chrome 140');
    expect(browserLabel('curl/8')).toBe('unknown');
  });
});
