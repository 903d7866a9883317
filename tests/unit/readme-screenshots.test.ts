import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = 'docs/screenshots/';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * What `npm run screenshots` writes: every file name the script passes to its `shoot()`, read from the
 * script itself so a new screenshot cannot be left out of this list.
 */
function generatedShots(): string[] {
  const script = readFileSync(resolve(ROOT, 'tests/harness/screenshots.ts'), 'utf8');
  const names = [...script.matchAll(/\bshoot\(\s*\w+,\s*'([^']+\.png)'/g)].map((m) => m[1]!);
  // Every call is read (a call naming its file another way would slip past): calls = all `shoot(` but the definition.
  expect(names).toHaveLength(script.split(/\bshoot\(/).length - 2);
  return names;
}

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
    const generated = generatedShots();
    for (const name of generated) expect(images).toContain(SHOTS + name);
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
