import { useEffect } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locale';
import { uiText } from '../../lib/i18n/ui-text';
import { parseMarkdown, section, type Block, type Inline } from '../../lib/privacy/markdown';

/** The section of PRIVACY.md in each language. */
const SECTION: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };

function Text({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.style === 'code' ? <code key={i}>{inline.text}</code> : inline.style === 'em' ? <em key={i}>{inline.text}</em> : inline.style === 'strong' ? <strong key={i}>{inline.text}</strong> : inline.text,
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'ul')
    return (
      <ul>
        {block.items.map((item, i) => (
          <li key={i}>
            <Text inlines={item} />
          </li>
        ))}
      </ul>
    );
  // A language section holds only paragraphs and its own (level 3) headings, which sit under the page title.
  const Tag = block.kind === 'p' ? 'p' : 'h2';
  return (
    <Tag>
      <Text inlines={block.inlines} />
    </Tag>
  );
}

/** privacy.html: PRIVACY.md's section in the user's language, under a translated title. */
export function PrivacyPage({ markdown, locale }: { markdown: string; locale: Locale }) {
  const blocks = section(parseMarkdown(markdown), SECTION[locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${uiText(locale, 'privacyLink')} — ${uiText(locale, 'appTitle')}`;
  }, [locale]);
  return (
    <main lang={locale} class="privacy" data-ready="">
      <h1>{uiText(locale, 'privacyLink')}</h1>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </main>
  );
}
