import { normalizeText } from '../locator/text';
import type { TargetDef } from '../targets/types';
import type { HealExpectation } from './score';

/**
 * What a target is like, from its registry entry: the labels of its text ways (English and German), the
 * roles they name, and, for a target found only inside another's dialog (`within`), that dialog's titles.
 * Null for targets healing must not guess: no role (status texts, titles), a field read for its value,
 * or a secret.
 */
export function expectationOf(def: TargetDef, targets: Readonly<Record<string, TargetDef>>): HealExpectation | null {
  if (def.secret) return null;
  const textWays = def.ways.filter((way) => way.by === 'text');
  if (textWays.some((way) => way.resolve === 'labelled-field')) return null;
  const roles = [...new Set(textWays.flatMap((way) => way.roles ?? []))].filter((role) => role !== 'label');
  const labels = [...new Set(textWays.map((way) => normalizeText(way.text)))].filter(Boolean);
  if (!roles.length || !labels.length) return null;
  const scope = def.within ? targets[def.within] : undefined;
  const containerTitles = scope ? [...new Set(scope.ways.flatMap((way) => (way.by === 'text' ? [normalizeText(way.text)] : [])))] : undefined;
  return { labels, roles, ...(containerTitles?.length ? { containerTitles } : {}) };
}
