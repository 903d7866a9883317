import type { ClassFile } from '../../lib/class-overview/read-file';
import type { RejectedFile } from '../../lib/class-overview/types';
import { MAX_REPORT_BYTES } from '../../lib/report/types';

/** The JSON files among `files`, read; too large or unreadable ones refused without holding their text. */
export async function readFiles(files: readonly File[]): Promise<{ read: ClassFile[]; refused: RejectedFile[] }> {
  const read: ClassFile[] = [];
  const refused: RejectedFile[] = [];
  const texts = await Promise.all(
    files.map(async (file) => {
      // The size is known before reading: a huge file is never loaded into memory.
      if (file.size > MAX_REPORT_BYTES) return { file, text: null, reason: 'too-large' as const };
      try {
        return { file, text: await file.text(), reason: null };
      } catch {
        return { file, text: null, reason: 'unreadable' as const };
      }
    }),
  );
  for (const { file, text, reason } of texts) {
    if (text !== null) read.push({ name: file.name, text });
    else refused.push({ file: file.name, reason: reason ?? 'unreadable' });
  }
  return { read, refused };
}

/** Everything under a dropped entry: a file, or a folder's files at any depth (a folder's worth of results). */
async function filesOf(entry: FileSystemEntry, inFolder = false): Promise<File[]> {
  if (entry.isFile) {
    // In a folder, only the JSON files: the rest of a folder is not handed-in work.
    if (inFolder && !/\.json$/i.test(entry.name)) return [];
    return new Promise((resolve) => (entry as FileSystemFileEntry).file((f) => resolve([f]), () => resolve([])));
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches (about 100 at a time in Chromium) until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  return (await Promise.all(entries.map((e) => filesOf(e, true)))).flat();
}

/** The files of a drop: dropped files as they are, dropped folders searched for `.json` files. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return Array.from(data.files ?? []);
  return (await Promise.all(entries.map((e) => filesOf(e)))).flat();
}
