import type { Locale } from './locale';

const UNITS = [
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const;

type Unit = (typeof UNITS)[number][0];

/** Intl formatters are slow to make and a class overview formats thousands of cells: one per locale and unit. */
const formatters = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: Locale, unit: Unit): Intl.NumberFormat {
  const key = `${locale}:${unit}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Seconds as a short duration in the reader's language, e.g. `4 min 12 sec` / `4 Min. 12 Sek.`,
 * `1 hr 5 min` / `1 Std. 5 Min.`; `—` when there is none. Zero parts are left out (`0 sec` for nothing
 * at all). The one duration format of the extension: the report, the assessment result and the class
 * overview all use it. Unit names come from Intl (CLDR), so they read as the browser's own; the parts are
 * joined by a space rather than Intl.DurationFormat, which not every supported browser has.
 */
export function formatDuration(locale: Locale, seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  let rest = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(unitFormat(locale, unit).format(count));
  }
  return parts.length ? parts.join(' ') : unitFormat(locale, 'second').format(0);
}
