import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_ID } from '../../lib/firefox-id';
import { MANAGED_SCHEMA_FILE } from '../../lib/policy/managed-schema';
import { POLICY_KEYS } from '../../lib/policy/schema';
import { filesOf, jsonIn, ROOT, zipInto, type Archives } from './archives';

/** The permissions README's "Permissions" table documents: the first cell of each row, in backticks. */
function documentedPermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /\n## Permissions\n([\s\S]*?)(?=\n## )/.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

const OUT = ['.out-zip-a', '.out-zip-b'];
let first: Archives;
let second: Archives;

beforeAll(() => {
  first = zipInto(OUT[0]!);
  second = zipInto(OUT[1]!);
});
afterAll(() => {
  for (const dir of OUT) rmSync(join(ROOT, dir), { recursive: true, force: true });
});

describe('npm run zip', () => {
  it('builds the same bytes twice: Chrome package, Firefox package and sources', () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const) expect(first[kind].equals(second[kind]), kind).toBe(true);
  });

  it('gives both browsers a Manifest V3 package with exactly the documented permissions', () => {
    const documented = documentedPermissions().sort();
    expect(documented.length).toBeGreaterThan(3);
    for (const kind of ['chrome', 'firefox'] as const) {
      const manifest = jsonIn(first[kind], 'manifest.json');
      expect(manifest.manifest_version, kind).toBe(3);
      const declared = [manifest.permissions, manifest.host_permissions, manifest.optional_host_permissions].flatMap((list) => (list as string[] | undefined) ?? []);
      expect(declared.sort(), kind).toEqual(documented);
    }
  });

  it('runs no remote code: no remote script, no content security policy that would allow one', () => {
    for (const kind of ['chrome', 'firefox'] as const) {
      const files = filesOf(first[kind]);
      expect(jsonIn(first[kind], 'manifest.json').content_security_policy, kind).toBeUndefined();
      for (const [path, bytes] of Object.entries(files)) {
        const text = path.endsWith('.html') || path.endsWith('.js') ? strFromU8(bytes) : '';
        expect(text, `${kind}:${path}`).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
        expect(text, `${kind}:${path}`).not.toMatch(/\bimport(?:Scripts)?\(\s*["'`](?:https?:)?\/\//);
        expect(text, `${kind}:${path}`).not.toMatch(/\bimport\s*(?:[\w{},*\s]+from\s*)?["'](?:https?:)?\/\//);
      }
    }
  });

  it('names the Firefox extension by its fixed id, declares no data collection, and ships Chrome its managed schema', () => {
    const firefox = jsonIn(first.firefox, 'manifest.json');
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: FIREFOX_EXTENSION_ID, data_collection_permissions: { required: ['none'] } } });
    expect(firefox.storage).toBeUndefined();
    const chrome = jsonIn(first.chrome, 'manifest.json');
    expect(chrome.storage).toEqual({ managed_schema: MANAGED_SCHEMA_FILE });
    const schema = jsonIn(first.chrome, MANAGED_SCHEMA_FILE) as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('puts in the sources archive what the build needs, and no tests, outputs or dependencies', () => {
    const paths = Object.keys(filesOf(first.sources));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md', 'entrypoints/background/index.ts']) expect(paths).toContain(needed);
    expect(paths.filter((path) => /^(tests|node_modules|\.output|\.out-)/.test(path))).toEqual([]);
  });
});
