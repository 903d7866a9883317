import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The three archives `npm run zip` makes, by role. */
export interface Archives {
  chrome: Buffer;
  firefox: Buffer;
  sources: Buffer;
}

/** Runs `npm run zip` into `outDir` (relative to the project) and reads the archives it wrote. */
export function zipInto(outDir: string): Archives {
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, env: { ...process.env, MSI_OUT_DIR: outDir }, stdio: 'ignore' });
  const zips = readdirSync(join(ROOT, outDir)).filter((name) => name.endsWith('.zip'));
  const pick = (suffix: string) => {
    const name = zips.find((zip) => zip.endsWith(`-${suffix}.zip`));
    if (!name) throw new Error(`npm run zip wrote no *-${suffix}.zip in ${outDir} (found: ${zips.join(', ')})`);
    return readFileSync(join(ROOT, outDir, name));
  };
  return { chrome: pick('chrome'), firefox: pick('firefox'), sources: pick('sources') };
}

/** The files of an archive, by path. */
export const filesOf = (zip: Buffer): Record<string, Uint8Array> => unzipSync(new Uint8Array(zip));

/** A JSON file inside an archive. */
export const jsonIn = (zip: Buffer, path: string): Record<string, unknown> => {
  const file = filesOf(zip)[path];
  if (!file) throw new Error(`${path} is not in the archive`);
  return JSON.parse(strFromU8(file)) as Record<string, unknown>;
};
