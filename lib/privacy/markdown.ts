/**
 * The small part of Markdown PRIVACY.md is written in (headings, paragraphs, bullet lists, `code`,
 * *emphasis*, **strong**), read into blocks the privacy page renders as elements: one text for the
 * repository, the stores and the popup, never HTML injected into a page.
 */
export interface Inline {
  text: string;
  style?: 'code' | 'em' | 'strong';
}

export type Block = { kind: 'h1' | 'h2' | 'h3' | 'p'; inlines: Inline[] } | { kind: 'ul'; items: Inline[][] };

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/;

/** A line's text with its code, emphasis and strong runs. */
export function parseInline(text: string): Inline[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part): Inline => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return { text: part.slice(1, -1), style: 'code' };
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return { text: part.slice(2, -2), style: 'strong' };
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return { text: part.slice(1, -1), style: 'em' };
      return { text: part };
    });
}

/** Blocks of a document: blank lines end a paragraph or list; a list item's continuation lines are indented. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let items: string[] | null = null;
  const flush = () => {
    if (items) blocks.push({ kind: 'ul', items: items.map(parseInline) });
    else if (lines.length > 0) blocks.push({ kind: 'p', inlines: parseInline(lines.join(' ')) });
    lines = [];
    items = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: `h${heading[1]!.length}` as 'h1' | 'h2' | 'h3', inlines: parseInline(heading[2]!) });
    } else if (line.startsWith('- ')) {
      if (!items) flush();
      (items ??= []).push(line.slice(2));
    } else if (line.trim() === '') flush();
    else if (items && /^\s/.test(raw)) items[items.length - 1] += ` ${line.trim()}`;
    else {
      if (items) flush();
      lines.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** The blocks under the level-2 heading `title` (e.g. "Deutsch"), up to the next level-2 heading. */
export function section(blocks: readonly Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'h2' && b.inlines.map((i) => i.text).join('') === title);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'h2');
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}
