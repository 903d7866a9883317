import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, section, type Block } from '../../lib/privacy/markdown';

const PRIVACY = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
const textOf = (block: Block) => (block.kind === 'ul' ? block.items.flat() : block.inlines).map((i) => i.text).join('');

describe('the privacy page’s Markdown reader', () => {
  it('reads headings, paragraphs, lists with continued items, and inline code, emphasis and strong', () => {
    const blocks = parseMarkdown('# T\n\n## A\n\nOne\nline.\n\n- **Bold** item\n  goes on\n- *em* and `code`\n\n### H\nText');
    expect(blocks.map((b) => b.kind)).toEqual(['h1', 'h2', 'p', 'ul', 'h3', 'p']);
    expect(textOf(blocks[2]!)).toBe('One line.');
    expect(blocks[3]).toEqual({
      kind: 'ul',
      items: [
        [{ text: 'Bold', style: 'strong' }, { text: ' item goes on' }],
        [{ text: 'em', style: 'em' }, { text: ' and ' }, { text: 'code', style: 'code' }],
      ],
    });
    expect(section(blocks, 'A').map((b) => b.kind)).toEqual(['p', 'ul', 'h3', 'p']);
    expect(section(blocks, 'Missing')).toEqual([]);
  });

  it('keeps a lone asterisk or backtick as text', () => {
    expect(parseInline('a * b ` c')).toEqual([{ text: 'a * b ` c' }]);
  });
});

describe('PRIVACY.md', () => {
  const blocks = parseMarkdown(PRIVACY);
  const en = section(blocks, 'English');
  const de = section(blocks, 'Deutsch');

  it('has an English and a German section of the same shape, so the two say the same things', () => {
    expect(en.length).toBeGreaterThan(6);
    expect(de.map((b) => (b.kind === 'ul' ? `ul${b.items.length}` : b.kind))).toEqual(en.map((b) => (b.kind === 'ul' ? `ul${b.items.length}` : b.kind)));
  });

  it('uses only what the reader understands (no links, tables or stray Markdown left in the text)', () => {
    for (const block of [...en, ...de]) expect(textOf(block)).not.toMatch(/\[|\]\(|^\||\*\*|^#/);
  });

  it('names what leaves the machine and that there is no analytics, in both languages', () => {
    for (const [part, noAnalytics] of [
      [en, 'no analytics'],
      [de, 'keine Analyse'],
    ] as const) {
      const text = part.map(textOf).join('\n');
      expect(text).toContain('mktorest.com');
      expect(text).toContain(noAnalytics);
      expect(text).toContain('storage.local');
    }
  });
});
