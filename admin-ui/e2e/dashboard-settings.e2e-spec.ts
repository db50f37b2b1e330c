// The dashboard and the settings in the browser: a new hospital's dashboard says each chart has
// nothing to draw; with a pipeline, tasks and survey answers the seven charts are drawn; a chart
// outage is shown with a retry; the admin saves settings (a refusal shown on the field the API
// names, nothing stored), and the receptionist has no way into them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { dismissNotifications, notification, screenshot, signIn } from './support/browser';
import { seedDemoPipeline } from './support/demoLeads';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let context: BrowserContext;
let page: Page;
const browserErrors: string[] = [];

const CHART_IDS = ['pipelineFunnel', 'leadsBySource', 'leadTrend', 'conversionBySource', 'taskCompletion', 'npsTrend', 'communicationVolume'];
const chart = (id: string) => page.getByTestId(`chart-${id}`);
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function seedActivity() {
  const { byName } = await seedDemoPipeline(stack);
  const lead = byName['Arjun Mehta'];
  const task = { taskType: 'FOLLOW_UP_CALL', priority: 'HIGH', assignedToId: stack.admin.id, leadId: lead.id };
  const done = await stack.api<{ id: string }>('POST', '/crm/tasks', { ...task, title: 'Confirm the cardiology slot', dueDate: hoursFromNow(-1) });
  await stack.api('PATCH', `/crm/tasks/${done.id}/status`, { status: 'COMPLETED', outcome: 'Booked' });
  await stack.api('POST', '/crm/tasks', { ...task, title: 'Send the package price list', dueDate: hoursFromNow(-2) });
  await stack.api('POST', '/crm/communications', { leadId: lead.id, channel: 'PHONE_CALL', direction: 'OUTBOUND', notes: 'Explained the cardiology package' });
  const survey = await stack.prisma.cRMSurvey.create({
    data: {
      hospitalId: stack.hospital.id,
      name: 'After your visit',
      surveyType: 'POST_VISIT',
      questions: [{ id: 'q1', type: 'NPS', text: 'Would you recommend us?', required: true }],
    },
  });
  for (const score of [10, 9, 4]) {
    await stack.prisma.cRMSurveyResponse.create({
      data: { hospitalId: stack.hospital.id, surveyId: survey.id, answers: { q1: score }, npsScore: score, channel: 'EMAIL', submittedAt: new Date() },
    });
  }
  return survey;
}

describe('console: dashboard and settings', () => {
  beforeAll(async () => {
    stack = await startStack();
    ({ context, page } = await stack.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  it("shows a new hospital's metrics as zero and says each chart has nothing to draw", async () => {
    await signIn(page, stack.consoleUrl, stack.admin);
    await page.getByTestId('metric-totalLeads').and(page.locator('[data-state="ready"]')).waitFor();
    await expect(page.getByTestId('metric-totalLeads').locator('p.MuiTypography-h4').textContent()).resolves.toBe('0');
    await page.getByTestId('dashboard-charts').waitFor();
    for (const id of CHART_IDS) {
      await expect(chart(id).getAttribute('data-empty')).resolves.toBe('true');
      await chart(id).getByTestId('chart-empty').waitFor();
    }
    await expect(page.locator('.recharts-surface').count()).resolves.toBe(0);
    await screenshot(page, 'dashboard-empty');
  });

  it('draws the seven charts once there are leads, tasks, messages and answers', async () => {
    await seedActivity();
    await page.reload();
    await page.getByTestId('metric-totalLeads').and(page.locator('[data-state="ready"]')).waitFor();
    await expect(page.getByTestId('metric-totalLeads').locator('p.MuiTypography-h4').textContent()).resolves.toBe('9');
    for (const id of CHART_IDS) {
      await expect(chart(id).getAttribute('data-empty')).resolves.toBe('false');
      await chart(id).locator('.recharts-surface').first().waitFor();
    }
    // the funnel's first bar is every lead created; the pie has one slice per source (nine sources)
    await expect(chart('leadsBySource').locator('.recharts-pie-sector').count()).resolves.toBe(9);
    await expect(chart('pipelineFunnel').locator('.recharts-bar-rectangle').count()).resolves.toBe(5);
    // one of the two tasks due (in the past hours, so inside the range in any time zone) is done
    await expect(chart('taskCompletion').getByTestId('chart-headline').textContent()).resolves.toBe('50%');
    await screenshot(page, 'dashboard');
  });

  it('says so, with a retry, when the charts cannot be loaded', async () => {
    await page.route('**/api/v1/crm/reports/charts*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'Reports are warming up' } }),
      }),
    );
    await page.reload();
    await page.getByTestId('charts-error').getByText('Reports are warming up', { exact: false }).waitFor();
    // the metric cards do not depend on the charts
    await page.getByTestId('metric-totalLeads').and(page.locator('[data-state="ready"]')).waitFor();
    await page.unroute('**/api/v1/crm/reports/charts*');
    await page.getByTestId('charts-error').getByRole('button', { name: 'Try again' }).click();
    await chart('leadTrend').locator('.recharts-surface').first().waitFor();
  });

  it('refuses quiet hours without an end on the field the API names, and stores nothing', async () => {
    const before = await stack.api<{ quietHoursStart: string | null; quietHoursEnd: string | null }>('GET', '/crm/settings');
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByTestId('settings-page').getByRole('textbox', { name: 'Quiet hours from' }).waitFor();
    await page.getByRole('textbox', { name: 'Quiet hours from' }).fill('21:00');
    await page.getByRole('textbox', { name: 'Quiet hours until' }).fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await notification(page, /^The settings were not saved: /).waitFor();
    await page.getByText('Quiet hours need both a start and an end (or neither)').first().waitFor();
    await expect(page.getByRole('textbox', { name: 'Quiet hours until' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'settings-refused', { fullPage: false });
    await expect(stack.api('GET', '/crm/settings')).resolves.toMatchObject({ quietHoursStart: before.quietHoursStart, quietHoursEnd: before.quietHoursEnd });
    await dismissNotifications(page);
  });

  it('saves quiet hours, the weekly cap, an SMS limit and reminders, and shows them after a reload', async () => {
    await page.getByRole('textbox', { name: 'Quiet hours until' }).fill('07:30');
    await page.getByRole('spinbutton', { name: 'Marketing messages per person per week' }).fill('5');
    await page.getByRole('spinbutton', { name: 'SMS: messages per second' }).fill('2');
    await page.getByRole('textbox', { name: 'Task reminders (minutes before due)' }).fill('2880, 30');
    await page.getByRole('button', { name: 'Save' }).click();
    await notification(page, 'Settings saved').waitFor();
    await expect(stack.api('GET', '/crm/settings')).resolves.toMatchObject({
      quietHoursStart: '21:00',
      quietHoursEnd: '07:30',
      frequencyCapPerWeek: 5,
      rateLimits: { SMS: 2 },
      taskReminderMinutes: [2880, 30],
    });
    await dismissNotifications(page);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Quiet hours until' }).inputValue()).resolves.toBe('07:30');
    await expect(page.getByRole('spinbutton', { name: 'SMS: messages per second' }).inputValue()).resolves.toBe('2');
    await screenshot(page, 'settings');
  });

  it('gives the receptionist no Settings entry and no way into the page', async () => {
    const receptionist = await stack.newPage();
    try {
      await signIn(receptionist.page, stack.consoleUrl, stack.receptionist);
      await expect(receptionist.page.getByRole('menuitem', { name: 'Settings' }).count()).resolves.toBe(0);
      await receptionist.page.goto(`${stack.consoleUrl}#/settings`);
      await receptionist.page.getByTestId('settings-forbidden').waitFor();
      await expect(receptionist.page.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
    } finally {
      await receptionist.context.close();
    }
  });

  it('raised no uncaught errors in the page', () => {
    expect(browserErrors).toEqual([]);
  });
});
