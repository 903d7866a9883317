import AxeBuilder from '@axe-core/playwright';
import { test, expect, type ExtensionSession } from './fixtures';
import { callout } from './guide-helpers';

async function presenterOn(session: ExtensionSession, done: string[] = []) {
  const popup = await session.openPopup();
  for (const id of done) await popup.locator(`li[data-step="${id}"] button.mark-done`).click();
  await popup.getByRole('checkbox', { name: /Presenter mode/ }).check();
  await expect(popup.getByRole('checkbox', { name: /Presenter mode/ })).toBeChecked();
  await popup.close();
}

/** What is painted at the centre of an element: our overlay (masked) or the host's own element. */
const topmostAtCentre = (el: Element) => {
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit?.tagName.toLowerCase() ?? '';
};

test.describe('presenter mode', () => {
  test('masks Client ID and Client Secret on the Actions Config card, with a reveal per field', async ({ session }) => {
    await presenterOn(session, ['prereq-msi-enabled', 'prereq-salesforce-sync']);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1&state=invited&tab=actions#SI0A1');
    const values = page.locator('.x4-form-display-field.mkt-mono');
    const secret = 'Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u';
    const clientId = '3f2b8c1e-7a4d-4e9b-9c2a-5d8e1f0a6b73';
    await expect(page.locator('msi-guide-overlay [data-secret-mask]')).toHaveCount(2);
    const idField = values.filter({ hasText: clientId });
    const secretField = values.filter({ hasText: secret });
    for (const field of [idField, secretField]) {
      expect(await field.evaluate((el) => (el as HTMLElement).innerText)).toBe('');
      expect(await field.evaluate(topmostAtCentre)).toBe('msi-guide-overlay');
    }
    // The screenshot shows no value: no text of either is painted.
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(0);

    await page.locator('msi-guide-overlay [data-secret-mask="marketo.integration.client-secret"] button').click();
    await expect.poll(() => secretField.evaluate((el) => (el as HTMLElement).innerText)).toBe(secret);
    expect(await idField.evaluate((el) => (el as HTMLElement).innerText)).toBe('');
    await page.locator('msi-guide-overlay [data-secret-mask="marketo.integration.client-secret"] button').click();
    await expect.poll(() => secretField.evaluate((el) => (el as HTMLElement).innerText)).toBe('');
  });

  test('masks the Set Up tab fields in Sales Insight Actions', async ({ session }) => {
    await presenterOn(session);
    const page = await session.context.newPage();
    await page.goto('https://toutapp.com/next?reset=1#settings/admin/marketo');
    await page.getByRole('tab', { name: 'Set Up' }).click();
    const secretField = page.locator('input[name="clientSecret"]');
    const mask = page.locator('msi-guide-overlay [data-secret-mask="sia.marketo.setup.client-secret"]');
    await expect(page.locator('msi-guide-overlay [data-secret-mask]')).toHaveCount(2);
    expect(await secretField.evaluate(topmostAtCentre)).toBe('msi-guide-overlay');
    expect(await secretField.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    // The presenter reveals the field to paste, then hides it again.
    await mask.getByRole('button', { name: 'Reveal' }).click();
    await secretField.fill('Qm7ZkR2xVt9LpW4nHs8YcJ3dFg6BaE1u');
    await mask.getByRole('button', { name: 'Hide' }).click();
    expect(await secretField.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await secretField.evaluate(topmostAtCentre)).toBe('msi-guide-overlay');
  });

  test('larger callouts, a step strip that follows PageDown/PageUp, no automatic jumps; axe-clean', async ({ session }) => {
    await presenterOn(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
    const dialog = callout(page);
    await expect(dialog).toHaveAttribute('data-step', 'prereq-msi-enabled');
    expect(await dialog.evaluate((el) => getComputedStyle(el).width)).toBe('480px');
    const current = page.locator('msi-guide-overlay .strip [aria-current="step"]');
    await expect(current).toHaveText('P1');
    // The callout follows the page the presenter opens; within a page, the presenter moves the group.
    await page.locator('.mkt-main-nav button', { hasText: 'Admin' }).click();
    await expect(dialog).toHaveAttribute('data-target', 'marketo.admin-tree.sales-insight');
    await page.keyboard.press('PageDown');
    await expect(dialog).toHaveAttribute('data-target', 'marketo.sales-insight.actions-config-tab');
    await expect(current).toHaveText('P1');
    await page.keyboard.press('PageDown');
    await expect(current).toHaveText('P2');
    await page.keyboard.press('PageUp');
    await expect(current).toHaveText('P1');
    const results = await new AxeBuilder({ page }).include('msi-guide-overlay').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
  test('for a room: no text under 18 px, the page dimmed by at most 30 %, the strip never covered', async ({ session }) => {
    await presenterOn(session);
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
    const dialog = callout(page);
    await expect(dialog).toHaveAttribute('data-step', 'prereq-msi-enabled');
    const strip = page.locator('msi-guide-overlay .strip');
    await expect(strip).toBeVisible();
    // Every piece of text the room reads, in the callout and the strip.
    const smallest = await page.locator('msi-guide-overlay').evaluate((host) => {
      const sizes: number[] = [];
      for (const el of host.shadowRoot!.querySelectorAll('.callout *, .strip *')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (own && (el as HTMLElement).offsetParent !== null) sizes.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(18);
    const [card, bar] = [await dialog.boundingBox(), await strip.boundingBox()];
    const overlaps = card!.x < bar!.x + bar!.width && bar!.x < card!.x + card!.width && card!.y < bar!.y + bar!.height && bar!.y < card!.y + card!.height;
    expect(overlaps, 'the callout covers the step strip').toBe(false);

    // A white patch of the host page, away from the spotlight, as the room sees it under the dimming.
    await page.evaluate(() => {
      const patch = document.createElement('div');
      patch.style.cssText = 'position:fixed;left:0;bottom:0;width:40px;height:40px;background:#fff;z-index:99999';
      document.body.append(patch);
    });
    const shot = await page.screenshot({ clip: { x: 10, y: page.viewportSize()!.height - 30, width: 20, height: 20 } });
    const brightness = await page.evaluate(async (png) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4) / 255;
    }, shot.toString('base64'));
    expect(brightness).toBeGreaterThanOrEqual(0.7);
    expect(brightness, 'the page is dimmed at all').toBeLessThan(0.98);
  });

  test('forced colours draw the spotlight as an outline; reduced motion stops its transitions', async ({ session }) => {
    const page = await session.context.newPage();
    await page.goto('https://app-ab12.marketo.com/?reset=1#ML0A1');
    const spot = page.locator('msi-guide-overlay [data-spotlight]');
    await expect(spot).toBeAttached();
    expect(await spot.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toMatch(/^0s(, 0s)*$/);
    await page.emulateMedia({ forcedColors: 'active' });
    const outline = await spot.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    const moving = await page.locator('msi-guide-overlay').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('*')].filter((el) => !/^0s(, 0s)*$/.test(getComputedStyle(el).transitionDuration)).length,
    );
    expect(moving).toBe(0);
  });
});
