import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build';
import { toMarkdown } from '../../lib/report/markdown';
import { parseReportJson, toJson } from '../../lib/report/json';
import { META, sampleProgress } from './report-helpers';

describe('toMarkdown', () => {
  const md = toMarkdown(buildReport(sampleProgress(), META), 'en');

  it('has headings, the installation facts and an overview table', () => {
    expect(md.startsWith('# Completion report — MSI Actions Setup Guide\n')).toBe(true);
    expect(md).toContain('| Generated | 2026-11-21 08:30 UTC |');
    expect(md).toContain('| Extension version | 0.1.0 |');
    expect(md).toContain('| Browser | Chrome 140 |');
    expect(md).toContain('| UI language | English (en) |');
    expect(md).toContain('| Instance hosts seen | app-ab12.marketo.com (Marketo Engage, last seen 2026-11-20 10:05 UTC) |');
    expect(md).toContain('0 of 2 prerequisites and 2 of 8 steps done · 1 skipped');
    expect(md).toContain('| Step 3 | Connect Marketo to your Sales Apps account | Done | 2026-11-20 10:00 UTC | Marked by hand |');
    expect(md).toMatch(/\| Step 1 \| Set up the Marketo Sales account \| Done \| 2026-11-20 10:05 UTC \| Verified from page evidence \|/);
  });

  it('shows each step’s time taken and not-found count, in the overview and in its section', () => {
    expect(md).toContain('| Step | Title | Status | When | How | Time taken | Not found |');
    expect(md).toContain('| Step 3 | Connect Marketo to your Sales Apps account | Done | 2026-11-20 10:00 UTC | Marked by hand | 4 min 12 sec | 3 |');
    expect(md).toContain('| Step 5 | Invite individual users to MSI Actions | To do | — | — | — | 0 |');
    const s3 = md.slice(md.indexOf('### Step 3:'), md.indexOf('### Step 4:'));
    expect(s3).toContain('- Started: 2026-11-20 09:55 UTC\n- Completed: 2026-11-20 10:00 UTC\n- Time taken: 4 min 12 sec\n');
    expect(s3).toContain('- Not found: 3 (The guide could not find this step’s control 3 times.)');
    const de = toMarkdown(buildReport(sampleProgress(), META), 'de');
    expect(de).toContain('| Schritt | Titel | Status | Wann | Wie | Benötigte Zeit | Nicht gefunden |');
    expect(de).toMatch(/\| Schritt 3 \| [^|]+ \| Erledigt \| [^|]+ \| Von Hand markiert \| 4 Min\. 12 Sek\. \| 3 \|/);
  });

  it('says "not recorded" for a version-1 report, which had no timings', () => {
    const data = JSON.parse(toJson(buildReport(sampleProgress(), META))) as { version: number; steps: Array<Record<string, unknown>> };
    data.version = 1;
    for (const step of data.steps) delete step.timing;
    const read = parseReportJson(JSON.stringify(data));
    if (!read.ok) throw new Error('version 1 not read');
    const old = toMarkdown(read.report, 'en');
    expect(old).toContain('| Marked by hand | not recorded | not recorded |');
    expect(old).toContain('- Started: not recorded\n- Completed: not recorded\n- Time taken: not recorded\n');
    expect(old).toContain('- Not found: not recorded (This report was made by an older version of the guide');
  });

  it('has a section per step with evidence and diagnostics tables', () => {
    expect(md.match(/^### /gm)).toHaveLength(10);
    expect(md).toMatch(/\| `s1-client-id-shown` \| [^|]+ \| app-ab12\.marketo\.com \| Admin › Sales Insight \| 2026-11-20 10:05 UTC \|/);
    expect(md).toMatch(/\| `marketo\.sales-insight\.actions-config-tab` \| [^|]+ \| way 1 \(structure\): not found; way 2 \(label text, en\): more than one match; way 3 \(label text, de\): found but hidden \|/);
  });

  it('keeps every table row intact: pipes and line breaks in a cell are escaped', () => {
    const odd = toMarkdown(buildReport(sampleProgress(), { ...META, browser: 'Odd | Browser\n2' }), 'en');
    expect(odd).toContain('| Browser | Odd \\| Browser 2 |');
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = odd.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('|') && lines[i - 1]?.startsWith('|')) expect(columns(line), line).toBe(columns(lines[i - 1]!));
    });
  });

  it('speaks German when asked', () => {
    const de = toMarkdown(buildReport(sampleProgress(), { ...META, uiLanguage: 'de' }), 'de');
    expect(de).toContain('# Abschlussbericht');
    expect(de).toContain('| Sprache der Oberfläche | Deutsch (de) |');
    expect(de).toContain('Von Hand markiert');
  });
});
