import { describe, expect, it } from 'vitest';
import { assessmentFileName, assessmentToJson, parseAssessmentJson } from '../../lib/assessment/json';
import { countHint, countOffPath, currentStep, finishRun, observeProgress, runResult, startRun } from '../../lib/assessment/run';
import { MAX_ASSESSMENT_BYTES } from '../../lib/assessment/types';
import { at, META, sampleResult, START } from './assessment-helpers';

const json = () => assessmentToJson(sampleResult('Anna Kowalski', [60, 150, null, null], [0, 2]));
const tampered = (edit: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(json()) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
};
const steps = (data: Record<string, unknown>) => data.steps as Array<Record<string, unknown>>;

describe('assessment run', () => {
  it('times each step from when it became the next to do until it was done; hints and off-path clicks count for the step shown', () => {
    let run = startRun('  Anna  ', ['start-data-sync', 'setup-sales-account'], START);
    expect(run.attendee).toBe('Anna');
    expect(run.steps.map((s) => s.id)).toEqual(['setup-sales-account', 'start-data-sync']);
    run = countHint(run, 'setup-sales-account');
    run = countOffPath(run, 'invite-users'); // a step outside the scope: counts for the one to do
    run = observeProgress(run, { 'setup-sales-account': { status: 'done', via: 'evidence' } }, at(90));
    expect(currentStep(run)?.id).toBe('start-data-sync');
    run = countHint(run, 'start-data-sync');
    run = countHint(run, null);
    run = finishRun(run, at(200));
    run = countHint(run, 'start-data-sync'); // after the end: not counted
    const result = runResult(run, META);
    expect(result.steps).toEqual([
      { id: 'setup-sales-account', done: true, via: 'evidence', seconds: 90, hints: 1, offPath: 1 },
      { id: 'start-data-sync', done: false, via: null, seconds: 110, hints: 2, offPath: 0 },
    ]);
    expect(result).toMatchObject({ attendee: 'Anna', startedAt: START, finishedAt: at(200), uiLanguage: 'en' });
  });

  it('a step done by hand says so; a step done out of order starts when the one before it ended', () => {
    let run = startRun('Ben', ['setup-sales-account', 'connect-salesforce'], START);
    run = observeProgress(run, { 'connect-salesforce': { status: 'done', via: 'hand' } }, at(30));
    run = observeProgress(run, { 'connect-salesforce': { status: 'done', via: 'hand' }, 'setup-sales-account': { status: 'done', via: 'evidence' } }, at(50));
    const result = runResult(finishRun(run, at(60)), META);
    expect(result.steps.map((s) => [s.id, s.via, s.seconds])).toEqual([
      ['setup-sales-account', 'evidence', 50],
      ['connect-salesforce', 'hand', 30],
    ]);
  });
});

describe('assessment result file', () => {
  it('round-trips and is named after the attendee and day', () => {
    const result = sampleResult('Anna Kowalski', [60, 150, null, null], [0, 2]);
    expect(parseAssessmentJson(assessmentToJson(result))).toEqual({ ok: true, result });
    expect(assessmentFileName(result)).toBe('msi-assessment-Anna-Kowalski-2026-12-07.json');
    expect(assessmentFileName({ ...result, attendee: 'Jürgen Groß' })).toBe('msi-assessment-Jurgen-Gro-2026-12-07.json');
  });

  it('refuses other JSON, other versions, oversize and malformed text', () => {
    expect(parseAssessmentJson('{"format":')).toEqual({ ok: false, reason: 'malformed-json' });
    expect(parseAssessmentJson('{"format":"msi-setup-report","version":1}')).toEqual({ ok: false, reason: 'not-an-assessment' });
    expect(parseAssessmentJson(tampered((d) => (d.version = 2)))).toEqual({ ok: false, reason: 'wrong-version' });
    expect(parseAssessmentJson(' '.repeat(MAX_ASSESSMENT_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses tampered fields, naming the field but never its value', () => {
    expect(parseAssessmentJson(tampered((d) => (steps(d)[0]!.hints = -1)))).toEqual({ ok: false, reason: 'invalid-field', field: 'steps.0.hints' });
    expect(parseAssessmentJson(tampered((d) => (steps(d)[2]!.via = 'evidence')))).toMatchObject({ ok: false, field: 'steps.2.via' });
    expect(parseAssessmentJson(tampered((d) => (d.attendee = '<img src=x onerror=alert(1)>')))).toMatchObject({ ok: false, field: 'attendee' });
    expect(parseAssessmentJson(tampered((d) => (d.attendee = '=HYPERLINK("http://x")')))).toMatchObject({ ok: false, field: 'attendee' });
    expect(parseAssessmentJson(tampered((d) => (d.note = 'hello')))).toMatchObject({ ok: false, reason: 'invalid-field', field: 'note' });
    expect(parseAssessmentJson(tampered((d) => steps(d).push(steps(d)[0]!)))).toMatchObject({ ok: false, reason: 'invalid-field' });
    expect(parseAssessmentJson(tampered((d) => steps(d).reverse()))).toMatchObject({ ok: false, reason: 'invalid-field' });
    expect(parseAssessmentJson(tampered((d) => (d.finishedAt = '2026-01-01T00:00:00.000Z')))).toMatchObject({ ok: false, field: 'finishedAt' });
    // A key that is the file's own text is not echoed back when it is not a plain word.
    expect(parseAssessmentJson(tampered((d) => (d['<b>x</b>'] = 1)))).toEqual({ ok: false, reason: 'invalid-field' });
  });

  it('holds no secrets or e-mail addresses: a result carrying one is refused', () => {
    const secret = tampered((d) => (d.attendee = 'Anna 8f3e2a1b9c4d5e6f7a8b9c0d1e2f3a4B'));
    expect(parseAssessmentJson(secret)).toMatchObject({ ok: false, reason: 'invalid-field' });
    expect(parseAssessmentJson(tampered((d) => (d.attendee = 'anna@example.com')))).toMatchObject({ ok: false, field: 'attendee' });
    expect(Object.keys(JSON.parse(json()) as object).sort()).toEqual(['attendee', 'extensionVersion', 'finishedAt', 'format', 'startedAt', 'steps', 'uiLanguage', 'version']);
  });
});
