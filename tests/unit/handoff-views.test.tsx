// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HandoffLink } from '../../components/popup/HandoffLink';
import { RecordElsewhere } from '../../components/report/RecordElsewhere';
import { LocaleContext } from '../../components/locale-context';
import { initialProgress } from '../../lib/progress/initial';
import { recordDoneElsewhere, setStepStatus } from '../../lib/progress/reducers';
import { buildReport } from '../../lib/report/build';
import type { Locale } from '../../lib/i18n/locale';
import type { PersonaFilter } from '../../lib/progress/types';
import type { StepId } from '../../lib/guide/types';
import type { VNode } from 'preact';
import { META } from './report-helpers';

const NOW = '2026-12-07T10:00:00.000Z';

function mount(node: VNode, locale: Locale = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<LocaleContext.Provider value={locale}>{node}</LocaleContext.Provider>, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popup’s hand-off link', () => {
  it.each<[PersonaFilter, boolean]>([
    ['both', true],
    ['marketo-admin', true],
    ['salesforce-admin', false],
  ])('persona %s: shown %s', (persona, shown) => {
    const root = mount(<HandoffLink progress={initialProgress()} persona={persona} />);
    expect(root.querySelector('a[href="/report.html#handoff"]') !== null).toBe(shown);
  });

  it('goes once steps 7 and 8 are done, however; says it in German', () => {
    const done = recordDoneElsewhere(initialProgress(), ['install-msi-package', 'configure-msi-salesforce'], NOW, NOW);
    expect(mount(<HandoffLink progress={done} persona="both" />).querySelector('a')).toBeNull();
    expect(mount(<HandoffLink progress={initialProgress()} persona="both" />, 'de').textContent).toBe('Schritte 7 und 8 übergeben …');
  });
});

describe('recording an imported report’s steps as done elsewhere', () => {
  it('offers only the handed-off steps the report shows done, and sends their ids with the report’s time', async () => {
    let state = setStepStatus(initialProgress(), 'connect-marketo', 'done', NOW);
    state = setStepStatus(state, 'configure-msi-salesforce', 'done', NOW);
    const report = buildReport(state, META);
    const sent: Array<[StepId[], string]> = [];
    const root = mount(<RecordElsewhere report={report} record={async (ids, at) => void sent.push([ids, at])} />);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Record step 8 as done elsewhere');
    await act(async () => button.click());
    expect(sent).toEqual([[['configure-msi-salesforce'], META.generatedAt]]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Recorded step 8 as done elsewhere in your progress.');
  });

  it('offers nothing for a report without them', () => {
    const report = buildReport(setStepStatus(initialProgress(), 'connect-marketo', 'done', NOW), META);
    expect(mount(<RecordElsewhere report={report} record={async () => undefined} />).innerHTML).toBe('');
  });
});
