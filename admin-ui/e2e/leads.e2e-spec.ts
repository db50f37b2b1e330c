// Leads in the browser: sign in, create a lead through the form, work it on the Kanban board with
// the keyboard (the reliable way to drag with @hello-pangea/dnd headless), see the board refuse
// what the pipeline forbids, and convert a lead from its page.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { seedDemoPipeline, type DemoPipeline } from './support/demoLeads';
import { SCREENSHOTS, startStack, type Stack } from './support/stack';

let stack: Stack;
let context: BrowserContext;
let page: Page;
let demo: DemoPipeline;
const browserErrors: string[] = [];

const NEW_LEAD = { firstName: 'Meera', lastName: 'Iyer', phone: '+91 98450 22334', email: 'meera.iyer@example.in' };
const NEW_LEAD_NAME = `${NEW_LEAD.firstName} ${NEW_LEAD.lastName}`;

const column = (status: string): Locator => page.getByTestId(`kanban-column-${status}`);
const card = (name: string): Locator => page.getByTestId('lead-card').filter({ hasText: name });
const cardIn = (status: string, name: string): Locator => column(status).getByTestId('lead-card').filter({ hasText: name });
const notification = (text: string | RegExp): Locator => page.locator('.MuiSnackbar-root').filter({ hasText: text });

/** Full pages by default; dialogs as the viewport shows them (a full-page capture scrolls under them). */
const screenshot = (name: string, { fullPage = true } = {}) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });

async function statusInDb(leadName: string): Promise<string> {
  const [firstName, ...rest] = leadName.split(' ');
  const lead = await stack.prisma.cRMLead.findFirstOrThrow({
    where: { hospitalId: stack.hospital.id, firstName, lastName: rest.join(' '), deletedAt: null },
    select: { status: true },
  });
  return lead.status;
}

async function openBoard() {
  await page.goto(`${stack.consoleUrl}#/leads`);
  await page.getByRole('button', { name: 'Board' }).click();
  await page.getByTestId('lead-kanban').waitFor();
}

/**
 * Moves a card with @hello-pangea/dnd's keyboard sensor: focus the handle, space to lift, arrows
 * to move (left/right change column), space to drop. Pauses let each step's animation settle.
 */
async function keyboardDrag(name: string, keys: string[]) {
  const handle = card(name);
  await handle.scrollIntoViewIfNeeded();
  await handle.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(250);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  await page.keyboard.press('Space');
  await page.waitForTimeout(400);
}

async function dismissNotifications() {
  await page.keyboard.press('Escape').catch(() => undefined);
  await page
    .locator('.MuiSnackbar-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

describe('console: leads', () => {
  beforeAll(async () => {
    stack = await startStack();
    demo = await seedDemoPipeline(stack);
    ({ context, page } = await stack.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  it('signs in with the hospital account', async () => {
    await page.goto(stack.consoleUrl);
    await page.getByLabel('Work email').fill(stack.admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(stack.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Leads' }).waitFor();
  });

  it('creates a lead through the form and finds it in the New column', async () => {
    await page.goto(`${stack.consoleUrl}#/leads/create`);
    await page.getByRole('textbox', { name: 'First name' }).fill(NEW_LEAD.firstName);
    await page.getByRole('textbox', { name: 'Last name' }).fill(NEW_LEAD.lastName);

    // the form checks the phone before the API does
    await page.getByRole('textbox', { name: 'Phone' }).fill('12ab');
    await page.getByRole('textbox', { name: 'Email' }).click();
    await page.getByText('Enter a phone number: 6 to 15 digits').waitFor();
    await page.getByRole('textbox', { name: 'Phone' }).fill(NEW_LEAD.phone);
    await page.getByRole('textbox', { name: 'Email' }).fill(NEW_LEAD.email);

    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Phone call' }).click();
    const interests = page.getByRole('combobox', { name: 'Interested in' });
    await interests.fill('Cardiology');
    await interests.press('Enter');
    await interests.fill('Diagnostics');
    await interests.press('Enter');
    await screenshot('lead-create');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByTestId('lead-name').textContent({ timeout: 15_000 })).resolves.toBe(NEW_LEAD_NAME);
    await openBoard();
    await cardIn('NEW', NEW_LEAD_NAME).waitFor();
    await expect(cardIn('NEW', NEW_LEAD_NAME).count()).resolves.toBe(1);
  });

  async function submitDuplicate(lastName: string) {
    await page.goto(`${stack.consoleUrl}#/leads/create`);
    await page.getByRole('textbox', { name: 'First name' }).fill('Meera');
    await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
    await page.getByRole('textbox', { name: 'Phone' }).fill(NEW_LEAD.phone);
    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Walk-in' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const message = page.getByTestId('duplicate-message');
    await message.waitFor();
    return message;
  }

  it('warns about an open duplicate and offers to open it', async () => {
    const message = await submitDuplicate('I.');
    await screenshot('lead-duplicate', { fullPage: false });
    await expect(message.textContent()).resolves.toMatch(/^An open lead LD-.+ already has this phone\/email\.$/);
    // a conflict is not a form error
    await expect(notification('The form is not valid').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Open it' }).click();
    await expect(page.getByTestId('lead-name').textContent({ timeout: 15_000 })).resolves.toBe(NEW_LEAD_NAME);
  });

  it('creates the duplicate anyway when asked to', async () => {
    await submitDuplicate('Iyengar');
    await page.getByRole('button', { name: 'Create anyway' }).click();
    await expect(page.getByTestId('lead-name').textContent({ timeout: 15_000 })).resolves.toBe('Meera Iyengar');
    await expect(stack.prisma.cRMLead.count({ where: { hospitalId: stack.hospital.id, phone: '+919845022334' } })).resolves.toBe(2);
  });

  it('drags the new lead to Qualified with the keyboard, and the move survives a reload', async () => {
    await openBoard();
    await keyboardDrag(NEW_LEAD_NAME, ['ArrowRight', 'ArrowRight']);
    await cardIn('QUALIFIED', NEW_LEAD_NAME).waitFor();
    await notification(`${NEW_LEAD_NAME} moved to Qualified`).waitFor();
    await expect(statusInDb(NEW_LEAD_NAME)).resolves.toBe('QUALIFIED');

    await page.reload();
    await page.getByTestId('lead-kanban').waitFor();
    await cardIn('QUALIFIED', NEW_LEAD_NAME).waitFor();
    await expect(cardIn('NEW', NEW_LEAD_NAME).count()).resolves.toBe(0);
    await screenshot('leads-kanban');
  });

  it('refuses to reopen a lost lead straight into Qualified, without calling the API', async () => {
    await dismissNotifications();
    const lost = 'Karan Singh';
    await cardIn('LOST', lost).waitFor();
    const before = await stack.prisma.cRMLead.findUniqueOrThrow({ where: { id: demo.byName[lost].id }, select: { status: true, updatedAt: true } });

    await keyboardDrag(lost, ['ArrowLeft', 'ArrowLeft', 'ArrowLeft']);
    await notification('A lost lead re-opens as New or Contacted first; it cannot go straight to Qualified.').waitFor();
    await cardIn('LOST', lost).waitFor();
    await expect(cardIn('QUALIFIED', lost).count()).resolves.toBe(0);
    const after = await stack.prisma.cRMLead.findUniqueOrThrow({ where: { id: demo.byName[lost].id }, select: { status: true, updatedAt: true } });
    expect(after).toEqual(before);
    await screenshot('leads-kanban-refused');
  });

  it('refuses a drop on Converted and points to the Convert action', async () => {
    await dismissNotifications();
    await keyboardDrag(NEW_LEAD_NAME, ['ArrowRight', 'ArrowRight']);
    await notification('Converting creates a patient record, so it is not a drag: open the lead and use "Convert to patient".').waitFor();
    await cardIn('QUALIFIED', NEW_LEAD_NAME).waitFor();
    await expect(cardIn('CONVERTED', NEW_LEAD_NAME).count()).resolves.toBe(0);
    await expect(statusInDb(NEW_LEAD_NAME)).resolves.toBe('QUALIFIED');
  });

  it('asks for a reason before a lead is dropped into Lost', async () => {
    await dismissNotifications();
    const lead = "Joseph D'Souza";
    await keyboardDrag(lead, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Why was ${lead} lost?`).waitFor();
    await screenshot('leads-kanban-lost-reason', { fullPage: false });
    await expect(cardIn('NEW', lead).count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Could not be reached' }).click();
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await cardIn('LOST', lead).waitFor();
    await notification(`${lead} moved to Lost`).waitFor();
    await expect(statusInDb(lead)).resolves.toBe('LOST');
  });

  it('shows the same leads as a table', async () => {
    await dismissNotifications();
    await page.getByRole('button', { name: 'List' }).click();
    const rows = page.locator('tbody tr');
    await rows.filter({ hasText: NEW_LEAD_NAME }).waitFor();
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(10);
    await screenshot('leads-list');

    // search narrows the table
    await page.getByPlaceholder('Search name, phone or email').fill('fatima');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await expect(rows.first().textContent()).resolves.toContain('Fatima Khan');
    await page.getByPlaceholder('Search name, phone or email').fill('');
    await page.getByRole('button', { name: 'Board' }).click();
  });

  it('says so when a search matches more leads than the server counts', async () => {
    // Written as an import would, straight to the database, and removed again below.
    const bulk = Array.from({ length: 1_001 }, (_, i) => ({
      hospitalId: stack.hospital.id,
      leadNumber: `LD-${stack.hospital.code}-BULK${i}`,
      firstName: 'Bulkfind',
      lastName: `Row${i}`,
      source: 'WEBSITE' as const,
    }));
    await stack.prisma.cRMLead.createMany({ data: bulk });
    try {
      await page.getByRole('button', { name: 'List' }).click();
      await page.getByPlaceholder('Search name, phone or email').fill('bulkfind');
      await page.getByText('1-25 of 1,000+').waitFor();
      await page.getByPlaceholder('Search name, phone or email').fill('');
      await page.getByText('1-25 of 1,000+').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Board' }).click();
    } finally {
      await stack.prisma.cRMLead.deleteMany({ where: { hospitalId: stack.hospital.id, firstName: 'Bulkfind' } });
    }
  });

  it('converts a lead to a patient from its page and shows the MRN', async () => {
    await openBoard();
    await card(NEW_LEAD_NAME).click();
    await page.getByTestId('lead-show').waitFor();
    await page.getByTestId('lead-timeline').getByText('Status changed').first().waitFor();
    await screenshot('lead-show');

    await page.getByRole('button', { name: 'Convert to patient' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Convert ${NEW_LEAD_NAME} to a patient?`).waitFor();
    await dialog.getByRole('button', { name: 'Convert to patient' }).click();
    await dialog.getByTestId('convert-done').getByText('Converted').waitFor();
    const mrn = (await dialog.getByTestId('patient-mrn').textContent())?.trim() ?? '';
    expect(mrn).toMatch(/^CRM-LD-/);
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.getByTestId('converted-banner').getByText(`Patient ${mrn}`, { exact: false }).waitFor();
    await expect(page.getByTestId('lead-status').textContent()).resolves.toBe('Converted');
    await expect(page.getByRole('button', { name: 'Convert to patient' }).count()).resolves.toBe(0);
    const lead = await stack.prisma.cRMLead.findFirstOrThrow({
      where: { hospitalId: stack.hospital.id, firstName: NEW_LEAD.firstName, lastName: NEW_LEAD.lastName },
      select: { status: true, convertedToPatient: { select: { mrn: true } } },
    });
    expect(lead).toEqual({ status: 'CONVERTED', convertedToPatient: { mrn } });
    await screenshot('lead-show-converted');
  });

  it('keeps working when the tags module does not answer', async () => {
    // Tags are their own module, deployed separately: a 404 must not break the lead page.
    await page.route('**/api/v1/crm/tags**', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ success: false, error: { code: 'NOT_FOUND', message: 'Cannot GET /api/v1/crm/tags' } }),
      }),
    );
    try {
      await page.goto(`${stack.consoleUrl}#/leads/${demo.byName['Arjun Mehta'].id}/show`);
      await page.reload(); // a hash change keeps the page and its cached tags; start afresh
      const tags = page.getByTestId('lead-tags');
      await tags.getByText('Tags cannot be changed right now.').waitFor();
      if (demo.tagsAvailable) await tags.getByText('VIP').waitFor();
      await page.getByTestId('lead-score-card').waitFor();
      await page.getByTestId('lead-timeline').getByText('Status changed').first().waitFor();
    } finally {
      await page.unroute('**/api/v1/crm/tags**');
    }
  });

  it('raised no uncaught errors in the page', () => {
    expect(browserErrors).toEqual([]);
  });
});
