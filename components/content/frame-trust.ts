import { appOfOrigin } from '../../lib/hosts';
import type { AppId } from '../../lib/pages/types';

/**
 * Is this frame part of the app's own page: the top frame, or a child frame whose every ancestor is a
 * page of the same app (Marketo inside the Experience Cloud shell, a Setup page inside Lightning)? A
 * Marketo frame inside an unrelated site is not the Marketo app: the guide stays out of it. Where the
 * browser does not say who the ancestors are (no `location.ancestorOrigins`), the background's
 * sender check decides from the tab's address.
 */
export function isOwnAppFrame(app: AppId, win: Window = window): boolean {
  if (win.top === win) return true;
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (!ancestors) return true;
  return Array.from(ancestors).every((origin) => appOfOrigin(origin) === app);
}
