// Per-host app state in localStorage, so a connection or an invite survives reloads and navigation.
// Never holds a secret's value: secret fields are stored as "set / not set" only.

/**
 * The state store of one replica app on this host. `?reset=1` clears it (and is then dropped from the
 * address, so a reload keeps the new state).
 */
export function createStore(app, defaults) {
  const key = `replica-variant:${app}`;
  const url = new URL(location.href);
  if (url.searchParams.get('reset') === '1') {
    localStorage.removeItem(key);
    url.searchParams.delete('reset');
    history.replaceState(history.state, '', url.href);
  }
  const read = () => {
    try {
      return { ...defaults, ...JSON.parse(localStorage.getItem(key) ?? '{}') };
    } catch {
      return { ...defaults };
    }
  };
  return {
    get: read,
    set(patch) {
      const next = { ...read(), ...patch };
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    },
  };
}
