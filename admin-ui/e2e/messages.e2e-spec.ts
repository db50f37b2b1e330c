// Messages in the browser: send a WhatsApp message from a lead's page and watch the worker hand
// it to the (local fake) Twilio API until the history shows it SENT; see a refusal (no phone)
// inline; schedule a message and cancel it, and see a 409 when it was cancelled meanwhile; log a
// call; write an SMS template with its live preview and segment count, refused (422) on the field
// until its variables are declared.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { dismissNotifications, eventually, notification, screenshot, signIn } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

type CreatedLead = { id: string; firstName: string; lastName: string };
let asha: CreatedLead;
let ravi: CreatedLead;

const ASHA_PHONE = '+919845077101';
const WHATSAPP_TEXT = 'Namaste Asha, your reports are ready at the front desk.';
const SCHEDULED_TEXT = 'Reminder: your cardiology follow-up is tomorrow at 10:30.';

const dialog = (): Locator => page.getByRole('dialog');
const messageRow = (text: string): Locator => page.locator('tbody tr').filter({ hasText: text });

async function latestMessage(leadId: string, channel: 'WHATSAPP' | 'SMS' | 'EMAIL') {
  return stack.prisma.cRMCommunication.findFirst({
    where: { hospitalId: stack.hospital.id, leadId, channel },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true },
  });
}

async function openLead(lead: CreatedLead) {
  await page.goto(`${stack.consoleUrl}#/leads/${lead.id}/show`);
  await page.getByTestId('lead-show').waitFor();
}

async function openSendDialog(lead: CreatedLead) {
  await openLead(lead);
  await page.getByRole('button', { name: 'Send message' }).click();
  await dialog().getByText(`Send a message to ${lead.firstName} ${lead.lastName}`).waitFor();
}

/** The status chip of a message's row, re-read after each reload until it reaches `status`. */
async function rowStatusBecomes(text: string, status: string): Promise<string | null> {
  return eventually(
    async () => {
      await page.reload();
      await messageRow(text).waitFor();
      return messageRow(text).locator('[data-status]').first().getAttribute('data-status');
    },
    (value) => value === status,
    45_000,
    1_000,
  );
}

describe('console: messages and templates', () => {
  beforeAll(async () => {
    stack = await startStack();
    asha = await stack.api<CreatedLead>('POST', '/crm/leads', {
      firstName: 'Asha',
      lastName: 'Rao',
      phone: ASHA_PHONE,
      email: 'asha.rao@example.in',
      source: 'WEBSITE',
      interestedIn: ['Cardiology'],
    });
    ravi = await stack.api<CreatedLead>('POST', '/crm/leads', { firstName: 'Ravi', lastName: 'Menon', email: 'ravi.menon@example.in', source: 'WALK_IN' });
    ({ context, page } = await stack.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  it('signs in as the hospital admin', async () => {
    await signIn(page, stack.consoleUrl, stack.admin);
    await page.getByRole('menuitem', { name: 'Communications' }).waitFor();
    await page.getByRole('menuitem', { name: 'Templates' }).waitFor();
  });

  it('shows an empty history before anything was sent', async () => {
    await page.goto(`${stack.consoleUrl}#/communications`);
    await page.getByTestId('communications-empty').getByText('No messages yet').waitFor();
  });

  it('sends a WhatsApp message from the lead page; the worker sends it and the history shows it SENT', async () => {
    await openSendDialog(asha);
    await dialog().getByText(`To ${ASHA_PHONE}`).waitFor();
    await expect(dialog().getByRole('button', { name: 'WhatsApp' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await dialog().getByRole('textbox', { name: 'Message' }).fill(WHATSAPP_TEXT);
    await screenshot(page, 'send-message', { fullPage: false });
    await dialog().getByRole('button', { name: 'Send', exact: true }).click();
    await notification(page, 'WhatsApp message to Asha Rao queued: it is on its way').waitFor();
    await dialog().waitFor({ state: 'detached' });

    await page.goto(`${stack.consoleUrl}#/communications`);
    await expect(rowStatusBecomes(WHATSAPP_TEXT.slice(0, 40), 'SENT')).resolves.toBe('SENT');
    const row = await latestMessage(asha.id, 'WHATSAPP');
    expect(row?.status).toBe('SENT');

    // it really went out through the Twilio Messages API (the local fake), to the lead's number
    const fake = process.env.TWILIO_API_BASE_URL;
    if (fake) {
      const sent = (await (await fetch(`${fake}/__fake/messages?to=${encodeURIComponent(ASHA_PHONE)}`)).json()) as {
        messages: Array<{ params: { Body?: string } }>;
      };
      expect(sent.messages.map((m) => m.params.Body)).toContain(WHATSAPP_TEXT);
    }
    await screenshot(page, 'communications-list');

    await messageRow(WHATSAPP_TEXT.slice(0, 40)).click();
    await page.getByTestId('communication-show').waitFor();
    await expect(page.getByTestId('message-status').getAttribute('data-status')).resolves.toBe('SENT');
    await page.getByTestId('delivery-steps').getByText('Handed to the provider').waitFor();
    await page.getByTestId('message-body').getByText(WHATSAPP_TEXT).waitFor();
    await screenshot(page, 'communication-show');
  });

  it("shows the server's refusal inline when the lead has no phone", async () => {
    await openSendDialog(ravi);
    await dialog().getByRole('button', { name: 'SMS' }).click();
    await dialog().getByText('This lead has no phone number').waitFor();
    await dialog().getByRole('textbox', { name: 'Message' }).fill('Your appointment is confirmed.');
    await dialog().getByRole('button', { name: 'Send', exact: true }).click();
    const refusal = dialog().getByTestId('send-refusal');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/no phone/i);
    await screenshot(page, 'send-message-refused', { fullPage: false });
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(stack.prisma.cRMCommunication.count({ where: { leadId: ravi.id } })).resolves.toBe(0);
  });

  it('schedules a message for later and cancels it; the workflow confirms the cancellation', async () => {
    await dismissNotifications(page);
    await openSendDialog(asha);
    await dialog().getByRole('textbox', { name: 'Message' }).fill(SCHEDULED_TEXT);
    await dialog().getByRole('radio', { name: 'Schedule for later' }).check();
    await expect(dialog().getByLabel('Send at').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await dialog().getByRole('button', { name: 'Schedule', exact: true }).click();
    await notification(page, /WhatsApp message scheduled for/).waitFor();

    await page.goto(`${stack.consoleUrl}#/communications`);
    const row = messageRow(SCHEDULED_TEXT.slice(0, 40));
    await row.waitFor();
    await expect(row.locator('[data-status]').first().getAttribute('data-status')).resolves.toBe('SCHEDULED');
    await row.click();
    await page.getByTestId('communication-show').waitFor();
    await screenshot(page, 'communication-scheduled');

    await page.getByRole('button', { name: 'Cancel sending' }).click();
    await dialog().getByText('Cancel this message?').waitFor();
    await dialog().getByRole('button', { name: 'Cancel the message' }).click();
    await page.getByTestId('message-answer').getByText('The sending workflow confirmed it: the message is now Cancelled and will not be sent.').waitFor();
    await eventually(
      () => page.getByTestId('message-status').getAttribute('data-status'),
      (status) => status === 'CANCELLED',
    );
    await expect(page.getByRole('button', { name: 'Cancel sending' }).count()).resolves.toBe(0);
    const stored = await stack.prisma.cRMCommunication.findFirstOrThrow({ where: { leadId: asha.id, status: 'CANCELLED' }, select: { cancelledAt: true } });
    expect(stored.cancelledAt).not.toBeNull();
    await screenshot(page, 'communication-cancelled');
  });

  it('shows the 409 when the message was cancelled elsewhere in the meantime', async () => {
    const sendAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const message = await stack.api<{ id: string }>('POST', '/crm/communications/schedule', {
      channel: 'SMS',
      leadId: asha.id,
      body: 'Your report is ready.',
      sendAt,
    });
    await page.goto(`${stack.consoleUrl}#/communications/${message.id}/show`);
    await page.getByRole('button', { name: 'Cancel sending' }).waitFor();
    await stack.api('POST', `/crm/communications/${message.id}/cancel`);

    await page.getByRole('button', { name: 'Cancel sending' }).click();
    await dialog().getByRole('button', { name: 'Cancel the message' }).click();
    const answer = page.getByTestId('message-answer');
    await answer.getByText(/^Not changed: This message is cancelled and can no longer be cancelled or rescheduled/).waitFor();
    await screenshot(page, 'communication-conflict');
  });

  it('logs a phone call on the lead, which shows on its timeline', async () => {
    await dismissNotifications(page);
    await openLead(ravi);
    await page.getByRole('button', { name: 'Log a call or visit' }).click();
    await dialog().getByRole('textbox', { name: 'Outcome' }).fill('Wants an evening slot next week');
    await dialog().getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('4');
    await dialog().getByRole('button', { name: 'They reached us' }).click();
    await screenshot(page, 'log-call', { fullPage: false });
    await dialog().getByRole('button', { name: 'Log it' }).click();
    await notification(page, 'Phone call logged on Ravi Menon’s timeline').waitFor();
    await page.getByTestId('lead-timeline').getByText('Wants an evening slot next week').waitFor();
    const logged = await stack.prisma.cRMCommunication.findFirstOrThrow({
      where: { leadId: ravi.id },
      select: { status: true, direction: true, durationSeconds: true, channel: true },
    });
    expect(logged).toEqual({ status: 'LOGGED', direction: 'INBOUND', durationSeconds: 240, channel: 'PHONE_CALL' });
  });

  it('writes an SMS template with a live preview and segment count; undeclared variables are refused on the field', async () => {
    await dismissNotifications(page);
    await page.goto(`${stack.consoleUrl}#/templates`);
    await page.getByTestId('templates-empty').waitFor();
    await page.goto(`${stack.consoleUrl}#/templates/create`);
    await page.getByRole('textbox', { name: 'Name' }).fill('Appointment reminder');
    await expect(page.getByRole('radio', { name: 'SMS' }).isChecked()).resolves.toBe(true);
    const content = page.getByRole('textbox', { name: 'Text' });
    await content.fill('Hi {{firstName}}, {{doctorName}} will see you at {{slot}} at {{hospitalName}}. Reply C to confirm.');

    const panel = page.getByTestId('template-preview-panel');
    await expect(panel.getByTestId('template-preview-source').textContent()).resolves.toBe('Not saved yet: rendered here');
    // {{slot}} has no sample value: the preview names it instead of rendering a blank
    await panel.getByTestId('template-preview-missing').getByText('{{slot}}').waitFor();
    await panel.getByRole('textbox', { name: 'slot' }).fill('10:30 tomorrow');
    const expected = 'Hi Asha, Dr. Mehta will see you at 10:30 tomorrow at City General Hospital. Reply C to confirm.';
    await panel.getByTestId('template-preview-body').getByText(expected).waitFor();
    const segments = panel.getByTestId('sms-segments').first();
    await expect(segments.textContent()).resolves.toBe(`With the sample values · ${expected.length} characters · 1 segment (GSM-7, 160 per segment)`);
    await screenshot(page, 'template-create');

    // saved as written, the server refuses the undeclared variables and says so on the text field
    await page.getByRole('button', { name: 'Save' }).click();
    const contentField = page.locator('.ra-input-content');
    await contentField.getByText(/\{\{firstName\}\} at content line 1, column 4 is not a declared variable/).waitFor();
    await expect(contentField.textContent()).resolves.toContain('{{slot}} at content line 1, column 50 is not a declared variable');
    await screenshot(page, 'template-refused');
    await expect(stack.prisma.cRMTemplate.count({ where: { hospitalId: stack.hospital.id } })).resolves.toBe(0);

    await page.getByRole('button', { name: 'List the 4 variables the text uses' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await notification(page, 'Template Appointment reminder saved').waitFor();
    // saved: the edit page (its screen loads on first visit) previews from the server, rendered exactly as a send would
    await panel
      .getByTestId('template-preview-source')
      .filter({ hasText: /^Rendered by the server$/ })
      .waitFor();
    await panel.getByRole('textbox', { name: 'slot' }).fill('10:30 tomorrow');
    await panel
      .getByTestId('template-preview-body')
      .getByText(`Hi Asha, Dr. Mehta will see you at 10:30 tomorrow at ${stack.hospital.name}. Reply C to confirm.`)
      .waitFor();
    await screenshot(page, 'template-edit');
    const template = await stack.prisma.cRMTemplate.findFirstOrThrow({
      where: { hospitalId: stack.hospital.id },
      select: { channel: true, variables: true, subject: true },
    });
    expect(template).toEqual({ channel: 'SMS', variables: ['firstName', 'doctorName', 'slot', 'hospitalName'], subject: null });

    await page.goto(`${stack.consoleUrl}#/templates`);
    await page.locator('tbody tr').filter({ hasText: 'Appointment reminder' }).waitFor();
    await screenshot(page, 'templates-list');
  });

  it('says so, with a retry, when the history cannot be loaded', async () => {
    const unavailable = /\/api\/v1\/crm\/communications\?/;
    await page.route(unavailable, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is not answering' } }),
      }),
    );
    try {
      await page.goto(`${stack.consoleUrl}#/communications`);
      await page.reload();
      await page.getByTestId('list-error').getByText('This list could not be loaded: The database is not answering').waitFor();
    } finally {
      await page.unroute(unavailable);
    }
    await page.getByTestId('list-error').getByRole('button', { name: 'Try again' }).click();
    await messageRow(WHATSAPP_TEXT.slice(0, 40)).waitFor();
  });

  it('raised no uncaught errors in the page', () => {
    expect(browserErrors).toEqual([]);
  });
});
