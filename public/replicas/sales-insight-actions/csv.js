// The replica's own CSV reading for "Invite Users via CSV": deliberately
// simple, like a typical web app's: UTF-8 only (a BOM is dropped), delimiter
// guessed from the header line (comma, semicolon or tab), double-quoted fields
// with "" escapes, blank lines skipped. It does NOT repair Windows-1252 files
// (umlauts come out as U+FFFD): that is what the extension warns about.

export const FIELDS = ['email', 'first', 'last', 'team', 'ignore'];
export const EMAIL_RE = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Count delimiters in the first line, outside quotes. */
function guessDelimiter(text) {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] += 1;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

/** Parse CSV text into rows of cells. */
export function parseCsv(input) {
  const text = String(input).replace(/^\uFEFF/, '');
  const delim = guessDelimiter(text);
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delim) { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return { delimiter: delim, rows: rows.filter((r) => r.some((c) => c.trim() !== '')) };
}

/** Field a header most likely holds, by name (English and German spellings). */
export function guessField(header) {
  const k = String(header).toLowerCase().replace(/[^a-zäöüß]/g, '');
  if (/mail/.test(k)) return 'email';
  if (['firstname', 'first', 'givenname', 'forename', 'vorname'].includes(k)) return 'first';
  if (['lastname', 'last', 'surname', 'familyname', 'nachname', 'familienname'].includes(k)) return 'last';
  if (['team', 'teamname', 'group', 'gruppe'].includes(k)) return 'team';
  return 'ignore';
}

/** Initial mapping: every header guessed, but only the first e-mail-like column maps to Email. */
export function autoMap(headers) {
  let emailTaken = false;
  return headers.map((hd) => {
    const f = guessField(hd);
    if (f !== 'email') return f;
    if (emailTaken) return 'ignore';
    emailTaken = true;
    return 'email';
  });
}

/**
 * People from data rows under a mapping.
 * @returns {{ emails: string[], people: object[], skipped: number }}
 *   emails: every non-empty value of the Email column (what the upload "received"),
 *   people: rows with a valid address, first occurrence per address (case-insensitive).
 */
export function peopleFrom(rows, mapping) {
  const col = (f) => mapping.indexOf(f);
  const at = (r, f) => (col(f) >= 0 ? (r[col(f)] ?? '').trim() : '');
  const emails = [];
  const people = [];
  const seen = new Set();
  let skipped = 0;
  for (const r of rows) {
    const email = at(r, 'email');
    if (email) emails.push(email);
    if (!EMAIL_RE.test(email)) { skipped += 1; continue; }
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    people.push({ email, firstName: at(r, 'first'), lastName: at(r, 'last'), team: at(r, 'team') });
  }
  return { emails, people, skipped };
}
