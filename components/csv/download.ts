export { downloadText } from '../download';

/** `invite list.csv` → `invite list-cleaned.csv` / `invite list-report.json`. */
export function outputName(original: string, suffix: 'cleaned.csv' | 'report.json'): string {
  const stem = original.replace(/\.[^.]*$/, '') || 'invite-list';
  return `${stem}-${suffix}`;
}
