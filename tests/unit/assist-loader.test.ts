import { describe, expect, it, vi } from 'vitest';
import { startAssists, type AssistEnv } from '../../components/content/assists';
import { registerAssists } from '../../components/content/assists/hub';
import type { PageDetection } from '../../lib/pages/types';

const env = {} as AssistEnv;
const on = (page: PageDetection['page']): PageDetection => ({ app: 'sales-insight-actions', page, host: 'toutapp.com' });

describe('in-page assists of a content script', () => {
  it('asks for a bundle once, when its page first shows, and not for pages no bundle serves', () => {
    const load = vi.fn();
    const assists = startAssists(env, load);
    assists.onPage(on('sia-settings'));
    assists.onPage(null);
    expect(load).not.toHaveBeenCalled();
    assists.onPage(on('sia-user-management'));
    assists.onPage(on('sia-settings-marketo'));
    assists.onPage(on('sia-user-management'));
    expect(load.mock.calls).toEqual([['csv-upload'], ['credentials-setup']]);
    assists.stop();
  });

  it('starts an injected bundle with the frame’s runtime once, and stops it with the frame', () => {
    const assists = startAssists(env, () => undefined);
    const stop = vi.fn();
    const assist = vi.fn(() => stop);
    registerAssists('csv-upload', [assist]);
    // A second injection (two requests raced) starts nothing new.
    registerAssists('csv-upload', [assist]);
    expect(assist.mock.calls).toEqual([[env]]);
    assists.stop();
    expect(stop).toHaveBeenCalledTimes(1);
    // After the guide stopped, a late bundle finds no runtime and starts nothing.
    registerAssists('csv-upload', [assist]);
    expect(assist).toHaveBeenCalledTimes(1);
  });
});
