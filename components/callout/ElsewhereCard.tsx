import { userOnly } from '../user-only';
import type { ElsewhereModel, OverlayActions, OverlayEnv } from './model';

/** The card's words: also what the screen reader is told when it shows. */
export function describeElsewhere(model: ElsewhereModel, { locale, t }: Pick<OverlayEnv, 'locale' | 't'>) {
  const { next } = model;
  const position = t(locale, next.kind === 'prerequisite' ? 'calloutPrereqOf' : 'calloutStepOf', { n: next.n, total: next.total });
  const app = next.appName[locale];
  const done = t(locale, 'elsewhereDone', { app: model.here[locale] });
  return { position, app, done, step: t(locale, 'elsewhereStep', { position, title: next.title[locale], app }) };
}

/**
 * "Marketo Engage part done — next: Step 2 of 8, Connect …, in Sales Insight Actions [Open it]": shown
 * when this app has nothing left for the person and the guide goes on in another app. Not anchored to a
 * control (there is none to point at here), so it sits in the corner, out of the page's way.
 */
export function ElsewhereCard({ model, actions, env }: { model: ElsewhereModel; actions: OverlayActions; env: OverlayEnv }) {
  const { locale, t } = env;
  const { next } = model;
  const { position, app, done, step } = describeElsewhere(model, env);
  if (model.minimised) {
    return (
      <button type="button" class="pill" data-elsewhere={next.id} onClick={userOnly(actions.restore)}>
        {t(locale, 'elsewherePill', { position, app })}
      </button>
    );
  }
  return (
    <div class="callout elsewhere" role="dialog" aria-modal="false" aria-labelledby="msi-title-elsewhere" data-elsewhere={next.id}>
      <div class="head">
        <span class="position">{t(locale, 'elsewhereNext')}</span>
        <button type="button" class="icon" onClick={userOnly(actions.minimise)} aria-label={t(locale, 'calloutMinimise')} title={t(locale, 'calloutMinimise')}>
          –
        </button>
      </div>
      <h2 id="msi-title-elsewhere" class="title">
        {done}
      </h2>
      <p class="instruction">{step}</p>
      {model.needsHost && <p class="where">{t(locale, 'elsewhereNeedsHost', { app })}</p>}
      <div class="actions">
        {model.canOpen && !model.needsHost && (
          <button type="button" class="primary" onClick={userOnly(actions.openNext)}>
            {t(locale, 'elsewhereOpen', { app })}
          </button>
        )}
        <button type="button" onClick={userOnly(actions.minimise)}>
          {t(locale, 'elsewhereLater')}
        </button>
      </div>
    </div>
  );
}
