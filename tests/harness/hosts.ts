/**
 * The real hostnames the replicas stand in for, as Chromium host patterns. Chromium resolves all of them to
 * our loopback server (see resolverRules), so the production build's own manifest match patterns decide
 * where the content script runs. Which replica folder serves a host is `replicaFolderFor` (lib/practice/
 * address.ts), the same mapping the practice sandbox uses.
 */
export const REPLICA_HOST_NAMES: readonly string[] = [
  '*.marketo.com',
  'experience.adobe.com',
  'toutapp.com',
  '*.toutapp.com',
  '*.force.com',
  '*.salesforce.com',
  '*.salesforce-setup.com',
  // Marketo's identity endpoint; answered by the identity fake, not by files.
  '*.mktorest.com',
  // A site that is none of the apps (an attacker's, say); tests answer it with their own handler.
  'unrelated.example',
];

/**
 * Chromium's --host-resolver-rules value: every replica host to 127.0.0.1:port, and every other name
 * to nothing, so a test can never send traffic off this machine.
 */
export function resolverRules(port: number): string {
  const maps = REPLICA_HOST_NAMES.map((name) => `MAP ${name} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}
