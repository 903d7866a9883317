/**
 * Lets a handler run only for the user's own input. Our in-page UI sits in the host's DOM: a host
 * script could call `.click()` on it or dispatch events at it (synthetic events have `isTrusted`
 * false). Every handler that changes state, reveals or copies a secret, or sends a request is wrapped.
 */
export function userOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
