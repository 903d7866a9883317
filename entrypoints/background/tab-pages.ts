import { pageSpecificity } from '../../lib/pages/detect';
import type { PageDetection } from '../../lib/pages/types';
import type { StorageAreaLike } from '../../lib/storage-area';


type FramePages = Record<string, PageDetection>;

/**
 * Which page each frame of each tab shows, as the content scripts reported. Updates are queued so
 * reports from several frames arriving together do not overwrite each other. `prefix` keeps lists
 * apart in one area: the live apps' frames (`tab:`), and the practice sandbox's replica frames, which
 * must never be taken for a live app's tab ("Verify now", "Go to step").
 */
/** `area` is `storage.session`: it survives the service worker sleeping and is gone when the browser closes. */
export function createTabPages(area: StorageAreaLike, prefix = 'tab:') {
  const keyOf = (tabId: number) => `${prefix}${tabId}`;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (tabId: number): Promise<FramePages> =>
    ((await area.get(keyOf(tabId)))[keyOf(tabId)] as FramePages | undefined) ?? {};

  return {
    /** Records (or, with null, clears) what one frame shows. */
    report: (tabId: number, frameId: number, detection: PageDetection | null) =>
      serial(async () => {
        const frames = await read(tabId);
        if (detection) frames[frameId] = detection;
        else delete frames[frameId];
        await area.set({ [keyOf(tabId)]: frames });
      }),
    /** Forgets a tab (closed, or its top frame navigated away). */
    forget: (tabId: number) => serial(() => area.remove(keyOf(tabId))),
    /** Every frame of every tab with the page it reported. */
    all: () =>
      serial(async () =>
        Object.entries(await area.get(null))
          .filter(([key]) => key.startsWith(prefix))
          .flatMap(([key, frames]) =>
            Object.entries(frames as FramePages).map(([frameId, detection]) => ({ tabId: Number(key.slice(prefix.length)), frameId: Number(frameId), detection })),
          ),
      ),
    /** The page one frame reported, or null. */
    frame: (tabId: number, frameId: number) => serial(async () => (await read(tabId))[frameId] ?? null),
    /** The first tab with a frame whose report satisfies `match`. */
    find: (match: (detection: PageDetection) => boolean) =>
      serial(async () => {
        const all = await area.get(null);
        for (const [key, frames] of Object.entries(all)) {
          if (!key.startsWith(prefix)) continue;
          const detection = Object.values(frames as FramePages).find(match);
          if (detection) return { tabId: Number(key.slice(prefix.length)), detection };
        }
        return null;
      }),
    /** The most specific page any frame of the tab reported, or null. */
    where: (tabId: number) =>
      serial(async () => {
        const pages = Object.values(await read(tabId));
        pages.sort((a, b) => pageSpecificity(b) - pageSpecificity(a));
        return pages[0] ?? null;
      }),
  };
}

export type TabPages = ReturnType<typeof createTabPages>;
