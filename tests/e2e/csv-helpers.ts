import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { checkCsv, type CsvCheckResult } from '../../lib/csv';

/** The CSV corpus of the unit tests. */
export const CORPUS = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));

/** What the checker itself says about a corpus file: the e2e tests compare the extension's output with it. */
export function expectedCheck(name: string, locale: 'en' | 'de' = 'en'): CsvCheckResult {
  return checkCsv(new Uint8Array(readFileSync(CORPUS + name)), { name, locale });
}

/** The e-mail column (first, in the cleaned file) of a cleaned CSV. */
export function cleanedEmails(cleanedCsv: string): string[] {
  const rows = Papa.parse<string[]>(cleanedCsv, { delimiter: ',' }).data;
  return rows.slice(1).map((r) => r[0]!);
}

/** User Management with the "Invite Users via CSV" dialog open; returns the dialog's file input. */
export async function openCsvDialog(page: Page, lang: 'en' | 'de' = 'en'): Promise<Locator> {
  await page.goto(`https://toutapp.com/next?reset=1&delay=0&lang=${lang}#settings/admin/user-management`);
  // The guide's callout may sit over the Actions button (it guides whatever step is next); this test is
  // about the CSV check, so it clicks the host's controls directly.
  await page.locator('.toolbar').getByRole('button', { name: lang === 'de' ? 'Aktionen' : 'Actions' }).dispatchEvent('click');
  await page.getByRole('menuitem', { name: lang === 'de' ? 'Benutzer über CSV einladen' : 'Invite Users via CSV' }).dispatchEvent('click');
  return page.locator('.dialog input[type="file"]');
}

/** The CSV check panel beside the upload (in our overlay's shadow root). */
export const csvPanel = (page: Page) => page.locator('msi-guide-overlay [data-csv-check]');

/** The name of the file the host's input holds now. */
export const chosenName = (input: Locator) => input.evaluate((el: HTMLInputElement) => el.files?.[0]?.name ?? null);
