import type { Locale } from '../i18n/locale';
import { detectLayout, effectiveWidth, LAYOUT_RECORDS, noHeaderColumns, OUTPUT_HEADERS, outputOrder, type Layout } from './columns';
import { firstChars } from './decode';
import { detectDelimiter, SAMPLE_CHARS } from './delimiter';
import { columnLabel, unnamedHeader } from './messages';
import { readRecords } from './records';
import { fatalResult, makeIssue } from './report';
import { RowPass, type RowOutcome } from './rows';
import type { CsvColumn, CsvDelimiter, CsvEncoding, CsvIssue, CsvPartsResult, CsvReport } from './types';
import { CsvWriter } from './write';

/** What is known about the file before its text is read. */
export interface TextContext {
  name: string;
  bytes: number;
  locale: Locale;
  encoding: CsvEncoding;
  /** File-level warnings so far (size, encoding). */
  fileIssues: CsvIssue[];
}

type GoodLayout = Extract<Layout, { ok: true }>;

/** Neutralises a header of an unrecognised column like any other value, so the cleaned file is safe to open. */
function safeHeader(h: string): string {
  const c = h.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 ? `'${h}` : h;
}

/**
 * Output column order (recognised fields first, in Email, First Name, Last Name, Team order, then the others
 * as they were), the cleaned file's header, and formula warnings for unrecognised header names.
 */
function planOutput(layout: GoodLayout, locale: Locale): { order: number[]; header: string[]; issues: CsvIssue[] } {
  const { columns, headerIndex } = layout;
  const order = outputOrder(columns);
  const header = order.map((src) => {
    const col = columns[src]!;
    if (col.mapsTo) return OUTPUT_HEADERS[col.mapsTo];
    return col.header === null ? unnamedHeader(locale, col.index) : safeHeader(col.header);
  });
  const issues: CsvIssue[] = [];
  for (const col of columns) {
    if (headerIndex === null || col.mapsTo !== null || col.header === null || safeHeader(col.header) === col.header) continue;
    const params = { column: columnLabel(locale, col.index, col.header) };
    issues.push(makeIssue(locale, 'formula-injection', 'warning', headerIndex + 1, col.index, params));
  }
  return { order, header, issues };
}

const LAYOUT_FAILURES = {
  empty: 'empty-file/empty',
  'header-only': 'empty-file/header-only',
  'no-email-column': 'no-email-column',
} as const;

/** A row pass with its writer, the header written. */
function startPass(layout: GoodLayout, ctx: TextContext, delimiter: CsvDelimiter, commaPossible: boolean, chars: number) {
  const { locale } = ctx;
  const output = planOutput(layout, locale);
  const writer = new CsvWriter(commaPossible);
  writer.header(output.header);
  const pass = new RowPass(
    {
      locale,
      delimiter,
      headerIndex: layout.headerIndex,
      headerIssues: output.issues,
      width: layout.width,
      enforceWidth: layout.hasHeader,
      emailCol: layout.fields.email!,
      teamCol: layout.fields.team ?? -1,
      order: output.order,
      labels: layout.columns.map((c) => columnLabel(locale, c.index, c.header)),
      // Invite rows mostly have 50–60 characters: a low guess keeps the table small; growing once is cheap.
      expectedRows: Math.ceil(chars / 64),
    },
    writer,
  );
  return { pass, writer };
}

/**
 * Checks decoded text, held in the pieces it was decoded in, record by record: the delimiter from the first
 * 64 K characters, the layout from the first records (kept until it is known), then every record checked and
 * written as it is parsed. Nothing proportional to the file is held but the text not read yet, the cleaned
 * parts and the issues: the pieces are emptied as they are read. Only a file without header row keeps its
 * text to the end: if its widest record comes after the first ones it is read a second time, because every
 * cleaned row has as many columns as the widest one.
 */
export function checkText(pieces: string[], ctx: TextContext): CsvPartsResult {
  const { name, bytes, encoding, fileIssues, locale } = ctx;
  const delimiter = detectDelimiter(firstChars(pieces, SAMPLE_CHARS + 1));
  const chars = pieces.reduce((n, p) => n + p.length, 0);
  let commaPossible: boolean | undefined;
  // Values can hold a comma only if the text has one that was not a delimiter (cheap native scans, once).
  const hasComma = () => (commaPossible ??= pieces.some((p) => p.indexOf(',') !== -1) && (delimiter !== ',' || pieces.some((p) => p.indexOf('"') !== -1)));

  let head: string[][] | null = [];
  let unclosedInHead = -1;
  let nonBlank = 0;
  let layout: Layout | null = null;
  let run: { pass: RowPass; writer: CsvWriter } | null = null;
  let keepText = false;

  const decide = (): void => {
    layout = detectLayout(head!);
    keepText = layout.ok && !layout.hasHeader;
    if (layout.ok) {
      run = startPass(layout, ctx, delimiter, hasComma(), chars);
      head!.forEach((rec, i) => run!.pass.record(rec, i, i === unclosedInHead));
    }
    head = null;
  };
  const collect = (rec: string[], index: number, unclosed: boolean): void => {
    if (!head) return; // layout failed: only the count matters
    head.push(rec);
    if (unclosed) unclosedInHead = index;
    if (effectiveWidth(rec) > 0 && ++nonBlank >= LAYOUT_RECORDS) decide();
  };
  const sink = {
    record: (rec: string[], index: number, unclosed: boolean) => (run ? run.pass.record(rec, index, unclosed) : collect(rec, index, unclosed)),
    line: (text: string, start: number, end: number, index: number, plain: boolean) =>
      run ? run.pass.line(text, start, end, index, plain) : collect(text.slice(start, end).split(delimiter), index, false),
  };
  // Once the layout is known and cannot change, each piece of text is let go as soon as it is read; only a
  // file without header row may need a second reading (see below).
  const release = () => head === null && !keepText;
  const total = readRecords(pieces, delimiter, sink, { release });
  if (head) decide();
  const found = layout as Layout | null;
  if (!found || !found.ok) {
    const { hasHeader, columns } = found ?? { hasHeader: null, columns: [] };
    const ctxFatal = { name, bytes, encoding, delimiter, hasHeader, columns, total: Math.max(0, total - (hasHeader ? 1 : 0)), earlier: fileIssues };
    return { report: fatalResult(locale, ctxFatal, LAYOUT_FAILURES[found ? found.reason : 'empty']).report, cleanedParts: null, problemRows: [] };
  }

  let good: GoodLayout = found;
  let { pass, writer } = run!;
  if (!good.hasHeader && pass.outcome.widest > good.width) {
    // Every record was checked against too narrow a width: once more, now that the widest is known.
    const width = pass.outcome.widest;
    good = { ...good, width, columns: noHeaderColumns(width, good.fields.email!) };
    ({ pass, writer } = startPass(good, ctx, delimiter, hasComma(), chars));
    readRecords(pieces, delimiter, pass);
  }
  return { report: buildReport(ctx, delimiter, good, pass.outcome), cleanedParts: writer.finish(), problemRows: pass.outcome.problemRows };
}

/** What Adobe's product usage limits allow per Sales Insight Actions instance. */
export const SEAT_LIMIT = 100;
export const TEAM_LIMIT = 20;

function buildReport(ctx: TextContext, delimiter: CsvDelimiter, layout: GoodLayout, outcome: RowOutcome): CsvReport {
  const { total, kept, fixed, removed, issues, teams } = outcome;
  const columns: CsvColumn[] = layout.columns;
  // Every kept row has an address of its own (duplicates are removed): kept + fixed are the distinct ones.
  const limits: CsvIssue[] = [];
  const { locale } = ctx;
  if (kept + fixed > SEAT_LIMIT) limits.push(makeIssue(locale, 'seat-limit', 'warning', null, null, { found: kept + fixed, limit: SEAT_LIMIT }));
  if (teams > TEAM_LIMIT) limits.push(makeIssue(locale, 'team-limit', 'warning', null, null, { found: teams, limit: TEAM_LIMIT }));
  const fileIssues = ctx.fileIssues.concat(limits);
  return {
    file: { name: ctx.name, bytes: ctx.bytes, encoding: ctx.encoding, delimiter, hasHeader: layout.hasHeader },
    columns,
    rows: { total, kept, fixed, removed },
    issues: fileIssues.length === 0 ? issues : fileIssues.concat(issues),
  };
}
