import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = 'docs/screenshots/';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** What `npm run screenshots` (tests/harness/screenshots.ts) writes. */
const GENERATED = ['popup.png', 'callout.png', 'csv-report.png', 'completion-report.png'];

/** Image paths the README embeds, Markdown `![alt](path)` or HTML `<img src="path">`. */
function readmeImages(): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const markdown = [...readme.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const html = [...readme.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!);
  return [...markdown, ...html].map((path) => path.replace(/^\.\//, ''));
}

describe('README screenshots', () => {
  const images = readmeImages();

  it('embeds every screenshot the script makes, from docs/screenshots/', () => {
    for (const name of GENERATED) expect(images).toContain(SHOTS + name);
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain('npm run screenshots');
  });

  it.each(images.filter((path) => path.startsWith(SHOTS)))('%s exists and is a PNG', (path) => {
    const file = resolve(ROOT, path);
    expect(existsSync(file), `${path} is missing: run npm run screenshots`).toBe(true);
    expect([...readFileSync(file).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it('has no image in docs/screenshots/ that the README does not show', () => {
    const stale = readdirSync(resolve(ROOT, SHOTS)).filter((name) => !images.includes(SHOTS + name));
    expect(stale).toEqual([]);
  });
});
