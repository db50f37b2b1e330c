// What every console spec does in the page: sign in, take screenshots, read notifications, and
// wait for something the worker does in the background.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS, type StaffMember } from './stack';

export async function signIn(page: Page, consoleUrl: string, who: StaffMember, expectMenuItem = 'Leads') {
  await page.goto(consoleUrl);
  await page.getByLabel('Work email').fill(who.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('menuitem', { name: expectMenuItem }).waitFor();
}

/** Full pages by default; dialogs as the viewport shows them (a full-page capture scrolls under them). */
export const screenshot = (page: Page, name: string, { fullPage = true } = {}) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });

export const notification = (page: Page, text: string | RegExp): Locator => page.locator('.MuiSnackbar-root').filter({ hasText: text });

export async function dismissNotifications(page: Page) {
  await page.keyboard.press('Escape').catch(() => undefined);
  await page
    .locator('.MuiSnackbar-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Polls `read` until `done(value)`; returns the last value (the caller asserts on it). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
