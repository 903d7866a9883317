// What a replica reads from its address: language, scenarios (documented states), render delay, reset.
// `?lang=de`, `?scenario=auth-error,other-admin`, `?delay=1500`, `?reset=1`.

const query = () => new URLSearchParams(location.search);

/** 'de' or 'en': the `lang` parameter, else the stored UI setting (if the app has one), else English. */
export function language(stored) {
  const asked = query().get('lang') ?? stored ?? 'en';
  return asked.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The scenarios switched on for this load. */
export function scenarios() {
  const raw = query().get('scenario') ?? '';
  return new Set(raw.split(',').map((name) => name.trim()).filter(Boolean));
}

/** How late panels render, in ms: `delay`, else the app's default. */
export function renderDelay(fallback) {
  const asked = Number(query().get('delay'));
  return Number.isFinite(asked) && query().has('delay') ? Math.max(0, asked) : fallback;
}

/** The query string to hand on to an embedded frame (lang, scenario, delay, reset). */
export function passOn() {
  const out = new URLSearchParams();
  for (const key of ['lang', 'scenario', 'delay', 'reset']) {
    const value = query().get(key);
    if (value !== null) out.set(key, value);
  }
  return out;
}
