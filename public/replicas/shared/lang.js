// Language pick and locale formatting shared by the replicas.
// The replicas default to English; `?lang=de` switches the whole UI, including
// number and date formats, because a German Marketo user sees "14.03.2025, 10:22".

export const LANGS = ['en', 'de'];

export function pickLang(value) {
  const v = String(value ?? '').toLowerCase().slice(0, 2);
  return LANGS.includes(v) ? v : 'en';
}

const LOCALES = { en: 'en-US', de: 'de-DE' };
export const localeOf = (lang) => LOCALES[lang] ?? 'en-US';

/**
 * Build a translate function over a { en: {...}, de: {...} } table.
 * `{name}` placeholders are filled from `vars`. A missing German string falls
 * back to English, a missing key shows the key (visible in screenshots).
 */
export function makeT(table, lang) {
  return (key, vars) => {
    let s = table[lang]?.[key] ?? table.en?.[key] ?? key;
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
    return s;
  };
}

export function formatDateTime(date, lang) {
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(date);
}

export function formatNumber(n, lang) {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** "A, B and C" / "A, B und C" */
export function formatList(items, lang) {
  return new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
}
