import { describe, expect, it } from 'vitest';
import { checkApiSecretKey, checkClientId, checkClientSecret, checkMunchkinId, sanitize, type Finding } from '../../lib/credentials';

const SECRET = 'Zq7Lk2Vx9Tn4Rb8Wm3Hc6Jp1Fd5Gs0Ya';
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const codes = (fs: readonly Finding[]) => fs.map((f) => f.code);
const find = (fs: readonly Finding[], code: string) => fs.find((f) => f.code === code);
const half = (s: string, sep: string) => s.slice(0, 16) + sep + s.slice(16);

describe('paste hygiene (Client Secret field)', () => {
  it.each([
    ['leading space', ` ${SECRET}`, 'leading-trailing-space', 'trim'],
    ['trailing spaces', `${SECRET}  `, 'leading-trailing-space', 'trim'],
    ['trailing LF', `${SECRET}\n`, 'line-break', 'trim'],
    ['leading CRLF', `\r\n${SECRET}`, 'line-break', 'trim'],
    ['line break inside', half(SECRET, '\n'), 'line-break', 'remove-line-breaks'],
    ['U+2028 inside', half(SECRET, '\u2028'), 'line-break', 'remove-line-breaks'],
    ['trailing tab', `${SECRET}\t`, 'tab', 'trim'],
    ['tab inside', half(SECRET, '\t'), 'tab', 'remove-tabs'],
    ['space inside, joins to a secret', half(SECRET, ' '), 'inner-space', 'remove-spaces'],
    ['wrapped in "…"', `"${SECRET}"`, 'wrapping-quotes', 'strip-quotes'],
    ["wrapped in '…'", `'${SECRET}'`, 'wrapping-quotes', 'strip-quotes'],
    ['wrapped in “…”', `\u201C${SECRET}\u201D`, 'wrapping-quotes', 'strip-quotes'],
    ['wrapped in ‘…’', `\u2018${SECRET}\u2019`, 'wrapping-quotes', 'strip-quotes'],
    ['wrapped in «…»', `\u00AB${SECRET}\u00BB`, 'wrapping-quotes', 'strip-quotes'],
    ['wrapped in „…“', `\u201E${SECRET}\u201C`, 'wrapping-quotes', 'strip-quotes'],
    ['stray closing smart quote', `${SECRET}\u201D`, 'smart-quote', 'remove-quotes'],
  ])('%s → %s, fix %s restores the value', (_, raw, code, kind) => {
    const findings = checkClientSecret(raw);
    expect(codes(findings)).toEqual([code]);
    const f = find(findings, code);
    expect(f?.severity).toBe('error');
    expect(f?.field).toBe('clientSecret');
    expect(f?.fix?.kind).toBe(kind);
    expect(f?.fix?.value).toBe(SECRET);
  });

  it.each([
    ['U+200B zero-width space', '\u200B'],
    ['U+200C zero-width non-joiner', '\u200C'],
    ['U+200D zero-width joiner', '\u200D'],
    ['U+2060 word joiner', '\u2060'],
    ['U+FEFF byte order mark', '\uFEFF'],
    ['U+00AD soft hyphen', '\u00AD'],
    ['U+00A0 no-break space', '\u00A0'],
    ['U+2007 figure space', '\u2007'],
    ['U+202F narrow no-break space', '\u202F'],
    ['U+3000 ideographic space', '\u3000'],
    ['U+200E left-to-right mark', '\u200E'],
    ['U+200F right-to-left mark', '\u200F'],
    ['U+202A LRE', '\u202A'],
    ['U+202B RLE', '\u202B'],
    ['U+202C PDF', '\u202C'],
    ['U+202D LRO', '\u202D'],
    ['U+202E RLO', '\u202E'],
  ])('%s anywhere → invisible-character with a remove-invisible fix', (_, ch) => {
    for (const raw of [ch + SECRET, SECRET + ch, half(SECRET, ch)]) {
      const findings = checkClientSecret(raw);
      expect(codes(findings)).toEqual(['invisible-character']);
      expect(findings[0]?.fix).toMatchObject({ kind: 'remove-invisible' });
      expect(findings[0]?.fix?.value).toBe(SECRET);
    }
  });

  it.each([
    ['empty string', ''],
    ['spaces only', '   '],
    ['line breaks and tabs only', '\n\t\r\n'],
    ['invisible characters only', '\u200B\u00A0\uFEFF'],
    ['empty quotes', '""'],
  ])('%s → empty (and nothing else)', (_, raw) => {
    for (const check of [checkClientId, checkClientSecret, checkMunchkinId, checkApiSecretKey]) {
      const findings = check(raw);
      expect(codes(findings)).toEqual(['empty']);
      expect(findings[0]?.severity).toBe('error');
    }
  });

  it('offers no joining fix when the joined value would not have the right shape', () => {
    const findings = checkClientSecret('abc def\nghi\tjk\u00A0lm\u201Cno');
    expect(codes(findings)).toEqual(['inner-space', 'line-break', 'tab', 'invisible-character', 'smart-quote', 'not-32-alphanumerics']);
    for (const f of findings) expect(f.fix).toBeUndefined();
  });

  it('reports several kinds of debris at once, each with its own fix', () => {
    const findings = checkClientId(` \u201C${ID}\u201D\u200B\n`);
    expect(codes(findings)).toEqual(['leading-trailing-space', 'line-break', 'invisible-character', 'wrapping-quotes']);
    expect(find(findings, 'leading-trailing-space')?.fix?.value).toBe(`\u201C${ID}\u201D`);
    expect(find(findings, 'wrapping-quotes')?.fix?.value).toBe(` ${ID}\u200B\n`);
  });

  it('keeps the shape check quiet when only debris is wrong', () => {
    expect(codes(checkMunchkinId(' 123-ABC-456\t'))).toEqual(['leading-trailing-space', 'tab']);
    expect(codes(checkClientId(`'${ID}'`))).toEqual(['wrapping-quotes']);
  });

  it('treats the free-form API Secret Key leniently: inner spaces and quotes are warnings without joining fixes', () => {
    const spaced = checkApiSecretKey('my key phrase');
    expect(codes(spaced)).toEqual(['inner-space']);
    expect(spaced[0]?.severity).toBe('warning');
    expect(spaced[0]?.fix).toBeUndefined();
    const quoted = checkApiSecretKey('"S3cure!Key"');
    expect(quoted.map((f) => [f.code, f.severity])).toEqual([['wrapping-quotes', 'warning']]);
    expect(quoted[0]?.fix?.value).toBe('S3cure!Key');
  });
});

describe('sanitize', () => {
  it.each([
    ['clean', SECRET, SECRET],
    ['edge spaces, tabs and line breaks', ` \t${SECRET}\r\n`, SECRET],
    ['zero-width and bidi inside', `\u200E${SECRET.slice(0, 5)}\u200B${SECRET.slice(5)}\uFEFF`, SECRET],
    ['NBSP at the end', `${ID}\u00A0`, ID],
    ['inner ASCII space is kept', 'ab cd', 'ab cd'],
    ['quotes are kept', '"x"', '"x"'],
    ['only blanks', ' \u200B\n', ''],
  ])('%s', (_, raw, expected) => {
    expect(sanitize(raw)).toBe(expected);
  });
});
