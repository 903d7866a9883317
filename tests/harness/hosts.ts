/**
 * The real hostnames the replicas stand in for, and the folder under public/replicas/ that serves each.
 * public/replicas/shared/place.js maps hosts to folders the same way (folderForHost) for the practice sandbox.
 * Chromium resolves all of them to our loopback server (see resolverRules), so the production build's
 * own manifest match patterns decide where the content script runs.
 */
export const REPLICA_HOSTS: ReadonlyArray<{ pattern: RegExp; folder: string; resolve: string[] }> = [
  { pattern: /\.marketo\.com$/, folder: 'marketo', resolve: ['*.marketo.com'] },
  { pattern: /^experience\.adobe\.com$/, folder: 'experience', resolve: ['experience.adobe.com'] },
  { pattern: /(^|\.)toutapp\.com$/, folder: 'sales-insight-actions', resolve: ['toutapp.com', '*.toutapp.com'] },
  {
    pattern: /\.(force\.com|salesforce\.com|salesforce-setup\.com)$/,
    folder: 'salesforce',
    resolve: ['*.force.com', '*.salesforce.com', '*.salesforce-setup.com'],
  },
  // Marketo's identity endpoint; answered by the identity fake, not by files.
  { pattern: /\.mktorest\.com$/, folder: '', resolve: ['*.mktorest.com'] },
];

/**
 * Chromium's --host-resolver-rules value: every replica host to 127.0.0.1:port, and every other name
 * to nothing, so a test can never send traffic off this machine.
 */
export function resolverRules(port: number): string {
  const maps = REPLICA_HOSTS.flatMap((h) => h.resolve).map((name) => `MAP ${name} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}
