import { useMemo, useState } from 'preact/hooks';
import { groupEntries, groupName, groupWords, leftIn, suggestibleIn } from '../../lib/csv/groups';
import type { FixSession } from '../../lib/csv/session';
import type { CsvColumn } from '../../lib/csv/types';
import { csvText, type CsvTextKey } from '../../lib/i18n/csv-text';
import { plural, type PluralKey } from '../../lib/i18n/define-text';
import { useText } from '../use-text';
import { ProblemGrid } from './ProblemGrid';

export interface ProblemGroupsProps {
  session: FixSession;
  columns: readonly CsvColumn[];
  format(n: number): string;
  onChange(): void;
}

/**
 * The problem rows grouped by kind, the largest group first, each with its count and what is left to fix; a
 * group opens to its rows as an editable grid. Safe repairs get a bulk action that writes the repaired values
 * into the rows; suggestions that change an address are applied to a group only when the user chooses so.
 */
export function ProblemGroups({ session, columns, format, onChange }: ProblemGroupsProps) {
  const { t, locale } = useText(csvText);
  const [said, setSaid] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (group: string, isOpen: boolean) =>
    setOpen((was) => {
      if (was.has(group) === isOpen) return was;
      const next = new Set(was);
      if (isOpen) next.add(group);
      else next.delete(group);
      return next;
    });
  const groups = useMemo(() => groupEntries(session), [session]);
  if (groups.length === 0) return null;
  /** A count in words: "1 row", "12 rows". */
  const rows = (key: PluralKey<CsvTextKey>, n: number) => plural(csvText, locale, key, n, { n: format(n) });
  /** After a bulk action, whose button may go away, the focus returns to its group's heading. */
  const bulk = (ev: Event, n: number) => {
    (ev.currentTarget as HTMLElement).closest('details')?.querySelector('summary')?.focus();
    onChange();
    setSaid(rows('bulkApplied', n));
  };
  return (
    <section class="groups" aria-labelledby="groups-title" data-groups="">
      <h3 id="groups-title">{t('groupsTitle')}</h3>
      {groups.map((fixGroup, g) => {
        const { group, key, entries, safe } = fixGroup;
        const { title, status } = groupWords(locale, fixGroup, format);
        const left = leftIn(fixGroup);
        const suggestible = suggestibleIn(session, fixGroup);
        return (
          <details key={group} class="group" data-group={group} data-left={left} onToggle={(e) => toggle(group, e.currentTarget.open)}>
            <summary>
              <span class="group-title">{title}</span> <span class="group-left">({status})</span>
            </summary>
            {safe && (
              <div class="bulk">
                <p class="hint">{t('repairExplain')}</p>
                <button type="button" data-bulk="repair" onClick={(ev) => bulk(ev, session.applyRepairs(entries))}>
                  {rows('repairAll', entries.length)}
                </button>
              </div>
            )}
            {key.startsWith('duplicate-email') && <p class="hint">{t('duplicateExplain')}</p>}
            {suggestible.length > 0 && (
              <div class="bulk">
                <p class="hint">{t('suggestExplain')}</p>
                <button type="button" data-bulk="suggest" onClick={(ev) => bulk(ev, session.acceptSuggestions(suggestible))}>
                  {rows('suggestAll', suggestible.length)}
                </button>
              </div>
            )}
            {/* Rendered only while open: a closed group's grid has no size to measure, nor anyone to show it to. */}
            {open.has(group) && <ProblemGrid id={`grid-${g}`} session={session} entries={entries} columns={columns} label={t('gridLabel', { what: groupName(locale, group) })} onChange={onChange} />}
          </details>
        );
      })}
      <p role="status" class="sr-only" data-bulk-status="">
        {said}
      </p>
    </section>
  );
}
