import { RULE_PROOFS, STEP_DETAILS, TARGET_WHERE, noticesOf } from '../../lib/apps/page-texts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKETO_APP } from '../../lib/apps/marketo';
import { SIA_APP } from '../../lib/apps/sales-insight-actions';
import { SALESFORCE_APP } from '../../lib/apps/salesforce';
import { describe, it, expect } from 'vitest';
import { Window } from 'happy-dom';
import { GUIDE, getStep } from '../../lib/apps';
import { STEP_IDS } from '../../lib/guide/types';
import type { GuideStep } from '../../lib/guide/types';
import type { Localized } from '../../lib/i18n/locale';
import { TARGETS } from '../../lib/targets/registry';
import type { LocatorWay, TargetDef } from '../../lib/targets/types';

/** Every Localized text of a step, with a label saying where it sits. */
function stepTexts(step: GuideStep): Array<[string, Localized]> {
  return [
    [`${step.id}.title`, step.title],
    [`${step.id}.summary`, STEP_DETAILS[step.id].summary],
    ...step.subSteps.map((s): [string, Localized] => [`${step.id}.subStep ${s.id}`, s.text]),
    ...noticesOf(step.id).map((n, i): [string, Localized] => [`${step.id}.notice ${i}`, n.text]),
    ...step.completion.rules.map((r): [string, Localized] => [`${step.id}.rule ${r.id}`, RULE_PROOFS[r.id]!]),
  ];
}

const targetEntries = Object.entries(TARGETS) as Array<[string, TargetDef]>;
const allTexts: Array<[string, Localized]> = [
  ...GUIDE.flatMap(stepTexts),
  ...targetEntries.map(([key]): [string, Localized] => [`target ${key}.where`, TARGET_WHERE[key]!]),
];

/** All text of a step in one language, for "mentions" checks. */
function fullText(step: GuideStep, lang: 'en' | 'de'): string {
  return stepTexts(step)
    .map(([, l]) => l[lang])
    .join('\n');
}

/** A way's kind: `css`, `route`, or `text:<lang>`. */
function wayKind(way: LocatorWay): string {
  return way.by === 'text' ? `text:${way.lang}` : way.by;
}

describe('guide data', () => {
  it('has the ten ids of STEP_IDS, unique and in order', () => {
    expect(GUIDE.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(new Set(GUIDE.map((s) => s.id)).size).toBe(GUIDE.length);
    for (const id of STEP_IDS) expect(getStep(id).id).toBe(id);
  });

  it('numbers the steps 1–8 and leaves prerequisites unnumbered', () => {
    expect(GUIDE.filter((s) => s.kind === 'prerequisite').map((s) => s.number)).toEqual([undefined, undefined]);
    expect(GUIDE.filter((s) => s.kind === 'step').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('assigns personas as in the brief', () => {
    const personas = Object.fromEntries(GUIDE.map((s) => [s.id, [...s.personas].sort()]));
    expect(personas['prereq-msi-enabled']).toEqual(['marketo-admin']);
    expect(personas['prereq-salesforce-sync']).toEqual(['marketo-admin', 'salesforce-admin']);
    expect(personas['connect-salesforce']).toEqual(['marketo-admin', 'salesforce-admin']);
    expect(personas['install-msi-package']).toEqual(['salesforce-admin']);
    expect(personas['configure-msi-salesforce']).toEqual(['salesforce-admin']);
    for (const id of ['setup-sales-account', 'connect-marketo', 'start-data-sync', 'invite-users', 'invite-users-csv']) {
      expect(personas[id], id).toEqual(['marketo-admin']);
    }
  });

  it('has non-empty English and German text everywhere, and they differ', () => {
    expect(allTexts.length).toBeGreaterThan(100);
    for (const [where, text] of allTexts) {
      expect(text.en.trim(), `${where} (en)`).not.toBe('');
      expect(text.de.trim(), `${where} (de)`).not.toBe('');
      expect(text.de, `${where}: German is a copy of English`).not.toBe(text.en);
    }
  });

  it('gives each step sub-steps with unique ids and at least one rule', () => {
    for (const step of GUIDE) {
      expect(step.subSteps.length, step.id).toBeGreaterThanOrEqual(1);
      expect(step.completion.rules.length, step.id).toBeGreaterThanOrEqual(1);
      const ids = step.subSteps.map((s) => s.id);
      expect(new Set(ids).size, `${step.id} sub-step ids`).toBe(ids.length);
    }
  });

  it('uses globally unique rule ids', () => {
    const ids = GUIDE.flatMap((s) => s.completion.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the UI variant of every way in a comment right above it', () => {
    for (const file of ['marketo/targets', 'sales-insight-actions/targets', 'sales-insight-actions/targets-users', 'salesforce/targets']) {
      const lines = readFileSync(resolve(import.meta.dirname, `../../lib/apps/${file}.ts`), 'utf8').split('\n');
      let ways = 0;
      lines.forEach((line, index) => {
        const startsWay = /^\s*\{ by: '/.test(line) || (/^\s*\{$/.test(line) && /^\s*by: '/.test(lines[index + 1] ?? ''));
        if (!startsWay) return;
        ways++;
        expect(lines[index - 1]?.trim().startsWith('//'), `${file}.ts:${index + 1} needs a comment naming its UI`).toBe(true);
      });
      expect(ways, file).toBeGreaterThan(20);
    }
  });

  it('has a proof text for every rule and details for every step, and nothing extra', () => {
    expect(Object.keys(RULE_PROOFS).sort()).toEqual(GUIDE.flatMap((s) => s.completion.rules.map((r) => r.id)).sort());
    expect(Object.keys(STEP_DETAILS).sort()).toEqual([...STEP_IDS].sort());
  });

  it('has a written "where" for every target, and none for unknown ones', () => {
    expect(Object.keys(TARGET_WHERE).sort()).toEqual(Object.keys(TARGETS).sort());
  });

  it('gives each app content script every target its steps use', () => {
    for (const app of [MARKETO_APP, SIA_APP, SALESFORCE_APP]) {
      for (const step of app.steps) {
        expect(step.app, step.id).toBe(app.app);
        for (const key of [...step.subSteps.map((x) => x.target), ...step.completion.rules.map((r) => r.target)]) {
          expect(app.targets[key], `${app.app}: ${key}`).toBeDefined();
        }
      }
    }
    expect([MARKETO_APP, SIA_APP, SALESFORCE_APP].flatMap((a) => a.steps.map((s) => s.id)).sort()).toEqual([...STEP_IDS].sort());
  });

  it('only points at targets that exist in TARGETS', () => {
    const used = GUIDE.flatMap((s) => [...s.subSteps.map((x) => x.target), ...s.completion.rules.map((r) => r.target)]);
    for (const key of used) expect(Object.keys(TARGETS), key).toContain(key);
  });

  it('gives every target at least three ways of at least two kinds', () => {
    expect(targetEntries.length).toBeGreaterThan(0);
    for (const [key, target] of targetEntries) {
      expect(target.ways.length, key).toBeGreaterThanOrEqual(3);
      expect(new Set(target.ways.map(wayKind)).size, `${key} way kinds`).toBeGreaterThanOrEqual(2);
      for (const way of target.ways) {
        if (way.by === 'css') expect(way.selector, `${key}: generated ExtJS id`).not.toMatch(/#ext-(gen|comp)/);
        if (way.by === 'text') expect(way.text.trim(), `${key} text`).not.toBe('');
      }
    }
  });

  it('has selectors a DOM accepts (css ways and text-way candidates)', () => {
    const doc = new Window().document;
    for (const [key, target] of targetEntries) {
      for (const way of target.ways) {
        const selector = way.by === 'css' ? way.selector : way.by === 'text' ? way.candidates : null;
        if (selector !== null) expect(() => doc.querySelectorAll(selector), `${key}: ${selector}`).not.toThrow();
      }
    }
  });

  it('uses namespaced kebab-case target keys', () => {
    for (const [key] of targetEntries) expect(key).toMatch(/^(marketo|sia|sfdc)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
  });

  it('links English and German Experience League docs', () => {
    for (const step of GUIDE) {
      expect(STEP_DETAILS[step.id].docUrl.en, step.id).toMatch(/^https:\/\/experienceleague\.adobe\.com\/en\//);
      expect(STEP_DETAILS[step.id].docUrl.de, step.id).toMatch(/^https:\/\/experienceleague\.adobe\.com\/de\//);
    }
    expect(STEP_DETAILS['start-data-sync'].docUrl.en).toMatch(/#initiate-data-sync$/);
    expect(STEP_DETAILS['install-msi-package'].docUrl.de).toContain('install-marketo-sales-insight-package-in-salesforce-appexchange');
  });

  it('cautions in step 4 never to remove the original user', () => {
    const cautions = noticesOf('start-data-sync').filter((n) => n.kind === 'caution');
    expect(cautions.length).toBe(1);
    expect(cautions[0]?.text.en).toMatch(/original user/i);
    expect(cautions[0]?.text.de).toMatch(/ursprünglichen Benutzer/);
  });

  it('mentions the default team "Everyone" in step 5', () => {
    expect(fullText(getStep('invite-users'), 'en')).toContain('Everyone');
    expect(fullText(getStep('invite-users'), 'de')).toContain('Everyone');
  });

  it('mentions both exact remote-site URLs in step 8 and checks both', () => {
    const step = getStep('configure-msi-salesforce');
    for (const lang of ['en', 'de'] as const) {
      expect(fullText(step, lang)).toContain('https://ims-na1.adobelogin.com');
      expect(fullText(step, lang)).toContain('https://mkto-sales-connect.adobe.io');
    }
    expect(step.completion.mode).toBe('all');
    const targets = step.completion.rules.map((r) => r.target);
    expect(targets).toContain('sfdc.remote-sites.ims-listed');
    expect(targets).toContain('sfdc.remote-sites.sales-connect-listed');
    expect(step.completion.rules.find((r) => r.target === 'sfdc.msi-config.enable')?.check.kind).toBe('checked');
  });

  it('starts every step on a page of its own app', () => {
    const prefix = { marketo: 'marketo-', 'sales-insight-actions': 'sia-', salesforce: 'sfdc-' } as const;
    for (const step of GUIDE) expect(step.startPage, step.id).toMatch(new RegExp(`^${prefix[step.app]}`));
  });
});
