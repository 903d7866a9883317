import type { AppId, PageId } from '../pages/types';

/**
 * How a control was recognised, kept so it can be found again on the same instance: its structure
 * (tag, role, stable attributes and classes, the stable classes of the containers around it) and its own
 * label. Never an id (apps generate them), never a field's value, never a secret: see ./build.ts.
 */
export interface AnchorShape {
  /** The element's tag, lower case. */
  tag: string;
  /** Its role as the locator's role fallback knows them (button, link, tab…), or null. */
  role: string | null;
  /** Stable attributes (type, name, data-action…; an href only as a route without numbers). */
  attrs: Readonly<Record<string, string>>;
  /** Its own stable classes (no state classes such as `active`, no generated ones such as `ext-gen123`). */
  classes: readonly string[];
  /** The containers around it with stable classes, nearest first, each `tag.class.class`. */
  path: readonly string[];
  /** Its own label, normalised (lib/locator/text.ts); empty when it has none a control would show. */
  label: string;
}

/** Where an anchor came from: the user pointed at the control, or said Yes to "Is it this one?". */
export const ANCHOR_SOURCES = ['learned', 'healed'] as const;
export type AnchorSource = (typeof ANCHOR_SOURCES)[number];

/** A target's anchor on one instance host, as the background stores it. */
export interface LearnedAnchor {
  /** The registry target it stands in for. */
  target: string;
  app: AppId;
  /** The instance host it was learned on: it is used there only. */
  host: string;
  page: PageId;
  source: AnchorSource;
  anchor: AnchorShape;
  /** When it was recorded (ISO). */
  at: string;
}

/** Caps that keep one anchor small and its selector cheap (the schema enforces them). */
export const ANCHOR_LIMITS = { classes: 8, path: 6, attrs: 6, label: 80, value: 80, anchors: 100 } as const;
