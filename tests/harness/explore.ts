// Scratch: open a URL with the extension and take a screenshot. Usage: tsx tests/harness/explore.ts URL out.png
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser';
import { startReplicaServer } from './replica-server';

const server = await startReplicaServer();
const { context } = await launchWithExtension({ userDataDir: await mkdtemp(join(tmpdir(), 'x-')), port: server.port });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(process.argv[2]!);
await page.waitForTimeout(Number(process.argv[4] ?? 3000));
await page.screenshot({ path: process.argv[3]! });
console.log(await page.locator('msi-guide-overlay').evaluate((el) => el.shadowRoot?.innerHTML.slice(0, 1500)));
await context.close();
await server.close();
