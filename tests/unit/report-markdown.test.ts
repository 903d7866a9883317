import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build';
import { toMarkdown } from '../../lib/report/markdown';
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
