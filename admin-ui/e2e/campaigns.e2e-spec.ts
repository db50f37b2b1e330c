// Campaigns in the browser: build a WhatsApp campaign to a few tagged leads, watch the live
// recipient count, launch it and follow the control room until the worker has sent to every
// recipient through the (local fake) Twilio API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { dismissNotifications, eventually, notification, screenshot, signIn } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

const TAG = 'diabetes-camp';
const TEMPLATE = 'Diabetes camp invite';
const CAMPAIGN = 'Diabetes screening camp';
const TAGGED = [
  { firstName: 'Meera', lastName: 'Iyer', phone: '+919845077201' },
  { firstName: 'Kiran', lastName: 'Shah', phone: '+919845077202' },
  { firstName: 'Farah', lastName: 'Khan', phone: '+919845077203' },
];

/** A datetime-local value `days` ahead, in the browser's (this machine's) zone. */
const localInput = (days: number): string => {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

async function createDraft(name: string, tag = TAG): Promise<string> {
  const template = await stack.prisma.cRMTemplate.findFirstOrThrow({ where: { hospitalId: stack.hospital.id, name: TEMPLATE }, select: { id: true } });
  const draft = await stack.api<{ id: string }>('POST', '/crm/campaigns', {
    name,
    campaignType: 'HEALTH_CAMP',
    channel: 'WHATSAPP',
    templateId: template.id,
    audience: { contactTypes: ['LEAD'], tags: [tag] },
  });
  return draft.id;
}

describe('console: campaigns', () => {
  beforeAll(async () => {
    stack = await startStack();
    const hospitalId = stack.hospital.id;
    const tag = await stack.prisma.cRMTag.create({ data: { hospitalId, name: TAG } });
    for (const [index, lead] of TAGGED.entries()) {
      const created = await stack.prisma.cRMLead.create({
        data: { hospitalId, ...lead, source: 'WEBSITE', leadNumber: `E2E-CAMP-${index + 1}` },
        select: { id: true },
      });
      await stack.prisma.cRMLeadTag.create({ data: { leadId: created.id, tagId: tag.id } });
    }
    // not tagged: outside the audience
    await stack.prisma.cRMLead.create({
      data: { hospitalId, firstName: 'Noor', lastName: 'Das', phone: '+919845077299', source: 'WALK_IN', leadNumber: 'E2E-CAMP-9' },
    });
    await stack.prisma.cRMTemplate.create({
      data: {
        hospitalId,
        name: TEMPLATE,
        channel: 'WHATSAPP',
        category: 'FOLLOW_UP',
        content: 'Hello {{firstName}}, join our free diabetes screening camp this Sunday.',
        variables: ['firstName'],
      },
    });
    ({ context, page } = await stack.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  it('signs in as the hospital admin and sees the campaigns section', async () => {
    await signIn(page, stack.consoleUrl, stack.admin);
    await page.getByRole('menuitem', { name: 'Campaigns' }).click();
    await page.getByTestId('campaigns-empty').getByText('No campaigns yet').waitFor();
  });

  it('builds a WhatsApp campaign with a live recipient count', async () => {
    await page.goto(`${stack.consoleUrl}#/campaigns/create`);
    await page.getByRole('textbox', { name: /^Name/ }).fill(CAMPAIGN);
    await page.getByRole('combobox', { name: /^Channel/ }).click();
    await page.getByRole('option', { name: 'WhatsApp' }).click();
    await page.getByRole('combobox', { name: /^Template/ }).click();
    await page.getByRole('option', { name: TEMPLATE }).click();
    await page.getByRole('checkbox', { name: 'Leads' }).check();

    const count = page.getByTestId('audience-count');
    // every lead with a phone first (the untagged one too), then only the tagged ones
    await expect(
      eventually(
        () => count.getAttribute('data-count'),
        (value) => Number(value) >= TAGGED.length + 1,
      ).then(Number),
    ).resolves.toBeGreaterThan(TAGGED.length);
    const tags = page.getByRole('combobox', { name: /^Tags \(any of\)/ });
    await tags.fill(TAG);
    await tags.press('Enter');
    await expect(
      eventually(
        () => count.getAttribute('data-count'),
        (value) => value === String(TAGGED.length),
      ),
    ).resolves.toBe(String(TAGGED.length));
    await page.getByTestId('audience-sample').getByText('Meera Iyer').waitFor();

    // an inverted age range: the API's 400 names the field, shown on its input
    const ageFrom = page.getByRole('spinbutton', { name: 'Age from' });
    const ageTo = page.getByRole('spinbutton', { name: 'Age to' });
    await ageFrom.fill('60');
    await ageTo.fill('20');
    await page.getByTestId('audience-preview-error').waitFor();
    // the API names audience.ageRange.max
    await expect(
      eventually(
        () => ageTo.getAttribute('aria-invalid'),
        (value) => value === 'true',
      ),
    ).resolves.toBe('true');
    await page.getByText('ageRange.max (20) must not be below ageRange.min (60)').first().waitFor();
    await screenshot(page, 'campaign-audience-refused', { fullPage: false });
    await ageFrom.fill('');
    await ageTo.fill('');
    await page.getByTestId('audience-preview-error').waitFor({ state: 'detached' });
    await expect(
      eventually(
        () => count.getAttribute('data-count'),
        (value) => value === String(TAGGED.length),
      ),
    ).resolves.toBe(String(TAGGED.length));
    await screenshot(page, 'campaign-builder');

    await page.getByRole('button', { name: 'Save' }).click();
    await notification(page, `Campaign "${CAMPAIGN}" saved as a draft`).waitFor();
    await page.getByTestId('campaign-show').waitFor();
    await expect(page.getByTestId('campaign-status').first().getAttribute('data-status')).resolves.toBe('DRAFT');
    const stored = await stack.prisma.cRMCampaign.findFirstOrThrow({
      where: { hospitalId: stack.hospital.id, name: CAMPAIGN },
      select: { audience: true, channel: true },
    });
    expect(stored).toEqual({ channel: 'WHATSAPP', audience: { contactTypes: ['LEAD'], tags: [TAG] } });
  });

  it('launches it and follows the send to COMPLETED with every recipient sent', async () => {
    await page.getByTestId('campaign-launch').click();
    await page.getByTestId('launch-confirm').click();
    const progress = page.getByTestId('campaign-progress');
    await expect(
      eventually(
        () => progress.getAttribute('data-status'),
        (status) => status === 'COMPLETED',
        60_000,
        500,
      ),
    ).resolves.toBe('COMPLETED');
    await expect(
      eventually(
        () => page.getByTestId('progress-sent-value').textContent(),
        (sent) => sent === String(TAGGED.length),
      ),
    ).resolves.toBe(String(TAGGED.length));
    await expect(
      eventually(
        () => page.getByTestId('counter-sentCount-value').textContent(),
        (sent) => sent === String(TAGGED.length),
        30_000,
        500,
      ),
    ).resolves.toBe(String(TAGGED.length));
    await expect(page.getByTestId('campaign-status').first().getAttribute('data-status')).resolves.toBe('COMPLETED');
    await expect(page.getByTestId('campaign-controls').getByRole('button').count()).resolves.toBe(0);
    await page.getByTestId('campaign-daily-chart').locator('.recharts-surface').first().waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'campaign-control-room');

    const campaign = await stack.prisma.cRMCampaign.findFirstOrThrow({
      where: { name: CAMPAIGN },
      select: { status: true, sentCount: true, totalRecipients: true },
    });
    expect(campaign).toEqual({ status: 'COMPLETED', sentCount: TAGGED.length, totalRecipients: TAGGED.length });
  });

  it('lists it with its status chip and sent / total, and filters by status', async () => {
    await page.goto(`${stack.consoleUrl}#/campaigns`);
    const row = page.locator('tbody tr').filter({ hasText: CAMPAIGN });
    await row.getByText(`${TAGGED.length} / ${TAGGED.length}`).waitFor();
    await expect(row.getByTestId('campaign-status').getAttribute('data-status')).resolves.toBe('COMPLETED');
    await page.goto(`${stack.consoleUrl}#/campaigns?filter=${encodeURIComponent(JSON.stringify({ status: ['DRAFT'] }))}`);
    await page
      .getByText('No results found', { exact: false })
      .or(page.getByText('No Campaign', { exact: false }))
      .first()
      .waitFor();
    await expect(page.locator('tbody tr').filter({ hasText: CAMPAIGN }).count()).resolves.toBe(0);
  });

  it("shows the server's 409 in a notification when the campaign was launched meanwhile", async () => {
    const draft = { id: await createDraft('Second camp reminder') };
    await page.goto(`${stack.consoleUrl}#/campaigns/${draft.id}/show`);
    await page.getByTestId('campaign-launch').waitFor();
    await stack.api('POST', `/crm/campaigns/${draft.id}/launch`, {});
    await page.getByTestId('campaign-launch').click();
    await page.getByTestId('launch-confirm').click();
    await notification(page, /^Refused: .*(RUNNING|COMPLETED)/).waitFor();
    // the page catches up with the server: no launch button any more
    await page.getByTestId('campaign-launch').waitFor({ state: 'detached' });
  });

  it('schedules a launch, moves its start and cancels it', async () => {
    await dismissNotifications(page);
    const id = await createDraft('Autumn wellness talk');
    await page.goto(`${stack.consoleUrl}#/campaigns/${id}/show`);
    await page.getByTestId('campaign-launch').click();
    await page.getByTestId('launch-start-at').fill(localInput(2));
    await page.getByRole('button', { name: 'Schedule launch' }).click();
    await notification(page, 'The campaign is now Scheduled').waitFor();
    await expect(
      eventually(
        () => page.getByTestId('campaign-progress').getAttribute('data-status'),
        (status) => status === 'SCHEDULED',
      ),
    ).resolves.toBe('SCHEDULED');
    await dismissNotifications(page);

    await page.getByTestId('campaign-reschedule').click();
    await page.getByTestId('launch-start-at').fill(localInput(3));
    await page.getByRole('button', { name: 'Move start' }).click();
    await notification(page, 'The campaign is now Scheduled').waitFor();
    await page.getByTestId('campaign-progress-label').getByText('Starts', { exact: false }).waitFor();
    await dismissNotifications(page);

    await page.getByTestId('campaign-cancel').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await notification(page, 'The campaign is now Cancelled').waitFor();
    await expect(
      eventually(
        () => page.getByTestId('campaign-progress').getAttribute('data-status'),
        (status) => status === 'CANCELLED',
      ),
    ).resolves.toBe('CANCELLED');
    await expect(page.getByTestId('campaign-controls').getByRole('button').count()).resolves.toBe(0);
    await expect(stack.prisma.cRMCampaign.findUniqueOrThrow({ where: { id }, select: { status: true } })).resolves.toEqual({ status: 'CANCELLED' });
  });

  it('pauses a running send, which the workflow confirms and which sends nothing more, then resumes it to the end', async () => {
    await dismissNotifications(page);
    // one message a second: the send lasts long enough to be paused from the page
    await stack.api('PUT', '/crm/settings', { rateLimits: { WHATSAPP: 1 } });
    const tag = await stack.prisma.cRMTag.create({ data: { hospitalId: stack.hospital.id, name: 'knee-clinic' } });
    const recipients = 12;
    for (let i = 1; i <= recipients; i++) {
      const lead = await stack.prisma.cRMLead.create({
        data: {
          hospitalId: stack.hospital.id,
          firstName: `Knee${i}`,
          lastName: 'Patient',
          phone: `+9198450773${String(i).padStart(2, '0')}`,
          source: 'WEBSITE',
          leadNumber: `E2E-KNEE-${i}`,
        },
        select: { id: true },
      });
      await stack.prisma.cRMLeadTag.create({ data: { leadId: lead.id, tagId: tag.id } });
    }
    const id = await createDraft('Knee clinic open day', tag.name);
    const sent = async () => (await stack.prisma.cRMCampaign.findUniqueOrThrow({ where: { id }, select: { sentCount: true } })).sentCount;
    await page.goto(`${stack.consoleUrl}#/campaigns/${id}/show`);
    await page.getByTestId('campaign-launch').click();
    await page.getByTestId('launch-confirm').click();
    await page.getByTestId('campaign-pause').click();
    await notification(page, 'The campaign is now Paused').waitFor();
    await expect(
      eventually(
        () => page.getByTestId('campaign-progress').getAttribute('data-status'),
        (status) => status === 'PAUSED',
      ),
    ).resolves.toBe('PAUSED');
    await expect(page.getByTestId('campaign-status').first().getAttribute('data-status')).resolves.toBe('PAUSED');
    await page.getByTestId('campaign-resume').waitFor();
    await expect(stack.prisma.cRMCampaign.findUniqueOrThrow({ where: { id }, select: { status: true } })).resolves.toEqual({ status: 'PAUSED' });
    // at most the one message already handed to the provider goes out after the answer; then nothing
    const atPause = await sent();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const later = await sent();
    expect(later).toBeLessThanOrEqual(atPause + 1);
    expect(later).toBeLessThan(recipients);
    await dismissNotifications(page);
    await screenshot(page, 'campaign-paused');

    await page.getByTestId('campaign-resume').click();
    await notification(page, 'The campaign is now Running').waitFor();
    await expect(
      eventually(
        () => page.getByTestId('campaign-progress').getAttribute('data-status'),
        (status) => status === 'COMPLETED',
        60_000,
      ),
    ).resolves.toBe('COMPLETED');
    await expect(sent()).resolves.toBe(recipients);
    await stack.api('PUT', '/crm/settings', { rateLimits: {} });
  }, 150_000);

  it('raised no uncaught errors in the page', () => {
    expect(browserErrors).toEqual([]);
  });
});
