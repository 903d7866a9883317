import { classText, reasonText } from '../../lib/class-overview/text';
import type { RejectedFile } from '../../lib/class-overview/types';
import { useText } from '../use-text';

/** The files left out, each with why (file names are shown as text, like everything from a file). */
export function RejectedFiles({ rejected }: { rejected: readonly RejectedFile[] }) {
  const { t, locale } = useText(classText);
  if (rejected.length === 0) return null;
  return (
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('rejectedTitle')}</h2>
      <table class="rejected" data-testid="rejected">
        <thead>
          <tr>
            <th scope="col">{t('colFile')}</th>
            <th scope="col">{t('colReason')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r, i) => (
            <tr key={`${r.file}|${i}`} data-reason={r.reason}>
              <th scope="row">{r.file}</th>
              <td>{reasonText(locale, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
