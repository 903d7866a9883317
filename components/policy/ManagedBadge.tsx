import { useContext } from 'preact/hooks';
import { policyText } from '../../lib/i18n/policy-text';
import { LocaleContext } from '../locale-context';

/** "Set by your organisation", beside a control the policy decides (which is then disabled). `id` lets the control point at it. */
export function ManagedBadge({ id }: { id: string }) {
  const locale = useContext(LocaleContext);
  return (
    <span id={id} class="managed-badge">
      {policyText(locale, 'managedBadge')}
    </span>
  );
}
