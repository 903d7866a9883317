import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../lib/apps';
import { STEP_IDS } from '../../lib/guide/types';

/** The README's "Where each step lives" table: a reader following it must land on the right files. */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const ROW = /^\| `([a-z-]+)` \| [^|]+ \| `(lib\/apps\/[a-z-]+\/)` \| `([a-z-]+\.ts)` \| `(public\/replicas\/[^`]+)` \|$/gm;
const rows = [...read('README.md').matchAll(ROW)].map(([, step, folder, stepsFile, replica]) => ({ step: step!, folder: folder!, stepsFile: stepsFile!, replica: replica! }));

describe('README: where each step lives', () => {
  it('lists every step once, in guide order', () => {
    expect(rows.map((r) => r.step)).toEqual([...STEP_IDS]);
  });

  it.each(rows)('$step: its folder is its app, its steps file defines it, its replica page serves it', ({ step, folder, stepsFile, replica }) => {
    expect(folder).toBe(`lib/apps/${GUIDE.find((s) => s.id === step)!.app}/`);
    expect(read(`${folder}${stepsFile}`)).toContain(`id: '${step}'`);
    expect(read(`${folder}page-texts.ts`)).toContain(`'${step}':`);
    expect(read(replica).split('\n')[0]).toMatch(new RegExp(`^// Steps served: .*\\b${step}\\b`));
  });
});
