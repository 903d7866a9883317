import type { AssistBundle } from '../../../lib/apps/assist-bundles';
import type { Assist, AssistEnv } from './types';

/**
 * Where an injected assist bundle finds its frame's guide runtime. The background injects bundles into the
 * extension's isolated world of the frame, which the content script shares and the page cannot see; a
 * registered symbol is how two separately built scripts of that world meet.
 */
const HUB = Symbol.for('msi-guide.assist-hub');

interface AssistHub {
  start(bundle: AssistBundle, assists: readonly Assist[]): void;
}

type HubGlobal = { [HUB]?: AssistHub };

/**
 * Offers `env` to the bundles this frame loads; returns the stop function of everything they started.
 * A bundle that arrives twice (a second request raced the first) starts once.
 */
export function openAssistHub(env: AssistEnv): () => void {
  const stops = new Map<AssistBundle, () => void>();
  const hub: AssistHub = {
    start(bundle, assists) {
      if (stops.has(bundle)) return;
      const started = assists.map((assist) => assist(env));
      stops.set(bundle, () => started.forEach((stop) => stop()));
    },
  };
  (globalThis as HubGlobal)[HUB] = hub;
  return () => {
    if ((globalThis as HubGlobal)[HUB] === hub) delete (globalThis as HubGlobal)[HUB];
    stops.forEach((stop) => stop());
    stops.clear();
  };
}

/** Called by an injected bundle: starts its assists in the frame's runtime (nothing when the guide has stopped). */
export function registerAssists(bundle: AssistBundle, assists: readonly Assist[]): void {
  (globalThis as HubGlobal)[HUB]?.start(bundle, assists);
}
