import { EXPERIENCE_CLOUD_HOST } from '../hosts';
/**
 * The practice sandbox shows the replica apps inside the extension: a replica frame's URL is
 * `<extension>/replicas/<folder>/index.html?practice=<real-app URL without hash>#<hash>`. The real-app URL
 * ("address") is what the guide sees as the page's URL, so detection, locators and completion rules run
 * exactly as on the live apps. The replicas' own side of this contract is public/replicas/shared/place.js.
 */

/** The query parameter that carries the address of the real page a replica frame stands for. */
export const PRACTICE_PARAM = 'practice';
/** Where the replicas live in the extension package (copied from public/). */
export const REPLICAS_PATH = '/replicas/';
/** The sandbox page itself. */
export const PRACTICE_PAGE_PATH = '/practice.html';
/** The id of the sandbox's address bar (Ctrl+L in a practice screen focuses it). */
export const ADDRESS_INPUT_ID = 'practice-address';

/**
 * The folder under /replicas/ that replicates a host, or null when no replica stands for it.
 * The replica server on the real hostnames uses it too; place.js mirrors it for the replicas themselves.
 */
export function replicaFolderFor(hostname: string): string | null {
  const host = hostname.toLowerCase();
  if (host.endsWith('.marketo.com')) return 'marketo';
  if (host === EXPERIENCE_CLOUD_HOST) return 'experience';
  if (host === 'toutapp.com' || host.endsWith('.toutapp.com')) return 'sales-insight-actions';
  if (/\.(force\.com|salesforce\.com|salesforce-setup\.com)$/.test(host)) return 'salesforce';
  return null;
}

/** The real-app address a replica frame URL stands for (hash included), or null for any other URL. */
export function practiceAddressOf(frameHref: string): string | null {
  let url: URL;
  try {
    url = new URL(frameHref);
  } catch {
    return null;
  }
  const address = url.pathname.startsWith(REPLICAS_PATH) ? url.searchParams.get(PRACTICE_PARAM) : null;
  if (!address) return null;
  try {
    const real = new URL(address);
    if (real.protocol !== 'https:') return null;
    real.hash = url.hash;
    return real.href;
  } catch {
    return null;
  }
}

/** The replica frame URL for a real-app address under the extension's origin, or null when no replica stands for it. */
export function practiceFrameUrl(address: string, extensionOrigin: string): string | null {
  let real: URL;
  try {
    real = new URL(address);
  } catch {
    return null;
  }
  const folder = real.protocol === 'https:' ? replicaFolderFor(real.hostname) : null;
  if (!folder) return null;
  const hash = real.hash;
  real.hash = '';
  const frame = new URL(`${REPLICAS_PATH}${folder}/index.html`, extensionOrigin);
  frame.searchParams.set(PRACTICE_PARAM, real.href);
  frame.hash = hash;
  return frame.href;
}
