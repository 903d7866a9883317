import { describe, expect, it } from 'vitest';
import type { RouteHandlers } from '../../entrypoints/background/router';

/**
 * Each request's reply type is enforced by the router's handler table, proven by `npm run typecheck`:
 * each `@ts-expect-error` below must meet an error, or the type check fails ("unused directive").
 */

// "Where is it" answers with a text or null, never with another request's data.
// @ts-expect-error a number is not what guide/where answers
const wrongData: RouteHandlers['guide/where'] = async () => ({ ok: true, data: 42 });

// A handler cannot answer with the reply of another request (verify's result for a status change).
// @ts-expect-error progress/set-status answers with null
const foreignReply: RouteHandlers['progress/set-status'] = async () => ({ ok: true, data: { checkedFrames: 0, steps: [] } });

// Its right shape compiles.
const rightReply: RouteHandlers['guide/where'] = async () => ({ ok: true, data: null });

describe('router reply types', () => {
  it('are checked at compile time (see the directives above)', async () => {
    expect(await rightReply({ type: 'guide/where', target: 'marketo.admin-nav', locale: 'en' }, {} as never)).toEqual({ ok: true, data: null });
    expect([wrongData, foreignReply].every((h) => typeof h === 'function')).toBe(true);
  });
});
